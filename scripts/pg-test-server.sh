#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on loopback for the link-store tests and prints its URL.
#   scripts/pg-test-server.sh start [dir] [port]   -> prints postgres://hirescreen@127.0.0.1:<port>/hirescreen
#   scripts/pg-test-server.sh stop  [dir]
# Needs the Debian `postgresql` package (initdb, pg_ctl). Run as root, the cluster runs as `postgres`;
# as another user, it runs as that user.
set -euo pipefail
action="${1:-start}"
dir="${2:-${TMPDIR:-/tmp}/hirescreen-pg}"
port="${3:-54329}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bin/initdb" ] || { echo "pg-test-server: no PostgreSQL binaries under /usr/lib/postgresql" >&2; exit 1; }
as() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ "$action" = stop ]; then
  [ -d "$dir/data" ] && as "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  exit 0
fi

if ! as "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  [ -d "$dir/data" ] || as "$bin/initdb" -D "$dir/data" -U hirescreen --auth=trust -E UTF8 >/dev/null
  # Loopback only, the socket in the cluster's own directory, fsync off: a test server holds nothing of value.
  as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=50" start >/dev/null
  as "$bin/createdb" -h 127.0.0.1 -p "$port" -U hirescreen hirescreen 2>/dev/null || true
fi
echo "postgres://hirescreen@127.0.0.1:$port/hirescreen"
