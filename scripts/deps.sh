#!/usr/bin/env bash
# deps.sh - install the Debian packages Liaison needs, only those missing.
# Installing mariadb-server or nginx would normally start the system's own
# services; a temporary policy-rc.d stops that, so only the project's
# private instances ever run.
set -euo pipefail
PKGS="make gcc pkg-config libc6-dev libfcgi-dev libfcgi-bin clearsilver-dev zlib1g-dev
libmariadb-dev mariadb-server mariadb-client nginx libssl-dev openssl libcmocka-dev
libcurl4-openssl-dev curl wrk chromium fonts-wqy-microhei clang libclang-rt-14-dev
libfuzzer-14-dev valgrind ca-certificates"
need=()
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || need+=("$p")
done
command -v node >/dev/null && command -v npm >/dev/null || need+=(nodejs npm)
[ ${#need[@]} -eq 0 ] && exit 0
[ "$(id -u)" = 0 ] || { echo "deps.sh: missing packages (${need[*]}); run as root" >&2; exit 1; }
echo "installing: ${need[*]}"
guard=
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
  chmod +x /usr/sbin/policy-rc.d
  guard=1
fi
trap '[ -n "$guard" ] && rm -f /usr/sbin/policy-rc.d' EXIT
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" > /tmp/liaison-apt.log 2>&1 \
  || { tail -20 /tmp/liaison-apt.log >&2; exit 1; }
