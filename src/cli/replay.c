// SPDX-License-Identifier: MIT
/*
 * --replay FILE: decode a recorded log with the live options, through the
 * same sinks, so that the output is what live tracing printed. With --check,
 * verify every chunk and print a summary instead.
 */
#include "replay.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../decode/decode.h"
#include "../log/reader.h"
#include "../util/msg.h"
#include "../util/realtime.h"
#include "../util/strbuf.h"
#include "output.h"

struct replay {
	const struct options *opt;
	struct sink sink;
	struct sct_rec_end end; /* the recording's totals, if its end record was read */
	bool have_end;
	bool progress_shown;
	uint64_t last_progress;
	const char *path;
};

static int replay_record(void *ctx, const struct sct_rec_hdr *rec)
{
	struct replay *rp = ctx;

	if (rec->type == SCT_REC_END && rec->size >= sizeof(rp->end)) {
		memcpy(&rp->end, rec, sizeof(rp->end));
		rp->have_end = true;
	}
	/* -e trace= is applied by the sink: the calls not shown still keep the -y table. */
	return rp->sink.record(rp->sink.impl, rec);
}

static void show_progress(void *ctx, size_t done, size_t total)
{
	struct replay *rp = ctx;
	uint64_t now = monotonic_now();

	if (done < total && now - rp->last_progress < 200000000ull)
		return;
	rp->last_progress = now;
	if (done >= total) {
		if (rp->progress_shown)
			fputs("\r\033[K", stderr);
		return;
	}
	fprintf(stderr, "\rsctrace: replaying %s: %3d%% (%.1f of %.1f MB)\033[K", rp->path,
		(int)(total ? done * 100 / total : 100), done / 1e6, total / 1e6);
	rp->progress_shown = true;
}

static int count_record(void *ctx, const struct sct_rec_hdr *rec)
{
	(void)ctx;
	(void)rec;
	return 0;
}

static void print_time(FILE *f, uint64_t mono, int64_t offset)
{
	struct realtime t = realtime_of(mono, offset);
	struct tm tm;
	char buf[64];

	realtime_tm(&t, &tm, 0);
	strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%S", &tm);
	fprintf(f, "%s.%06uZ", buf, t.nsec / 1000);
}

/*
 * A header string of the log, escaped as strace escapes a path (control bytes,
 * quotes, backslashes): whoever wrote the log chose these bytes. The strbufs
 * stay valid until the next call with the same one.
 */
static const char *escaped(struct strbuf *b, const char *s)
{
	strbuf_reset(b);
	format_fd_path(b, s, (unsigned)strlen(s), NULL);
	return b->data ? b->data : "";
}

/* A flight-recorder snapshot: why it was written and what it left out. */
static void print_snapshot(const struct log_info *in)
{
	static const char *const reasons[] = { "", "SIGUSR1", "end of trace", "trigger" };
	const struct log_snapshot *sn = &in->snapshot;
	unsigned r = sn->reason < sizeof(reasons) / sizeof(reasons[0]) ? sn->reason : 0;
	struct strbuf e;

	strbuf_init(&e);
	printf("snapshot:   %u of the run, on %s%s%s%s, flight recorder of %llu bytes\n",
	       sn->index, r ? reasons[r] : "?", in->trigger[0] ? " '" : "", escaped(&e, in->trigger),
	       in->trigger[0] ? "'" : "", (unsigned long long)sn->size);
	strbuf_free(&e);
	printf("dropped:    %llu older events overwritten (%llu of them after the previous "
	       "snapshot); %llu events kept\n",
	       (unsigned long long)sn->dropped, (unsigned long long)sn->gap,
	       (unsigned long long)sn->events);
}

