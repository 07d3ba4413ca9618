// SPDX-License-Identifier: MIT
/*
 * Unit tests of the decoders added after ioctl (openat2.c, clone3.c, prctl.c)
 * through the real x86_64 syscall table: -X raw and verbose
 * forms, and the unfinished / resumed parts, which the end-to-end tests do not
 * reach. Expected lines are strace 6.1's for the same call, except where a
 * comment says sctrace prints less (memory no capture reads).
 */
#include <stdint.h>
#include <string.h>

#include "../../src/decode/decode.h"
#include "../../src/decode/syscall_table.h"
#include "check.h"
#include "event.h"


#define NR_CLONE3 435
#define NR_OPENAT2 437
#define NR_PRCTL 157

static struct sc_event ev_nr(unsigned nr, int64_t ret, uint64_t a0, uint64_t a1, uint64_t a2,
			     uint64_t a3, uint64_t a4)
{
	return test_event(syscall_desc(nr), nr, ret, a0, a1, a2, a3, a4, 0);
}


static void blob_kind(struct sc_event *ev, unsigned arg, unsigned kind, const void *data,
		      unsigned len)
{
	test_blob(ev, arg, kind, 0, data, len, 0);
}

static const char *line(const struct sc_event *ev, int xlat)
{
	struct decode_opts o = { .str_max = 32, .xlat = xlat };

	return test_line(ev, &o);
}

/* The two halves of a call another task's line interrupted. */
static const char *parts(const struct sc_event *ev)
{
	struct decode_opts o = { .str_max = 32 };

	strbuf_reset(&test_sb);
	decode_name(&test_sb, ev);
	strbuf_addc(&test_sb, '(');
	decode_args(&test_sb, ev, DECODE_ENTRY, &o);
	strbuf_adds(&test_sb, " <unfinished ...> | <... resumed>");
	decode_args(&test_sb, ev, DECODE_EXIT, &o);
	strbuf_adds(&test_sb, ") = ");
	decode_ret(&test_sb, ev, &o);
	return test_sb.data;
}

static void test_openat2(void)
{
	uint64_t how[3] = { 0x80000, 0, 0x4 };
	struct sc_event ev = ev_nr(NR_OPENAT2, 3, -100, 0x1000, 0x2000, 24, 0);

	blob_kind(&ev, 1, SCT_BLOB_STR, "/etc/hostname", 13);
	test_mem(&ev, 2, how, sizeof(how));
	CHECK_STR(line(&ev, XLAT_ABBREV), "openat2(AT_FDCWD, \"/etc/hostname\", {flags=O_RDONLY|"
					  "O_CLOEXEC, resolve=RESOLVE_NO_SYMLINKS}, 24) = 3");
	CHECK_STR(line(&ev, XLAT_RAW),
		  "openat2(-100, \"/etc/hostname\", {flags=0x80000, resolve=0x4}, 24) = 3");
	how[0] = 0;
	how[1] = 0644;
	how[2] = 0xff;
	ev = ev_nr(NR_OPENAT2, -22, -100, 0x1000, 0x2000, 24, 0);
	blob_kind(&ev, 1, SCT_BLOB_STR, "x", 1);
	test_mem(&ev, 2, how, sizeof(how));
	CHECK_STR(line(&ev, XLAT_VERBOSE),
		  "openat2(-100 /* AT_FDCWD */, \"x\", {flags=0 /* O_RDONLY */, mode=0644, "
		  "resolve=0xff /* RESOLVE_NO_XDEV|RESOLVE_NO_MAGICLINKS|RESOLVE_NO_SYMLINKS|"
		  "RESOLVE_BENEATH|RESOLVE_IN_ROOT|RESOLVE_CACHED|0xc0 */}, 24) = -1 EINVAL "
		  "(Invalid argument)");
	/* E2BIG with a size past what was captured: the kernel saw a non-zero byte there. */
	ev = ev_nr(NR_OPENAT2, -7, -100, 0x1000, 0x2000, 1000, 0);
	blob_kind(&ev, 1, SCT_BLOB_STR, "x", 1);
	{
		unsigned char big[256] = { 0 };

		test_mem(&ev, 2, big, sizeof(big));
	}
	CHECK_STR(line(&ev, XLAT_ABBREV),
		  "openat2(AT_FDCWD, \"x\", {flags=O_RDONLY, resolve=0, /* bytes 24..999 */ "
		  "\"\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00"
		  "\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\"...}, "
		  "1000) = -1 E2BIG (Argument list too long)");
}

