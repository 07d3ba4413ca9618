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
#include "../util/outfile.h"
#include "../analyze/summary.h"
#include "../analyze/filter.h"
#include "../decode/decode.h"
#include "qualify.h"
#include "trigger.h"


enum long_only {
	OPT_COMM = 0x100,
	OPT_SYSTEM_WIDE,
	OPT_BUFFER_SIZE,
	OPT_OUTPUT_MODE,
	OPT_STATS,
	OPT_DEBUG,
	OPT_RECORD,
	OPT_REPLAY,
	OPT_CHECK,
	OPT_JSON,
	OPT_USDT,
	OPT_LIST_USDT,
	OPT_NO_DURATIONS,
	OPT_RECORD_STRING_LIMIT,
	OPT_TIMESTAMPS, /* --absolute-timestamps, --timestamps */
	OPT_STRINGS_IN_HEX,
	OPT_FOLLOW_FORKS,
	OPT_OUTPUT_SEPARATELY,
	OPT_DAEMONIZE,
	OPT_SECCOMP_BPF,
	OPT_TIPS,
	OPT_PIDNS_TRANSLATION,
	OPT_QUALIFIER, /* --trace=, --quiet= ...: the -e qualifier of the same name */
	OPT_DIAGNOSE,
	OPT_FLIGHT_RECORDER,
	OPT_SNAPSHOT_ON,
	OPT_CLOCK,
	OPT_CTF,
	OPT_SUMMARY_PER_PROCESS,
	OPT_HISTOGRAM,
	OPT_FILTER,
	OPT_DURATION,
	/* ctf2 */
	OPT_SCHED,
	/* top */
	OPT_METRICS,
	OPT_METRICS_PER_COMM,
	OPT_TOP,
};

