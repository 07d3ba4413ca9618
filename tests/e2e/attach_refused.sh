#!/bin/bash
# SPDX-License-Identifier: MIT
# -p of a kernel thread (kthreadd, pid 2) and -p of sctrace's own pid are refused at once
# as strace refuses them (Operation not permitted), one line and exit status 1; they
# used to attach and wait forever. With another -p beside it, the refusal still ends the run.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

grep -q '^Kthread:[[:space:]]*1' /proc/2/status 2>/dev/null || skip "pid 2 is no kernel thread here"
got=$(timeout 20 "$TRACER" -p 2 -o /dev/null 2>&1; echo "rc=$?")
[ "$got" = "$TRACER: cannot attach to process 2: Operation not permitted (a kernel thread)
rc=1" ] || fail "-p 2: $got"
got=$(timeout 20 bash -c 'exec "$1" -p $$ -o /dev/null' sh "$TRACER" 2>&1; echo "rc=$?")
[[ $got =~ ^.*sctrace:\ cannot\ attach\ to\ process\ [0-9]+:\ Operation\ not\ permitted\ \(sctrace\ itself\)$'\n'rc=1$ ]] ||
	fail "-p of itself: $got"
sleep 30 &
E2E_PIDS+=($!)
got=$(timeout 20 "$TRACER" -p $! -p 2 -o /dev/null 2>&1; echo "rc=$?")
[ "$got" = "$TRACER: cannot attach to process 2: Operation not permitted (a kernel thread)
rc=1" ] || fail "-p $! -p 2: $got"
exit 0
