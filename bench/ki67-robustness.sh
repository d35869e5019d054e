#!/usr/bin/env bash
# Ki67 scanner robustness: the OS-2 Ki67 crop (one scanner's image of the block, 0.227 µm/px)
# scored as other scanners would image it (read at 0.25 and 0.5 µm/px by the slide reader, JPEG
# quality 0.5, per-channel gamma/gain, all densities x0.75, stain hue turned 8°, DAB x0.6, and
# 0.5 µm/px + DAB x0.7 + colour + hue + JPEG together), by Precis's rule (per-image stains and
# white, threshold from the image's own nuclear DAB) and by QuPath's fixed rule (standard stains,
# white 255, DAB mean > 0.2 and > 0.5 OD). Prints a Markdown table and the largest shifts from the
# original; the figures are in bench/RESULTS.md. The second scanner's crop of the block is kept
# back, so these are simulated scanners, not the real one.
#
# Usage: bench/ki67-robustness.sh [FILE]     (default: $PRECIS_DATA/samples/wsi/OS-2-ndpi.ome.tif)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${PRECIS_DATA:-$root/../shared}"
slide="${1:-$data/samples/wsi/OS-2-ndpi.ome.tif}"
if [ ! -f "$slide" ]; then
  echo "bench: no such slide: $slide (set PRECIS_DATA)" >&2
  exit 1
fi
exec "$root/precis" ihc ki67-robustness "$slide"
