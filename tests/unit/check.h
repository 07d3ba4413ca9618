/* SPDX-License-Identifier: MIT */
/*
 * A minimal test helper for unit tests: each CHECK prints "ok"/"not ok" with
 * what was compared, and check_done() prints the count and sets the exit code.
 */
#ifndef SCT_TESTS_CHECK_H
#define SCT_TESTS_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

static inline void check_result(int ok, const char *file, int line, const char *what)
{
	if (ok) {
		check_passed++;
		return;
	}
	check_failed++;
	printf("not ok: %s:%d: %s\n", file, line, what);
}

#define CHECK(cond) check_result(!!(cond), __FILE__, __LINE__, #cond)

/* Compare strings and show both on failure. */
#define CHECK_STR(got, want)                                                              \
	do {                                                                              \
		const char *g_ = (got), *w_ = (want);                                     \
		int ok_ = g_ && w_ && strcmp(g_, w_) == 0;                                \
		check_result(ok_, __FILE__, __LINE__, #got);                              \
		if (!ok_)                                                                 \
			printf("    got:  %s\n    want: %s\n", g_ ? g_ : "(null)", w_);     \
	} while (0)

static inline int check_done(const char *name)
{
	printf("%s: %d passed, %d failed\n", name, check_passed, check_failed);
	return check_failed ? 1 : 0;
}

#endif
