#!/usr/bin/env bash
# Recall of the annotated BreCaHAD nuclei (classes tumor, non_tumor, mitosis, apoptosis) by the
# classical nucleus detector with its default settings: per image and pooled, by class, one-to-one
# matching (maximum matching) of annotated points to detection centroids within the match radius;
# also the detections per image. The annotations are not exhaustive, so only recall is scored.
#
# Usage: bench/cells-recall.sh     (PRECIS_DATA defaults to ../shared; MPP=0.32 RADIUS_UM=4)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${PRECIS_DATA:-$root/../shared}"
brecahad="$data/samples/cells/brecahad"
[ -d "$brecahad/images" ] || { echo "bench: no BreCaHAD images under $brecahad (set PRECIS_DATA)" >&2; exit 1; }
cd "$root"
mvn -B -o -q install -DskipTests -pl cells -am
mvn -B -o -q test-compile -pl cells
mvn -B -o -q dependency:build-classpath -pl cells -Dmdep.outputFile="$root/cells/target/classpath.txt"
exec java -cp "cells/target/classes:cells/target/test-classes:$(cat cells/target/classpath.txt)" \
  org.precis.cells.nuclei.classical.BrecahadRecall "$brecahad" "${MPP:-0.32}" "${RADIUS_UM:-4}"
