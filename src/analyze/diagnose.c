// SPDX-License-Identifier: MIT
/*
 * --diagnose: feeds the calls to the rules of the table below and writes
 * their findings, as text or JSON (doc/OPTIONS.md "--diagnose", doc/JSON.md).
 * A new rule is one diag_*.c file and one line in rules[].
 */
#include "diagnose.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../decode/event.h"
#include "../util/json_string.h"

extern const struct diag_rule diag_rule_epoll, diag_rule_sleep, diag_rule_io,
	diag_rule_blocking, diag_rule_errors, diag_rule_time;

/* The rules, in the order their findings print. */
static const struct diag_rule *const rules[] = {
	&diag_rule_epoll, &diag_rule_sleep, &diag_rule_io,
	&diag_rule_blocking, &diag_rule_errors, &diag_rule_time,
};
#define NRULES (sizeof(rules) / sizeof(rules[0]))

/* The kernel's restart codes, seen at sys_exit before a signal handler turns them into EINTR. */
#define ERESTARTSYS 512
#define ERESTARTNOINTR 513
#define ERESTARTNOHAND 514
#define ERESTART_RESTARTBLOCK 516

struct diag_out {
	bool json;
	int64_t realtime_offset_ns;
	uint64_t ts; /* the time JSON objects carry: the last call's end */
	unsigned count;
	bool list_first;
	struct strbuf all; /* the findings written so far */
	struct strbuf ev; /* the current finding's evidence */
};

struct diagnose {
	struct diagnose_config cfg;
	void *state[NRULES];
	uint64_t calls, last_ts;
};

uint64_t diag_rate(uint64_t calls, uint64_t span_ns)
{
	if (!span_ns)
		return 0;
	return (uint64_t)((double)calls * 1e9 / (double)span_ns);
}

bool diag_interrupted(int err)
{
	return err == EINTR || err == ERESTARTSYS || err == ERESTARTNOINTR || err == ERESTARTNOHAND ||
	       err == ERESTART_RESTARTBLOCK;
}

const char *diag_syscall_name(unsigned nr)
{
	static char names[4][48];
	static unsigned next;
	char *buf = names[next++ % 4];

	decode_name_copy(nr, buf, sizeof(names[0]));
	return buf;
}

const char *diag_errno(int err)
{
	const char *name = errno_name(err);

	return name ? name : "E?";
}

struct diagnose *diagnose_new(const struct diagnose_config *cfg)
{
	struct diagnose *d = calloc(1, sizeof(*d));

	if (!d)
		return NULL;
	d->cfg = *cfg;
	for (unsigned i = 0; i < NRULES; i++) {
		d->state[i] = rules[i]->init();
		if (!d->state[i]) {
			diagnose_free(d);
			return NULL;
		}
	}
	return d;
}

void diagnose_free(struct diagnose *d)
{
	if (!d)
		return;
	for (unsigned i = 0; i < NRULES; i++)
		if (d->state[i])
			rules[i]->free(d->state[i]);
	free(d);
}

/* A new process (not a thread): the rules that follow descriptors copy the parent's. */
static void on_fork(struct diagnose *d, const struct sct_rec_hdr *rec)
{
	const struct sct_rec_fork *f = (const struct sct_rec_fork *)rec;

	if (rec->type != SCT_REC_FORK || rec->size < sizeof(*f) || f->child_tgid == rec->tgid)
		return;
	for (unsigned i = 0; i < NRULES; i++)
		if (rules[i]->fork)
			rules[i]->fork(d->state[i], rec->tgid, f->child_tgid);
}

int diagnose_event(void *ctx, const struct calls_event *e)
{
	struct diagnose *d = ctx;
	const struct call *c = e->call;
	const struct sct_rec_syscall *x;
	struct sc_event bare;
	struct diag_call dc;

	if (e->type == CALLS_RECORD) {
		on_fork(d, e->rec);
		return 0;
	}
	if (e->type != CALLS_DONE || c->end != CALL_RETURNED || !c->exit)
		return 0;
	x = c->exit;
	if (x->nr >= SCT_NR_MAX || (x->flags & SCT_SC_NORETURN))
		return 0;
	if (!c->ev) { /* an exit whose entry was not seen: its registers, no captured memory */
		memset(&bare, 0, sizeof(bare));
		bare.nr = x->nr;
		bare.desc = syscall_desc(x->nr);
		memcpy(bare.args, x->args, sizeof(bare.args));
		bare.ret = x->ret;
		bare.has_ret = true;
	}
	dc.ev = c->ev ? c->ev : &bare;
	dc.nr = x->nr;
	dc.tid = c->tid;
	dc.tgid = c->tgid;
	dc.ret = x->ret;
	dc.err = x->ret < 0 && x->ret >= -4095 ? (int)-x->ret : 0;
	dc.start_ns = sct_call_start(x);
	dc.end_ns = x->hdr.ts;
	dc.dur_ns = dc.end_ns > dc.start_ns ? dc.end_ns - dc.start_ns : 0;
	d->calls++;
	d->last_ts = dc.end_ns;
	for (unsigned i = 0; i < NRULES; i++)
		rules[i]->call(d->state[i], &dc);
	return 0;
}