static const struct option long_options[] = {
	{ "columns", required_argument, NULL, 'a' },
	{ "output-append-mode", no_argument, NULL, 'A' },
	{ "detach-on", required_argument, NULL, 'b' },
	{ "summary-only", no_argument, NULL, 'c' },
	{ "summary", no_argument, NULL, 'C' },
	{ "daemonize", optional_argument, NULL, OPT_DAEMONIZE },
	{ "daemonise", optional_argument, NULL, OPT_DAEMONIZE },
	{ "daemonized", optional_argument, NULL, OPT_DAEMONIZE },
	{ "env", required_argument, NULL, 'E' },
	{ "follow-forks", no_argument, NULL, OPT_FOLLOW_FORKS },
	{ "output-separately", no_argument, NULL, OPT_OUTPUT_SEPARATELY },
	{ "help", no_argument, NULL, 'h' },
	{ "instruction-pointer", no_argument, NULL, 'i' },
	{ "interruptible", required_argument, NULL, 'I' },
	{ "stack-traces", no_argument, NULL, 'k' },
	{ "syscall-number", no_argument, NULL, 'n' },
	{ "output", required_argument, NULL, 'o' },
	{ "summary-syscall-overhead", required_argument, NULL, 'O' },
	{ "attach", required_argument, NULL, 'p' },
	{ "trace-path", required_argument, NULL, 'P' },
	{ "relative-timestamps", optional_argument, NULL, 'r' },
	{ "string-limit", required_argument, NULL, 's' },
	{ "summary-sort-by", required_argument, NULL, 'S' },
	{ "absolute-timestamps", optional_argument, NULL, OPT_TIMESTAMPS },
	{ "timestamps", optional_argument, NULL, OPT_TIMESTAMPS },
	{ "syscall-times", optional_argument, NULL, 'T' },
	{ "user", required_argument, NULL, 'u' },
	{ "summary-columns", required_argument, NULL, 'U' },
	{ "no-abbrev", no_argument, NULL, 'v' },
	{ "version", no_argument, NULL, 'V' },
	{ "summary-wall-clock", no_argument, NULL, 'w' },
	{ "strings-in-hex", optional_argument, NULL, OPT_STRINGS_IN_HEX },
	{ "const-print-style", required_argument, NULL, 'X' },
	{ "pidns-translation", no_argument, NULL, OPT_PIDNS_TRANSLATION },
	{ "successful-only", no_argument, NULL, 'z' },
	{ "failed-only", no_argument, NULL, 'Z' },
	{ "failing-only", no_argument, NULL, 'Z' },
	{ "seccomp-bpf", no_argument, NULL, OPT_SECCOMP_BPF },
	{ "tips", optional_argument, NULL, OPT_TIPS },
	/* the -e qualifiers as long options */
	{ "trace", required_argument, NULL, OPT_QUALIFIER },
	{ "abbrev", required_argument, NULL, OPT_QUALIFIER },
	{ "verbose", required_argument, NULL, OPT_QUALIFIER },
	{ "raw", required_argument, NULL, OPT_QUALIFIER },
	{ "signals", required_argument, NULL, OPT_QUALIFIER },
	{ "signal", required_argument, NULL, OPT_QUALIFIER },
	{ "status", required_argument, NULL, OPT_QUALIFIER },
	{ "read", required_argument, NULL, OPT_QUALIFIER },
	{ "write", required_argument, NULL, OPT_QUALIFIER },
	{ "fault", required_argument, NULL, OPT_QUALIFIER },
	{ "inject", required_argument, NULL, OPT_QUALIFIER },
	{ "kvm", required_argument, NULL, OPT_QUALIFIER },
	{ "quiet", optional_argument, NULL, OPT_QUALIFIER },
	{ "silent", optional_argument, NULL, OPT_QUALIFIER },
	{ "silence", optional_argument, NULL, OPT_QUALIFIER },
	{ "decode-fds", optional_argument, NULL, OPT_QUALIFIER },
	{ "decode-pids", required_argument, NULL, OPT_QUALIFIER },
	{ "secontext", optional_argument, NULL, OPT_QUALIFIER },
	/* sctrace's own */
	{ "comm", required_argument, NULL, OPT_COMM },
	{ "system-wide", no_argument, NULL, OPT_SYSTEM_WIDE },
	{ "buffer-size", required_argument, NULL, OPT_BUFFER_SIZE },
	{ "output-mode", required_argument, NULL, OPT_OUTPUT_MODE },
	{ "stats", no_argument, NULL, OPT_STATS },
	{ "debug", no_argument, NULL, OPT_DEBUG },
	{ "record", required_argument, NULL, OPT_RECORD },
	{ "replay", required_argument, NULL, OPT_REPLAY },
	{ "check", no_argument, NULL, OPT_CHECK },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "ctf", required_argument, NULL, OPT_CTF },
	{ "usdt", required_argument, NULL, OPT_USDT },
	{ "list-usdt", no_argument, NULL, OPT_LIST_USDT },
	{ "no-durations", no_argument, NULL, OPT_NO_DURATIONS },
	{ "diagnose", no_argument, NULL, OPT_DIAGNOSE },
	{ "flight-recorder", required_argument, NULL, OPT_FLIGHT_RECORDER },
	{ "snapshot-on", required_argument, NULL, OPT_SNAPSHOT_ON },
	{ "clock", required_argument, NULL, OPT_CLOCK },
	{ "record-string-limit", required_argument, NULL, OPT_RECORD_STRING_LIMIT },
	{ "summary-per-process", no_argument, NULL, OPT_SUMMARY_PER_PROCESS },
	{ "histogram", optional_argument, NULL, OPT_HISTOGRAM },
	{ "filter", required_argument, NULL, OPT_FILTER },
	{ "duration", required_argument, NULL, OPT_DURATION },
	{ "sched", no_argument, NULL, OPT_SCHED },
	{ "metrics", required_argument, NULL, OPT_METRICS },
	{ "metrics-per-comm", no_argument, NULL, OPT_METRICS_PER_COMM },
	{ "top", optional_argument, NULL, OPT_TOP },
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
	"Trace system calls over eBPF, printing them as strace does. strace's options\n"
	"keep their meaning; those sctrace cannot honour are refused with the reason\n"
	"(see sctrace(1) and doc/OPTIONS.md).\n"
	"\n"
	"Startup:\n"
	"  -E, --env=VAR=VAL      put VAR=VAL in the command's environment (-E VAR removes it)\n"
	"  -p, --attach=PID       attach to PID (repeatable, or 1,2,3; with -f all its threads)\n"
	"  -u, --user=USERNAME    run the command as USERNAME\n"
	"      --comm=NAME        trace every process whose name is NAME, now or later\n"
	"      --system-wide      trace every process except sctrace itself\n"
	"Tracing:\n"
	"  -b execve, --detach-on=execve  stop tracing a process at its execve\n"
	"  -f, --follow-forks     trace child processes as they are created\n"
	"  -ff, --output-separately  with -o FILE: each task's lines in FILE.PID (its tid)\n"
	"  -I, --interruptible=N  accepted; sctrace never stops the traced processes\n"
	"      --seccomp-bpf      accepted; only the traced calls reach sctrace anyway\n"
	"      --tips             accepted; sctrace has no tips to show\n"
	"      --buffer-size=SIZE each ring of a CPU (power of two, K/M/G suffix; default 8M,\n"
	"                         less on machines with more than 16 CPUs)\n"
	"      --usdt=SPEC        also trace USDT probes [PATH:]PROVIDER:PROBE, * wildcards\n"
	"                         (repeatable; --system-wide needs PATH)\n"
	"      --list-usdt        list the USDT probes of -p PID or of the FILEs, and exit\n"
	"Filtering:\n"
	"  -e trace=SET, --trace=SET  syscalls: names, %%file %%desc %%network %%process\n"
	"                         %%memory %%signal %%ipc %%creds %%clock %%pure %%stat\n"
	"                         %%lstat %%fstat %%%%stat %%statfs %%fstatfs %%%%statfs,\n"
	"                         /regex, all, none, !negation, ?name, name@64|@32|@x32\n"
	"  -e signal=SET, --signal=SET  signals to show: SIGUSR1 or USR1 or 10, all, none\n"
	"  -e status=SET, --status=SET  successful, failed, unfinished, unavailable,\n"
	"                         detached\n"
	"  -P, --trace-path=PATH  only calls that name PATH, or a descriptor of it\n"
	"                         (repeatable)\n"
	"  -z, --successful-only  only calls that succeeded\n"
	"  -Z, --failed-only      only calls that failed\n"
	"Tampering (a COMMAND sctrace starts; through seccomp user notification):\n"
	"  -e inject=SET:error=ERRNO|retval=VALUE|signal=SIG|delay_enter=TIME|poke_enter=@argN=HEX\n"
	"      [:delay_exit=TIME|poke_exit=@argN=HEX (with error=/retval=)][:syscall=PURE][:when=WHEN],\n"
	"      --inject=...       fail these calls / return VALUE without running them /\n"
	"                         send SIG / hold them TIME / write HEX where argument N\n"
	"                         points; WHEN: N, N+, N+STEP, N..M, N..M+STEP\n"
	"  -e fault=SET[:error=ERRNO][:when=WHEN], --fault=...  inject an error (ENOSYS)\n"
	"Output format:\n"
	"  -a, --columns=N        align return values at column N (default 40)\n"
	"  -e abbrev=SET, --abbrev=SET  abbreviate the output of these syscalls (default all)\n"
	"  -e verbose=SET, --verbose=SET  dereference structures of these syscalls (default all)\n"
	"  -e raw=SET, --raw=SET  print these syscalls' arguments and results in hex\n"
	"  -e read=SET, --read=SET    hex dump of data read from these descriptors\n"
	"  -e write=SET, --write=SET  hex dump of data written to these descriptors\n"
	"  -e quiet=SET, --quiet=SET  attach, exit, path-resolution, personality,\n"
	"                         thread-execve (superseded), all, none\n"
	"  -e decode-fds=SET, --decode-fds=SET  path, socket, dev, pidfd, all\n"
	"  -i, --instruction-pointer  print where each call returns to, or where a signal\n"
	"                         found the task\n"
	"  -k, --stack-traces     print the call chain under each call and signal\n"
	"                         (from 8 KiB of user stack and the files' DWARF CFI)\n"
	"  -n, --syscall-number   print the syscall number\n"
	"  -o, --output=FILE      write the trace to FILE (|CMD or !CMD: pipe it to CMD)\n"
	"      --output-mode=MODE create -o, -ff and --record files with MODE (octal, before\n"
	"                         the umask; default 0600: traces hold secrets)\n"
	"  -A, --output-append-mode  append to -o FILE\n"
	"  -q, -qq, -qqq          suppress attach messages / also exit lines / everything\n"
	"  -r, --relative-timestamps[=PRECISION]  time since the previous line\n"
	"                         (PRECISION: s, ms, us (default), ns)\n"
	"  -s, --string-limit=N   print at most N bytes of a string (default 32)\n"
	"  -t, -tt, -ttt          time of day, with microseconds, as epoch seconds\n"
	"      --absolute-timestamps=[[format:]none|time|unix][,[precision:]s|ms|us|ns]\n"
	"  -T, --syscall-times[=PRECISION]  time spent in each call\n"
	"  -v, --no-abbrev        structures in full (rusage); the count of events at exit\n"
	"  -x, -xx, --strings-in-hex[=non-ascii|all]  non-printable / all string bytes in hex\n"
	"      --strings-in-hex=non-ascii-chars  escapes in hex (\\x0a) instead of octal\n"
	"  -X, --const-print-style=raw|verbose|abbrev  constants as numbers / both / names\n"
	"  -y, -yy, --decode-fds[=path|all]  descriptors with their paths / also sockets,\n"
	"                         devices and pidfds\n"
	"  -Y, --decode-pids=comm  command names after pids: 4242<sh>\n"
	"      --pidns-translation  pids of other PID namespaces also as sctrace sees them\n"
	"  -e kvm=vcpu, --kvm=vcpu  the exit reason of each KVM_RUN: = 0 (KVM_EXIT_IO)\n"
	"      --json             JSON Lines, one object per event (doc/JSON.md)\n"
	"Statistics:\n"
	"  -c, --summary-only     a table of time, calls and errors per syscall\n"
	"  -C, --summary          the calls and the table\n"
	"  -S, --summary-sort-by=SORTBY  a column (time, min-time, max-time, avg-time,\n"
	"                         p50, p90, p99, calls, errors, name) or nothing\n"
	"  -U, --summary-columns=COLUMNS  the table's columns: time-percent, total-time,\n"
	"                         min-time, max-time, avg-time, calls, errors, name,\n"
	"                         p50, p90, p99 (latency percentiles; -c -v shows them)\n"
	"  -w, --summary-wall-clock  -c times are latencies (entry to exit), not the\n"
	"                         CPU time the task spent in the call\n"
	"  -O, --summary-syscall-overhead=OVERHEAD[UNIT]  subtract OVERHEAD (us, or s,\n"
	"                         ms, ns) from each call's -c time\n"
	"      --diagnose         after the trace (or -c's table): findings, with their\n"
	"                         evidence and what to change (epoll, sleeps, buffers,\n"
	"                         blocking sockets, error storms, time)\n"
	"      --summary-per-process  with -c/-C: a table per process, as perf trace -s\n"
	"      --histogram[=fd]   log2 histograms per syscall at the end: latency, bytes\n"
	"                         requested/returned, epoll events (bpftrace's style); alone\n"
	"                         instead of the calls, after the table with -c/-C; =fd: per\n"
	"                         syscall, process and descriptor\n"
	"      --filter=EXPR      only calls for which EXPR holds: ret<0, errno==ENOENT,\n"
	"                         read:ret<count, arg2>=4K, duration>1ms, && || ! ( )\n"
	"      --duration=MS      only calls that took longer than MS milliseconds\n"
	"      --metrics=[HOST]:PORT  serve Prometheus metrics while tracing (per syscall\n"
	"                         calls, errors by errno, latency histograms; USDT hits,\n"
	"                         losses); the trace is printed only with -o or --json\n"
	"      --metrics-per-comm  --metrics series per command name too (64 at most)\n"
	"      --top[=SECONDS]    a live view of syscalls (and processes with -f, -p...) by\n"
	"                         rate, calls, time, errors, redrawn every SECONDS (1);\n"
	"                         keys r c t e n sort, p processes, q quit; trace only with -o\n"
	"Recording:\n"
	"      --record=FILE      write every event to a binary log (alone, or with -o/--json)\n"
	"      --record-string-limit=N  bytes of each string the log keeps (default 256,\n"
	"                         at least -s): --replay -s up to N shows what live -s N would\n"
	"      --ctf=DIR          write a CTF trace (LTTng kernel layout) to DIR (alone, or\n"
	"                         with -o/--json/--record; live or from --replay)\n"
	"      --sched            record context switches (sched_switch) of the traced\n"
	"                         tasks for --ctf, --json and --record\n"
	"      --replay=FILE      decode a recorded log with the options given now\n"
	"      --check            with --replay: verify every chunk and summarise the log\n"
	"      --no-durations     do not read the clock when calls start (faster; no -T, -c)\n"
	"      --clock=CLOCK      the clock of -t, -tt, -ttt: realtime (default), monotonic\n"
	"                         or boot (CLOCK_BOOTTIME); live and on --replay\n"
	"      --flight-recorder=SIZE  with --record/--ctf: keep the newest SIZE bytes of\n"
	"                         events in memory; write them to FILE, FILE.1... (DIR,\n"
	"                         DIR.1...) on SIGUSR1, at a --snapshot-on condition and\n"
	"                         at the end\n"
	"      --snapshot-on=COND[,COND]  snapshot after a call with syscall=NAME,\n"
	"                         errno=NAME, latency>DURATION (e.g. 50ms): all must hold\n"
	"Miscellaneous:\n"
	"      --stats            the count of events traced and lost at exit\n"
	"  -d, --debug            libbpf's messages, the verifier's log and statistics\n"
	"  -h, --help             this help\n"
	"  -V, --version          version\n"
	"Refused, with the reason: -D/--daemonize,\n"
	"--secontext; -e inject=/fault= with -p, --comm,\n"
	"--system-wide, --replay or -P, and inject's delay_exit=/poke_exit= of a call that runs.\n";

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
			/* strace's words, naming the one id that is wrong */
			msg_error("Invalid process id: '%.*s'", (int)strcspn(p, ", "), p);
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
	o->record_str_limit = 256;
	o->acolumn = 40;
	o->xstrings_long = -1;
	o->sort = SORT_TIME;
	o->rdigits = 6;
	o->Tdigits = 6;
	o->ring_bytes = 0; /* chosen by the capture from the number of CPUs */
	qualify_defaults(&o->sets);
}

