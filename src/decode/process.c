// SPDX-License-Identifier: MIT
/*
 * Processes: clone's flags (CLONE_VM|...|SIGCHLD) and its arguments, which
 * strace names and reorders (child_stack=, flags=, then at exit parent_tid=,
 * tls=, child_tidptr= as the flags ask), and the status wait4 writes
 * ([{WIFEXITED(s) && WEXITSTATUS(s) == 0}]).
 */
#include <linux/sched.h>
#include <linux/wait.h>

#include "flags.h"
#include "fmt.h"

#define CSIGNAL_BITS ((uint64_t)CSIGNAL)

/* Clone flags that make strace print more arguments at exit. */
#define CLONE_EXIT_ARGS (CLONE_PIDFD | CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID | \
			 CLONE_CHILD_SETTID)

/* CLONE_VM|...|SIGCHLD; under -X two numbers, the flags in hex and the signal in decimal: 0x1200000|17. */
static void print_clone_flags(struct strbuf *out, uint64_t v, int xlat)
{
	uint64_t flags = v & ~CSIGNAL_BITS;
	int sig = (int)(v & CSIGNAL_BITS);

	if (!flags && !sig) {
		strbuf_addc(out, '0');
		return;
	}
	if (flags)
		print_flags_x(out, &clone_flag_names, flags, xlat);
	if (!sig)
		return;
	if (flags)
		strbuf_addc(out, '|');
	print_signal_x(out, sig, xlat);
}

bool fmt_clone_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	(void)o;
	print_clone_flags(out, ev->args[i], XLAT_ABBREV);
	return true;
}

/* clone(child_stack=, flags=[, parent_tid=][, tls=][, child_tidptr=]) on x86_64:
 * args are flags, stack, parent_tid, child_tid, tls. */
bool decode_clone_has_output(const struct sc_event *ev)
{
	return ev->args[0] & CLONE_EXIT_ARGS;
}

void decode_clone_args(struct strbuf *out, const struct sc_event *ev, enum decode_part part,
		       const struct decode_opts *opts)
{
	uint64_t flags = ev->args[0];
	const struct sct_blob *b;

	if (part != DECODE_EXIT) {
		strbuf_adds(out, "child_stack=");
		fmt_addr(out, ev->args[1]);
		strbuf_adds(out, ", flags=");
		print_clone_flags(out, flags, opts->xlat);
	}
	if (part == DECODE_ENTRY)
		return;
	if (flags & (CLONE_PARENT_SETTID | CLONE_PIDFD)) {
		/* strace 6.1 names both parent_tid: the child's tid, or the pidfd */
		strbuf_adds(out, ", parent_tid=");
		b = fmt_arg_mem(ev, 2, 4);
		if (!b || !ev->has_ret) {
			fmt_addr(out, ev->args[2]);
		} else if (flags & CLONE_PARENT_SETTID) {
			strbuf_addc(out, '[');
			decode_pid(out, (int)load_u32(sct_blob_data(b), 0), PID_KIND_TID, opts);
			strbuf_addc(out, ']');
		} else {
			strbuf_addf(out, "[%d", (int)load_u32(sct_blob_data(b), 0));
			decode_fd_suffix(out, (int)load_u32(sct_blob_data(b), 0), opts);
			strbuf_addc(out, ']');
		}
	}
	if (flags & CLONE_SETTLS) {
		strbuf_adds(out, ", tls=");
		fmt_addr(out, ev->args[4]);
	}
	if (flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID)) {
		strbuf_adds(out, ", child_tidptr=");
		fmt_addr(out, ev->args[3]);
	}
}

/* [{WIFEXITED(s) && WEXITSTATUS(s) == 0}] and the other shapes of a wait status. */
static void print_wait_status(struct strbuf *out, uint32_t s)
{
	unsigned low = s & 0x7f;

	if ((s & 0xff) == 0x7f) {
		unsigned sig = (s >> 8) & 0xff;

		strbuf_adds(out, "[{WIFSTOPPED(s) && WSTOPSIG(s) == ");
		print_signal(out, (int)(sig & 0x7f));
		strbuf_adds(out, sig & 0x80 ? " | 0x80}" : "}");
		s &= ~0xffffu;
	} else if (low && low != 0x7f) {
		strbuf_adds(out, "[{WIFSIGNALED(s) && WTERMSIG(s) == ");
		print_signal(out, (int)low);
		strbuf_adds(out, s & 0x80 ? " && WCOREDUMP(s)}" : "}");
		s &= ~0xffu;
	} else if (!low) {
		strbuf_addf(out, "[{WIFEXITED(s) && WEXITSTATUS(s) == %u}", (s >> 8) & 0xff);
		s &= ~0xffffu;
	} else if (s == 0xffff) {
		strbuf_adds(out, "[{WIFCONTINUED(s)}");
		s = 0;
	} else {
		strbuf_addf(out, "[%#x]", s);
		return;
	}
	if (s >> 16) {
		strbuf_adds(out, " | ");
		print_enum(out, &ptrace_event_names, s >> 16);
		strbuf_adds(out, " << 16");
		s &= 0xffff;
	}
	if (s)
		strbuf_addf(out, " | %#x", s);
	strbuf_addc(out, ']');
}

bool fmt_wait_status(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	const struct sct_blob *b = fmt_arg_mem(ev, i, 4);

	(void)o;
	/* Nothing is written when wait4 fails or WNOHANG finds no child. */
	if (!b || sc_event_failed(ev) || ev->ret == 0) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	print_wait_status(out, load_u32(sct_blob_data(b), 0));
	return true;
}

/* wait4's rusage is written only when a child was reaped. */
bool fmt_rusage_wait4(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	if (!ev->has_ret || ev->ret <= 0) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	return fmt_rusage_out(out, ev, i, o);
}

bool fmt_waitid_type(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	(void)o;
	print_enum(out, &waitid_type_names, (uint32_t)ev->args[i]);
	return true;
}

/* waitid's id, by the idtype before it: a process, a pidfd, a process group (-Y, -y). */
bool fmt_waitid_id(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	int id = (int)ev->args[i];

	switch (i ? (uint32_t)ev->args[i - 1] : 0) {
	case P_PID:
		decode_pid(out, id, PID_KIND_TGID, o);
		return true;
	case P_PGID:
		decode_pid(out, id, PID_KIND_PGID, o);
		return true;
	case P_PIDFD:
		decode_fd(out, id, o);
		return true;
	}
	strbuf_addf(out, "%d", id);
	return true;
}
