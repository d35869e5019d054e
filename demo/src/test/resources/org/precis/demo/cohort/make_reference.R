# Reference values for DemoStudiesMatchRTest: R's coxph with strata(site) on the demo cohorts,
# split and harmonised here again from the CSVs (so the Java cohorts are checked too).
# Usage: Rscript make_reference.R CLINICAL_FOLDER   (PRECIS_DATA/samples/clinical)
# Writes cox_reference.csv beside this script.
library(survival)
args <- commandArgs(trailingOnly = TRUE)
folder <- if (length(args) > 0) args[1] else file.path(Sys.getenv("PRECIS_DATA", "../shared"), "samples", "clinical")
out <- file.path(dirname(sub("--file=", "", grep("--file=", commandArgs(), value = TRUE))), "cox_reference.csv")

lung <- read.csv(file.path(folder, "survival_lung.csv"))
lung <- lung[!is.na(lung$inst), ]
lung$site <- ifelse(lung$inst <= 5, "lung-a", ifelse(lung$inst <= 13, "lung-b", "lung-c"))

rot <- read.csv(file.path(folder, "survival_rotterdam.csv"))
gb <- read.csv(file.path(folder, "survival_gbsg.csv"))
rot$time <- ifelse(rot$recur == 1, rot$rtime, rot$dtime)
rot$status <- as.numeric(rot$recur == 1 | rot$death == 1)
rot$site <- "rotterdam"
gb$time <- gb$rfstime
gb$size <- ifelse(gb$size <= 20, "<=20", ifelse(gb$size <= 50, "20-50", ">50"))
gb$site <- "gbsg"
cols <- c("time", "status", "age", "meno", "size", "grade", "nodes", "pgr", "er", "hormon", "site")
breast <- rbind(rot[, cols], gb[, cols])
breast$size <- factor(breast$size, levels = c("<=20", "20-50", ">50"))

fits <- list(
  "lung-cox" = coxph(Surv(time, status == 2) ~ age + sex + ph.ecog + strata(site), data = lung),
  "breast-cox" = coxph(Surv(time, status) ~ age + meno + size + grade + nodes + pgr + er + hormon + strata(site),
                       data = breast))
rows <- list()
for (name in names(fits)) {
  fit <- fits[[name]]
  s <- summary(fit)
  terms <- sub("^size", "size=", names(coef(fit)))
  rows[[length(rows) + 1]] <- data.frame(study = name, quantity = paste0("coef:", terms), value = coef(fit))
  rows[[length(rows) + 1]] <- data.frame(study = name, quantity = paste0("se:", terms), value = sqrt(diag(vcov(fit))))
  rows[[length(rows) + 1]] <- data.frame(study = name,
    quantity = c("loglik_null", "loglik", "lr", "wald", "score", "concordance", "concordance_se", "n", "events",
                 "iterations"),
    value = c(fit$loglik, s$logtest["test"], fit$wald.test, s$sctest["test"], s$concordance, fit$n,
              fit$nevent, fit$iter))
}
table <- do.call(rbind, rows)
table$value <- sprintf("%.17g", table$value)
write.csv(table, out, row.names = FALSE, quote = TRUE)
