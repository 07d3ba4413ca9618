/* SPDX-License-Identifier: MIT */
/*
 * The CTF sink (--ctf DIR): a CTF 1.8 trace directory that babeltrace2 and
 * Trace Compass open as an LTTng kernel trace, rendered from the call
 * assembly's events like the text and JSON sinks (doc/CTF.md). ctf.c writes
 * the per-CPU stream files and their packets, ctf_metadata.c the event
 * classes (from the syscall table) and the TSDL metadata file.
 */
#ifndef SCT_OUTPUT_CTF_H
#define SCT_OUTPUT_CTF_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "../calls/calls.h"
#include "../util/strbuf.h"

/* What the metadata's env and clock blocks say of the traced system. */
struct ctf_env {
	char hostname[256];
	char sysname[65];
	char release[256]; /* uname -r */
	char version[256]; /* uname -v; "" when unknown (a log does not keep it) */
	char boot_id[64]; /* the clock's uuid; "" when unknown */
	int64_t realtime_offset_ns; /* CLOCK_REALTIME - CLOCK_MONOTONIC */
	char trace_name[256];
	char creation[32]; /* trace_creation_datetime: 20261206T222419+0000 */
	char cmdline[512]; /* the traced command or sctrace's arguments, or "" */
};

/* The running system's env (uname, hostname, boot id, now); offset from the caller. */
void ctf_env_live(struct ctf_env *env, const char *dir, int64_t realtime_offset_ns);

/* env's cmdline: the arguments joined with spaces, cut to its size. */
void ctf_env_command(struct ctf_env *env, int argc, char **argv);

struct ctf_config {
	const char *dir; /* created if missing; must not hold a trace already */
	struct ctf_env env;
};

struct ctf_sink;

/* NULL with -errno in *err: the directory cannot be made or written. */
struct ctf_sink *ctf_sink_new(const struct ctf_config *cfg, int *err);
/* An event of the call assembly (calls_output.event). */
int ctf_sink_event(void *sink, const struct calls_event *e);
/* Write the open packets and the metadata; returns the first write error (-errno) once. */
int ctf_sink_flush(struct ctf_sink *s);
/* Flush and free; NULL is fine. */
void ctf_sink_free(struct ctf_sink *s);

/* --- shared by ctf.c and ctf_metadata.c --- */

/* A field's type in the metadata and its encoding in a stream (all byte-aligned, little-endian). */
enum ctf_kind {
	CK_S32,
	CK_U32,
	CK_S64,
	CK_U64,
	CK_HEX, /* u64 shown in base 16: pointers and outputs */
	CK_STRING, /* NUL-terminated */
};

#define CTF_ARG_RET 0xff /* ctf_field.arg: the return value */
#define CTF_MAX_FIELDS 8 /* ret and six arguments */

struct ctf_field {
	char name[32];
	uint8_t kind; /* enum ctf_kind */
	uint8_t arg; /* which argument register, or CTF_ARG_RET */
};

struct ctf_layout {
	unsigned n;
	struct ctf_field f[CTF_MAX_FIELDS];
};

/* Event ids: fixed classes first, then two per syscall number. */
enum ctf_event_id {
	CTF_ID_SYSCALL_ENTRY_UNKNOWN = 0, /* id, args[6] */
	CTF_ID_SYSCALL_EXIT_UNKNOWN, /* id, ret, args[6] */
	CTF_ID_SCHED_PROCESS_FORK,
	CTF_ID_SCHED_PROCESS_EXEC,
	CTF_ID_SCHED_PROCESS_EXIT,
	CTF_ID_SIGNAL_DELIVER,
	/* ctf2 */
	CTF_ID_SCHED_SWITCH, /* --sched */
	CTF_ID_STATEDUMP_START, /* ctf_statedump.c */
	CTF_ID_STATEDUMP_END,
	CTF_ID_STATEDUMP_PROCESS_STATE,
	CTF_ID_STATEDUMP_FILE_DESCRIPTOR,
	CTF_ID_SYSCALL_BASE = 16, /* entry of nr: BASE + 2 * nr, exit: BASE + 2 * nr + 1 */
};
#define CTF_ID_USDT_BASE (CTF_ID_SYSCALL_BASE + 2 * SCT_NR_MAX) /* + the probe id */

/*
 * The fields of nr's entry (exit false) or exit event, LTTng's: the kernel's
 * parameter names, inputs at entry, ret and outputs at exit (in/out
 * arguments, read at both, in both); the kernel's
 * event name in *name ("newfstat" for fstat). False when the table does not
 * know nr (the *_unknown events then).
 */
bool ctf_syscall_layout(unsigned nr, bool exit, struct ctf_layout *out, const char **name);

/*
 * Writing an event (ctf.c), for ctf_statedump.c: begin returns the buffer to
 * put the payload in, emit appends it to cpu's stream at time ts.
 */
struct strbuf *ctf_event_begin(struct ctf_sink *s, unsigned id, uint64_t ts, uint32_t tid,
			       uint32_t pid);
void ctf_event_emit(struct ctf_sink *s, uint32_t cpu, uint64_t ts);
void ctf_put_u32(struct strbuf *b, uint32_t v);
void ctf_put_u64(struct strbuf *b, uint64_t v);

/* The state dump's frame: open from a process's first dump record to its FD_SNAPSHOT. */
struct ctf_dump {
	bool open;
	uint64_t ts; /* the last dump record's */
	uint32_t cpu;
};

/*
 * A record, as ctf.c sees it: a state dump record becomes its LTTng events
 * (true: nothing else to write for it), an FD_SNAPSHOT closing the frame.
 */
bool ctf_statedump_record(struct ctf_sink *s, struct ctf_dump *d, const struct sct_rec_hdr *rec);
/* Close an open frame (lttng_statedump_end): at an FD_SNAPSHOT, and at the end. */
void ctf_statedump_end(struct ctf_sink *s, struct ctf_dump *d);

/* A USDT probe's event class, from its USDT_PROBE record. */
struct ctf_usdt_class {
	uint32_t probe_id;
	char name[128]; /* provider:probe */
	unsigned nargs;
	int8_t arg_size[SCT_USDT_MAX_ARGS]; /* bytes, negative when signed */
};

/* The whole TSDL text; uuid is the trace's (every packet header repeats it). */
void ctf_metadata_build(struct strbuf *out, const struct ctf_env *env, const uint8_t uuid[16],
			const struct ctf_usdt_class *usdt, unsigned nusdt);

#endif
