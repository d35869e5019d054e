#!/usr/bin/env bash
# Whole-slide nucleus detection on the 6x6 CMU-1 mosaic (bench/mosaic.sh; 13320x17802 px at
# 0.499 µm/px, 3710 tiles of 256 px): `precis cells detect` against the same classical steps in
# scikit-image (bench/cells_detect_skimage.py --slide), in the same invocation, on WORKERS cores.
#
# Both sides process the same pixels: every tile of the grid Precis lays over the slide's tissue
# bounding box (the default region; default 1024 px cores, overlap for the largest nucleus and the
# filters' reach), at level 0 (0.499 µm/px is within 5% of the default 0.5). Precis runs the whole
# command: tissue box, stain and threshold calibration, WORKERS threads, CSV output with every
# measurement. scikit-image reads the same tiles with OpenSlide in WORKERS processes and runs the
# same steps with the stain vectors and haematoxylin threshold that Precis's run fixed (read from
# its --json summary), the same measurements, and keeps a nucleus in the tile whose core holds its
# centroid; the kept centroids of both are matched to show that they find the same nuclei.
#
# Per round: wall and CPU time (user + system) of each whole process (/usr/bin/time; Python's
# includes its worker processes), nuclei, nuclei/s and mm²/s (over the process's wall time), peak
# RSS (Python: its largest process), and Precis's peak heap (the most in use when a collection
# started, -Xlog:gc). ROUNDS interleaved rounds; medians, ratios the median of each round's ratio.
# Then Precis once more with a small heap (SMALL_HEAP) to show that memory is bounded.
#
# Usage: bench/cells-mosaic.sh       (PRECIS_DATA defaults to ../shared; WORKERS=2 ROUNDS=3 SMALL_HEAP=256m)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${PRECIS_DATA:-$root/../shared}"
work="$root/bench/work"
workers="${WORKERS:-2}"
rounds="${ROUNDS:-3}"
small="${SMALL_HEAP:-256m}"

/usr/bin/python3 -c "import openslide, skimage, scipy" 2>/dev/null ||
  { echo "bench: install first: sudo apt-get install python3-openslide python3-skimage python3-scipy" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: install first: sudo apt-get install time" >&2; exit 1; }
# shellcheck source=mosaic.sh
source "$root/bench/mosaic.sh"
"$root/precis" --version >/dev/null   # builds when sources changed

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }

precis_run() { # heap-option label -> prints "wall cpu rss_mib peak_heap_mib nuclei detect_s area_mm2"
  local heap="$1" out="$tmp/precis.csv"
  rm -f "$out" "$out.checkpoint" "$tmp/gc.log"
  PRECIS_JAVA_OPTS="-XX:+UseParallelGC $heap -Xlog:gc:file=$tmp/gc.log" /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" \
    "$root/precis" cells detect "$mosaic" --threads "$workers" -o "$out" --json >"$tmp/summary.json"
  local wall user sys rss peak
  read -r wall user sys rss < <(tail -1 "$tmp/time")
  peak=$(grep -o '[0-9]*M->' "$tmp/gc.log" | sed 's/M->//' | sort -n | tail -1 || true)
  /usr/bin/python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print(sys.argv[2], round(float(sys.argv[3]) + float(sys.argv[4]), 2), int(sys.argv[5]) // 1024, sys.argv[6], s["nuclei"], s["detect_seconds"], s["region_area_mm2"])' \
    "$tmp/summary.json" "$wall" "$user" "$sys" "$rss" "${peak:-0}"
}

skimage_run() { # -> prints "wall cpu rss_mib nuclei oversized"
  /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" /usr/bin/python3 "$root/bench/cells_detect_skimage.py" \
    --slide "$mosaic" "$tmp/summary.json" "$workers" "$tmp/skimage.csv" >"$tmp/skimage.txt"
  local wall user sys rss
  read -r wall user sys rss < <(tail -1 "$tmp/time")
  awk -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
    '{for (i = 1; i < NF; i++) f[$i] = $(i + 1)} END {print w, u + s, int(r / 1024), f["nuclei"], f["oversized"]}' \
    "$tmp/skimage.txt"
}

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1), slide $(basename "$mosaic")"
echo "round  side      load (1/5/15 min)   wall s   cpu s  nuclei  nuclei/s   mm²/s  rss MiB  peak heap MiB"
results=""
for r in $(seq "$rounds"); do
  lp="$(load)"
  read -r pw pc prss pheap pn pdetect area < <(precis_run "")
  ls="$(load)"
  read -r sw sc srss sn soversized < <(skimage_run)
  match=$(/usr/bin/python3 - "$tmp/precis.csv" "$tmp/skimage.csv" <<'PY'
import csv, sys
import numpy as np
from scipy.spatial import cKDTree
p = np.array([(float(r["Centroid X px"]), float(r["Centroid Y px"])) for r in csv.DictReader(open(sys.argv[1]))])
s = np.loadtxt(sys.argv[2], delimiter=",", skiprows=1, ndmin=2)
exact = int((cKDTree(s).query(p)[0] < 1e-6).sum())
near = int((cKDTree(s).query(p)[0] < 1).sum())
print(f"{exact} of Precis's {len(p)} centroids equal one of scikit-image's {len(s)} (within 1e-6 px), {near} within 1 px")
PY
)
  printf '%-6s %-8s %-20s %7.1f %7.1f %7d %9.1f %7.4f %8d %14s\n' "$r" precis "$lp" "$pw" "$pc" "$pn" \
    "$(echo "$pn / $pw" | bc -l)" "$(echo "$area / $pw" | bc -l)" "$prss" "$pheap"
  printf '%-6s %-8s %-20s %7.1f %7.1f %7d %9.1f %7.4f %8d %14s\n' "$r" skimage "$ls" "$sw" "$sc" "$sn" \
    "$(echo "$sn / $sw" | bc -l)" "$(echo "$area / $sw" | bc -l)" "$srss" "-"
  echo "       $match; Precis detecting ${pdetect} s"
  results+="$pw $pc $pn $sw $sc $sn $area"$'\n'
done
/usr/bin/python3 - "$results" <<'PY'
import statistics, sys
rows = [list(map(float, l.split())) for l in sys.argv[1].splitlines() if l.strip()]
med = lambda i: statistics.median(r[i] for r in rows)
pw, pc, pn, sw, sc, sn, area = (med(i) for i in range(7))
print(f"medians over {len(rows)} rounds, region {area:.2f} mm² (tissue bounding box, every tile of its grid on both sides):")
print(f"  precis : wall {pw:.1f} s, cpu {pc:.1f} s, {pn:.0f} nuclei, {pn / pw:.0f} nuclei/s, {area / pw:.3f} mm²/s")
print(f"  skimage: wall {sw:.1f} s, cpu {sc:.1f} s, {sn:.0f} nuclei, {sn / sw:.0f} nuclei/s, {area / sw:.3f} mm²/s")
print(f"  ratio skimage/precis: wall {statistics.median(r[3] / r[0] for r in rows):.2f}x, "
      f"cpu {statistics.median(r[4] / r[1] for r in rows):.2f}x")
PY
lh="$(load)"
read -r hw hc hrss hheap hn _ _ < <(precis_run "-Xmx$small")
echo "precis -Xmx$small (load $lh): wall $hw s, cpu $hc s, $hn nuclei, rss $hrss MiB, peak heap $hheap MiB"
echo "load after: $(load)"
