#!/usr/bin/env bash
# Cell classes (Tumor, Non-tumor, Mitosis, Apoptosis) on the BreCaHAD development set (12 images,
# one case): nested cross-validation with folds grouped by image (6 outer x 3 inner), every
# combination of MobileNetV2, nic_multitask and the stain features; then the shipped recipe
# (nic_multitask + stain) with each outer fold's model run on every nucleus the classical detector
# finds in its held-out images (mitosis recall and calls per annotated mitosis over whole images);
# mitoses are called on every nucleus and on the midpoint of close nucleus pairs, one call per 4 µm, with
# the threshold chosen in the inner folds on those whole-image calls (--threshold-on points: on the
# annotated cells); then the mitosis candidate variants.
#
# Usage: bench/cells-classes.sh     (PRECIS_DATA defaults to ../shared; about 25 minutes on 2 cores)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export PRECIS_DATA="${PRECIS_DATA:-$root/../shared}"
cd "$root"
mvn -B -o -q install -DskipTests -pl cli -am
run() { java -Xss4m -jar cli/target/precis.jar "$@"; }
echo "== encoder comparison (annotated points, held-out images) =="
run cells train-classifier --compare --encoders mobilenet_v2,nic_multitask
echo "== shipped recipe (nic_multitask + stain), refitted on all 12 images =="
out="$(mktemp -d)"
run cells train-classifier -o "$out/brecahad-cells.json"
cmp "$out/brecahad-cells.json" cells/src/main/resources/org/precis/cells/classify/brecahad-cells-nic_multitask-stain.json \
  && echo "identical to the shipped model"
echo "== mitosis candidate variants (bench/RESULTS.md, 'Mitosis candidates beyond the nuclei') =="
run cells train-classifier --mitosis-pairs 0 --suppression 0 -o "$out/nuclei-only.json"
run cells train-classifier --mitosis-pairs 0 -o "$out/suppression-only.json"
run cells train-classifier --mitosis-pairs 0 --suppression 0 --calls-per-mitosis 4.5 -o "$out/nuclei-only-4.5.json"
run cells train-classifier --calls-per-mitosis 4.5 -o "$out/pairs-4.5.json"
run cells train-classifier --pair-views -o "$out/pair-views.json"
echo "== the same with the mitosis threshold chosen on annotated points =="
run cells train-classifier --threshold-on points -o "$out/points.json"
echo "== cells detect --classify on the 12 images, 256 px tiles: the mitosis calls of cells grade =="
images="$PRECIS_DATA/samples/cells/brecahad/images"
run cells grade "$images"/*.jpg --mpp 0.32 | grep '^mitoses:'
for f in "$images"/*.jpg; do
  run cells detect "$f" --mpp 0.32 --tile-size 256 --classify -o "$out/$(basename "$f" .jpg).geojson" --json >/dev/null
done
python3 - "$out" <<'PY'
import glob, json, sys
calls = sum(1 for f in glob.glob(sys.argv[1] + "/*.geojson") for x in json.load(open(f))["features"]
            if x["properties"].get("classification", {}).get("name") == "Mitosis")
print("cells detect --classify: %d mitosis calls" % calls)
PY
