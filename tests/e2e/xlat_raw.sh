#!/bin/bash
# SPDX-License-Identifier: MIT
# -X raw and -X verbose: the lines strace 6.1 prints for open flags, dirfds, lseek
# whences, mmap prot/flags, access modes and signals, and for the values only partly
# made of constants: socket types and protocols, socket options, futex operations,
# struct fields (stat, sigaction, rlimit, sockaddr, pollfd, epoll_event), signal
# sets, fcntl arguments and results, clone flags, siginfo codes (helpers/xlat_consts.c)
# (ASLR off so addresses match).
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

for prog in fd_lseek mem_mmap file_access proc_ids sock_socket struct_signal struct_net \
	struct_time fd_fcntl fd_y xlat_consts ioctl_tty; do
	[ -x "$BIN/$prog" ] || skip "$prog not built"
done
n=0
for x in raw verbose; do
	for spec in "fd_lseek lseek,openat" "mem_mmap mmap,mprotect" "file_access access,faccessat" \
		"proc_ids kill" "sock_socket socket,socketpair" "struct_signal rt_sigaction,rt_sigprocmask" \
		"struct_net setsockopt,getsockopt,sendto,poll,epoll_ctl,epoll_wait" \
		"struct_time futex,setitimer,getitimer,timerfd_create,timerfd_settime,clock_nanosleep" \
		"fd_fcntl fcntl" "ioctl_tty ioctl" "fd_y openat,read,close,dup,dup2,dup3,fcntl,chdir,fchdir,eventfd2,epoll_create1,memfd_create,close_range -y" \
		"xlat_consts socket,setsockopt,accept4,socketpair,sendto,recvfrom,connect,bind,futex,rt_sigaction,rt_sigprocmask,kill,tgkill,rt_sigqueueinfo,newfstatat,memfd_create,fcntl,prlimit64,getrlimit,clone,wait4 -e signal=!SIGCHLD"; do
		set -- $spec
		# each run in the same, new directory: -y prints it, and programs create files
		rm -rf "$T/c" && mkdir "$T/c" || fail "cannot make $T/c"
		(cd "$T/c" && setarch -R strace -X "$x" -o "$T/s.txt" -e trace="$2" "${@:3}" "$BIN/$1" >/dev/null 2>&1)
		rm -rf "$T/c" && mkdir "$T/c" || fail "cannot make $T/c"
		(cd "$T/c" && setarch -R "$TRACER" -X "$x" -o "$T/t.txt" -e trace="$2" "${@:3}" "$BIN/$1" >/dev/null 2>&1)
		# pids differ between the two runs (kill's first argument, clone's result)
		sed -E 's/^kill\([0-9]+,/kill(PID,/; s/^tgkill\([0-9]+, [0-9]+,/tgkill(PID, PID,/; s/^rt_sigqueueinfo\([0-9]+,/rt_sigqueueinfo(PID,/; s/si_pid=[0-9]+/si_pid=PID/; s/^(clone\(.*\)) += [0-9]+$/\1 = PID/; s/^(wait4\(.*\)) += [0-9]+$/\1 = PID/; s/^((kill|tgkill|rt_sigqueueinfo)\(.*\)) +=/\1 =/' "$T/s.txt" >"$T/s2.txt"
		sed -E 's/^kill\([0-9]+,/kill(PID,/; s/^tgkill\([0-9]+, [0-9]+,/tgkill(PID, PID,/; s/^rt_sigqueueinfo\([0-9]+,/rt_sigqueueinfo(PID,/; s/si_pid=[0-9]+/si_pid=PID/; s/^(clone\(.*\)) += [0-9]+$/\1 = PID/; s/^(wait4\(.*\)) += [0-9]+$/\1 = PID/; s/^((kill|tgkill|rt_sigqueueinfo)\(.*\)) +=/\1 =/' "$T/t.txt" >"$T/t2.txt"
		[ -s "$T/s2.txt" ] || fail "-X $x, $1: strace printed nothing"
		diff "$T/s2.txt" "$T/t2.txt" >"$T/d.txt" || fail "-X $x, $1: $(head -4 "$T/d.txt")"
		n=$((n + $(wc -l <"$T/s2.txt")))
	done
done
"$TRACER" -X bogus true 2>"$T/err" && fail "-X bogus accepted"
[ "$(wc -l <"$T/err")" -eq 1 ] || fail "-X bogus: not one error line"
echo "$n lines as strace -X raw / -X verbose"
exit 0
