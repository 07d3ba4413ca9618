// SPDX-License-Identifier: MIT
/* -e trace= / -e status= parsing: names, classes, negation, regex, errors. */
#include <stdbool.h>
#include <string.h>

#include "check.h"
#include "cli/options.h"
#include "cli/qualify.h"
#include "decode/syscall_table.h"

static uint64_t set[SCT_NR_MAX / 64];
static char err[256];

static bool has(const char *name)
{
	int nr = syscall_by_name(name);

	return nr >= 0 && (set[nr / 64] >> (nr % 64)) & 1;
}

static unsigned count(void)
{
	unsigned n = 0;

	for (unsigned i = 0; i < SCT_NR_MAX / 64; i++)
		n += (unsigned)__builtin_popcountll(set[i]);
	return n;
}

int main(void)
{
	unsigned st;

	CHECK(qualify_syscalls(set, "openat,close", err, sizeof(err)) == 0);
	CHECK(has("openat") && has("close") && !has("read"));
	CHECK(count() == 2);

	CHECK(qualify_syscalls(set, "!openat", err, sizeof(err)) == 0);
	CHECK(!has("openat") && has("read") && has("close"));

	CHECK(qualify_syscalls(set, "%file", err, sizeof(err)) == 0);
	CHECK(has("openat") && has("execve") && has("unlink") && !has("read") && !has("close"));

	CHECK(qualify_syscalls(set, "file", err, sizeof(err)) == 0); /* old spelling */
	CHECK(has("openat") && !has("read"));

	CHECK(qualify_syscalls(set, "%pure", err, sizeof(err)) == 0);
	CHECK(has("getpid") && has("getppid") && !has("kill"));

	CHECK(qualify_syscalls(set, "%net", err, sizeof(err)) == 0);
	CHECK(has("socket") && has("connect") && !has("openat"));

	CHECK(qualify_syscalls(set, "/^get.*pid$", err, sizeof(err)) == 0);
	CHECK(has("getpid") && has("getppid") && !has("gettid") && !has("kill"));

	CHECK(qualify_syscalls(set, "none", err, sizeof(err)) == 0);
	CHECK(count() == 0);
	CHECK(qualify_syscalls(set, "all", err, sizeof(err)) == 0);
	CHECK(count() == SCT_NR_MAX);

	CHECK(qualify_syscalls(set, "?nosuchcall,read", err, sizeof(err)) == 0);
	CHECK(has("read") && count() == 1);

	CHECK(qualify_syscalls(set, "nosuchcall", err, sizeof(err)) == -22);
	CHECK_STR(err, "invalid system call 'nosuchcall' (see syscalls(2) for the names)");
	CHECK(qualify_syscalls(set, "%nosuchclass", err, sizeof(err)) == -22);
	CHECK(strncmp(err, "invalid system call class '%nosuchclass'", 40) == 0);
	CHECK(qualify_syscalls(set, "/(", err, sizeof(err)) == -22);
	CHECK(strncmp(err, "invalid regular expression '('", 30) == 0);
	CHECK(qualify_syscalls(set, "", err, sizeof(err)) == -22);
	CHECK(qualify_syscalls(set, "read,,write", err, sizeof(err)) == 0); /* strtok skips empties */

	CHECK(qualify_status(&st, "failed", err, sizeof(err)) == 0 && st == STATUS_FAILED);
	CHECK(qualify_status(&st, "!failed", err, sizeof(err)) == 0 &&
	      st == (STATUS_ALL & ~STATUS_FAILED));
	CHECK(qualify_status(&st, "successful,unfinished", err, sizeof(err)) == 0 &&
	      st == (STATUS_SUCCESSFUL | STATUS_UNFINISHED));
	CHECK(qualify_status(&st, "bogus", err, sizeof(err)) == -22);

	st = STATUS_ALL;
	CHECK(qualify_apply("trace=read", set, &st, err, sizeof(err)) == 0 && has("read") &&
	      count() == 1);
	CHECK(qualify_apply("t=write", set, &st, err, sizeof(err)) == 0 && has("write"));
	CHECK(qualify_apply("status=failed", set, &st, err, sizeof(err)) == 0 &&
	      st == STATUS_FAILED);
	CHECK(qualify_apply("close", set, &st, err, sizeof(err)) == 0 && has("close") &&
	      count() == 1);
	CHECK(qualify_apply("signal=all", set, &st, err, sizeof(err)) == -22);
	CHECK_STR(err, "unsupported -e qualifier 'signal' (sctrace knows trace= and status=)");
	return check_done("qualify");
}