/* --check: read everything, print what the log holds and what is damaged. */
static int check_log(struct log_reader *r, const char *path)
{
	const struct log_info *in = log_reader_info(r);
	const struct log_stats *st;
	struct strbuf e[4] = { { 0 } };
	bool ok;

	log_reader_run(r, count_record, NULL, NULL);
	st = log_reader_stats(r);
	ok = !st->chunks_damaged && !st->chunks_missing && !st->chunks_repeated &&
	     !st->truncated_bytes && st->end_seen;
	printf("file:       %s (%llu bytes)\n", path, (unsigned long long)st->file_size);
	printf("format:     sctrace log version %u, %s, page size %u\n", in->version,
	       escaped(&e[0], in->arch), in->page_size);
	printf("recorded:   by sctrace %s on %s, kernel %s, boot %s\n",
	       escaped(&e[0], in->tracer_version), escaped(&e[1], in->hostname),
	       escaped(&e[2], in->kernel), escaped(&e[3], in->boot_id));
	printf("command:    %s\n", escaped(&e[0], in->cmdline));
	if (in->is_snapshot)
		print_snapshot(in);
	printf("cwd:        %s\n", escaped(&e[0], in->cwd));
	for (int i = 0; i < 4; i++)
		strbuf_free(&e[i]);
	printf("chunks:     %llu intact, %llu damaged (%llu bytes skipped), %llu missing, %llu "
	       "repeated\n",
	       (unsigned long long)st->chunks, (unsigned long long)st->chunks_damaged,
	       (unsigned long long)st->bytes_damaged, (unsigned long long)st->chunks_missing,
	       (unsigned long long)st->chunks_repeated);
	printf("events:     %llu on %u CPUs\n", (unsigned long long)st->records, st->cpus);
	if (st->records) {
		printf("time span:  %.6f s, from ", (st->last_ts - st->first_ts) / 1e9);
		print_time(stdout, st->first_ts, in->clock_offset);
		printf(" to ");
		print_time(stdout, st->last_ts, in->clock_offset);
		printf("\n");
	}
	if (st->proc_states) /* tasks attached (-p, --comm) or met (--system-wide) */
		printf("state:      %llu tasks and %llu descriptor tables as tracing met them\n",
		       (unsigned long long)st->proc_states, (unsigned long long)st->fd_snapshots);
	printf("lost:       %llu events lost while recording\n", (unsigned long long)st->lost);
	if (st->truncated_bytes)
		printf("end:        cut off inside a chunk (%llu bytes of it)\n",
		       (unsigned long long)st->truncated_bytes);
	else
		printf("end:        %s\n", st->end_seen ? "clean" : "missing (recording cut short)");
	printf("result:     %s\n", ok ? "OK" : "DAMAGED");
	return ok ? 0 : 1;
}

/* --ctf's env from what the log's header says of the traced system (no uname -v). */
static void ctf_env_from_log(struct ctf_env *env, const struct log_info *in, const char *dir)
{
	time_t start = (time_t)(((int64_t)in->start + in->clock_offset) / 1000000000);
	struct tm tm;

	ctf_env_live(env, dir, in->clock_offset);
	snprintf(env->hostname, sizeof(env->hostname), "%s", in->hostname);
	snprintf(env->release, sizeof(env->release), "%s", in->kernel);
	snprintf(env->boot_id, sizeof(env->boot_id), "%s", in->boot_id);
	snprintf(env->cmdline, sizeof(env->cmdline), "%.*s", (int)sizeof(env->cmdline) - 1, in->cmdline);
	env->version[0] = '\0';
	if (in->start && gmtime_r(&start, &tm))
		strftime(env->creation, sizeof(env->creation), "%Y%m%dT%H%M%S+0000", &tm);
}

int replay_to_ctf(const char *path, const char *dir, const struct options *o)
{
	struct replay rp = { .opt = o, .path = path };
	const struct log_info *in;
	struct log_reader *r;
	struct sink_config sc;
	struct ctf_config ctf;
	int err, ctf_err;

	if (log_reader_open(&r, path, false))
		return -EIO;
	in = log_reader_info(r);
	/*
	 * A snapshot this process wrote: its syscall table is the live one, which
	 * stays in use (the injector's thread reads it while this runs).
	 */
	sink_config_from_options(&sc, o, NULL, in->clock_offset);
	/* the trace alone: the live outputs have printed the rest */
	sc.format = SINK_NONE;
	sc.summary = SUMMARY_NONE;
	sc.histogram = false;
	sc.diagnose = false;
	if (!o->sets.syscalls_given && in->has_shown)
		sc.shown = in->shown;
	ctf_env_from_log(&ctf.env, in, dir);
	ctf.dir = dir;
	sc.ctf = &ctf;
	err = sink_open(&rp.sink, &sc) ? -EIO : 0;
	if (!err) {
		err = log_reader_run(r, replay_record, &rp, NULL);
		ctf_err = sink_close_ctf(&rp.sink);
		sink_close(&rp.sink);
		if (ctf_err)
			msg_error("cannot write the CTF trace to '%s': %s", dir, strerror(-ctf_err));
		else if (err)
			msg_error("cannot write the CTF trace to '%s': %s", dir, strerror(-err));
		if (!err)
			err = ctf_err;
	}
	log_reader_close(r);
	return err;
}

