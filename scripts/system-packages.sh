#!/usr/bin/env bash
# Debian packages the tests need beyond Node: chromium (the web app's end-to-end tests, driven by playwright-core)
# and a CJK font so its screenshots show Chinese text. Installs only what is missing; needs root or sudo.
#
#   scripts/system-packages.sh ensure
set -euo pipefail

wanted=(chromium fonts-wqy-zenhei)
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
command -v apt-get >/dev/null || { echo "system-packages.sh: apt-get not found; install ${missing[*]} by hand" >&2; exit 1; }
echo "system-packages.sh: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
