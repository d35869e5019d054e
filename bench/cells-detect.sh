#!/usr/bin/env bash
# Classical nucleus detection speed against scikit-image 0.19 / scipy running the same steps with
# the same parameters (bench/cells_detect_skimage.py), on the 12 BreCaHAD fields (1360x1024 at
# 0.32 µm/px, 1.71 mm² in all), decoded before timing, one image per task on WORKERS workers
# (threads for Precis, processes for Python: both single-threaded per image), in one invocation.
# Both use the standard stain vectors; Precis is also timed with its default per-image Macenko
# estimate. Prints nuclei/s and mm²/s of each (median round) and the ratios of wall time and of
# the CPU time spent detecting (less sensitive to other work on a shared machine).
#
# Usage: bench/cells-detect.sh   (PRECIS_DATA defaults to ../shared; WORKERS=2 ROUNDS=3 WARMUP=2)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${PRECIS_DATA:-$root/../shared}"
images=("$data"/samples/cells/brecahad/images/*.jpg)
[ -f "${images[0]}" ] || { echo "bench: no BreCaHAD images under $data/samples/cells/brecahad (set PRECIS_DATA)" >&2; exit 1; }
workers="${WORKERS:-2}"
rounds="${ROUNDS:-3}"
cd "$root"
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -o -q install -DskipTests -pl cells -am
  mvn -B -o -q test-compile -pl cells
  mvn -B -o -q dependency:build-classpath -pl cells -Dmdep.outputFile="$root/cells/target/classpath.txt"
fi
cp="cells/target/classes:cells/target/test-classes:$(cat cells/target/classpath.txt)"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
/usr/bin/python3 "$root/bench/cells_detect_skimage.py" 0.32 "$workers" "$rounds" "${images[@]}" | tee -a "$out"
for stains in standard estimated; do
  java -cp "$cp" org.precis.cells.nuclei.classical.DetectBench "$stains" 0.32 "$workers" "${WARMUP:-2}" "$rounds" \
    "${images[@]}" | tee -a "$out"
done
awk '/^skimage median/ {s = $3; sc = $NF} /^precis-standard median/ {p = $3; pc = $NF} /^precis-estimated median/ {e = $3; ec = $NF}
  END {printf "ratio skimage/precis, wall time: standard stains %.1fx, estimated stains %.1fx; cpu time: %.1fx, %.1fx\n",
    s / p, s / e, sc / pc, sc / ec}' "$out"
