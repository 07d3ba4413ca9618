/* SPDX-License-Identifier: MIT */
/* The syscall table as text, with types by name, for the binary log (type_names.c). */
#ifndef SCT_DECODE_TYPE_NAMES_H
#define SCT_DECODE_TYPE_NAMES_H

#include <stddef.h>

#include "../shared/record.h"
#include "../util/strbuf.h"
#include "syscall_table.h"

/* "open_flags" for AT_OPEN_FLAGS; NULL for AT_NONE and out of range. */
const char *arg_type_name(unsigned t);
/* "int" for RT_INT; NULL out of range. */
const char *ret_type_name(unsigned t);
/* The built-in table, one line per syscall. */
void syscall_table_write(struct strbuf *out);
/*
 * Parse a table written by syscall_table_write (possibly by another version):
 * *table gets SCT_NR_MAX entries (name NULL where absent), *size the highest
 * number + 1. Returns -EINVAL for a malformed line.
 */
int syscall_table_read(const char *text, size_t len, struct syscall_desc **table,
		       unsigned *size);
void syscall_table_free(struct syscall_desc *table, unsigned size);

#endif
