// SPDX-License-Identifier: MIT
/*
 * The memory calls' own arguments: mlock's and mlockall's flags, NUMA memory
 * policies and node masks, mincore's vector, move_pages' arrays,
 * process_madvise's and process_vm_*'s iovecs (strace's mem.c, numa.c).
 */
#include "flags.h"
#include "fmt.h"

bool fmt_mlockall_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
			const struct decode_opts *o)
{
	(void)o;
	print_flags(out, &mlockall_flag_names, (uint32_t)ev->args[i]);
	return true;
}

bool fmt_mlock_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	(void)o;
	print_flags(out, &mlock_flag_names, (uint32_t)ev->args[i]);
	return true;
}