/* An option as the user wrote it, for messages: "--string-limit" or "-s". */
static const char *opt_name(int c, int longindex)
{
	static char buf[64];

	if (longindex >= 0)
		snprintf(buf, sizeof(buf), "--%s", long_options[longindex].name);
	else
		snprintf(buf, sizeof(buf), "-%c", c);
	return buf;
}

/* A time precision: s, ms, us or ns, as digits after the second. */
static int parse_precision(const char *s, int *digits)
{
	static const struct {
		const char *name;
		int digits;
	} units[] = { { "s", 0 }, { "ms", 3 }, { "us", 6 }, { "ns", 9 } };

	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (strcmp(s, units[i].name) == 0) {
			*digits = units[i].digits;
			return 0;
		}
	return -EINVAL;
}

/*
 * --absolute-timestamps=[[format:]FORMAT][,[precision:]PRECISION], as strace:
 * what is not given keeps its value from an earlier occurrence, except that
 * a format never given (or "none" before) becomes "time".
 */
static int parse_timestamps(struct options *o, const char *arg)
{
	char buf[64], *tok, *save = NULL;
	int tformat = -1;

	if (!arg)
		arg = "format:time";
	if (snprintf(buf, sizeof(buf), "%s", arg) >= (int)sizeof(buf))
		return -EINVAL;
	for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		bool fmt_key = strncmp(tok, "format:", 7) == 0;
		bool prec_key = strncmp(tok, "precision:", 10) == 0;
		const char *v = fmt_key ? tok + 7 : prec_key ? tok + 10 : tok;

		if (!prec_key && strcmp(v, "none") == 0)
			tformat = TS_NONE;
		else if (!prec_key && strcmp(v, "time") == 0)
			tformat = TS_TIME;
		else if (!prec_key && strcmp(v, "unix") == 0)
			tformat = TS_UNIX;
		else if (fmt_key || parse_precision(v, &o->tdigits))
			return -EINVAL;
	}
	if (tformat >= 0)
		o->tformat = tformat;
	else if (o->tformat == TS_NONE)
		o->tformat = TS_TIME;
	return 0;
}

