// SPDX-License-Identifier: MIT
/* The kernel-side capture of each syscall, from its argument types: see capture_plan.h. */
#include "capture_plan.h"

#include <stdbool.h>
#include <string.h>

#include "select.h"
#include "structs.h"
#include "syscall_table.h"

struct type_capture {
	uint8_t kind;
	uint16_t size; /* bytes for the MEM kinds */
	bool size_in_next_arg; /* BUF_ENTRY: the size is the next argument */
	/*
	 * MEM_ENTRY read again at exit: the argument is in both in_mask and
	 * out_mask. A call that blocks gets its ENTER record (read at entry) and
	 * its EXIT record (read at exit), so the decoder sees both values (the
	 * first blob and the last); a whole SYSCALL record reads it once, at exit.
	 */
	bool both;
	uint8_t count; /* enum sct_cap_count: size is then the most read */
	uint8_t elem; /* bytes of one counted element */
};

static const struct type_capture type_captures[AT_COUNT] = {
	[AT_PATH] = { SCT_CAP_PATH, 0 },
	[AT_STR] = { SCT_CAP_STR, 0 },
	[AT_ARGV] = { SCT_CAP_ARGV, 0 },
	[AT_ENVP] = { SCT_CAP_ENVP, 0 },
	[AT_PIPE_FDS] = { SCT_CAP_MEM_EXIT, 2 * sizeof(int) },
	[AT_WAIT_STATUS] = { SCT_CAP_MEM_EXIT, sizeof(int) },
	[AT_OUT_INT] = { SCT_CAP_MEM_EXIT, sizeof(int) },
	[AT_BUF_IN] = { SCT_CAP_BUF_ENTRY, 0, true },
	[AT_IOVEC_IN] = { SCT_CAP_IOV_ENTRY, 0, true },
	/* the array at entry and on failure (strace shows its addresses), data after success */
	[AT_IOVEC_OUT] = { SCT_CAP_IOV_EXIT, 0, true, true },
	[AT_MSGHDR_IN] = { SCT_CAP_MSGHDR_ENTRY, 0 },
	/* header at entry (msg_namelen saved early, as for a socklen), the rest at exit */
	[AT_MSGHDR_OUT] = { SCT_CAP_MSGHDR_EXIT, 0, false, true },
	/* in/out: the calls also get an ENTER record always (call_flags below) */
	[AT_FDSET] = { SCT_CAP_MEM_ENTRY, SCT_FDSET_CAP, false, true, SCT_COUNT_ARG0_BITS, 8 },
	[AT_SELECT_TIMEVAL] = { SCT_CAP_MEM_ENTRY, 16, false, true },
	[AT_SELECT_TIMESPEC] = { SCT_CAP_MEM_ENTRY, 16, false, true },
	[AT_PSELECT_SIGMASK] = { SCT_CAP_PTR_STRUCT, 16 },
	[AT_UTIMENS_TIMES] = { SCT_CAP_MEM_ENTRY, 32 },
	[AT_UTIMES_TIMES] = { SCT_CAP_MEM_ENTRY, 32 },
	[AT_UTIMBUF] = { SCT_CAP_MEM_ENTRY, 16 },
	/* struct flock for the lock commands (an integer otherwise: the read then faults) */
	[AT_FCNTL_ARG] = { SCT_CAP_MEM_ENTRY, 32, false, true },
	[AT_BUF_OUT] = { SCT_CAP_BUF_EXIT, 0 },
	[AT_PATH_OUT] = { SCT_CAP_PATH_EXIT, 0 },
	[AT_STAT_OUT] = { SCT_CAP_MEM_EXIT, SCT_STAT_SIZE },
	[AT_RLIMIT_IN] = { SCT_CAP_MEM_ENTRY, SCT_RLIMIT_SIZE },
	[AT_RLIMIT_OUT] = { SCT_CAP_MEM_EXIT, SCT_RLIMIT_SIZE },
	[AT_SIGSET_IN] = { SCT_CAP_MEM_ENTRY, 8 },
	[AT_SIGSET_OUT] = { SCT_CAP_MEM_EXIT, 8 },
	[AT_SIGACTION_IN] = { SCT_CAP_MEM_ENTRY, 32 },
	[AT_SIGACTION_OUT] = { SCT_CAP_MEM_EXIT, 32 },
	[AT_TIMESPEC_IN] = { SCT_CAP_MEM_ENTRY, 16 },
	[AT_TIMESPEC_OUT] = { SCT_CAP_MEM_EXIT, 16 },
	[AT_TIMEVAL_IN] = { SCT_CAP_MEM_ENTRY, 16 },
	[AT_TIMEVAL_OUT] = { SCT_CAP_MEM_EXIT, 16 },
	[AT_TIMEZONE_OUT] = { SCT_CAP_MEM_EXIT, 8 },
	[AT_ITIMERVAL_IN] = { SCT_CAP_MEM_ENTRY, 32 },
	[AT_ITIMERVAL_OUT] = { SCT_CAP_MEM_EXIT, 32 },
	[AT_ITIMERSPEC_IN] = { SCT_CAP_MEM_ENTRY, 32 },
	[AT_ITIMERSPEC_OUT] = { SCT_CAP_MEM_EXIT, 32 },
	[AT_RUSAGE_OUT] = { SCT_CAP_MEM_EXIT, 144 },
	[AT_UTSNAME_OUT] = { SCT_CAP_MEM_EXIT, SCT_UTSNAME_CAP },
	[AT_SYSINFO_OUT] = { SCT_CAP_MEM_EXIT, 112 },
	[AT_TMS_OUT] = { SCT_CAP_MEM_EXIT, 32 },
	[AT_SCHED_PARAM_IN] = { SCT_CAP_MEM_ENTRY, 4 },
	[AT_SCHED_PARAM_OUT] = { SCT_CAP_MEM_EXIT, 4 },
	[AT_TIME_OUT] = { SCT_CAP_MEM_EXIT, 8 },
	[AT_FUTEX_TIMEOUT] = { SCT_CAP_MEM_ENTRY, 16 },
	[AT_SOCKADDR_IN] = { SCT_CAP_MEM_ENTRY, SCT_SOCKADDR_CAP, .count = SCT_COUNT_NEXT_ARG, .elem = 1 },
	[AT_SOCKADDR_OUT] = { SCT_CAP_MEM_EXIT, SCT_SOCKADDR_CAP, .count = SCT_COUNT_NEXT_EARLY,
			      .elem = 1 },
	/* in/out: [128 => 16] when the call blocked (ENTER and EXIT records) */
	[AT_SOCKLEN_OUT] = { SCT_CAP_MEM_ENTRY, 4, false, true },
	[AT_SOCKOPT_VAL_IN] = { SCT_CAP_MEM_ENTRY, 4 },
	[AT_SOCKOPT_VAL_OUT] = { SCT_CAP_MEM_EXIT, 4 },
	/* printed at entry, but the call writes revents: see "both" */
	[AT_POLLFD] = { SCT_CAP_MEM_ENTRY, SCT_POLLFD_CAP, false, true, SCT_COUNT_NEXT_ARG, 8 },
	[AT_EPOLL_EVENT_IN] = { SCT_CAP_MEM_ENTRY, 12 },
	[AT_EPOLL_EVENTS_OUT] = { SCT_CAP_MEM_EXIT, SCT_EPOLL_EVENTS_CAP, .count = SCT_COUNT_RET,
				  .elem = 12 },
	[AT_BUF_OUT_HEX] = { SCT_CAP_BUF_EXIT, 0 },
	[AT_SIGINFO_IN] = { SCT_CAP_MEM_ENTRY, SCT_SIGINFO_SIZE },
	/* an input or an output by request, or an int (the read then faults): see ioctl.c */
	[AT_IOCTL_ARG] = { SCT_CAP_MEM_ENTRY, SCT_IOCTL_ARG_CAP, false, true },
	/* as far as the size argument says: the call reads no more */
	[AT_OPEN_HOW] = { SCT_CAP_MEM_ENTRY, SCT_EXT_STRUCT_CAP, .count = SCT_COUNT_NEXT_ARG, .elem = 1 },
	[AT_CLONE_ARGS] = { SCT_CAP_MEM_ENTRY, SCT_EXT_STRUCT_CAP, .count = SCT_COUNT_NEXT_ARG,
			    .elem = 1 },
	/* prctl's name (in or out), or the int or pointer the option writes: see prctl.c */
	[AT_PRCTL_ARG_MEM] = { SCT_CAP_MEM_ENTRY, 16, false, true },
	[AT_PRCTL_ARG_STR] = { SCT_CAP_STR, 0 },
};

