/* SPDX-License-Identifier: MIT */
/*
 * strace's -e expressions QUALIFIER=SET (trace, abbrev, verbose, raw, signal,
 * status, quiet, read, write, decode-fds, decode-pids, and their aliases):
 * syscall sets with names, classes (%file ...), "all", "none", "!" negation,
 * "/regex", "?name" (no error if unknown) and "@64"/"@32"/"@x32"
 * personalities. Input is untrusted: every failure is an error message,
 * never a crash.
 */
#ifndef SCT_CLI_QUALIFY_H
#define SCT_CLI_QUALIFY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../decode/decode.h"
#include "../shared/record.h"

/* Parse a syscall set into set (a bitmap of SCT_NR_MAX bits). */
int qualify_syscalls(uint64_t set[SCT_NR_MAX / 64], const char *spec, char *err, size_t errlen);
/* Parse a status set into *mask (enum status_bit). */
int qualify_status(unsigned *mask, const char *spec, char *err, size_t errlen);
/* Parse a signal set (SIGUSR1, USR1, 10, all, none, !) into *mask: bit n-1 for signal n. */
int qualify_signals(uint64_t *mask, const char *spec, char *err, size_t errlen);

/* -e quiet=: the messages left out. */
enum quiet_bit {
	QUIET_ATTACH = 1 << 0, /* "Process N attached", "Process N detached" */
	QUIET_EXIT = 1 << 1, /* "+++ exited with N +++", "+++ killed by SIG +++" */
	QUIET_PATH_RESOLVE = 1 << 2, /* -P's "Requested path ... resolved into ..." */
	QUIET_PERSONALITY = 1 << 3, /* personality changes (not seen: one ABI) */
	QUIET_THREAD_EXECVE = 1 << 4, /* "+++ superseded by execve in pid N +++" */
	QUIET_ALL = (1 << 5) - 1,
};

/* -e decode-fds= (-y is path, -yy all): the decoder's enum decode_fds_bit. */
#define DECODE_FD_ALL (DECODE_FDS_PATH | DECODE_FDS_SOCKET | DECODE_FDS_DEV | DECODE_FDS_PIDFD)

/* -e decode-pids= (-Y is comm). */
enum decode_pid_bit {
	DECODE_PID_NS = 1 << 0,
	DECODE_PID_COMM = 1 << 1,
};

/* -e inject= / -e fault=: what is done to the calls of one syscall. */
enum inject_flag {
	INJECT_ERROR = 1 << 0, /* fail with -value (an errno) */
	INJECT_RETVAL = 1 << 1, /* return value without running the call */
	INJECT_SIGNAL = 1 << 2, /* send signo to the thread before the call goes on */
	INJECT_DELAY_ENTER = 1 << 3, /* hold the call delay_enter_ns before it runs */
	INJECT_DELAY_EXIT = 1 << 4, /* and delay_exit_ns after (only with ERROR or RETVAL) */
	INJECT_POKE_ENTER = 1 << 5, /* write pokes into its arguments' memory first */
	INJECT_POKE_EXIT = 1 << 6, /* after it (only with ERROR or RETVAL) */
};

/* poke_enter=/poke_exit=@argN=HEX,...: bytes written where argument N points. */
#define INJECT_POKES_MAX 14 /* seven arguments, on entry and on exit */
#define INJECT_POKE_BYTES 1024 /* strace's limit: 2048 hex digits */
struct inject_poke {
	uint8_t arg; /* 1..7 */
	bool exit;
	uint16_t len;
	uint8_t data[INJECT_POKE_BYTES];
};
struct inject_pokes {
	struct inject_pokes *next; /* qualify_sets.pokes: every rule's, to free them */
	unsigned n;
	struct inject_poke items[INJECT_POKES_MAX];
};

#define INJECT_LAST_INF 0xffff /* when=F+S: no last call */

/*
 * when=: the calls injected, counted per syscall per thread from 1, as strace
 * counts them: first, first+step, ... up to last. step 0: first only.
 */
struct inject_rule {
	uint8_t flags; /* enum inject_flag; 0: not injected */
	uint8_t signo;
	uint16_t first, last, step;
	uint64_t value; /* the errno (INJECT_ERROR) or the return value (INJECT_RETVAL) */
	uint64_t delay_enter_ns, delay_exit_ns;
	/* shared by every syscall of the -e inject= that made it; in qualify_sets.pokes */
	const struct inject_pokes *pokes;
};

/* Whether the n-th call (from 1) of a thread to a syscall with rule r is injected. */
bool inject_selects(const struct inject_rule *r, unsigned long n);

struct qualify_sets;
/* Whether any -e inject= or -e fault= was given. */
bool qualify_inject_any(const struct qualify_sets *s);

/* What -e sets. */
struct qualify_sets {
	uint64_t syscalls[SCT_NR_MAX / 64];
	bool syscalls_given; /* an -e trace= (or bare set) was given */
	uint64_t abbrev[SCT_NR_MAX / 64]; /* -e abbrev=: default all (-v: none) */
	uint64_t verbose[SCT_NR_MAX / 64]; /* -e verbose=: structures decoded; default all */
	uint64_t raw[SCT_NR_MAX / 64]; /* -e raw=: arguments in hex; default none */
	unsigned status;
	uint64_t signals;
	uint64_t read_fds[SCT_DUMP_FDS_MAX / 64]; /* -e read=: hex dumps of data read */
	uint64_t write_fds[SCT_DUMP_FDS_MAX / 64]; /* -e write= */
	unsigned quiet; /* enum quiet_bit */
	bool quiet_given; /* -e quiet= given: -q's count no longer applies */
	unsigned decode_fds; /* enum decode_fd_bit */
	unsigned decode_pids; /* enum decode_pid_bit */
	uint64_t inject_set[SCT_NR_MAX / 64]; /* syscalls with a -e inject=/fault= rule */
	struct inject_rule inject[SCT_NR_MAX];
	struct inject_pokes *pokes; /* owns what the rules' pokes point to (qualify_free) */
	/* ioctl3 */
	bool kvm_vcpu; /* -e kvm=vcpu: KVM_RUN's exit reason after its result */
};

/* The sets before any -e: trace, abbrev and verbose all, raw none, every status and signal. */
void qualify_defaults(struct qualify_sets *s);
/* Free what the sets own (inject's pokes). */
void qualify_free(struct qualify_sets *s);

/*
 * Apply one -e argument ("trace=...", "status=...", ..., or a bare set
 * meaning trace=). Qualifiers sctrace cannot honour (kvm, secontext, and
 * inject's delay_exit=/poke_exit= of a call that runs) are errors that say why.
 */
int qualify_apply(const char *expr, struct qualify_sets *sets, char *err, size_t errlen);
/* The same with the qualifier's name apart: the long options (--trace=SET, --quiet=SET...). */
int qualify_named(const char *name, const char *spec, struct qualify_sets *sets, char *err,
		  size_t errlen);

/* -e inject=SPEC / -e fault=SPEC (inject_spec.c). */
int inject_spec_apply(struct qualify_sets *s, const char *spec, bool fault, char *err,
		      size_t errlen);

/* For the parsers of qualify.c and inject_spec.c: write the error, return -EINVAL. */
__attribute__((format(printf, 3, 4))) int qualify_fail(char *err, size_t errlen,
						       const char *fmt, ...);
/* One signal: a name with or without "SIG", or a number 1..64; 0 if none. */
int qualify_signal_number(const char *tok);

#endif
