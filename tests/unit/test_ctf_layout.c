// SPDX-License-Identifier: MIT
/*
 * --ctf's event classes (src/output/ctf_metadata.c): LTTng's names and fields
 * for known calls, types from the syscall table, inputs at entry and outputs
 * at exit, and for every number of the table a layout that fits and whose
 * field names are distinct TSDL identifiers.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "../../src/decode/syscall_table.h"
#include "../../src/output/ctf.h"
#include "check.h"

/* "name:kind,name:kind" of a layout, kinds s32 u32 s64 u64 hex str. */
static const char *describe(unsigned nr, int exit, const char **name)
{
	static const char *const kinds[] = { "s32", "u32", "s64", "u64", "hex", "str" };
	static char buf[512];
	struct ctf_layout l;
	size_t len = 0;

	buf[0] = '\0';
	if (!ctf_syscall_layout(nr, exit, &l, name))
		return "(none)";
	for (unsigned i = 0; i < l.n; i++)
		len += (size_t)snprintf(buf + len, sizeof(buf) - len, "%s%s:%s", i ? "," : "",
					l.f[i].name, kinds[l.f[i].kind]);
	return buf;
}

static void check_known(void)
{
	static const struct {
		unsigned nr;
		const char *name, *entry, *exit;
	} want[] = {
		{ 257, "openat", "dfd:s32,filename:str,flags:s32,mode:u32", "ret:s64" },
		{ 0, "read", "fd:s32,count:u64", "ret:s64,buf:hex" },
		{ 1, "write", "fd:s32,buf:hex,count:u64", "ret:s64" },
		{ 5, "newfstat", "fd:s32", "ret:s64,statbuf:hex" },
		{ 4, "newstat", "filename:str", "ret:s64,statbuf:hex" },
		{ 293, "pipe2", "flags:s32", "ret:s64,fildes:hex" },
		{ 9, "mmap", "addr:hex,len:u64,prot:u64,flags:u64,fd:s32,off:hex", "ret:s64" },
		{ 59, "execve", "filename:str,argv:hex,envp:hex", "ret:s64" },
		{ 231, "exit_group", "error_code:s32", "ret:s64" },
		{ 40, "sendfile64", "out_fd:s32,in_fd:s32,offset:hex,count:u64", "ret:s64,offset:hex" },
		{ 23, "select", "n:s32,inp:hex,outp:hex,exp:hex,tvp:hex", "ret:s64,inp:hex,outp:hex,exp:hex,tvp:hex" },
	};
	const char *name = NULL;

	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		CHECK_STR(describe(want[i].nr, 0, &name), want[i].entry);
		CHECK_STR(name, want[i].name);
		CHECK_STR(describe(want[i].nr, 1, &name), want[i].exit);
	}
	/* a number the table does not name: the *_unknown events */
	CHECK_STR(describe(400, 0, &name), "(none)");
	CHECK_STR(describe(5000, 1, &name), "(none)");
}

static int is_ident(const char *s)
{
	if (!*s || isdigit((unsigned char)*s))
		return 0;
	for (; *s; s++)
		if (!isalnum((unsigned char)*s) && *s != '_')
			return 0;
	return 1;
}

/* Every syscall: at most CTF_MAX_FIELDS, identifiers, no name twice, ret first at exit. */
static void check_all(void)
{
	unsigned known = 0, bad = 0;

	for (unsigned nr = 0; nr < syscall_table_size(); nr++) {
		for (int exit = 0; exit < 2; exit++) {
			struct ctf_layout l;
			const char *name;

			if (!ctf_syscall_layout(nr, exit, &l, &name))
				continue;
			known++;
			if (!is_ident(name) || l.n > CTF_MAX_FIELDS ||
			    (exit && (l.n == 0 || strcmp(l.f[0].name, "ret"))))
				bad++;
			for (unsigned i = 0; i < l.n; i++) {
				if (!is_ident(l.f[i].name))
					bad++;
				for (unsigned j = 0; j < i; j++)
					if (!strcmp(l.f[i].name, l.f[j].name))
						bad++;
			}
			if (bad) {
				printf("    bad layout: nr %u (%s) %s\n", nr, name, exit ? "exit" : "entry");
				CHECK(!bad);
				return;
			}
		}
	}
	CHECK(known > 2 * 300);
}

/* sched_switch's prev_state as the kernel's event reports the raw bits (sct_sched_state). */
static void check_sched_state(void)
{
	static const struct {
		long long raw, want;
	} cases[] = {
		{ 0, 0 },	   /* preempted, runnable */
		{ 0x1, 1 },	   /* TASK_INTERRUPTIBLE: S */
		{ 0x2, 2 },	   /* TASK_UNINTERRUPTIBLE: D */
		{ 0x102, 2 },	   /* TASK_KILLABLE: D */
		{ 0x2102, 2 },	   /* killable and freezable (vfork's wait): D */
		{ 0x402, 128 },	   /* TASK_IDLE: I */
		{ 0x2001, 1 },	   /* freezable interruptible: S */
		{ 0x80 | 0x20, 32 }, /* TASK_DEAD with EXIT_ZOMBIE: Z */
		{ 0x80 | 0x10, 16 }, /* TASK_DEAD with EXIT_DEAD: X */
		{ 0x4, 4 },	   /* __TASK_STOPPED: T */
		{ 0x8, 8 },	   /* __TASK_TRACED: t */
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK(sct_sched_state(cases[i].raw) == cases[i].want);
}

int main(void)
{
	check_sched_state();
	check_known();
	check_all();
	return check_done("ctf_layout");
}
