#!/bin/bash
# Outputs to compare before/after a change that must not change them (issue 13: batches, workers).
#   bash benchmarks/snapshot.sh OUT [ingest options...]        # e.g. -q --workers 2
#   PYTHONPATH=/path/to/other/checkout bash benchmarks/snapshot.sh OUT2 -q   # the other version
#   cmp OUT/report_fnc.json OUT2/report_fnc.json ...
# Ingests seeds/ (and, with CORPUS_JSONL=file, that corpus) into fresh databases in OUT and
# writes report --format json/csv, extract --format jsonl, sources and the ingest's messages.
set -e
OUT=$1; shift
mkdir -p "$OUT"; rm -f "$OUT"/*.db*
cd "$(dirname "$0")/.."
claimcheck ingest seeds --db "$OUT/seeds.db" "$@" > "$OUT/ingest_seeds.txt" 2>&1 || true
claimcheck report --db "$OUT/seeds.db" --format json > "$OUT/report_seeds.json"
claimcheck extract seeds --format jsonl > "$OUT/extract_seeds.jsonl"
claimcheck sources --db "$OUT/seeds.db" > "$OUT/sources_seeds.txt" 2>&1 || true
if [ -n "$CORPUS_JSONL" ]; then
  claimcheck ingest "$CORPUS_JSONL" --db "$OUT/fnc.db" "$@" > "$OUT/ingest_fnc.txt" 2>&1 || true
  claimcheck report --db "$OUT/fnc.db" --format json > "$OUT/report_fnc.json"
  claimcheck report --db "$OUT/fnc.db" --format csv > "$OUT/report_fnc.csv"
fi
