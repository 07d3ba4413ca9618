#!/bin/bash
# SPDX-License-Identifier: MIT
# -c / -C / -S / -U: the summary table has strace -c -w's calls and errors per syscall
# for the same program, its layout, and a total line that adds up; -U's columns without
# times are strace's byte for byte; -S by a time column sorts by it.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

prog=$BIN/file_access
[ -x "$prog" ] || skip "file_access not built"
cols() { # the calls, errors and name columns, sorted by name
	awk 'NR > 2 && !/^-/ { if (NF == 6) print $4, $5, $6; else print $4, 0, $5 }' "$1" | sort -k3
}
(cd "$T" && strace -c -w -o "$T/strace.txt" "$prog" >/dev/null 2>&1)
(cd "$T" && "$TRACER" -c -o "$T/sct.txt" "$prog" >/dev/null 2>&1) || fail "sctrace -c failed"
head -2 "$T/sct.txt" >"$T/head.txt"
head -2 "$T/strace.txt" | cmp -s - "$T/head.txt" || fail "header differs: $(cat "$T/head.txt")"
diff <(cols "$T/strace.txt") <(cols "$T/sct.txt") >"$T/d.txt" || fail "calls/errors differ from strace -c: $(head -5 "$T/d.txt")"
awk 'NR > 2 && !/^-/ && $NF != "total" { c += $4; p += $1 } $NF == "total" { tc = $4 }
	END { if (c != tc || p < 99.5 || p > 100.5) { print "total " tc " vs sum " c ", percent " p; exit 1 } }' \
	"$T/sct.txt" || fail "the total line does not add up"
# -C prints the calls too; -S calls sorts by the calls column.
(cd "$T" && "$TRACER" -C -S calls -o "$T/both.txt" "$prog" >/dev/null 2>&1) || fail "sctrace -C failed"
grep -q '^exit_group(0) *= ?' "$T/both.txt" || fail "-C: no call lines"
awk '/^% time/ { t = 1; next } t && !/^-/ && $NF != "total" { n = (NF == 6 ? $4 : $4); if (prev != "" && n > prev) bad = 1; prev = n }
	END { exit bad }' "$T/both.txt" || fail "-S calls: not sorted by calls"
"$TRACER" -c -S bogus true 2>"$T/err" && fail "-S bogus accepted"
[ "$(wc -l <"$T/err")" -eq 1 ] || fail "-S bogus: not one error line"
# -U: the columns chosen; with no time column the table is strace's exactly.
for u in calls,errors,name errors,count syscall,calls; do
	(cd "$T" && strace -c -w -U "$u" -S name -o "$T/su.txt" "$prog" >/dev/null 2>&1)
	(cd "$T" && "$TRACER" -c -U "$u" -S name -o "$T/tu.txt" "$prog" >/dev/null 2>&1) ||
		fail "sctrace -U $u failed"
	diff "$T/su.txt" "$T/tu.txt" >"$T/d.txt" || fail "-U $u differs from strace: $(head -6 "$T/d.txt")"
done
(cd "$T" && "$TRACER" -c -U max-time,calls,name -S max-time -o "$T/mx.txt" "$prog" >/dev/null 2>&1) ||
	fail "sctrace -U max-time failed"
[ "$(head -1 "$T/mx.txt")" = " longest     calls syscall" ] || fail "-U max-time header: $(head -1 "$T/mx.txt")"
awk 'NR > 2 && !/^-/ && $NF != "total" { if (prev != "" && $1 > prev) bad = 1; prev = $1 } END { exit bad }' \
	"$T/mx.txt" || fail "-S max-time: not sorted by the longest call"
"$TRACER" -c -U calls,bogus true 2>"$T/err" && fail "-U bogus accepted"
[ "$(cat "$T/err")" = "$TRACER: unknown column name: 'bogus'" ] || fail "-U bogus: $(cat "$T/err")"
"$TRACER" -c -U calls,count true 2>"$T/err" && fail "-U calls,count accepted"
echo "calls and errors as strace -c for $(cols "$T/sct.txt" | wc -l) syscalls; -C and -S calls work"
exit 0
