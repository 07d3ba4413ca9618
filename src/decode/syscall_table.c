// SPDX-License-Identifier: MIT
/*
 * Lookups in the x86_64 syscall table (syscall_table_x86_64.h): by number,
 * and by name for -e trace=NAME and friends. A replayed log may bring its own
 * table (syscall_table_use), which then answers every lookup.
 */
#include <stddef.h>
#include <string.h>

#include "syscall_table.h"
#include "syscall_table_x86_64.h"
#include "syscall_params_x86_64.h"

static const struct syscall_desc *table = syscall_table_x86_64;
static unsigned table_size = SCT_X86_64_NSYSCALLS;

void syscall_table_use(const struct syscall_desc *t, unsigned size)
{
	table = t ? t : syscall_table_x86_64;
	table_size = t ? size : SCT_X86_64_NSYSCALLS;
}

unsigned syscall_table_size(void)
{
	return table_size;
}

const struct syscall_desc *syscall_desc(unsigned nr)
{
	if (nr >= table_size || !table[nr].name)
		return NULL;
	return &table[nr];
}

int syscall_by_name(const char *name)
{
	if (!name)
		return -1;
	for (unsigned nr = 0; nr < table_size; nr++) {
		const char *n = table[nr].name;

		if (n && strcmp(n, name) == 0)
			return (int)nr;
	}
	return -1;
}

const char *syscall_param_name(unsigned nr, unsigned idx)
{
	if (nr >= sizeof(syscall_params_x86_64) / sizeof(syscall_params_x86_64[0]) ||
	    idx >= sizeof(syscall_params_x86_64[0]) / sizeof(syscall_params_x86_64[0][0]))
		return NULL;
	return syscall_params_x86_64[nr][idx];
}
