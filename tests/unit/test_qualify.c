// SPDX-License-Identifier: MIT
/* -e trace= / -e status= parsing: names, classes, negation, regex, errors. */
#include <stdbool.h>
#include <string.h>

#include "check.h"
#include "cli/options.h"
#include "cli/qualify.h"
#include "decode/syscall_table.h"

static uint64_t set[SCT_NR_MAX / 64];
static char err[256];

static bool has(const char *name)
{
	int nr = syscall_by_name(name);

	return nr >= 0 && (set[nr / 64] >> (nr % 64)) & 1;
}

static unsigned count(void)
{
	unsigned n = 0;

	for (unsigned i = 0; i < SCT_NR_MAX / 64; i++)
		n += (unsigned)__builtin_popcountll(set[i]);
	return n;
}

/* After -e trace=: the named calls in the set (numbers without a name are always in it). */
static unsigned count_named(void)
{
	unsigned n = 0;

	for (unsigned nr = 0; nr < SCT_NR_MAX; nr++)
		n += syscall_desc(nr) && (set[nr / 64] >> (nr % 64) & 1);
	return n;
}

static bool has_nr(unsigned nr)
{
	return set[nr / 64] >> (nr % 64) & 1;
}

int main(void)
{
	unsigned st;

	CHECK(qualify_syscalls(set, "openat,close", err, sizeof(err)) == 0);
	CHECK(has("openat") && has("close") && !has("read"));
	CHECK(count() == 2);

	CHECK(qualify_syscalls(set, "!openat", err, sizeof(err)) == 0);
	CHECK(!has("openat") && has("read") && has("close"));

	CHECK(qualify_syscalls(set, "%file", err, sizeof(err)) == 0);
	CHECK(has("openat") && has("execve") && has("unlink") && !has("read") && !has("close"));

	CHECK(qualify_syscalls(set, "file", err, sizeof(err)) == 0); /* old spelling */
	CHECK(has("openat") && !has("read"));
	/* "ipc" is also i386's ipc(2) call: the class comes first, as in strace */
	CHECK(qualify_syscalls(set, "ipc", err, sizeof(err)) == 0);
	CHECK(has("msgget") && has("semop") && has("shmat") && !has("openat"));

	CHECK(qualify_syscalls(set, "%pure", err, sizeof(err)) == 0);
	CHECK(has("getpid") && has("getppid") && !has("kill"));

	CHECK(qualify_syscalls(set, "%net", err, sizeof(err)) == 0);
	CHECK(has("socket") && has("connect") && !has("openat"));

	CHECK(qualify_syscalls(set, "/^get.*pid$", err, sizeof(err)) == 0);
	CHECK(has("getpid") && has("getppid") && !has("gettid") && !has("kill"));

	CHECK(qualify_syscalls(set, "none", err, sizeof(err)) == 0);
	CHECK(count() == 0);
	CHECK(qualify_syscalls(set, "all", err, sizeof(err)) == 0);
	CHECK(count() == SCT_NR_MAX);

	CHECK(qualify_syscalls(set, "?nosuchcall,read", err, sizeof(err)) == 0);
	CHECK(has("read") && count() == 1);

	CHECK(qualify_syscalls(set, "nosuchcall", err, sizeof(err)) == -22);
	CHECK_STR(err, "invalid system call 'nosuchcall'");
	CHECK(qualify_syscalls(set, "%nosuchclass", err, sizeof(err)) == -22);
	CHECK_STR(err, "invalid system call '%nosuchclass'");
	CHECK(qualify_syscalls(set, "/(", err, sizeof(err)) == -22);
	CHECK(strncmp(err, "regcomp: (: ", 12) == 0);
	/* strace: a regex that matches nothing is invalid, unless '?' */
	CHECK(qualify_syscalls(set, "/^nosuch", err, sizeof(err)) == -22);
	CHECK_STR(err, "invalid system call '/^nosuch'");
	CHECK(qualify_syscalls(set, "?/^nosuch,read", err, sizeof(err)) == 0);
	CHECK(has("read") && count() == 1);
	/* "all" is a class in a list, "none" is not; a number no call has is invalid */
	CHECK(qualify_syscalls(set, "read,all", err, sizeof(err)) == 0 && count() == SCT_NR_MAX);
	CHECK(qualify_syscalls(set, "read,none", err, sizeof(err)) == -22);
	CHECK_STR(err, "invalid system call 'none'");
	CHECK(qualify_syscalls(set, "415", err, sizeof(err)) == -22);
	CHECK_STR(err, "invalid system call '415'");
	CHECK(qualify_syscalls(set, "1,!chdir", err, sizeof(err)) == -22);
	CHECK_STR(err, "invalid system call '!chdir'");
	CHECK(qualify_syscalls(set, "", err, sizeof(err)) == -22);
	CHECK_STR(err, "invalid system call ''");
	CHECK(qualify_syscalls(set, "!,", err, sizeof(err)) == -22);
	CHECK_STR(err, "invalid system call '!,'");
	CHECK(qualify_syscalls(set, "read,,write", err, sizeof(err)) == 0); /* strtok skips empties */

	CHECK(qualify_status(&st, "failed", err, sizeof(err)) == 0 && st == STATUS_FAILED);
	CHECK(qualify_status(&st, "!failed", err, sizeof(err)) == 0 &&
	      st == (STATUS_ALL & ~STATUS_FAILED));
	CHECK(qualify_status(&st, "successful,unfinished", err, sizeof(err)) == 0 &&
	      st == (STATUS_SUCCESSFUL | STATUS_UNFINISHED));
	CHECK(qualify_status(&st, "bogus", err, sizeof(err)) == -22);

	struct qualify_sets q = { .status = STATUS_ALL };
	uint64_t sig;

	CHECK(qualify_apply("trace=read", &q, err, sizeof(err)) == 0);
	memcpy(set, q.syscalls, sizeof(set));
	CHECK(has("read") && count_named() == 1);
	CHECK(has_nr(500) && !syscall_desc(500)); /* a number without a name: traced, as strace */
	CHECK(qualify_apply("trace=none", &q, err, sizeof(err)) == 0);
	memcpy(set, q.syscalls, sizeof(set));
	CHECK(count_named() == 0 && has_nr(500));
	for (unsigned nr = 0; nr < SCT_NR_MAX; nr++) /* exactly the numbers without a name */
		if (has_nr(nr) != !syscall_desc(nr))
			CHECK(!"trace=none holds a named call or lacks an unnamed number");
	CHECK(qualify_apply("t=write", &q, err, sizeof(err)) == 0);
	memcpy(set, q.syscalls, sizeof(set));
	CHECK(has("write") && !has("read")); /* the last -e trace= wins, as in strace */
	CHECK(qualify_apply("status=failed", &q, err, sizeof(err)) == 0 && q.status == STATUS_FAILED);
	CHECK(qualify_apply("close", &q, err, sizeof(err)) == 0);
	memcpy(set, q.syscalls, sizeof(set));
	CHECK(has("close") && count_named() == 1);
	CHECK(qualify_apply("signal=SIGUSR1,TERM,2", &q, err, sizeof(err)) == 0);
	CHECK(q.signals == ((1ull << 9) | (1ull << 14) | (1ull << 1)));
	CHECK(qualify_signals(&sig, "!SIGCHLD", err, sizeof(err)) == 0 && sig == ~(1ull << 16));
	CHECK(qualify_signals(&sig, "none", err, sizeof(err)) == 0 && sig == 0);
	CHECK(qualify_signals(&sig, "SIGFOO", err, sizeof(err)) == -22);
	CHECK_STR(err, "invalid signal 'SIGFOO'");
	CHECK(qualify_signals(&sig, "65", err, sizeof(err)) == -22);
	CHECK(!q.kvm_vcpu && qualify_apply("kvm=vcpu", &q, err, sizeof(err)) == 0 && q.kvm_vcpu);
	CHECK(qualify_apply("kvm=all", &q, err, sizeof(err)) == -22);
	CHECK_STR(err, "invalid -e kvm= argument: 'all'");
	CHECK(qualify_apply("bogus=1", &q, err, sizeof(err)) == -22);
	CHECK_STR(err, "invalid -e qualifier 'bogus'");
	/* personalities: @64 is the traced ABI, @32 and @x32 select nothing */
	CHECK(qualify_apply("trace=read@64,write@32,close@x32,?nosuch@64", &q, err, sizeof(err)) == 0);
	memcpy(set, q.syscalls, sizeof(set));
	CHECK(has("read") && count_named() == 1);
	CHECK(qualify_apply("trace=%file@32", &q, err, sizeof(err)) == 0);
	memcpy(set, q.syscalls, sizeof(set));
	CHECK(count_named() == 0);
	CHECK(qualify_apply("trace=read@16", &q, err, sizeof(err)) == -22);
	CHECK_STR(err, "invalid system call 'read@16'");
	/* numbers, and i386-only names (selecting nothing here) */
	CHECK(qualify_apply("trace=39,mmap2,_llseek", &q, err, sizeof(err)) == 0);
	memcpy(set, q.syscalls, sizeof(set));
	CHECK(has("getpid") && count_named() == 1);
	CHECK(qualify_apply("trace=100000", &q, err, sizeof(err)) == -22);
	/* strace: a set of only commas is an error, empty items between names are not */
	CHECK(qualify_apply("trace=,,,", &q, err, sizeof(err)) == -22);
	CHECK_STR(err, "invalid system call ',,,'");
	CHECK(qualify_apply("trace=read,,close", &q, err, sizeof(err)) == 0);
	memcpy(set, q.syscalls, sizeof(set));
	CHECK(has("read") && has("close") && count_named() == 2);
	/* the other syscall sets, and the named sets */
	qualify_defaults(&q);
	CHECK(q.abbrev[0] == ~0ull && q.verbose[0] == ~0ull && q.raw[0] == 0);
	CHECK(qualify_apply("abbrev=none", &q, err, sizeof(err)) == 0 && q.abbrev[0] == 0);
	CHECK(qualify_apply("x=read", &q, err, sizeof(err)) == 0 && q.raw[0] == 1); /* read is 0 */
	CHECK(qualify_apply("v=!read", &q, err, sizeof(err)) == 0 && q.verbose[0] == ~1ull);
	CHECK(qualify_apply("quiet=exit,superseded", &q, err, sizeof(err)) == 0);
	CHECK(q.quiet == (QUIET_EXIT | QUIET_THREAD_EXECVE) && q.quiet_given);
	CHECK(qualify_named("silence", "!attach", &q, err, sizeof(err)) == 0);
	CHECK(q.quiet == (QUIET_ALL & ~QUIET_ATTACH));
	CHECK(qualify_apply("quiet=loud", &q, err, sizeof(err)) == -22);
	CHECK_STR(err, "invalid quiet 'loud'");
	CHECK(qualify_apply("decode-fds=path,socket", &q, err, sizeof(err)) == 0);
	CHECK(q.decode_fds == (DECODE_FDS_PATH | DECODE_FDS_SOCKET));
	CHECK(qualify_apply("decode-fd=all", &q, err, sizeof(err)) == 0 && q.decode_fds == DECODE_FD_ALL);
	CHECK(qualify_apply("decode-pids=comm", &q, err, sizeof(err)) == 0 &&
	      q.decode_pids == DECODE_PID_COMM);
	CHECK(qualify_apply("write=1,2", &q, err, sizeof(err)) == 0 && q.write_fds[0] == 6);
	CHECK(qualify_apply("read=!0", &q, err, sizeof(err)) == 0 && q.read_fds[0] == ~1ull);
	CHECK(qualify_apply("write=20000", &q, err, sizeof(err)) == 0 &&
	      q.write_fds[20000 / 64] == 1ull << (20000 % 64) && q.write_fds[0] == 0);
	CHECK(qualify_apply("write=65536", &q, err, sizeof(err)) == -22);
	CHECK_STR(err, "descriptor 65536: -e read=/write= take 0 to 65535");
	/* strace's words: the token, or the whole set when it has none */
	CHECK(qualify_apply("write=2147483648", &q, err, sizeof(err)) == -22);
	CHECK_STR(err, "invalid descriptor '2147483648'");
	CHECK(qualify_apply("read=1,all", &q, err, sizeof(err)) == -22);
	CHECK_STR(err, "invalid descriptor 'all'");
	CHECK(qualify_apply("read=!,,", &q, err, sizeof(err)) == -22);
	CHECK_STR(err, "invalid descriptor '!,,'");
	CHECK(qualify_apply("read=!all", &q, err, sizeof(err)) == 0 && q.read_fds[0] == 0);
	/* -e inject= / -e fault= */
	qualify_defaults(&q);
	int gp = syscall_by_name("getpid"), gpp = syscall_by_name("getppid");
	int op = syscall_by_name("openat");

	CHECK(!qualify_inject_any(&q));
	CHECK(qualify_apply("inject=getpid:retval=42", &q, err, sizeof(err)) == 0);
	CHECK(qualify_inject_any(&q) && ((q.inject_set[gp / 64] >> (gp % 64)) & 1));
	CHECK(q.inject[gp].flags == INJECT_RETVAL && q.inject[gp].value == 42);
	CHECK(q.inject[gp].first == 1 && q.inject[gp].last == INJECT_LAST_INF &&
	      q.inject[gp].step == 1);
	CHECK(qualify_apply("fault=openat", &q, err, sizeof(err)) == 0);
	CHECK(q.inject[op].flags == INJECT_ERROR && q.inject[op].value == 38); /* ENOSYS */
	CHECK(qualify_apply("fault=openat:error=ENOENT:when=2", &q, err, sizeof(err)) == 0);
	CHECK(q.inject[op].value == 2 && q.inject[op].first == 2 && q.inject[op].step == 0);
	CHECK(!inject_selects(&q.inject[op], 1) && inject_selects(&q.inject[op], 2) &&
	      !inject_selects(&q.inject[op], 3));
	CHECK(qualify_apply("fault=openat:error=einval", &q, err, sizeof(err)) == 0); /* any case */
	CHECK(q.inject[op].flags == INJECT_ERROR && q.inject[op].value == 22);
	CHECK(qualify_apply("inject=getppid:error=13:signal=USR1:when=2..6+2", &q, err,
			    sizeof(err)) == 0);
	CHECK(q.inject[gpp].flags == (INJECT_ERROR | INJECT_SIGNAL) && q.inject[gpp].value == 13 &&
	      q.inject[gpp].signo == 10);
	CHECK(!inject_selects(&q.inject[gpp], 1) && inject_selects(&q.inject[gpp], 2) &&
	      !inject_selects(&q.inject[gpp], 3) && inject_selects(&q.inject[gpp], 4) &&
	      inject_selects(&q.inject[gpp], 6) && !inject_selects(&q.inject[gpp], 8));
	CHECK(qualify_apply("inject=getppid:retval=1:when=3+", &q, err, sizeof(err)) == 0);
	CHECK(!inject_selects(&q.inject[gpp], 2) && inject_selects(&q.inject[gpp], 3) &&
	      inject_selects(&q.inject[gpp], 1000));
	CHECK(qualify_apply("inject=getppid:retval=1:when=2..3", &q, err, sizeof(err)) == 0);
	CHECK(inject_selects(&q.inject[gpp], 2) && inject_selects(&q.inject[gpp], 3) &&
	      !inject_selects(&q.inject[gpp], 4));
	CHECK(qualify_apply("inject=getppid:signal=SIGUSR2:when=1+3", &q, err, sizeof(err)) == 0);
	CHECK(q.inject[gpp].flags == INJECT_SIGNAL && inject_selects(&q.inject[gpp], 4) &&
	      !inject_selects(&q.inject[gpp], 5));
	CHECK(qualify_apply("inject=getpid", &q, err, sizeof(err)) == -22);
	CHECK(strncmp(err, "invalid inject argument 'getpid'", 32) == 0);
	CHECK(qualify_apply("inject=getpid:retval=1:error=EPERM", &q, err, sizeof(err)) == -22);
	CHECK(qualify_apply("fault=getpid:retval=1", &q, err, sizeof(err)) == -22);
	CHECK_STR(err, "invalid fault argument 'getpid:retval=1'");
	CHECK(qualify_apply("fault=getpid:error=EBOGUS", &q, err, sizeof(err)) == -22);
	CHECK(qualify_apply("fault=getpid:when=0", &q, err, sizeof(err)) == -22);
	CHECK(qualify_apply("fault=getpid:when=3..2", &q, err, sizeof(err)) == -22);
	CHECK(qualify_apply("fault=getpid:when=2.3", &q, err, sizeof(err)) == -22);
	CHECK(qualify_apply("fault=:error=EPERM", &q, err, sizeof(err)) == -22);
	CHECK(qualify_apply("fault=nosuch:error=EPERM", &q, err, sizeof(err)) == -22);
	/* delays: microseconds without a unit, as strace; decimals with one */
	CHECK(qualify_apply("inject=getpid:delay_enter=1000", &q, err, sizeof(err)) == 0);
	CHECK(q.inject[gp].flags == INJECT_DELAY_ENTER && q.inject[gp].delay_enter_ns == 1000000);
	CHECK(qualify_apply("inject=getpid:delay_enter=1.5ms:delay_exit=2s:error=EPERM", &q, err,
			    sizeof(err)) == 0);
	CHECK(q.inject[gp].delay_enter_ns == 1500000 && q.inject[gp].delay_exit_ns == 2000000000);
	CHECK(qualify_apply("inject=getpid:delay_exit=7", &q, err, sizeof(err)) == -22);
	CHECK(strncmp(err, "-e inject=getpid:delay_exit=7: delay_exit= of a call that runs", 61) == 0);
	/* pokes: bytes per argument, kept for the run */
	CHECK(qualify_apply("inject=getpid:poke_enter=@arg2=0aff,@arg1=41", &q, err, sizeof(err)) == 0);
	CHECK(q.inject[gp].pokes && q.inject[gp].pokes->n == 2);
	CHECK(q.inject[gp].pokes->items[0].arg == 2 && q.inject[gp].pokes->items[0].len == 2 &&
	      q.inject[gp].pokes->items[0].data[0] == 0x0a && q.inject[gp].pokes->items[0].data[1] == 0xff);
	CHECK(q.inject[gp].pokes->items[1].arg == 1 && !q.inject[gp].pokes->items[1].exit);
	CHECK(qualify_apply("inject=getpid:poke_enter=@arg1=41,@arg1=42", &q, err, sizeof(err)) == -22);
	/* syscall=: a pure call, with an error or a value */
	CHECK(qualify_apply("inject=getpid:syscall=getppid:error=EPERM", &q, err, sizeof(err)) == 0);
	CHECK(q.inject[gp].flags == INJECT_ERROR && q.inject[gp].value == 1);
	CHECK(qualify_apply("inject=getpid:syscall=chdir:error=EPERM", &q, err, sizeof(err)) == -22);
	CHECK_STR(err, "invalid inject argument 'getpid:syscall=chdir:error=EPERM'");
	CHECK(qualify_apply("fault=getpid:syscall=gettid", &q, err, sizeof(err)) == 0);
	CHECK(q.inject[gp].flags == INJECT_ERROR && q.inject[gp].value == 38);
	qualify_free(&q);
	return check_done("qualify");
}
