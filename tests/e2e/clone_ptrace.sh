#!/bin/bash
# SPDX-License-Identifier: MIT
# A traced task's clone(CLONE_PTRACE) or clone3(CLONE_PTRACE) child, without -f: strace
# sees it stop and detaches from it, "Detached unknown pid N" (not with quiet=attach, which
# -q and -o FILE with a command give unless -e quiet= says otherwise);
# with -f it is traced as any child (its death by SIGUSR1 is a "+++ killed by" line).
. "$E2E_DIR/helpers/lib.sh"
for mode in ptrace ptrace3; do
	for q in "" "-q" "--quiet=personality" "--quiet=exit" "-f"; do
		# shellcheck disable=SC2086
		timeout 30 "$TRACER" -o "$T/log" -e trace=none $q "$BIN/clone_flags" $mode >"$T/out" 2>"$T/err"
		status=$?
		[ $status = 0 ] || fail "$mode $q: exit status $status: $(cat "$T/err")"
		P=$(cat "$T/out")
		case $q in
		"" | -q | -f) want="" ;;
		*) want="$TRACER: Detached unknown pid $P" ;;
		esac
		[ "$(cat "$T/err")" = "$want" ] || fail "$mode $q: stderr '$(cat "$T/err")', expected '$want'"
		if [ "$q" = -f ]; then
			grep -qxF "$(printf "%-5d +++ killed by SIGUSR1 +++" "$P")" "$T/log" ||
				fail "$mode -f: no death of $P: $(cat "$T/log")"
		fi
	done
done
exit 0
