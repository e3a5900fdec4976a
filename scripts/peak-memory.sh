#!/usr/bin/env bash
# The peak memory of a command, both ways the reader's figures are given.
#
#     scripts/peak-memory.sh COMMAND [ARGS...]
#
# Runs COMMAND (its standard output to /dev/null) and prints its wall time,
# VmHWM (the peak resident set, mapped file pages included), VmHWM less the
# most RssFile seen (the memory owned at the peak, once a mapped input's
# pages are all in) and the highest RssAnon seen while sampling /proc ten
# times a second (a short spike between samples is missed). The file pages
# of a mapped input can be dropped by the system at any time.
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: peak-memory.sh COMMAND [ARGS...]" >&2; exit 2; }
start=$(date +%s.%N)
"$@" > /dev/null &
pid=$!
anon=0
hwm=0
file=0
field() { awk -v k="$1:" '$1 == k { print int($2 / 1024) }' "/proc/$pid/status" 2>/dev/null; }
while kill -0 "$pid" 2>/dev/null; do
    a=$(field RssAnon || true)
    h=$(field VmHWM || true)
    [ "${a:-0}" -gt "$anon" ] && anon=$a
    [ "${h:-0}" -gt "$hwm" ] && hwm=$h
    f=$(field RssFile || true)
    [ "${f:-0}" -gt "$file" ] && file=$f
    sleep 0.1
done
wait "$pid"
end=$(date +%s.%N)
printf '%.2f s  VmHWM %d MB  owned at the peak (VmHWM less RssFile) %d MB  peak RssAnon sampled %d MB  (%s)\n' \
    "$(echo "$end - $start" | bc)" "$hwm" "$((hwm - file))" "$anon" "$*"
