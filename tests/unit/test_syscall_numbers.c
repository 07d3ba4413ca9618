// SPDX-License-Identifier: MIT
/*
 * The syscall table's names and numbers against the kernel's uapi header
 * <asm/unistd_64.h>, as strace's ksysent test does: for every __NR_name the
 * header defines, syscall_by_name("name") is __NR_name, the table's entry for
 * __NR_name is called "name", and SCT_NR_name (gen/syscall_nr.h) is __NR_name.
 * The table's names the header lacks must be exactly the generator's
 * NEWER_THAN_HEADER list (scripts/gen-syscall-names.sh), at its numbers.
 *
 * The list of the header's names comes from the generated header
 * (SCT_NR_IN_HEADER); each is compiled as __NR_name here, so a name the
 * header does not define fails the build. On a header newer than the table
 * (a syscall added since Linux 6.18) the test fails: add the call to the table.
 */
#include <asm/unistd_64.h>
#include <stdio.h>
#include <string.h>

#include "decode/syscall_table.h"
#include "gen/syscall_nr.h"

#include "check.h"

struct nr_row {
	const char *name;
	long nr; /* __NR_name, or the number of NEWER_THAN_HEADER */
	long sct; /* SCT_NR_name */
};

#define HEADER_ROW(n) { #n, __NR_##n, SCT_NR_##n },
#define LIST_ROW(n, v) { #n, v, SCT_NR_##n },

static const struct nr_row in_header[] = { SCT_NR_IN_HEADER(HEADER_ROW) { NULL, -1, -1 } };
static const struct nr_row not_in_header[] = { SCT_NR_NOT_IN_HEADER(LIST_ROW) { NULL, -1, -1 } };

/* A CHECK that says which name failed. */
static void check_nr(int ok, int line, const char *what, const char *name, long got, long want)
{
	char buf[200];

	snprintf(buf, sizeof(buf), "%s %s: %ld, want %ld", what, name, got, want);
	check_result(ok, __FILE__, line, buf);
}

static const char *table_name(long nr)
{
	const struct syscall_desc *d = nr >= 0 ? syscall_desc((unsigned)nr) : NULL;

	return d ? d->name : NULL;
}

static void check_rows(const struct nr_row *rows)
{
	for (const struct nr_row *r = rows; r->name; r++) {
		const char *t = table_name(r->nr);

		check_nr(syscall_by_name(r->name) == r->nr, __LINE__, "syscall_by_name", r->name,
			 syscall_by_name(r->name), r->nr);
		check_result(t && !strcmp(t, r->name), __FILE__, __LINE__, r->name);
		if (!t || strcmp(t, r->name))
			printf("    syscall_desc(%ld)->name: %s, want %s\n", r->nr, t ? t : "(none)",
			       r->name);
		check_nr(r->sct == r->nr, __LINE__, "SCT_NR_", r->name, r->sct, r->nr);
	}
}

static const struct nr_row *find(const struct nr_row *rows, const char *name)
{
	for (const struct nr_row *r = rows; r->name; r++)
		if (!strcmp(r->name, name))
			return r;
	return NULL;
}

static unsigned count(const struct nr_row *rows)
{
	unsigned n = 0;

	while (rows[n].name)
		n++;
	return n;
}

/* Every table row is the header's or the list's, so the two lists are exact. */
static void test_table_names(void)
{
	unsigned named = 0, listed = 0;

	for (unsigned nr = 0; nr < syscall_table_size(); nr++) {
		const char *name = table_name(nr);
		const struct nr_row *h, *l;

		if (!name)
			continue;
		named++;
		h = find(in_header, name);
		l = find(not_in_header, name);
		check_result(!h != !l, __FILE__, __LINE__, name);
		if (!h == !l)
			printf("    %u %s: %s\n", nr, name,
			       h ? "in the header and in NEWER_THAN_HEADER" :
				   "neither in the header nor in NEWER_THAN_HEADER");
		if (l) {
			listed++;
			check_nr(l->nr == nr, __LINE__, "NEWER_THAN_HEADER", name, l->nr, nr);
		}
	}
	check_nr(listed == count(not_in_header), __LINE__, "table names of", "NEWER_THAN_HEADER",
		 listed, count(not_in_header));
	check_nr(named == count(in_header) + count(not_in_header), __LINE__, "named numbers in",
		 "the table", named, count(in_header) + count(not_in_header));
}

/* A few names src/ uses, spelled out (the enum is the generator's). */
static void test_known(void)
{
	CHECK(SCT_NR_read == 0 && __NR_read == 0);
	CHECK(SCT_NR_open == 2);
	CHECK(SCT_NR_fcntl == 72);
	CHECK(SCT_NR_openat == 257);
	CHECK(SCT_NR_openat2 == 437);
	CHECK(SCT_NR_set_mempolicy_home_node == 450);
	CHECK(SCT_NR_uretprobe == 335);
	CHECK(SCT_NR_cachestat == 451);
	CHECK(SCT_NR_file_setattr == 469);
	CHECK(SCT_NR_file_setattr + 1 == (long)syscall_table_size());
}

int main(void)
{
	check_rows(in_header);
	check_rows(not_in_header);
	test_table_names();
	test_known();
	printf("header: %u names; NEWER_THAN_HEADER: %u names the header lacks\n",
	       count(in_header), count(not_in_header));
	return check_done("syscall_numbers");
}
