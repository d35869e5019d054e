## Golden values for MetabricPredictedCurveTest from R's survival package (Debian r-cran-survival):
## the METABRIC study of the molecular demo (cBioPortal export, relapse-free survival; age, tumour
## size, positive nodes, grade, ER, PR, HER2 and the PAM50 + claudin-low subtype, "NC" missing),
## its Cox model developed on cohorts 1 and 2, and summary(survfit(fit, newdata)) -- R's defaults:
## se.fit, conf.type "log", 95% -- for the first patient of each of three subtypes in cohort 3:
## survival, std.err, lower and upper at every event time.
##   Rscript make_metabric_curve_reference.R [DATA_DIR] > metabric_predicted_curves.csv
suppressMessages(library(survival))
invisible(Sys.setlocale("LC_COLLATE", "C"))
fa <- grep("^--file=", commandArgs(FALSE), value = TRUE)
here <- dirname(normalizePath(sub("^--file=", "", fa[1])))
args <- commandArgs(trailingOnly = TRUE)
data <- if (length(args)) args[1] else file.path(here, "../../../../../../shared/samples/clinical")
m <- read.csv(file.path(data, "METABRIC_cBioPortal_kaggle_2509x34.csv"), check.names = FALSE,
              na.strings = c("", "NA", "NC"), stringsAsFactors = TRUE)
m <- data.frame(id = m[["Patient ID"]], time = m[["Relapse Free Status (Months)"]],
                event = as.numeric(m[["Relapse Free Status"]] == "Recurred"),
                cohort = m$Cohort, age = m[["Age at Diagnosis"]], size = m[["Tumor Size"]],
                nodes = m[["Lymph nodes examined positive"]], grade = m[["Neoplasm Histologic Grade"]],
                er = m[["ER Status"]], pr = m[["PR Status"]], her2 = m[["HER2 Status"]],
                pam50 = droplevels(m[["Pam50 + Claudin-low subtype"]]))
vars <- c("age", "size", "nodes", "grade", "er", "pr", "her2", "pam50")
m <- m[complete.cases(m[, c("time", "event", vars)]), ]
fit <- coxph(Surv(time, event) ~ age + size + nodes + grade + er + pr + her2 + pam50,
             data = m[m$cohort %in% c(1, 2), ])
val <- m[m$cohort == 3, ]
f <- function(v) sprintf("%.17g", v)
out <- NULL
for (subtype in c("LumA", "Basal", "Her2")) {
  patient <- val[val$pam50 == subtype, ][1, ]
  s <- summary(survfit(fit, newdata = patient[, vars]))
  stopifnot(s$conf.type == "log", s$conf.int == 0.95)
  out <- rbind(out, data.frame(patient = patient$id, time = f(s$time), survival = f(s$surv),
                               std_err = f(s$std.err), lower = f(s$lower), upper = f(s$upper)))
}
write.csv(out, stdout(), row.names = FALSE, quote = FALSE)
