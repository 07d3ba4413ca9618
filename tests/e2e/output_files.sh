#!/bin/bash
# SPDX-License-Identifier: MIT
# The files a trace goes to: -o, -ff's FILE.PID and --record are created 0600 (whatever
# the umask allows beyond), --output-mode sets another mode (the umask still applies), a
# bad mode is one error line; a symlink that fs.protected_symlinks would refuse (another
# user's, in a sticky world-writable directory the link's owner does not own) is not
# followed, its target untouched; the caller's own symlink there, or one in an ordinary
# directory, is followed as strace follows it.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

cd "$T" || exit 1
umask 000
"$TRACER" -o plain.txt --record plain.log true 2>err || fail "sctrace -o: $(cat err)"
"$TRACER" -ff -o each true 2>>err || fail "sctrace -ff: $(cat err)"
"$TRACER" --output-mode 0640 -o mode.txt --record mode.log true 2>>err || fail "--output-mode: $(cat err)"
umask 027
"$TRACER" --output-mode 0666 -o masked.txt true 2>>err || fail "--output-mode 0666: $(cat err)"
got=$(stat -c '%a %n' plain.txt plain.log each.* mode.txt mode.log masked.txt | sed 's/each\.[0-9]*/each.PID/')
want="600 plain.txt
600 plain.log
600 each.PID
640 mode.txt
640 mode.log
640 masked.txt"
[ "$got" = "$want" ] || fail "modes: $got"
bad=$("$TRACER" --output-mode 0999 true 2>&1; echo "rc=$?")
[ "$bad" = "$TRACER: invalid --output-mode '0999': an octal mode from 0 to 0777, e.g. 0640
rc=1" ] || fail "bad mode: $bad"

# A sticky world-writable directory (as /tmp) and a symlink in it owned by nobody.
umask 022
mkdir -m 1777 sticky
echo secret >target
ln -s "$T/target" sticky/link
chown -h 65534:65534 sticky/link || skip "cannot chown a symlink here"
for opt in -o --record; do
	out=$("$TRACER" "$opt" sticky/link true 2>&1; echo "rc=$?")
	case $opt in -o) what="cannot open -o file" ;; *) what="cannot record to" ;; esac
	[ "$out" = "$TRACER: $what 'sticky/link': a symlink in a sticky world-writable directory, owned by neither you nor the directory's owner: not followed (as fs.protected_symlinks does)
rc=1" ] || fail "$opt to another user's symlink in a sticky directory: $out"
	[ "$(cat target)" = secret ] || fail "$opt: the symlink's target was written"
done
# The caller's own symlink there, and one in an ordinary directory: followed.
ln -s "$T/target" sticky/mine
mkdir plain
ln -s "$T/target" plain/link
chown -h 65534:65534 plain/link
"$TRACER" -o sticky/mine true 2>err && grep -q '^+++ exited with 0 +++$' target ||
	fail "own symlink not followed: $(cat err)"
"$TRACER" -o plain/link true 2>err && grep -q '^+++ exited with 0 +++$' target ||
	fail "symlink in an ordinary directory not followed: $(cat err)"
exit 0
