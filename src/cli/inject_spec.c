// SPDX-License-Identifier: MIT
/*
 * -e inject=SET:TOKEN... and -e fault=SET:TOKEN...: strace's syntax read into
 * one struct inject_rule per syscall (qualify.h), which the seccomp listener
 * (inject.c) applies.
 */
#include "qualify.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../decode/decode.h"

bool inject_selects(const struct inject_rule *r, unsigned long n)
{
	if (!r->flags || n < r->first || (r->last != INJECT_LAST_INF && n > r->last))
		return false;
	return r->step ? (n - r->first) % r->step == 0 : n == r->first;
}

/* A number 1..0xffff ending at one of the characters in stop (or the end); 0 if none. */
static unsigned when_number(const char *s, char **end, const char *stop)
{
	unsigned long v;

	if (*s < '0' || *s > '9')
		return 0;
	errno = 0;
	v = strtoul(s, end, 10);
	if (errno || v < 1 || v > 0xffff || (**end && !strchr(stop, **end)))
		return 0;
	return (unsigned)v;
}

/* when=F, F+, F+S, F..L, F..L+S (strace's forms). */
static bool parse_when(const char *val, struct inject_rule *r)
{
	char *end;
	unsigned v = when_number(val, &end, "+.");

	if (!v)
		return false;
	r->first = (uint16_t)v;
	if (*end == '.') {
		if (end[1] != '.')
			return false;
		v = when_number(end + 2, &end, "+");
		if (!v || v < r->first || v == INJECT_LAST_INF)
			return false;
		r->last = (uint16_t)v;
	} else {
		r->last = INJECT_LAST_INF;
	}
	if (*end == '+') {
		if (end[1]) {
			v = when_number(end + 1, &end, "");
			if (!v)
				return false;
			r->step = (uint16_t)v;
		} else {
			r->step = 1;
		}
	} else {
		r->step = r->last == INJECT_LAST_INF ? 0 : 1;
	}
	return true;
}

static int errno_number(const char *val)
{
	char *end;
	long v;

	if (*val >= '0' && *val <= '9') {
		errno = 0;
		v = strtol(val, &end, 10);
		return !*end && !errno && v >= 1 && v <= 4095 ? (int)v : 0;
	}
	for (int e = 1; e < 4096; e++) {
		const char *name = errno_name(e);

		if (name && strcasecmp(name, val) == 0) /* strace's find_errno_by_name: "einval" too */
			return e;
	}
	return 0;
}


/* strace's pure calls (TRACE_PURE), the only ones syscall= may name: no arguments, no effect. */
static const char *const pure_calls[] = { "getpid",  "getuid",  "getgid",  "geteuid",
					  "getegid", "getppid", "getpgrp", "gettid" };

static bool pure_call(const char *name)
{
	for (size_t i = 0; i < sizeof(pure_calls) / sizeof(pure_calls[0]); i++)
		if (strcmp(pure_calls[i], name) == 0)
			return true;
	return false;
}

/*
 * A delay as strace reads it: an integer or a decimal number, then s, ms, us
 * or ns (microseconds without a unit); false if it is not one.
 */
static bool parse_delay(const char *val, uint64_t *ns)
{
	static const struct {
		const char *suffix;
		double scale;
	} units[] = { { "", 1e3 }, { "s", 1e9 }, { "ms", 1e6 }, { "us", 1e3 }, { "ns", 1 } };
	char *end;
	double v;

	if (!((*val >= '0' && *val <= '9') || *val == '.' || *val == '+'))
		return false;
	errno = 0;
	v = strtod(val, &end);
	if (end == val || errno || v < 0)
		return false;
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		if (strcmp(end, units[i].suffix) != 0)
			continue;
		if (v * units[i].scale > 1e18) /* 31 years */
			return false;
		*ns = (uint64_t)(v * units[i].scale);
		return true;
	}
	return false;
}

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = (char)(c | 0x20);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* One "@argN=HEX" of a poke list. */
static bool parse_poke(const char *item, bool exit, struct inject_pokes *p)
{
	struct inject_poke *k;
	size_t digits;

	if (strncmp(item, "@arg", 4) != 0 || item[4] < '1' || item[4] > '7' || item[5] != '=')
		return false;
	item += 6;
	digits = strlen(item);
	if (!digits || digits % 2 || digits > 2 * INJECT_POKE_BYTES || p->n >= INJECT_POKES_MAX)
		return false;
	for (unsigned i = 0; i < p->n; i++) /* strace: one poke per argument and direction */
		if (p->items[i].arg == item[-2] - '0' && p->items[i].exit == exit)
			return false;
	k = &p->items[p->n];
	k->arg = (uint8_t)(item[-2] - '0');
	k->exit = exit;
	k->len = (uint16_t)(digits / 2);
	for (size_t i = 0; i < k->len; i++) {
		int hi = hex_digit(item[2 * i]), lo = hex_digit(item[2 * i + 1]);

		if (hi < 0 || lo < 0)
			return false;
		k->data[i] = (uint8_t)(hi << 4 | lo);
	}
	p->n++;
	return true;
}

