#!/usr/bin/env bash
# PAM50 + ROR-S on a large expression table, Precis against genefu 2.39.1's own R code (the shared
# driver ../shared/reference/genefu/pam50_reference_calls.R) in the same run, end to end from the
# CSV files as a user runs them (reading included), wall clock and CPU seconds of each process.
# The table (SAMPLES x PROBES, default 10,000 x 20,000) is made by resampling the shared vdxs and
# nkis sets (bench/Pam50BenchTable.java). R is too slow and memory-hungry for the whole table: it
# runs on the first R_SAMPLES rows (default 1,000) and on twice as many, and its time on SAMPLES is
# the straight line through those two (a fixed cost, R's start and the 20,000-column header, plus a
# cost per sample: scaling the first time alone by SAMPLES / R_SAMPLES would overstate R). Precis
# runs on the first slice too, so a same-input ratio is printed beside, and the calls on that slice
# are compared.
# Usage: bench/pam50.sh [--json]    (env: SAMPLES, PROBES, R_SAMPLES, SEED, WORK)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${PRECIS_DATA:-$root/../shared}"
samples="${SAMPLES:-10000}"
probes="${PROBES:-20000}"
r_samples="${R_SAMPLES:-1000}"
seed="${SEED:-15}"
work="${WORK:-${TMPDIR:-/tmp}/precis-bench-pam50}"
json=false
[ "${1:-}" = "--json" ] && json=true

if ! command -v Rscript >/dev/null 2>&1 || [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq r-base-core time >/dev/null
  else
    echo "bench: install first: sudo apt-get install r-base-core time" >&2
    exit 1
  fi
fi
"$root/precis" --version >/dev/null   # builds when sources changed
mkdir -p "$work"
full="$work/expression_${samples}x${probes}.csv"
slice="$work/expression_${r_samples}x${probes}.csv"
annotation="$work/annotation_${probes}.csv"
if [ ! -s "$full" ] || [ ! -s "$annotation" ]; then
  echo "bench: writing $samples x $probes table to $work ..." >&2
  java "$root/bench/Pam50BenchTable.java" "$data/samples/expression" "$samples" "$probes" "$seed" "$full" "$annotation"
fi
head -n $((r_samples + 1)) "$full" > "$slice"
slice2="$work/expression_$((2 * r_samples))x${probes}.csv"
head -n $((2 * r_samples + 1)) "$full" > "$slice2"

run() { # label out cmd...: prints "label wall_s cpu_s" (GNU time: the process and what it waited for)
  local label="$1" out="$2"; shift 2
  /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "$@" > "$out" 2>> "$work/stderr.txt"
  awk -v l="$label" '{ print l, $1, $2 + $3 }' "$work/time.txt"
}
load_before=$(cut -d' ' -f1 /proc/loadavg)
: > "$work/stderr.txt"
lines=""
lines+=$(run r_slice "$work/genefu_slice.csv" Rscript "$data/reference/genefu/pam50_reference_calls.R" "$slice" "$annotation")$'\n'
lines+=$(run r_slice2 "$work/genefu_slice2.csv" Rscript "$data/reference/genefu/pam50_reference_calls.R" "$slice2" "$annotation")$'\n'
lines+=$(run precis_slice "$work/precis_slice.txt" "$root/precis" molecular pam50 --expression "$slice" --annotation "$annotation" -o "$work/precis_slice.csv")$'\n'
lines+=$(run precis_full "$work/precis_full.txt" "$root/precis" molecular pam50 --expression "$full" --annotation "$annotation" -o "$work/precis_full.csv")$'\n'
load_after=$(cut -d' ' -f1 /proc/loadavg)
agree=$(paste -d, <(cut -d, -f2 "$work/genefu_slice.csv" | tail -n +2) <(cut -d, -f2 "$work/precis_slice.csv" | tail -n +2) | awk -F, '$1 == $2' | wc -l)
mapped=$(grep -o '[0-9]* of [0-9]* PAM50 genes mapped' "$work/precis_full.txt" | head -1)

/usr/bin/python3 - "$json" "$lines" "$samples" "$probes" "$r_samples" "$agree" "$mapped" "$load_before" "$load_after" "$(stat -c %s "$full")" <<'PY'
import json, sys
as_json, lines, samples, probes, r_samples, agree, mapped, l0, l1, size = sys.argv[1:]
as_json = as_json == "true"
t = {l.split()[0]: (float(l.split()[1]), float(l.split()[2])) for l in lines.splitlines() if l.strip()}
samples, probes, r_samples, agree = int(samples), int(probes), int(r_samples), int(agree)
(rw, rc), (rw2, rc2), (sw, sc), (pw, pc) = t["r_slice"], t["r_slice2"], t["precis_slice"], t["precis_full"]
def line(a, b):  # time at `samples` on the line through (r_samples, a) and (2 r_samples, b)
    return a + (b - a) * (samples - r_samples) / r_samples
fw, fc = line(rw, rw2), line(rc, rc2)
result = {
  "table": f"{samples} samples x {probes} probes ({int(size) / 1e9:.2f} GB), {mapped}",
  "genefu_slice": {"samples": r_samples, "wall_s": round(rw, 2), "cpu_s": round(rc, 2)},
  "genefu_slice2": {"samples": 2 * r_samples, "wall_s": round(rw2, 2), "cpu_s": round(rc2, 2)},
  "precis_slice": {"samples": r_samples, "wall_s": round(sw, 2), "cpu_s": round(sc, 2)},
  "precis_full": {"samples": samples, "wall_s": round(pw, 2), "cpu_s": round(pc, 2)},
  "genefu_full_extrapolated": {"wall_s": round(fw, 1), "cpu_s": round(fc, 1)},
  "ratio_full": {"wall": round(fw / pw, 1), "cpu": round(fc / pc, 1)},
  "ratio_same_input": {"wall": round(rw / sw, 1), "cpu": round(rc / sc, 1)},
  "calls_agree_on_slice": f"{agree}/{r_samples}",
  "load_average": f"{l0} -> {l1}",
}
if as_json:
    print(json.dumps(result, indent=1))
else:
    print(f"table: {result['table']}")
    print(f"genefu (R) on {r_samples} samples:  {rw:8.2f} s wall {rc:8.2f} s CPU")
    print(f"genefu (R) on {2 * r_samples} samples:  {rw2:8.2f} s wall {rc2:8.2f} s CPU")
    print(f"Precis on {r_samples} samples:      {sw:8.2f} s wall {sc:8.2f} s CPU  (same input: {rw / sw:.1f}x wall, {rc / sc:.1f}x CPU)")
    print(f"Precis on {samples} samples:     {pw:8.2f} s wall {pc:8.2f} s CPU")
    print(f"genefu extrapolated to {samples}: {fw:8.1f} s wall {fc:8.1f} s CPU")
    print(f"Precis is {fw / pw:.1f}x as fast (wall), {fc / pc:.1f}x (CPU) on {samples} x {probes}; "
          f"calls agree on {agree}/{r_samples}; load {l0} -> {l1}")
PY
