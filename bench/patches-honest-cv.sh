#!/usr/bin/env bash
# The honest nested-CV figure of the LC25000 lung model (learn/README.md): the whole search that
# chose the shipped recipe (every embedding recipe tried on the 555 patches, in
# bench/patches-recipes.sh, x view pooling x L2 penalty) is redone inside the inner folds of each
# outer fold, so the outer folds score the search itself, not the recipe it happened to pick.
# Embedding needs no labels, so each recipe embeds all 555 patches once (Reinhard's target, the
# mean L*a*b* statistics of the images, is the only thing the held-out patches contribute to); the
# labels are seen only by the folds. One `patches ablation` run prints each variant's own nested-CV
# row and, last, the choice among all of them with the variant chosen in each outer fold:
# `patches train` with the same --embeddings and --view-pooling runs the same nested CV (same
# folds, seed and selection) and refits the choice on all patches.
# Not in the search: the MLP head (tried on d8_none_s1 only and never chosen by the inner folds;
# about 25 DJL fits per recipe on 2 cores) and the one-off Hellinger transform (tried outside the tool).
# Usage: bench/patches-honest-cv.sh [SCRATCH_DIR]   (default /tmp/precis-patches-ablation, shared
# with bench/patches-ablation.sh: embeddings made by either are reused). PRECIS_JAR overrides the jar.
# Embedding all ten recipes is 77 MobileNetV2 passes over the 555 patches (minutes on free cores,
# about an hour on 2 shared ones); the nested CV of the 16 variants takes as long again.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${1:-/tmp/precis-patches-ablation}"
export PRECIS_DATA="${PRECIS_DATA:-$(cd "$root/.." && pwd)/shared}"
jar="${PRECIS_JAR:-$root/cli/target/precis.jar}"
precis() { java -jar "$jar" "$@"; }
[ -f "$jar" ] || (cd "$root" && mvn -B -q -o package -DskipTests -pl cli -am)

# shellcheck source=bench/patches-recipes.sh
source "$root/bench/patches-recipes.sh"
embed_recipes "$scratch"

sets=()
for name in "${order[@]}"; do
  sets+=(--embeddings "$scratch/$name")
done
# 10 recipes with the mean vector, the 6 multi-view ones also per-view with probability-mean
# test-time augmentation: 16 variants x 6 penalties chosen among in every inner CV.
precis patches ablation "${sets[@]}" --view-pooling feature_mean,probability_mean | tee "$scratch/honest-cv.md"
