#!/usr/bin/env bash
# Deep Zoom tiles served per second, and the median and 95th-percentile time of one tile, by
# Precis (DeepZoomPyramid + TileEncoder in process, no HTTP) and by openslide-python's
# DeepZoomGenerator.get_tile + PIL JPEG at quality 75 (what openslide's deepzoom server does), on
# the same seeded list of tiles from the three deepest levels of the 6x6 CMU-1 mosaic
# (bench/mosaic.sh, 3640 tiles of 256 px at level 0), with 1 and with 8 concurrent clients, in
# the same invocation. Neither keeps compressed tiles; each run opens the slide afresh. The JVM
# warms up on another seed's tiles first (a server that has run a while).
#
# Usage: bench/deepzoom-vs-openslide.sh [SLIDE]   (COUNT=1000 SEED=13 THREADS=1,8; PRECIS_DATA
#        defaults to ../shared; SKIP_BUILD=1 reuses the last build)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${PRECIS_DATA:-$root/../shared}"
work="$root/bench/work"
count="${COUNT:-1000}"
seed="${SEED:-13}"
threads="${THREADS:-1,8}"

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

if [ $# -ge 1 ]; then
  slide="$1"
else
  # shellcheck source=mosaic.sh
  source "$root/bench/mosaic.sh"
  slide="$mosaic"
fi

cd "$root"
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -o -q -pl slide -am test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
fi
cp="slide/target/classes:slide/target/test-classes:$(cat slide/target/classpath.txt)"

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
reference="$(/usr/bin/python3 "$root/bench/openslide_deepzoom.py" "$slide" --count "$count" --seed "$seed" --threads "$threads")"
echo "$reference"
precis="$(java -cp "$cp" org.precis.slide.bench.DeepZoomBenchMain "$slide" --count "$count" --seed "$seed" --threads "$threads")"
echo "$precis"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/python3 - "$reference" "$precis" <<'PY'
import json, sys
o, p = json.loads(sys.argv[1]), json.loads(sys.argv[2])
if o['tile_list_sha256'] != p['tile_list_sha256']:
    sys.exit('bench: the two sides drew different tile lists')
for a, b in zip(o['runs'], p['runs']):
    print(f"{a['threads']} client(s): Precis {b['tiles_per_second']:.1f} tiles/s (p50 {b['p50_ms']:.1f} ms, p95 {b['p95_ms']:.1f} ms), "
          f"OpenSlide {a['tiles_per_second']:.1f} tiles/s (p50 {a['p50_ms']:.1f} ms, p95 {a['p95_ms']:.1f} ms): "
          f"{b['tiles_per_second'] / a['tiles_per_second']:.2f}x tiles/s")
PY
