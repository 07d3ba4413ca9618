// SPDX-License-Identifier: MIT
/*
 * The JSON Lines sink (--json): one object per event, fields documented in
 * doc/JSON.md and doc/sctrace-json.schema.json. A call is one object at its
 * exit, its arguments typed by their syscall-table type: numbers as numbers,
 * flags as arrays of names, enums as names, strings as strings (bytes that
 * are not UTF-8 become U+DC80..U+DCFF, Python's "surrogateescape"), and
 * structures as objects parsed from strace's text of them (json_text.c). They
 * come twice: "args" by the kernel's parameter names, "argv" by position with
 * flags and enums as their numbers.
 */
#include "json.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../decode/capture_plan.h"
#include "../decode/event.h"
#include "../decode/syscall_table.h"
#include "../util/json_string.h"
#include "../util/realtime.h"
#include "../usdt/format.h"
#include "json_text.h"

/* Descriptors a call's -y annotations name, at most this many per call. */
#define JSON_MAX_FDS 64

struct json_sink {
	struct json_config cfg;
	struct decode_opts dec; /* the call's options without -y: arguments stay numbers */
	const struct decode_opts *call_dec; /* the call's own, for its -y annotations */
	int fds[JSON_MAX_FDS]; /* descriptors already in "fds" */
	unsigned nfds;
	struct strbuf line;
	struct strbuf tmp;
	struct strbuf fd_notes; /* the "fds" members of the call being written */
	struct strbuf val; /* one argument's value */
	struct strbuf argv; /* the "argv" array of the call being written */
	const char *comm; /* the event's task's name, "" unknown */
	int write_err;
};

static void add_key(struct strbuf *out, const char *key)
{
	strbuf_addf(out, ",\"%s\":", key);
}

static void add_common(struct json_sink *s, const char *type, uint32_t tgid, uint32_t tid,
		       uint64_t ts)
{
	json_add_head(&s->line, type, ts, s->cfg.realtime_offset_ns, tgid, tid, s->comm);
}

/* The decoder's text of one argument, for the kinds that derive from it. */
static const char *arg_text(struct json_sink *s, const struct sc_event *ev, unsigned i, bool *shown)
{
	strbuf_reset(&s->tmp);
	*shown = decode_arg(&s->tmp, ev, i, &s->dec);
	return s->tmp.data ? s->tmp.data : "";
}

static void add_flags(struct strbuf *out, const char *text)
{
	const char *p = text;
	bool first = true;

	strbuf_addc(out, '[');
	if (strcmp(text, "0") != 0)
		while (*p) {
			size_t n = strcspn(p, "| ");

			if (n) {
				strbuf_adds(out, first ? "" : ",");
				json_add_string(out, p, n);
				first = false;
			}
			p += n;
			if (*p == ' ')
				break; /* a trailing comment such as / * SOCK_??? * / */
			if (*p)
				p++;
		}
	strbuf_addc(out, ']');
}

static void add_number_text(struct strbuf *out, const char *text)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(text, &end, 0); /* octal modes (0644) and hex too */
	if (errno || end == text || *end) {
		json_add_string(out, text, strlen(text));
		return;
	}
	strbuf_addf(out, "%lld", v);
}

/*
 * A string or buffer: the bytes captured, at most -s of them (a log may hold
 * more: --record-string-limit), so that live and replayed JSON agree.
 */
static void add_string_arg(struct strbuf *out, const struct sc_event *ev, unsigned i,
			   unsigned max, uint64_t *trunc)
{
	const struct sct_blob *b = sc_event_blob(ev, i);
	enum arg_type t = ev->desc->arg[i];
	uint64_t full;

	if (!ev->args[i] || !b || (b->flags & SCT_BLOB_FAULT) ||
	    (arg_type_is_output(t) && (!ev->has_ret || ev->ret < 0))) {
		if (ev->args[i])
			strbuf_addf(out, "%llu", (unsigned long long)ev->args[i]);
		else
			strbuf_adds(out, "null");
		return;
	}
	json_add_string(out, sct_blob_data(b), b->len < max ? b->len : max);
	full = (t == AT_BUF_IN || t == AT_SOCKBUF_IN) && i + 1 < SCT_MAX_ARGS ? ev->args[i + 1] :
	       t == AT_BUF_OUT || t == AT_BUF_OUT_HEX || t == AT_SOCKBUF_OUT ? (uint64_t)ev->ret :
							      b->len;
	if ((b->flags & SCT_BLOB_TRUNC) || full > b->len || b->len > max)
		*trunc |= 1u << i;
}