static void test_clone3(void)
{
	uint64_t ca[11] = { 0x100000, 0, 0, 0x7ffe0620757c, 17 };
	struct sc_event ev = ev_nr(NR_CLONE3, 5555, 0x3000, 88, 0, 0, 0);

	test_mem(&ev, 0, ca, sizeof(ca));
	CHECK_STR(line(&ev, XLAT_VERBOSE),
		  "clone3({flags=0x100000 /* CLONE_PARENT_SETTID */, parent_tid=0x7ffe0620757c, "
		  "exit_signal=17 /* SIGCHLD */, stack=NULL, stack_size=0} => {parent_tid=[5555]}, 88)"
		  " = 5555");
	CHECK_STR(parts(&ev), "clone3({flags=CLONE_PARENT_SETTID, parent_tid=0x7ffe0620757c, "
			      "exit_signal=SIGCHLD, stack=NULL, stack_size=0} <unfinished ...> | "
			      "<... resumed> => {parent_tid=[5555]}, 88) = 5555");
	/* Failed: nothing written back. */
	ev.ret = -22;
	CHECK_STR(parts(&ev), "clone3({flags=CLONE_PARENT_SETTID, parent_tid=0x7ffe0620757c, "
			      "exit_signal=SIGCHLD, stack=NULL, stack_size=0} <unfinished ...> | "
			      "<... resumed>, 88) = -1 EINVAL (Invalid argument)");
	/* No output: the whole argument list at entry (vfork's parent blocks). */
	ca[0] = 0x4100;
	ca[5] = 0x7f0000001000;
	ca[6] = 0x10000;
	ev = ev_nr(NR_CLONE3, 77, 0x3000, 88, 0, 0, 0);
	test_mem(&ev, 0, ca, sizeof(ca));
	CHECK_STR(parts(&ev), "clone3({flags=CLONE_VM|CLONE_VFORK, exit_signal=SIGCHLD, "
			      "stack=0x7f0000001000, stack_size=0x10000}, 88 <unfinished ...> | "
			      "<... resumed>) = 77");
	CHECK_STR(line(&ev, XLAT_RAW), "clone3({flags=0x4100, exit_signal=17, stack=0x7f0000001000, "
				       "stack_size=0x10000}, 88) = 77");
	/* strace prints pidfd=[3]: the number is in memory no capture reads after the call. */
	ca[0] = 0x1000;
	ca[1] = 0x7ffe00000010;
	ev = ev_nr(NR_CLONE3, 78, 0x3000, 88, 0, 0, 0);
	test_mem(&ev, 0, ca, sizeof(ca));
	CHECK_STR(line(&ev, XLAT_ABBREV), "clone3({flags=CLONE_PIDFD, pidfd=0x7ffe00000010, "
					  "exit_signal=SIGCHLD, stack=0x7f0000001000, stack_size=0x10000}"
					  " => {pidfd=0x7ffe00000010}, 88) = 78");
	/* Unreadable: the address, then the size, all at entry. */
	ev = ev_nr(NR_CLONE3, -14, 0x3000, 88, 0, 0, 0);
	CHECK_STR(parts(&ev), "clone3(0x3000, 88 <unfinished ...> | <... resumed>) = -1 EFAULT "
			      "(Bad address)");
}

static void test_prctl(void)
{
	int32_t sig = 15;
	struct sc_event ev = ev_nr(NR_PRCTL, 0, 15, 0x1000, 0, 0, 0);

	test_mem(&ev, 1, "ab\0zzzzzzzzzzzzz", 16);
	CHECK_STR(line(&ev, XLAT_RAW), "prctl(0xf, \"ab\") = 0");
	CHECK_STR(line(&ev, XLAT_VERBOSE), "prctl(0xf /* PR_SET_NAME */, \"ab\") = 0");
	ev = ev_nr(NR_PRCTL, 0, 1, 15, 0, 0, 0);
	CHECK_STR(line(&ev, XLAT_RAW), "prctl(0x1, 15) = 0");
	CHECK_STR(line(&ev, XLAT_VERBOSE), "prctl(0x1 /* PR_SET_PDEATHSIG */, 15 /* SIGTERM */) = 0");
	ev = ev_nr(NR_PRCTL, 0, 2, 0x1000, 0, 0, 0);
	test_mem(&ev, 1, &sig, 4);
	CHECK_STR(line(&ev, XLAT_RAW), "prctl(0x2, [15]) = 0");
	CHECK_STR(line(&ev, XLAT_VERBOSE), "prctl(0x2 /* PR_GET_PDEATHSIG */, [15 /* SIGTERM */]) = 0");
	/* the result keeps its explanation under -X */
	ev = ev_nr(NR_PRCTL, 1, 3, 0, 0, 0, 0);
	CHECK_STR(line(&ev, XLAT_RAW), "prctl(0x3) = 1 (SUID_DUMP_USER)");
	ev = ev_nr(NR_PRCTL, 1, 23, 5, 0, 0, 0);
	CHECK_STR(line(&ev, XLAT_VERBOSE), "prctl(0x17 /* PR_CAPBSET_READ */, 0x5 /* CAP_KILL */) = 1");
	ev = ev_nr(NR_PRCTL, 3, 52, 0, 0, 0, 0);
	CHECK_STR(line(&ev, XLAT_ABBREV), "prctl(PR_GET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS) = 0x3 "
					  "(PR_SPEC_PRCTL|PR_SPEC_ENABLE)");
	/* an output of a failed call: the address */
	ev = ev_nr(NR_PRCTL, -22, 16, 0x1000, 0, 0, 0);
	test_mem(&ev, 1, "ab\0zzzzzzzzzzzzz", 16);
	CHECK_STR(line(&ev, XLAT_ABBREV), "prctl(PR_GET_NAME, 0x1000) = -1 EINVAL (Invalid argument)");
}

int main(void)
{
	strbuf_init(&test_sb);
	test_openat2();
	test_clone3();
	test_prctl();
	strbuf_free(&test_sb);
	return check_done("decode_ext");
}
