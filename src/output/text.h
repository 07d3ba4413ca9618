/* SPDX-License-Identifier: MIT */
/*
 * The text sink: strace's output format, rendered from the call assembly's
 * events (calls.h). Lines of several tasks interleave as strace prints them:
 * a call shown as started prints "name(args", which becomes
 * "name(args <unfinished ...>" when another task's line comes first, and its
 * end then prints "<... name resumed>rest) = ret".
 */
#ifndef SCT_OUTPUT_TEXT_H
#define SCT_OUTPUT_TEXT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "../calls/calls.h"
#include "../decode/decode.h"
#include "../decode/event.h"
#include "../shared/record.h"

/* -k: prints the frames of a stack under its line (cli/ connects the unwinder). */
struct stack_printer {
	/*
	 * ts: when the stack was taken, which tells which of the process's
	 * images it is of; at_entry: exit's or exit_group's, which strace takes
	 * at entry and prints frames without a symbol of as "(+0x0)"
	 */
	void (*print)(void *ctx, uint32_t tgid, uint32_t tid, uint64_t ts,
		      const struct user_stack *st, bool at_entry, struct strbuf *out);
	/* a new process: the parent's maps are its own until it has maps of its own */
	void (*fork)(void *ctx, uint32_t parent_tgid, uint32_t child_tgid);
	void *ctx;
};

struct text_config {
	FILE *out;
	bool to_file; /* -o: pid prefix "N " instead of "[pid N] " */
	const char *separate_path; /* -ff: each task's lines go to PATH.TID (out is not used) */
	bool append; /* -A: -ff's files are appended to */
	/*
	 * -f, or several -p: with to_file every line has the pid prefix, even when
	 * one task is left (strace decides it once, at its start)
	 */
	bool prefix_always;
	int tformat; /* enum ts_format (cli/options.h): 0 none, 1 time of day, 2 epoch seconds */
	int tdigits; /* digits after the second of absolute times: 0, 3, 6, 9 */
	bool relative; /* -r */
	int rdigits; /* -r's digits */
	bool durations; /* -T */
	int Tdigits; /* -T's digits */
	bool syscall_number; /* -n: "[ 257] " */
	bool instruction_pointer; /* -i: "[00007f0123456789] " */
	struct stack_printer stack; /* -k when print is set */
	unsigned acolumn; /* -a */
	uint64_t signals; /* -e signal=: bit n-1 shows signal n */
	uint64_t read_fds[SCT_DUMP_FDS_MAX / 64]; /* -e read=: hex dumps of data read */
	uint64_t write_fds[SCT_DUMP_FDS_MAX / 64]; /* -e write= */
	bool quiet_exit; /* -qq, -e quiet=exit: no "+++ exited" lines */
	bool quiet_thread_execve; /* -e quiet=thread-execve: no "+++ superseded by execve" lines */
	struct decode_opts dec; /* for signals and USDT arguments; calls bring their own */
	int64_t realtime_offset_ns; /* CLOCK_REALTIME - CLOCK_MONOTONIC (--clock: its offset) */
	bool clock_not_wall; /* --clock monotonic|boot: -t shows the clock's value in UTC */
};

struct text_sink;

struct text_sink *text_sink_new(const struct text_config *cfg);
/* Finish an open line and free. */
void text_sink_free(struct text_sink *s);
/* An event of the call assembly (calls_output.event). */
int text_sink_event(void *sink, const struct calls_event *e);
/* -Y: the options whose pid_info names tasks in line prefixes (the call assembly's). */
void text_sink_use_pid_names(struct text_sink *s, const struct decode_opts *d);
/* Flush buffered output; returns -errno of a failed write once. */
int text_sink_flush(struct text_sink *s);

#endif
