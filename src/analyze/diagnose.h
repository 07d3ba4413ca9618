/* SPDX-License-Identifier: MIT */
/*
 * --diagnose: findings about how the traced programs use syscalls (epoll
 * loops that fill maxevents, busy polling, interrupted and very short sleeps,
 * small buffers, EAGAIN storms, blocking sockets, error storms, where the
 * time goes), each with its evidence and what to change. An output of the
 * call assembly (calls.h) that sees every call that returned, live or
 * replayed, like the -c table.
 *
 * The rules are data: each is one file (diag_*.c) defining a struct
 * diag_rule, listed once in diagnose.c's table. A rule gets every call in
 * trace order as a struct diag_call and, at the end, writes its findings
 * through diag_finding_*; the order of findings is the table's, then each
 * rule's own (sorted by process and descriptor), so live and replay print
 * the same bytes.
 */
#ifndef SCT_ANALYZE_DIAGNOSE_H
#define SCT_ANALYZE_DIAGNOSE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "../calls/calls.h"
#include "../util/strbuf.h"

/* A call that returned, as the rules see it. */
struct diag_call {
	const struct sc_event *ev; /* decoded call (arguments, captured memory) */
	unsigned nr;
	uint32_t tid, tgid;
	int64_t ret;
	int err; /* positive errno when the call failed, else 0 */
	uint64_t start_ns, end_ns, dur_ns; /* monotonic clock */
};

/* How the findings of a rule are written: one at a time, through these calls. */
struct diag_out;

/* Starts a finding of rule (its id) about process pid (0: several), with its one-line summary. */
void diag_finding(struct diag_out *o, const char *rule, uint32_t pid, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Evidence: a number, a string, or a share num/den printed as a percentage. */
void diag_ev_u64(struct diag_out *o, const char *key, uint64_t v);
void diag_ev_s64(struct diag_out *o, const char *key, int64_t v);
void diag_ev_str(struct diag_out *o, const char *key, const char *v);
void diag_ev_pct(struct diag_out *o, const char *key, uint64_t num, uint64_t den);
/* A list of strings (example paths): opens, one item per call, closes. */
void diag_ev_list_begin(struct diag_out *o, const char *key);
void diag_ev_list_item(struct diag_out *o, const char *v, size_t len);
void diag_ev_list_end(struct diag_out *o);
/* What to change; ends the finding. */
void diag_finding_end(struct diag_out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* One rule: state made by init, fed every call, asked for its findings once. */
struct diag_rule {
	const char *name;
	void *(*init)(void);
	void (*call)(void *state, const struct diag_call *c);
	void (*report)(void *state, struct diag_out *o);
	/* optional: process child_tgid was made by a fork of parent_tgid (with -f) */
	void (*fork)(void *state, uint32_t parent_tgid, uint32_t child_tgid);
	void (*free)(void *state);
};

/* Calls per second over a span of nanoseconds (0 for no span). */
uint64_t diag_rate(uint64_t calls, uint64_t span_ns);
/*
 * A syscall's name, "syscall_0x1c2" when the table (a replayed log's own)
 * has none; valid until the fourth call after.
 */
const char *diag_syscall_name(unsigned nr);
/* An errno's name ("ENOENT", "ERESTARTSYS"), "E?" when it has none. */
const char *diag_errno(int err);
/* Whether ret is an interruption by a signal: EINTR or the kernel's ERESTART* values. */
bool diag_interrupted(int err);

struct diagnose;

struct diagnose_config {
	bool json; /* findings as JSON objects (doc/JSON.md) instead of text */
	int64_t realtime_offset_ns; /* for the JSON objects' time */
};

struct diagnose *diagnose_new(const struct diagnose_config *cfg);
void diagnose_free(struct diagnose *d);
/* An event of the call assembly (calls_output.event, all_calls). */
int diagnose_event(void *d, const struct calls_event *e);
/* The findings, after the trace (and after the -c table). */
void diagnose_print(struct diagnose *d, FILE *out);

#endif
