// SPDX-License-Identifier: MIT
/*
 * The flight recorder in a tracing session: records come out of the merge
 * into the ring (src/log/flight.c) on their way to the live outputs; a
 * snapshot is written when a trigger matches a call (at once: it ends with
 * that call), when SIGUSR1 arrives (once the merge has handed out what was
 * recorded until then), and when the trace ends. Snapshot n is FILE.n
 * (the first, FILE); with --ctf DIR also the CTF trace DIR.n (the first,
 * DIR), written from that log as --replay FILE.n --ctf DIR.n would (from a
 * hidden log beside DIR, removed after, without --record).
 */
#include "snapshots.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../log/flight.h"
#include "../log/format.h"
#include "../util/msg.h"
#include "output.h"
#include "replay.h"
#include "trigger.h"

static volatile sig_atomic_t usr1_seen;

static void on_usr1(int sig)
{
	(void)sig;
	usr1_seen = 1;
}

struct snapshots {
	const struct options *opt;
	struct flight *ring;
	struct log_meta meta;
	struct trigger *triggers;
	size_t ntriggers;
	capture_sink_fn next;
	void *next_ctx;
	struct capture *cap;
	unsigned index; /* of the next snapshot */
	uint64_t released; /* the last drain's watermark */
	uint64_t asked; /* when SIGUSR1 asked for a snapshot (0: not asked) */
	int err; /* the first snapshot that could not be written */
	uint64_t held_back; /* trigger matches while memory held the last snapshot's events */
};

static const char *const reason_names[] = {
	[LOG_SNAPSHOT_SIGNAL] = "SIGUSR1",
	[LOG_SNAPSHOT_EXIT] = "end of trace",
	[LOG_SNAPSHOT_TRIGGER] = "trigger",
};

/* The directory FILE goes to must take files: said now, not at the first snapshot. */
static int check_dir(const char *path)
{
	const char *slash = strrchr(path, '/');
	char dir[4096];

	if (!slash)
		snprintf(dir, sizeof(dir), ".");
	else
		snprintf(dir, sizeof(dir), "%.*s", slash == path ? 1 : (int)(slash - path), path);
	if (access(dir, W_OK | X_OK)) {
		int err = -errno;

		msg_error("cannot record snapshots to '%s': %s: %s", path, dir, strerror(-err));
		return err;
	}
	return 0;
}

/* DIR without its trailing slashes, for DIR.n. */
static void ctf_base(const char *dir, char *out, size_t size)
{
	size_t len = strlen(dir);

	while (len > 1 && dir[len - 1] == '/')
		len--;
	snprintf(out, size, "%.*s", (int)len, dir);
}

/* --ctf DIR: its parent takes directories, and DIR holds no trace (as --ctf says live). */
static int check_ctf(const char *dir)
{
	char base[4096], meta[4200];

	ctf_base(dir, base, sizeof(base));
	snprintf(meta, sizeof(meta), "%s/metadata", base);
	if (access(meta, F_OK) == 0) {
		msg_error("cannot write a CTF trace to '%s': it holds a trace already", dir);
		return -EEXIST;
	}
	return check_dir(base);
}

int snapshots_open(struct snapshots **out, const struct options *o, const struct log_meta *meta,
		   capture_sink_fn next, void *next_ctx)
{
	struct snapshots *s;
	char err[512];
	int rc;

	*out = NULL;
	rc = o->record ? check_dir(o->record) : 0;
	if (!rc && o->ctf)
		rc = check_ctf(o->ctf);
	if (rc)
		return rc;
	s = calloc(1, sizeof(*s));
	if (!s)
		return -ENOMEM;
	s->opt = o;
	s->meta = *meta;
	s->next = next;
	s->next_ctx = next_ctx;
	s->triggers = calloc(o->nsnapshot_on + 1, sizeof(*s->triggers));
	rc = s->triggers ? flight_new(&s->ring, o->flight_bytes) : -ENOMEM;
	for (size_t i = 0; !rc && i < o->nsnapshot_on; i++) {
		rc = trigger_parse(o->snapshot_on[i], &s->triggers[i], err, sizeof(err));
		if (rc)
			msg_error("%s", err);
	}
	if (rc) {
		if (rc == -ENOMEM)
			msg_error("cannot keep a flight recorder of %zu bytes: %s", o->flight_bytes,
				  strerror(ENOMEM));
		snapshots_close(s);
		return rc;
	}
	s->ntriggers = o->nsnapshot_on;
	*out = s;
	return 0;
}

void snapshots_start(struct snapshots *s, struct capture *cap)
{
	struct sigaction sa;

	if (!s)
		return;
	s->cap = cap;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;
	sigaction(SIGUSR1, &sa, NULL);
}

