#!/usr/bin/env bash
# Start a throwaway PostgreSQL for the tests that run on it; print its URL on stdout.
# Best effort: when PostgreSQL cannot be had here, print nothing (those tests then skip).
#
# The superuser connects without a password (trust, for the URL printed here); every other login
# must give its password, checked with SCRAM-SHA-256 — as an office database's people sign in, so
# the office tests prove password logins for real. DD_PG_PORT overrides the port (default 55439),
# DD_PG_STOP where the stop command is written (default /tmp/dd-pg-stop.sh).
set -u
command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ] || exit 0
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null 2>&1 || exit 0
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
data=$(mktemp -d /tmp/dd-pg.XXXXXX)
chown postgres "$data" || exit 0
port=${DD_PG_PORT:-55439}
su postgres -c "$bin/initdb -D $data -A trust -U postgres" >/dev/null 2>&1 || exit 0
cat > "$data/pg_hba.conf" <<HBA
# TYPE  DATABASE  USER      ADDRESS        METHOD
local   all       all                      trust
host    all       postgres  127.0.0.1/32   trust
host    all       postgres  ::1/128        trust
host    all       all       127.0.0.1/32   scram-sha-256
host    all       all       ::1/128        scram-sha-256
HBA
chown postgres "$data/pg_hba.conf"
su postgres -c "$bin/pg_ctl -D $data -o '-p $port -k /tmp -c listen_addresses=127.0.0.1 -c password_encryption=scram-sha-256' -l $data/log -w start" >/dev/null 2>&1 || exit 0
su postgres -c "psql -h 127.0.0.1 -p $port -qc 'CREATE DATABASE dealerdesk_test'" >/dev/null 2>&1 || exit 0
echo "postgresql+psycopg://postgres@127.0.0.1:$port/dealerdesk_test"
echo "su postgres -c \"$bin/pg_ctl -D $data -m fast stop\"" > "${DD_PG_STOP:-/tmp/dd-pg-stop.sh}"
