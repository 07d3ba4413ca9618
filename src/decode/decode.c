// SPDX-License-Identifier: MIT
/*
 * The decoder's entry points: the syscall name, the argument list (whole or
 * split around the first output argument for <unfinished ...> / resumed
 * lines) and the return value, all in strace 6.1's shapes.
 */
#include <fcntl.h>
#include <stdio.h>

#include "mmsg.h"
#include "select.h"
#include "decode.h"
#include "flags.h"
#include "fmt.h"
#include "gen/syscall_nr.h"

#define ERRNO_MAX 4095

/* Restart codes: the call did not really return, so strace prints "?". */
#define ERESTARTSYS 512
#define ERESTARTNOINTR 513
#define ERESTARTNOHAND 514
#define ERESTART_RESTARTBLOCK 516

const struct sct_blob *sc_event_blob(const struct sc_event *ev, unsigned arg)
{
	for (unsigned i = 0; i < ev->nblobs && i < SC_EVENT_MAX_BLOBS; i++)
		if (ev->blobs[i]->arg == arg && !SCT_AUX_TAGGED(ev->blobs[i]->aux))
			return ev->blobs[i];
	return NULL;
}

void decode_name(struct strbuf *out, const struct sc_event *ev)
{
	if (ev->desc && ev->desc->name)
		strbuf_adds(out, ev->desc->name);
	else
		strbuf_addf(out, "syscall_%#x", ev->nr);
}

void decode_name_copy(unsigned nr, char *buf, size_t size)
{
	struct sc_event ev = { .nr = nr, .desc = syscall_desc(nr) };
	struct strbuf name;

	strbuf_init(&name);
	decode_name(&name, &ev);
	snprintf(buf, size, "%s", name.data ? name.data : "?");
	strbuf_free(&name);
}

static unsigned event_nargs(const struct sc_event *ev)
{
	if (!ev->desc)
		return SCT_MAX_ARGS; /* strace shows all six for unknown numbers */
	return ev->desc->nargs < SCT_MAX_ARGS ? ev->desc->nargs : SCT_MAX_ARGS;
}

/* Index of the first output argument, or nargs when there is none. */
static unsigned first_output(const struct sc_event *ev)
{
	unsigned n = event_nargs(ev);

	if (!ev->desc)
		return n;
	for (unsigned i = 0; i < n; i++)
		if (arg_type_is_output((enum arg_type)ev->desc->arg[i]))
			return i;
	return n;
}

bool decode_has_output_args(const struct sc_event *ev)
{
	if (ev->desc && ev->desc->special == SP_CLONE)
		return decode_clone_has_output(ev);
	if (ev->desc && ev->desc->special == SP_CLONE3)
		return decode_clone3_has_output(ev);
	return first_output(ev) < event_nargs(ev);
}

void decode_args(struct strbuf *out, const struct sc_event *ev, enum decode_part part,
		 const struct decode_opts *opts)
{
	unsigned n = event_nargs(ev), split = first_output(ev);
	unsigned from = part == DECODE_EXIT ? split : 0;
	unsigned to = part == DECODE_ENTRY ? split : n;
	bool printed = false;

	if (opts && opts->raw) { /* all of them at entry, nothing left for the exit */
		for (unsigned i = 0; i < n && part != DECODE_EXIT; i++)
			strbuf_addf(out, i ? ", %#llx" : "%#llx", (unsigned long long)ev->args[i]);
		return;
	}
	if (ev->desc && ev->desc->special == SP_CLONE) {
		decode_clone_args(out, ev, part, opts);
		return;
	}
	if (ev->desc && ev->desc->special == SP_CLONE3) {
		decode_clone3_args(out, ev, part, opts);
		return;
	}
	for (unsigned i = from; i < to; i++) {
		size_t mark = out->len;

		if (printed)
			strbuf_adds(out, ", ");
		if (decode_arg(out, ev, i, opts)) {
			printed = true;
			continue;
		}
		/* Nothing printed: take the separator back too. */
		strbuf_truncate(out, mark);
	}
	if (part == DECODE_ENTRY && printed && split < n)
		strbuf_adds(out, ", ");
}

