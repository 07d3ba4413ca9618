// SPDX-License-Identifier: MIT
/* Command-line parsing: see options.h. */
#include "options.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../usdt/usdt.h"
#include "../util/msg.h"
#include "../analyze/summary.h"
#include "../decode/decode.h"
#include "qualify.h"


enum long_only {
	OPT_COMM = 0x100,
	OPT_SYSTEM_WIDE,
	OPT_BUFFER_SIZE,
	OPT_STATS,
	OPT_DEBUG,
	OPT_RECORD,
	OPT_REPLAY,
	OPT_CHECK,
	OPT_JSON,
	OPT_USDT,
	OPT_LIST_USDT,
	OPT_NO_DURATIONS,
};

static const struct option long_options[] = {
	{ "follow-forks", no_argument, NULL, 'f' },
	{ "output", required_argument, NULL, 'o' },
	{ "string-limit", required_argument, NULL, 's' },
	{ "columns", required_argument, NULL, 'a' },
	{ "const-print-style", required_argument, NULL, 'X' },
	{ "summary-only", no_argument, NULL, 'c' },
	{ "summary", no_argument, NULL, 'C' },
	{ "summary-sort-by", required_argument, NULL, 'S' },
	{ "summary-wall-clock", no_argument, NULL, 'w' },
	{ "attach", required_argument, NULL, 'p' },
	{ "quiet", no_argument, NULL, 'q' },
	{ "relative-timestamps", no_argument, NULL, 'r' },
	{ "syscall-times", no_argument, NULL, 'T' },
	{ "successful-only", no_argument, NULL, 'z' },
	{ "failed-only", no_argument, NULL, 'Z' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ "comm", required_argument, NULL, OPT_COMM },
	{ "system-wide", no_argument, NULL, OPT_SYSTEM_WIDE },
	{ "buffer-size", required_argument, NULL, OPT_BUFFER_SIZE },
	{ "stats", no_argument, NULL, OPT_STATS },
	{ "debug", no_argument, NULL, OPT_DEBUG },
	{ "record", required_argument, NULL, OPT_RECORD },
	{ "replay", required_argument, NULL, OPT_REPLAY },
	{ "check", no_argument, NULL, OPT_CHECK },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "usdt", required_argument, NULL, OPT_USDT },
	{ "list-usdt", no_argument, NULL, OPT_LIST_USDT },
	{ "no-durations", no_argument, NULL, OPT_NO_DURATIONS },
	{ NULL, 0, NULL, 0 },
};

static const char usage_text[] =
	"Usage: sctrace [OPTIONS] COMMAND [ARGS...]\n"
	"       sctrace [OPTIONS] -p PID[,PID...] [-p PID...]\n"
	"       sctrace [OPTIONS] --comm NAME\n"
	"       sctrace [OPTIONS] --system-wide\n"
	"       sctrace [OPTIONS] --replay FILE [--check]\n"
	"       sctrace --list-usdt [--usdt SPEC] -p PID | FILE...\n"
	"\n"
	"Trace system calls over eBPF, printing them as strace does.\n"
	"\n"
	"Tracing:\n"
	"  -f, --follow-forks     trace child processes as they are created\n"
	"  -p, --attach=PID       attach to PID and all its threads (repeatable, or 1,2,3)\n"
	"      --comm=NAME        trace every process whose name is NAME, now or later\n"
	"      --system-wide      trace every process except sctrace itself\n"
	"      --buffer-size=SIZE each ring of a CPU (power of two, K/M/G suffix; default 8M,\n"
	"                         less on machines with more than 16 CPUs)\n"
	"      --usdt=SPEC        also trace USDT probes [PATH:]PROVIDER:PROBE, * wildcards\n"
	"                         (repeatable; --system-wide needs PATH)\n"
	"      --list-usdt        list the USDT probes of -p PID or of the FILEs, and exit\n"
	"Filtering:\n"
	"  -e trace=SET           syscalls to trace: names, %%file %%desc %%network %%process\n"
	"                         %%memory %%signal %%ipc %%creds %%clock %%pure, /regex, all,\n"
	"                         none, !negation\n"
	"  -e status=SET          successful, failed, unfinished, unavailable, detached\n"
	"  -e signal=SET          signals to show: SIGUSR1 or USR1 or 10, all, none, !\n"
	"  -z, --successful-only  only calls that succeeded\n"
	"  -Z, --failed-only      only calls that failed\n"
	"Recording:\n"
	"      --record=FILE      write every event to a binary log (alone, or with -o/--json)\n"
	"      --replay=FILE      decode a recorded log with the options given now\n"
	"      --check            with --replay: verify every chunk and summarise the log\n"
	"      --no-durations     do not read the clock when calls start (faster; no -T, -c)\n"
	"Output:\n"
	"      --json             JSON Lines, one object per event (doc/JSON.md)\n"
	"  -o, --output=FILE      write the trace to FILE\n"
	"  -s, --string-limit=N   print at most N bytes of a string (default 32)\n"
	"  -a, --columns=N        align return values at column N (default 40)\n"
	"  -c, -C                 a table of time, calls and errors per syscall (-C: and the calls)\n"
	"  -S SORTBY              sort it by time, calls, errors, name or nothing\n"
	"  -t, -tt, -ttt          time of day, with microseconds, as epoch seconds\n"
	"  -r                     time since the previous line\n"
	"  -T                     time spent in each call\n"
	"  -x, -xx                non-printable / all string bytes in hex\n"
	"  -X raw|verbose|abbrev  constants as numbers / numbers and names / names (default)\n"
	"  -y, -yy                descriptors with their paths / also socket protocols\n"
	"  -q, -qq                suppress attach messages / also exit lines\n"
	"  -v                     structures in full (rusage); the count of events at exit\n"
	"      --stats            same as -v for the counters\n"
	"      --debug            show libbpf's messages\n"
	"  -h, --help             this help\n"
	"  -V, --version          version\n";

