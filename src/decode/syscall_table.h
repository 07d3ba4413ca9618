/* SPDX-License-Identifier: MIT */
/*
 * The syscall table of one architecture (x86_64): for every syscall number its
 * name, the type of each argument, the type of the return value, the strace
 * trace classes it belongs to, and special formatting. The table itself is
 * data (syscall_table_x86_64.h); this header is how the rest of sctrace reads it.
 */
#ifndef SCT_DECODE_SYSCALL_TABLE_H
#define SCT_DECODE_SYSCALL_TABLE_H

#include <stdbool.h>
#include <stdint.h>

#include "arg_types.h"

/* strace's trace classes (-e trace=%file etc.) */
enum trace_class {
	TC_FILE = 1 << 0, /* takes a file name */
	TC_DESC = 1 << 1, /* takes or returns a file descriptor */
	TC_NETWORK = 1 << 2,
	TC_PROCESS = 1 << 3,
	TC_MEMORY = 1 << 4,
	TC_SIGNAL = 1 << 5,
	TC_IPC = 1 << 6,
	TC_CREDS = 1 << 7,
	TC_CLOCK = 1 << 8,
	TC_PURE = 1 << 9, /* no arguments, always succeeds */
	TC_STAT = 1 << 10, /* %stat */
	TC_LSTAT = 1 << 11, /* %lstat */
	TC_FSTAT = 1 << 12, /* %fstat */
	TC_STAT_LIKE = 1 << 13, /* %%stat */
	TC_STATFS = 1 << 14, /* %statfs */
	TC_FSTATFS = 1 << 15, /* %fstatfs */
	TC_STATFS_LIKE = 1 << 16, /* %%statfs */
};

/* syscall_desc.flags */
#define SYSF_NORETURN 0x1 /* exit, exit_group: prints "= ?" */
#define SYSF_ENTRY_RECORD 0x2 /* execve, execveat: arguments read at entry */

/* Calls whose arguments need a formatter of their own (process.c, clone3.c). */
enum sys_special {
	SP_NONE = 0,
	SP_CLONE, /* clone(child_stack=..., flags=..., ...): named, reordered */
	SP_CLONE3, /* clone3({...} => {pidfd=..., parent_tid=[N]}, size): an output inside */
};

struct syscall_desc {
	const char *name;
	uint8_t nargs;
	uint16_t arg[6]; /* enum arg_type */
	uint8_t ret; /* enum ret_type */
	uint8_t flags; /* SYSF_* */
	uint8_t special; /* enum sys_special */
	uint32_t classes; /* enum trace_class bits */
};

/* Answer lookups from t (a recorded log's table) instead of the built-in one; NULL restores it. */
void syscall_table_use(const struct syscall_desc *t, unsigned size);
/* Highest syscall number + 1 that the table knows. */
unsigned syscall_table_size(void);
/* The descriptor of nr, or NULL when the table has no name for it. */
const struct syscall_desc *syscall_desc(unsigned nr);
/* The number of the syscall called name, or -1. */
int syscall_by_name(const char *name);
/*
 * The name the kernel's prototype gives argument idx of syscall nr
 * (syscall_params_x86_64.h, generated), or NULL when it has none.
 */
const char *syscall_param_name(unsigned nr, unsigned idx);

#endif
