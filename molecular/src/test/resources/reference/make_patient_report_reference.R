## Golden values for PatientReportsTest from R's survival package (Debian r-cran-survival): the
## survival curve survfit(fit, newdata) predicts for NKI_123 (nkis) from a Cox model of
## distant-metastasis-free survival on age, ER, grade and ROR-S (genefu's, from the committed
## *_pam50_genefu.csv) developed on vdxs; and the model's tertile cuts of the linear predictor.
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
s <- survfit(fit, newdata = patient)
lp <- sum(coef(fit) * (unlist(patient[, names(coef(fit))]) - fit$means))
keep <- s$n.event > 0
write.csv(data.frame(time = s$time[keep], survival = sprintf("%.17g", s$surv[keep]),
                     linear_predictor = sprintf("%.17g", lp)),
          stdout(), row.names = FALSE, quote = FALSE)