static void usage(FILE *f)
{
	fprintf(f, usage_text);
}

static int parse_uint(const char *s, unsigned max, unsigned *out)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno || end == s || *end || *s == '-' || v > max)
		return -EINVAL;
	*out = (unsigned)v;
	return 0;
}

static int parse_size(const char *s, size_t *out)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || end == s || *s == '-')
		return -EINVAL;
	switch (*end) {
	case 'k': case 'K': v <<= 10; end++; break;
	case 'm': case 'M': v <<= 20; end++; break;
	case 'g': case 'G': v <<= 30; end++; break;
	}
	if (*end == 'B' || *end == 'b')
		end++;
	if (*end || v < 4096 || v > (1ull << 31) || (v & (v - 1)))
		return -EINVAL;
	*out = (size_t)v;
	return 0;
}

static int add_pids(struct options *o, const char *list)
{
	const char *p = list;

	while (*p) {
		char *end;
		long v;
		pid_t *n;

		errno = 0;
		v = strtol(p, &end, 10);
		if (errno || end == p || v <= 0 || v > INT_MAX || (*end && *end != ',' && *end != ' ')) {
			msg_error("invalid process id: '%s'", list);
			return -EINVAL;
		}
		n = realloc(o->pids, (o->npids + 1) * sizeof(*n));
		if (!n)
			return -ENOMEM;
		o->pids = n;
		o->pids[o->npids++] = (pid_t)v;
		p = end;
		while (*p == ',' || *p == ' ')
			p++;
	}
	return 0;
}

static void defaults(struct options *o)
{
	memset(o, 0, sizeof(*o));
	o->str_max = 32;
	o->acolumn = 40;
	o->sets.status = STATUS_ALL;
	o->sets.signals = ~0ull;
	o->ring_bytes = 0; /* chosen by the capture from the number of CPUs */
	memset(o->sets.syscalls, 0xff, sizeof(o->sets.syscalls));
}

static int add_usdt(struct options *o, const char *spec)
{
	char **n = realloc(o->usdt, (o->nusdt + 1) * sizeof(*n));

	if (!n)
		return -ENOMEM;
	o->usdt = n;
	o->usdt[o->nusdt++] = (char *)spec;
	return 0;
}

/* --usdt and --list-usdt against the rest of the command line. */
static int check_usdt(struct options *o)
{
	char err[512];

	if (o->list_usdt) {
		if (!o->npids && !o->command) {
			msg_error("--list-usdt needs -p PID or the FILEs to read");
			return -EINVAL;
		}
		if (o->comm || o->system_wide || o->replay || o->record) {
			msg_error("--list-usdt lists probes and exits: give it with -p PID or FILEs only");
			return -EINVAL;
		}
		return 0;
	}
	for (size_t i = 0; i < o->nusdt; i++)
		if (usdt_spec_check(o->usdt[i], o->system_wide, err, sizeof(err))) {
			msg_error("%s", err);
			return -EINVAL;
		}
	return 0;
}

static int check_modes(struct options *o)
{
	int modes = (o->command != NULL) + (o->npids > 0) + (o->comm != NULL) + o->system_wide +
		    (o->replay != NULL);

	if (o->list_usdt || o->nusdt) {
		int rc = check_usdt(o);

		if (rc || o->list_usdt)
			return rc;
	}
	if (o->check && !o->replay) {
		msg_error("--check verifies a log: give it with --replay FILE");
		return -EINVAL;
	}
	if (o->replay && o->record) {
		msg_error("--replay reads a log and --record writes one: give one of them");
		return -EINVAL;
	}
	if (o->no_durations && (o->durations || o->summary)) {
		msg_error("--no-durations leaves calls without a duration: -T, -c and -C need one");
		return -EINVAL;
	}
	if (o->no_durations && o->replay) {
		msg_error("--no-durations is a capture setting: it does not apply to --replay");
		return -EINVAL;
	}

	if (modes == 0) {
		msg_error("must have COMMAND, -p PID, --comm NAME, --system-wide or --replay FILE (see "
			  "sctrace -h)");
		return -EINVAL;
	}
	if (modes > 1) {
		msg_error("give one of COMMAND, -p PID, --comm NAME, --system-wide or --replay FILE, "
			  "not several");
		return -EINVAL;
	}
	if (o->comm && (!*o->comm || strlen(o->comm) >= SCT_COMM_LEN)) {
		msg_error("--comm NAME must be 1 to %d characters (the kernel's comm length)",
			  SCT_COMM_LEN - 1);
		return -EINVAL;
	}
	return 0;
}

