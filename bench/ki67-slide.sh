#!/usr/bin/env bash
# Ki67 over a whole slide, tile by tile: `precis ihc ki67` on a 6x6 mosaic of the OS-2 Ki67 crop
# (13212 x 13212 px at 0.2271 µm/px, 174 megapixels, 9 mm²; a tiled JPEG pyramid built once with
# libvips from the crop as Precis reads it), against the one-image scorer on one copy of the crop
# inside the mosaic (the reference: the same detector on 4.8 megapixels held at once), in the same
# invocation. Per run: wall time, nuclei, nuclei per second of the whole command, the Ki67 index and
# the process's peak resident memory; the tiled run again under a small heap, to show that tiles
# keep memory bounded. The mosaic repeats one crop, so its index should be the crop's.
#
# Usage: bench/ki67-slide.sh     (PRECIS_DATA defaults to ../shared; SMALL_HEAP=384m THREADS=2)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${PRECIS_DATA:-$root/../shared}"
small="${SMALL_HEAP:-384m}"
threads="${THREADS:-2}"
work="${WORK:-$(mktemp -d)}"
# shellcheck source=os2-mosaic.sh
source "$root/bench/os2-mosaic.sh"

run() { # label heap [options...]
  local label="$1" heap="$2"
  shift 2
  local opts="-XX:+UseParallelGC"
  [ "$heap" = default ] || opts="$opts -Xmx$heap"
  PRECIS_JAVA_OPTS="$opts" /usr/bin/time -f '%e %M' -o "$work/time" "$root/precis" \
    ihc ki67 "$mosaic" --threads "$threads" --json "$@" >"$work/report.json" 2>"$work/err" || {
    echo "$label: failed"; cat "$work/err" >&2; return 1; }
  local wall rss
  read -r wall rss < <(tail -1 "$work/time")
  python3 - "$work/report.json" "$label" "$heap" "$wall" "$rss" <<'PY'
import json, sys
report, label, heap, wall, rss = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), int(sys.argv[5])
r = json.load(open(report))
area = r["region"][2] * r["region"][3] * r["mpp"] ** 2 / 1e6
hot = r.get("hotspot") or {}
print(f"| {label} | {heap} | {r['region'][2]}x{r['region'][3]} | {area:.2f} | {wall:.1f} | {r['cells']} | "
      f"{r['cells'] / wall:.0f} | {r['positive_percent']:.2f} | {hot.get('positive_percent', float('nan')):.1f} | "
      f"{r['thresholds']['positive']:.3f} | {rss // 1024} |")
PY
}

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| run | heap | region px | mm² | wall s | nuclei | nuclei/s | Ki67 % | hot spot % | threshold OD | RSS MiB |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
run "one crop copy, one image (reference)" default --region 0,0,2202,2202
run "whole mosaic, tiled" default
run "whole mosaic, tiled, small heap" "$small"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