static void decode_error(struct strbuf *out, int err)
{
	const char *name = errno_name(err);

	switch (err) {
	case ERESTARTSYS:
	case ERESTARTNOINTR:
	case ERESTARTNOHAND:
	case ERESTART_RESTARTBLOCK:
		strbuf_addf(out, "? %s (%s)", name, errno_message(err));
		return;
	}
	if (name)
		strbuf_addf(out, "-1 %s (%s)", name, errno_message(err));
	else
		strbuf_addf(out, "-1 (errno %d)", err);
}

/* 0x8002 (flags O_RDWR|O_LARGEFILE), 0x1 (flags FD_CLOEXEC), 10 (SIGUSR1), F_GETOWN's pid... */
static void decode_fcntl_ret(struct strbuf *out, const struct sc_event *ev,
			     const struct decode_opts *o)
{
	int xlat = o ? o->xlat : XLAT_ABBREV;
	uint32_t r = (uint32_t)ev->ret;
	const char *name;

	switch ((uint32_t)ev->args[1]) {
	case F_GETFL:
		strbuf_addf(out, "%#x (flags %s", r, flag_lookup(&open_accmode_names, r & O_ACCMODE));
		print_flag_bits(out, &open_flag_names, r & ~(uint32_t)O_ACCMODE, true);
		strbuf_addc(out, ')');
		return;
	case F_GETFD:
		if (!r)
			break;
		strbuf_addf(out, "%#x (flags ", r);
		print_flags_x(out, &fd_flag_names, r, xlat);
		strbuf_addc(out, ')');
		return;
	case F_GET_SEALS:
		if (!r)
			break;
		strbuf_addf(out, "%#x (seals ", r);
		print_flags_x(out, &seal_names, r, xlat);
		strbuf_addc(out, ')');
		return;
	case F_GETLEASE:
		name = flag_lookup(&lease_names, r);
		if (!name)
			break;
		strbuf_addf(out, "%#x (%s)", r, name);
		return;
	case F_GETSIG:
		name = signal_name((int)r);
		if (!name)
			break;
		strbuf_addf(out, "%d (%s)", (int)r, name);
		return;
	case F_GETOWN: /* the owning process; a group's (negative) stays a number, as strace's */
		decode_pid(out, (int)r, PID_KIND_TGID, o);
		return;
	}
	strbuf_addf(out, "%lld", (long long)ev->ret);
}

/*
 * -y: the descriptor a successful call returns, whose description is then
 * printed (= 3</etc/hostname>), or -1. The calls are those of fdtable_apply.c.
 * dup2/dup3 return newfd, which the table gets only after the line is
 * printed (the argument shows the old file): it describes as oldfd.
 */
static int returned_fd(const struct sc_event *ev)
{
	switch (ev->nr) {
	case SCT_NR_open: case SCT_NR_creat: case SCT_NR_openat: case SCT_NR_openat2:
	case SCT_NR_open_tree: case SCT_NR_pidfd_getfd:
	case SCT_NR_dup:
	case SCT_NR_socket: case SCT_NR_accept: case SCT_NR_accept4:
	case SCT_NR_epoll_create: case SCT_NR_epoll_create1:
	case SCT_NR_signalfd: case SCT_NR_signalfd4: case SCT_NR_timerfd_create:
	case SCT_NR_eventfd: case SCT_NR_eventfd2:
	case SCT_NR_inotify_init: case SCT_NR_inotify_init1: case SCT_NR_fanotify_init:
	case SCT_NR_perf_event_open: case SCT_NR_memfd_create: case SCT_NR_userfaultfd:
	case SCT_NR_io_uring_setup: case SCT_NR_pidfd_open: case SCT_NR_memfd_secret:
		return (int)ev->ret;
	case SCT_NR_landlock_create_ruleset: /* the ABI version with this flag */
		return ev->args[2] & 1 /* LANDLOCK_CREATE_RULESET_VERSION */ ? -1 : (int)ev->ret;
	case SCT_NR_dup2: case SCT_NR_dup3:
		return (int)ev->args[0];
	case SCT_NR_bpf:
		return bpf_returns_fd(ev) ? (int)ev->ret : -1;
	case SCT_NR_fcntl:
		return (uint32_t)ev->args[1] == F_DUPFD || (uint32_t)ev->args[1] == F_DUPFD_CLOEXEC ?
			       (int)ev->ret : -1;
	}
	return -1;
}

