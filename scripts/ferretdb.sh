#!/usr/bin/env bash
# FerretDB v1 (a MongoDB-wire server over SQLite) for the packages/mongo tests, built from the pinned Go module
# in tools/ferretdb into .tools/bin/ferretdb (git-ignored).
#
#   scripts/ferretdb.sh ensure   build the binary unless a working one of the pinned version is there (idempotent)
#   scripts/ferretdb.sh path     print the binary's path
#   scripts/ferretdb.sh run [PORT] [DIR]
#                                run it in the foreground (default 127.0.0.1:27017, data in .tools/ferretdb-data)
#
# Why not a plain `go build` of the pinned module: FerretDB embeds build/version/version.txt, which its module zip
# does not contain, and when the main package's module is FerretDB itself (as Go records it for this build)
# the binary panics at start-up without it. Files in the module cache are read-only and -overlay refuses them,
# so we copy the module source once, add version.txt, and build through a temporary modfile that replaces the
# module with that copy: every dependency stays pinned by tools/ferretdb/go.sum.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODULE_DIR="$ROOT/tools/ferretdb"
BIN="$ROOT/.tools/bin/ferretdb"
MODULE=github.com/FerretDB/FerretDB
VERSION="$(awk -v m="$MODULE" '$1 == m { print $2 }' "$MODULE_DIR/go.mod")"

say() { echo "ferretdb.sh: $*" >&2; }

# The output is captured before grep reads it: with pipefail, `grep -q` closing the pipe early would make the
# binary die of SIGPIPE and the check fail at random.
reports_version() {
  local out
  out="$("$1" --version 2>/dev/null)" && grep -qx "version: $VERSION" <<<"$out"
}

working_binary() {
  [ -x "$BIN" ] && reports_version "$BIN"
}

build() {
  command -v go >/dev/null || { say "Go is required to build FerretDB (or set MONGODB_URI to an existing server)"; exit 1; }
  [ -n "$VERSION" ] || { say "no $MODULE requirement in $MODULE_DIR/go.mod"; exit 1; }
  mkdir -p "$ROOT/.tools/bin" "$ROOT/.tools/build"
  # A private work dir per build, and an atomic rename at the end, so two concurrent test runs cannot clash.
  work="$(mktemp -d "$ROOT/.tools/build/ferretdb.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  say "fetching the source of $MODULE $VERSION (go mod download, checked against tools/ferretdb/go.sum)"
  local src
  src="$(cd "$MODULE_DIR" && go mod download -json "$MODULE@$VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')"
  [ -d "$src" ] || { say "go mod download gave no source directory for $MODULE@$VERSION"; exit 1; }
  cp -R "$src" "$work/src"
  chmod -R u+w "$work/src"
  echo "$VERSION" >"$work/src/build/version/version.txt"
  cp "$MODULE_DIR/go.mod" "$work/build.mod"
  cp "$MODULE_DIR/go.sum" "$work/build.sum"
  echo "replace $MODULE => $work/src" >>"$work/build.mod"
  say "building $MODULE/cmd/ferretdb $VERSION into ${BIN#"$ROOT"/}"
  (cd "$MODULE_DIR" && go build -buildvcs=false -modfile="$work/build.mod" -o "$work/ferretdb" "$MODULE/cmd/ferretdb")
  reports_version "$work/ferretdb" || { say "the built binary does not report $VERSION"; exit 1; }
  mv -f "$work/ferretdb" "$BIN"
  # Removed here too, not only by the EXIT trap: `run` replaces this shell with FerretDB, and exec skips traps.
  rm -rf "$work"
  trap - EXIT
}

ensure() {
  if working_binary; then
    say "${BIN#"$ROOT"/} is FerretDB $VERSION: nothing to do"
  elif [ -e "$BIN" ]; then
    say "${BIN#"$ROOT"/} is not a working FerretDB $VERSION build: rebuilding"
    build
  else
    build
  fi
}

case "${1:-}" in
  ensure) ensure ;;
  path) echo "$BIN" ;;
  run)
    ensure
    port="${2:-27017}"
    dir="${3:-$ROOT/.tools/ferretdb-data}"
    mkdir -p "$dir"
    say "listening on 127.0.0.1:$port, data in $dir"
    exec "$BIN" --handler=sqlite --sqlite-url="file:$dir/" --state-dir="$dir" \
      --listen-addr="127.0.0.1:$port" --debug-addr=- --telemetry=disable
    ;;
  *)
    echo "usage: $0 ensure | path | run [PORT] [DIR]" >&2
    exit 2
    ;;
esac
