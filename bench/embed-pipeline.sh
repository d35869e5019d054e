#!/usr/bin/env bash
# The slide -> tiles -> embeddings pipeline against the inference alone, in one run
# (`precis embed --bench`): per slide, after a warm-up, RUNS rounds (default 3) alternate
#   end to end:      the slide opened with an empty tile cache, tiles read at the target µm/px,
#                    decoded, batched, inferred, the bag written;
#   inference alone: the same tiles' batches, read beforehand and held in memory;
# and it prints both rates (medians) and their ratio. The machine's load is printed beside them,
# as the figures mean little on a busy machine.
# Usage: [RUNS=N] [SLIDES=...] bench/embed-pipeline.sh [extra `precis embed` options, e.g. --threads 2 --readers 1 --batch 16]
# Slides: the 6x6 mosaic of CMU-1-Small-Region (bench/mosaic.sh; JPEG, ~1530 tissue tiles, long
# enough that the pipeline's start and end do not dominate), CMU-1-Small-Region itself (47 tiles)
# and TCGA-CR-7395 (JPEG 2000), which states no pixel size and is read as 0.25 µm/px (--slide-mpp).
# What the reader does per tile: the CMU-1 slides are scanned at 0.499 µm/px, within the slide
# reader's 0.5% snap tolerance of 0.5, so tiles are level 0 as stored (no resampling; each covers
# 224 level-0 pixels where 224.45 were asked for, its corner exact); TCGA's 0.5 µm/px is downsample
# 2 and is served by level 1 (2.0005) as stored, the corner within half a level pixel. The reader
# thread then writes the normalised float input straight into the batch. Inference alone keeps both
# cores busy, so the ratio says how much of the encoder's CPU the reader takes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${PRECIS_DATA:-$(cd "$root/.." && pwd)/shared}"
out="${OUT:-$(mktemp -d)}"
work="$root/bench/work"
# shellcheck source=mosaic.sh
source "$root/bench/mosaic.sh"
"$root/precis" --version >/dev/null   # builds when sources changed

# SLIDES (space-separated paths; "mosaic" for the mosaic) measures other slides, e.g. SLIDES=mosaic RUNS=5.
slides=("$mosaic" "$data/samples/wsi/CMU-1-Small-Region.svs" "$data/samples/wsi/tcga-cr-7395-01a-01-ts1.svs")
if [ -n "${SLIDES:-}" ]; then
  read -r -a slides <<< "${SLIDES//mosaic/$mosaic}"
fi
echo "load before: $(uptime)"
"$root/precis" embed --encoder "${ENCODER:-mobilenet_v2}" --data "$data" -o "$out" --bench --rounds "${RUNS:-3}" \
    --tile-px 224 --mpp 0.5 --slide-mpp 0.25 --progress never --slides "${slides[@]}" "$@"
echo "load after:  $(uptime)"
