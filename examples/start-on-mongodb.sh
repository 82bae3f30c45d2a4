#!/usr/bin/env bash
# Example: run the server on MongoDB instead of the embedded store.
# With MONGODB_URI unset, it builds (once, a few minutes) and starts the local MongoDB-compatible test server
# (scripts/mongo-test-server.sh: DocumentDB) on 127.0.0.1:27018 with its data in a temporary folder, then starts
# the demo bank on it. The full demo bank (2,000 customers, 500,000 transactions); DEMO_SCALE=0.2 for a fifth.
#
#   bash examples/start-on-mongodb.sh            # local test server, demo data, http://127.0.0.1:3000
#   MONGODB_URI=mongodb://host:27017 bash examples/start-on-mongodb.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${MONGODB_URI:-}" ]; then
  data=$(mktemp -d)
  out="$data.out"
  bash scripts/mongo-test-server.sh run "${MONGO_PORT:-27018}" "$data" >"$out" &
  server=$!
  trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data" "$out"' EXIT
  until grep -q '^MONGODB_URI=' "$out"; do
    kill -0 $server 2>/dev/null || { echo "the MongoDB test server did not start" >&2; exit 1; }
    sleep 0.5
  done
  MONGODB_URI="$(sed -n 's/^MONGODB_URI=//p' "$out")"
  export MONGODB_URI
fi

# The same start command as the embedded default; MONGODB_URI selects the Mongo adapter.
./node_modules/.bin/tsx packages/http/src/main.ts --demo
