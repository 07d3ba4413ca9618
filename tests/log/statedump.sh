# SPDX-License-Identifier: MIT
# The state dump with --system-wide, sourced by tests/log/run.sh (its $SCT, $T, pass,
# fail): a process that opened a file before tracing started shows its path with -y from
# its first traced call on, live and on replay of the recorded log.

cat >"$T/holder.c" <<'C'
#include <fcntl.h>
#include <unistd.h>
int main(int argc, char **argv)
{
	int fd = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644);

	if (fd != 3)
		return 1;
	for (int i = 0; i < 1000; i++) { /* 20 s at most */
		if (write(fd, "x", 1) != 1)
			return 1;
		usleep(20000);
	}
	return 0;
}
C
cc -O2 -o "$T/holder" "$T/holder.c" || exit 1
"$T/holder" "$T/held.txt" &
hp=$!
"$SCT" --system-wide -y -e trace=write -o "$T/sw.txt" --record "$T/sw.log" 2>"$T/sw.err" &
sp=$!
for _ in $(seq 200); do grep -q "^$hp  *write(3" "$T/sw.txt" 2>/dev/null && break; sleep 0.1; done
sleep 0.2
kill -INT $sp
wait $sp
kill $hp 2>/dev/null
wait $hp 2>/dev/null
"$SCT" --replay "$T/sw.log" -y -o "$T/swr.txt" 2>/dev/null
want="$hp write(3<$T/held.txt>, \"x\", 1) = 1"
got=$(grep "^$hp " "$T/sw.txt" | head -n 1 | tr -s ' ')
n=$(grep -c "^$hp " "$T/sw.txt")
if [ "$got" = "$want" ] && [ "$n" -ge 1 ] &&
	[ "$(grep "^$hp " "$T/sw.txt" | grep -vc "write(3<$T/held.txt>")" = 0 ] &&
	cmp -s <(grep "^$hp " "$T/sw.txt") <(grep "^$hp " "$T/swr.txt"); then
	pass "--system-wide -y: a descriptor opened before tracing is named from the first call ($n calls), live and on replay"
else
	fail "--system-wide -y state dump" "want '$want', got '$got' ($n lines); replay: $(grep "^$hp " "$T/swr.txt" | head -n 1) $(head -3 "$T/sw.err")"
fi
