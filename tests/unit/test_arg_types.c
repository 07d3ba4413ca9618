// SPDX-License-Identifier: MIT
/*
 * The rows of src/decode/arg_types.def, through every table made from them:
 * each argument type 1..AT_COUNT-1 has a formatter, a unique lower-case name
 * (its enumerator's, without AT_) that the log reader maps back to it, a raw
 * style and a JSON kind in range, and a capture that agrees with whether it is
 * an output, with its JSON kind and with itself; each return type has a unique
 * lower-case name that maps back to it. A failure names the type.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "decode/capture_plan.h"
#include "decode/type_names.h"
#include "check.h"

/* The enumerators' names, from the rows: "OPEN_FLAGS" at AT_OPEN_FLAGS. */
static const char *const arg_enum_names[AT_COUNT] = {
#define ARG_TYPE(NAME, name, formatter, when, raw, json, capture) [AT_##NAME] = #NAME,
#include "decode/arg_types.def"
};

static const char *const ret_enum_names[RT_COUNT] = {
#define RET_TYPE(NAME, name) [RT_##NAME] = #NAME,
#include "decode/arg_types.def"
};

/* The last of enum sct_cap_kind and of enum sct_cap_count (src/shared/record.h). */
#define LAST_CAP_KIND SCT_CAP_DENTS_EXIT
#define LAST_CAP_COUNT SCT_COUNT_ARG0_BITS
/* procsig's kinds and counts, in a range of their own */
/* the kinds past LAST_CAP_KIND, each area's from its own range */
#define CAP_KIND_OK(k)                                                                        \
	((k) <= LAST_CAP_KIND || (k) == SCT_CAP_IOCTL || (k) == SCT_CAP_MEM_PAGE ||            \
	 (k) == SCT_CAP_FPROG || (k) == SCT_CAP_MSGBUF || (k) == SCT_CAP_ARRAY_ENTRY ||         \
	 (k) == SCT_CAP_ARRAY || (k) == SCT_CAP_CLONE_ARGS || (k) == SCT_CAP_SOCKOPT_ENTRY ||  \
	 (k) == SCT_CAP_SOCKOPT_EXIT || (k) == SCT_CAP_ARRAY_PREFIX || (k) == SCT_CAP_MMSG ||  \
	 (k) == SCT_CAP_BPF_ATTR || (k) == SCT_CAP_URING_REG || (k) == SCT_CAP_IOCBS ||        \
	 (k) == SCT_CAP_PTRACE_DATA)
#define CAP_COUNT_OK(c) ((c) <= LAST_CAP_COUNT || ((c) >= SCT_COUNT_PREV_ARG && (c) <= SCT_COUNT_SIGFRAME))

/* A CHECK that names the type it is about. */
#define CHECK_TYPE(cond, type) check_type(!!(cond), __LINE__, (type), #cond)

static void check_type(int ok, int line, const char *type, const char *what)
{
	char buf[256];

	snprintf(buf, sizeof(buf), "%s: %s", type ? type : "(null)", what);
	check_result(ok, __FILE__, line, buf);
}

/* name is enumerator in lower case, of [a-z0-9_] only, and not empty. */
static bool lower_name_of(const char *name, const char *enumerator)
{
	size_t n = strlen(enumerator);

	if (!name || !n || strlen(name) != n)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = name[i];

		if (!(islower((unsigned char)c) || isdigit((unsigned char)c) || c == '_') ||
		    c != tolower((unsigned char)enumerator[i]))
			return false;
	}
	return true;
}

/*
 * The argument type and return type the log reader makes of one table line
 * "0 x RET 0 0 0 ARG" ("-" for no argument); -1 when it refuses the line.
 */
static int read_back(const char *ret, const char *arg, int *ret_type)
{
	struct syscall_desc *table;
	unsigned size;
	char line[256];
	int t;

	snprintf(line, sizeof(line), "0 x %s 0 0 0 %s\n", ret, arg);
	if (syscall_table_read(line, strlen(line), &table, &size) != 0)
		return -1;
	t = table[0].nargs ? table[0].arg[0] : AT_NONE;
	*ret_type = table[0].ret;
	syscall_table_free(table, size);
	return t;
}

