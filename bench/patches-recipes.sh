# Sourced by bench/patches-ablation.sh and bench/patches-honest-cv.sh: the embedding recipes tried
# on the 555 LC25000 lung patches (learn/README.md), and embed_recipes, which embeds each one into
# SCRATCH/NAME/patches.h5 unless it is there already (delete the folder to redo).
# Needs: root (the checkout), PRECIS_DATA, and a precis function that runs the CLI.
# shellcheck shell=bash
declare -A recipes=(
  [id_none_s1]="--views identity --scales 1 --stain-norm none"
  [id_none_s1_05]="--views identity --scales 1,0.5 --stain-norm none"
  [id_reinhard_s1]="--views identity --scales 1 --stain-norm reinhard"
  [id_macenko_s1]="--views identity --scales 1 --stain-norm macenko"
  [d8_none_s1]="--views dihedral8 --scales 1 --stain-norm none"
  [d8_none_s1_05]="--views dihedral8 --scales 1,0.5 --stain-norm none"
  [d8_reinhard_s1_05]="--views dihedral8 --scales 1,0.5 --stain-norm reinhard"
  [d8_reinhard_s1]="--views dihedral8 --scales 1 --stain-norm reinhard"
  [d8_macenko_s1]="--views dihedral8 --scales 1 --stain-norm macenko"
  [d8_nonereinhard_s1]="--views dihedral8 --scales 1 --stain-norm none,reinhard"
)
# shellcheck disable=SC2034  # used by the scripts that source this file
order=(id_none_s1 id_none_s1_05 id_reinhard_s1 id_macenko_s1 d8_none_s1 d8_none_s1_05 d8_reinhard_s1_05 d8_reinhard_s1
  d8_macenko_s1 d8_nonereinhard_s1)

# embed_recipes SCRATCH: every recipe of the lung patches, cached.
embed_recipes() {
  local scratch="$1" patches="$PRECIS_DATA/samples/patches/lung_LC25000_224px" name
  mkdir -p "$scratch"
  for name in "${order[@]}"; do
    if [ ! -f "$scratch/$name/patches.h5" ]; then
      echo "embedding $name" >&2
      # shellcheck disable=SC2086
      precis embed --encoder mobilenet_v2 --patches "$patches" --labels "$patches/labels.csv" -o "$scratch/$name" \
        ${recipes[$name]} >/dev/null
    fi
  done
}