/* Text values: as they are when plain, else quoted with C escapes. */
static void add_text_value(struct strbuf *sb, const char *v, size_t len)
{
	bool plain = len > 0;

	for (size_t i = 0; i < len && plain; i++)
		plain = v[i] > ' ' && v[i] < 0x7f && v[i] != '"' && v[i] != '\\' && v[i] != ',';
	if (plain) {
		strbuf_add(sb, v, len);
		return;
	}
	strbuf_addc(sb, '"');
	for (size_t i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)v[i];

		if (ch == '"' || ch == '\\')
			strbuf_addf(sb, "\\%c", ch);
		else if (ch < ' ' || ch >= 0x7f)
			strbuf_addf(sb, "\\x%02x", ch);
		else
			strbuf_addc(sb, (char)ch);
	}
	strbuf_addc(sb, '"');
}

/* The separator before an evidence item and its key. */
static void add_key(struct diag_out *o, const char *key)
{
	if (o->json)
		strbuf_addf(&o->ev, "%s\"%s\":", o->ev.len ? "," : "", key);
	else
		strbuf_addf(&o->ev, " %s=", key);
}

static void add_json_common(struct diag_out *o, const char *type, uint32_t pid)
{
	json_add_head(&o->all, type, o->ts, o->realtime_offset_ns, pid, 0, NULL);
}

void diag_finding(struct diag_out *o, const char *rule, uint32_t pid, const char *fmt, ...)
{
	char summary[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(summary, sizeof(summary), fmt, ap);
	va_end(ap);
	strbuf_reset(&o->ev);
	if (o->json) {
		add_json_common(o, "finding", pid);
		strbuf_addf(&o->all, ",\"rule\":\"%s\",\"summary\":", rule);
		json_add_string(&o->all, summary, strlen(summary));
		return;
	}
	strbuf_addf(&o->all, "%s: %s\n  evidence:", rule, summary);
	if (pid)
		strbuf_addf(&o->all, " pid=%u", pid);
}

void diag_ev_u64(struct diag_out *o, const char *key, uint64_t v)
{
	add_key(o, key);
	strbuf_add_u64(&o->ev, v);
}

void diag_ev_s64(struct diag_out *o, const char *key, int64_t v)
{
	add_key(o, key);
	strbuf_add_s64(&o->ev, v);
}

void diag_ev_str(struct diag_out *o, const char *key, const char *v)
{
	add_key(o, key);
	if (o->json)
		json_add_string(&o->ev, v, strlen(v));
	else
		add_text_value(&o->ev, v, strlen(v));
}

/* A percentage with one decimal, rounded down, the same digits in text and JSON. */
void diag_ev_pct(struct diag_out *o, const char *key, uint64_t num, uint64_t den)
{
	uint64_t permille = den ? num * 1000 / den : 0;

	add_key(o, key);
	strbuf_addf(&o->ev, "%llu.%llu%s", (unsigned long long)(permille / 10),
		    (unsigned long long)(permille % 10), o->json ? "" : "%");
}

void diag_ev_list_begin(struct diag_out *o, const char *key)
{
	add_key(o, key);
	strbuf_addc(&o->ev, '[');
	o->list_first = true;
}

void diag_ev_list_item(struct diag_out *o, const char *v, size_t len)
{
	if (!o->list_first)
		strbuf_addc(&o->ev, ',');
	o->list_first = false;
	if (o->json)
		json_add_string(&o->ev, v, len);
	else
		add_text_value(&o->ev, v, len);
}

void diag_ev_list_end(struct diag_out *o)
{
	strbuf_addc(&o->ev, ']');
}

void diag_finding_end(struct diag_out *o, const char *fmt, ...)
{
	char change[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(change, sizeof(change), fmt, ap);
	va_end(ap);
	if (o->json) {
		strbuf_addf(&o->all, ",\"evidence\":{%s},\"change\":", o->ev.data ? o->ev.data : "");
		json_add_string(&o->all, change, strlen(change));
		strbuf_adds(&o->all, "}\n");
	} else {
		strbuf_addf(&o->all, "%s\n  change: %s\n", o->ev.data ? o->ev.data : "", change);
	}
	o->count++;
}

void diagnose_print(struct diagnose *d, FILE *out)
{
	struct diag_out o = {
		.json = d->cfg.json,
		.realtime_offset_ns = d->cfg.realtime_offset_ns,
		.ts = d->last_ts,
	};

	strbuf_init(&o.all);
	strbuf_init(&o.ev);
	for (unsigned i = 0; i < NRULES; i++)
		rules[i]->report(d->state[i], &o);
	if (o.json) {
		fputs(o.all.data ? o.all.data : "", out);
		strbuf_reset(&o.all);
		add_json_common(&o, "diagnose", 0);
		strbuf_addf(&o.all, ",\"calls\":%llu,\"findings\":%u}\n", (unsigned long long)d->calls,
			    o.count);
		fputs(o.all.data, out);
	} else {
		if (o.count)
			fprintf(out, "diagnose: %u finding%s in %llu calls\n", o.count,
				o.count == 1 ? "" : "s", (unsigned long long)d->calls);
		else
			fprintf(out, "diagnose: no findings in %llu calls\n",
				(unsigned long long)d->calls);
		fputs(o.all.data ? o.all.data : "", out);
	}
	strbuf_free(&o.all);
	strbuf_free(&o.ev);
}
