#!/bin/bash
# SPDX-License-Identifier: MIT
# -v (and -e abbrev=none): execve's environment printed whole, as strace's printargv, for a
# successful execve (read from the new image) and a failed one (read from the caller).
. "$E2E_DIR/helpers/lib.sh"
cd "$T" || fail "cd"
env -i A=1 "B=x y" "$TRACER" -o "$T/out" -v -e trace=execve /bin/true || fail "exit status $?"
want='execve("/bin/true", ["/bin/true"], ["A=1", "B=x y"]) = 0
+++ exited with 0 +++'
[[ $(cat "$T/out") == "$want" ]] || fail "-v: $(cat "$T/out")"
env -i A=1 PATH=/nonexistent:/bin "$TRACER" -o "$T/out" -e abbrev=none -e trace=execve \
	sh -c 'exec true' || fail "exit status $?"
want="execve(\"/bin/sh\", [\"sh\", \"-c\", \"exec true\"], [\"A=1\", \"PATH=/nonexistent:/bin\"]) = 0
execve(\"/nonexistent/true\", [\"true\"], [\"A=1\", \"PATH=/nonexistent:/bin\", \"PWD=$T\"]) = -1 ENOENT (No such file or directory)
execve(\"/bin/true\", [\"true\"], [\"A=1\", \"PATH=/nonexistent:/bin\", \"PWD=$T\"]) = 0
+++ exited with 0 +++"
[[ $(cat "$T/out") == "$want" ]] || fail "abbrev=none: $(cat "$T/out")"
# without -v: the count only
env -i A=1 "$TRACER" -o "$T/out" -e trace=execve /bin/true || fail "exit status $?"
grep -qx 'execve("/bin/true", \["/bin/true"\], 0x[0-9a-f]* /\* 1 var \*/) = 0' "$T/out" ||
	fail "abbreviated: $(cat "$T/out")"
exit 0
