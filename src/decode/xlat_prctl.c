// SPDX-License-Identifier: MIT
/*
 * The constant tables of prctl, arch_prctl, personality and seccomp
 * (prctl.c, seccomp.c), and of classic BPF instructions (seccomp filters).
 * Names the uapi headers do not export (pid types, XSAVE features, the
 * personality enum) are literals with the kernel's values.
 */
#include "xlat_table.h"

#include <sys/prctl.h>
#include <asm/prctl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>

#include "xlat_prctl.h"

TABLE(pr_fp_mode_names, "PR_FP_MODE_???", NULL, X(PR_FP_MODE_FR), X(PR_FP_MODE_FRE));

TABLE(pr_unalign_names, "PR_UNALIGN_???", NULL, X(PR_UNALIGN_NOPRINT), X(PR_UNALIGN_SIGBUS));

TABLE(pr_sve_vl_names, "PR_SVE_???", NULL, X(PR_SVE_SET_VL_ONEXEC), X(PR_SVE_VL_INHERIT));

TABLE(pr_sme_vl_names, "PR_SME_???", NULL, X(PR_SME_SET_VL_ONEXEC), X(PR_SME_VL_INHERIT));

TABLE(pr_tagged_addr_names, "PR_TAGGED_ADDR_???", "!PR_TAGGED_ADDR_ENABLE",
      X(PR_TAGGED_ADDR_ENABLE));

TABLE(pr_mte_tcf_names, "PR_MTE_TCF_???", NULL,
      X(PR_MTE_TCF_NONE), X(PR_MTE_TCF_SYNC), X(PR_MTE_TCF_ASYNC), X(PR_MTE_TCF_MASK));

TABLE(pr_pac_key_names, "PR_PAC_???", NULL,
      X(PR_PAC_APIAKEY), X(PR_PAC_APIBKEY), X(PR_PAC_APDAKEY), X(PR_PAC_APDBKEY));

/* PR_PAC_RESET_KEYS also takes the generic key */
TABLE(pr_pac_reset_key_names, "PR_PAC_???", NULL,
      X(PR_PAC_APIAKEY), X(PR_PAC_APIBKEY), X(PR_PAC_APDAKEY), X(PR_PAC_APDBKEY),
      X(PR_PAC_APGAKEY));

TABLE(pr_sched_core_names, "PR_SCHED_CORE_???", NULL,
      X(PR_SCHED_CORE_GET), X(PR_SCHED_CORE_CREATE), X(PR_SCHED_CORE_SHARE_TO),
      X(PR_SCHED_CORE_SHARE_FROM));

/* enum pid_type of the kernel (include/linux/pid.h), not exported */
TABLE(pidtype_names, "PIDTYPE_???", NULL,
      N(0, "PIDTYPE_PID"), N(1, "PIDTYPE_TGID"), N(2, "PIDTYPE_PGID"), N(3, "PIDTYPE_SID"));

/* what PR_SET_SPECULATION_CTRL sets (a value) and PR_GET_SPECULATION_CTRL returns (bits) */
TABLE(pr_spec_set_names, "PR_SPEC_???", NULL,
      X(PR_SPEC_ENABLE), X(PR_SPEC_DISABLE), X(PR_SPEC_FORCE_DISABLE), X(PR_SPEC_DISABLE_NOEXEC));

TABLE(pr_spec_get_names, "PR_SPEC_???", "PR_SPEC_NOT_AFFECTED",
      X(PR_SPEC_PRCTL), X(PR_SPEC_ENABLE), X(PR_SPEC_DISABLE), X(PR_SPEC_FORCE_DISABLE),
      X(PR_SPEC_DISABLE_NOEXEC));

TABLE(pr_sud_names, "PR_SYS_DISPATCH_???", NULL, X(PR_SYS_DISPATCH_OFF), X(PR_SYS_DISPATCH_ON));

/* personality: the type in the low byte (linux/personality.h, an enum) */
TABLE(personality_type_names, "PER_???", NULL,
      N(0x0000, "PER_LINUX"), N(0x0006, "PER_BSD"), N(0x0008, "PER_LINUX32"),
      N(0x000c, "PER_RISCOS"), N(0x000f, "PER_OSF4"), N(0x0010, "PER_HPUX"),
      N(0x00ff, "PER_MASK"));

