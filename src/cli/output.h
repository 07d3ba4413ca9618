/* SPDX-License-Identifier: MIT */
/*
 * What live tracing and replay share on the output side: opening the -o
 * file, the sink configuration from the options, the end-of-trace report.
 */
#ifndef SCT_CLI_OUTPUT_H
#define SCT_CLI_OUTPUT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "../output/sink.h"
#include "options.h"

/*
 * -o FILE (close-on-exec; -A appends), -o "|COMMAND" or "!COMMAND" (piped to
 * the command, as strace), or stderr as strace; NULL after one error line.
 */
FILE *output_open(const char *path, bool append);
/* Close the -o file; -errno if the last writes failed (stderr is only flushed). */
int output_close(FILE *f);
void sink_config_from_options(struct sink_config *sc, const struct options *o, FILE *out,
			      int64_t realtime_offset_ns);
/*
 * --ctf DIR: cc (env filled by the caller) becomes sc's CTF output; with
 * neither -o nor --json the trace is the only output, as with --record.
 */
void sink_config_ctf(struct sink_config *sc, struct ctf_config *cc, const struct options *o);
/* sink_close_ctf with an error line naming the directory; -errno or 0. */
int sink_close_ctf_report(struct sink *s, const struct options *o);
/* Loss and truncation warnings, and the -v/--stats counters, from a trace's totals. */
void report_totals(const struct options *o, const struct sct_rec_end *end);
uint64_t monotonic_now(void);
/* CLOCK_REALTIME - CLOCK_MONOTONIC, ns. */
int64_t realtime_offset(void);
/*
 * --clock: the text timestamps on the clock asked for, from a trace's offsets
 * (CLOCK_REALTIME and CLOCK_BOOTTIME - CLOCK_MONOTONIC).
 */
void sink_config_clock(struct sink_config *sc, const struct options *o, int64_t realtime_ns,
		       int64_t boot_ns);
/* CLOCK_BOOTTIME - CLOCK_MONOTONIC, ns: the time the machine was suspended. */
int64_t boottime_offset(void);

#endif
