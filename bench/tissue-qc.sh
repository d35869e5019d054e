#!/usr/bin/env bash
# Tissue detection + quality control time per slide against the 2 s target, for every sample
# slide in samples/wsi (svs, tif, ome.tif, dcm): `precis slide qc-bench` opens each slide afresh,
# reads the 8 µm/px view, finds pen marks and tissue, checks focus on up to 64 tiles at 1 µm/px,
# computes the stain statistics and traces the outlines; after WARMUP untimed runs per slide it
# prints the median of REPEAT timed runs and its ratio to the target (in-process, one JVM).
# Slides that do not state a pixel size are timed at 0.25 µm/px.
#
# Usage: bench/tissue-qc.sh [--json]     (PRECIS_DATA defaults to ../shared; WARMUP=2 REPEAT=5 TARGET_S=2)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${PRECIS_DATA:-$root/../shared}"
slides=()
for slide in "$data"/samples/wsi/*.svs "$data"/samples/wsi/*.tif "$data"/samples/wsi/*.dcm; do
  [ -f "$slide" ] && slides+=("$slide")
done
if [ ${#slides[@]} -eq 0 ]; then
  echo "bench: no slides under $data/samples/wsi (set PRECIS_DATA)" >&2
  exit 1
fi
exec "$root/precis" slide qc-bench "${slides[@]}" --warmup "${WARMUP:-2}" --repeat "${REPEAT:-5}" \
  --target-s "${TARGET_S:-2}" "$@"
