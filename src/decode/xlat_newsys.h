/* SPDX-License-Identifier: MIT */
/*
 * The constant tables of the newer and special-purpose calls (notify.c,
 * landlock.c, newsys.c, io_uring.c...): inotify, fanotify, landlock,
 * memfd_secret, pkeys, userfaultfd, io_uring. Kept apart from flags.c so that
 * the area's tables live with their decoders' names.
 */
#ifndef SCT_DECODE_XLAT_NEWSYS_H
#define SCT_DECODE_XLAT_NEWSYS_H

#include "flags.h"

extern const struct flag_table inotify_init_flag_names, inotify_flag_names, fan_class_names,
	fan_init_flag_names, fan_mark_flag_names, fan_event_flag_names;
extern const struct flag_table landlock_access_fs_names, landlock_create_flag_names,
	landlock_rule_type_names;
extern const struct flag_table memfd_secret_flag_names, pkey_access_names, uffd_flag_names;
extern const struct flag_table uring_setup_flag_names, uring_feature_names, uring_enter_flag_names;
extern const struct flag_table xattr_flag_names; /* sigev_notify_names: xlat_sysvipc.h */
extern const struct flag_table kexec_arch_names, kexec_load_flag_names, kexec_file_flag_names;
extern const struct flag_table futex_waiter_flag_names;

#endif
