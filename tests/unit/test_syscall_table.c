// SPDX-License-Identifier: MIT
/*
 * Unit test of the x86_64 syscall table: known numbers, names, argument
 * counts, types and strace trace classes, and the consistency of the whole
 * table (argument counts, types in range, unique names, name lookups).
 */
#include "decode/syscall_table.h"

#include "check.h"

static const char *name_of(unsigned nr)
{
	const struct syscall_desc *d = syscall_desc(nr);

	return d ? d->name : NULL;
}

static unsigned nargs_of(unsigned nr)
{
	const struct syscall_desc *d = syscall_desc(nr);

	return d ? d->nargs : 99;
}

static uint32_t classes_of(unsigned nr)
{
	const struct syscall_desc *d = syscall_desc(nr);

	return d ? d->classes : 0xffffffffu;
}

static void test_known_numbers(void)
{
	CHECK(syscall_table_size() == 470);
	CHECK_STR(name_of(0), "read");
	CHECK_STR(name_of(1), "write");
	CHECK_STR(name_of(2), "open");
	CHECK_STR(name_of(3), "close");
	CHECK_STR(name_of(9), "mmap");
	CHECK_STR(name_of(56), "clone");
	CHECK_STR(name_of(59), "execve");
	CHECK_STR(name_of(60), "exit");
	CHECK_STR(name_of(158), "arch_prctl");
	CHECK_STR(name_of(166), "umount2");
	CHECK_STR(name_of(202), "futex");
	CHECK_STR(name_of(231), "exit_group");
	CHECK_STR(name_of(257), "openat");
	CHECK_STR(name_of(262), "newfstatat");
	CHECK_STR(name_of(302), "prlimit64");
	CHECK_STR(name_of(322), "execveat");
	CHECK_STR(name_of(332), "statx");
	CHECK_STR(name_of(334), "rseq");
	CHECK_STR(name_of(335), "uretprobe");
	CHECK_STR(name_of(336), "uprobe");
	CHECK_STR(name_of(424), "pidfd_send_signal");
	CHECK_STR(name_of(435), "clone3");
	CHECK_STR(name_of(439), "faccessat2");
	CHECK_STR(name_of(450), "set_mempolicy_home_node");
	CHECK_STR(name_of(451), "cachestat");
	CHECK_STR(name_of(462), "mseal");
	CHECK_STR(name_of(467), "open_tree_attr");
	CHECK_STR(name_of(469), "file_setattr");

	/* gaps and out of range */
	CHECK(syscall_desc(337) == NULL);
	CHECK(syscall_desc(400) == NULL);
	CHECK(syscall_desc(423) == NULL);
	CHECK(syscall_desc(470) == NULL);
	CHECK(syscall_desc(512) == NULL);
	CHECK(syscall_desc(~0u) == NULL);
}

