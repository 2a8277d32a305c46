#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the server tests, in a temporary folder, run by an
# unprivileged account, reachable only through a Unix socket in that folder.
#
#   eval "$(bash tests/server/cluster.sh start /tmp/somewhere)"   # sets CAREGIVER_APP_TEST_DATABASE
#   bash tests/server/cluster.sh stop /tmp/somewhere
#
# As root it runs the server as the account 'caregiver-pg' (made if missing): PostgreSQL refuses
# to run as root. The test role 'caregiver_test' may create databases and nothing more.
set -euo pipefail
cmd=${1:?start or stop}
dir=$(realpath -m "${2:?a folder}")
bin=$(dirname "$(readlink -f "$(command -v postgres || echo /usr/lib/postgresql/15/bin/postgres)")")
if [[ ! -x "$bin/initdb" ]]; then
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u caregiver-pg -- "$@"; else "$@"; fi
}
case "$cmd" in
  start)
    if [[ $(id -u) -eq 0 ]] && ! id caregiver-pg >/dev/null 2>&1; then
      useradd --system --no-create-home --shell /usr/sbin/nologin caregiver-pg
    fi
    mkdir -p "$dir"
    [[ $(id -u) -eq 0 ]] && chown caregiver-pg "$dir"
    chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    hba="$dir/data/pg_hba.conf"
    as_owner sh -c "printf 'local all +password_login scram-sha-256\nlocal all all trust\n' > '$hba'"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -k $dir -c fsync=off -c max_connections=200" start >/dev/null
    as_owner "$bin/psql" -h "$dir" -U postgres -d postgres -qAt \
      -c "CREATE ROLE password_login NOLOGIN" \
      -c "CREATE ROLE caregiver_test LOGIN CREATEDB CREATEROLE" \
      -c "GRANT pg_signal_backend TO caregiver_test" >/dev/null
    echo "export CAREGIVER_APP_TEST_DATABASE='postgresql://caregiver_test@/postgres?host=$dir'"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
