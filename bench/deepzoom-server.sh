#!/usr/bin/env bash
# Deep Zoom tiles over HTTP: `precis serve` against openslide's DeepZoomGenerator.get_tile (+ JPEG
# encoding, what openslide's deepzoom server does per tile) in python3-openslide, on the 3,600-tile
# mosaic the slide benchmark builds, in one invocation. The same seeded list of tiles (from the
# three deepest Deep Zoom levels, each tile once) is fetched with 1 and with 8 concurrent clients;
# prints tiles/s and p50/p95 latency of each and the ratio of tiles/s. The server runs with an
# empty tile cache (a fresh process per client count), so every tile is read and encoded.
#
# Usage: bench/deepzoom-server.sh      (PRECIS_DATA defaults to ../shared; TILES=2000 PORT=18080)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${PRECIS_DATA:-$root/../shared}"
tiles="${TILES:-2000}"
port="${PORT:-18080}"
work="${WORK:-/tmp/precis-bench}"
mkdir -p "$work"
# shellcheck source=bench/mosaic.sh
source "$root/bench/mosaic.sh"
cd "$root"
mvn -B -o -q install -DskipTests -pl cli -am
mvn -B -o -q test-compile -pl server
mvn -B -o -q dependency:build-classpath -pl server -Dmdep.outputFile="$root/server/target/classpath.txt"
client_cp="server/target/test-classes:server/target/classes:$(cat server/target/classpath.txt)"
slides="$work/deepzoom-slides"
mkdir -p "$slides"
ln -sf "$mosaic" "$slides/mosaic.tif"
list="$work/deepzoom-tiles.txt"
/usr/bin/python3 "$root/bench/openslide_deepzoom.py" --list "$slides/mosaic.tif" "$tiles" 20261206 >"$list"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), tiles $(wc -l <"$list")"

serve() { # data-dir
  local dir="$1"
  rm -rf "$dir"
  java -jar cli/target/precis.jar users add bench --role researcher \
    --data-dir "$dir" >/dev/null
  token=$(java -jar cli/target/precis.jar users token bench --data-dir "$dir")
  java -XX:+UseParallelGC -jar cli/target/precis.jar serve --port "$port" --slides "$slides" --data-dir "$dir" \
    >"$dir.log" 2>&1 &
  server=$!
  for _ in $(seq 100); do
    curl -fs -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/slides" && return 0
    sleep 0.2
  done
  echo "bench: the server did not start; $dir.log says:" >&2; cat "$dir.log" >&2; exit 1
}

results=()
for clients in 1 8; do
  reference=$(/usr/bin/python3 "$root/bench/openslide_deepzoom.py" --fetch "$slides/mosaic.tif" "$list" "$clients")
  serve "$work/deepzoom-store-$clients"
  precis=$(java -cp "$client_cp" org.precis.server.bench.TileLoad "http://127.0.0.1:$port" "$token" \
    <(sed 's|^|/slides/mosaic.tif_files/|' "$list") "$clients")
  kill "$server"; wait "$server" 2>/dev/null || true
  echo "openslide $clients clients: $reference"
  echo "precis    $clients clients: $precis"
  results+=("$clients $(echo "$reference" | python3 -c 'import json,sys; print(json.load(sys.stdin)["tiles_per_second"])') \
$(echo "$precis" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["tiles_per_second"], d["p95_ms"])')")
done
for r in "${results[@]}"; do
  read -r clients ref ours p95 <<<"$r"
  python3 -c "print(f'{$clients} clients: Precis {$ours:.0f} tiles/s vs OpenSlide {$ref:.0f} tiles/s = {$ours/$ref:.2f}x; Precis p95 {$p95:.1f} ms')"
done
