// SPDX-License-Identifier: MIT
/*
 * Constant tables of the process, signal, scheduling and memory-policy calls
 * (see xlat_proc.h), as flags.c's: values from the headers, entries in strace
 * 6.1's print order. Checked against the kernel's uapi headers by
 * tests/unit/test_xlat_values.c.
 */
#include "xlat_proc.h"
#include "xlat_table.h"

#include <signal.h>
#include <sys/signalfd.h>
#include <sys/timex.h>
#include <linux/capability.h>
#include <linux/ioprio.h>
#include <linux/mempolicy.h>
#include <linux/sched.h>

#ifndef SS_AUTODISARM
#define SS_AUTODISARM (1U << 31)
#endif

/* --- NUMA memory policies --- */
TABLE(mpol_mode_names, "MPOL_???", NULL,
      X(MPOL_DEFAULT), X(MPOL_PREFERRED), X(MPOL_BIND), X(MPOL_INTERLEAVE), X(MPOL_LOCAL),
      X(MPOL_PREFERRED_MANY));
TABLE(mpol_mode_flag_names, "MPOL_???", NULL,
      X(MPOL_F_STATIC_NODES), X(MPOL_F_RELATIVE_NODES), X(MPOL_F_NUMA_BALANCING));
TABLE(mbind_flag_names, "MPOL_???", NULL,
      X(MPOL_MF_STRICT), X(MPOL_MF_MOVE), X(MPOL_MF_MOVE_ALL));
TABLE(move_pages_flag_names, "MPOL_???", NULL, X(MPOL_MF_MOVE), X(MPOL_MF_MOVE_ALL));
TABLE(get_mempolicy_flag_names, "MPOL_???", NULL,
      X(MPOL_F_NODE), X(MPOL_F_ADDR), X(MPOL_F_MEMS_ALLOWED));

/* --- I/O priorities --- */
TABLE(ioprio_who_names, "IOPRIO_WHO_???", NULL,
      X(IOPRIO_WHO_PROCESS), X(IOPRIO_WHO_PGRP), X(IOPRIO_WHO_USER));
TABLE(ioprio_class_names, "IOPRIO_CLASS_???", NULL,
      X(IOPRIO_CLASS_NONE), X(IOPRIO_CLASS_RT), X(IOPRIO_CLASS_BE), X(IOPRIO_CLASS_IDLE));

/* --- capabilities --- */
TABLE(cap_version_names, "_LINUX_CAPABILITY_VERSION_???", NULL,
      X(_LINUX_CAPABILITY_VERSION_1), X(_LINUX_CAPABILITY_VERSION_2),
      X(_LINUX_CAPABILITY_VERSION_3));

/* --- adjtimex --- */
TABLE(adjtimex_mode_names, "ADJ_???", NULL,
      X(ADJ_OFFSET_SS_READ), X(ADJ_OFFSET_SINGLESHOT), X(ADJ_OFFSET), X(ADJ_FREQUENCY),
      X(ADJ_MAXERROR), X(ADJ_ESTERROR), X(ADJ_STATUS), X(ADJ_TIMECONST), X(ADJ_TAI),
      X(ADJ_SETOFFSET), X(ADJ_MICRO), X(ADJ_NANO), X(ADJ_TICK));
TABLE(adjtimex_status_names, "STA_???", NULL,
      X(STA_PLL), X(STA_PPSFREQ), X(STA_PPSTIME), X(STA_FLL), X(STA_INS), X(STA_DEL),
      X(STA_UNSYNC), X(STA_FREQHOLD), X(STA_PPSSIGNAL), X(STA_PPSJITTER), X(STA_PPSWANDER),
      X(STA_PPSERROR), X(STA_CLOCKERR), X(STA_NANO), X(STA_MODE), X(STA_CLK));
TABLE(adjtimex_state_names, "TIME_???", NULL,
      X(TIME_OK), X(TIME_INS), X(TIME_DEL), X(TIME_OOP), X(TIME_WAIT), X(TIME_ERROR));

/* --- signals --- */
TABLE(sfd_flag_names, "SFD_???", NULL, X(SFD_CLOEXEC), X(SFD_NONBLOCK));
TABLE(ss_flag_names, "SS_???", NULL, X(SS_ONSTACK), X(SS_DISABLE), X(SS_AUTODISARM));

/* --- scheduling --- */
TABLE(sched_attr_flag_names, "SCHED_FLAG_???", NULL,
      X(SCHED_FLAG_RESET_ON_FORK), X(SCHED_FLAG_RECLAIM), X(SCHED_FLAG_DL_OVERRUN),
      X(SCHED_FLAG_KEEP_POLICY), X(SCHED_FLAG_KEEP_PARAMS), X(SCHED_FLAG_UTIL_CLAMP_MIN),
      X(SCHED_FLAG_UTIL_CLAMP_MAX));
