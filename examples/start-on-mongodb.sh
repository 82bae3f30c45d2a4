#!/usr/bin/env bash
# Example: run the server on MongoDB instead of the embedded store.
# With MONGODB_URI unset, it builds (once) and starts a local FerretDB on 127.0.0.1:27018 with a SQLite
# backend in a temporary folder, then starts the demo bank on it. Data survives server restarts.
# The full demo bank (2,000 customers, 500,000 transactions) is served after ~30 s on FerretDB; set
# DEMO_SCALE=0.2 for a fifth of it.
#
#   bash examples/start-on-mongodb.sh            # FerretDB, demo data, http://127.0.0.1:3000
#   MONGODB_URI=mongodb://host:27017 bash examples/start-on-mongodb.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${MONGODB_URI:-}" ]; then
  bash scripts/ferretdb.sh ensure
  data=$(mktemp -d)
  .tools/bin/ferretdb --handler=sqlite --sqlite-url="file:$data/" --state-dir="$data" \
    --listen-addr=127.0.0.1:27018 --debug-addr=- --telemetry=disable --log-level=error &
  ferret=$!
  trap 'kill $ferret 2>/dev/null; rm -rf "$data"' EXIT
  export MONGODB_URI=mongodb://127.0.0.1:27018/
  sleep 1
fi

# The same start command as the embedded default; MONGODB_URI selects the Mongo adapter.
./node_modules/.bin/tsx packages/http/src/main.ts --demo
