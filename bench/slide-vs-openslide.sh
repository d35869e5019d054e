#!/usr/bin/env bash
# Tiles decoded per second by `precis slide bench` and by OpenSlide through python3-openslide on
# the same slide and grid (every 256x256 tile of level 0, read once from a cold start), one
# thread each, in the same run; then Precis with 2 threads against its own single thread.
# The sample slides are too small to time well: a 6x6 mosaic of CMU-1-Small-Region.svs is built
# first (bench/mosaic.sh).
# RUNS interleaved rounds (default 7): rates are medians over the rounds, ratios the median
# of each round's ratio; a shared 2-core machine is noisy.
#
# Usage: bench/slide-vs-openslide.sh [--json]     (PRECIS_DATA defaults to ../shared)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${PRECIS_DATA:-$root/../shared}"
work="$root/bench/work"
runs="${RUNS:-7}"
json=false
[ "${1:-}" = "--json" ] && json=true

need=()
command -v vips >/dev/null 2>&1 || need+=(libvips-tools)
/usr/bin/python3 -c "import openslide" 2>/dev/null || need+=(python3-openslide)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "bench: install first: sudo apt-get install ${need[*]}" >&2
    exit 1
  fi
fi

source_svs="$data/samples/wsi/CMU-1-Small-Region.svs"
# shellcheck source=mosaic.sh
source "$root/bench/mosaic.sh"

"$root/precis" --version >/dev/null   # builds when sources changed

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
rate() { /usr/bin/python3 -c "import json,sys; print(json.load(sys.stdin)['tiles_per_second'])"; }
tiles() { /usr/bin/python3 -c "import json,sys; print(json.load(sys.stdin)['tiles'])"; }

results=()
for slide in "$mosaic" "$source_svs"; do
  count=$("$root/precis" slide bench "$slide" --json | tiles)
  # Interleaved rounds, so that drift in the machine's speed touches every contender alike.
  rounds=""
  for _ in $(seq "$runs"); do
    o=$(/usr/bin/python3 "$root/bench/openslide_tiles.py" "$slide" | rate)
    p1=$("$root/precis" slide bench "$slide" --threads 1 --json | rate)
    p2=$("$root/precis" slide bench "$slide" --threads 2 --json | rate)
    rounds+="$o $p1 $p2"$'\n'
  done
  results+=("$(/usr/bin/python3 - "$slide" "$count" "$rounds" <<'PY'
import json, os, statistics, sys
slide, count, rounds = sys.argv[1], int(sys.argv[2]), [list(map(float, l.split())) for l in sys.argv[3].splitlines() if l.strip()]
o, p1, p2 = (statistics.median(r[i] for r in rounds) for i in range(3))
print(json.dumps({"slide": os.path.basename(slide), "tiles": count, "runs": len(rounds),
                  "openslide_tiles_per_second": round(o, 1),
                  "precis_1_thread_tiles_per_second": round(p1, 1), "precis_2_threads_tiles_per_second": round(p2, 1),
                  "precis_vs_openslide": round(statistics.median(r[1] / r[0] for r in rounds), 2),
                  "precis_2_vs_1_threads": round(statistics.median(r[2] / r[1] for r in rounds), 2)}))
PY
)")
done

if $json; then
  printf '%s\n' "${results[@]}" | /usr/bin/python3 -c "import json,sys; print(json.dumps([json.loads(l) for l in sys.stdin], indent=1))"
else
  printf '%s\n' "${results[@]}" | /usr/bin/python3 -c "
import json, sys
print(f\"{'slide':38} {'tiles':>6} {'OpenSlide/s':>12} {'Precis 1t/s':>12} {'Precis 2t/s':>12} {'1t vs OpenSlide':>16} {'2t vs 1t':>9}\")
for line in sys.stdin:
    r = json.loads(line)
    print(f\"{r['slide']:38} {r['tiles']:>6} {r['openslide_tiles_per_second']:>12.1f} {r['precis_1_thread_tiles_per_second']:>12.1f} \"
          f\"{r['precis_2_threads_tiles_per_second']:>12.1f} {r['precis_vs_openslide']:>15.2f}x {r['precis_2_vs_1_threads']:>8.2f}x\")
print(f'(medians over $runs interleaved rounds; ratios are the median of each round\\'s ratio)')
"
fi
