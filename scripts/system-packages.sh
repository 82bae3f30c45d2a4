#!/usr/bin/env bash
# What the tests need beyond Node: Debian's chromium (the web app's end-to-end tests, driven by playwright-core) and a
# CJK font so its screenshots show Chinese text; and schemathesis, the property-based API fuzzer, from PyPI in a
# virtual environment under .tools/ (git-ignored), pinned. Installs only what is missing; apt-get needs root or sudo.
#
#   scripts/system-packages.sh ensure
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCHEMATHESIS_VERSION=4.32.5
venv="$root/.tools/schemathesis"

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
updated=""
apt_install() {
  command -v apt-get >/dev/null || { echo "system-packages.sh: apt-get not found; install $* by hand" >&2; exit 1; }
  echo "system-packages.sh: installing $*" >&2
  [ -n "$updated" ] || { $sudo apt-get update -qq; updated=1; }
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

wanted=(chromium fonts-wqy-zenhei)
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"

# schemathesis needs Python ≥ 3.11 (Debian 12's python3) with venv and pip.
if ! "$venv/bin/schemathesis" --version 2>/dev/null | grep -qF "$SCHEMATHESIS_VERSION"; then
  command -v python3 >/dev/null || apt_install python3
  python3 -c 'import ensurepip, venv' 2>/dev/null || apt_install python3-venv
  rm -rf "$venv"
  python3 -m venv "$venv"
  echo "system-packages.sh: installing schemathesis $SCHEMATHESIS_VERSION" >&2
  # Its dependencies pinned too, so a new release of one of them cannot change the run.
  "$venv/bin/pip" install --quiet --disable-pip-version-check -c "$root/scripts/schemathesis-requirements.txt" \
    "schemathesis==$SCHEMATHESIS_VERSION"
fi
