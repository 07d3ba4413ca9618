// SPDX-License-Identifier: MIT
/*
 * Constant tables of the newer calls (see xlat_newsys.h), as flags.c's:
 * values from the kernel's uapi headers, entries in strace 6.1's print order.
 * Checked against the headers by tests/unit/test_xlat_values.c.
 */
#include "xlat_newsys.h"
#include "xlat_table.h"

#include <signal.h>
#include <sys/mman.h>
#include <linux/fanotify.h>
#include <linux/futex.h>
#include <linux/inotify.h>
#include <linux/io_uring.h>
#include <linux/kexec.h>
#include <linux/landlock.h>
#include <linux/userfaultfd.h>
#include <linux/xattr.h>

#ifndef PKEY_DISABLE_EXECUTE
#define PKEY_DISABLE_EXECUTE 0x4
#endif
/* gone from the uapi headers since 5.9, still named by strace */
#define FAN_DIR_MODIFY_OLD 0x00080000

/* --- inotify, fanotify --- */
TABLE(inotify_init_flag_names, "IN_???", NULL, X(IN_NONBLOCK), X(IN_CLOEXEC));
TABLE(inotify_flag_names, "IN_???", NULL,
      X(IN_ACCESS), X(IN_MODIFY), X(IN_ATTRIB), X(IN_CLOSE_WRITE), X(IN_CLOSE_NOWRITE),
      X(IN_OPEN), X(IN_MOVED_FROM), X(IN_MOVED_TO), X(IN_CREATE), X(IN_DELETE),
      X(IN_DELETE_SELF), X(IN_MOVE_SELF), X(IN_UNMOUNT), X(IN_Q_OVERFLOW), X(IN_IGNORED),
      X(IN_ONLYDIR), X(IN_DONT_FOLLOW), X(IN_EXCL_UNLINK), X(IN_MASK_CREATE), X(IN_MASK_ADD),
      X(IN_ISDIR), X(IN_ONESHOT));
TABLE(fan_class_names, "FAN_CLASS_???", NULL,
      X(FAN_CLASS_NOTIF), X(FAN_CLASS_CONTENT), X(FAN_CLASS_PRE_CONTENT));
TABLE(fan_init_flag_names, "FAN_???", NULL,
      X(FAN_CLOEXEC), X(FAN_NONBLOCK), X(FAN_UNLIMITED_QUEUE), X(FAN_UNLIMITED_MARKS),
      X(FAN_ENABLE_AUDIT), X(FAN_REPORT_PIDFD), X(FAN_REPORT_TID), X(FAN_REPORT_FID),
      X(FAN_REPORT_DIR_FID), X(FAN_REPORT_NAME), X(FAN_REPORT_TARGET_FID));
TABLE(fan_mark_flag_names, "FAN_MARK_???", NULL,
      X(FAN_MARK_ADD), X(FAN_MARK_REMOVE), X(FAN_MARK_DONT_FOLLOW), X(FAN_MARK_ONLYDIR),
      X(FAN_MARK_MOUNT), X(FAN_MARK_IGNORED_MASK), X(FAN_MARK_IGNORED_SURV_MODIFY),
      X(FAN_MARK_FLUSH), X(FAN_MARK_FILESYSTEM), X(FAN_MARK_EVICTABLE), X(FAN_MARK_IGNORE));
TABLE(fan_event_flag_names, "FAN_???", NULL,
      X(FAN_ACCESS), X(FAN_MODIFY), X(FAN_ATTRIB), X(FAN_CLOSE_WRITE), X(FAN_CLOSE_NOWRITE),
      X(FAN_OPEN), X(FAN_MOVED_FROM), X(FAN_MOVED_TO), X(FAN_CREATE), X(FAN_DELETE),
      X(FAN_DELETE_SELF), X(FAN_MOVE_SELF), X(FAN_OPEN_EXEC), X(FAN_Q_OVERFLOW),
      X(FAN_FS_ERROR), X(FAN_OPEN_PERM), X(FAN_ACCESS_PERM), X(FAN_OPEN_EXEC_PERM),
      N(FAN_DIR_MODIFY_OLD, "FAN_DIR_MODIFY"), X(FAN_ONDIR), X(FAN_EVENT_ON_CHILD),
      X(FAN_RENAME));

/* --- landlock --- */
TABLE(landlock_access_fs_names, "LANDLOCK_ACCESS_FS_???", NULL,
      X(LANDLOCK_ACCESS_FS_EXECUTE), X(LANDLOCK_ACCESS_FS_WRITE_FILE),
      X(LANDLOCK_ACCESS_FS_READ_FILE), X(LANDLOCK_ACCESS_FS_READ_DIR),
      X(LANDLOCK_ACCESS_FS_REMOVE_DIR), X(LANDLOCK_ACCESS_FS_REMOVE_FILE),
      X(LANDLOCK_ACCESS_FS_MAKE_CHAR), X(LANDLOCK_ACCESS_FS_MAKE_DIR),
      X(LANDLOCK_ACCESS_FS_MAKE_REG), X(LANDLOCK_ACCESS_FS_MAKE_SOCK),
      X(LANDLOCK_ACCESS_FS_MAKE_FIFO), X(LANDLOCK_ACCESS_FS_MAKE_BLOCK),
      X(LANDLOCK_ACCESS_FS_MAKE_SYM), X(LANDLOCK_ACCESS_FS_REFER));
