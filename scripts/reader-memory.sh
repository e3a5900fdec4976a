#!/usr/bin/env bash
# The reader's memory while it opens a file and finds its people and places.
#
#     scripts/reader-memory.sh FILE [BINARY]
#
# Starts BINARY (target/release/folio by default) on FILE in a detached tmux
# session of 120x40 and prints, every second, VmHWM (the peak resident set),
# VmRSS, RssAnon (memory the process owns) and RssFile (mapped file pages)
# from /proc, with the status bar's start, and at the end the highest
# RssAnon seen (sampled ten times a second) and VmHWM less the most RssFile
# seen, the memory owned at the peak once the file's pages are all in, until the status bar has said
# nothing of reading, wrapping or finding people and places for three
# samples in a row; then quits the reader. The config and state directories
# are temporary, so no saved position moves the view.
set -euo pipefail

file=${1:?usage: reader-memory.sh FILE [BINARY]}
bin=${2:-target/release/folio}
session=folio-memory-$$
home=$(mktemp -d)
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$home"' EXIT

tmux new-session -d -s "$session" -x 120 -y 40 \
    "env FOLIO_CONFIG_DIR=$home/config FOLIO_STATE_DIR=$home/state $bin $file"
sleep 0.3
pid=$(tmux list-panes -t "$session" -F '#{pane_pid}')
start=$(date +%s.%N)
quiet=0
anon=0
file=0
field() { awk -v k="$1:" '$1 == k { print int($2 / 1024) }' "/proc/$pid/status"; }
while [ -r "/proc/$pid/status" ]; do
    bar=$(tmux capture-pane -p -t "$session" | tail -1)
    now=$(date +%s.%N)
    printf '%6.1f s  VmHWM %5d MB  VmRSS %5d MB  RssAnon %5d MB  RssFile %4d MB  | %s\n' \
        "$(echo "$now - $start" | bc)" "$(field VmHWM)" "$(field VmRSS)" \
        "$(field RssAnon)" "$(field RssFile)" "$(echo "$bar" | cut -c1-50)"
    if echo "$bar" | grep -qE 'extracting|linking|finding|reading|≈|…'; then
        quiet=0
    else
        quiet=$((quiet + 1))
    fi
    [ "$quiet" -ge 3 ] && break
    # RssAnon has no peak of its own in /proc: sampled ten times a second.
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        a=$(field RssAnon 2>/dev/null || echo 0)
        [ "${a:-0}" -gt "$anon" ] && anon=$a
        f=$(field RssFile 2>/dev/null || echo 0)
        [ "${f:-0}" -gt "$file" ] && file=$f
        sleep 0.1
    done
done
echo "peak of the RssAnon samples: $anon MB (a spike between samples is missed)"
echo "owned at the peak, VmHWM less the most RssFile seen: $(( $(field VmHWM) - file )) MB"
tmux send-keys -t "$session" q
sleep 0.5
