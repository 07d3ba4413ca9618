#!/bin/bash
# SPDX-License-Identifier: MIT
# --buffer-size 2G is capped: the rings (mapped twice) and lanes of all CPUs within a
# quarter of the RAM, 2G at most, with one warning that says what it uses; the trace
# still works and sctrace's peak RSS stays under the cap (it used to map 4 x 2 GiB on
# 2 CPUs: 8.9 GB of RSS). The exact sizes are tests/unit/test_ring_size.c's.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

out=$(python3 - "$TRACER" "$T/trace" "$T/err" <<'PY'
import resource, subprocess, sys
with open(sys.argv[3], 'wb') as err:
    rc = subprocess.call([sys.argv[1], '--buffer-size', '2G', '-o', sys.argv[2], 'true'], stderr=err)
print(rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
PY
)
[ "${out% *}" = 0 ] || fail "exit status ${out% *}: $(cat "$T/err")"
[ "$(wc -l <"$T/err")" = 1 ] && grep -qE '^[^ ]*sctrace: --buffer-size 2G on [0-9]+ CPUs would map [0-9]+[MG] \(a ring buffer, twice, and a lane per CPU\); using [0-9]+[KMG] \([0-9]+[KMG] in all: the cap is a quarter of the RAM, 2G at most\)$' "$T/err" ||
	fail "warning: $(cat "$T/err")"
[ "${out#* }" -lt 2200 ] || fail "peak RSS ${out#* } MB"
grep -q '^+++ exited with 0 +++$' "$T/trace" || fail "trace: $(tail -2 "$T/trace")"
exit 0
