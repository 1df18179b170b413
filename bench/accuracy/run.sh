#!/usr/bin/env bash
# Accuracy check: claudit on the hand-written corpus in bench/accuracy/corpus, compared with expected.tsv by
# path + line + rule; prints TP/FP/FN, precision and recall per rule and per place, and every FP and FN.
#
#   bench/accuracy/run.sh [--check [--min-precision 0.9] [--max-test-noise 0.05] [--min-recall R]] [--as-of DATE]
#
# Builds target/claudit.jar when it is missing. Exit 0 always, unless --check is given and a threshold fails (1).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
if [ ! -f target/claudit.jar ]; then
  echo "accuracy: building target/claudit.jar" >&2
  mvn -q -B -DskipTests package >&2
fi
if [ -n "$(find claudit-core/src/main claudit-cli/src/main rules pom.xml claudit-core/pom.xml claudit-cli/pom.xml -newer target/claudit.jar -print -quit 2>/dev/null)" ]; then
  echo "accuracy: target/claudit.jar is older than the sources; rebuild it (mvn -DskipTests package) to measure them" >&2
fi
exec java -cp target/claudit.jar bench/accuracy/Accuracy.java "$@"