static void test_arguments(void)
{
	const struct syscall_desc *d;

	CHECK(nargs_of(0) == 3);
	CHECK(nargs_of(24) == 0); /* sched_yield */
	CHECK(nargs_of(39) == 0); /* getpid */
	CHECK(nargs_of(9) == 6); /* mmap */
	CHECK(nargs_of(56) == 5); /* clone */
	CHECK(nargs_of(59) == 3);
	CHECK(nargs_of(60) == 1);
	CHECK(nargs_of(231) == 1);
	CHECK(nargs_of(257) == 4);
	CHECK(nargs_of(269) == 3); /* faccessat: strace prints three */
	CHECK(nargs_of(322) == 5);
	CHECK(nargs_of(435) == 2);

	d = syscall_desc(257);
	CHECK(d && d->arg[0] == AT_DIRFD && d->arg[1] == AT_PATH &&
	      d->arg[2] == AT_OPEN_FLAGS && d->arg[3] == AT_OPEN_MODE);
	CHECK(d && d->ret == RT_INT && d->flags == 0 && d->special == SP_NONE);

	d = syscall_desc(0);
	CHECK(d && d->arg[0] == AT_FD && d->arg[1] == AT_BUF_OUT && d->arg[2] == AT_ULONG);

	d = syscall_desc(9);
	CHECK(d && d->ret == RT_HEX && d->arg[2] == AT_MMAP_PROT && d->arg[3] == AT_MMAP_FLAGS &&
	      d->arg[4] == AT_FD);
	CHECK(syscall_desc(12)->ret == RT_HEX); /* brk */
	CHECK(syscall_desc(25)->ret == RT_HEX); /* mremap */
	CHECK(syscall_desc(30)->ret == RT_HEX); /* shmat */
	CHECK(syscall_desc(95)->ret == RT_OCTAL); /* umask */
	CHECK(syscall_desc(72)->ret == RT_FCNTL);

	d = syscall_desc(59);
	CHECK(d && d->arg[0] == AT_PATH && d->arg[1] == AT_ARGV && d->arg[2] == AT_ENVP);
	CHECK(d && (d->flags & SYSF_ENTRY_RECORD));
	CHECK(syscall_desc(322)->flags & SYSF_ENTRY_RECORD);

	d = syscall_desc(60);
	CHECK(d && d->ret == RT_NONE && (d->flags & SYSF_NORETURN));
	d = syscall_desc(231);
	CHECK(d && d->ret == RT_NONE && (d->flags & SYSF_NORETURN));

	CHECK(syscall_desc(56)->special == SP_CLONE);
	CHECK(syscall_desc(56)->arg[0] == AT_CLONE_FLAGS);
	CHECK(syscall_desc(435)->special == SP_CLONE3);
	CHECK(syscall_desc(435)->arg[0] == AT_CLONE_ARGS);
	CHECK(syscall_desc(437)->arg[2] == AT_OPEN_HOW);
	CHECK(syscall_desc(157)->arg[0] == AT_PRCTL_OPTION && syscall_desc(157)->ret == RT_PRCTL);

	CHECK(syscall_desc(22)->arg[0] == AT_PIPE_FDS);
	CHECK(syscall_desc(61)->arg[1] == AT_WAIT_STATUS);
	CHECK(syscall_desc(61)->arg[2] == AT_WAIT_OPTIONS);
	CHECK(syscall_desc(8)->arg[2] == AT_WHENCE);
	CHECK(syscall_desc(62)->arg[1] == AT_SIGNAL);
	CHECK(syscall_desc(158)->arg[0] == AT_ARCH_PRCTL_CODE);
	CHECK(syscall_desc(263)->arg[2] == AT_UNLINKAT_FLAGS);
	CHECK(syscall_desc(158)->arg[1] == AT_ARCH_PRCTL_ARG);
	CHECK(syscall_desc(25)->arg[4] == AT_MREMAP_ADDR);
	CHECK(syscall_desc(133)->arg[1] == AT_MKNOD_MODE);
	CHECK(syscall_desc(133)->arg[2] == AT_MKNOD_DEV);
	CHECK(syscall_desc(259)->arg[2] == AT_MKNOD_MODE);
	CHECK(syscall_desc(259)->arg[3] == AT_MKNOD_DEV);
	CHECK(syscall_desc(439)->arg[3] == AT_FACCESSAT_FLAGS);
	CHECK(syscall_desc(269)->arg[2] == AT_ACCESS_MODE);
	/* strings: -s applies to these, not to paths */
	CHECK(syscall_desc(170)->arg[0] == AT_HOSTNAME); /* sethostname: its length, -s */
	CHECK(syscall_desc(319)->arg[0] == AT_MEMFD_NAME); /* memfd_create: -s, at most 250 bytes */
	CHECK(syscall_desc(240)->arg[0] == AT_PATH); /* mq_open */
}

static void test_classes(void)
{
	CHECK(classes_of(0) == TC_DESC);
	CHECK(classes_of(2) == (TC_FILE | TC_DESC));
	CHECK(classes_of(4) == (TC_FILE | TC_STAT | TC_STAT_LIKE));
	CHECK(classes_of(5) == (TC_DESC | TC_FSTAT | TC_STAT_LIKE));
	CHECK(classes_of(6) == (TC_FILE | TC_LSTAT | TC_STAT_LIKE));
	CHECK(classes_of(9) == (TC_DESC | TC_MEMORY));
	CHECK(classes_of(21) == TC_FILE); /* access */
	CHECK(classes_of(24) == 0); /* sched_yield */
	CHECK(classes_of(39) == TC_PURE); /* getpid */
	CHECK(classes_of(40) == (TC_DESC | TC_NETWORK)); /* sendfile */
	CHECK(classes_of(41) == TC_NETWORK);
	CHECK(classes_of(30) == (TC_MEMORY | TC_IPC)); /* shmat */
	CHECK(classes_of(59) == (TC_FILE | TC_PROCESS));
	CHECK(classes_of(62) == (TC_PROCESS | TC_SIGNAL));
	CHECK(classes_of(79) == TC_FILE); /* getcwd */
	CHECK(classes_of(102) == (TC_CREDS | TC_PURE)); /* getuid */
	CHECK(classes_of(136) == TC_STATFS_LIKE); /* ustat */
	CHECK(classes_of(137) == (TC_FILE | TC_STATFS | TC_STATFS_LIKE));
	CHECK(classes_of(138) == (TC_DESC | TC_FSTATFS | TC_STATFS_LIKE));
	CHECK(classes_of(157) == TC_CREDS); /* prctl */
	CHECK(classes_of(201) == TC_CLOCK); /* time */
	CHECK(classes_of(202) == 0); /* futex */
	CHECK(classes_of(228) == TC_CLOCK); /* clock_gettime */
	CHECK(classes_of(230) == 0); /* clock_nanosleep */
	CHECK(classes_of(231) == TC_PROCESS);
	CHECK(classes_of(257) == (TC_FILE | TC_DESC));
	CHECK(classes_of(262) == (TC_FILE | TC_DESC | TC_FSTAT | TC_STAT_LIKE));
	CHECK(classes_of(322) == (TC_FILE | TC_DESC | TC_PROCESS));
	CHECK(classes_of(332) == (TC_FILE | TC_DESC | TC_FSTAT | TC_STAT_LIKE));
	CHECK(classes_of(424) == (TC_DESC | TC_PROCESS | TC_SIGNAL));
	CHECK(classes_of(426) == (TC_DESC | TC_SIGNAL)); /* io_uring_enter */
	CHECK(classes_of(435) == TC_PROCESS);
	CHECK(classes_of(436) == 0); /* close_range */
}