/* The totals so far, as the END of a snapshot written while tracing goes on. */
static void end_now(const struct snapshots *s, struct sct_rec_end *end, uint64_t ts)
{
	struct capture_stats st;

	capture_get_stats(s->cap, &st);
	memset(end, 0, sizeof(*end));
	end->hdr.type = SCT_REC_END;
	end->hdr.size = sizeof(*end);
	end->hdr.ts = ts;
	end->hdr.cpu = CAPTURE_CPU_USER;
	end->events = st.events;
	end->lost = st.lost;
	end->str_trunc = st.str_trunc;
	end->str_fault = st.str_fault;
	end->missed = st.missed;
}

/* NAME, then NAME.1, NAME.2 ... */
static void numbered(char *out, size_t size, const char *name, unsigned index)
{
	if (index == 0)
		snprintf(out, size, "%s", name);
	else
		snprintf(out, size, "%s.%u", name, index);
}

/* The snapshot just written to the log at path, as the CTF trace DIR[.n]. */
static int snapshot_ctf(struct snapshots *s, const char *path, char *dir, size_t size)
{
	char base[4096];

	ctf_base(s->opt->ctf, base, sizeof(base));
	numbered(dir, size, base, s->index);
	return replay_to_ctf(path, dir, s->opt);
}

static void snapshot(struct snapshots *s, unsigned reason, const char *trigger,
		     const struct sct_rec_end *end)
{
	char path[4096], dir[4200] = "";
	int err;

	if (s->opt->record) {
		numbered(path, sizeof(path), s->opt->record, s->index);
	} else { /* --ctf alone: the log is a step */
		ctf_base(s->opt->ctf, dir, sizeof(dir));
		numbered(path, sizeof(path) - 32, dir, s->index);
		strcat(path, ".sctrace-snapshot.tmp");
	}
	s->meta.trigger = trigger;
	err = flight_write(s->ring, path, capture_ncpus(s->cap), &s->meta, s->index, reason, end);
	s->meta.trigger = NULL;
	if (!err && s->opt->ctf)
		err = snapshot_ctf(s, path, dir, sizeof(dir));
	if (!s->opt->record)
		unlink(path);
	s->index++;
	if (err) {
		if (!s->err)
			s->err = err;
		return;
	}
	msg_info("snapshot %s written (%s%s%s)", s->opt->record ? path : dir, reason_names[reason],
		 trigger ? " " : "", trigger ? trigger : "");
	if (s->opt->record && s->opt->ctf)
		msg_info("snapshot %s written as CTF", dir);
}

int snapshots_record(void *ctx, const struct sct_rec_hdr *rec)
{
	struct snapshots *s = ctx;
	int err = s->next ? s->next(s->next_ctx, rec) : 0;

	if (err < 0)
		return err;
	err = flight_push(s->ring, rec);
	if (err) {
		msg_error("flight recorder: %s", strerror(-err));
		return err;
	}
	for (size_t i = 0; i < s->ntriggers; i++) {
		struct sct_rec_end end;

		if (!trigger_match(&s->triggers[i], rec))
			continue;
		/*
		 * Triggers write each event once at most: a match while memory
		 * still holds events of the last snapshot writes none, so that a
		 * condition met in a loop cannot fill the disk or stall the
		 * drain with copies of the same events.
		 */
		if (flight_overlaps(s->ring)) {
			s->held_back++;
			break;
		}
		end_now(s, &end, rec->ts);
		snapshot(s, LOG_SNAPSHOT_TRIGGER, s->triggers[i].text, &end);
		break;
	}
	return 0;
}

void snapshots_drained(void *ctx, uint64_t watermark)
{
	struct snapshots *s = ctx;

	s->released = watermark;
}

static void signal_snapshot(struct snapshots *s)
{
	struct sct_rec_end end;

	end_now(s, &end, monotonic_now());
	snapshot(s, LOG_SNAPSHOT_SIGNAL, NULL, &end);
	s->asked = 0;
}

void snapshots_tick(struct snapshots *s)
{
	if (!s)
		return;
	if (usr1_seen) {
		usr1_seen = 0;
		if (!s->asked)
			s->asked = monotonic_now();
	}
	if (s->asked && s->released >= s->asked)
		signal_snapshot(s);
}

void snapshots_finish(struct snapshots *s)
{
	if (!s)
		return;
	if (usr1_seen || s->asked)
		signal_snapshot(s);
	usr1_seen = 0;
	snapshot(s, LOG_SNAPSHOT_EXIT, NULL, NULL);
	if (s->held_back)
		msg_info("%llu --snapshot-on matches wrote no snapshot: they came while memory still "
			 "held events of the previous snapshot",
			 (unsigned long long)s->held_back);
}

int snapshots_close(struct snapshots *s)
{
	int err;

	if (!s)
		return 0;
	err = s->err;
	flight_free(s->ring);
	free(s->triggers);
	free(s);
	return err;
}