static bool cap_read_at_exit(unsigned kind)
{
	return kind == SCT_CAP_MEM_EXIT || kind == SCT_CAP_BUF_EXIT || kind == SCT_CAP_PATH_EXIT ||
	       kind == SCT_CAP_IOV_EXIT || kind == SCT_CAP_MSGHDR_EXIT || kind == SCT_CAP_SOCKBUF_EXIT ||
	       kind == SCT_CAP_DENTS_EXIT || kind == SCT_CAP_SOCKOPT_EXIT || kind == SCT_CAP_MMSG;
}

static void test_arg_names(void)
{
	int rt;

	for (unsigned t = 1; t < AT_COUNT; t++) {
		const char *name = arg_type_name(t), *type = arg_enum_names[t];
		bool unique = true;

		CHECK_TYPE(lower_name_of(name, type), type);
		for (unsigned u = 1; u < t; u++)
			if (name && arg_type_name(u) && strcmp(name, arg_type_name(u)) == 0)
				unique = false;
		CHECK_TYPE(unique, type);
		CHECK_TYPE(read_back("int", name ? name : "?", &rt) == (int)t, type);
	}
	/* AT_NONE is never written (an argument past nargs); unknown names read as hex */
	CHECK(arg_type_name(AT_NONE) == NULL);
	CHECK(arg_type_name(AT_COUNT) == NULL);
	CHECK(read_back("int", "no_such_type", &rt) == AT_HEX);
}

