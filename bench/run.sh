#!/usr/bin/env bash
# Benchmarks: each prints lines "BENCH <name> value=<v> baseline=<b> ratio=<r> <unit>" measured in one run against a
# baseline measured in the same run. Usage: bench/run.sh [h2|h2-file|postgresql|all]   (default: all)
#   h2         in-memory H2 (the test profile)
#   h2-file    an H2 file database in PostgreSQL mode, as the run command uses (a fresh one under target/)
#   postgresql 127.0.0.1:5432
# BENCH_TEST=AuditApiBench bench/run.sh h2   runs one benchmark class only.
# The PostgreSQL pass uses 127.0.0.1:5432 database $BENCH_PG_DB (default fazhi_bench), dropped and created here
# (scripts/test.sh shows how PostgreSQL is installed when missing): BENCH_PG_DB=fazhi_x bench/run.sh postgresql.
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-all}
pgdb=${BENCH_PG_DB:-fazhi_bench}
case "$pgdb" in (*[!a-z0-9_]*|'') echo "BENCH_PG_DB must be a plain lower-case name" >&2; exit 2;; esac
mkdir -p bench/out
run_pass() {
  local label=$1; shift
  echo "== benchmarks on $label"
  # surefire writes each class's output to target/surefire-reports; empty it so only this pass's lines are read
  rm -rf target/surefire-reports
  env "$@" ./mvnw -B -q -ntp test-compile surefire:test -Dfazhi.test.groups=bench -Dfazhi.test.excludedGroups=none -Dfazhi.bench.db="$label" \
      ${BENCH_TEST:+-Dtest=$BENCH_TEST -Dsurefire.failIfNoSpecifiedTests=false} > "bench/out/maven-$label.log" 2>&1 || echo "(maven failed: see bench/out/maven-$label.log)"
  grep -h '^BENCH' target/surefire-reports/*-output.txt 2>/dev/null | sed "s/^BENCH /BENCH [$label] /" | tee -a bench/out/latest.txt
}
: > bench/out/latest.txt
if [ "$which" = h2 ] || [ "$which" = all ]; then run_pass h2; fi
if [ "$which" = h2-file ] || [ "$which" = all ]; then
  dir="$PWD/target/bench-h2-file"; rm -rf "$dir"; mkdir -p "$dir"
  run_pass h2-file "SPRING_DATASOURCE_URL=jdbc:h2:file:$dir/fazhi;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" SPRING_DATASOURCE_USERNAME=sa SPRING_DATASOURCE_PASSWORD=
fi
if [ "$which" = postgresql ] || [ "$which" = all ]; then
  psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $pgdb with (force)" \
    -c "create database $pgdb encoding 'UTF8' template template0 lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'" \
    2>/dev/null || su postgres -c "psql -qc 'drop database if exists $pgdb with (force)' -c \"create database $pgdb encoding 'UTF8' template template0 lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'\""
  run_pass postgresql SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$pgdb SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=
fi
[ "$which" = all ] && [ -f bench/heap512.sh ] && bash bench/heap512.sh | tee -a bench/out/latest.txt || true
