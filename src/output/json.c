// SPDX-License-Identifier: MIT
/*
 * The JSON Lines sink (--json): one object per event, fields documented in
 * doc/JSON.md and doc/sctrace-json.schema.json. A call is one object at its
 * exit, its arguments typed by their syscall-table type: numbers as numbers,
 * flags as arrays of names, enums as names, strings as strings (bytes that
 * are not UTF-8 become U+DC80..U+DCFF, Python's "surrogateescape"), and
 * structures as strace's text of them.
 */
#include "json.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../decode/event.h"
#include "status.h"
#include "../util/json_string.h"
#include "../util/tidmap.h"
#include "../usdt/format.h"

struct json_sink {
	struct json_config cfg;
	struct tidmap entries; /* tid -> copy of its ENTER record */
	struct strbuf line;
	struct strbuf tmp;
	int write_err;
};

static void add_key(struct strbuf *out, const char *key)
{
	strbuf_addf(out, ",\"%s\":", key);
}

static void add_common(struct json_sink *s, const char *type, const struct sct_rec_hdr *h,
		       uint64_t ts)
{
	int64_t real = (int64_t)ts + s->cfg.realtime_offset_ns;
	time_t sec = (time_t)(real / 1000000000);
	struct tm tm;

	gmtime_r(&sec, &tm);
	strbuf_addf(&s->line, "{\"type\":\"%s\",\"time\":\"%04d-%02d-%02dT%02d:%02d:%02d.%09lldZ\"", type,
		    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
		    (long long)(real % 1000000000));
	strbuf_addf(&s->line, ",\"ts_ns\":%lld,\"pid\":%u,\"tid\":%u", (long long)real, h->tgid,
		    h->tid);
}

