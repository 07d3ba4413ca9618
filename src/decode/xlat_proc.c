// SPDX-License-Identifier: MIT
/*
 * Constant tables of the process, signal, scheduling and memory-policy calls
 * (see xlat_proc.h), as flags.c's: values from the headers, entries in strace
 * 6.1's print order. Checked against the kernel's uapi headers by
 * tests/unit/test_xlat_values.c.
 */
#include "xlat_proc.h"
#include "xlat_table.h"

#include <elf.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <sys/timex.h>
#include <linux/audit.h>
#include <linux/capability.h>
#include <linux/ioprio.h>
#include <linux/mempolicy.h>
#include <linux/ptrace.h>
#include <linux/sched.h>

#ifndef SYS_SECCOMP
#define SYS_SECCOMP 1
#endif
#ifndef SYS_USER_DISPATCH
#define SYS_USER_DISPATCH 2
#endif
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

/* --- ptrace (x86_64's requests) --- */
TABLE(ptrace_cmd_names, "PTRACE_???", NULL,
      X(PTRACE_TRACEME), X(PTRACE_PEEKTEXT), X(PTRACE_PEEKDATA), N(3, "PTRACE_PEEKUSER"),
      X(PTRACE_POKETEXT), X(PTRACE_POKEDATA), N(6, "PTRACE_POKEUSER"), X(PTRACE_CONT),
      X(PTRACE_KILL), X(PTRACE_SINGLESTEP), X(PTRACE_ATTACH), X(PTRACE_DETACH),
      X(PTRACE_SYSCALL), X(PTRACE_SETOPTIONS), X(PTRACE_GETEVENTMSG), X(PTRACE_GETSIGINFO),
      X(PTRACE_SETSIGINFO), X(PTRACE_GETREGSET), X(PTRACE_SETREGSET), X(PTRACE_SEIZE),
      X(PTRACE_INTERRUPT), X(PTRACE_LISTEN), X(PTRACE_PEEKSIGINFO), X(PTRACE_GETSIGMASK),
      X(PTRACE_SETSIGMASK), X(PTRACE_SECCOMP_GET_FILTER), X(PTRACE_SECCOMP_GET_METADATA),
      X(PTRACE_GET_SYSCALL_INFO), X(PTRACE_GET_RSEQ_CONFIGURATION), X(PTRACE_GETREGS),
      X(PTRACE_SETREGS), X(PTRACE_GETFPREGS), X(PTRACE_SETFPREGS), X(PTRACE_GETFPXREGS),
      X(PTRACE_SETFPXREGS), X(PTRACE_OLDSETOPTIONS), X(PTRACE_GET_THREAD_AREA),
      X(PTRACE_SET_THREAD_AREA), X(PTRACE_ARCH_PRCTL), X(PTRACE_SYSEMU),
      X(PTRACE_SYSEMU_SINGLESTEP), X(PTRACE_SINGLEBLOCK));
TABLE(ptrace_option_names, "PTRACE_O_???", NULL,
      X(PTRACE_O_TRACESYSGOOD), X(PTRACE_O_TRACEFORK), X(PTRACE_O_TRACEVFORK),
      X(PTRACE_O_TRACECLONE), X(PTRACE_O_TRACEEXEC), X(PTRACE_O_TRACEVFORKDONE),
      X(PTRACE_O_TRACEEXIT), X(PTRACE_O_TRACESECCOMP), X(PTRACE_O_EXITKILL),
      X(PTRACE_O_SUSPEND_SECCOMP));
TABLE(ptrace_syscall_info_op_names, "PTRACE_SYSCALL_INFO_???", NULL,
      X(PTRACE_SYSCALL_INFO_NONE), X(PTRACE_SYSCALL_INFO_ENTRY), X(PTRACE_SYSCALL_INFO_EXIT),
      X(PTRACE_SYSCALL_INFO_SECCOMP));
TABLE(ptrace_peeksiginfo_flag_names, "PTRACE_PEEKSIGINFO_???", NULL,
      X(PTRACE_PEEKSIGINFO_SHARED));
TABLE(nt_type_names, "NT_???", NULL,
      X(NT_PRSTATUS), X(NT_FPREGSET), X(NT_PRPSINFO), X(NT_PRXREG), X(NT_PLATFORM), X(NT_AUXV),
      X(NT_GWINDOWS), X(NT_ASRS), X(NT_PSTATUS), X(NT_PSINFO), X(NT_PRCRED), X(NT_UTSNAME),
      X(NT_LWPSTATUS), X(NT_LWPSINFO), X(NT_PRFPXREG), X(NT_386_TLS), X(NT_386_IOPERM),
      X(NT_X86_XSTATE), X(NT_FILE), X(NT_PRXFPREG), X(NT_SIGINFO));

/* --- signals --- */
TABLE(sfd_flag_names, "SFD_???", NULL, X(SFD_CLOEXEC), X(SFD_NONBLOCK));
TABLE(sigsys_code_names, "SYS_???", NULL, X(SYS_SECCOMP), X(SYS_USER_DISPATCH));
TABLE(ss_flag_names, "SS_???", NULL, X(SS_ONSTACK), X(SS_DISABLE), X(SS_AUTODISARM));

/* --- scheduling --- */
TABLE(sched_attr_flag_names, "SCHED_FLAG_???", NULL,
      X(SCHED_FLAG_RESET_ON_FORK), X(SCHED_FLAG_RECLAIM), X(SCHED_FLAG_DL_OVERRUN),
      X(SCHED_FLAG_KEEP_POLICY), X(SCHED_FLAG_KEEP_PARAMS), X(SCHED_FLAG_UTIL_CLAMP_MIN),
      X(SCHED_FLAG_UTIL_CLAMP_MAX));