int options_parse(struct options *o, int argc, char **argv)
{
	char err[256];
	unsigned v;
	int c, rc;

	defaults(o);
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "+:a:cCS:e:fho:p:qrs:tTvVwxyzZX:", long_options, NULL)) != -1) {
		switch (c) {
		case 'a':
			if (parse_uint(optarg, 1000, &o->acolumn)) {
				msg_error("invalid -a column: '%s' (a number from 0 to 1000)", optarg);
				return -EINVAL;
			}
			break;
		case 'e':
			rc = qualify_apply(optarg, &o->sets, err, sizeof(err));
			if (rc) {
				msg_error("%s", err);
				return rc;
			}
			break;
		case 'c':
			o->summary = 1;
			break;
		case 'C':
			o->summary = 2;
			break;
		case 'S':
			o->sort = summary_sort_by_name(optarg);
			if (o->sort < 0) {
				msg_error("invalid -S sort order '%s' (time, calls, errors, name, "
					  "nothing)",
					  optarg);
				return -EINVAL;
			}
			break;
		case 'w':
			break; /* -c times are latencies already, as strace -w */
		case 'f':
			o->follow_fork = true;
			break;
		case 'h':
			usage(stdout);
			return OPTIONS_EXIT;
		case 'o':
			o->outfile = optarg;
			break;
		case 'p':
			rc = add_pids(o, optarg);
			if (rc)
				return rc;
			break;
		case 'q':
			o->quiet++;
			break;
		case 'r':
			o->relative = true;
			break;
		case 's':
			if (parse_uint(optarg, 1u << 20, &v)) {
				msg_error("invalid -s string limit: '%s' (a number from 0 to 1048576)",
					  optarg);
				return -EINVAL;
			}
			o->str_max = v;
			break;
		case 't':
			if (o->tstamp < 3)
				o->tstamp++;
			break;
		case 'T':
			o->durations = true;
			break;
		case 'v':
			o->verbose++;
			break;
		case 'V':
			printf("sctrace -- version %s\n", SCT_VERSION);
			return OPTIONS_EXIT;
		case 'x':
			if (o->xstrings < 2)
				o->xstrings++;
			break;
		case 'X':
			if (strcmp(optarg, "abbrev") == 0) {
				o->xlat = XLAT_ABBREV;
			} else if (strcmp(optarg, "raw") == 0) {
				o->xlat = XLAT_RAW;
			} else if (strcmp(optarg, "verbose") == 0) {
				o->xlat = XLAT_VERBOSE;
			} else {
				msg_error("invalid -X format '%s' (abbrev, raw or verbose)", optarg);
				return -EINVAL;
			}
			break;
		case 'y':
			if (o->decode_fds < 2)
				o->decode_fds++;
			break;
		case 'z':
			o->sets.status = STATUS_SUCCESSFUL;
			break;
		case 'Z':
			o->sets.status = STATUS_FAILED;
			break;
		case OPT_COMM:
			o->comm = optarg;
			break;
		case OPT_SYSTEM_WIDE:
			o->system_wide = true;
			break;
		case OPT_BUFFER_SIZE:
			if (parse_size(optarg, &o->ring_bytes)) {
				msg_error("invalid --buffer-size '%s': a power of two from 4K to 2G, "
					  "e.g. 16M",
					  optarg);
				return -EINVAL;
			}
			if (o->ring_bytes < 64 * 1024)
				o->ring_bytes = 64 * 1024; /* a record may be 32 KiB */
			break;
		case OPT_STATS:
			o->stats = true;
			break;
		case OPT_DEBUG:
			o->debug = true;
			break;
		case OPT_RECORD:
			o->record = optarg;
			break;
		case OPT_REPLAY:
			o->replay = optarg;
			break;
		case OPT_CHECK:
			o->check = true;
			break;
		case OPT_JSON:
			o->json = true;
			break;
		case OPT_USDT:
			rc = add_usdt(o, optarg);
			if (rc)
				return rc;
			break;
		case OPT_LIST_USDT:
			o->list_usdt = true;
			break;
		case OPT_NO_DURATIONS:
			o->no_durations = true;
			break;
		case ':':
			msg_error("option '%s' needs an argument (see sctrace -h)", argv[optind - 1]);
			return -EINVAL;
		default:
			if (optopt && optopt < 0x100)
				msg_error("unknown option '-%c' (see sctrace -h)", optopt);
			else
				msg_error("unknown option '%s' (see sctrace -h)", argv[optind - 1]);
			return -EINVAL;
		}
	}
	if (optind < argc)
		o->command = &argv[optind];
	return check_modes(o);
}

void options_free(struct options *o)
{
	free(o->pids);
	o->pids = NULL;
	free(o->usdt);
	o->usdt = NULL;
	o->nusdt = 0;
	o->npids = 0;
}
