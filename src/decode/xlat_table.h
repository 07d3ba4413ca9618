/* SPDX-License-Identifier: MIT */
/*
 * The notation of the files that define named-constant tables (flags.c,
 * proc_flags.c, xlat_ipc.c, netlink.c): TABLE(var, "X_???", zero, entries...)
 * with X(NAME), U32(NAME) and N(value, "name") entries. Include it only from
 * such files: the names are short on purpose, and scripts/gen-xlat-checks.sh
 * reads the same notation to check every value against the kernel headers.
 */
#ifndef SCT_DECODE_XLAT_TABLE_H
#define SCT_DECODE_XLAT_TABLE_H

#include "flags.h"

#define TABLE(var, unk, zero_name, ...)                                                   \
	static const struct flag_name var##_v[] = { __VA_ARGS__ };                        \
	const struct flag_table var = { var##_v, sizeof(var##_v) / sizeof(var##_v[0]),    \
					unk, zero_name }
/* A table only its own file uses. */
#define LOCAL_TABLE(var, unk, zero_name, ...)                                             \
	static const struct flag_name var##_v[] = { __VA_ARGS__ };                        \
	static const struct flag_table var = { var##_v, sizeof(var##_v) / sizeof(var##_v[0]), \
					       unk, zero_name }
/* A value and its name, from the headers. */
#define X(name) { (name), #name }
/* The same for a negative int the kernel passes as 32 bits (SI_QUEUE is 0xffffffff). */
#define U32(name) { (uint32_t)(name), #name }
/* A value and a name that is not an identifier ("FUTEX_FD|FUTEX_PRIVATE_FLAG"), or a literal's. */
#define N(val, name) { (val), name }

#endif
