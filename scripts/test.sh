#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs and starts what the tests need when it is missing
# (PostgreSQL 15 from Debian or the one already on 127.0.0.1:5432, Debian chromium + chromium-driver, a TrueType CJK
# font), then runs every test on H2 and again on PostgreSQL. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8

PG_HOST=127.0.0.1 PG_PORT=5432 PG_DB=fazhi_test PG_USER=fazhi PG_PASSWORD=fazhi
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then $SUDO apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

echo "== 1/4 Test prerequisites"
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "installing chromium and chromium-driver from Debian"; apt_install chromium chromium-driver
fi
if [ ! -f /usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf ] && ! ls /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc >/dev/null 2>&1; then
  echo "installing a TrueType CJK font (fonts-lxgw-wenkai)"; apt_install fonts-lxgw-wenkai || apt_install fonts-wqy-zenhei
fi
pg_listening() { (exec 3<>/dev/tcp/$PG_HOST/$PG_PORT) 2>/dev/null; }
if ! pg_listening; then
  if ! command -v pg_ctlcluster >/dev/null || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
    echo "installing PostgreSQL from Debian"; apt_install postgresql
  fi
  ver=$(ls /etc/postgresql | sort -n | tail -1)
  echo "starting PostgreSQL $ver"
  $SUDO pg_ctlcluster --skip-systemctl-redirect "$ver" main start || $SUDO pg_ctlcluster "$ver" main start
  for _ in $(seq 1 30); do pg_listening && break; sleep 1; done
fi
pg_listening || { echo "PostgreSQL is not listening on $PG_HOST:$PG_PORT" >&2; exit 1; }
# Superuser access: trust on TCP where the machine allows it, otherwise the postgres OS user over the socket.
psql_admin() {
  if psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -tAc "select 1" >/dev/null 2>&1; then
    psql -v ON_ERROR_STOP=1 -q -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres "$@"
  else
    $SUDO -u postgres psql -v ON_ERROR_STOP=1 -q -d postgres "$@" 2>/dev/null || su postgres -c "psql -v ON_ERROR_STOP=1 -q -d postgres $(printf '%q ' "$@")"
  fi
}
psql_admin -c "do \$\$ begin if not exists (select from pg_roles where rolname='$PG_USER') then create role $PG_USER login password '$PG_PASSWORD'; end if; end \$\$;"
psql_admin -c "drop database if exists $PG_DB with (force);"
psql_admin -c "create database $PG_DB owner $PG_USER encoding 'UTF8' template template0 lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8';"

export FAZHI_REQUIRE_BROWSER=true FAZHI_REQUIRE_SHARED=${CI:-false}

echo "== 2/4 Build and test on H2"
./mvnw -B -ntp verify

echo "== 3/4 Test on PostgreSQL ($PG_HOST:$PG_PORT/$PG_DB)"
# Every cached Spring test context keeps a connection pool; an idle one keeps one connection (idle ones above that close
# after 10 s), so the suite stays below PostgreSQL's max_connections (100) however many contexts it caches.
SPRING_DATASOURCE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB" \
SPRING_DATASOURCE_USERNAME="$PG_USER" SPRING_DATASOURCE_PASSWORD="$PG_PASSWORD" FAZHI_TEST_DATABASE=postgresql \
SPRING_DATASOURCE_HIKARI_MINIMUM_IDLE=1 SPRING_DATASOURCE_HIKARI_IDLE_TIMEOUT=10000 \
  ./mvnw -B -ntp surefire:test -Dsurefire.reportsDirectory=target/surefire-reports-postgresql

echo "== 4/4 All tests passed on H2 and PostgreSQL"
