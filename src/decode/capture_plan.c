// SPDX-License-Identifier: MIT
/* The kernel-side capture of each syscall, from its argument types: see capture_plan.h. */
#include "capture_plan.h"

#include <stdbool.h>
#include <string.h>

#include "structs.h"
#include "syscall_table.h"

struct type_capture {
	uint8_t kind;
	uint16_t size; /* bytes for the MEM kinds */
	bool size_in_next_arg; /* BUF_ENTRY: the size is the next argument */
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
	[AT_BUF_OUT] = { SCT_CAP_BUF_EXIT, 0 },
	[AT_PATH_OUT] = { SCT_CAP_PATH_EXIT, 0 },
	[AT_STAT_OUT] = { SCT_CAP_MEM_EXIT, SCT_STAT_SIZE },
	[AT_RLIMIT_IN] = { SCT_CAP_MEM_ENTRY, SCT_RLIMIT_SIZE },
	[AT_RLIMIT_OUT] = { SCT_CAP_MEM_EXIT, SCT_RLIMIT_SIZE },
};

static bool cap_is_exit(enum sct_cap_kind k)
{
	return k == SCT_CAP_MEM_EXIT || k == SCT_CAP_BUF_EXIT || k == SCT_CAP_PATH_EXIT;
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
	for (unsigned nr = 0; nr < n && nr < SCT_NR_MAX; nr++) {
		const struct syscall_desc *d = syscall_desc(nr);

		if (!d)
			continue;
		if (d->flags & SYSF_NORETURN)
			plan->flags[nr] |= SCT_SCF_NORETURN;
		if (d->flags & SYSF_ENTRY_RECORD)
			plan->flags[nr] |= SCT_SCF_ENTRY_RECORD;
		for (unsigned i = 0; i < d->nargs && i < SCT_MAX_ARGS; i++) {
			uint16_t size;
			enum sct_cap_kind k = arg_type_capture((enum arg_type)d->arg[i], &size);

			plan->kind[nr][i] = (uint8_t)k;
			plan->size[nr][i] = size;
			if (type_captures[d->arg[i]].size_in_next_arg)
				plan->size[nr][i] = (uint16_t)(i + 1);
			if (cap_is_exit(k))
				plan->out_mask[nr] |= 1u << i;
			else if (k != SCT_CAP_NONE)
				plan->in_mask[nr] |= 1u << i;
		}
	}
}