int run_replay(const struct options *o)
{
	struct replay rp = { .opt = o, .path = o->replay };
	const struct log_info *in;
	struct log_reader *r;
	struct sink_config sc;
	struct ctf_config ctf;
	FILE *out = NULL;
	int rc = 1, err, write_err = 0, ctf_err = 0;

	if (log_reader_open(&r, o->replay, false))
		return 1;
	in = log_reader_info(r);
	syscall_table_use(in->table, in->table_size);
	if (o->check) {
		rc = check_log(r, o->replay);
		goto done;
	}
	if ((in->capture.flags & LOG_CAPTURE_NO_DURATIONS) &&
	    (o->durations || o->summary || o->histogram || o->diagnose)) {
		msg_error("%s was recorded without durations (--no-durations): -T, -c, -C, "
			  "--histogram and --diagnose need them",
			  o->replay);
		goto done;
	}
	if (o->clock == TS_CLOCK_BOOT && !in->has_boot_offset) {
		msg_error("%s has no CLOCK_BOOTTIME offset (recorded by an older sctrace): "
			  "--clock boot cannot be shown", o->replay);
		goto done;
	}
	/* Once, before any line: replay cannot show bytes the recording did not keep. */
	if (in->capture.str_limit && o->str_max > in->capture.str_limit)
		msg_warn("%s keeps at most %u bytes of each string (its capture limit when "
			 "recorded): -s %u shows no more than that",
			 o->replay, in->capture.str_limit, o->str_max);
	if (o->summary && !o->summary_wall && !(in->capture.flags & LOG_CAPTURE_CPU_TIME))
		msg_warn("the log holds no CPU times (recorded without -c or -C): the table shows "
			 "each call's latency, as with -w");
	out = output_open(o->output_separately ? NULL : o->outfile, o->append);
	if (!out)
		goto done;
	sink_config_from_options(&sc, o, out, in->clock_offset);
	if (!(in->capture.flags & LOG_CAPTURE_CPU_TIME))
		sc.summary_wall = true;
	/* a buffer's blob holds one byte more than the limit (strace's -s + 1 read): not shown */
	if (in->capture.str_limit && sc.text.dec.str_max > in->capture.str_limit)
		sc.text.dec.str_max = in->capture.str_limit;
	sink_config_clock(&sc, o, in->clock_offset, in->boot_offset);
	/* Without its own -e trace=, replay shows what the recording showed. */
	if (!o->sets.syscalls_given && in->has_shown)
		sc.shown = in->shown;
	if (o->ctf) {
		ctf_env_from_log(&ctf.env, in, o->ctf);
		sink_config_ctf(&sc, &ctf, o);
	}
	if (sink_open(&rp.sink, &sc))
		goto done;
	err = log_reader_run(r, replay_record, &rp,
			     isatty(STDERR_FILENO) && out != stderr ? show_progress : NULL);
	ctf_err = sink_close_ctf_report(&rp.sink, o);
	write_err = sink_close(&rp.sink);
	if (err) {
		msg_error("replay stopped: %s", strerror(-err));
		goto done;
	}
	if (!rp.have_end) {
		rp.end.lost = log_reader_stats(r)->lost;
		rp.end.events = log_reader_stats(r)->records;
	}
	report_totals(o, &rp.end);
	rc = ctf_err ? 1 : 0;
done:
	sink_close(&rp.sink);
	err = output_close(out);
	if (!write_err)
		write_err = err;
	if (write_err && !o->check) {
		msg_error("cannot write the trace%s%s: %s", o->outfile ? " to " : "",
			  o->outfile ? o->outfile : "", strerror(-write_err));
		rc = 1;
	}
	syscall_table_use(NULL, 0);
	log_reader_close(r);
	return rc;
}