TABLE(landlock_create_flag_names, "LANDLOCK_CREATE_RULESET_???", NULL,
      X(LANDLOCK_CREATE_RULESET_VERSION));
TABLE(landlock_rule_type_names, "LANDLOCK_RULE_???", NULL, X(LANDLOCK_RULE_PATH_BENEATH));

/* --- memory descriptors and keys; NULL: unknown bits print without a comment --- */
TABLE(memfd_secret_flag_names, NULL, NULL, X(O_CLOEXEC));
TABLE(pkey_access_names, "PKEY_???", NULL,
      X(PKEY_DISABLE_ACCESS), X(PKEY_DISABLE_WRITE), X(PKEY_DISABLE_EXECUTE));
TABLE(uffd_flag_names, "UFFD_???", NULL, X(UFFD_USER_MODE_ONLY), X(O_NONBLOCK), X(O_CLOEXEC));

/* --- io_uring --- */
TABLE(uring_setup_flag_names, "IORING_SETUP_???", NULL,
      X(IORING_SETUP_IOPOLL), X(IORING_SETUP_SQPOLL), X(IORING_SETUP_SQ_AFF),
      X(IORING_SETUP_CQSIZE), X(IORING_SETUP_CLAMP), X(IORING_SETUP_ATTACH_WQ),
      X(IORING_SETUP_R_DISABLED), X(IORING_SETUP_SUBMIT_ALL), X(IORING_SETUP_COOP_TASKRUN),
      X(IORING_SETUP_TASKRUN_FLAG), X(IORING_SETUP_SQE128), X(IORING_SETUP_CQE32));
TABLE(uring_feature_names, "IORING_FEAT_???", NULL,
      X(IORING_FEAT_SINGLE_MMAP), X(IORING_FEAT_NODROP), X(IORING_FEAT_SUBMIT_STABLE),
      X(IORING_FEAT_RW_CUR_POS), X(IORING_FEAT_CUR_PERSONALITY), X(IORING_FEAT_FAST_POLL),
      X(IORING_FEAT_POLL_32BITS), X(IORING_FEAT_SQPOLL_NONFIXED), X(IORING_FEAT_EXT_ARG),
      X(IORING_FEAT_NATIVE_WORKERS), X(IORING_FEAT_RSRC_TAGS), X(IORING_FEAT_CQE_SKIP),
      X(IORING_FEAT_LINKED_FILE));
TABLE(uring_enter_flag_names, "IORING_ENTER_???", NULL,
      X(IORING_ENTER_GETEVENTS), X(IORING_ENTER_SQ_WAKEUP), X(IORING_ENTER_SQ_WAIT),
      X(IORING_ENTER_EXT_ARG), X(IORING_ENTER_REGISTERED_RING));

/* --- POSIX timers: struct sigevent's sigev_notify --- */
TABLE(sigev_notify_names, "SIGEV_???", NULL,
      X(SIGEV_SIGNAL), X(SIGEV_NONE), X(SIGEV_THREAD), X(SIGEV_THREAD_ID));

/* --- extended attributes --- */
TABLE(xattr_flag_names, "XATTR_???", NULL, X(XATTR_CREATE), X(XATTR_REPLACE));

/* --- kexec --- */
TABLE(kexec_arch_names, "KEXEC_ARCH_???", NULL,
      X(KEXEC_ARCH_DEFAULT), X(KEXEC_ARCH_386), X(KEXEC_ARCH_68K), X(KEXEC_ARCH_PARISC),
      X(KEXEC_ARCH_X86_64), X(KEXEC_ARCH_PPC), X(KEXEC_ARCH_PPC64), X(KEXEC_ARCH_IA_64),
      X(KEXEC_ARCH_ARM), X(KEXEC_ARCH_S390), X(KEXEC_ARCH_SH), X(KEXEC_ARCH_MIPS_LE),
      X(KEXEC_ARCH_MIPS), X(KEXEC_ARCH_AARCH64), X(KEXEC_ARCH_RISCV), X(KEXEC_ARCH_LOONGARCH));
TABLE(kexec_load_flag_names, "KEXEC_???", NULL, X(KEXEC_ON_CRASH), X(KEXEC_PRESERVE_CONTEXT));
TABLE(kexec_file_flag_names, "KEXEC_FILE_???", NULL,
      X(KEXEC_FILE_UNLOAD), X(KEXEC_FILE_ON_CRASH), X(KEXEC_FILE_NO_INITRAMFS));

/* --- futex_waitv's waiters --- */
TABLE(futex_waiter_flag_names, "FUTEX_???", NULL, X(FUTEX_32), X(FUTEX_PRIVATE_FLAG));
