#!/usr/bin/env bash
# Installs PostgreSQL from Debian's packages when missing, starts it on loopback, and creates a role and a database
# for the store tests. Prints the address to give CORROBORATE_TEST_POSTGRES (or --db).
# Usage: scripts/start-postgres.sh            (needs root or sudo for apt-get and pg_ctlcluster)
set -euo pipefail

# Everything but the final address goes to stderr, so that callers can capture stdout as the address.
exec 3>&1 1>&2

as_root() {
  if [[ "$(id -u)" == 0 ]]; then "$@"; else sudo "$@"; fi
}

user=corroborate
password=corroborate
database=corroborate

if ! command -v pg_lsclusters >/dev/null 2>&1 || [[ -z "$(pg_lsclusters -h 2>/dev/null)" ]]; then
  echo "start-postgres: installing PostgreSQL from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq postgresql >/dev/null
fi

read -r version cluster port status _ < <(pg_lsclusters -h | head -1)
if [[ "$status" != online* ]]; then
  # Debian's package does not start the server by itself where there is no init system. The server outlives this
  # script, so it must not inherit any of its descriptors: with fd 3 (the caller's pipe) open in the server, a caller
  # reading our address through a pipe or $(...) would wait for as long as the server runs.
  start_log="$(mktemp)"
  as_root pg_ctlcluster "$version" "$cluster" start </dev/null >"$start_log" 2>&1 3>&- \
    || { cat "$start_log" >&2; exit 1; }
  cat "$start_log" >&2
  rm -f "$start_log"
fi

as_root su postgres -c "psql -q -p $port -tc \"SELECT 1 FROM pg_roles WHERE rolname = '$user'\"" | grep -q 1 \
  || as_root su postgres -c "psql -q -p $port -c \"CREATE ROLE $user LOGIN CREATEDB PASSWORD '$password'\""
as_root su postgres -c "psql -q -p $port -tc \"SELECT 1 FROM pg_database WHERE datname = '$database'\"" | grep -q 1 \
  || as_root su postgres -c "createdb -p $port -O $user $database"

echo "postgresql://$user:$password@127.0.0.1:$port/$database" >&3