static void add_argv(struct strbuf *out, const struct sc_event *ev, unsigned i, unsigned max,
		     uint64_t *trunc)
{
	bool first = true;
	unsigned shown = 0;

	strbuf_addc(out, '[');
	for (unsigned k = 0; k < ev->nblobs; k++) {
		const struct sct_blob *b = ev->blobs[k];

		if (b->arg != i)
			continue;
		if (b->kind == SCT_BLOB_STR) {
			strbuf_adds(out, first ? "" : ",");
			json_add_string(out, sct_blob_data(b), b->len < max ? b->len : max);
			first = false;
			shown++;
			if ((b->flags & SCT_BLOB_TRUNC) || b->len > max)
				*trunc |= 1u << i;
		} else if (b->kind == SCT_BLOB_COUNT && b->aux > shown) {
			*trunc |= 1u << i;
		}
	}
	strbuf_addc(out, ']');
}

/* A structure or array: an object or array when its text parses; a number; else the text. */
static void add_text(struct strbuf *out, const char *text)
{
	if (strcmp(text, "NULL") == 0) /* a structure pointer that is NULL */
		strbuf_adds(out, "null");
	else if (*text && strspn(text, "-0123456789abcdefx") == strlen(text))
		add_number_text(out, text); /* an address, a hex word */
	else if (!json_add_strace_text(out, text))
		json_add_string(out, text, strlen(text));
}

/* -s, for the strings it applies to: not paths, captured and printed whole. */
static unsigned string_max(const struct json_sink *s, enum arg_type t)
{
	unsigned kind = arg_type_capture(t)->kind;

	return kind == SCT_CAP_PATH || kind == SCT_CAP_PATH_EXIT ? UINT_MAX : s->dec.str_max;
}

