#!/bin/bash
# SPDX-License-Identifier: MIT
# -e read=SET / -e write=SET: the hex dumps after reads and writes on those descriptors,
# line for line as strace's (a pipe written and read; a 40-byte string to a file; writes
# to descriptors above 1023, a descriptor argument with garbage in its upper half, and
# failed writes, which strace dumps too: pread64-pwrite64.test, readv.test).
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

[ -x "$BIN/fd_pipe" ] || skip "fd_pipe not built"
cat >"$T/w.c" <<'C'
#include <unistd.h>
int main(void) { return write(1, "hello world, this is a dump test\n\001\377\t0123", 40) != 40; }
C
cc -o "$T/w" "$T/w.c" || fail "cannot build the writer"
cat >"$T/w2.c" <<'C'
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
int main(void)
{
	struct rlimit r = { 4096, 4096 };
	struct iovec v[3] = { { "012", 3 }, { "", 0 }, { "3456789", 7 } };

	if (setrlimit(RLIMIT_NOFILE, &r) || dup2(1, 2000) != 2000)
		return 1;
	write(2000, "abc", 3);
	syscall(SYS_write, 0xfacefeed00000000UL | 2000, "hi\n", 3);
	pwrite(2000, "\0", 1, -3); /* EINVAL: dumped all the same */
	write(2001, "\1\2\3\4\5\6\7\10\11\12\13\14\15\16\17\20\21", 17); /* EBADF */
	writev(2000, v, 3);
	writev(2001, v, 3);
	write(3, "not dumped", 10);
	return 0;
}
C
cc -o "$T/w2" "$T/w2.c" || fail "cannot build the second writer"
n=0
for run in "fd_pipe -e read=3 -e write=4 -e trace=read,write" "w -e write=1 -e trace=write" \
	"w -e write=!1 -e trace=write" "w2 -e write=2000,2001 -e trace=write,pwrite64,writev"; do
	set -- $run
	prog=$1
	shift
	p=$BIN/$prog
	[ "$prog" = w ] || [ "$prog" = w2 ] && p=$T/$prog
	(cd "$T" && setarch -R strace -o "$T/s.txt" "$@" "$p" >"$T/out" 2>&1)
	(cd "$T" && setarch -R "$TRACER" -o "$T/t.txt" "$@" "$p" >"$T/out" 2>&1)
	diff "$T/s.txt" "$T/t.txt" >"$T/d.txt" || fail "$run: $(head -6 "$T/d.txt")"
	n=$((n + $(grep -c '^ | ' "$T/t.txt")))
done
[ "$n" -gt 3 ] || fail "only $n dump lines: nothing was dumped?"
echo "$n dump lines as strace's"
exit 0