/* RT_TGID, RT_TID, RT_PGID, RT_SID in this order (arg_types.def) */
static const enum pid_kind ret_pid_kind[] = { PID_KIND_TGID, PID_KIND_TID, PID_KIND_PGID, PID_KIND_SID };
_Static_assert(RT_SID - RT_TGID == 3, "the pid return types are in ret_pid_kind's order");

void decode_ret(struct strbuf *out, const struct sc_event *ev, const struct decode_opts *opts)
{
	unsigned rt = ev->desc ? ev->desc->ret : RT_INT;

	/* exit_group answered by -e fault= did return: strace prints its error */
	if (!ev->has_ret || ev->noreturn ||
	    (!ev->injected && (rt == RT_NONE || (ev->desc && (ev->desc->flags & SYSF_NORETURN))))) {
		strbuf_addc(out, '?');
		return;
	}
	if (ev->ret < 0 && ev->ret >= -ERRNO_MAX && !ev->inject_retval) {
		decode_error(out, (int)-ev->ret);
		return;
	}
	if (opts && opts->raw) {
		strbuf_addf(out, "%#llx", (unsigned long long)ev->ret);
		return;
	}
	if (opts && opts->decode_fds && returned_fd(ev) >= 0) {
		strbuf_addf(out, "%lld", (long long)ev->ret);
		decode_fd_suffix(out, returned_fd(ev), opts);
		return;
	}
	switch (rt) {
	case RT_HEX:
		strbuf_addf(out, "%#llx", (unsigned long long)ev->ret);
		return;
	case RT_OCTAL:
		strbuf_addf(out, "%#03o", (unsigned)ev->ret);
		return;
	case RT_FCNTL:
		decode_fcntl_ret(out, ev, opts);
		return;
	case RT_POLL:
		print_poll_ret(out, ev, opts);
		return;
	case RT_SCHED_POLICY:
		strbuf_addf(out, "%lld", (long long)ev->ret);
		if (flag_lookup(&sched_policy_names, (uint64_t)ev->ret))
			strbuf_addf(out, " (%s)", flag_lookup(&sched_policy_names, (uint64_t)ev->ret));
		return;
	case RT_TIME:
		print_time_ret(out, ev->ret);
		return;
	case RT_SELECT:
		print_select_ret(out, ev);
		return;
	case RT_PRCTL:
		print_prctl_ret(out, ev, opts);
		return;
	case RT_ARCH_PRCTL:
		print_arch_prctl_ret(out, ev, opts);
		return;
	case RT_PERSONALITY:
		print_personality_ret(out, ev, opts);
		return;
	case RT_SET_THREAD_AREA:
		print_set_thread_area_ret(out, ev);
		return;
	case RT_MODIFY_LDT:
		print_modify_ldt_ret(out, ev);
		return;
	case RT_IOCTL:
		print_ioctl_ret(out, ev, opts);
		return;
	case RT_IOPRIO:
		print_ioprio_ret(out, ev, opts);
		return;
	case RT_SIGNAL:
		print_signal_ret(out, ev);
		return;
	case RT_RECVMMSG:
		print_recvmmsg_ret(out, ev, opts);
		return;
	case RT_TIMEX_STATE:
		print_timex_ret(out, ev);
		return;
	case RT_TGID: case RT_TID: case RT_PGID: case RT_SID:
		decode_pid(out, (int)ev->ret, ret_pid_kind[rt - RT_TGID], opts);
		return;
	default:
		/* strace's RVAL_UDECIMAL: a negative value that is no error (an injected
		 * retval=0x8000000000000000, a never-failing getuid) prints unsigned */
		strbuf_add_u64(out, (unsigned long long)ev->ret);
		return;
	}
}
