// SPDX-License-Identifier: MIT
/*
 * The values of the constant tables against the kernel's uapi headers.
 *
 * flags.c takes its values from glibc's headers where it can, because the
 * kernel's headers clash with them, and keeps literals for what glibc lacks
 * or defines differently (O_LARGEFILE is 0 in glibc on x86_64). sctrace
 * decodes raw syscalls, so the kernel's value is the right one: this file
 * includes only the kernel's headers and checks every table entry whose name
 * they define (gen/xlat_checks.h, from scripts/gen-xlat-checks.sh), and the
 * signal names. A negative int (SI_QUEUE) may be stored as its 32 bits.
 * Names no uapi header has (glibc-only or kernel-internal: AF_*, MSG_*,
 * SOCK_*...) are counted, not checked.
 */
#include <stdint.h>

#include <asm/fcntl.h>
#include <asm/ioctls.h>
#include <asm/mman.h>
#include <asm/poll.h>
#include <asm/prctl.h>
#include <asm/siginfo.h>
#include <asm/signal.h>
#include <asm/socket.h>
#include <asm/termios.h>
#include <linux/audit.h>
#include <linux/capability.h>
#include <asm/ptrace-abi.h>
#include <linux/close_range.h>
#include <linux/dqblk_xfs.h>
#include <linux/dm-ioctl.h>
#include <linux/counter.h>
#include <linux/eventpoll.h>
#include <linux/fadvise.h>
#include <linux/falloc.h>
#include <linux/fiemap.h>
#include <linux/fanotify.h>
#include <linux/fcntl.h>
#include <linux/filter.h>
#include <linux/fs.h>
#include <linux/hdreg.h>
#include <linux/futex.h>
#include <linux/hw_breakpoint.h>
#include <linux/gpio.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <linux/magic.h>
#include <linux/in.h>
#include <linux/ipc.h>
#include <linux/in6.h>
#include <linux/ioprio.h>
#include <linux/kcmp.h>
#include <linux/keyctl.h>
#include <linux/input-event-codes.h> /* linux/input.h takes glibc's sys/time.h */
#include <linux/kcmp.h>
#include <linux/lirc.h>
#include <linux/loop.h>
#include <linux/inotify.h>
#include <linux/io_uring.h>
#include <linux/kexec.h>
#include <linux/kcmp.h>
#include <linux/landlock.h>
#include <linux/memfd.h>
#include <linux/mempolicy.h>
#include <linux/module.h>
#include <linux/msg.h>
#include <linux/mount.h>
#include <linux/mman.h>
#include <linux/nbd.h>
#include <linux/netlink.h>
#include <linux/openat2.h>
#include <linux/perf_event.h>
#include <linux/prctl.h>
#include <linux/ptrace.h>
#include <linux/quota.h>
#include <linux/random.h>
#include <linux/reboot.h>
#include <linux/resource.h>
#include <linux/rtc.h>
#include <linux/bpf.h>
#include <linux/sched.h>
#include <linux/seccomp.h>
#include <linux/securebits.h>
#include <linux/sem.h>
#include <linux/shm.h>
#include <linux/stat.h>
#include <linux/tcp.h>
#include <linux/time.h>
#include <linux/timex.h>
#include <linux/timerfd.h>
#include <linux/tty.h>
#include <linux/udp.h>
#include <linux/userfaultfd.h>
#include <linux/kvm.h>
/* videodev2.h wants glibc's <sys/time.h>: struct timeval comes from the kernel's here */
#include <linux/time.h>
#define _SYS_TIME_H 1
#include <linux/videodev2.h>
#include <linux/xattr.h>
#include <linux/wait.h>

#include <mtd/mtd-abi.h>
#include <scsi/sg.h>
#include <linux/kd.h>
#include <linux/keyboard.h>
#include <linux/btrfs.h>
#include <linux/btrfs_tree.h>
#include <linux/blkpg.h>
#include <linux/bsg.h>
#include <linux/tee.h>
#include <mtd/ubi-user.h>

#include "decode/decode.h"
#include "decode/flags.h"
#include "decode/xlat_ipc.h"
#include "decode/xlat_prctl.h"
#include "decode/xlat_sysvipc.h"
#include "decode/xlat_ioctl.h"
#include "decode/xlat_netlink.h"
#include "decode/xlat_sockets.h"
#include "decode/xlat_proc.h"
#include "decode/xlat_newsys.h"
#include "decode/xlat_perf.h"
#include "decode/xlat_v4l2.h"
#include "decode/xlat_kvm.h"
#include "decode/xlat_bpf.h"
#include "decode/xlat_fsconfig.h"
#include "decode/xlat_kd.h"
#include "decode/xlat_btrfs.h"
#include "decode/xlat_uring.h"
#include "decode/xlat_devices.h"

