/* SPDX-License-Identifier: MIT */
/*
 * The command line: strace's options with strace's meanings, and sctrace's
 * own long options. Parsing only; nothing here traces.
 */
#ifndef SCT_CLI_OPTIONS_H
#define SCT_CLI_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "../analyze/summary.h"
#include "../calls/status.h"
#include "../shared/record.h"
#include "qualify.h"


struct options {
	bool follow_fork; /* -f */
	bool detach_on_execve; /* -b execve */
	const char *outfile; /* -o */
	unsigned str_max; /* -s, default 32 */
	/* --record-string-limit: with --record, strings are captured up to this too (default 256) */
	unsigned record_str_limit;
	bool record_str_limit_set;
	unsigned acolumn; /* -a, default 40 */
	int tformat; /* enum ts_format: -t, --absolute-timestamps */
	int tdigits; /* digits after the second: 0 (-t), 3, 6 (-tt, -ttt), 9 */
	bool relative; /* -r */
	int rdigits; /* -r's digits, default 6 */
	bool durations; /* -T */
	int Tdigits; /* -T's digits, default 6 */
	bool syscall_number; /* -n */
	int xstrings_long; /* --strings-in-hex=: enum xstrings_mode, -1 when not given */
	bool instruction_pointer; /* -i */
	bool stack_trace; /* -k */
	bool append; /* -A: -o FILE opened for appending */
	bool output_separately; /* -ff, --output-separately: FILE.PID per process */
	char **env; /* -E VAR=VAL / -E VAR, in order */
	size_t nenv;
	const char *user; /* -u USER: run the command as USER */
	char **paths; /* -P PATH, and each one's realpath when it differs (malloc'd) */
	size_t npaths;
	bool resolved_paths; /* a -P path resolved into another: run prints it */
	bool no_durations; /* --no-durations: no clock read at syscall entry */
	int summary; /* -c 1, -C 2 (enum sink_summary) */
	int sort; /* -S, enum summary_sort */
	uint8_t summary_columns[SUMMARY_COLUMNS_MAX + 1]; /* -U, 0-terminated; none: strace's */
	bool summary_per_process; /* --summary-per-process: a -c table per process */
	bool summary_wall; /* -w: -c times are latencies, not CPU time */
	uint64_t summary_overhead_ns; /* -O: subtracted from each call's time */
	bool histogram; /* --histogram: log2 histograms per syscall at the end */
	bool histogram_fd; /* --histogram=fd: per process and descriptor instead */
	const char *filter_expr; /* --filter EXPR (the last one) */
	uint64_t min_duration_ns; /* --duration MS, 0: none */
	struct filter *filter; /* both, parsed (analyze/filter.h), or NULL */
	int quiet; /* enum quiet_bit: -q, -qq, -qqq, -e quiet= */
	int verbose; /* -v */
	int xstrings; /* -x, -xx */
	int xlat; /* -X abbrev|raw|verbose (enum decode_xlat) */
	unsigned decode_fds; /* enum decode_fds_bit: -y, -yy, -e decode-fds= */
	bool stats; /* --stats: counters at exit */
	bool debug; /* --debug: libbpf's messages */
	struct qualify_sets sets; /* -e trace=, status=, signal= */
	pid_t *pids; /* -p */
	size_t npids;
	const char *comm; /* --comm */
	bool system_wide; /* --system-wide */
	size_t ring_bytes; /* --buffer-size, per CPU; 0: capture_default_ring_bytes() */
	const char *record; /* --record FILE */
	const char *ctf; /* --ctf DIR */
	bool sched; /* --sched: scheduler events in --ctf, --json, --record */
	const char *replay; /* --replay FILE */
	bool check; /* --check (with --replay) */
	bool json; /* --json */
	bool diagnose; /* --diagnose */
	char **usdt; /* --usdt SPEC, repeatable */
	size_t nusdt;
	bool list_usdt; /* --list-usdt: with -p, or COMMAND as the files to list */
	char **command; /* COMMAND [ARGS...], NULL-terminated, or NULL */
	size_t flight_bytes; /* --flight-recorder SIZE (0: off) */
	const char **snapshot_on; /* --snapshot-on CONDITIONS, repeatable */
	size_t nsnapshot_on;
	int clock; /* --clock: enum ts_clock */
	/* top */
	const char *metrics; /* --metrics [HOST]:PORT */
	bool metrics_per_comm; /* --metrics-per-comm */
	uint64_t top_interval_ns; /* --top[=SECONDS]: between frames; 0: no --top */
};

/* The clock of -t, -tt, -ttt (--clock). */
enum ts_clock {
	TS_CLOCK_REALTIME, /* wall-clock time (the default, strace's) */
	TS_CLOCK_MONOTONIC, /* CLOCK_MONOTONIC: the records' own clock */
	TS_CLOCK_BOOT, /* CLOCK_BOOTTIME: CLOCK_MONOTONIC and the time suspended */
};

/* How absolute timestamps print. */
enum ts_format {
	TS_NONE,
	TS_TIME, /* 12:34:56 (-t, -tt) */
	TS_UNIX, /* 1700000000 (-ttt) */
};

enum { OPTIONS_OK = 0, OPTIONS_EXIT = 1 };

/*
 * Fill o from argv. Returns OPTIONS_OK, OPTIONS_EXIT after -h or -V (the
 * caller exits 0), or a negative errno after printing one error line.
 */
int options_parse(struct options *o, int argc, char **argv);
void options_free(struct options *o);

#endif
