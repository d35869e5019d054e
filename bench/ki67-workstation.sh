#!/usr/bin/env bash
# Ki67 over a whole slide in the workstation: `precis cases analyse CASE ki67` (no region: the
# slide's tissue, tile by tile) on the 6x6 mosaic of the OS-2 Ki67 crop (bench/os2-mosaic.sh, 174
# megapixels), against `precis ihc ki67` on the same slide (the same tiled scoring without the case
# store and overlays) in the same invocation: wall time and peak resident memory of each process,
# and both indices (they must agree). Then, from `precis serve`: each overlay's size as stored and
# as sent gzipped, and the viewer's frame times in headless Chromium while a pathologist drags the
# slide, with no overlay and with the nuclei, index map and hot spot on (ViewerFrames).
#
# Usage: bench/ki67-workstation.sh   (THREADS=2 PORT=18081; PRECIS_DATA defaults to ../shared;
#        SKIP_BUILD=1 reuses the last build)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${PRECIS_DATA:-$root/../shared}"
threads="${THREADS:-2}"
port="${PORT:-18081}"
work="$root/bench/work"
mkdir -p "$work"
# shellcheck source=os2-mosaic.sh
source "$root/bench/os2-mosaic.sh"
# shellcheck source=server-client.sh
source "$root/bench/server-client.sh"
slides="$work/ki67-ws-slides"
store="$work/ki67-ws-store"
mkdir -p "$slides"
ln -f "$mosaic" "$slides/os2-mosaic.tif"  # a hard link: a symbolic link out of the slide folder is never served
rm -rf "$store"
./precis cases add --data-dir "$store" --slides "$slides" --id K1 --patient P-bench --specimen "Ki67 mosaic" \
  --slide os2-mosaic.tif >/dev/null

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| run | wall s | RSS MiB | result |"
echo "|---|---|---|---|"
PRECIS_JAVA_OPTS="-XX:+UseParallelGC" /usr/bin/time -f '%e %M' -o "$work/time" \
  ./precis ihc ki67 "$slides/os2-mosaic.tif" --threads "$threads" --json >"$work/ihc.json" 2>"$work/err"
read -r wall rss < <(tail -1 "$work/time")
python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(f\"{r['cells']} nuclei, Ki67 {r['positive_percent']:.2f}%\")" \
  "$work/ihc.json" >"$work/summary"
echo "| ihc ki67 (reference) | $wall | $((rss / 1024)) | $(cat "$work/summary") |"
PRECIS_JAVA_OPTS="-XX:+UseParallelGC" /usr/bin/time -f '%e %M' -o "$work/time" \
  ./precis cases analyse K1 ki67 --slide os2-mosaic.tif --data-dir "$store" --slides "$slides" --threads "$threads" \
  >"$work/analyse.txt" 2>"$work/err"
read -r wall rss < <(tail -1 "$work/time")
echo "| cases analyse K1 ki67 | $wall | $((rss / 1024)) | $(sed 's/^K1: ki67 analysis [0-9]* recorded: //' "$work/analyse.txt") |"

server=""
stop() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; server=""; fi; }
trap stop EXIT
password=$(./precis users add bench-pathologist --role pathologist --data-dir "$store" | tail -1)
token=$(./precis users token bench-pathologist --data-dir "$store")
./precis serve --port "$port" --slides "$slides" --data-dir "$store" >"$store.log" 2>&1 &
server=$!
for _ in $(seq 150); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/api/session" && break
  sleep 0.2
done
echo
echo "| overlay | stored bytes | sent gzipped |"
echo "|---|---|---|"
curl -fs -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/cases/K1" \
  | python3 -c "import json,sys; [print(o['kind'], o['url']) for a in json.load(sys.stdin)['analyses'] for o in a['overlays']]" \
  | while read -r kind url; do
      plain=$(curl -fs -o /dev/null -w '%{size_download}' -H "Authorization: Bearer $token" "http://127.0.0.1:$port$url")
      zipped=$(curl -fs -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' -H "Authorization: Bearer $token" "http://127.0.0.1:$port$url")
      echo "| $kind | $plain | $zipped |"
    done
echo
echo "viewer frames while dragging (headless Chromium 1400 x 900):"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -cp "$client_cp" org.precis.server.bench.ViewerFrames "http://127.0.0.1:$port" \
  bench-pathologist "$password" K1 overlay-ki67-cells,overlay-ki67-map,overlay-ki67-hotspot
