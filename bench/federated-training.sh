#!/usr/bin/env bash
# Federated training of the lung patch head (FedAvg; FedProx with ALGORITHM=fedprox) across three
# site JVMs on loopback, the LC25000 patches embedded as the demo embeds them (dihedral8 views, as
# scanned and Reinhard-normalised; about 6 minutes on 2 cores the first time, then read from
# $WORK), split non-IID after a held-out 20% is kept apart. Prints accuracy / macro AUC / Brier with
# bootstrap CIs of the federated, pooled and site-alone models on the same held-out patches, each
# site-alone model against the federated one on the other sites' held-out patches, and the round
# overhead: the coordinator's wall time a round against one round's local training, timed in the
# same run in a JVM with the site JVMs' options.
# SITES=10 deals the patches alike to 10 sites instead (round overhead with more sites).
# STUDY=mlp runs the demo's MLP head study instead, STUDY=private its differentially private study
# (DP-SGD: one noisy clipped step a round).
# Usage: bench/federated-training.sh            (RECIPE=identity for the fast recipe)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${PRECIS_DATA:-$root/../shared}"
work="${WORK:-${TMPDIR:-/tmp}/precis-federated-training}"
mkdir -p "$work"
(cd "$root" && mvn -B -o -q -pl demo -am compile dependency:build-classpath -DskipFuzz=true \
  -Dmdep.outputFile="$work/classpath.txt" >/dev/null)
exec java -Xss4m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx1g \
  -cp "$root/demo/target/classes:$(cat "$work/classpath.txt")" \
  org.precis.demo.training.FederatedTrainingBench "$data" "$work" "${RECIPE:-demo}" "${ALGORITHM:-fedavg}" "${SITES:-3}" "${STUDY:-logistic}"
