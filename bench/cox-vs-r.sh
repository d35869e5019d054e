#!/usr/bin/env bash
# Bootstrap fits of the Rotterdam recurrence-free Cox model (Efron ties, 9 covariates), timed
# inside each process after a warm-up: R's coxph with system.time, Precis with System.nanoTime
# (`precis survival bench`), in the same run; prints the ratio. RUNS rounds (default 3),
# interleaved; the figures are medians.
# Usage: bench/cox-vs-r.sh [--json]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="$root/survival/src/test/fixtures/cox/rotterdam_rfs.csv"   # derived by make_reference.R from R's rotterdam
fits="${FITS:-200}"
warmup="${WARMUP:-300}"
runs="${RUNS:-3}"
json=false
[ "${1:-}" = "--json" ] && json=true

if ! command -v Rscript >/dev/null 2>&1 || ! Rscript -e 'library(survival)' >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq r-base-core r-cran-survival >/dev/null
  else
    echo "bench: install first: sudo apt-get install r-base-core r-cran-survival" >&2
    exit 1
  fi
fi
"$root/precis" --version >/dev/null   # builds when sources changed

rounds=""
for _ in $(seq "$runs"); do
  r=$(Rscript "$root/bench/cox_bootstrap.R" "$data" "$fits" "$warmup")
  p=$("$root/precis" survival bench --data "$data" --time rfstime --event rfs \
      --covariates age,meno,size,grade,nodes,pgr,er,hormon,chemo --ref 'size=<=20' \
      --fits "$fits" --warmup "$warmup" --json | tr -d '\n')
  rounds+="$r"$'\t'"$p"$'\n'
done
/usr/bin/python3 - "$json" "$rounds" <<'PY'
import json, statistics, sys
as_json, rounds = sys.argv[1] == "true", [l.split("\t") for l in sys.argv[2].splitlines() if l.strip()]
r_ms = statistics.median(json.loads(a)["milliseconds_per_fit"] for a, _ in rounds)
p_ms = statistics.median(json.loads(b)["milliseconds_per_fit"] for _, b in rounds)
first = json.loads(rounds[0][0])
result = {"model": "Rotterdam RFS, Efron, 9 covariates", "fits": first["fits"], "rounds": len(rounds),
          "r_ms_per_fit": round(r_ms, 3), "precis_ms_per_fit": round(p_ms, 3), "precis_vs_r": round(r_ms / p_ms, 2),
          "r_version": first["r"], "survival_version": first["survival"]}
if as_json:
    print(json.dumps(result, indent=1))
else:
    print(f"R {result['r_version']} survival {result['survival_version']} coxph: {r_ms:.2f} ms a fit")
    print(f"Precis survival bench:            {p_ms:.2f} ms a fit")
    print(f"Precis is {r_ms / p_ms:.2f}x as fast ({result['fits']} bootstrap fits after warm-up, median of {len(rounds)} rounds)")
PY
