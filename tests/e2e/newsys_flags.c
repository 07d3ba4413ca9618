// SPDX-License-Identifier: MIT
// Flags and structures of inotify, fanotify, landlock, memfd_secret, pkey_alloc, userfaultfd.
// TRACE: -e trace=inotify_init1,inotify_add_watch,fanotify_init,fanotify_mark,landlock_create_ruleset,landlock_add_rule,landlock_restrict_self,memfd_secret,pkey_alloc,userfaultfd,process_mrelease,exit_group
// START: first
#include "e2e.h"

int main(void)
{
	static const char dir[] = ".";
	/* handled_access_fs, then a byte more; path_beneath: allowed_access, parent_fd (packed) */
	static unsigned long long attr[2] = { 0x1 | 0x4000, 0 };
	static unsigned char beneath[12] = { 0x3, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff };

	SC(SYS_inotify_init1, 0x1000000L);
	line(ret(), "inotify_init1(0x1000000 /* IN_??? */)");
	SC(SYS_inotify_add_watch, -1, dir, 0x20000003L);
	line(ret(), "inotify_add_watch(-1, \".\", IN_ACCESS|IN_MODIFY|IN_MASK_ADD)");
	SC(SYS_fanotify_init, 0xcL, 0L);
	line(ret(), "fanotify_init(0xc /* FAN_CLASS_??? */, O_RDONLY)");
	SC(SYS_fanotify_init, 0x6L, 0L);
	line(ret(), "fanotify_init(FAN_CLASS_CONTENT|FAN_NONBLOCK, O_RDONLY)");
	SC(SYS_fanotify_mark, -1, 0x11L, 0x40000020L, -1L, NULL);
	line(ret(), "fanotify_mark(-1, FAN_MARK_ADD|FAN_MARK_MOUNT, FAN_OPEN|FAN_ONDIR, FAN_NOFD, NULL)");
	SC(SYS_fanotify_mark, -1, 0x1000L, 0L, -100L, dir);
	line(ret(), "fanotify_mark(-1, 0x1000 /* FAN_MARK_??? */, 0, AT_FDCWD, \".\")");
	SC(SYS_landlock_create_ruleset, attr, 8L, 0L);
	line(ret(), "landlock_create_ruleset({handled_access_fs=LANDLOCK_ACCESS_FS_EXECUTE|0x4000}, 8, 0)");
	SC(SYS_landlock_create_ruleset, attr, 16L, 0x2L);
	line(ret(), "landlock_create_ruleset({handled_access_fs=LANDLOCK_ACCESS_FS_EXECUTE|0x4000, ...}, 16, "
		    "0x2 /* LANDLOCK_CREATE_RULESET_??? */)");
	SC(SYS_landlock_create_ruleset, attr, 4L, 0L);
	line(ret(), "landlock_create_ruleset(%p, 4, 0)", (void *)attr);
	SC(SYS_landlock_add_rule, -1, 1L, beneath, 0L);
	line(ret(), "landlock_add_rule(-1, LANDLOCK_RULE_PATH_BENEATH, {allowed_access="
		    "LANDLOCK_ACCESS_FS_EXECUTE|LANDLOCK_ACCESS_FS_WRITE_FILE, parent_fd=-1}, 0)");
	SC(SYS_landlock_add_rule, -1, 2L, beneath, 0L);
	line(ret(), "landlock_add_rule(-1, 0x2 /* LANDLOCK_RULE_??? */, %p, 0)", (void *)beneath);
	SC(SYS_landlock_restrict_self, -1, 0x100000001L);
	line(ret(), "landlock_restrict_self(-1, 0x1)");
	SC(SYS_memfd_secret, 0x80010L);
	line(ret(), "memfd_secret(O_CLOEXEC|0x10)");
	SC(SYS_pkey_alloc, 0L, 0x6L);
	line(ret(), "pkey_alloc(0, PKEY_DISABLE_WRITE|PKEY_DISABLE_EXECUTE)");
	SC(SYS_userfaultfd, 0x80801L);
	line(ret(), "userfaultfd(UFFD_USER_MODE_ONLY|O_NONBLOCK|O_CLOEXEC)");
	SC(SYS_process_mrelease, -1, 0x100000002L);
	line(ret(), "process_mrelease(-1, 0x2)");
	e2e_exit(0);
}
