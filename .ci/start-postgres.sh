#!/usr/bin/env bash
# Starts a PostgreSQL cluster for the store tests (Debian's server: installed when missing) in a temporary folder on
# a local port, and prints its connection URL. CI runs as root: the cluster runs as the postgres user.
# Usage: url=$(.ci/start-postgres.sh <folder> <port>); stop with pg_ctl -D <folder>/data stop (see .ci/run).
set -euo pipefail
dir=$1
port=$2
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
mkdir -p "$dir"
if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
as_postgres "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C --no-sync >&2
as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >&2
echo "postgres://postgres@127.0.0.1:$port/postgres"
