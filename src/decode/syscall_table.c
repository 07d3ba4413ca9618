// SPDX-License-Identifier: MIT
/*
 * Lookups in the x86_64 syscall table (syscall_table_x86_64.h): by number,
 * and by name for -e trace=NAME and friends.
 */
#include <stddef.h>
#include <string.h>

#include "syscall_table.h"
#include "syscall_table_x86_64.h"

unsigned syscall_table_size(void)
{
	return SCT_X86_64_NSYSCALLS;
}

const struct syscall_desc *syscall_desc(unsigned nr)
{
	if (nr >= SCT_X86_64_NSYSCALLS || !syscall_table_x86_64[nr].name)
		return NULL;
	return &syscall_table_x86_64[nr];
}

int syscall_by_name(const char *name)
{
	if (!name)
		return -1;
	for (unsigned nr = 0; nr < SCT_X86_64_NSYSCALLS; nr++) {
		const char *n = syscall_table_x86_64[nr].name;

		if (n && strcmp(n, name) == 0)
			return (int)nr;
	}
	return -1;
}
