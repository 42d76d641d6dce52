#!/usr/bin/env bash
# deps.sh - install the Debian packages Liaison needs, only those missing.
# Installing mariadb-server or nginx would normally start the system's own
# services; a temporary policy-rc.d stops that, so only the project's
# private instances ever run.
set -euo pipefail

# The package manager's locks: on a fresh machine the first boot's own
# upgrades (unattended-upgrades, cloud-init) hold them for minutes.
LOCKS=${DEPS_LOCKS:-"/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock /var/cache/apt/archives/lock"}
WAIT_MAX=${DEPS_WAIT_MAX:-1800}
POLL=${DEPS_POLL:-5}

lock_held() {
  local held
  held=$(lslocks -n -o PATH 2>/dev/null) || return 1
  for l in $LOCKS; do grep -qxF "$l" <<< "$held" && { echo "$l"; return 0; }; done
  return 1
}

# Wait, saying so every 30 s, until nobody holds them (or give up).
wait_for_locks() {
  local waited=0 l
  while l=$(lock_held); do
    if [ $((waited % (6 * POLL))) = 0 ]; then
      echo "deps.sh: another package manager holds $l (a first boot's upgrades?); waiting (${waited}s of ${WAIT_MAX}s)"
    fi
    [ "$waited" -ge "$WAIT_MAX" ] && { echo "deps.sh: still locked after ${waited}s; try again later" >&2; exit 1; }
    sleep "$POLL"
    waited=$((waited + POLL))
  done
}

[ "${1:-}" = wait-locks ] && { wait_for_locks; exit 0; }

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
wait_for_locks
# and apt itself waits too, should someone take a lock in between
apt-get -o DPkg::Lock::Timeout=600 update -qq
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${need[@]}" \
  > /tmp/liaison-apt.log 2>&1 \
  || { tail -20 /tmp/liaison-apt.log >&2; exit 1; }
