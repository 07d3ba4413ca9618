#!/bin/bash
# SPDX-License-Identifier: MIT
# -yy -p PID: sockets the process had before it was traced print with their protocol and
# endpoints, as strace's do: a listening and two connected TCP sockets, a bound UNIX one.
. "$E2E_DIR/helpers/lib.sh"
command -v python3 >/dev/null || skip "python3 not found [needs python3]"
cat >"$T/srv.py" <<'PY'
import socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(1)
c = socket.socket(); c.connect(s.getsockname()); a, _ = s.accept()
u = socket.socket(socket.AF_UNIX); u.bind("\0sctrace-e2e-" + sys.argv[2]); u.listen(1)
open(sys.argv[1], "w").write("%d %d %d %d %d %d\n" % (s.fileno(), c.fileno(), a.fileno(), u.fileno(),
                                                  s.getsockname()[1], c.getsockname()[1]))
while True:
    for k in (s, c, a, u):
        k.getsockname()
    time.sleep(0.05)
PY
python3 "$T/srv.py" "$T/ready" $$ &
P=$!
disown "$P"
E2E_PIDS+=("$P")
wait_lines "$T/ready" . 1 10 || fail "the python server did not start"
read -r fs fc fa fu port cport <"$T/ready"
"$TRACER" -yy -o "$T/log" -e trace=getsockname -p "$P" 2>"$T/err" &
S=$!
E2E_PIDS+=("$S")
lo=127.0.0.1
for want in "^getsockname\($fs<TCP:\[$lo:$port\]>, " \
	"^getsockname\($fc<TCP:\[$lo:$cport->$lo:$port\]>, " \
	"^getsockname\($fa<TCP:\[$lo:$port->$lo:$cport\]>, " \
	"^getsockname\($fu<UNIX-STREAM:\[[0-9]+,@\"sctrace-e2e-$$\"\]>, "; do
	wait_lines "$T/log" "$want" 1 10 || fail "no line matching $want: $(head -n 4 "$T/log"; cat "$T/err")"
done
kill -INT "$S"
wait_exit "$S" 10 || fail "tracer still running 10 s after SIGINT"
exit 0
