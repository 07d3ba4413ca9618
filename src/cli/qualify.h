/* SPDX-License-Identifier: MIT */
/*
 * strace's -e expressions: "trace=SET" and "status=SET", with names, classes
 * (%file ...), "all", "none", "!" negation, "/regex" and "?name" (no error if
 * unknown). Input is untrusted: every failure is an error message, never a crash.
 */
#ifndef SCT_CLI_QUALIFY_H
#define SCT_CLI_QUALIFY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../shared/record.h"

/* Parse a syscall set into set (a bitmap of SCT_NR_MAX bits). */
int qualify_syscalls(uint64_t set[SCT_NR_MAX / 64], const char *spec, char *err, size_t errlen);
/* Parse a status set into *mask (enum status_bit). */
int qualify_status(unsigned *mask, const char *spec, char *err, size_t errlen);
/* Parse a signal set (SIGUSR1, USR1, 10, all, none, !) into *mask: bit n-1 for signal n. */
int qualify_signals(uint64_t *mask, const char *spec, char *err, size_t errlen);

/* What -e sets: the syscall set, the status set, the signal set. */
struct qualify_sets {
	uint64_t syscalls[SCT_NR_MAX / 64];
	bool syscalls_given; /* an -e trace= (or bare set) was given */
	unsigned status;
	uint64_t signals;
	uint64_t read_fds[SCT_DUMP_FDS / 64]; /* -e read=: hex dumps of data read */
	uint64_t write_fds[SCT_DUMP_FDS / 64]; /* -e write= */
};

/*
 * Apply one -e argument ("trace=...", "status=...", "signal=...", or a bare
 * set meaning trace=). Unsupported qualifiers are errors.
 */
int qualify_apply(const char *expr, struct qualify_sets *sets, char *err, size_t errlen);

#endif
