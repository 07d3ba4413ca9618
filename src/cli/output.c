// SPDX-License-Identifier: MIT
/* Output plumbing shared by live tracing and replay: see output.h. */
#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../util/msg.h"
#include "../util/outfile.h"

/* The -o "|command" stream, closed with pclose. */
static FILE *piped;

/* strace's -o "|command" and "!command": the trace is the command's standard input. */
static FILE *output_pipe(const char *cmd)
{
	FILE *f = popen(cmd, "we");

	if (!f) {
		msg_error("cannot run -o command '%s': %s", cmd, strerror(errno));
		return NULL;
	}
	setvbuf(f, NULL, _IOFBF, 1 << 16);
	piped = f;
	return f;
}

FILE *output_open(const char *path, bool append)
{
	const char *why;
	int fd;
	FILE *f;

	if (!path)
		return stderr;
	if (path[0] == '|' || path[0] == '!')
		return output_pipe(path + 1);
	fd = outfile_open(path, O_WRONLY | (append ? O_APPEND : O_TRUNC), &why);
	if (fd < 0) {
		msg_error("cannot open -o file '%s': %s", path, why ? why : strerror(-fd));
		return NULL;
	}
	f = fdopen(fd, "w");
	if (!f) {
		close(fd);
		return NULL;
	}
	setvbuf(f, NULL, _IOFBF, 1 << 16);
	return f;
}

int output_close(FILE *f)
{
	if (!f)
		return 0;
	if (f == stderr)
		return fflush(f) ? -errno : 0;
	if (f == piped) {
		piped = NULL;
		return pclose(f) < 0 ? -errno : 0;
	}
	return fclose(f) ? -errno : 0;
}

void sink_config_from_options(struct sink_config *sc, const struct options *o, FILE *out,
			      int64_t realtime_offset_ns)
{
	struct text_config *tc = &sc->text;

	memset(sc, 0, sizeof(*sc));
	sc->format = o->json ? SINK_JSON : SINK_TEXT;
	if (o->metrics && !o->outfile && !o->json)
		sc->format = SINK_NONE; /* an exporter: the trace only where asked for */
	if (o->top_interval_ns && !o->outfile)
		sc->format = SINK_NONE; /* the screen is the view; the trace only to a file */
	sc->metrics_comm = o->metrics_per_comm;
	sc->summary = (enum sink_summary)o->summary;
	sc->sort = (enum summary_sort)o->sort;
	/* -c -v: the latency percentiles too, unless -U chose the columns */
	sc->summary_columns = o->summary_columns[0] || !o->verbose ? o->summary_columns
								   : summary_columns_verbose;
	sc->summary_per_process = o->summary_per_process;
	sc->summary_wall = o->summary_wall;
	sc->summary_overhead_ns = o->summary_overhead_ns;
	sc->histogram = o->histogram;
	sc->histogram_fd = o->histogram_fd;
	sc->filter = o->filter;
	sc->diagnose = o->diagnose;
	sc->shown = o->sets.syscalls;
	tc->out = out;
	tc->to_file = o->outfile != NULL;
	tc->separate_path = o->output_separately ? o->outfile : NULL;
	tc->append = o->append;
	tc->prefix_always = o->follow_fork || o->npids + (o->command != NULL) > 1;
	tc->tformat = o->tformat;
	tc->tdigits = o->tdigits;
	tc->relative = o->relative;
	tc->rdigits = o->rdigits;
	tc->durations = o->durations;
	tc->Tdigits = o->Tdigits;
	tc->syscall_number = o->syscall_number;
	tc->instruction_pointer = o->instruction_pointer;
	tc->acolumn = o->acolumn;
	sc->status = o->sets.status;
	tc->signals = o->sets.signals;
	memcpy(tc->read_fds, o->sets.read_fds, sizeof(tc->read_fds));
	memcpy(tc->write_fds, o->sets.write_fds, sizeof(tc->write_fds));
	tc->quiet_exit = (o->quiet & QUIET_EXIT) != 0;
	tc->quiet_thread_execve = (o->quiet & QUIET_THREAD_EXECVE) != 0;
	tc->dec.str_max = o->str_max;
	tc->dec.xstrings = o->xstrings;
	tc->dec.xlat = o->xlat;
	tc->dec.decode_fds = o->decode_fds;
	tc->dec.decode_pids = (o->sets.decode_pids & DECODE_PID_NS ? DECODE_PIDS_NS : 0) |
			      (o->sets.decode_pids & DECODE_PID_COMM ? DECODE_PIDS_COMM : 0);
	sc->abbrev = o->sets.abbrev; /* -v is abbrev=none */
	sc->verbose = o->sets.verbose;
	sc->raw = o->sets.raw;
	sc->paths = (const char *const *)o->paths;
	sc->npaths = o->npaths;
	tc->realtime_offset_ns = realtime_offset_ns;
}

void sink_config_clock(struct sink_config *sc, const struct options *o, int64_t realtime_ns,
		       int64_t boot_ns)
{
	static const bool wall[] = { [TS_CLOCK_REALTIME] = true };

	sc->text.realtime_offset_ns = o->clock == TS_CLOCK_BOOT	     ? boot_ns :
				      o->clock == TS_CLOCK_MONOTONIC ? 0 :
								       realtime_ns;
	sc->text.clock_not_wall = !wall[o->clock];
}

void sink_config_ctf(struct sink_config *sc, struct ctf_config *cc, const struct options *o)
{
	if (!o->ctf)
		return;
	cc->dir = o->ctf;
	sc->ctf = cc;
	if (!o->outfile && !o->json)
		sc->format = SINK_NONE;
}

int sink_close_ctf_report(struct sink *s, const struct options *o)
{
	int err = sink_close_ctf(s);

	if (err)
		msg_error("cannot write the CTF trace to '%s': %s", o->ctf, strerror(-err));
	return err;
}

void report_totals(const struct options *o, const struct sct_rec_end *end)
{
	uint64_t lost = end->lost + end->missed;

	if (lost)
		msg_warn("%llu events lost (%llu ring full, %llu kernel recursion): the trace is "
			 "incomplete; try a larger --buffer-size",
			 (unsigned long long)lost, (unsigned long long)end->lost,
			 (unsigned long long)end->missed);
	if (end->str_trunc)
		msg_warn("%llu strings or records were longer than sctrace captures and are cut "
			 "(marked with ...)",
			 (unsigned long long)end->str_trunc);
	if (o->stats) /* not -v: strace -v prints no more at exit */
		msg_print(MSG_ERROR, "%llu events traced, %llu lost, %llu unreadable arguments",
			(unsigned long long)end->events, (unsigned long long)lost,
			(unsigned long long)end->str_fault);
}

uint64_t monotonic_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static int64_t offset_of(clockid_t clock)
{
	struct timespec mono, other;

	clock_gettime(CLOCK_MONOTONIC, &mono);
	clock_gettime(clock, &other);
	return ((int64_t)other.tv_sec - mono.tv_sec) * 1000000000 + (other.tv_nsec - mono.tv_nsec);
}

int64_t realtime_offset(void)
{
	return offset_of(CLOCK_REALTIME);
}

int64_t boottime_offset(void)
{
	return offset_of(CLOCK_BOOTTIME);
}
