#!/usr/bin/env bash
# Retrains the bundled sentiment models (per-actor and sentence) on NewsMTSC's training split, reports them on its
# development split and writes them into the enrich resources. Deterministic: the same data gives the same bytes.
# Usage (from the repository root, after `mvn -q -o -DskipTests package`):
#   enrich/scripts/train-sentiment.sh [SHARED_DIR]      # SHARED_DIR defaults to ../shared
set -euo pipefail
shared="${1:-../shared}"
here="$(cd "$(dirname "$0")/.." && pwd)"
jar="$here/../local/target/newsflow.jar"
if [[ ! -f "$jar" ]]; then
  echo "build first: mvn -q -o -DskipTests package" >&2
  exit 2
fi
nice -n 5 java -cp "$jar" org.newsflow.enrich.train.TrainSentiment \
  "$shared/train/sentiment/newsmtsc-train.jsonl" \
  "$shared/train/sentiment/newsmtsc-dev.jsonl" \
  "$shared/train/unlabelled/glove.6B.50d.10k.txt" \
  "$here/src/main/resources/org/newsflow/enrich/sentiment"
