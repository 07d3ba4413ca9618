/* SPDX-License-Identifier: MIT */
/*
 * Call assembly: the one stage between the stream merge and the outputs. It
 * takes records in time order and turns the syscall records into calls: a
 * SYSCALL record is a whole call, an ENTER record is kept until its EXIT
 * record (or the task's end, or the end of the trace). It decides what the
 * outputs see and when:
 *   - -e trace= (calls outside it only keep the descriptor table current),
 *   - -e status= (each output may ask for every call instead, as -c does),
 *   - when a call in progress is shown as started (strace's "name(args"
 *     before "<unfinished ...>"): at its ENTER, unless -e status= makes every
 *     line wait for its end, or an argument the kernel could not read yet
 *     comes again with the exit (the entry is then held until anything else
 *     is to be shown),
 *   - the -y descriptor table, applied around each call (fdtable_apply), and
 *     the decode options that name each call's descriptors,
 *   - the tasks alive as strace counts them (a child counts once the clone
 *     that made it has ended), for the text's pid prefix,
 *   - a thread's execve: the threads it killed end after its entry (their
 *     records wait for the EXEC record), and a thread other than the leader
 *     takes the leader's tid there (the leader's exit is strace's
 *     "superseded", not an exit).
 * The outputs (text, JSON, the -c table, and any later one) only render.
 */
#ifndef SCT_CALLS_CALLS_H
#define SCT_CALLS_CALLS_H

#include <stdbool.h>
#include <stdint.h>

#include "../decode/decode.h"
#include "../shared/record.h"

/* How a call ended. */
enum call_end {
	CALL_RETURNED, /* its exit (or whole record) was recorded */
	CALL_DIED, /* its task ended inside it (killed, or another thread's exit_group) */
	CALL_DETACHED, /* the trace ended inside it */
	CALL_LOST, /* its exit was lost: the task's next call came first (a damaged log) */
};

struct call {
	/* The decoded call; NULL for an exit whose entry was never seen (all_calls outputs only). */
	const struct sc_event *ev;
	const struct sct_rec_syscall *entry; /* the ENTER or SYSCALL record; NULL when ev is */
	const struct sct_rec_syscall *exit; /* the EXIT or SYSCALL record; NULL unless returned */
	uint32_t tid, tgid;
	uint64_t start_ts; /* sct_call_start(entry) */
	uint64_t end_ts; /* the exit's or the task end's time; 0 when detached */
	enum call_end end;
	bool started; /* a CALLS_STARTED event showed its entry before */
	/*
	 * strace's "reprint" of a thread's first call shown after its execve took
	 * the leader's tid (the execve itself not shown): the entry's line ends
	 * " <unfinished ...>" and the end prints "<... name resumed>", even with
	 * nothing between.
	 */
	bool reprint;
	/* decode options for this call: -y's descriptor names are those of process tgid */
	const struct decode_opts *dec;
};

enum calls_event_type {
	CALLS_STARTED, /* a call in progress is to be shown now, its end comes later */
	CALLS_DONE, /* a call ended (see call.end) */
	CALLS_RECORD, /* any other record: fork, task start and end, signal, USDT, loss, end */
};

struct calls_event {
	enum calls_event_type type;
	const struct call *call; /* STARTED, DONE */
	const struct sct_rec_hdr *rec; /* RECORD */
	unsigned ntasks; /* tasks alive as strace counts them, for the pid prefix */
	/* the call's syscall number; for a RECORD its task's last call's, or -1 */
	int nr;
	/* with calls_config.names: the task's name as the trace tells it, "" when unknown */
	const char *comm;
};

/* An output: one function for every event. */
struct calls_output {
	int (*event)(void *impl, const struct calls_event *e);
	void *impl;
	/*
	 * Every call that returned, -e status= not applied, exits whose entry was
	 * not seen included (ev NULL), and no STARTED events: what -c counts.
	 */
	bool all_calls;
};

#define CALLS_MAX_OUTPUTS 6 /* the text or JSON writer, --ctf, the -c table, --diagnose, --metrics, --top */

struct calls_config {
	/* -e trace=: the calls shown (bit per number), or NULL for all */
	const uint64_t *shown;
	unsigned status; /* -e status=, enum status_bit */
	/* decoding options; decode_fds (-y) makes the stage keep the descriptor table */
	struct decode_opts dec;
	/*
	 * Per syscall, bit per number, or NULL: -e abbrev= (calls outside it get
	 * dec.verbose), -e raw= (calls in it get dec.raw).
	 */
	const uint64_t *abbrev, *raw;
	/* -e verbose=: calls outside it print structures and arrays as their address (NULL: all in) */
	const uint64_t *verbose;
	/*
	 * -P: only calls that name one of these paths, by a path argument as the
	 * program gave it or by a descriptor the table knows to refer to it; NULL
	 * for all. The stage keeps the descriptor table for it.
	 */
	const char *const *paths;
	size_t npaths;
	/* --json: keep each task's name (comm) for calls_event.comm, as -Y does */
	bool names;
	/*
	 * --filter, --duration: a call that ended reaches the outputs (all_calls
	 * ones too) only when filter(filter_ctx, call) holds; with a filter every
	 * line waits for its call's end, as with -e status=. NULL: all do.
	 */
	bool (*filter)(const void *filter_ctx, const struct call *call);
	const void *filter_ctx;
	struct calls_output outputs[CALLS_MAX_OUTPUTS];
	unsigned noutputs;
};

struct calls;

/* NULL when out of memory. */
struct calls *calls_new(const struct calls_config *cfg);
/* A record, in time order (capture_sink_fn); returns the first output error. */
int calls_record(void *calls, const struct sct_rec_hdr *rec);
/*
 * The trace ended: a held entry is shown, then every call still in progress
 * ends as CALL_DETACHED, oldest first. Call once, before calls_free.
 */
int calls_finish(struct calls *c);
void calls_free(struct calls *c);
/*
 * Add the calls that rename a task (execve, execveat, prctl) to a syscall
 * bitmap: -Y captures them even outside -e trace=, to keep names (not shown).
 */
void calls_add_comm_calls(uint64_t bits[SCT_NR_MAX / 64]);
/* The decoder options the calls are decoded with: cfg.dec with the -y and -Y hooks. */
const struct decode_opts *calls_decode_opts(const struct calls *c);
/* -y: the descriptor table (NULL without -y), for fdtable_set_live. */
struct fdtable *calls_fdtable(struct calls *c);

#endif
