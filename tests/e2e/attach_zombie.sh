#!/bin/bash
# SPDX-License-Identifier: MIT
# -p PID of a process that has already exited (a zombie its parent has not reaped, or one that
# exits while sctrace attaches) ends the trace at once instead of waiting for an exit the
# kernel side will never see (this hung the log test's "roundtrip -y" on loaded hosts).
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

command -v python3 >/dev/null || skip "no python3 [needs python3]"
TRACER=$TRACER python3 - <<'PY' || fail "$(cat "$T/out" 2>/dev/null)"
import os, subprocess, sys, time
child = os.fork()
if child == 0:
    os._exit(0)
time.sleep(0.3)  # a zombie now: exited, not reaped
start = time.time()
try:
    r = subprocess.run([os.environ["TRACER"], "-p", str(child), "-o", "/dev/null"],
                       capture_output=True, text=True, timeout=20)
except subprocess.TimeoutExpired:
    print("sctrace -p ZOMBIE still running after 20 s")
    sys.exit(1)
os.waitpid(child, 0)
if r.returncode != 0:
    print("exit status %d: %s" % (r.returncode, r.stderr.strip()))
    sys.exit(1)
print("ended in %.1f s" % (time.time() - start))
PY
exit 0
