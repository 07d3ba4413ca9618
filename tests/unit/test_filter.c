// SPDX-License-Identifier: MIT
/* filter.c: --filter's grammar (valid and invalid expressions) and its verdicts on made-up calls. */
#include <string.h>

#include "../../src/analyze/filter.h"
#include "../../src/decode/syscall_table.h"
#include "check.h"

/* A call of syscall name: args, ret (returned unless noret), latency in ns. */
static bool match(const char *expr, const char *name, int64_t ret, uint64_t a2, uint64_t ns,
		  bool noret)
{
	char err[256];
	struct filter *f = filter_parse(expr, err, sizeof(err));
	struct sct_rec_syscall exit = { .hdr = { .ts = 1000000 + ns }, .enter_ts = 1000000, .ret = ret };
	struct sc_event ev = { .ret = ret, .has_ret = !noret };
	struct call c = { .ev = &ev, .entry = &exit, .exit = noret ? NULL : &exit };
	bool r;

	if (!f) {
		printf("    parse failed: %s: %s\n", expr, err);
		return false;
	}
	exit.nr = (uint16_t)syscall_by_name(name);
	ev.nr = exit.nr;
	ev.desc = syscall_desc(exit.nr);
	ev.args[0] = 3;
	ev.args[2] = a2;
	r = filter_match(f, &c);
	filter_free(f);
	return r;
}

static bool parses(const char *expr, const char *want_err)
{
	char err[256] = "";
	struct filter *f = filter_parse(expr, err, sizeof(err));

	filter_free(f);
	if (want_err && strcmp(err, want_err))
		printf("    %s: got '%s'\n", expr, err);
	return want_err ? !f && !strcmp(err, want_err) : f != NULL;
}

static void check_verdicts(void)
{
	CHECK(match("ret<0", "openat", -2, 0, 10, false));
	CHECK(!match("ret<0", "openat", 3, 0, 10, false));
	CHECK(match("ret==-ENOENT", "openat", -2, 0, 10, false));
	CHECK(match("errno==ENOENT", "openat", -2, 0, 10, false));
	CHECK(!match("errno==ENOENT", "openat", 2, 0, 10, false));
	CHECK(match("errno==0", "openat", 2, 0, 10, false));
	/* read:ret==count: a full read of read only */
	CHECK(match("read:ret==count", "read", 100, 100, 10, false));
	CHECK(!match("read:ret==count", "read", 10, 100, 10, false));
	CHECK(!match("read:ret==count", "write", 100, 100, 10, false));
	CHECK(match("read,write:ret<count", "write", 10, 100, 10, false));
	CHECK(!match("count>0", "getpid", 10, 100, 10, false)); /* no count: false */
	CHECK(match("!(count>0)", "getpid", 10, 100, 10, false));
	CHECK(match("arg2>4096", "read", 0, 4097, 10, false));
	CHECK(!match("arg2>4K", "read", 0, 4096, 10, false));
	CHECK(match("arg2>=4K && arg0==3", "read", 0, 4096, 10, false));
	CHECK(match("duration>1ms", "read", 0, 0, 1000001, false));
	CHECK(!match("duration>1ms", "read", 0, 0, 1000000, false));
	CHECK(match("duration>=1.5ms", "read", 0, 0, 1500000, false));
	CHECK(match("duration>0.5us", "read", 0, 0, 501, false));
	/* precedence: && binds tighter than || */
	CHECK(match("ret==1 || ret==2 && arg2==0", "read", 1, 5, 10, false));
	CHECK(!match("(ret==1 || ret==2) && arg2==0", "read", 1, 5, 10, false));
	CHECK(match("ret!=-1 && ret>=2 && ret<=2", "read", 2, 0, 10, false));
	CHECK(match("0x10==ret", "read", 16, 0, 10, false));
	CHECK(match("-5<ret", "read", -4, 0, 10, false));
	/* a call that did not return has no ret, errno nor duration */
	CHECK(!match("ret<0", "read", 0, 0, 10, true));
	CHECK(!match("ret>=0", "read", 0, 0, 10, true));
	CHECK(match("arg2==7", "read", 0, 7, 10, true));
	CHECK(!match("duration>=0", "read", 0, 0, 10, true));
}

static void check_errors(void)
{
	CHECK(parses("ret<0", NULL));
	CHECK(parses("  read : ret == count ", NULL));
	CHECK(parses("!!!(ret<0)", NULL));
	CHECK(parses("", "invalid --filter expression: expected a value at its end"));
	CHECK(parses("ret", "invalid --filter expression: expected ==, !=, <, <=, > or >= at its end"));
	CHECK(parses("ret<0 && ", "invalid --filter expression: expected a value at its end"));
	CHECK(parses("ret<0)", "invalid --filter expression: expected && or || at ')'"));
	CHECK(parses("(ret<0", "invalid --filter expression: expected ')' at its end"));
	CHECK(parses("foo<0", "invalid --filter expression: unknown name (ret, errno, count, "
			       "duration, arg0..arg5, a number or an errno) at 'foo<0'"));
	CHECK(parses("nosuch:ret<0", "invalid --filter expression: unknown syscall at 'nosuch:ret<0'"));
	CHECK(parses("ret==-EWHAT", "invalid --filter expression: unknown errno name at '-EWHAT'"));
	CHECK(parses("ret<5parsecs", "invalid --filter expression: unknown unit at 'parsecs'"));
	CHECK(parses("ret<1.5", "invalid --filter expression: a fraction needs a unit (ns, us, ms, s) "
				 "at its end"));
	CHECK(parses("ret<99999999999999999999", "invalid --filter expression: number too large at "
						 "'99999999999999999999'"));
	CHECK(parses("ret<9000000000G", "invalid --filter expression: number too large at its end"));
	CHECK(parses("ret=0", "invalid --filter expression: expected ==, !=, <, <=, > or >= at '=0'"));
	{
		char deep[200];

		memset(deep, '(', 100);
		strcpy(deep + 100, "ret<0");
		CHECK(parses(deep, "invalid --filter expression: nested too deep at '((((((((((((((((((((...'"));
	}
	{
		static char many[4000];
		size_t n = 0;

		for (int i = 0; i < 300; i++)
			n += (size_t)sprintf(many + n, "%sret<%d", i ? "||" : "", i);
		CHECK(parses(many, NULL) == false);
	}
}

int main(void)
{
	check_verdicts();
	check_errors();
	return check_done("filter");
}