#include "check.h"

static unsigned checked, absent;

static const struct flag_name *entry(const struct flag_table *t, const char *name)
{
	for (unsigned i = 0; i < t->n; i++)
		if (!strcmp(t->v[i].name, name))
			return &t->v[i];
	return NULL;
}

/* The table's value of name is the kernel's (or its low 32 bits, for a negative int). */
static void check_value(const struct flag_table *t, const char *table, const char *name,
			uint64_t kernel)
{
	const struct flag_name *e = entry(t, name);
	int ok = e && (e->val == kernel ||
		       ((kernel >> 31) == 0x1ffffffffull && e->val == (uint32_t)kernel));
	char what[160];

	snprintf(what, sizeof(what), "%s %s", table, name);
	check_result(ok, __FILE__, __LINE__, what);
	if (!ok)
		printf("    table: %#llx, kernel: %#llx\n", e ? (unsigned long long)e->val : 0ull,
		       (unsigned long long)kernel);
	checked++;
}

static void check_signal(int sig, const char *name)
{
	const char *got = signal_name(sig);

	CHECK_STR(got, name);
	checked++;
}

#define XLAT_CHECK(table, name) check_value(&table, #table, #name, (uint64_t)(name));
#define XLAT_ABSENT(table, name) absent++;
#define SIGNAL_CHECK(name) check_signal(name, #name);
#define SIGNAL_ABSENT(name) absent++;

static void test_tables(void)
{
#include "gen/xlat_checks.h"
}

/* The literals flags.c keeps, by name, so that a lost one shows. */
static void test_literals(void)
{
	CHECK_STR(flag_lookup(&open_flag_names, O_LARGEFILE), "O_LARGEFILE");
	CHECK(O_LARGEFILE == 0100000);
	CHECK_STR(flag_lookup(&open_flag_names, __O_TMPFILE), "__O_TMPFILE");
	CHECK_STR(flag_lookup(&open_flag_names, O_TMPFILE), "O_TMPFILE");
	CHECK_STR(flag_lookup(&fcntl_cmd_names, F_CANCELLK), "F_CANCELLK");
	CHECK_STR(flag_lookup(&fcntl_cmd_names, F_GETOWNER_UIDS), "F_GETOWNER_UIDS");
	CHECK_STR(flag_lookup(&clockid_names, CLOCK_SGI_CYCLE), "CLOCK_SGI_CYCLE");
	CHECK_STR(flag_lookup(&sa_flag_names, SA_RESTORER), "SA_RESTORER");
	CHECK_STR(flag_lookup(&epoll_event_names, EPOLLNVAL), "EPOLLNVAL");
	CHECK_STR(flag_lookup(&poll_event_names, POLL_BUSY_LOOP), "POLL_BUSY_LOOP");
	CHECK_STR(flag_lookup(&tiocm_names, TIOCM_LOOP), "TIOCM_LOOP");
	CHECK_STR(flag_lookup(&ipproto_names, IPPROTO_L2TP), "IPPROTO_L2TP");
	CHECK_STR(flag_lookup(&trap_code_names, TRAP_PERF), "TRAP_PERF");
	CHECK_STR(flag_lookup(&si_code_names, (uint32_t)SI_QUEUE), "SI_QUEUE");
	CHECK_STR(flag_lookup(&mount_flag_names, (uint32_t)MS_NOUSER), "MS_NOUSER");
	CHECK_STR(flag_lookup(&sa_handler_names, 0), "SIG_DFL");
	CHECK_STR(flag_lookup(&sa_handler_names, 1), "SIG_IGN");
	CHECK_STR(flag_lookup(&sa_handler_names, ~0ull), "SIG_ERR");
	/* the kernel's SIGRTMIN, not glibc's */
	CHECK_STR(signal_name(SIGRTMIN), "SIGRTMIN");
	CHECK_STR(signal_name(SIGRTMIN + 32), "SIGRT_32");
}

int main(void)
{
	test_tables();
	/* most of the tables' names are in the uapi headers */
	CHECK(checked > 800);
	test_literals();
	printf("checked %u names against the kernel's headers; %u are in none of them\n", checked,
	       absent);
	return check_done("xlat_values");
}