TABLE(personality_flag_names, NULL, NULL,
      N(0x0020000, "UNAME26"), N(0x0040000, "ADDR_NO_RANDOMIZE"),
      N(0x0080000, "FDPIC_FUNCPTRS"), N(0x0100000, "MMAP_PAGE_ZERO"),
      N(0x0200000, "ADDR_COMPAT_LAYOUT"), N(0x0400000, "READ_IMPLIES_EXEC"),
      N(0x0800000, "ADDR_LIMIT_32BIT"), N(0x1000000, "SHORT_INODE"),
      N(0x2000000, "WHOLE_SECONDS"), N(0x4000000, "STICKY_TIMEOUTS"),
      N(0x8000000, "ADDR_LIMIT_3GB"));

/* arch_prctl's XSAVE features (arch/x86/include/asm/fpu/types.h, not exported) */
TABLE(x86_xfeature_mask_names, "XFEATURE_MASK_???", NULL,
      N(0x3, "XFEATURE_MASK_FPSSE"), N(0x1, "XFEATURE_MASK_FP"), N(0x2, "XFEATURE_MASK_SSE"),
      N(0x4, "XFEATURE_MASK_YMM"), N(0x8, "XFEATURE_MASK_BNDREGS"),
      N(0x10, "XFEATURE_MASK_BNDCSR"), N(0xe0, "XFEATURE_MASK_AVX512"),
      N(0x20, "XFEATURE_MASK_OPMASK"), N(0x40, "XFEATURE_MASK_ZMM_Hi256"),
      N(0x80, "XFEATURE_MASK_Hi16_ZMM"), N(0x100, "XFEATURE_MASK_PT"),
      N(0x200, "XFEATURE_MASK_PKRU"), N(0x400, "XFEATURE_MASK_PASID"),
      N(0x8000, "XFEATURE_MASK_LBR"), N(0x60000, "XFEATURE_MASK_XTILE"),
      N(0x20000, "XFEATURE_MASK_XTILE_CFG"), N(0x40000, "XFEATURE_MASK_XTILE_DATA"));

TABLE(x86_xfeature_names, "XFEATURE_???", NULL,
      N(0, "XFEATURE_FP"), N(1, "XFEATURE_SSE"), N(2, "XFEATURE_YMM"), N(3, "XFEATURE_BNDREGS"),
      N(4, "XFEATURE_BNDCSR"), N(5, "XFEATURE_OPMASK"), N(6, "XFEATURE_ZMM_Hi256"),
      N(7, "XFEATURE_Hi16_ZMM"), N(8, "XFEATURE_PT_UNIMPLEMENTED_SO_FAR"), N(9, "XFEATURE_PKRU"),
      N(10, "XFEATURE_PASID"), N(15, "XFEATURE_LBR"), N(17, "XFEATURE_XTILE_CFG"),
      N(18, "XFEATURE_XTILE_DATA"));

/* seccomp */
TABLE(seccomp_op_names, "SECCOMP_SET_MODE_???", NULL,
      X(SECCOMP_SET_MODE_STRICT), X(SECCOMP_SET_MODE_FILTER), X(SECCOMP_GET_ACTION_AVAIL),
      X(SECCOMP_GET_NOTIF_SIZES));

TABLE(seccomp_filter_flag_names, "SECCOMP_FILTER_FLAG_???", NULL,
      X(SECCOMP_FILTER_FLAG_TSYNC), X(SECCOMP_FILTER_FLAG_LOG), X(SECCOMP_FILTER_FLAG_SPEC_ALLOW),
      X(SECCOMP_FILTER_FLAG_NEW_LISTENER), X(SECCOMP_FILTER_FLAG_TSYNC_ESRCH),
      X(SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV));

TABLE(seccomp_ret_names, "SECCOMP_RET_???", NULL,
      X(SECCOMP_RET_KILL_PROCESS), X(SECCOMP_RET_KILL_THREAD), X(SECCOMP_RET_TRAP),
      X(SECCOMP_RET_ERRNO), X(SECCOMP_RET_USER_NOTIF), X(SECCOMP_RET_TRACE), X(SECCOMP_RET_LOG),
      X(SECCOMP_RET_ALLOW));

