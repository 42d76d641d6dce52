#!/usr/bin/env bash
# layers.sh - the include check: every #include "area/file.h" in app/ must
# point one way, down the layers below, and the layers themselves must form
# no cycle (tsort proves it).  Prints each wrong include; exits 1 on any.
#
#   web -> site, admin, attendance -> flows -> pages -> engine, mailer, view
#   -> audit, http -> auth -> db -> core (the table below says it exactly)
# (the processes' own folders sched and tools sit beside web; app/*.c, the
# master and the worker, may include anything)
set -uo pipefail
cd "$(dirname "$0")/.."

declare -A may=(
  [core]=""
  [db]="core"
  [auth]="core db"
  [audit]="core db auth"
  [http]="core"
  [view]="core db auth http"
  [engine]="core db auth audit"
  [mailer]="core db auth http view"
  [pages]="core db auth audit http view engine"
  [flows]="core db auth audit http view engine pages"
  [attendance]="core db auth audit http view engine pages flows"
  [site]="core db auth audit http view engine pages flows"
  [admin]="core db auth audit http view engine pages flows mailer"
  [web]="core db auth audit http view engine pages flows attendance site admin"
  [sched]="core db auth audit engine flows"
  [tools]="core db auth audit engine flows"
)

bad=0
pairs=$(mktemp)
trap 'rm -f "$pairs"' EXIT
for area in "${!may[@]}"; do
  for dep in ${may[$area]}; do echo "$dep $area"; done
done > "$pairs"
if ! tsort "$pairs" > /dev/null 2>&1; then
  echo "layers.sh: the allowed dependencies form a cycle:"; tsort "$pairs" 2>&1 >/dev/null | head
  bad=1
fi

while IFS=: read -r file _ inc; do
  area=${file#app/}; area=${area%%/*}
  [ "$area" = "${file#app/}" ] && continue          # app/*.c: the top
  dep=${inc#*\"}; dep=${dep%%/*}
  [ "$dep" = "$area" ] && continue
  if [ -z "${may[$area]+x}" ]; then
    echo "$file: the folder app/$area/ has no place in the layers"; bad=1; continue
  fi
  case " ${may[$area]} " in
    *" $dep "*) ;;
    *) echo "$file: includes $dep/ (${inc#*\"}), which app/$area/ may not"; bad=1 ;;
  esac
done < <(grep -rn --include='*.c' --include='*.h' '^#include "[a-z_]*/' app | sed 's/"$//')

[ $bad = 0 ] && echo "layers: every include points down, no cycle"
exit $bad
