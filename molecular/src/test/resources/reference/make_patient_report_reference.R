## Golden values for PatientReportsTest from R's survival package (Debian r-cran-survival): the
## survival curve survfit(fit, newdata) predicts for NKI_123 (nkis) from a Cox model of
## distant-metastasis-free survival on age, ER, grade and ROR-S (genefu's, from the committed
## *_pam50_genefu.csv) developed on vdxs, with its standard error and 95% log-type limits
## (summary(survfit) at every event time): the model and patient of the demo's patient report.
##   Rscript make_patient_report_reference.R [DATA_DIR] > patient_report_survival.csv
suppressMessages(library(survival))
fa <- grep("^--file=", commandArgs(FALSE), value = TRUE)
here <- dirname(normalizePath(sub("^--file=", "", fa[1])))
args <- commandArgs(trailingOnly = TRUE)
data <- if (length(args)) args[1] else file.path(here, "../../../../../../shared/samples/expression")
cohort <- function(set) {
  cl <- read.csv(file.path(data, sprintf("genefu_%s_clinical.csv", set)), stringsAsFactors = FALSE)
  ps <- read.csv(file.path(here, sprintf("%s_pam50_genefu.csv", set)), stringsAsFactors = FALSE)
  d <- merge(cl, ps[, c("sample", "ror_s")], by = "sample", sort = FALSE)
  d[match(cl$sample, d$sample), ]
}
dev <- cohort("vdxs")
dev <- dev[complete.cases(dev[, c("t.dmfs", "e.dmfs", "age", "er", "grade", "ror_s")]), ]
fit <- coxph(Surv(t.dmfs, e.dmfs) ~ age + er + grade + ror_s, data = dev)
patient <- cohort("nkis")
patient <- patient[patient$sample == "NKI_123", ]
s <- summary(survfit(fit, newdata = patient))  # R's defaults: se.fit, conf.type "log", 95%
stopifnot(s$conf.type == "log", s$conf.int == 0.95)
lp <- sum(coef(fit) * (unlist(patient[, names(coef(fit))]) - fit$means))
f <- function(v) sprintf("%.17g", v)
write.csv(data.frame(time = s$time, survival = f(s$surv), linear_predictor = f(lp),
                     std_err = f(s$std.err), lower = f(s$lower), upper = f(s$upper)),
          stdout(), row.names = FALSE, quote = FALSE)
