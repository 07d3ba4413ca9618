// SPDX-License-Identifier: MIT
/*
 * Signal names as strace 6.1 prints them on x86_64: the classic names for
 * 1-31, SIGRTMIN for 32 (the kernel's, not glibc's) and SIGRT_n for 32+n up
 * to 64. Checked against strace's output for kill(pid, 0..70).
 */
#include <signal.h>

#include "decode.h"

#define SIG(name) [name] = #name

static const char *const signames[] = {
	SIG(SIGHUP), SIG(SIGINT), SIG(SIGQUIT), SIG(SIGILL), SIG(SIGTRAP), SIG(SIGABRT),
	SIG(SIGBUS), SIG(SIGFPE), SIG(SIGKILL), SIG(SIGUSR1), SIG(SIGSEGV), SIG(SIGUSR2),
	SIG(SIGPIPE), SIG(SIGALRM), SIG(SIGTERM), SIG(SIGSTKFLT), SIG(SIGCHLD), SIG(SIGCONT),
	SIG(SIGSTOP), SIG(SIGTSTP), SIG(SIGTTIN), SIG(SIGTTOU), SIG(SIGURG), SIG(SIGXCPU),
	SIG(SIGXFSZ), SIG(SIGVTALRM), SIG(SIGPROF), SIG(SIGWINCH), SIG(SIGIO), SIG(SIGPWR),
	SIG(SIGSYS),
	/* The kernel's SIGRTMIN is 32 (glibc's is a function call and 34): numbers here. */
	[32] = "SIGRTMIN",
	[33] = "SIGRT_1", [34] = "SIGRT_2", [35] = "SIGRT_3", [36] = "SIGRT_4", [37] = "SIGRT_5",
	[38] = "SIGRT_6", [39] = "SIGRT_7", [40] = "SIGRT_8", [41] = "SIGRT_9", [42] = "SIGRT_10",
	[43] = "SIGRT_11", [44] = "SIGRT_12", [45] = "SIGRT_13", [46] = "SIGRT_14",
	[47] = "SIGRT_15", [48] = "SIGRT_16", [49] = "SIGRT_17", [50] = "SIGRT_18",
	[51] = "SIGRT_19", [52] = "SIGRT_20", [53] = "SIGRT_21", [54] = "SIGRT_22",
	[55] = "SIGRT_23", [56] = "SIGRT_24", [57] = "SIGRT_25", [58] = "SIGRT_26",
	[59] = "SIGRT_27", [60] = "SIGRT_28", [61] = "SIGRT_29", [62] = "SIGRT_30",
	[63] = "SIGRT_31", [64] = "SIGRT_32",
};

const char *signal_name(int sig)
{
	if (sig <= 0 || (unsigned)sig >= sizeof(signames) / sizeof(signames[0]))
		return NULL;
	return signames[sig];
}
