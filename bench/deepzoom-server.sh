#!/usr/bin/env bash
# Deep Zoom tiles over HTTP: `precis serve` (cold tile cache, every tile read and encoded) against
# openslide-python's DeepZoomGenerator.get_tile + PIL JPEG q75 in process (what openslide's deepzoom
# server does per tile, without its HTTP), on the same seeded list of tiles from the three deepest
# levels of the 6x6 CMU-1 mosaic (bench/mosaic.sh), with 1 and 8 concurrent clients, in one
# invocation. The server's tile cache is off (--tile-cache-mb 0), so warming client and server on
# another seed's 1000 tiles before each timed run leaves no encoded tile behind. Also times a viewer's first screen: the
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
# shellcheck source=server-client.sh
source "$root/bench/server-client.sh"
slides="$work/deepzoom-slides"
mkdir -p "$slides"
ln -f "$mosaic" "$slides/mosaic.tif"  # a hard link: a symbolic link out of the slide folder is never served
list="$work/deepzoom-tiles.txt"
warm="$work/deepzoom-warm.txt"
first="$work/deepzoom-first-screen.txt"
py=/usr/bin/python3
$py bench/openslide_deepzoom.py "$slides/mosaic.tif" --list --count "$count" --seed "$seed" | sed 's|^|/slides/mosaic.tif_files/|; s|$|.jpeg|' >"$list"
$py bench/openslide_deepzoom.py "$slides/mosaic.tif" --list --count 1000 --seed $((seed + 1)) | sed 's|^|/slides/mosaic.tif_files/|; s|$|.jpeg|' >"$warm"
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
load() { java -cp "$client_cp" org.precis.server.bench.TileLoad "http://127.0.0.1:$port" "$token" "$@"; }

start
first_screen=$(load "$first" 6)
reference=$($py bench/openslide_deepzoom.py "$slides/mosaic.tif" --count "$count" --seed "$seed" --threads 1,8)
echo "openslide: $reference"
for clients in 1 8; do
  result=$(load "$list" "$clients" "$warm")
  echo "precis $clients clients: $result"
  ref=$(echo "$reference" | $py -c "import json,sys; r=[x for x in json.load(sys.stdin)['runs'] if x['threads']==$clients][0]; print(r['tiles_per_second'], r['p95_ms'])")
  echo "$result" | $py -c "import json,sys; d=json.load(sys.stdin); ref,p95=map(float,'$ref'.split()); print(f\"$clients clients: Precis over HTTP {d['tiles_per_second']:.0f} tiles/s (p50 {d['p50_ms']:.1f} ms, p95 {d['p95_ms']:.1f} ms) vs OpenSlide in process {ref:.0f} tiles/s (p95 {p95:.1f} ms) = {d['tiles_per_second']/ref:.2f}x\")"
done
echo "$first_screen" | $py -c "import json,sys; d=json.load(sys.stdin); print(f\"first screen (DZI + {d['tiles']-1} tiles, 6 connections, fresh server): {d['seconds']*1000:.0f} ms\")"
