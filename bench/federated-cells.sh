#!/usr/bin/env bash
# Federated training of the cell classifier's head (FedAvg, the patch heads' algorithm) on BreCaHAD:
# the 12 fields of one patient, three kept apart (Case_12-03, -07, -10), the other nine dealt by
# field to SITES=2 (default) or 3 sites; each site's annotated cells as a cell feature set (one view
# a cell; nic_multitask + stain features by default, ENCODERS=none for stain features only),
# computed once and cached under $WORK (a few minutes on 2 cores the first time). Trains the head
# federated across the sites and pooled (the same study on one site holding their union), both in
# one process (LocalStudyRun: the sites' and coordinator's functions with a plain sum, as the
# process demo runs them with a secure sum), and prints per-class recall, accuracy and balanced
# accuracy of both on the held-out fields' annotated cells, and federated / pooled.
# Usage: bench/federated-cells.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${PRECIS_DATA:-$root/../shared}"
work="${WORK:-${TMPDIR:-/tmp}/precis-federated-cells}"
mkdir -p "$work"
(cd "$root" && mvn -B -o -q -pl demo -am compile dependency:build-classpath -DskipFuzz=true \
  -Dmdep.outputFile="$work/classpath.txt" >/dev/null)
exec java -Xss4m -XX:+UseSerialGC -Xmx2g \
  -cp "$root/demo/target/classes:$(cat "$work/classpath.txt")" \
  org.precis.demo.cells.FederatedCellsBench "$data" "$work" "${ENCODERS:-nic_multitask}" "${SITES:-2}"
