#!/usr/bin/env bash
# CPU seconds of one `precis` run per thread name (digits folded, e.g. all tile readers together),
# read from /proc while it runs: how an embed benchmark's CPU splits between the tile readers
# (precis-tile-rea…), ONNX Runtime and the main thread (both named "java"), GC and the JIT.
# With READERS_IDLE=1 every tile reader thread is moved to SCHED_IDLE (chrt -i) as it appears, so
# that it only runs on a core the model leaves idle.
# Usage: [READERS_IDLE=1] bench/thread-cpu.sh PRECIS_ARGS...
#   e.g. bench/thread-cpu.sh embed --encoder mobilenet_v2 --bench --rounds 3 --slides bench/work/cmu1-mosaic-6x6.tif
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/precis" --version >/dev/null   # builds when sources changed
"$root/precis" "$@" &
pid=$!
declare -A last
while kill -0 "$pid" 2>/dev/null; do
  for task in /proc/"$pid"/task/*; do
    name=$(cat "$task/comm" 2>/dev/null) || continue
    stat=$(cat "$task/stat" 2>/dev/null) || continue
    fields=(${stat##*) })
    # utime and stime, fields 14 and 15 of stat, in clock ticks
    last[${task##*/}]="$name ${fields[11]} ${fields[12]}"
    if [ "${READERS_IDLE:-0}" = 1 ] && [[ "$name" == precis-tile-rea* ]]; then
      chrt -i -p 0 "${task##*/}" 2>/dev/null
    fi
  done
  sleep 0.2
done
wait "$pid"
ticks=$(getconf CLK_TCK)
for key in "${!last[@]}"; do echo "${last[$key]}"; done \
  | awk -v ticks="$ticks" '{n = $1; gsub(/[0-9]+/, "#", n); cpu[n] += $2 + $3}
      END {for (n in cpu) if (cpu[n] > 0) printf "%9.2f s  %s\n", cpu[n] / ticks, n}' | sort -rn
