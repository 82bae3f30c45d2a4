#!/usr/bin/env bash
# A local MongoDB-compatible server for the tests, the examples and anyone who wants one: Microsoft DocumentDB
# (PostgreSQL 15 extensions + its Rust MongoDB-wire gateway; answers as MongoDB 7.0, real indexes, transactions),
# built from the vendored sources in $DOCUMENTDB_VENDOR_DIR.
#
#   scripts/mongo-test-server.sh ensure          build and install it unless this build is there (idempotent)
#   scripts/mongo-test-server.sh run PORT DIR    run it in the foreground on 127.0.0.1:PORT with its data in DIR;
#                                                prints one line `MONGODB_URI=…` once it accepts connections and
#                                                stops cleanly on SIGTERM or SIGINT (DIR may be reused: data kept)
#
# Env: DOCUMENTDB_VENDOR_DIR  the vendored sources and build script (default: ../shared/vendor/documentdb beside
#                             the repository root)
# The build (about 4 minutes: PostgreSQL 15 from Debian with apt-get, the gateway with cargo from crates.io) needs
# root and Debian 12; it installs the extensions into Debian's PostgreSQL 15 and keeps its own build folder, the
# gateway and a stamp in .tools/documentdb (git-ignored). With a real MongoDB, set MONGODB_URI instead.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENDOR="${DOCUMENTDB_VENDOR_DIR:-$ROOT/../shared/vendor/documentdb}"
TOOLS="$ROOT/.tools/documentdb"
GATEWAY="$TOOLS/gw/documentdb_gateway"
STAMP="$TOOLS/built"
PG_BIN=/usr/lib/postgresql/15/bin
PG_LIB=/usr/lib/postgresql/15/lib

say() { echo "mongo-test-server: $*" >&2; }
die() { say "$*"; exit 1; }

