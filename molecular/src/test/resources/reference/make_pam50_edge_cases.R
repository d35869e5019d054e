## Synthetic expression tables (not data: random numbers with set.seed) that put genefu's edge
## cases in front of Precis, and genefu's answers on them from the shared driver.
## Writes edges_{expression,annotation}.csv, sparse_{expression,annotation}.csv here; then
## make_pam50_reference.sh runs genefu's driver on them (edges_pam50_genefu.csv, sparse_pam50_genefu.csv).
##   Rscript make_pam50_edge_cases.R CENTROIDS.csv
## edges: 30 of the 50 genes; genes with 2 and 3 probes (one pair with equal variability: genefu keeps
## the first; one probe whose values are all missing; one probe with missing values, penalised);
## a single-probe gene whose values are all missing (not mapped); probes of other genes and with no
## gene id; samples with 3 values (no correlations: called Basal, NA probabilities and ROR-S), with
## 4 values, with one value repeated everywhere (no rank variation: NA correlations), with many ties,
## and one built against every centroid (no positive correlation: NaN probabilities).
## sparse: 95% of the mapped values missing: genefu calls nothing at all.
args <- commandArgs(trailingOnly = TRUE)
fa <- grep("^--file=", commandArgs(FALSE), value = TRUE)
here <- dirname(normalizePath(sub("^--file=", "", fa[1])))
ce <- read.csv(args[1], check.names = FALSE, stringsAsFactors = FALSE)
set.seed(15)
genes <- ce$EntrezGene.ID[1:30]
cen <- as.matrix(ce[1:30, c("Basal", "Her2", "LumA", "LumB", "Normal")])
probe <- c(); gid <- c()
for (i in seq_along(genes)) {
  k <- if (i %in% c(2, 5)) 2 else if (i == 7) 3 else 1
  probe <- c(probe, sprintf("p%02d_%d", i, seq_len(k))); gid <- c(gid, rep(genes[i], k))
}
probe <- c(probe, sprintf("other_%d", 1:6), "no_gene"); gid <- c(gid, 1001:1006, NA)
n <- 40
X <- matrix(round(rnorm(n * length(probe)), 3), nrow = n, dimnames = list(sprintf("S%02d", 1:n), probe))
# samples 5.. follow a centroid each, so calls vary
for (s in 5:n) X[s, 1:length(genes) + 0] <- X[s, 1:length(genes)]
sig <- match(gid, genes)
for (s in 8:n) { k <- 1 + s %% 5; X[s, !is.na(sig)] <- round(2 * cen[sig[!is.na(sig)], k] + rnorm(sum(!is.na(sig)), sd = 0.4), 3) }
X[, "p05_2"] <- X[, "p05_1"]                  # equal variability: the first is kept
X[1:6, "p02_1"] <- NA                         # penalised for missing values
keep3 <- which(!is.na(sig))[c(1, 4, 9)]
X[1, !is.na(sig)] <- NA; X[1, keep3] <- c(0.5, -0.2, 1.1)                 # 3 values
X[2, !is.na(sig)] <- NA; X[2, which(!is.na(sig))[c(1, 4, 9, 12)]] <- c(0.5, -0.2, 1.1, 0.3)
X[3, !is.na(sig)] <- 0.25                                                  # no rank variation
X[4, !is.na(sig)] <- round(X[4, !is.na(sig)])                              # many ties
anti <- -rowSums(cen)
X[6, !is.na(sig)] <- round(3 * anti[sig[!is.na(sig)]], 3)                 # against every centroid
X[, "p07_3"] <- NA                            # all missing: dropped before mapping
X[, "p30_1"] <- NA                            # a gene whose only probe has no values: not mapped
write.csv(data.frame(sample = rownames(X), X, check.names = FALSE), file.path(here, "edges_expression.csv"),
          row.names = FALSE, na = "")
write.csv(data.frame(probe = probe, EntrezGene.ID = gid), file.path(here, "edges_annotation.csv"),
          row.names = FALSE, na = "NA")
## sparse
m <- 25
S <- matrix(round(rnorm(12 * m), 3), nrow = 12, dimnames = list(sprintf("T%02d", 1:12), sprintf("q%02d", 1:m)))
S[matrix(runif(12 * m) < 0.95, nrow = 12)] <- NA
S[1, ] <- ifelse(is.na(S[1, ]), 0.1 * (1:m), S[1, ])[1:m] * NA; S[1, 1:m] <- NA; S[1, 1] <- 1
for (j in 1:m) if (all(is.na(S[, j]))) S[1 + j %% 12, j] <- 0.5
write.csv(data.frame(sample = rownames(S), S, check.names = FALSE), file.path(here, "sparse_expression.csv"),
          row.names = FALSE, na = "NA")
write.csv(data.frame(probe = colnames(S), EntrezGene.ID = ce$EntrezGene.ID[1:m]), file.path(here, "sparse_annotation.csv"),
          row.names = FALSE)
