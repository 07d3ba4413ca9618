#!/bin/bash
# SPDX-License-Identifier: MIT
# The ring buffers' consumer (src/capture/ringread.c) maps each ring's data once, so a
# record that wraps past the end is copied whole before it is read: 40,000 signal records
# (88 bytes each with their header, which does not divide the ring) through 1 MiB rings
# wrap them several times, and every one must come out intact, none lost. Lanes and ring
# buffers are mapped piece by piece as records reach them (src/capture/lazymap.c): a short
# run maps a piece or two of each, and 200,000 calls through 1 MiB lanes cross every piece's
# boundary and wrap, every record intact.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

cat >"$T/sigloop.c" <<'C'
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>
static volatile int got;
static void on_usr1(int s) { (void)s; got++; }
int main(int argc, char **argv)
{
	int n = atoi(argv[1]);

	signal(SIGUSR1, on_usr1);
	for (int i = 0; i < n; i++) {
		kill(getpid(), SIGUSR1);
		if (i % 32 == 0)
			usleep(200); /* paced: the test is the wrap, not loss */
	}
	return got != n;
}
C
cc -O2 -o "$T/sigloop" "$T/sigloop.c" || fail "cannot build the program"
"$TRACER" --buffer-size 1M -e trace=none -e signal=SIGUSR1 -o "$T/out" "$T/sigloop" 40000 ||
	fail "the traced run failed"
n=$(grep -cxE -- "--- SIGUSR1 \{si_signo=SIGUSR1, si_code=SI_USER, si_pid=[0-9]+, si_uid=0\} ---" "$T/out")
[ "$n" = 40000 ] || fail "$n intact signal lines of 40000: $(grep -v SIGUSR1 "$T/out" | head -5)"
[ "$(grep -vc SIGUSR1 "$T/out")" = 1 ] && [ "$(tail -1 "$T/out")" = "+++ exited with 0 +++" ] ||
	fail "other lines: $(grep -v SIGUSR1 "$T/out" | head -5)"

# A short run maps one or two 256 KiB pieces of each lane, not the lanes.
"$TRACER" --debug --buffer-size 1M -o /dev/null /bin/true 2>"$T/err" || fail "the short run failed"
read -r mapped total < <(sed -nE 's/.*mapped: lanes ([0-9]+) of ([0-9]+) bytes.*/\1 \2/p' "$T/err")
[ -n "$total" ] || fail "no 'mapped:' line: $(tail -3 "$T/err")"
lanes=$((total / (4096 + 1048576 + 65536)))
((lanes * (4096 + 1048576 + 65536) == total && mapped <= lanes * 2 * 262144 && mapped < total)) ||
	fail "a short run mapped $mapped bytes of $total ($lanes lanes)"

cat >"$T/ppidloop.c" <<'C'
#include <stdlib.h>
#include <unistd.h>
int main(int argc, char **argv)
{
	for (int i = 0, n = atoi(argv[1]); i < n; i++) {
		getppid();
		if (i % 32 == 0)
			usleep(100); /* paced: the test is the pieces and the wrap, not loss */
	}
	return 0;
}
C
cc -O2 -o "$T/ppidloop" "$T/ppidloop.c" || fail "cannot build the getppid loop"
"$TRACER" --buffer-size 1M -e trace=getppid -o "$T/ppid" "$T/ppidloop" 200000 ||
	fail "the getppid run failed"
n=$(grep -cxE 'getppid\(\) += [0-9]+' "$T/ppid")
[ "$n" = 200000 ] || fail "$n intact getppid lines of 200000: $(grep -v getppid "$T/ppid" | head -5)"
exit 0