/* poke_enter=/poke_exit=: a comma-separated list of "@argN=HEX". */
static bool parse_pokes(const char *val, bool exit, struct inject_pokes *p)
{
	char *copy = strdup(val), *save = NULL, *item;
	bool ok = copy && *val;

	for (item = ok ? strtok_r(copy, ",", &save) : NULL; ok && item;
	     item = strtok_r(NULL, ",", &save))
		ok = parse_poke(item, exit, p);
	free(copy);
	return ok;
}

/* A token that only -e inject= takes (not -e fault=); false if it is not valid. */
static bool inject_only_token(const char *tok, struct inject_rule *r, struct inject_pokes *pokes)
{
	unsigned long long v;
	char *end;

	if (strncmp(tok, "retval=", 7) == 0) {
		errno = 0;
		v = strtoull(tok + 7, &end, 0);
		if (end == tok + 7 || *end || errno || (r->flags & (INJECT_ERROR | INJECT_RETVAL)))
			return false;
		r->flags |= INJECT_RETVAL;
		r->value = v;
		return true;
	}
	if (strncmp(tok, "signal=", 7) == 0) {
		int sig = qualify_signal_number(tok + 7);

		if (!sig || (r->flags & INJECT_SIGNAL))
			return false;
		r->flags |= INJECT_SIGNAL;
		r->signo = (uint8_t)sig;
		return true;
	}
	if (strncmp(tok, "delay_enter=", 12) == 0 && !(r->flags & INJECT_DELAY_ENTER)) {
		r->flags |= INJECT_DELAY_ENTER;
		return parse_delay(tok + 12, &r->delay_enter_ns);
	}
	if (strncmp(tok, "delay_exit=", 11) == 0 && !(r->flags & INJECT_DELAY_EXIT)) {
		r->flags |= INJECT_DELAY_EXIT;
		return parse_delay(tok + 11, &r->delay_exit_ns);
	}
	if (strncmp(tok, "poke_enter=", 11) == 0 && !(r->flags & INJECT_POKE_ENTER)) {
		r->flags |= INJECT_POKE_ENTER;
		return parse_pokes(tok + 11, false, pokes);
	}
	if (strncmp(tok, "poke_exit=", 10) == 0 && !(r->flags & INJECT_POKE_EXIT)) {
		r->flags |= INJECT_POKE_EXIT;
		return parse_pokes(tok + 10, true, pokes);
	}
	return false;
}

/* One ":"-separated token of an inject/fault expression; false if it is not valid. */
static bool inject_token(const char *tok, struct inject_rule *r, bool fault,
			 struct inject_pokes *pokes, bool *syscall_given)
{
	if (strncmp(tok, "when=", 5) == 0)
		return parse_when(tok + 5, r);
	if (strncmp(tok, "error=", 6) == 0) {
		int e = errno_number(tok + 6);

		if (!e || (r->flags & (INJECT_ERROR | INJECT_RETVAL)))
			return false;
		r->flags |= INJECT_ERROR;
		r->value = (uint64_t)e;
		return true;
	}
	/*
	 * strace runs this call instead of the one it fails, so that the kernel
	 * does nothing; the seccomp listener answers without running either,
	 * which is the same: the name is checked, and kept for nothing else.
	 */
	if (strncmp(tok, "syscall=", 8) == 0) {
		if (*syscall_given || !pure_call(tok + 8))
			return false;
		*syscall_given = true;
		return true;
	}
	return !fault && inject_only_token(tok, r, pokes);
}

