# Reference values for LogisticRegressionTest: R's glm(binomial) on the pooled demo cohorts.
# Usage: Rscript make_reference.R CLINICAL_FOLDER   (PRECIS_DATA/samples/clinical)
# Writes reference.csv beside this script. The harmonisation is written here again, from the
# CSVs, so that the Java cohorts are checked too. glm's epsilon is tightened so its estimate is
# converged to the last digits, as the federated fit's is. The standard errors are the inverse
# information at the estimate (from the QR of sqrt(W) X at the fitted values): summary.glm uses
# the working weights of the last IRLS pass, computed before its final update, which moves the
# SEs by up to 1e-9 relative and far-tail p-values (z = 12.6) by 1e-7.
args <- commandArgs(trailingOnly = TRUE)
folder <- if (length(args) > 0) args[1] else file.path(Sys.getenv("PRECIS_DATA", "../shared"), "samples", "clinical")
out <- file.path(dirname(sub("--file=", "", grep("--file=", commandArgs(), value = TRUE))), "reference.csv")

rot <- read.csv(file.path(folder, "survival_rotterdam.csv"))
gb <- read.csv(file.path(folder, "survival_gbsg.csv"))
rot$status <- as.numeric(rot$recur == 1 | rot$death == 1)
rot$size <- as.character(rot$size)
gb$size <- ifelse(gb$size <= 20, "<=20", ifelse(gb$size <= 50, "20-50", ">50"))
cols <- c("status", "age", "meno", "size", "grade", "nodes", "pgr", "er", "hormon")
breast <- rbind(rot[, cols], gb[, cols])
breast$size <- factor(breast$size, levels = c("<=20", "20-50", ">50"))

lung <- read.csv(file.path(folder, "survival_lung.csv"))
lung <- lung[!is.na(lung$inst), ]
lung$dead <- as.numeric(lung$status == 2)

control <- glm.control(epsilon = 1e-14, maxit = 100)
fits <- list(
  breast = glm(status ~ age + meno + size + grade + nodes + pgr + er + hormon, family = binomial, data = breast,
               control = control),
  lung = glm(dead ~ age + sex + ph.ecog, family = binomial, data = lung, control = control))

rows <- list()
for (name in names(fits)) {
  fit <- fits[[name]]
  X <- model.matrix(fit)
  mu <- fitted(fit)
  se <- sqrt(diag(chol2inv(qr.R(qr(X * sqrt(mu * (1 - mu)))))))
  z <- coef(fit) / se
  terms <- sub("^size", "size=", names(coef(fit)))
  rows[[length(rows) + 1]] <- data.frame(cohort = name, term = terms, coef = coef(fit), se = se, z = z,
                                         p = 2 * pnorm(-abs(z)))
  rows[[length(rows) + 1]] <- data.frame(cohort = name, term = c("(deviance)", "(null deviance)", "(aic)", "(n)"),
                                         coef = c(fit$deviance, fit$null.deviance, fit$aic, nobs(fit)),
                                         se = NA, z = NA, p = NA)
}
table <- do.call(rbind, rows)
for (col in c("coef", "se", "z", "p")) {
  table[[col]] <- ifelse(is.na(table[[col]]), "", sprintf("%.17g", table[[col]]))
}
write.csv(table, out, row.names = FALSE, quote = TRUE)
