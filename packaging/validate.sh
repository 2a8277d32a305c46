#!/usr/bin/env bash
# Validate the Linux desktop entry and the AppStream metainfo; exits non-zero on any problem.
#
#   bash packaging/validate.sh
#
# Needs desktop-file-validate (Debian: desktop-file-utils) and appstreamcli (Debian: appstream);
# installs them with apt-get when they are missing and this runs as root.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v desktop-file-validate >/dev/null 2>&1 || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null 2>&1 || need+=(appstream)
if [[ ${#need[@]} -gt 0 ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "validate.sh: installing ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "validate.sh: missing ${need[*]}; install them (Debian/Ubuntu: apt-get install ${need[*]})" >&2
    exit 1
  fi
fi

desktop=packaging/linux/caregiver-app.desktop
metainfo=packaging/linux/caregiver-app.metainfo.xml

# desktop-file-validate prints hints but exits 0 for them; fail on any error or warning it prints.
out=$(desktop-file-validate "$desktop" 2>&1) || { echo "$out" >&2; exit 1; }
if grep -Eq "error|warning" <<<"$out"; then
  echo "$out" >&2
  exit 1
fi
[[ -n "$out" ]] && echo "$out"
echo "validate.sh: $desktop is valid"

# appstreamcli fails on errors and warnings; infos and pedantic hints pass. --no-net: CI is offline.
appstreamcli validate --no-net "$metainfo"
echo "validate.sh: $metainfo is valid"
