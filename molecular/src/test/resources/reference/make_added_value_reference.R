## Golden values for AddedValueStudyTest from R's survival package (Debian r-cran-survival):
## clinical (age, er, grade) against clinical + ROR-S (genefu's, from the committed
## *_pam50_genefu.csv) for distant-metastasis-free survival, developed on one of vdxs / nkis and
## validated on the other. Rows with every variable of the extended model, as Precis.
##   Rscript make_added_value_reference.R [DATA_DIR] > added_value_survival.csv
suppressMessages(library(survival))
fa <- grep("^--file=", commandArgs(FALSE), value = TRUE)
here <- dirname(normalizePath(sub("^--file=", "", fa[1])))
args <- commandArgs(trailingOnly = TRUE)
data <- if (length(args)) args[1] else file.path(here, "../../../../../../shared/samples/expression")
cohort <- function(set) {
  cl <- read.csv(file.path(data, sprintf("genefu_%s_clinical.csv", set)), stringsAsFactors = FALSE)
  ps <- read.csv(file.path(here, sprintf("%s_pam50_genefu.csv", set)), stringsAsFactors = FALSE)
  d <- merge(cl, ps[, c("sample", "ror_s")], by = "sample", sort = FALSE)
  d <- d[match(cl$sample, d$sample), ]
  d[complete.cases(d[, c("t.dmfs", "e.dmfs", "age", "er", "grade", "ror_s")]), ]
}
## The linear predictor row by row. predict(type = "lp") multiplies with BLAS, which gave two vdxs
## patients with the same covariates (age 66, ER+, grade 3) predictors one ulp apart, and so broke a
## true tie in Harrell's C; elementwise products summed per row treat equal rows equally.
lp <- function(fit, d) {
  x <- as.matrix(d[, names(coef(fit))])
  rowSums(sweep(x, 2, fit$means) * rep(coef(fit), each = nrow(x)))
}
out <- NULL
for (p in list(c("vdxs", "nkis"), c("nkis", "vdxs"))) {
  dev <- cohort(p[1]); val <- cohort(p[2])
  f0 <- coxph(Surv(t.dmfs, e.dmfs) ~ age + er + grade, data = dev)
  f1 <- coxph(Surv(t.dmfs, e.dmfs) ~ age + er + grade + ror_s, data = dev)
  lr <- 2 * (f1$loglik[2] - f0$loglik[2])
  c0 <- concordance(Surv(t.dmfs, e.dmfs) ~ lp(f0, val), data = val, reverse = TRUE)$concordance
  c1 <- concordance(Surv(t.dmfs, e.dmfs) ~ lp(f1, val), data = val, reverse = TRUE)$concordance
  out <- rbind(out, data.frame(development = p[1], validation = p[2], n = nrow(dev), events = f1$nevent,
                               likelihood_ratio = sprintf("%.17g", lr),
                               p = sprintf("%.17g", pchisq(lr, 1, lower.tail = FALSE)),
                               validation_n = nrow(val), harrell_base = sprintf("%.17g", c0),
                               harrell_extended = sprintf("%.17g", c1)))
}
write.csv(out, stdout(), row.names = FALSE, quote = FALSE)