/* -E VAR=VAL or -E VAR (removed from the command's environment). */
static int add_env(struct options *o, const char *arg)
{
	char **n;

	if (!*arg || *arg == '=') {
		msg_error("invalid -E argument: '%s' (VAR=VALUE, or VAR to remove it)", arg);
		return -EINVAL;
	}
	n = realloc(o->env, (o->nenv + 1) * sizeof(*n));
	if (!n)
		return -ENOMEM;
	o->env = n;
	o->env[o->nenv++] = (char *)arg;
	return 0;
}

static int push_path(struct options *o, char *path)
{
	char **n;

	for (size_t i = 0; i < o->npaths; i++)
		if (strcmp(o->paths[i], path) == 0) {
			free(path);
			return 0;
		}
	n = realloc(o->paths, (o->npaths + 1) * sizeof(*n));
	if (!n) {
		free(path);
		return -ENOMEM;
	}
	o->paths = n;
	o->paths[o->npaths++] = path;
	return 0;
}

/* -P PATH: the path as given, and where it resolves to (strace's set of two). */
static int add_path(struct options *o, const char *path)
{
	char *copy = strdup(path), *real;
	int rc;

	if (!*path) {
		free(copy);
		msg_error("invalid -P argument: '' (a path)");
		return -EINVAL;
	}
	rc = copy ? push_path(o, copy) : -ENOMEM;
	real = rc ? NULL : realpath(path, NULL);
	if (!real || strcmp(real, path) == 0) {
		free(real);
		return rc;
	}
	o->resolved_paths = true;
	return push_path(o, real);
}

