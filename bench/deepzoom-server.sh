#!/usr/bin/env bash
# Deep Zoom tiles over HTTP: `precis serve` (cold tile cache, every tile read and encoded) against
# openslide-python's DeepZoomGenerator.get_tile + PIL JPEG q75 in process (what openslide's deepzoom
# server does per tile, without its HTTP), on the same seeded list of tiles from the three deepest
# levels of the 6x6 CMU-1 mosaic (bench/mosaic.sh), with 1 and 8 concurrent clients, in one
# invocation. The server's tile cache is off (--tile-cache-mb 0), so warming it on another seed's
# tiles leaves no encoded tile behind. Also times a viewer's first screen: the
# DZI and every tile of the deepest level that fits 1024 px, fetched by 6 connections (a browser's
# per-host limit) from a freshly started server.
#
# Usage: bench/deepzoom-server.sh   (COUNT=1000 SEED=13 PORT=18080; PRECIS_DATA defaults to
#        ../shared; SKIP_BUILD=1 reuses the last build)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${PRECIS_DATA:-$root/../shared}"
count="${COUNT:-1000}"
seed="${SEED:-13}"
port="${PORT:-18080}"
work="$root/bench/work"
mkdir -p "$work"
# shellcheck source=mosaic.sh
source "$root/bench/mosaic.sh"
cd "$root"
if [ -z "${SKIP_BUILD:-}" ]; then
  ./precis --version >/dev/null
  mvn -B -o -q -pl server -am test-compile -DskipTests
  mvn -B -o -q -pl server -am dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt >/dev/null
fi
client_cp="server/target/test-classes:server/target/classes:$(cat server/target/cp.txt)"
slides="$work/deepzoom-slides"
mkdir -p "$slides"
ln -sf "$mosaic" "$slides/mosaic.tif"
list="$work/deepzoom-tiles.txt"
warm="$work/deepzoom-warm.txt"
first="$work/deepzoom-first-screen.txt"
py=/usr/bin/python3
$py bench/openslide_deepzoom.py "$slides/mosaic.tif" --list --count "$count" --seed "$seed" | sed 's|^|/slides/mosaic.tif_files/|; s|$|.jpeg|' >"$list"
$py bench/openslide_deepzoom.py "$slides/mosaic.tif" --list --count 300 --seed $((seed + 1)) | sed 's|^|/slides/mosaic.tif_files/|; s|$|.jpeg|' >"$warm"
{ echo "/slides/mosaic.tif.dzi"; $py bench/openslide_deepzoom.py "$slides/mosaic.tif" --first-screen 1024 | sed 's|^|/slides/mosaic.tif_files/|; s|$|.jpeg|'; } >"$first"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(wc -l <"$list") tiles, first screen $(($(wc -l <"$first") - 1)) tiles"

store="$work/deepzoom-store"
server=""
stop() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; server=""; fi; }
trap stop EXIT
start() {
  stop
  ./precis serve --port "$port" --slides "$slides" --data-dir "$store" --tile-cache-mb 0 >"$store.log" 2>&1 &
  server=$!
  for _ in $(seq 150); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/api/session" && return 0
    sleep 0.2
  done
  echo "bench: the server did not start; $store.log says:" >&2; cat "$store.log" >&2; exit 1
}
rm -rf "$store"
./precis users add bench --role researcher --data-dir "$store" >/dev/null
token=$(./precis users token bench --data-dir "$store")
load() { java -cp "$client_cp" org.precis.server.bench.TileLoad "http://127.0.0.1:$port" "$token" "$1" "$2"; }

start
first_screen=$(load "$first" 6)
load "$warm" 8 >/dev/null
reference=$($py bench/openslide_deepzoom.py "$slides/mosaic.tif" --count "$count" --seed "$seed" --threads 1,8)
echo "openslide: $reference"
for clients in 1 8; do
  result=$(load "$list" "$clients")
  echo "precis $clients clients: $result"
  ref=$(echo "$reference" | $py -c "import json,sys; r=[x for x in json.load(sys.stdin)['runs'] if x['threads']==$clients][0]; print(r['tiles_per_second'], r['p95_ms'])")
  echo "$result" | $py -c "import json,sys; d=json.load(sys.stdin); ref,p95=map(float,'$ref'.split()); print(f\"$clients clients: Precis over HTTP {d['tiles_per_second']:.0f} tiles/s (p50 {d['p50_ms']:.1f} ms, p95 {d['p95_ms']:.1f} ms) vs OpenSlide in process {ref:.0f} tiles/s (p95 {p95:.1f} ms) = {d['tiles_per_second']/ref:.2f}x\")"
done
echo "$first_screen" | $py -c "import json,sys; d=json.load(sys.stdin); print(f\"first screen (DZI + {d['tiles']-1} tiles, 6 connections, fresh server): {d['seconds']*1000:.0f} ms\")"