/*
 * Per-call kernel-side behaviour: the calls after which the kernel side
 * describes descriptors (-y/-yy, also on replay), and the calls that always
 * get an ENTER record because they rewrite their inputs (select's fd_sets).
 */
static const struct {
	const char *name;
	uint8_t flags;
} call_flags[] = {
	{ "socket", SCT_SCF_FD_RET },	  { "accept", SCT_SCF_FD_RET },
	{ "accept4", SCT_SCF_FD_RET },	  { "bind", SCT_SCF_FD_ARG0 },
	{ "connect", SCT_SCF_FD_ARG0 },	  { "pipe", SCT_SCF_FD_PAIR0 },
	{ "pipe2", SCT_SCF_FD_PAIR0 },	  { "socketpair", SCT_SCF_FD_PAIR3 },
	{ "select", SCT_SCF_ENTER_ALWAYS }, { "pselect6", SCT_SCF_ENTER_ALWAYS },
	{ "ppoll", SCT_SCF_ENTER_ALWAYS },
};

static uint8_t call_flags_of(const char *name)
{
	for (size_t i = 0; i < sizeof(call_flags) / sizeof(call_flags[0]); i++)
		if (!strcmp(call_flags[i].name, name))
			return call_flags[i].flags;
	return 0;
}

static bool cap_is_exit(enum sct_cap_kind k)
{
	return k == SCT_CAP_MEM_EXIT || k == SCT_CAP_BUF_EXIT || k == SCT_CAP_PATH_EXIT ||
	       k == SCT_CAP_IOV_EXIT;
}

