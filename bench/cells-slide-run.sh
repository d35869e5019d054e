#!/usr/bin/env bash
# Whole-slide nucleus detection: time, nuclei, nuclei/s and memory of `precis cells detect` on the
# sample slides, tiled against one tile over the whole region (the reference: the detector on the
# same pixels with no tiling, no overlap and one thread) in the same invocation, and under a small
# heap to show that tiles keep memory bounded (one tile needs the whole region's planes at once).
#
# Per run: wall time of the process, nuclei, nuclei per detecting second (from --json), the largest
# heap in use when a collection started (-Xlog:gc) and the process's peak resident memory
# (/usr/bin/time). The ratio is wall time against the one-tile run of the same slide.
#
# Usage: bench/cells-slide-run.sh          (PRECIS_DATA defaults to ../shared; HEAP=512m SMALL_HEAP=96m)
#        PRECIS_CLASSPATH=... runs `java -cp $PRECIS_CLASSPATH org.precis.cli.Main` instead of ./precis
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${PRECIS_DATA:-$root/../shared}"
heap="${HEAP:-512m}"
small="${SMALL_HEAP:-96m}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

run() { # label heap tile threads slide [options...]
  local label="$1" max="$2" tile="$3" threads="$4" slide="$5"
  shift 5
  local opts="-XX:+UseParallelGC -Xmx$max -Xlog:gc:file=$work/gc.log"
  local out="$work/cells.geojson"
  rm -f "$out" "$out.checkpoint" "$work/gc.log"
  local status=0
  if [ -n "${PRECIS_CLASSPATH:-}" ]; then
    /usr/bin/time -f '%e %M' -o "$work/time" java $opts -Xss4m -cp "$PRECIS_CLASSPATH" org.precis.cli.Main \
      cells detect "$slide" --tile-size "$tile" --threads "$threads" -o "$out" --json "$@" \
      >"$work/summary.json" 2>"$work/err" || status=$?
  else
    PRECIS_JAVA_OPTS="$opts" /usr/bin/time -f '%e %M' -o "$work/time" "$root/precis" \
      cells detect "$slide" --tile-size "$tile" --threads "$threads" -o "$out" --json "$@" \
      >"$work/summary.json" 2>"$work/err" || status=$?
  fi
  local wall rss nuclei rate peak
  read -r wall rss < <(tail -1 "$work/time")
  peak=$(grep -o '[0-9]*M->' "$work/gc.log" | sed 's/M->//' | sort -n | tail -1 || true)
  if [ "$status" -eq 0 ]; then
    nuclei=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["nuclei"])' "$work/summary.json")
    rate=$(python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print(round(s["nuclei"]/s["detect_seconds"]))' \
      "$work/summary.json")
  else
    nuclei="failed ($(grep -o 'OutOfMemoryError' "$work/err" | head -1 || true)exit $status)"; rate="-"
  fi
  printf '%-28s heap %-5s tile %-6s threads %s  wall %6.1f s  nuclei %-22s nuclei/s %-6s peak heap %5s MiB  rss %5d MiB\n' \
    "$label" "$max" "$tile" "$threads" "$wall" "$nuclei" "$rate" "${peak:-?}" "$((rss / 1024))"
  echo "$wall" >"$work/last"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for spec in "CMU-1-Small-Region.svs|he" "OS-2-ndpi.ome.tif|ihc"; do
  name="${spec%%|*}"; stains="${spec##*|}"
  slide="$data/samples/wsi/$name"
  run "$name one tile" "$heap" 100000 1 "$slide" --stains "$stains"
  reference=$(cat "$work/last")
  run "$name tiled" "$heap" 1024 1 "$slide" --stains "$stains"
  echo "  ratio tiled / one tile, 1 thread: $(python3 -c "print(round($(cat "$work/last")/$reference, 2))")"
  run "$name tiled" "$heap" 1024 2 "$slide" --stains "$stains"
  echo "  ratio tiled 2 threads / one tile: $(python3 -c "print(round($(cat "$work/last")/$reference, 2))")"
  run "$name small heap, one tile" "$small" 100000 1 "$slide" --stains "$stains"
  run "$name small heap, tiled" "$small" 256 2 "$slide" --stains "$stains"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