static void test_arg_tables(void)
{
	for (unsigned t = 1; t < AT_COUNT; t++) {
		const char *type = arg_enum_names[t];
		const struct type_capture *c = arg_type_capture((enum arg_type)t);
		bool output = arg_type_is_output((enum arg_type)t);
		enum raw_style raw = arg_type_raw_style((enum arg_type)t);
		enum json_kind json = arg_type_json_kind((enum arg_type)t);
		unsigned k = c->kind;
		bool mem = k == SCT_CAP_MEM_ENTRY || k == SCT_CAP_MEM_EXIT || k == SCT_CAP_PTR_STRUCT ||
			   k == SCT_CAP_ARRAY_ENTRY || k == SCT_CAP_IOCTL || k == SCT_CAP_SOCKOPT_ENTRY ||
			   k == SCT_CAP_SOCKOPT_EXIT || k == SCT_CAP_ARRAY || k == SCT_CAP_CLONE_ARGS ||
			   k == SCT_CAP_ARRAY_PREFIX || k == SCT_CAP_BPF_ATTR || k == SCT_CAP_URING_REG ||
			   k == SCT_CAP_IOCBS || k == SCT_CAP_PTRACE_DATA;
		/* prctl's kinds: so many bytes (MEM_PAGE 0: -s + 1), at entry and at exit */
		bool page = k == SCT_CAP_MEM_PAGE || k == SCT_CAP_FPROG;

		CHECK_TYPE(arg_type_has_formatter((enum arg_type)t), type);
		CHECK_TYPE((unsigned)raw < RAW_COUNT, type);
		CHECK_TYPE((unsigned)json < JK_COUNT, type);
		CHECK_TYPE(CAP_KIND_OK(k) && CAP_COUNT_OK(c->count), type);

		/* what is read after the call is printed after it */
		CHECK_TYPE(!cap_read_at_exit(k) || output, type);
		/* an output is read at exit, or is only an address (out_ptr) */
		CHECK_TYPE(!output || cap_read_at_exit(k) || c->both || k == SCT_CAP_ARRAY ||
				   (k == SCT_CAP_NONE && json == JK_POINTER),
			   type);
		/* read again at exit: MEM_ENTRY, or the header of an IOV_/MSGHDR_EXIT at entry */
		CHECK_TYPE(!c->both || k == SCT_CAP_MEM_ENTRY || k == SCT_CAP_IOCTL || k == SCT_CAP_IOV_EXIT ||
				   k == SCT_CAP_MSGHDR_EXIT || page || k == SCT_CAP_MSGBUF ||
				   k == SCT_CAP_ARRAY_ENTRY || k == SCT_CAP_CLONE_ARGS || k == SCT_CAP_ARRAY ||
				   k == SCT_CAP_MMSG || k == SCT_CAP_BPF_ATTR || k == SCT_CAP_URING_REG ||
				   k == SCT_CAP_PTRACE_DATA,
			   type);
		/* a size for the kinds that read so many bytes, none for the others (a string: its most) */
		CHECK_TYPE(mem ? c->size > 0 : page || c->size == 0 || k == SCT_CAP_STR, type);
		/* the kinds whose size is an argument index, and only they, take the next one */
		CHECK_TYPE(c->size_in_next_arg == (k == SCT_CAP_BUF_ENTRY || k == SCT_CAP_SOCKBUF_ENTRY || k == SCT_CAP_IOV_ENTRY ||
						   k == SCT_CAP_IOV_EXIT || k == SCT_CAP_MSGBUF || k == SCT_CAP_MMSG),
			   type);
		/* counted captures are of memory, with an element size; fixed ones have none */
		/* (SCT_CAP_MMSG's elem 1: recvmmsg) */
		CHECK_TYPE(c->count == SCT_COUNT_FIXED ? c->elem == 0 || (k == SCT_CAP_ARRAY_ENTRY && c->elem == 8) ||
								 (k == SCT_CAP_MMSG && c->elem == 1)
						 : (mem && c->elem > 0),
			   type);

		/* JSON strings, argv and envp are written from what was captured */
		CHECK_TYPE(json != JK_STRING || k == SCT_CAP_PATH || k == SCT_CAP_STR ||
				   k == SCT_CAP_BUF_ENTRY || k == SCT_CAP_BUF_EXIT ||
				   k == SCT_CAP_PATH_EXIT || k == SCT_CAP_SOCKBUF_ENTRY ||
				   k == SCT_CAP_SOCKBUF_EXIT,
			   type);
		CHECK_TYPE((json == JK_ARGV) == (k == SCT_CAP_ARGV), type);
		CHECK_TYPE((json == JK_ENVP) == (k == SCT_CAP_ENVP), type);
		/* a raw number is the register: nothing captured, printed at entry */
		CHECK_TYPE(raw == RAW_DEFAULT || (k == SCT_CAP_NONE && !output), type);
	}
	/* out of range: nothing */
	CHECK(!arg_type_is_output(AT_COUNT));
	CHECK(!arg_type_has_formatter(AT_COUNT));
	CHECK(arg_type_raw_style(AT_COUNT) == RAW_DEFAULT);
	CHECK(arg_type_json_kind(AT_COUNT) == JK_TEXT);
	CHECK(arg_type_capture(AT_COUNT)->kind == SCT_CAP_NONE);
}

static void test_ret_types(void)
{
	int rt;

	for (unsigned r = 0; r < RT_COUNT; r++) {
		const char *name = ret_type_name(r), *type = ret_enum_names[r];
		bool unique = true;

		CHECK_TYPE(lower_name_of(name, type), type);
		for (unsigned u = 0; u < r; u++)
			if (name && ret_type_name(u) && strcmp(name, ret_type_name(u)) == 0)
				unique = false;
		CHECK_TYPE(unique, type);
		CHECK_TYPE(read_back(name ? name : "?", "-", &rt) == AT_NONE && rt == (int)r, type);
	}
	CHECK(ret_type_name(RT_COUNT) == NULL);
	CHECK(read_back("no_such_type", "-", &rt) == AT_NONE && rt == RT_INT);
}

int main(void)
{
	test_arg_names();
	test_arg_tables();
	test_ret_types();
	return check_done("arg_types");
}
