# SPDX-License-Identifier: MIT
# --clock and the log's clocks, sourced by tests/log/run.sh (its $SCT, $T, pass, fail):
# -ttt is wall-clock time live and on replay (the recorded offset), --clock boot is
# CLOCK_BOOTTIME (/proc/uptime's first field), --clock monotonic is the records' clock; each
# prints the same bytes live and on replay; a log without the boot offset refuses boot.

printf '#include <unistd.h>\nint main(void) { for (int i = 0; i < 5; i++) getppid(); return 0; }\n' >"$T/clk.c"
cc -O2 -o "$T/clk" "$T/clk.c" || exit 1
# first timestamp's whole seconds of a -ttt trace
first_sec() { sed -n '1s/^\([0-9]*\)\..*/\1/p' "$1"; }
uptime_s() { cut -d. -f1 /proc/uptime; }

ok=1 why=
for clock in realtime monotonic boot; do
	w0=$(date +%s) u0=$(uptime_s)
	"$SCT" --clock $clock -ttt -e trace=getppid --record "$T/clk.$clock.log" -o "$T/clk.$clock.live" "$T/clk" 2>/dev/null
	w1=$(date +%s) u1=$(uptime_s)
	"$SCT" --replay "$T/clk.$clock.log" --clock $clock -ttt -o "$T/clk.$clock.rep" 2>/dev/null
	cmp -s "$T/clk.$clock.live" "$T/clk.$clock.rep" || { ok=0; why="$why $clock: replay differs;"; }
	[ "$(grep -c '^[0-9]*\.[0-9]\{6\} getppid()' "$T/clk.$clock.live")" = 5 ] || { ok=0; why="$why $clock: $(head -2 "$T/clk.$clock.live");"; }
	t=$(first_sec "$T/clk.$clock.live")
	case $clock in
	realtime) lo=$w0 hi=$w1 ;;
	# CLOCK_MONOTONIC does not count suspended time: at most uptime
	monotonic) lo=0 hi=$u1 ;;
	boot) lo=$u0 hi=$u1 ;;
	esac
	[ -n "$t" ] && [ "$t" -ge "$lo" ] && [ "$t" -le "$hi" ] || { ok=0; why="$why $clock: $t not in [$lo, $hi];"; }
done
# the same log replayed on each clock: realtime - boot = the recorded offsets' difference
# (checked through the seconds: within one of the live difference)
"$SCT" --replay "$T/clk.realtime.log" --clock boot -ttt -o "$T/clk.rb" 2>/dev/null
d=$(( $(first_sec "$T/clk.realtime.live") - $(first_sec "$T/clk.rb") ))
dl=$(( $(date +%s) - $(uptime_s) ))
[ $((d - dl)) -ge -2 ] && [ $((d - dl)) -le 2 ] || { ok=0; why="$why boot offset $d vs $dl;"; }
# -t on monotonic: the clock's hours, minutes and seconds (UTC), not a local time
"$SCT" --replay "$T/clk.realtime.log" --clock monotonic -t -o "$T/clk.mt" 2>/dev/null
grep -q "^[0-2][0-9]:[0-5][0-9]:[0-5][0-9] getppid()" "$T/clk.mt" || { ok=0; why="$why -t: $(head -1 "$T/clk.mt");"; }
if [ $ok = 1 ]; then
	pass "--clock realtime|monotonic|boot: -ttt on each clock, live = replay, in range; boot offset recorded"
else
	fail "--clock" "$why"
fi

if ! "$SCT" --replay tests/log/golden/v3.log --clock boot -ttt >"$T/clk.old" 2>&1 &&
	grep -q "has no CLOCK_BOOTTIME offset" "$T/clk.old" && [ "$(wc -l <"$T/clk.old")" = 1 ] &&
	"$SCT" --replay tests/log/golden/v3.log --clock monotonic -ttt -o /dev/null 2>/dev/null &&
	! "$SCT" --clock utc -e trace=getppid "$T/clk" 2>/dev/null; then
	pass "--clock boot refused on a log without the boot offset (one line); bad --clock refused"
else
	fail "--clock on old logs" "$(cat "$T/clk.old")"
fi
