/* SPDX-License-Identifier: MIT */
/*
 * Argument and return-value types of the syscall table. Each type is one row
 * of arg_types.def, which gives all of it: its name in the binary log, its
 * formatter, whether it is an output, its -X raw form, its JSON kind and what
 * the kernel side captures for it. The enums here and every per-type table
 * (args.c, capture_plan.c, type_names.c) are made from those rows.
 *
 * To add an argument type: write its formatter (static in args.c, or in the
 * file of its area and declared in fmt.h), add an ARG_TYPE row at the end of
 * arg_types.def with every column (a row with one missing does not compile),
 * and use AT_<NAME> in the syscall table. tests/unit/test_arg_types.c checks
 * the row. A return type: a RET_TYPE row and its case in decode_ret().
 */
#ifndef SCT_DECODE_ARG_TYPES_H
#define SCT_DECODE_ARG_TYPES_H

#include <stdbool.h>
#include <stdint.h>

enum arg_type {
#define ARG_TYPE(NAME, name, formatter, when, raw, json, capture) AT_##NAME,
#include "arg_types.def"
	AT_COUNT
};

enum ret_type {
#define RET_TYPE(NAME, name) RT_##NAME,
#include "arg_types.def"
	RT_COUNT
};

/* struct syscall_desc keeps argument types in a uint16_t, the return type in a uint8_t. */
_Static_assert(AT_COUNT <= 65536 && RT_COUNT <= 256, "a type does not fit in syscall_desc");

/*
 * -X raw and -X verbose: how a named constant prints as a number (strace 6.1:
 * flags and most enums in hex, 0 as 0; signals in decimal). RAW_DEFAULT types
 * print as without -X, or handle -X in their formatter when only parts of
 * them are constants (socket type, fcntl's argument...).
 */
enum raw_style {
	RAW_DEFAULT = 0,
	RAW_HEX, /* %#x of the low 32 bits */
	RAW_HEX64, /* %#llx */
	RAW_DEC, /* %d */
	RAW_COUNT
};

/* How --json writes an argument (src/output/json.c, doc/JSON.md). */
enum json_kind {
	JK_TEXT = 0, /* strace's text, as a string (structures, arrays, anything else) */
	JK_NUMBER, /* signed or unsigned integer, as printed */
	JK_POINTER, /* integer, null for NULL */
	JK_STRING, /* captured bytes */
	JK_ARGV, /* array of strings */
	JK_ENVP, /* {"count": N} */
	JK_FLAGS, /* array of names */
	JK_ENUM, /* a name, or the number when it has none */
	JK_COUNT
};

/* Whether an argument of this type is an output, printed after the call returns. */
bool arg_type_is_output(enum arg_type t);
/* Whether the type has a formatter of its own (all do; for the tests). */
bool arg_type_has_formatter(enum arg_type t);
/* Its -X raw form; RAW_DEFAULT out of range. */
enum raw_style arg_type_raw_style(enum arg_type t);
/* Its --json form; JK_TEXT out of range. */
enum json_kind arg_type_json_kind(enum arg_type t);

#endif
