#!/usr/bin/env bash
# Starts a private PostgreSQL for the storage tests: 127.0.0.1 on a non-default port, its own data directory,
# a database "monitor_test". Installs PostgreSQL from Debian packages when the binaries are missing.
# Idempotent: a server already answering on the port is reused. tests/ci/env.sh exports the connection string.
set -euo pipefail

port="${MONITOR_PG_PORT:-55433}"
dir="${MONITOR_PG_DIR:-/tmp/monitor-ci-postgres}"
db="monitor_test"

find_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

bindir="$(find_bindir || true)"
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "PostgreSQL binaries not found; installing the Debian package"
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup-postgres: need root to run apt-get install postgresql" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y postgresql
  bindir="$(find_bindir)"
fi

# initdb and postgres refuse to run as root: run them as the postgres user the package created.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port"; then
  echo "PostgreSQL already answers on 127.0.0.1:$port"
else
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir"; fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_pg "$bindir/initdb" -D "$dir/data" --auth=trust --username=postgres --encoding=UTF8 --no-locale >"$dir/initdb.log"
  fi
  as_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start
fi

if ! "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
  "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres "$db"
fi
echo "PostgreSQL ready: 127.0.0.1:$port database $db (data in $dir)"
