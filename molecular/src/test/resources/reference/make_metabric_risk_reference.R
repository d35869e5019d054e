## Golden values for MetabricRiskTest from R's survival package (Debian r-cran-survival): a clinical
## Cox model against the same model with molecular features, developed on one part of METABRIC and
## validated on the other, both ways.
##  - cBioPortal export: relapse-free survival; age, tumour size, positive nodes, grade, ER, PR, HER2
##    against + the PAM50 + claudin-low subtype ("NC", not classified, read as missing); split by the
##    Cohort column (1, 2 against 3, 4, 5; cohorts 6-9 have no PAM50 call).
##  - DeepSurv's IHC4 table: overall survival; age, ER, hormone therapy, radiotherapy, chemotherapy
##    against + MKI67, EGFR, PGR, ERBB2 expression; split by DeepSurv's own train/test column.
## Rows with every variable of the extended model, as Precis.
##   Rscript make_metabric_risk_reference.R [DATA_DIR] > metabric_risk_survival.csv
suppressMessages(library(survival))
fa <- grep("^--file=", commandArgs(FALSE), value = TRUE)
here <- dirname(normalizePath(sub("^--file=", "", fa[1])))
args <- commandArgs(trailingOnly = TRUE)
data <- if (length(args)) args[1] else file.path(here, "../../../../../../shared/samples/clinical")
## The linear predictor row by row (see make_added_value_reference.R: BLAS breaks true ties).
lp <- function(fit, d) {
  x <- model.matrix(fit, data = d)[, names(coef(fit)), drop = FALSE]
  rowSums(sweep(x, 2, fit$means) * rep(coef(fit), each = nrow(x)))
}
study <- function(name, d, split, parts, base, added) {
  d <- d[complete.cases(d[, c("time", "event", base, added)]), ]
  f0 <- as.formula(paste("Surv(time, event) ~", paste(base, collapse = " + ")))
  f1 <- as.formula(paste("Surv(time, event) ~", paste(c(base, added), collapse = " + ")))
  out <- NULL
  for (k in 1:2) {
    dev <- d[d[[split]] %in% parts[[k]], ]
    val <- d[d[[split]] %in% parts[[3 - k]], ]
    m0 <- coxph(f0, data = dev)
    m1 <- coxph(f1, data = dev)
    lr <- 2 * (m1$loglik[2] - m0$loglik[2])
    df <- length(coef(m1)) - length(coef(m0))
    val$lp0 <- lp(m0, val)
    val$lp1 <- lp(m1, val)
    c0 <- concordance(Surv(time, event) ~ lp0, data = val, reverse = TRUE)$concordance
    c1 <- concordance(Surv(time, event) ~ lp1, data = val, reverse = TRUE)$concordance
    out <- rbind(out, data.frame(study = name, development = paste(parts[[k]], collapse = "+"),
                                 n = nrow(dev), events = m1$nevent, df = df,
                                 likelihood_ratio = sprintf("%.17g", lr),
                                 p = sprintf("%.17g", pchisq(lr, df, lower.tail = FALSE)),
                                 validation_n = nrow(val), harrell_base = sprintf("%.17g", c0),
                                 harrell_extended = sprintf("%.17g", c1)))
  }
  out
}
m <- read.csv(file.path(data, "METABRIC_cBioPortal_kaggle_2509x34.csv"), check.names = FALSE,
              na.strings = c("", "NA", "NC"), stringsAsFactors = TRUE)
m <- data.frame(time = m[["Relapse Free Status (Months)"]],
                event = as.numeric(m[["Relapse Free Status"]] == "Recurred"),
                cohort = m$Cohort, age = m[["Age at Diagnosis"]], size = m[["Tumor Size"]],
                nodes = m[["Lymph nodes examined positive"]], grade = m[["Neoplasm Histologic Grade"]],
                er = m[["ER Status"]], pr = m[["PR Status"]], her2 = m[["HER2 Status"]],
                pam50 = droplevels(m[["Pam50 + Claudin-low subtype"]]))
s <- read.csv(file.path(data, "DeepSurv_metabric_IHC4_clinical.csv"))
names(s)[names(s) == "time_months"] <- "time"
out <- rbind(
  study("metabric_cohort", m, "cohort", list(c("1", "2"), c("3", "4", "5")),
        c("age", "size", "nodes", "grade", "er", "pr", "her2"), "pam50"),
  study("deepsurv_ihc4", s, "split", list("train", "test"),
        c("age_at_diagnosis", "ER_positive", "hormone_treatment", "radiotherapy", "chemotherapy"),
        c("MKI67", "EGFR", "PGR", "ERBB2")))
write.csv(out, stdout(), row.names = FALSE, quote = FALSE)
