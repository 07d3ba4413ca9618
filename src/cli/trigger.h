/* SPDX-License-Identifier: MIT */
/*
 * --snapshot-on CONDITIONS and --flight-recorder SIZE (trigger.c): parsing
 * the flight recorder's options, and testing a call against a trigger.
 *
 *   CONDITIONS := CONDITION[,CONDITION]...   (all must hold)
 *   CONDITION  := syscall=NAME | errno=NAME | latency>DURATION
 *   DURATION   := NUMBER[.DIGITS](ns|us|ms|s)
 *
 * NAME is a syscall name or number, an errno name (ENOSPC) or number.
 */
#ifndef SCT_CLI_TRIGGER_H
#define SCT_CLI_TRIGGER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../shared/record.h"

struct trigger {
	const char *text; /* as given, for the snapshot's header */
	int nr; /* syscall number, -1: any */
	int err; /* the call failed with this errno, 0: any */
	uint64_t latency_ns; /* the call took longer than this, 0: any */
};

/* Parse text into t; on error 0 is not returned and err holds one line. */
int trigger_parse(const char *text, struct trigger *t, char *err, size_t errlen);
/*
 * Whether a record (in time order, syscall records wide) is a call that
 * satisfies t: a SYSCALL or EXIT record.
 */
bool trigger_match(const struct trigger *t, const struct sct_rec_hdr *rec);
/* --flight-recorder SIZE: bytes with an optional K/M/G suffix, a multiple of 8 from 64K. */
int trigger_parse_size(const char *text, size_t *out);

#endif
