#!/usr/bin/env bash
# The LC25000 lung subtyping ablation behind learn/README.md: embeds the 555 sample patches with
# each recipe (views, scales, stain normalisation) into a scratch folder (cached: delete it to
# redo; dihedral8 sets keep each view's vector too), prints each recipe's nested-CV row (logistic head
# on the mean of the views' vectors), then the head and view-pooling ablation on the dihedral8 recipe
# (logistic and MLP heads; mean vector vs per-view training with probability-mean test-time
# augmentation), and trains the final model choosing among those candidates by (nested) CV.
# Usage: bench/patches-ablation.sh [SCRATCH_DIR]   (default /tmp/precis-patches-ablation)
# The recipes are in bench/patches-recipes.sh; bench/patches-honest-cv.sh nests the whole recipe
# search in the inner folds.
# Takes about an hour and a half on 2 busy cores, mostly embedding (dihedral8 x 2 scales or 2 stains =
# 16 passes/patch).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${1:-/tmp/precis-patches-ablation}"
export PRECIS_DATA="${PRECIS_DATA:-$(cd "$root/.." && pwd)/shared}"
precis() { java -jar "$root/cli/target/precis.jar" "$@"; }
[ -f "$root/cli/target/precis.jar" ] || (cd "$root" && mvn -B -q -o package -DskipTests -pl cli -am)

# shellcheck source=bench/patches-recipes.sh
source "$root/bench/patches-recipes.sh"
embed_recipes "$scratch"

echo "| variant | nested-CV accuracy (95% CI) | macro AUC | LUAD-vs-LUSC AUC | Brier | λ chosen per outer fold |"
echo "|---|---|---|---|---|---|"
for name in "${order[@]}"; do
  precis patches ablation --embeddings "$scratch/$name" --view-pooling feature_mean | tail -1
done

echo
# Heads (logistic, DJL MLP) x view pooling (mean vector; per-view training + probability-mean TTA),
# each alone and the choice among all.
precis patches ablation --embeddings "$scratch/d8_none_s1" --heads logistic,mlp
echo
# Stain test-time augmentation (the patch as scanned and Reinhard-normalised, each through the eight
# flips and rotations: 16 views) with both view poolings, then the shipped model: the logistic head
# chosen among those two poolings and the λ grid by (nested) CV.
precis patches ablation --embeddings "$scratch/d8_nonereinhard_s1" --embeddings "$scratch/d8_none_s1" \
  --view-pooling feature_mean,probability_mean
precis patches train --embeddings "$scratch/d8_nonereinhard_s1" -o "$scratch/model.json" \
  --reliability-png "$scratch/nested-cv-reliability.png"