# What the build was made from: a new vendor snapshot or build script means a rebuild.
fingerprint() { (cd "$VENDOR" && sha256sum build.sh ./*.tar.gz) | sha256sum | cut -d' ' -f1; }

built() {
  [ -x "$GATEWAY" ] && [ -f "$PG_LIB/pg_documentdb.so" ] && [ -f "$PG_LIB/pg_cron.so" ] && [ -x "$PG_BIN/postgres" ] &&
    id postgres >/dev/null 2>&1 && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$(fingerprint)" ]
}

ensure() {
  [ -f "$VENDOR/build.sh" ] ||
    die "DocumentDB sources not found in $VENDOR (set DOCUMENTDB_VENDOR_DIR, or MONGODB_URI to use an existing MongoDB)"
  mkdir -p "$TOOLS"
  # One build at a time (the two test projects start their servers at once).
  exec 9>"$TOOLS/.lock"
  flock 9
  if built; then
    exec 9>&-
    return 0
  fi
  [ "$(id -u)" = 0 ] ||
    die "building DocumentDB needs root (apt-get, make install into PostgreSQL 15); or set MONGODB_URI to an existing MongoDB"
  command -v apt-get >/dev/null || die "building DocumentDB needs Debian 12 (apt-get); or set MONGODB_URI"
  [ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
  command -v cargo >/dev/null || die "building DocumentDB's gateway needs cargo (rustup.rs); or set MONGODB_URI"
  say "building DocumentDB from $VENDOR (about 4 minutes; log in .tools/documentdb/build.log)"
  if ! DOCDB_DIR="$TOOLS" KEEP_CARGO_TARGET=1 bash "$VENDOR/build.sh" >"$TOOLS/build.log" 2>&1; then
    tail -30 "$TOOLS/build.log" >&2
    die "the DocumentDB build failed (full log: .tools/documentdb/build.log)"
  fi
  fingerprint >"$STAMP"
  exec 9>&-
  say "DocumentDB built"
}

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})'; }

accepts() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

run() {
  local port=$1 dir=$2
  [[ "$port" =~ ^[0-9]+$ ]] || die "PORT must be a number, got '$port'"
  ensure
  accepts "$port" && die "port $port is already in use"
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  # PostgreSQL runs as postgres: it must reach DIR (a private temporary folder by default).
  chown postgres:postgres "$dir"
  chmod 700 "$dir"
  local pgdata="$dir/pgdata" sock="$dir/run" gw="$dir/gw" log="$dir/log"
  install -d -o postgres -g postgres "$sock" "$log"
  mkdir -p "$gw"
  local as_pg=(runuser -u postgres --)
  local fresh=0
  if [ ! -f "$pgdata/PG_VERSION" ]; then
    fresh=1
    install -d -o postgres -g postgres -m 700 "$pgdata"
    "${as_pg[@]}" "$PG_BIN/initdb" -D "$pgdata" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >"$log/initdb.log" 2>&1 || die "initdb failed: $log/initdb.log"
    cat >>"$pgdata/postgresql.conf" <<EOF

# ---- DocumentDB test server (scripts/mongo-test-server.sh) ----
listen_addresses = '127.0.0.1'
unix_socket_directories = '$sock'
shared_preload_libraries = 'pg_cron, pg_documentdb_core, pg_documentdb'
cron.database_name = 'postgres'
documentdb.enableBackgroundWorker = 'true'
documentdb.enableBackgroundWorkerJobs = 'true'
documentdb.indexBuildScheduleInSec = 1
ssl = off
max_connections = 100
shared_buffers = 128MB
fsync = off
EOF
    # The gateway opens its PostgreSQL sessions as the authenticated user without a password (as upstream's own
    # development set-up): loopback TCP is trusted, and PostgreSQL listens on 127.0.0.1 only.
    sed -i 's/^host\( *\)all\( *\)all\( *\)127\.0\.0\.1\/32\( *\)scram-sha-256/host\1all\2all\3127.0.0.1\/32\4trust/' \
      "$pgdata/pg_hba.conf"
    # A password of this data folder only, never one written in the repository.
    (umask 077 && openssl rand -hex 16 >"$dir/password")
  fi
  local user=wm_test pass
  pass="$(cat "$dir/password")"
  local pg_port
  pg_port="$(free_port)"
  local pg_ctl=("${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$pgdata" -l "$log/postgres.log" -w -t 60)
  "${pg_ctl[@]}" -o "-p $pg_port" start >/dev/null || die "PostgreSQL did not start: $log/postgres.log"
  local gw_pid=""
  stop() {
    trap - TERM INT EXIT
    if [ -n "$gw_pid" ] && kill -0 "$gw_pid" 2>/dev/null; then
      kill "$gw_pid" 2>/dev/null || true
      for _ in $(seq 1 25); do kill -0 "$gw_pid" 2>/dev/null || break; sleep 0.2; done
      kill -9 "$gw_pid" 2>/dev/null || true
      wait "$gw_pid" 2>/dev/null || true
    fi
    "${pg_ctl[@]}" -m fast stop >/dev/null 2>&1 || true
  }
  trap 'stop; exit 0' TERM INT
  trap stop EXIT
  local psql=("${as_pg[@]}" "$PG_BIN/psql" -h "$sock" -p "$pg_port" -d postgres -X -q -v ON_ERROR_STOP=1)
  if [ "$fresh" = 1 ]; then
    {
      "${psql[@]}" -c 'CREATE EXTENSION IF NOT EXISTS documentdb CASCADE;'
      "${psql[@]}" <<EOF
CREATE ROLE "$user" WITH LOGIN INHERIT PASSWORD '$pass' IN ROLE documentdb_admin_role;
ALTER ROLE "$user" CREATEROLE;
GRANT "$user" TO postgres WITH ADMIN OPTION;
SELECT cron.alter_job(jobid, schedule := '1 seconds') FROM cron.job WHERE jobname LIKE 'documentdb_index_build_task_%';
EOF
    } >"$log/setup.log" 2>&1 || die "setting up DocumentDB failed: $log/setup.log"
  fi
  [ -s "$gw/cert.pem" ] || openssl req -x509 -newkey rsa:2048 -nodes -keyout "$gw/key.pem" -out "$gw/cert.pem" \
    -days 3650 -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" 2>/dev/null
  cat >"$gw/SetupConfiguration.json" <<EOF
{
  "NodeHostName": "localhost",
  "BlockedRolePrefixes": ["documentdb", "citus", "pg", "internal_role"],
  "UseLocalHost": true,
  "GatewayListenPort": $port,
  "PostgresHostName": "127.0.0.1",
  "PostgresPort": $pg_port,
  "PostgresDatabase": "postgres",
  "PostgresSystemUser": "postgres",
  "TransactionTimeoutSecs": 30,
  "CursorTimeoutSecs": 600,
  "PostgresCommandTimeoutSecs": 300,
  "EnforceSslTcp": false,
  "CertificateOptions": { "CertType": "PemFile", "FilePath": "$gw/cert.pem", "KeyFilePath": "$gw/key.pem" }
}
EOF
  (cd "$gw" && exec "$GATEWAY" "$gw/SetupConfiguration.json") >"$log/gateway.log" 2>&1 &
  gw_pid=$!
  for _ in $(seq 1 150); do
    accepts "$port" && break
    kill -0 "$gw_pid" 2>/dev/null || { tail -20 "$log/gateway.log" >&2; die "the gateway exited"; }
    sleep 0.2
  done
  accepts "$port" || die "the gateway did not open port $port in 30 s: $log/gateway.log"
  echo "MONGODB_URI=mongodb://$user:$pass@127.0.0.1:$port/?authMechanism=SCRAM-SHA-256"
  # `wait` returns early when a trapped signal arrives; the trap stops everything.
  wait "$gw_pid" || true
  say "the gateway exited: $log/gateway.log"
  exit 1
}

case "${1:-}" in
  ensure) ensure ;;
  run)
    [ $# -eq 3 ] || die "usage: $0 run PORT DIR"
    run "$2" "$3"
    ;;
  *)
    echo "usage: $0 ensure | run PORT DIR" >&2
    exit 2
    ;;
esac
