// SPDX-License-Identifier: MIT
// clone3's struct clone_args: fields by flags, parent_tid written back, sizes; -f: no child-side line.
// TRACE: -f -e signal=none -e trace=clone3,exit_group
// START: first
#include "e2e.h"
#include <linux/sched.h>
#include <signal.h>
#include <stdint.h>
#include <time.h>

static void nap(long ms)
{
	struct timespec ts = { 0, ms * 1000000 };

	nanosleep(&ts, NULL);
}

/* The child: sleeps (its parent's line comes first), then exits with code. */
static void child_exit(int code)
{
	nap(100);
	syscall(SYS_exit_group, code);
}

int main(void)
{
	struct clone_args a;
	char big[104];
	int parent = getpid(), tid = 0;
	long child;

	e2e_pfx = 1;
	e2e_pid = parent;

	memset(&a, 0, sizeof(a));
	a.exit_signal = SIGCHLD;
	child = SC(SYS_clone3, &a, sizeof(a));
	if (child == 0)
		child_exit(3);
	line(ret(), "clone3({flags=0, exit_signal=SIGCHLD, stack=NULL, stack_size=0}, 88)");
	waitpid(child, NULL, 0);
	e2e_pid = child;
	line("?", "exit_group(3)");
	note("+++ exited with 3 +++");
	e2e_pid = parent;

	/* The kernel writes the tid to parent_tid: printed after "=>" */
	a.flags = CLONE_PARENT_SETTID | CLONE_CHILD_SETTID;
	a.parent_tid = a.child_tid = (uintptr_t)&tid;
	child = SC(SYS_clone3, &a, 64L);
	if (child == 0)
		child_exit(0);
	line(ret(), "clone3({flags=CLONE_PARENT_SETTID|CLONE_CHILD_SETTID, child_tid=%p, parent_tid=%p, "
		    "exit_signal=SIGCHLD, stack=NULL, stack_size=0} => {parent_tid=[%d]}, 64)",
	     (void *)&tid, (void *)&tid, tid);
	waitpid(child, NULL, 0);
	e2e_pid = child;
	line("?", "exit_group(0)");
	note("+++ exited with 0 +++");
	e2e_pid = parent;

	/* Failures: every flag, fields by size (set_tid from 72 bytes, cgroup from 88). */
	memset(&a, 0, sizeof(a));
	a.flags = ~0ull;
	SC(SYS_clone3, &a, sizeof(a));
	line(ret(), "clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_PIDFD|CLONE_PTRACE|"
		    "CLONE_VFORK|CLONE_PARENT|CLONE_THREAD|CLONE_NEWNS|CLONE_SYSVSEM|CLONE_SETTLS|"
		    "CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID|CLONE_UNTRACED|CLONE_CHILD_SETTID|"
		    "CLONE_NEWCGROUP|CLONE_NEWUTS|CLONE_NEWIPC|CLONE_NEWUSER|CLONE_NEWPID|CLONE_NEWNET|"
		    "CLONE_IO|CLONE_NEWTIME|CLONE_CLEAR_SIGHAND|CLONE_INTO_CGROUP|0xfffffffc0040007f, "
		    "pidfd=NULL, child_tid=NULL, parent_tid=NULL, exit_signal=0, stack=NULL, stack_size=0, "
		    "tls=NULL, cgroup=0}, 88)");
	memset(&a, 0, sizeof(a));
	a.flags = CLONE_SETTLS | CLONE_CHILD_CLEARTID | (1ull << 40);
	a.child_tid = 0x22;
	a.stack = 0x44;
	a.stack_size = 65536;
	a.tls = 0x55;
	a.exit_signal = 64;
	a.set_tid_size = 3;
	a.cgroup = 5;
	SC(SYS_clone3, &a, sizeof(a));
	line(ret(), "clone3({flags=CLONE_SETTLS|CLONE_CHILD_CLEARTID|0x10000000000, child_tid=0x22, "
		    "exit_signal=SIGRT_32, stack=0x44, stack_size=0x10000, tls=0x55, set_tid=NULL, "
		    "set_tid_size=3, cgroup=5}, 88)");
	a.flags = 1ull << 40;
	a.exit_signal = 1000;
	SC(SYS_clone3, &a, 80L);
	line(ret(), "clone3({flags=0x10000000000 /* CLONE_??? */, exit_signal=1000, stack=0x44, "
		    "stack_size=0x10000, set_tid=NULL, set_tid_size=3}, 80)");
	SC(SYS_clone3, &a, 64L);
	line(ret(), "clone3({flags=0x10000000000 /* CLONE_??? */, exit_signal=1000, stack=0x44, "
		    "stack_size=0x10000}, 64)");
	SC(SYS_clone3, &a, 40L);
	line(ret(), "clone3(%p, 40)", (void *)&a);
	SC(SYS_clone3, NULL, 88L);
	line(ret(), "clone3(NULL, 88)");
	memset(&a, 0, sizeof(a));
	a.flags = CLONE_INTO_CGROUP;
	a.cgroup = 999;
	a.exit_signal = SIGCHLD;
	SC(SYS_clone3, &a, sizeof(a));
	line(ret(), "clone3({flags=CLONE_INTO_CGROUP, exit_signal=SIGCHLD, stack=NULL, stack_size=0, "
		    "cgroup=999}, 88)");
	/* Bytes past the known 88: shown when one is not zero. */
	memset(big, 0, sizeof(big));
	memcpy(big, &a, sizeof(a));
	big[100] = 7;
	SC(SYS_clone3, big, 104L);
	line(ret(), "clone3({flags=CLONE_INTO_CGROUP, exit_signal=SIGCHLD, stack=NULL, stack_size=0, "
		    "cgroup=999, /* bytes 88..103 */ \"\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00"
		    "\\x00\\x00\\x07\\x00\\x00\\x00\"}, 104)");
	e2e_exit(0);
}
