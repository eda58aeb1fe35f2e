#!/usr/bin/env bash
# Start a throwaway PostgreSQL for the tests that run on it; print its URL on stdout.
# Best effort: when PostgreSQL cannot be had here, print nothing (those tests then skip).
set -u
command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ] || exit 0
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null 2>&1 || exit 0
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
data=$(mktemp -d /tmp/dd-pg.XXXXXX)
chown postgres "$data" || exit 0
port=55439
su postgres -c "$bin/initdb -D $data -A trust -U postgres" >/dev/null 2>&1 || exit 0
su postgres -c "$bin/pg_ctl -D $data -o '-p $port -k /tmp -c listen_addresses=127.0.0.1' -l $data/log -w start" >/dev/null 2>&1 || exit 0
su postgres -c "psql -h 127.0.0.1 -p $port -qc 'CREATE DATABASE dealerdesk_test'" >/dev/null 2>&1 || exit 0
echo "postgresql+psycopg://postgres@127.0.0.1:$port/dealerdesk_test"
echo "su postgres -c \"$bin/pg_ctl -D $data -m fast stop\"" > /tmp/dd-pg-stop.sh
