/* SPDX-License-Identifier: MIT */
/*
 * Argument and return-value types of the syscall table. Each argument type
 * names one formatter (args.c) and says what the kernel side must capture for
 * it (arg_type_capture()). Keep the enum and the formatter table in step.
 */
#ifndef SCT_DECODE_ARG_TYPES_H
#define SCT_DECODE_ARG_TYPES_H

#include <stdbool.h>
#include <stdint.h>

enum arg_type {
	AT_NONE = 0,
	/* plain numbers */
	AT_INT, /* int, decimal */
	AT_UINT, /* unsigned int, decimal */
	AT_LONG, /* long, decimal */
	AT_ULONG, /* unsigned long / size_t, decimal */
	AT_HEX, /* unsigned long, 0x hex (0 as 0) */
	AT_OCTAL, /* mode_t, octal with a leading 0 (umask, mkdir, chmod) */
	AT_PTR, /* pointer: NULL or 0x... */
	/* file descriptors */
	AT_FD, /* int fd */
	AT_DIRFD, /* AT_FDCWD or fd */
	/* strings read from user memory */
	AT_PATH, /* path, printed in full */
	AT_STR, /* string, -s applies */
	AT_ARGV, /* char *const argv[]: ["a", "b"] */
	AT_ENVP, /* char *const envp[]: 0x7ff... / * N vars * / */
	/* flags and enums */
	AT_OPEN_FLAGS, /* O_RDONLY|O_CLOEXEC */
	AT_OPEN_MODE, /* mode of open/openat/creat: printed only with O_CREAT or O_TMPFILE */
	AT_ACCESS_MODE, /* F_OK, R_OK|W_OK */
	AT_AT_FLAGS, /* AT_SYMLINK_NOFOLLOW|AT_EMPTY_PATH ... */
	AT_UNLINKAT_FLAGS, /* 0 or AT_REMOVEDIR */
	AT_MMAP_PROT, /* PROT_READ|PROT_WRITE, PROT_NONE */
	AT_MMAP_FLAGS, /* MAP_PRIVATE|MAP_ANONYMOUS */
	AT_WHENCE, /* SEEK_SET ... */
	AT_CLONE_FLAGS, /* CLONE_VM|...|SIGCHLD */
	AT_FCNTL_CMD, /* F_GETFL ... */
	AT_FCNTL_ARG, /* fcntl's third argument, decoded after the command */
	AT_SOCK_DOMAIN, /* AF_INET ... */
	AT_SOCK_TYPE, /* SOCK_STREAM|SOCK_CLOEXEC */
	AT_SOCK_PROTO, /* IPPROTO_TCP ... (by domain) */
	AT_SIGNAL, /* SIGTERM, 0 */
	AT_WAIT_OPTIONS, /* WNOHANG|__WALL */
	AT_PIPE_FLAGS, /* O_CLOEXEC|O_NONBLOCK for pipe2 */
	AT_DUP3_FLAGS, /* O_CLOEXEC */
	AT_EVENTFD_FLAGS, /* EFD_CLOEXEC|EFD_NONBLOCK */
	AT_EPOLL_FLAGS, /* EPOLL_CLOEXEC */
	AT_SHUTDOWN_HOW, /* SHUT_RD ... */
	AT_MSYNC_FLAGS, /* MS_SYNC ... */
	AT_MREMAP_FLAGS, /* MREMAP_MAYMOVE ... */
	AT_RENAME_FLAGS, /* RENAME_NOREPLACE ... */
	AT_PRIO_WHICH, /* PRIO_PROCESS ... */
	AT_RLIMIT_RESOURCE, /* RLIMIT_NOFILE ... */
	AT_SIGPROCMASK_HOW, /* SIG_BLOCK ... */
	AT_CLOCKID, /* CLOCK_MONOTONIC ... */
	AT_ARCH_PRCTL_CODE, /* ARCH_SET_FS ... */
	/* outputs, decoded at exit */
	AT_PIPE_FDS, /* int[2]: [3, 4] */
	AT_WAIT_STATUS, /* int *: [{WIFEXITED(s) && WEXITSTATUS(s) == 0}] */
	AT_OUT_INT, /* int *: [5] */
	AT_OUT_PTR, /* a pointer the kernel writes through, printed as an address at exit */
	AT_IOVEC_IN, /* struct iovec[count] the call reads (writev), count the next argument */
	AT_IOVEC_OUT, /* struct iovec[count] the call fills (readv): return-value bytes */
	AT_MSGHDR_IN, /* struct msghdr the call reads (sendmsg) */
	AT_MSGHDR_OUT, /* struct msghdr the call fills (recvmsg) */
	AT_FDSET, /* select's fd_set: [3 4] at entry; what is left in the return value */
	AT_SELECT_TIMEVAL, /* select's timeout: at entry, and "left" in the return value */
	AT_SELECT_TIMESPEC, /* pselect6's and ppoll's timeout */
	AT_PSELECT_SIGMASK, /* pselect6's { sigset_t *, size_t } */
	AT_UTIMENS_TIMES, /* utimensat's struct timespec[2]: [{...} / * date * /, UTIME_NOW] */
	AT_UTIMES_TIMES, /* utimes' and futimesat's struct timeval[2] */
	AT_UTIMBUF, /* utime's struct utimbuf */
	AT_MOUNT_FLAGS, /* MS_NOSUID|MS_NODEV, with MS_MGC_VAL in the high bits */
	AT_UMOUNT_FLAGS, /* MNT_DETACH ... */
	/* added with the decoder: arguments whose printing depends on another one */
	AT_FACCESSAT_FLAGS, /* faccessat2: AT_EACCESS (0x200 is AT_REMOVEDIR elsewhere) */
	AT_MKNOD_MODE, /* mknod/mknodat mode: S_IFCHR|0600 */
	AT_MKNOD_DEV, /* makedev(0x1, 0x3), printed only for S_IFCHR/S_IFBLK (mode is the arg before) */
	AT_MREMAP_ADDR, /* mremap's new_address: printed only with MREMAP_MAYMOVE|MREMAP_FIXED */
	AT_ARCH_PRCTL_ARG, /* arch_prctl's addr: by code (the arg before); none for ARCH_GET_CPUID */
	AT_MADVISE_ADVICE, /* MADV_DONTNEED ... */
	AT_BUF_IN, /* data the call reads, its size in the next argument: write's buf */
	AT_BUF_OUT, /* data the call writes, its size the return value: read's buf */
	AT_PATH_OUT, /* a path the call writes: getcwd's buf */
	AT_STAT_OUT, /* struct stat the call writes */
	AT_RLIMIT_IN, /* struct rlimit the call reads */
	AT_RLIMIT_OUT, /* struct rlimit the call writes */
	/* signals (signal.c) */
	AT_SIGSET_IN, /* sigset_t *: [INT TERM], ~[RTMIN]; the sigsetsize is the next size_t arg */
	AT_SIGSET_OUT, /* sigset_t * the call writes */
	AT_SIGACTION_IN, /* struct sigaction (kernel layout) the call reads */
	AT_SIGACTION_OUT, /* struct sigaction the call writes */
	/* time and system structures (time.c) */
	AT_TIMESPEC_IN, /* {tv_sec=0, tv_nsec=1000} */
	AT_TIMESPEC_OUT,
	AT_TIMEVAL_IN, /* {tv_sec=0, tv_usec=1000} */
	AT_TIMEVAL_OUT,
	AT_TIMEZONE_OUT, /* {tz_minuteswest=0, tz_dsttime=0} */
	AT_ITIMERVAL_IN, /* {it_interval={...}, it_value={...}} of timevals */
	AT_ITIMERVAL_OUT,
	AT_ITIMERSPEC_IN, /* the same of timespecs */
	AT_ITIMERSPEC_OUT,
	AT_RUSAGE_OUT, /* {ru_utime=..., ru_stime=..., ...} */
	AT_UTSNAME_OUT, /* {sysname="Linux", nodename="h", ...} */
	AT_SYSINFO_OUT, /* struct sysinfo, in full */
	AT_TMS_OUT, /* struct tms */
	AT_SCHED_PARAM_IN, /* [0] */
	AT_SCHED_PARAM_OUT,
	AT_TIME_OUT, /* time_t *: [1795305307 / * 2026-11-21T23:55:07+0000 * /] */
	AT_FUTEX_OP, /* FUTEX_WAIT_PRIVATE ...; the next four depend on it */
	AT_FUTEX_VAL, /* futex's val (arg 2) */
	AT_FUTEX_TIMEOUT, /* futex's arg 3: timespec, val2 or nothing */
	AT_FUTEX_UADDR2, /* futex's arg 4 */
	AT_FUTEX_VAL3, /* futex's arg 5: bitset, wake op, number */
	/* sockets (net.c) */
	AT_SOCKADDR_IN, /* struct sockaddr the call reads, its length the next argument */
	AT_SOCKADDR_OUT, /* struct sockaddr the call writes, its length in *next argument */
	AT_SOCKLEN_OUT, /* socklen_t * the call writes: [16] (or [128 => 16]) */
	AT_SOCKOPT_LEVEL, /* SOL_SOCKET ... */
	AT_SOCKOPT_NAME, /* SO_REUSEADDR ... by the level before */
	AT_SOCKOPT_VAL_IN, /* setsockopt's value, its length the next argument: [1] */
	AT_SOCKOPT_VAL_OUT, /* getsockopt's value, its length in *next argument */
	/* poll and epoll (poll.c) */
	AT_POLLFD, /* struct pollfd[nfds] (nfds the next argument), captured at exit */
	AT_EPOLL_EVENT_IN, /* struct epoll_event */
	AT_EPOLL_EVENTS_OUT, /* struct epoll_event[ret] */
	/* flags and enums */
	AT_GRND_FLAGS, /* GRND_NONBLOCK ... */
	AT_TFD_CREATE_FLAGS, /* TFD_CLOEXEC|TFD_NONBLOCK */
	AT_TFD_SETTIME_FLAGS, /* TFD_TIMER_ABSTIME ... */
	AT_TIMER_FLAGS, /* TIMER_ABSTIME */
	AT_EPOLL_CTL_OP, /* EPOLL_CTL_ADD ... */
	AT_MSG_FLAGS, /* MSG_DONTWAIT|MSG_NOSIGNAL */
	AT_ITIMER_WHICH, /* ITIMER_REAL ... */
	AT_RUSAGE_WHO, /* RUSAGE_SELF ... */
	AT_SCHED_POLICY, /* SCHED_OTHER ... */
	AT_BUF_OUT_HEX, /* like AT_BUF_OUT, always in \x hex (getrandom) */
	AT_ACCEPT_FLAGS, /* accept4: SOCK_CLOEXEC|SOCK_NONBLOCK */
	AT_MEMFD_FLAGS, /* MFD_CLOEXEC|MFD_HUGETLB|21<<MFD_HUGE_SHIFT */
	AT_SIGINFO_IN, /* siginfo_t the call reads (rt_sigqueueinfo): {si_signo=SIGUSR1, ...} */
	AT_IOCTL_REQ, /* TCGETS, _IOC(_IOC_READ, 0x54, 0x99, 0x4) (ioctl.c) */
	AT_IOCTL_ARG, /* ioctl's third argument, by the request before it */
	AT_OPEN_HOW, /* openat2's struct open_how, its size the next argument (openat2.c) */
	AT_CLONE_ARGS, /* clone3's struct clone_args, its size the next argument (clone3.c) */
	AT_PRCTL_OPTION, /* PR_SET_NAME ... (prctl.c) */
	AT_PRCTL_ARG, /* prctl's other arguments, by the option */
	AT_PRCTL_ARG_MEM, /* the second: the same, its memory read at exit (16 bytes) */
	AT_PRCTL_ARG_STR, /* the fifth: the same, read as a string (PR_SET_VMA's name) */
	AT_COUNT
};

enum ret_type {
	RT_INT = 0, /* decimal; -1 ERRNO (message) on error */
	RT_HEX, /* mmap, brk, ...: 0x... */
	RT_OCTAL, /* umask: 022 */
	RT_NONE, /* exit, exit_group: ? */
	RT_FCNTL, /* depends on the command: 0x8002 (flags O_RDWR|O_LARGEFILE) */
	RT_POLL, /* 1 ([{fd=3, revents=POLLIN}]), 0 (Timeout) */
	RT_SCHED_POLICY, /* 0 (SCHED_OTHER) */
	RT_TIME, /* 1795305307 (2026-11-21T23:55:07+0000) */
	RT_SELECT, /* 1 (in [3], left {tv_sec=0, tv_usec=999}), 0 (Timeout) */
	RT_PRCTL, /* by the option: 1 (SUID_DUMP_USER), 0x10 (SECBIT_KEEP_CAPS) */
	RT_COUNT
};

/* Whether an argument of this type is an output, printed after the call returns. */
bool arg_type_is_output(enum arg_type t);

#endif
