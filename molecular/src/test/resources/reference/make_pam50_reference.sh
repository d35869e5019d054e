#!/bin/sh
# Golden PAM50 / ROR-S values from genefu 2.39.1's own R code (../shared/reference/genefu, run by
# its tested driver pam50_reference_calls.R with Debian's r-base-core: no genefu package needed).
# Writes vdxs_pam50_genefu.csv and nkis_pam50_genefu.csv beside this script, and genefu's answers on
# the synthetic edge-case tables make_pam50_edge_cases.R writes (edges_*, sparse_*).
# Usage (from anywhere): sh molecular/src/test/resources/reference/make_pam50_reference.sh
# The data are read from PRECIS_DATA (default: ../shared beside the repository root).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../.." && pwd)
data=${PRECIS_DATA:-$root/../shared}
driver=$data/reference/genefu/pam50_reference_calls.R
for set in vdxs nkis; do
  Rscript "$driver" \
    "$data/samples/expression/genefu_${set}_expression.csv" \
    "$data/samples/expression/genefu_${set}_annotation.csv" > "$here/${set}_pam50_genefu.csv.part"
  mv "$here/${set}_pam50_genefu.csv.part" "$here/${set}_pam50_genefu.csv"
done
# edge cases: synthetic tables (committed beside this script) and genefu's answers on them
Rscript "$here/make_pam50_edge_cases.R" "$data/samples/expression/genefu_pam50_centroids.csv"
for set in edges sparse; do
  Rscript "$driver" "$here/${set}_expression.csv" "$here/${set}_annotation.csv" > "$here/${set}_pam50_genefu.csv.part"
  mv "$here/${set}_pam50_genefu.csv.part" "$here/${set}_pam50_genefu.csv"
done
# the added value of ROR-S over a clinical Cox model, from R's survival (needs r-cran-survival)
Rscript "$here/make_added_value_reference.R" "$data/samples/expression" > "$here/added_value_survival.csv.part"
mv "$here/added_value_survival.csv.part" "$here/added_value_survival.csv"
sha256sum "$driver" "$data"/samples/expression/genefu_vdxs_*.csv "$data"/samples/expression/genefu_nkis_*.csv \
  "$data/samples/expression/genefu_pam50_centroids.csv" | sed "s#$data/##" > "$here/pam50_genefu_inputs.sha256"
R --version | head -1 > "$here/pam50_genefu_r_version.txt"