/* Argument i's value (symbolic: flags as names) into out; its kind. */
static unsigned add_arg(struct json_sink *s, struct strbuf *out, const struct sc_event *ev,
			unsigned i, uint64_t *trunc)
{
	unsigned t = ev->desc->arg[i];
	unsigned kind = arg_type_json_kind((enum arg_type)t);
	const struct sct_blob *b;
	const char *text;
	bool shown;

	switch (kind) {
	case JK_STRING:
		add_string_arg(out, ev, i, string_max(s, (enum arg_type)t), trunc);
		return kind;
	case JK_ARGV:
		add_argv(out, ev, i, s->dec.str_max, trunc);
		return kind;
	case JK_ENVP:
		b = sc_event_blob(ev, i);
		if (b && b->kind == SCT_BLOB_COUNT)
			strbuf_addf(out, "{\"count\":%u}", b->aux);
		else
			strbuf_adds(out, "null");
		return kind;
	case JK_POINTER:
		if (ev->args[i])
			strbuf_addf(out, "%llu", (unsigned long long)ev->args[i]);
		else
			strbuf_adds(out, "null");
		return kind;
	}
	text = arg_text(s, ev, i, &shown);
	if (!shown)
		strbuf_adds(out, "null");
	else if (kind == JK_NUMBER && strcmp(text, "AT_FDCWD") == 0)
		strbuf_adds(out, "-100");
	else if (kind == JK_NUMBER)
		add_number_text(out, text);
	else if (kind == JK_FLAGS)
		add_flags(out, text);
	else if (kind == JK_ENUM && !(*text >= '0' && *text <= '9') &&
		 strspn(text, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == strlen(text))
		json_add_string(out, text, strlen(text));
	else if (kind == JK_ENUM)
		add_number_text(out, text);
	else
		add_text(out, text);
	return shown ? kind : JK_COUNT;
}

/* A flag set's or named value's number, for "argv": as -X raw prints it. */
static void add_raw(struct json_sink *s, struct strbuf *out, const struct sc_event *ev, unsigned i)
{
	int xlat = s->dec.xlat;
	const char *text;
	bool shown;

	s->dec.xlat = XLAT_RAW;
	text = arg_text(s, ev, i, &shown);
	s->dec.xlat = xlat;
	if (strspn(text, "-0123456789abcdefx") == strlen(text) && *text)
		add_number_text(out, text);
	else
		strbuf_addf(out, "%llu", (unsigned long long)ev->args[i]);
}

/*
 * "args": {"dfd":-100,"filename":"/etc/hostname","flags":["O_RDONLY"],...} by
 * the kernel's parameter names (argN where it has none), and "argv": the same
 * by position, flags and named values as numbers: [-100,"/etc/hostname",0,...].
 */
static void add_args(struct json_sink *s, const struct sc_event *ev, uint64_t *trunc)
{
	unsigned nargs = ev->desc ? ev->desc->nargs : SCT_MAX_ARGS;

	strbuf_reset(&s->argv);
	strbuf_adds(&s->line, ",\"args\":{");
	for (unsigned i = 0; i < nargs && i < SCT_MAX_ARGS; i++) {
		const char *name = ev->desc ? syscall_param_name(ev->nr, i) : NULL;
		unsigned kind = JK_NUMBER;

		strbuf_reset(&s->val);
		if (ev->desc)
			kind = add_arg(s, &s->val, ev, i, trunc);
		else
			strbuf_addf(&s->val, "%llu", (unsigned long long)ev->args[i]);
		if (name)
			strbuf_addf(&s->line, "%s\"%s\":", i ? "," : "", name);
		else
			strbuf_addf(&s->line, "%s\"arg%u\":", i ? "," : "", i);
		strbuf_add(&s->line, s->val.data, s->val.len);
		strbuf_adds(&s->argv, i ? "," : "");
		if (kind == JK_FLAGS || kind == JK_ENUM)
			add_raw(s, &s->argv, ev, i);
		else
			strbuf_add(&s->argv, s->val.data, s->val.len);
	}
	strbuf_adds(&s->line, "},\"argv\":[");
	strbuf_add(&s->line, s->argv.data ? s->argv.data : "", s->argv.len);
	strbuf_addc(&s->line, ']');
}

/* decode_opts.fd_path for the annotations: the table's answer, noted once per descriptor. */
static const char *note_fd(void *ctx, uint32_t tgid, int fd, unsigned what)
{
	struct json_sink *s = ctx;
	const struct decode_opts *d = s->call_dec;
	const char *desc = d->fd_path(d->fd_ctx, tgid, fd, what);

	if (!desc || s->nfds == JSON_MAX_FDS)
		return desc;
	for (unsigned i = 0; i < s->nfds; i++)
		if (s->fds[i] == fd)
			return desc;
	s->fds[s->nfds++] = fd;
	strbuf_addf(&s->fd_notes, "%s\"%d\":", s->fd_notes.len ? "," : "", fd);
	json_add_string(&s->fd_notes, desc, strlen(desc));
	return desc;
}

/*
 * -y / -yy: "fds" maps each descriptor the text would annotate (arguments,
 * the return value, descriptors inside structures) to its description. The
 * text decoder finds them: it runs with note_fd as its hook.
 */
static void add_fd_notes(struct json_sink *s, const struct call *c)
{
	struct decode_opts noting = *c->dec;

	if (!c->dec->decode_fds || !c->dec->fd_path)
		return;
	noting.fd_path = note_fd;
	noting.fd_ctx = s;
	s->call_dec = c->dec;
	s->nfds = 0;
	strbuf_reset(&s->fd_notes);
	strbuf_reset(&s->tmp);
	decode_args(&s->tmp, c->ev, DECODE_ALL, &noting);
	decode_ret(&s->tmp, c->ev, &noting);
	if (!s->fd_notes.len)
		return;
	add_key(&s->line, "fds");
	strbuf_addc(&s->line, '{');
	strbuf_add(&s->line, s->fd_notes.data, s->fd_notes.len);
	strbuf_addc(&s->line, '}');
}

/* A call: one object; "ret" null and "unfinished" true when it has not returned. */
static void add_call(struct json_sink *s, const struct call *c)
{
	const struct sc_event *ev = c->ev;
	bool finished = c->end == CALL_RETURNED;
	uint64_t trunc = 0;

	s->dec = *c->dec;
	s->dec.decode_fds = 0;
	s->dec.verbose = !s->dec.nonverbose; /* structures in full: every member queryable */
	add_common(s, "syscall", c->tgid, c->tid, c->start_ts);
	strbuf_adds(&s->line, ",\"syscall\":");
	strbuf_reset(&s->tmp);
	decode_name(&s->tmp, ev);
	json_add_string(&s->line, s->tmp.data, s->tmp.len);
	strbuf_addf(&s->line, ",\"nr\":%u", ev->nr);
	add_args(s, ev, &trunc);
	if (trunc) {
		bool first = true;

		add_key(&s->line, "truncated_args");
		strbuf_addc(&s->line, '[');
		for (unsigned i = 0; i < SCT_MAX_ARGS; i++)
			if (trunc & (1u << i)) {
				strbuf_addf(&s->line, "%s%u", first ? "" : ",", i);
				first = false;
			}
		strbuf_addc(&s->line, ']');
	}
	add_key(&s->line, "ret");
	if (!finished || ev->noreturn) {
		strbuf_adds(&s->line, "null");
	} else if (ev->ret < 0 && ev->ret >= -4095 && !ev->inject_retval) {
		const char *name = errno_name((int)-ev->ret);
		bool restart = -ev->ret >= 512 && -ev->ret <= 530;

		strbuf_adds(&s->line, restart ? "null" : "-1");
		add_key(&s->line, "errno");
		if (name)
			json_add_string(&s->line, name, strlen(name));
		else
			strbuf_adds(&s->line, "null");
		strbuf_addf(&s->line, ",\"errno_value\":%lld", (long long)-ev->ret);
	} else {
		strbuf_addf(&s->line, "%lld", (long long)ev->ret);
	}
	if (finished && !ev->noreturn && c->entry->enter_ts) /* no duration --no-durations */
		strbuf_addf(&s->line, ",\"duration_ns\":%llu",
			    (unsigned long long)(c->end_ts > c->start_ts ? c->end_ts - c->start_ts : 0));
	if (!finished)
		strbuf_adds(&s->line, ",\"unfinished\":true");
	if (finished && ev->injected)
		strbuf_adds(&s->line, ",\"injected\":true");
	if (finished && ev->poked)
		strbuf_adds(&s->line, ",\"poked\":true");
	if (finished && ev->delayed)
		strbuf_adds(&s->line, ",\"delayed\":true");
	add_fd_notes(s, c);
	strbuf_adds(&s->line, "}\n");
}

static void on_task_exit(struct json_sink *s, const struct sct_rec_task_exit *rec)
{
	int sig = rec->exit_code & 0x7f;

	add_common(s, "exit", rec->hdr.tgid, rec->hdr.tid, rec->hdr.ts);
	if (sig) {
		const char *name = signal_name(sig);

		add_key(&s->line, "killed_by");
		if (name)
			json_add_string(&s->line, name, strlen(name));
		else
			strbuf_addf(&s->line, "%d", sig);
		strbuf_addf(&s->line, ",\"core_dumped\":%s", rec->exit_code & 0x80 ? "true" : "false");
	} else {
		strbuf_addf(&s->line, ",\"exit_code\":%d", (rec->exit_code >> 8) & 0xff);
	}
	strbuf_addf(&s->line, ",\"group_dead\":%s}\n",
		    rec->flags & SCT_EXIT_GROUP_DEAD ? "true" : "false");
}

static void on_signal(struct json_sink *s, const struct sct_rec_signal *rec)
{
	const char *name = signal_name(rec->sig);

	if (rec->sig < 1 || rec->sig > 64 || !(s->cfg.signals & (1ull << (rec->sig - 1))))
		return;
	add_common(s, "signal", rec->hdr.tgid, rec->hdr.tid, rec->hdr.ts);
	add_key(&s->line, "signal");
	if (name)
		json_add_string(&s->line, name, strlen(name));
	else
		strbuf_addf(&s->line, "%d", rec->sig);
	strbuf_reset(&s->tmp);
	decode_siginfo(&s->tmp, rec->sig, rec->info, XLAT_ABBREV);
	add_key(&s->line, "siginfo");
	json_add_string(&s->line, s->tmp.data, s->tmp.len);
	strbuf_addf(&s->line, ",\"ignored\":%s%s}\n", rec->flags & SCT_SIG_IGNORED ? "true" : "false",
		    rec->flags & SCT_SIG_STOPS ? ",\"stops\":true" : "");
}

static void on_task_new(struct json_sink *s, const struct sct_rec_task_new *rec)
{
	add_common(s, "task", rec->hdr.tgid, rec->hdr.tid, rec->hdr.ts);
	strbuf_addf(&s->line, ",\"attached\":%s", rec->flags & SCT_TASK_ATTACHED ? "true" : "false");
	if (rec->hdr.size >= sizeof(*rec) && rec->ppid) /* a log from before ppid: unknown */
		strbuf_addf(&s->line, ",\"ppid\":%u", rec->ppid);
	strbuf_adds(&s->line, "}\n");
}

static void on_usdt(struct json_sink *s, const struct sct_rec_usdt *rec)
{
	add_common(s, "usdt", rec->hdr.tgid, rec->hdr.tid, rec->hdr.ts);
	usdt_format_json(&s->line, rec);
	strbuf_adds(&s->line, "}\n");
}

/* --sched: fields as the kernel's sched_switch tracepoint names them. */
static void on_sched_switch(struct json_sink *s, const struct sct_rec_sched_switch *rec)
{
	add_common(s, "sched_switch", rec->hdr.tgid, rec->hdr.tid, rec->hdr.ts);
	strbuf_addf(&s->line, ",\"cpu\":%u", rec->hdr.cpu);
	add_key(&s->line, "prev_comm");
	json_add_string(&s->line, rec->prev_comm, strnlen(rec->prev_comm, SCT_COMM_LEN));
	strbuf_addf(&s->line, ",\"prev_pid\":%u,\"prev_tid\":%u,\"prev_prio\":%d,\"prev_state\":%lld",
		    rec->hdr.tgid, rec->hdr.tid, rec->prev_prio,
		    (long long)sct_sched_state(rec->prev_state));
	add_key(&s->line, "next_comm");
	json_add_string(&s->line, rec->next_comm, strnlen(rec->next_comm, SCT_COMM_LEN));
	strbuf_addf(&s->line, ",\"next_pid\":%u,\"next_tid\":%u,\"next_prio\":%d}\n",
		    rec->next_tgid, rec->next_tid, rec->next_prio);
}

static void write_line(struct json_sink *s)
{
	if (s->line.len && fwrite(s->line.data, 1, s->line.len, s->cfg.out) != s->line.len &&
	    !s->write_err)
		s->write_err = -errno;
	strbuf_reset(&s->line);
}

static void on_record(struct json_sink *s, const struct sct_rec_hdr *rec)
{
	switch (rec->type) {
	case SCT_REC_FORK: {
		const struct sct_rec_fork *f = (const struct sct_rec_fork *)rec;

		add_common(s, "fork", rec->tgid, rec->tid, rec->ts);
		strbuf_addf(&s->line, ",\"child_pid\":%u,\"child_tid\":%u}\n", f->child_tgid,
			    f->child_tid);
		break;
	}
	case SCT_REC_TASK_EXIT:
		on_task_exit(s, (const struct sct_rec_task_exit *)rec);
		break;
	case SCT_REC_SIGNAL:
		on_signal(s, (const struct sct_rec_signal *)rec);
		break;
	case SCT_REC_TASK_NEW:
		on_task_new(s, (const struct sct_rec_task_new *)rec);
		break;
	case SCT_REC_LOSS: {
		const struct sct_rec_loss *l = (const struct sct_rec_loss *)rec;

		add_common(s, "loss", rec->tgid, rec->tid, rec->ts);
		strbuf_addf(&s->line, ",\"lost\":%llu,\"cpu\":%u}\n", (unsigned long long)l->lost,
			    l->cpu);
		break;
	}
	case SCT_REC_END: {
		const struct sct_rec_end *e = (const struct sct_rec_end *)rec;

		add_common(s, "end", rec->tgid, rec->tid, rec->ts);
		strbuf_addf(&s->line,
			    ",\"events\":%llu,\"lost\":%llu,\"truncated_strings\":%llu,"
			    "\"unreadable_args\":%llu,\"missed\":%llu}\n",
			    (unsigned long long)e->events, (unsigned long long)e->lost,
			    (unsigned long long)e->str_trunc, (unsigned long long)e->str_fault,
			    (unsigned long long)e->missed);
		break;
	}
	case SCT_REC_USDT:
		on_usdt(s, (const struct sct_rec_usdt *)rec);
		break;
	case SCT_REC_SCHED_SWITCH:
		on_sched_switch(s, (const struct sct_rec_sched_switch *)rec);
		break;
	}
}

int json_sink_event(void *sink, const struct calls_event *e)
{
	struct json_sink *s = sink;

	s->comm = e->comm;
	if (e->type == CALLS_RECORD)
		on_record(s, e->rec);
	else if (e->type == CALLS_DONE && e->call->end != CALL_LOST)
		add_call(s, e->call); /* its end lost in a damaged log: nothing to say */
	write_line(s);
	return 0;
}

struct json_sink *json_sink_new(const struct json_config *cfg)
{
	struct json_sink *s = calloc(1, sizeof(*s));

	if (!s)
		return NULL;
	s->cfg = *cfg;
	strbuf_init(&s->line);
	strbuf_init(&s->tmp);
	strbuf_init(&s->fd_notes);
	strbuf_init(&s->val);
	strbuf_init(&s->argv);
	return s;
}

int json_sink_flush(struct json_sink *s)
{
	int err;

	if (fflush(s->cfg.out) && !s->write_err)
		s->write_err = -errno;
	err = s->write_err;
	s->write_err = 0;
	return err;
}

void json_sink_free(struct json_sink *s)
{
	if (!s)
		return;
	fflush(s->cfg.out);
	strbuf_free(&s->line);
	strbuf_free(&s->tmp);
	strbuf_free(&s->fd_notes);
	strbuf_free(&s->val);
	strbuf_free(&s->argv);
	free(s);
}