/* strace's line for each -P path that resolved into another (-e quiet=path-resolution). */
static void report_resolved_paths(const struct options *o)
{
	for (size_t i = 0; i < o->npaths; i++) {
		char *real = realpath(o->paths[i], NULL);

		if (real && strcmp(real, o->paths[i]) != 0)
			msg_print(MSG_ERROR, "Requested path \"%s\" resolved into \"%s\"", o->paths[i],
				  real);
		free(real);
	}
}

/* Options strace has that sctrace cannot honour: one line that says why. */
static int refuse(const char *opt, const char *why)
{
	msg_error("%s is not supported: %s", opt, why);
	return -EINVAL;
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

/* --flight-recorder and --snapshot-on against the rest of the command line. */
static int check_flight(const struct options *o)
{
	if (o->nsnapshot_on && !o->flight_bytes) {
		msg_error("--snapshot-on needs --flight-recorder SIZE: snapshots are of its events");
		return -EINVAL;
	}
	if (o->flight_bytes && !o->record && !o->ctf) {
		msg_error("--flight-recorder needs --record FILE or --ctf DIR: the snapshots are "
			  "written there");
		return -EINVAL;
	}
	for (size_t i = 0; i < o->nsnapshot_on && o->no_durations; i++)
		if (strstr(o->snapshot_on[i], "latency>")) {
			msg_error("--snapshot-on latency> needs the calls' durations: not with "
				  "--no-durations");
			return -EINVAL;
		}
	return 0;
}

static int check_modes(struct options *o)
{
	if (o->xstrings_long >= 0) {
		if (o->xstrings) {
			msg_error("-x and --strings-in-hex cannot be provided simultaneously");
			return -EINVAL;
		}
		o->xstrings = o->xstrings_long;
	}
	/* A COMMAND and -p together trace both, as strace does. */
	int modes = (o->command != NULL || o->npids > 0) + (o->comm != NULL) + o->system_wide +
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
	if (o->ctf && o->check) {
		msg_error("--check verifies a log and writes nothing: --ctf cannot be used with it");
		return -EINVAL;
	}
	if (o->replay && o->record) {
		msg_error("--replay reads a log and --record writes one: give one of them");
		return -EINVAL;
	}
	if (o->record_str_limit_set && !o->record) {
		msg_error("--record-string-limit is what --record keeps: give it with --record FILE");
		return -EINVAL;
	}
	if (o->no_durations && (o->durations || o->summary || o->diagnose)) {
		msg_error("--no-durations leaves calls without a duration: -T, -c, -C and --diagnose "
			  "need one");
		return -EINVAL;
	}
	if (check_flight(o))
		return -EINVAL;
	if (o->sched && o->replay) {
		msg_error("--sched is for tracing: a log replays the scheduler events it was recorded with");
		return -EINVAL;
	}
	if (o->sched && !o->ctf && !o->json && !o->record) {
		msg_error("--sched needs --ctf DIR, --json or --record FILE: the text output has no "
			  "scheduler events");
		return -EINVAL;
	}
	if (o->no_durations && o->histogram) {
		msg_error("--no-durations leaves calls without a duration: --histogram needs one");
		return -EINVAL;
	}
	if (o->filter_expr || o->min_duration_ns) {
		char why[256];

		if (o->filter_expr && !(o->filter = filter_parse(o->filter_expr, why, sizeof(why)))) {
			msg_error("%s", why);
			return -EINVAL;
		}
		if (o->min_duration_ns && !(o->filter = filter_min_duration(o->filter, o->min_duration_ns)))
			return -ENOMEM;
		if (o->no_durations) {
			msg_error("--no-durations leaves calls without a duration: --filter and "
				  "--duration need one");
			return -EINVAL;
		}
	}
	if (o->metrics_per_comm && !o->metrics) {
		msg_error("--metrics-per-comm labels the --metrics series: give it with --metrics");
		return -EINVAL;
	}
	if (o->metrics && o->replay) {
		msg_error("--metrics serves a live trace's counters: it does not apply to --replay");
		return -EINVAL;
	}
	if (o->top_interval_ns && o->replay) {
		msg_error("--top shows a live trace: it does not apply to --replay (-c and "
			  "--histogram do)");
		return -EINVAL;
	}
	if (o->top_interval_ns && o->no_durations) {
		msg_error("--no-durations leaves calls without a duration: --top needs one");
		return -EINVAL;
	}
	if (o->metrics && o->no_durations) {
		msg_error("--no-durations leaves calls without a duration: --metrics needs one");
		return -EINVAL;
	}
	if (o->summary_per_process && !o->summary) {
		msg_error("--summary-per-process splits the -c table: give it with -c or -C");
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
	if ((o->nenv || o->user) && !o->command) {
		msg_error("-E and -u apply to a COMMAND that sctrace starts, not to -p, --comm, "
			  "--system-wide or --replay");
		return -EINVAL;
	}
	if (qualify_inject_any(&o->sets) && (!o->command || o->npids)) {
		msg_error("-e inject= and -e fault= apply to a COMMAND that sctrace starts, not to -p, "
			  "--comm, --system-wide or --replay: the seccomp filter that injects must be "
			  "installed by the process itself before its exec");
		return -EINVAL;
	}
	if (qualify_inject_any(&o->sets) && o->npaths) {
		msg_error("-e inject= and -e fault= cannot be used with -P: strace injects only into "
			  "the calls that name the paths, which the seccomp filter cannot tell");
		return -EINVAL;
	}
	if (o->output_separately && o->outfile && (o->outfile[0] == '|' || o->outfile[0] == '!')) {
		msg_error("-o |COMMAND and -ff cannot be used together: one pipe cannot take a file "
			  "per process");
		return -EINVAL;
	}
	/* strace's limits, in its words: NAME.PID and the program's path must fit PATH_MAX */
	if (o->output_separately && o->outfile && strlen(o->outfile) >= PATH_MAX - 3 * sizeof(int)) {
		msg_error("%s: %s", o->outfile, strerror(ENAMETOOLONG));
		return -ENAMETOOLONG;
	}
	if (o->command && strlen(o->command[0]) >= PATH_MAX) {
		msg_error("exec: %s", strerror(ENAMETOOLONG));
		return -ENAMETOOLONG;
	}
	if (o->summary_wall && !o->summary) {
		msg_error("-w/--summary-wall-clock must be given with (-c/--summary-only or "
			  "-C/--summary)");
		return -EINVAL;
	}
	if (o->append && !o->outfile)
		msg_warn("-A/--output-append-mode has no effect without -o/--output");
	if (o->sets.decode_pids && o->replay) {
		msg_error("%s cannot be used with --replay: pids are looked up in /proc while "
			  "tracing, and a log's processes are gone",
			  o->sets.decode_pids & DECODE_PID_NS ? "--pidns-translation" : "-Y/--decode-pids");
		return -EINVAL;
	}
	if (o->stack_trace && o->replay) {
		msg_error("-k/--stack-traces cannot be used with --replay: frames are found in the "
			  "files the processes have mapped, which a log does not record");
		return -EINVAL;
	}
	if ((o->stack_trace || o->instruction_pointer) && o->json) {
		msg_error("%s cannot be used with --json: JSON events have no %s yet",
			  o->stack_trace ? "-k/--stack-traces" : "-i/--instruction-pointer",
			  o->stack_trace ? "frames" : "instruction pointer");
		return -EINVAL;
	}
	if (o->comm && (!*o->comm || strlen(o->comm) >= SCT_COMM_LEN)) {
		msg_error("--comm NAME must be 1 to %d characters (the kernel's comm length)",
			  SCT_COMM_LEN - 1);
		return -EINVAL;
	}
	return 0;
}

/* What the counted short options (-q, -t, -y, -v) mean once all are read. */
static void settle_counts(struct options *o, int qcount, int tcount, int ycount, bool long_ts)
{
	static const unsigned quiet_by_count[] = {
		0, QUIET_ATTACH | QUIET_PERSONALITY,
		QUIET_ATTACH | QUIET_PERSONALITY | QUIET_EXIT, QUIET_ALL,
	};

	if (!o->sets.quiet_given)
		o->sets.quiet = quiet_by_count[qcount > 3 ? 3 : qcount];
	o->quiet = (int)o->sets.quiet;
	if (tcount && !long_ts) {
		o->tformat = tcount >= 3 ? TS_UNIX : TS_TIME;
		o->tdigits = tcount >= 2 ? 6 : 0;
	}
	if (ycount)
		o->sets.decode_fds |= ycount >= 2 ? DECODE_FD_ALL : DECODE_FDS_PATH;
	o->decode_fds = o->sets.decode_fds;
}

int options_parse(struct options *o, int argc, char **argv)
{
	char err[256];
	unsigned v;
	int c, rc, longindex, qcount = 0, tcount = 0, ycount = 0, fcount = 0;
	bool long_ts = false;

	defaults(o);
	opterr = 0;
	optind = 1;
	for (;;) {
		longindex = -1;
		c = getopt_long(argc, argv, "+:a:Ab:cCdDe:E:fFhiI:kno:O:p:P:qrs:S:tTu:U:vVwxX:yYzZ",
				long_options, &longindex);
		if (c == -1)
			break;
		switch (c) {
		case 'a':
			if (parse_uint(optarg, 1000, &o->acolumn)) {
				msg_error("invalid %s argument: '%s' (a column from 0 to 1000)",
					  opt_name(c, longindex), optarg);
				return -EINVAL;
			}
			break;
		case 'A':
			o->append = true;
			break;
		case 'b':
			if (strcmp(optarg, "execve") != 0) {
				/* strace's words, which name -b for --detach-on too */
				msg_error("Syscall '%s' for -b isn't supported", optarg);
				return -EINVAL;
			}
			o->detach_on_execve = true;
			break;
		case 'e':
			rc = qualify_apply(optarg, &o->sets, err, sizeof(err));
			if (rc) {
				msg_error("%s", err);
				return rc;
			}
			break;
		case OPT_QUALIFIER: {
			const char *name = long_options[longindex].name;

			/* --quiet alone is -q's set; --decode-fds alone is -y's */
			if (!optarg)
				optarg = strcmp(name, "decode-fds") == 0 ? "path" :
					 strcmp(name, "secontext") == 0	  ? "full" :
									    "attach,personality";
			rc = qualify_named(name, optarg, &o->sets, err, sizeof(err));
			if (rc) {
				msg_error("%s", err);
				return rc;
			}
			break;
		}
		case 'E':
			rc = add_env(o, optarg);
			if (rc)
				return rc;
			break;
		case 'c':
			o->summary = 1;
			break;
		case 'C':
			o->summary = 2;
			break;
		case 'd':
			o->debug = true;
			break;
		case 'D':
		case OPT_DAEMONIZE:
			return refuse(opt_name(c, longindex),
				      "sctrace starts the command as its own child; running the "
				      "tracer as a grandchild or in its own group or session is not "
				      "implemented");
		case 'S':
			o->sort = summary_sort_by_name(optarg);
			if (o->sort < 0) {
				msg_error("invalid %s argument: '%s' (time, min-time, max-time, "
					  "avg-time, calls, errors, name, nothing)",
					  opt_name(c, longindex), optarg);
				return -EINVAL;
			}
			break;
		case 'w':
			o->summary_wall = true;
			break;
		case 'f':
			fcount++;
			break;
		case 'F': /* strace's old spelling of -f */
		case OPT_FOLLOW_FORKS:
			o->follow_fork = true;
			break;
		case OPT_OUTPUT_SEPARATELY:
			o->output_separately = true;
			break;
		case 'h':
			usage(stdout);
			return OPTIONS_EXIT;
		case 'i':
			o->instruction_pointer = true;
			break;
		case 'I':
			/* No ptrace stops: a signal to sctrace never leaves the command stopped. */
			if (parse_uint(optarg, 4, &v) && strcmp(optarg, "anywhere") &&
			    strcmp(optarg, "always") && strcmp(optarg, "waiting") &&
			    strcmp(optarg, "never") && strcmp(optarg, "never_tstp")) {
				msg_error("invalid %s argument: '%s' (1-4, anywhere, always, waiting, "
					  "never, never_tstp)",
					  opt_name(c, longindex), optarg);
				return -EINVAL;
			}
			break;
		case 'k':
			o->stack_trace = true;
			break;
		case 'n':
			o->syscall_number = true;
			break;
		case 'o':
			o->outfile = optarg;
			break;
		case 'O':
			if (summary_overhead_parse(optarg, &o->summary_overhead_ns)) {
				msg_error("invalid %s argument: '%s' (a time: a number, then s, ms, us "
					  "or ns; us when none)",
					  opt_name(c, longindex), optarg);
				return -EINVAL;
			}
			break;
		case 'p':
			rc = add_pids(o, optarg);
			if (rc)
				return rc;
			break;
		case 'P':
			rc = add_path(o, optarg);
			if (rc)
				return rc;
			break;
		case 'q':
			qcount++;
			break;
		case 'r':
			o->relative = true;
			if (optarg && parse_precision(optarg, &o->rdigits)) {
				msg_error("invalid %s argument: '%s' (s, ms, us or ns)",
					  opt_name(c, longindex), optarg);
				return -EINVAL;
			}
			break;
		case 's':
			if (parse_uint(optarg, 1u << 20, &v)) {
				msg_error("invalid %s argument: '%s' (a number from 0 to 1048576)",
					  opt_name(c, longindex), optarg);
				return -EINVAL;
			}
			o->str_max = v;
			break;
		case 't':
			tcount++;
			break;
		case OPT_TIMESTAMPS:
			long_ts = true;
			if (parse_timestamps(o, optarg)) {
				msg_error("invalid %s argument: '%s' ([[format:]none|time|unix]"
					  "[,[precision:]s|ms|us|ns])",
					  opt_name(c, longindex), optarg);
				return -EINVAL;
			}
			break;
		case 'T':
			o->durations = true;
			if (optarg && parse_precision(optarg, &o->Tdigits)) {
				msg_error("invalid %s argument: '%s' (s, ms, us or ns)",
					  opt_name(c, longindex), optarg);
				return -EINVAL;
			}
			break;
		case 'u':
			o->user = optarg;
			break;
		case 'U': {
			char why[160];

			if (summary_columns_parse(o->summary_columns, optarg, why, sizeof(why))) {
				msg_error("%s", why);
				return -EINVAL;
			}
			break;
		}
		case 'v':
			o->verbose++;
			memset(o->sets.abbrev, 0, sizeof(o->sets.abbrev)); /* strace: abbrev=none */
			break;
		case 'V':
			printf("sctrace -- version %s\n", SCT_VERSION);
			return OPTIONS_EXIT;
		case 'x':
			if (o->xstrings < 2)
				o->xstrings++;
			break;
		case OPT_STRINGS_IN_HEX:
			if (!optarg || strcmp(optarg, "all") == 0) {
				o->xstrings_long = XSTR_ALL;
			} else if (strcmp(optarg, "non-ascii") == 0) {
				o->xstrings_long = XSTR_NON_ASCII;
			} else if (strcmp(optarg, "non-ascii-chars") == 0) {
				o->xstrings_long = XSTR_HEX_ESCAPES;
			} else if (strcmp(optarg, "none") == 0) {
				o->xstrings_long = XSTR_NONE;
			} else {
				msg_error("invalid %s argument: '%s' (none, non-ascii-chars, non-ascii, "
					  "all)",
					  opt_name(c, longindex), optarg);
				return -EINVAL;
			}
			break;
		case 'X':
			if (strcmp(optarg, "abbrev") == 0) {
				o->xlat = XLAT_ABBREV;
			} else if (strcmp(optarg, "raw") == 0) {
				o->xlat = XLAT_RAW;
			} else if (strcmp(optarg, "verbose") == 0) {
				o->xlat = XLAT_VERBOSE;
			} else {
				msg_error("invalid %s argument: '%s' (abbrev, raw or verbose)",
					  opt_name(c, longindex), optarg);
				return -EINVAL;
			}
			break;
		case 'y':
			ycount++;
			break;
		case 'Y':
			o->sets.decode_pids |= DECODE_PID_COMM;
			break;
		case OPT_PIDNS_TRANSLATION:
			o->sets.decode_pids |= DECODE_PID_NS;
			break;
		case 'z':
			o->sets.status = STATUS_SUCCESSFUL;
			break;
		case 'Z':
			o->sets.status = STATUS_FAILED;
			break;
		case OPT_SECCOMP_BPF: /* only the traced calls reach sctrace anyway: the filter is in the kernel */
		case OPT_TIPS:
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
		case OPT_OUTPUT_MODE: {
			char *end;
			unsigned long m = strtoul(optarg, &end, 8);

			if (!*optarg || *end || m > 0777) {
				msg_error("invalid --output-mode '%s': an octal mode from 0 to 0777, "
					  "e.g. 0640",
					  optarg);
				return -EINVAL;
			}
			outfile_set_mode((unsigned)m);
			break;
		}
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
		case OPT_DIAGNOSE:
			o->diagnose = true;
			break;
		case OPT_JSON:
			o->json = true;
			break;
		case OPT_CTF:
			o->ctf = optarg;
			break;
		case OPT_SCHED:
			o->sched = true;
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
		case OPT_FLIGHT_RECORDER:
			if (trigger_parse_size(optarg, &o->flight_bytes)) {
				msg_error("invalid --flight-recorder '%s': bytes with a K, M or G suffix, "
					  "a multiple of 8 from 64K, e.g. 64M",
					  optarg);
				return -EINVAL;
			}
			break;
		case OPT_CLOCK:
			if (strcmp(optarg, "realtime") == 0) {
				o->clock = TS_CLOCK_REALTIME;
			} else if (strcmp(optarg, "monotonic") == 0) {
				o->clock = TS_CLOCK_MONOTONIC;
			} else if (strcmp(optarg, "boot") == 0) {
				o->clock = TS_CLOCK_BOOT;
			} else {
				msg_error("invalid --clock '%s' (realtime, monotonic or boot)", optarg);
				return -EINVAL;
			}
			break;
		case OPT_SNAPSHOT_ON: {
			char why[512];
			struct trigger t;
			const char **n;

			if (trigger_parse(optarg, &t, why, sizeof(why))) {
				msg_error("%s", why);
				return -EINVAL;
			}
			n = realloc(o->snapshot_on, (o->nsnapshot_on + 1) * sizeof(*n));
			if (!n)
				return -ENOMEM;
			o->snapshot_on = n;
			o->snapshot_on[o->nsnapshot_on++] = optarg;
			break;
		}
		case OPT_RECORD_STRING_LIMIT:
			if (parse_uint(optarg, SCT_STR_CAP_MAX, &v)) {
				msg_error("invalid --record-string-limit '%s': a number from 0 to %u",
					  optarg, SCT_STR_CAP_MAX);
				return -EINVAL;
			}
			o->record_str_limit = v;
			o->record_str_limit_set = true;
			break;
		case OPT_SUMMARY_PER_PROCESS:
			o->summary_per_process = true;
			break;
		case OPT_HISTOGRAM:
			o->histogram = true;
			if (optarg && strcmp(optarg, "syscall") && strcmp(optarg, "fd")) {
				msg_error("invalid --histogram '%s': syscall (the default) or fd",
					  optarg);
				return -EINVAL;
			}
			o->histogram_fd = optarg && !strcmp(optarg, "fd");
			break;
		case OPT_FILTER:
			o->filter_expr = optarg;
			break;
		case OPT_METRICS:
			o->metrics = optarg;
			break;
		case OPT_TOP: {
			char *end;
			double secs = optarg ? strtod(optarg, &end) : 1;

			if (optarg && (!*optarg || *end || !(secs >= 0.1 && secs <= 3600))) {
				msg_error("invalid --top '%s': seconds between frames, from 0.1 to 3600",
					  optarg);
				return -EINVAL;
			}
			o->top_interval_ns = (uint64_t)(secs * 1e9);
			break;
		}
		case OPT_METRICS_PER_COMM:
			o->metrics_per_comm = true;
			break;
		case OPT_DURATION:
			if (filter_parse_ms(optarg, &o->min_duration_ns)) {
				msg_error("invalid --duration: '%s' (milliseconds, e.g. 10 or 0.5)", optarg);
				return -EINVAL;
			}
			break;
		case ':':
			if (longindex >= 0 || optopt == 0)
				msg_error("option '%s' needs an argument (see sctrace -h)",
					  argv[optind - 1]);
			else
				msg_error("option '-%c' needs an argument (see sctrace -h)", optopt);
			return -EINVAL;
		default:
			if (optopt && optopt < 0x100)
				msg_error("unknown option '-%c' (see sctrace -h)", optopt);
			else
				msg_error("unknown option '%s' (see sctrace -h)", argv[optind - 1]);
			return -EINVAL;
		}
	}
	if (fcount) /* -ff: strace's shorthand for -f --output-separately */
		o->follow_fork = true;
	if (fcount >= 2)
		o->output_separately = true;
	/* strace: -o FILE with a command means -q, unless a quiet set was given */
	if (o->outfile && optind < argc && !qcount)
		qcount = 1;
	settle_counts(o, qcount, tcount, ycount, long_ts);
	if (o->resolved_paths && !(o->quiet & QUIET_PATH_RESOLVE))
		report_resolved_paths(o);
	if (optind < argc)
		o->command = &argv[optind];
	return check_modes(o);
}

void options_free(struct options *o)
{
	qualify_free(&o->sets);
	filter_free(o->filter);
	o->filter = NULL;
	free(o->pids);
	o->pids = NULL;
	free(o->usdt);
	o->usdt = NULL;
	free(o->snapshot_on);
	o->snapshot_on = NULL;
	o->nsnapshot_on = 0;
	free(o->env);
	o->env = NULL;
	o->nenv = 0;
	for (size_t i = 0; i < o->npaths; i++)
		free(o->paths[i]);
	free(o->paths);
	o->paths = NULL;
	o->npaths = 0;
	o->nusdt = 0;
	o->npids = 0;
}
