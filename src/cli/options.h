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

#include "../calls/status.h"
#include "../shared/record.h"
#include "qualify.h"


struct options {
	bool follow_fork; /* -f */
	const char *outfile; /* -o */
	unsigned str_max; /* -s, default 32 */
	unsigned acolumn; /* -a, default 40 */
	int tstamp; /* 1 -t, 2 -tt, 3 -ttt */
	bool relative; /* -r */
	bool durations; /* -T */
	bool no_durations; /* --no-durations: no clock read at syscall entry */
	int summary; /* -c 1, -C 2 (enum sink_summary) */
	int sort; /* -S, enum summary_sort */
	int quiet; /* -q, -qq */
	int verbose; /* -v */
	int xstrings; /* -x, -xx */
	int xlat; /* -X abbrev|raw|verbose (enum decode_xlat) */
	int decode_fds; /* -y, -yy */
	bool stats; /* --stats: counters at exit */
	bool debug; /* --debug: libbpf's messages */
	struct qualify_sets sets; /* -e trace=, status=, signal= */
	pid_t *pids; /* -p */
	size_t npids;
	const char *comm; /* --comm */
	bool system_wide; /* --system-wide */
	size_t ring_bytes; /* --buffer-size, per CPU; 0: capture_default_ring_bytes() */
	const char *record; /* --record FILE */
	const char *replay; /* --replay FILE */
	bool check; /* --check (with --replay) */
	bool json; /* --json */
	char **usdt; /* --usdt SPEC, repeatable */
	size_t nusdt;
	bool list_usdt; /* --list-usdt: with -p, or COMMAND as the files to list */
	char **command; /* COMMAND [ARGS...], NULL-terminated, or NULL */
};

enum { OPTIONS_OK = 0, OPTIONS_EXIT = 1 };

/*
 * Fill o from argv. Returns OPTIONS_OK, OPTIONS_EXIT after -h or -V (the
 * caller exits 0), or a negative errno after printing one error line.
 */
int options_parse(struct options *o, int argc, char **argv);
void options_free(struct options *o);

#endif