static void test_consistency(void)
{
	unsigned n = syscall_table_size(), named = 0;
	int bad_nargs = 0, bad_type = 0, bad_ret = 0, bad_lookup = 0, dup = 0;

	for (unsigned nr = 0; nr < n; nr++) {
		const struct syscall_desc *d = syscall_desc(nr);

		if (!d)
			continue;
		named++;
		if (!d->name || !d->name[0] || d->nargs > 6)
			bad_nargs++;
		for (unsigned i = 0; i < 6; i++) {
			if (d->arg[i] >= AT_COUNT)
				bad_type++;
			/* each printed argument has a type, the rest none */
			if ((i < d->nargs) != (d->arg[i] != AT_NONE))
				bad_type++;
		}
		if (d->ret >= RT_COUNT)
			bad_ret++;
		if (syscall_by_name(d->name) != (int)nr)
			bad_lookup++;
		for (unsigned other = nr + 1; other < n; other++) {
			const struct syscall_desc *o = syscall_desc(other);

			if (o && strcmp(o->name, d->name) == 0)
				dup++;
		}
	}
	CHECK(named == 383);
	CHECK(bad_nargs == 0);
	CHECK(bad_type == 0);
	CHECK(bad_ret == 0);
	CHECK(bad_lookup == 0);
	CHECK(dup == 0);

	/* only exit and exit_group never return, only clone and clone3 are special */
	for (unsigned nr = 0; nr < n; nr++) {
		const struct syscall_desc *d = syscall_desc(nr);

		if (!d)
			continue;
		if ((d->flags & SYSF_NORETURN) && nr != 60 && nr != 231)
			CHECK_STR(d->name, "exit or exit_group");
		if (d->special != SP_NONE && nr != 56 && nr != 435)
			CHECK_STR(d->name, "clone or clone3");
	}
}

static void test_by_name(void)
{
	CHECK(syscall_by_name("read") == 0);
	CHECK(syscall_by_name("execve") == 59);
	CHECK(syscall_by_name("exit_group") == 231);
	CHECK(syscall_by_name("openat") == 257);
	CHECK(syscall_by_name("clone3") == 435);
	CHECK(syscall_by_name("mseal") == 462);
	CHECK(syscall_by_name("umount2") == 166);
	CHECK(syscall_by_name("nosuchcall") == -1);
	CHECK(syscall_by_name("") == -1);
	CHECK(syscall_by_name("syscall_0x1c2") == -1);
	CHECK(syscall_by_name("READ") == -1);
	CHECK(syscall_by_name("open ") == -1);
	CHECK(syscall_by_name(NULL) == -1);
	/* 32-bit-only names are not in the 64-bit table */
	CHECK(syscall_by_name("umount") == -1);
	CHECK(syscall_by_name("fstat64") == -1);
	CHECK(syscall_by_name("socketcall") == -1);
}

/*
 * --json's names: the kernel's, for every argument of every call that has a
 * prototype (the calls without one, and preadv's offset halves, excepted).
 */
static void test_param_names(void)
{
	static const unsigned unnamed[] = { 15, 183, 184, 185, 236 };

	CHECK_STR(syscall_param_name(257, 0), "dfd");
	CHECK_STR(syscall_param_name(257, 1), "filename");
	CHECK_STR(syscall_param_name(257, 3), "mode");
	CHECK_STR(syscall_param_name(0, 2), "count");
	CHECK_STR(syscall_param_name(4, 1), "statbuf");
	CHECK_STR(syscall_param_name(9, 5), "off");
	CHECK_STR(syscall_param_name(41, 0), "family");
	CHECK_STR(syscall_param_name(56, 4), "tls");
	CHECK_STR(syscall_param_name(332, 4), "buffer");
	CHECK_STR(syscall_param_name(462, 2), "flags");
	CHECK(syscall_param_name(0, 3) == NULL);
	CHECK(syscall_param_name(257, 6) == NULL);
	CHECK(syscall_param_name(100000, 0) == NULL);
	for (unsigned nr = 0; nr < syscall_table_size(); nr++) {
		const struct syscall_desc *d = syscall_desc(nr);
		bool skip = false;

		for (size_t k = 0; k < sizeof(unnamed) / sizeof(unnamed[0]); k++)
			skip |= unnamed[k] == nr;
		if (!d || skip)
			continue;
		for (unsigned i = 0; i < d->nargs; i++)
			if (!syscall_param_name(nr, i)) {
				printf("FAIL %s: argument %u has no name\n", d->name, i);
				CHECK(false);
			}
	}
}

int main(void)
{
	test_known_numbers();
	test_arguments();
	test_classes();
	test_consistency();
	test_by_name();
	test_param_names();
	return check_done("syscall_table");
}
