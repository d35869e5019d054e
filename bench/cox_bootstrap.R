# R's half of bench/cox-vs-r.sh: bootstrap fits of the Rotterdam recurrence-free Cox model
# (Efron ties, 9 covariates, size as a 3-level factor), timed with system.time after a warm-up.
# Each fit draws its resample and builds its model frame inside the timing, as Precis's does.
# Usage: Rscript cox_bootstrap.R rotterdam_rfs.csv FITS WARMUP
library(survival)
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
d$size <- factor(d$size, levels = c("<=20", "20-50", ">50"))
fits <- as.integer(args[2])
warmup <- as.integer(args[3])
set.seed(1)
fit <- function() coxph(Surv(rfstime, rfs) ~ age + meno + size + grade + nodes + pgr + er + hormon + chemo,
                        data = d[sample.int(nrow(d), replace = TRUE), ])
for (i in seq_len(warmup)) fit()
elapsed <- system.time(for (i in seq_len(fits)) fit())[["elapsed"]]
cat(sprintf('{"fits": %d, "seconds": %.6f, "fits_per_second": %.4f, "milliseconds_per_fit": %.4f, "r": "%s", "survival": "%s"}\n',
            fits, elapsed, fits / elapsed, 1000 * elapsed / fits, getRversion(), packageVersion("survival")))