enum sct_cap_kind arg_type_capture(enum arg_type t, uint16_t *size)
{
	if ((unsigned)t >= AT_COUNT) {
		*size = 0;
		return SCT_CAP_NONE;
	}
	*size = type_captures[t].size;
	return (enum sct_cap_kind)type_captures[t].kind;
}

void capture_plan_build(struct capture_plan *plan)
{
	unsigned n = syscall_table_size();

	memset(plan, 0, sizeof(*plan));
	memset(plan->nargs, SCT_MAX_ARGS, sizeof(plan->nargs));
	for (unsigned nr = 0; nr < n && nr < SCT_NR_MAX; nr++) {
		const struct syscall_desc *d = syscall_desc(nr);

		if (!d)
			continue;
		plan->nargs[nr] = d->nargs < SCT_MAX_ARGS ? d->nargs : SCT_MAX_ARGS;
		if (d->flags & SYSF_NORETURN)
			plan->flags[nr] |= SCT_SCF_NORETURN;
		if (d->flags & SYSF_ENTRY_RECORD)
			plan->flags[nr] |= SCT_SCF_ENTRY_RECORD;
		plan->flags[nr] |= call_flags_of(d->name);
		for (unsigned i = 0; i < d->nargs && i < SCT_MAX_ARGS; i++) {
			uint16_t size;
			enum sct_cap_kind k = arg_type_capture((enum arg_type)d->arg[i], &size);

			plan->kind[nr][i] = (uint8_t)k;
			if (k >= SCT_CAP_IOV_ENTRY)
				plan->flags[nr] |= SCT_SCF_VEC;
			plan->size[nr][i] = size;
			plan->count[nr][i] = type_captures[d->arg[i]].count;
			plan->elem[nr][i] = type_captures[d->arg[i]].elem;
			if (type_captures[d->arg[i]].size_in_next_arg)
				plan->size[nr][i] = (uint16_t)(i + 1);
			if (type_captures[d->arg[i]].both)
				plan->in_mask[nr] |= 1u << i;
			/* A value the call rewrites is saved at entry even if the call does not block. */
			if (type_captures[d->arg[i]].both && size <= 8 &&
			    (k == SCT_CAP_MEM_ENTRY || k == SCT_CAP_MSGHDR_EXIT))
				plan->early_mask[nr] |= 1u << i;
			if (cap_is_exit(k) || type_captures[d->arg[i]].both)
				plan->out_mask[nr] |= 1u << i;
			else if (k != SCT_CAP_NONE)
				plan->in_mask[nr] |= 1u << i;
		}
	}
}
