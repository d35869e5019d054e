#!/usr/bin/env bash
# Cost of running the demo studies federated (a coordinator and five site JVMs on loopback, mutual
# TLS, Bonawitz secure aggregation) against the same analysis pooled on one machine, timed in the
# same run: per study the rounds, the coordinator's wall time, the pooled time and their ratio, and
# the bytes each site sent.
# Usage: bench/federation-demo.sh [--json]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
exec "$root/precis" federation demo "$@"
