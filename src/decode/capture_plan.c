// SPDX-License-Identifier: MIT
/*
 * The kernel-side capture of each syscall, from its argument types: see
 * capture_plan.h. The capture of each type is the capture column of
 * arg_types.def, made into type_captures here.
 */
#include "capture_plan.h"

#include <stdbool.h>
#include <string.h>

#include "select.h"
#include "structs.h"
#include "syscall_table.h"

/* The capture column of arg_types.def's rows. */
#define CAP(kind, size, size_in_next_arg, both, count, elem)                              \
	{ kind, size, size_in_next_arg, both, count, elem }
#define CAP_NONE CAP(SCT_CAP_NONE, 0, false, false, SCT_COUNT_FIXED, 0)
static const struct type_capture type_captures[AT_COUNT] = {
#define ARG_TYPE(NAME, name, formatter, when, raw, json, capture) [AT_##NAME] = capture,
#include "arg_types.def"
};
#undef CAP
#undef CAP_NONE

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
	{ "ppoll", SCT_SCF_ENTER_ALWAYS }, { "recvmmsg", SCT_SCF_ENTER_ALWAYS },
	/* sysdec: union bpf_attr's outputs print against what it held before (info_len=152 => 104) */
	{ "bpf", SCT_SCF_ENTER_ALWAYS },
};

static uint8_t call_flags_of(const char *name)
{
	for (size_t i = 0; i < sizeof(call_flags) / sizeof(call_flags[0]); i++)
		if (!strcmp(call_flags[i].name, name))
			return call_flags[i].flags;
	return 0;
}

/* Whether the kind is read at exit; an array as its type is an output or not. */
static bool cap_is_exit(enum sct_cap_kind k, enum arg_type t)
{
	if (k == SCT_CAP_ARRAY)
		return arg_type_is_output(t);
	return k == SCT_CAP_MEM_EXIT || k == SCT_CAP_BUF_EXIT || k == SCT_CAP_PATH_EXIT ||
	       k == SCT_CAP_IOV_EXIT || k == SCT_CAP_SOCKBUF_EXIT || k == SCT_CAP_DENTS_EXIT ||
	       k == SCT_CAP_SOCKOPT_EXIT || k == SCT_CAP_MMSG;
}

const struct type_capture *arg_type_capture(enum arg_type t)
{
	static const struct type_capture none;

	return (unsigned)t < AT_COUNT ? &type_captures[t] : &none;
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
			const struct type_capture *c = arg_type_capture((enum arg_type)d->arg[i]);
			enum sct_cap_kind k = (enum sct_cap_kind)c->kind;

			plan->kind[nr][i] = (uint8_t)k;
			if (SCT_CAP_IS_VEC(k))
				plan->flags[nr] |= SCT_SCF_VEC;
			plan->size[nr][i] = c->size_in_next_arg ? (uint16_t)(i + 1) : c->size;
			plan->count[nr][i] = c->count;
			plan->elem[nr][i] = c->elem;
			if (c->both)
				plan->in_mask[nr] |= 1u << i;
			/* A value the call rewrites is saved at entry even if the call does not block. */
			if (c->both && ((c->size <= 8 && (k == SCT_CAP_MEM_ENTRY ||
							   k == SCT_CAP_MSGHDR_EXIT)) ||
					(k == SCT_CAP_ARRAY && !arg_type_is_output((enum arg_type)d->arg[i]))))
				plan->early_mask[nr] |= 1u << i;
			/* ioctl: 8 bytes some requests rewrite (ioctl_early_off in args.bpf.h) */
			if (k == SCT_CAP_IOCTL)
				plan->early_mask[nr] |= 1u << i;
			/*
			 * uring: io_uring_register's first 8 bytes (SCT_AUX_URING_EARLY);
			 * ptrace: a regset iovec's iov_len, which the call rewrites
			 */
			if (k == SCT_CAP_URING_REG || k == SCT_CAP_PTRACE_DATA)
				plan->early_mask[nr] |= 1u << i;
			if (cap_is_exit(k, (enum arg_type)d->arg[i]) || c->both)
				plan->out_mask[nr] |= 1u << i;
			else if (k != SCT_CAP_NONE)
				plan->in_mask[nr] |= 1u << i;
		}
	}
}
