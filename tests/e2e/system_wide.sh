#!/bin/bash
# SPDX-License-Identifier: MIT
# --system-wide: programs sctrace did not start and is not told about are traced. Once
# sctrace's BPF links exist, 20 marker processes each open a path of their own; after
# SIGINT (exit status 130, as strace) the trace holds, from the fifth on, each marker's
# openat exactly once, prefixed by that marker's pid, with its ENOENT; no line is
# sctrace's own.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

"$TRACER" --system-wide -e trace=openat -o "$T/log" 2>"$T/err" &
S=$!
E2E_PIDS+=("$S")
for _ in $(seq 200); do
	ls -l "/proc/$S/fd" 2>/dev/null | grep -q bpf_link && break
	sleep 0.05
done
ls -l "/proc/$S/fd" 2>/dev/null | grep -q bpf_link || fail "no BPF link after 10 s: $(cat "$T/err")"
sleep 0.2
for i in $(seq 20); do
	sh -c 'echo $$; exec cat "$1" 2>/dev/null' sh "/nonexistent/sctrace-system-wide-$$-$i" >>"$T/pids"
	sleep 0.05
done
kill -INT "$S"
wait_exit "$S" 20 || fail "tracer still running 20 s after SIGINT"
((status == 130)) || fail "exit status $status after SIGINT, not 130: $(cat "$T/err")"
i=0
while read -r pid; do
	i=$((i + 1))
	((i < 5)) && continue
	# (strace's "%-5d " pid prefix)
	line=$(printf '%-5s openat(AT_FDCWD, "/nonexistent/sctrace-system-wide-%s-%s", O_RDONLY) = -1 ENOENT (No such file or directory)' "$pid" $$ "$i")
	n=$(grep -cxF -- "$line" "$T/log")
	((n == 1)) || fail "marker $i (pid $pid): $n lines '$line'; its lines: $(grep -- "-$$-$i\"" "$T/log")"
done <"$T/pids"
((i == 20)) || fail "$i markers ran"
! grep -q "^$S " "$T/log" || fail "sctrace traced itself: $(grep -m2 "^$S " "$T/log")"
exit 0