/* The decoder's text of one argument, for the kinds that derive from it. */
static const char *arg_text(struct json_sink *s, const struct sc_event *ev, unsigned i, bool *shown)
{
	strbuf_reset(&s->tmp);
	*shown = decode_arg(&s->tmp, ev, i, &s->cfg.dec);
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

static void add_string_arg(struct json_sink *s, const struct sc_event *ev, unsigned i,
			   uint64_t *trunc)
{
	const struct sct_blob *b = sc_event_blob(ev, i);
	enum arg_type t = ev->desc->arg[i];
	uint64_t full;

	if (!ev->args[i] || !b || (b->flags & SCT_BLOB_FAULT) ||
	    (arg_type_is_output(t) && (!ev->has_ret || ev->ret < 0))) {
		if (ev->args[i])
			strbuf_addf(&s->line, "%llu", (unsigned long long)ev->args[i]);
		else
			strbuf_adds(&s->line, "null");
		return;
	}
	json_add_string(&s->line, sct_blob_data(b), b->len);
	full = t == AT_BUF_IN && i + 1 < SCT_MAX_ARGS ? ev->args[i + 1] :
	       t == AT_BUF_OUT			    ? (uint64_t)ev->ret :
							      b->len;
	if ((b->flags & SCT_BLOB_TRUNC) || full > b->len)
		*trunc |= 1u << i;
}

static void add_argv(struct json_sink *s, const struct sc_event *ev, unsigned i, uint64_t *trunc)
{
	bool first = true;
	unsigned shown = 0;

	strbuf_addc(&s->line, '[');
	for (unsigned k = 0; k < ev->nblobs; k++) {
		const struct sct_blob *b = ev->blobs[k];

		if (b->arg != i)
			continue;
		if (b->kind == SCT_BLOB_STR) {
			strbuf_adds(&s->line, first ? "" : ",");
			json_add_string(&s->line, sct_blob_data(b), b->len);
			first = false;
			shown++;
			if (b->flags & SCT_BLOB_TRUNC)
				*trunc |= 1u << i;
		} else if (b->kind == SCT_BLOB_COUNT && b->aux > shown) {
			*trunc |= 1u << i;
		}
	}
	strbuf_addc(&s->line, ']');
}

static void add_arg(struct json_sink *s, const struct sc_event *ev, unsigned i, uint64_t *trunc)
{
	unsigned t = ev->desc->arg[i];
	unsigned kind = arg_type_json_kind((enum arg_type)t);
	const struct sct_blob *b;
	const char *text;
	bool shown;

	switch (kind) {
	case JK_STRING:
		add_string_arg(s, ev, i, trunc);
		return;
	case JK_ARGV:
		add_argv(s, ev, i, trunc);
		return;
	case JK_ENVP:
		b = sc_event_blob(ev, i);
		if (b && b->kind == SCT_BLOB_COUNT)
			strbuf_addf(&s->line, "{\"count\":%u}", b->aux);
		else
			strbuf_adds(&s->line, "null");
		return;
	case JK_POINTER:
		if (ev->args[i])
			strbuf_addf(&s->line, "%llu", (unsigned long long)ev->args[i]);
		else
			strbuf_adds(&s->line, "null");
		return;
	}
	text = arg_text(s, ev, i, &shown);
	if (!shown) {
		strbuf_adds(&s->line, "null");
		return;
	}
	if (kind == JK_NUMBER && strcmp(text, "AT_FDCWD") == 0)
		strbuf_adds(&s->line, "-100");
	else if (kind == JK_NUMBER)
		add_number_text(&s->line, text);
	else if (kind == JK_FLAGS)
		add_flags(&s->line, text);
	else if (kind == JK_ENUM && strspn(text, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == strlen(text))
		json_add_string(&s->line, text, strlen(text));
	else if (kind == JK_ENUM)
		add_number_text(&s->line, text);
	else
		json_add_string(&s->line, text, strlen(text));
}

/* -e status=, as the text sink applies it. */
static bool status_wanted(const struct json_sink *s, const struct sc_event *ev, bool finished)
{
	return (s->cfg.status & status_of(finished, ev->noreturn, ev->ret)) != 0;
}

/* A call from its entry (or whole) record; exit_ts 0 when it has not returned. */
static void add_call(struct json_sink *s, const struct sc_event *ev, const struct sct_rec_hdr *h,
		     const struct sct_rec_syscall *entry, uint64_t exit_ts, bool finished)
{
	uint64_t enter_ts = sct_call_start(entry);

	unsigned nargs = ev->desc ? ev->desc->nargs : SCT_MAX_ARGS;
	uint64_t trunc = 0;

	if (!status_wanted(s, ev, finished))
		return;
	add_common(s, "syscall", h, enter_ts);
	strbuf_adds(&s->line, ",\"syscall\":");
	strbuf_reset(&s->tmp);
	decode_name(&s->tmp, ev);
	json_add_string(&s->line, s->tmp.data, s->tmp.len);
	strbuf_addf(&s->line, ",\"nr\":%u,\"args\":[", ev->nr);
	for (unsigned i = 0; i < nargs && i < SCT_MAX_ARGS; i++) {
		strbuf_adds(&s->line, i ? "," : "");
		if (ev->desc)
			add_arg(s, ev, i, &trunc);
		else
			strbuf_addf(&s->line, "%llu", (unsigned long long)ev->args[i]);
	}
	strbuf_addc(&s->line, ']');
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
	} else if (ev->ret < 0 && ev->ret >= -4095) {
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
	if (finished && !ev->noreturn && entry->enter_ts) /* no duration --no-durations */
		strbuf_addf(&s->line, ",\"duration_ns\":%llu",
			    (unsigned long long)(exit_ts > enter_ts ? exit_ts - enter_ts : 0));
	if (!finished)
		strbuf_adds(&s->line, ",\"unfinished\":true");
	strbuf_adds(&s->line, "}\n");
}

static void on_syscall(struct json_sink *s, const struct sct_rec_syscall *rec)
{
	struct sc_event ev;

	if (!sc_event_init(&ev, NULL, rec))
		add_call(s, &ev, &rec->hdr, rec, rec->hdr.ts, true);
}

static int on_enter(struct json_sink *s, const struct sct_rec_syscall *rec)
{
	struct sct_rec_syscall *copy = malloc(rec->hdr.size);

	if (!copy)
		return -ENOMEM;
	memcpy(copy, rec, rec->hdr.size);
	free(tidmap_get(&s->entries, rec->hdr.tid));
	if (tidmap_put(&s->entries, rec->hdr.tid, copy)) {
		free(copy);
		return -ENOMEM;
	}
	return 0;
}

static void on_exit_rec(struct json_sink *s, const struct sct_rec_syscall *rec)
{
	struct sct_rec_syscall *entry = tidmap_del(&s->entries, rec->hdr.tid);
	struct sc_event ev;

	if (entry && entry->nr == rec->nr && !sc_event_init(&ev, entry, rec))
		add_call(s, &ev, &rec->hdr, entry, rec->hdr.ts, true);
	free(entry);
}

static void on_task_exit(struct json_sink *s, const struct sct_rec_task_exit *rec)
{
	struct sct_rec_syscall *entry = tidmap_del(&s->entries, rec->hdr.tid);
	int sig = rec->exit_code & 0x7f;
	struct sc_event ev;

	if (entry && !sc_event_init(&ev, entry, NULL))
		add_call(s, &ev, &entry->hdr, entry, rec->hdr.ts, false);
	free(entry);
	add_common(s, "exit", &rec->hdr, rec->hdr.ts);
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
	add_common(s, "signal", &rec->hdr, rec->hdr.ts);
	add_key(&s->line, "signal");
	if (name)
		json_add_string(&s->line, name, strlen(name));
	else
		strbuf_addf(&s->line, "%d", rec->sig);
	strbuf_reset(&s->tmp);
	decode_siginfo(&s->tmp, rec->sig, rec->info, XLAT_ABBREV);
	add_key(&s->line, "siginfo");
	json_add_string(&s->line, s->tmp.data, s->tmp.len);
	strbuf_addf(&s->line, ",\"ignored\":%s}\n", rec->flags & SCT_SIG_IGNORED ? "true" : "false");
}

static void on_usdt(struct json_sink *s, const struct sct_rec_usdt *rec)
{
	add_common(s, "usdt", &rec->hdr, rec->hdr.ts);
	usdt_format_json(&s->line, rec);
	strbuf_adds(&s->line, "}\n");
}

int json_sink_record(void *sink, const struct sct_rec_hdr *rec)
{
	struct json_sink *s = sink;
	int err = 0;

	if (!sct_record_valid(rec))
		return 0;
	switch (rec->type) {
	case SCT_REC_SYSCALL:
		on_syscall(s, (const struct sct_rec_syscall *)rec);
		break;
	case SCT_REC_ENTER:
		err = on_enter(s, (const struct sct_rec_syscall *)rec);
		break;
	case SCT_REC_EXIT:
		on_exit_rec(s, (const struct sct_rec_syscall *)rec);
		break;
	case SCT_REC_FORK: {
		const struct sct_rec_fork *f = (const struct sct_rec_fork *)rec;

		add_common(s, "fork", rec, rec->ts);
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
		add_common(s, "task", rec, rec->ts);
		strbuf_addf(&s->line, ",\"attached\":%s}\n",
			    ((const struct sct_rec_task_new *)rec)->flags & SCT_TASK_ATTACHED ? "true" :
												 "false");
		break;
	case SCT_REC_LOSS: {
		const struct sct_rec_loss *l = (const struct sct_rec_loss *)rec;

		add_common(s, "loss", rec, rec->ts);
		strbuf_addf(&s->line, ",\"lost\":%llu,\"cpu\":%u}\n", (unsigned long long)l->lost,
			    l->cpu);
		break;
	}
	case SCT_REC_END: {
		const struct sct_rec_end *e = (const struct sct_rec_end *)rec;

		add_common(s, "end", rec, rec->ts);
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
	case SCT_REC_USDT_PROBE:
		usdt_registry_learn(rec);
		break;
	}
	if (s->line.len && fwrite(s->line.data, 1, s->line.len, s->cfg.out) != s->line.len &&
	    !s->write_err)
		s->write_err = -errno;
	strbuf_reset(&s->line);
	return err;
}

struct json_sink *json_sink_new(const struct json_config *cfg)
{
	struct json_sink *s = calloc(1, sizeof(*s));

	if (!s)
		return NULL;
	s->cfg = *cfg;
	tidmap_init(&s->entries);
	strbuf_init(&s->line);
	strbuf_init(&s->tmp);
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

/* Stopped while calls were in progress: each is an object with "unfinished": true. */
static void flush_unfinished(struct json_sink *s)
{
	for (size_t i = 0; i < s->entries.cap; i++) {
		struct sct_rec_syscall *entry = s->entries.slots[i].value;
		struct sc_event ev;

		if (!s->entries.slots[i].tid || !entry || sc_event_init(&ev, entry, NULL))
			continue;
		add_call(s, &ev, &entry->hdr, entry, 0, false);
		if (s->line.len && fwrite(s->line.data, 1, s->line.len, s->cfg.out) != s->line.len &&
		    !s->write_err)
			s->write_err = -errno;
		strbuf_reset(&s->line);
	}
}

void json_sink_free(struct json_sink *s)
{
	if (!s)
		return;
	flush_unfinished(s);
	fflush(s->cfg.out);
	tidmap_free(&s->entries, free);
	strbuf_free(&s->line);
	strbuf_free(&s->tmp);
	free(s);
}