#define INJECT_ACTIONS                                                                      \
	(INJECT_ERROR | INJECT_RETVAL | INJECT_SIGNAL | INJECT_DELAY_ENTER | INJECT_DELAY_EXIT | \
	 INJECT_POKE_ENTER | INJECT_POKE_EXIT)

/*
 * What the listener cannot do: it answers a call before it runs, so it can
 * hold it, change its memory or answer for it then, but cannot stop it after
 * it ran. After a call it answers itself, "after" is before its answer.
 */
static int refuse_after_run(const struct inject_rule *r, const char *spec, char *err,
			    size_t errlen)
{
	if (r->flags & (INJECT_ERROR | INJECT_RETVAL))
		return 0;
	if (!(r->flags & (INJECT_DELAY_EXIT | INJECT_POKE_EXIT)))
		return 0;
	return qualify_fail(err, errlen,
			    "-e inject=%s: %s of a call that runs is not supported: sctrace's seccomp "
			    "listener can hold or change a call only before it runs (give error= or "
			    "retval=, or use %s)",
			    spec, (r->flags & INJECT_DELAY_EXIT) ? "delay_exit=" : "poke_exit=",
			    (r->flags & INJECT_DELAY_EXIT) ? "delay_enter=" : "poke_enter=");
}

/* The rule's pokes, kept in the sets (every syscall of the rule shares them). */
static int keep_pokes(struct qualify_sets *s, struct inject_rule *r,
		      const struct inject_pokes *pokes)
{
	struct inject_pokes *kept;

	if (!pokes->n)
		return 0;
	kept = malloc(sizeof(*kept));
	if (!kept)
		return -ENOMEM;
	*kept = *pokes;
	kept->next = s->pokes;
	s->pokes = kept;
	r->pokes = kept;
	return 0;
}

/*
 * -e inject=SET:TOKEN... and -e fault=SET[:error=E][:when=W][:syscall=S]
 * (error ENOSYS by default), as strace: a later rule replaces an earlier one
 * for its syscalls.
 */
int inject_spec_apply(struct qualify_sets *s, const char *spec, bool fault, char *err,
		      size_t errlen)
{
	const char *what = fault ? "fault" : "inject";
	struct inject_rule r = { .first = 1, .last = INJECT_LAST_INF, .step = 1 };
	uint64_t set[SCT_NR_MAX / 64];
	struct inject_pokes *pokes;
	char *copy, *save = NULL, *tok;
	const char *name;
	bool ok = true, syscall_given = false;
	int rc;

	copy = strdup(spec);
	pokes = calloc(1, sizeof(*pokes));
	if (!copy || !pokes) {
		free(copy);
		free(pokes);
		return -ENOMEM;
	}
	/* strace's order: the tokens, then the syscall set (an empty one first), then the action */
	name = "";
	if (*spec && *spec != ':') {
		name = strtok_r(copy, ":", &save);
		while (ok && (tok = strtok_r(NULL, ":", &save)))
			ok = inject_token(tok, &r, fault, pokes, &syscall_given);
	}
	memset(set, 0, sizeof(set));
	if (!ok)
		rc = qualify_fail(err, errlen, "invalid %s argument '%s'", what, spec);
	else
		rc = qualify_syscalls(set, name, err, errlen);
	if (!rc && fault && !(r.flags & INJECT_ACTIONS)) {
		r.flags = INJECT_ERROR;
		r.value = ENOSYS;
	}
	if (!rc && !(r.flags & INJECT_ACTIONS))
		rc = qualify_fail(err, errlen, "invalid %s argument '%s'", what, spec);
	if (!rc)
		rc = refuse_after_run(&r, spec, err, errlen);
	if (!rc)
		rc = keep_pokes(s, &r, pokes);
	free(copy);
	free(pokes);
	if (rc)
		return rc;
	for (unsigned nr = 0; nr < SCT_NR_MAX; nr++) {
		if (!((set[nr / 64] >> (nr % 64)) & 1))
			continue;
		s->inject[nr] = r;
		s->inject_set[nr / 64] |= 1ull << (nr % 64);
	}
	return 0;
}

bool qualify_inject_any(const struct qualify_sets *s)
{
	for (unsigned i = 0; i < SCT_NR_MAX / 64; i++)
		if (s->inject_set[i])
			return true;
	return false;
}

