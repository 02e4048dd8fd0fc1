#!/usr/bin/env bash
# Times the SQL shapes of LocationStatsQuery (processor/src/test/resources/golden/aggregates) on the
# data set of data.sql: EXPLAIN ANALYZE of each statement, then its mean latency with pgbench.
#
#   docs/aggregates/measure.sh [psql connection options]     e.g. -h 127.0.0.1 -U postgres -d test
#
# Needs psql and pgbench (PostgreSQL's client tools). SECONDS_PER_QUERY (default 10) sets pgbench -T.
set -euo pipefail
cd "$(dirname "$0")"
PGBENCH=${PGBENCH:-$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench | tail -1)}
psql -q -v ON_ERROR_STOP=1 "$@" -f data.sql
psql -At "$@" -c "SELECT version()"
for query in whole-table-all per-row-all per-row-page whole-table-page per-row-deep-page naive-join; do
  echo "== $query"
  psql -At "$@" -c "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) $(grep -v '^--' $query.sql | tr -d ';')" \
    | grep -E "Execution Time|^[A-Za-z]|->" | head -40
  "$PGBENCH" -n -T "${SECONDS_PER_QUERY:-10}" -f "$query.sql" "$@" 2>/dev/null | grep -E "latency average"
done
