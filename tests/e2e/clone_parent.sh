#!/bin/bash
# SPDX-License-Identifier: MIT
# A traced task's CLONE_PARENT child is the tracer's child: the tracer reaps it and, when
# it does not trace it (no -f), says "Exit of unknown pid N ignored" (not with -e quiet=exit);
# with -f it is traced and its exit is a "+++ exited with 42 +++" line.
. "$E2E_DIR/helpers/lib.sh"
for q in "" "-q" "-qq" "--quiet=exit" "-f"; do
	# shellcheck disable=SC2086
	timeout 30 "$TRACER" -o "$T/log" -e trace=none $q "$BIN/clone_flags" parent >"$T/out" 2>"$T/err"
	status=$?
	[ $status = 0 ] || fail "$q: exit status $status: $(cat "$T/err")"
	P=$(cat "$T/out")
	case $q in
	-qq | --quiet=exit | -f) want="" ;;
	*) want="$TRACER: Exit of unknown pid $P ignored" ;;
	esac
	[ "$(cat "$T/err")" = "$want" ] || fail "$q: stderr '$(cat "$T/err")', expected '$want'"
	if [ "$q" = -f ]; then
		grep -qxF "$(printf "%-5d +++ exited with 42 +++" "$P")" "$T/log" || fail "-f: no exit of $P: $(cat "$T/log")"
	fi
done
exit 0
