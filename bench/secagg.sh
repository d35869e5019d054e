#!/usr/bin/env bash
# Cost of secure aggregation (Bonawitz et al. 2017 as in org.precis.federation.secagg) for vectors
# of LENGTH values (default 10^6) with 3 and 10 sites, simulated in one process: wall time per
# phase (all clients one after another, the slowest client, the server), bytes each client sends
# and receives per phase, and the ratio against the plain element-wise sum of the same vectors,
# timed in the same run. One warm-up round per site count, then ROUNDS timed rounds (default 2),
# the fastest reported. Needs about 2 GB of heap for 10 sites x 10^6 values.
# Usage: bench/secagg.sh [--json]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
length="${LENGTH:-1000000}"
rounds="${ROUNDS:-2}"
export PRECIS_JAVA_OPTS="${PRECIS_JAVA_OPTS:--XX:+UseParallelGC -Xmx3g}"
exec "$root/precis" federation bench-secagg --length "$length" --sites 3,10 --rounds "$rounds" "$@"
