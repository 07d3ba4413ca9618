// SPDX-License-Identifier: MIT
/*
 * --filter's expressions (grammar in filter.h): a recursive-descent parser
 * into a node array, evaluated per call. Untrusted input: bounded length,
 * node count and nesting, one error message naming where it stopped.
 */
#include "filter.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../decode/decode.h"
#include "../decode/syscall_table.h"
#include "histogram.h"

#define EXPR_MAX 4096
#define NODES_MAX 512
#define DEPTH_MAX 64

enum node_type { N_OR, N_AND, N_NOT, N_CMP, N_SCOPE };
enum operand_type { O_NUM, O_RET, O_ERRNO, O_ARG, O_COUNT, O_DURATION };
enum cmp_op { OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE };

struct operand {
	uint8_t type; /* enum operand_type */
	uint8_t arg; /* O_ARG */
	int64_t value; /* O_NUM */
};

struct node {
	uint8_t type; /* enum node_type */
	uint8_t op; /* N_CMP: enum cmp_op */
	int a, b; /* children (N_OR, N_AND: both; N_NOT, N_SCOPE: a) */
	struct operand l, r; /* N_CMP */
	uint64_t *nrs; /* N_SCOPE: a bit per syscall number */
};

struct filter {
	struct node *nodes;
	unsigned n;
	int root; /* -1: no expression */
	uint64_t min_ns; /* --duration, 0: none */
};

struct parser {
	struct filter *f;
	const char *s, *p;
	unsigned depth;
	char *err;
	size_t errlen;
	bool failed;
};

static int fail(struct parser *ps, const char *what)
{
	size_t len = strlen(ps->p);

	if (ps->failed)
		return -1;
	ps->failed = true;
	if (!len)
		snprintf(ps->err, ps->errlen, "invalid --filter expression: %s at its end", what);
	else
		snprintf(ps->err, ps->errlen, "invalid --filter expression: %s at '%.*s%s'", what,
			 len > 20 ? 20 : (int)len, ps->p, len > 20 ? "..." : "");
	return -1;
}

static void skip_space(struct parser *ps)
{
	while (isspace((unsigned char)*ps->p))
		ps->p++;
}

static bool eat(struct parser *ps, const char *tok)
{
	size_t n = strlen(tok);

	skip_space(ps);
	if (strncmp(ps->p, tok, n))
		return false;
	ps->p += n;
	return true;
}

static int new_node(struct parser *ps, enum node_type type)
{
	struct filter *f = ps->f;

	if (f->n >= NODES_MAX)
		return fail(ps, "too many terms");
	if (!f->nodes) {
		f->nodes = calloc(NODES_MAX, sizeof(f->nodes[0]));
		if (!f->nodes)
			return fail(ps, "out of memory");
	}
	f->nodes[f->n] = (struct node){ .type = (uint8_t)type, .a = -1, .b = -1 };
	return (int)f->n++;
}

/* An identifier: letters, digits, '_'; its length. */
static size_t ident_len(const char *p)
{
	size_t n = 0;

	while (isalnum((unsigned char)p[n]) || p[n] == '_')
		n++;
	return n;
}

static int errno_by_name(const char *name, size_t len)
{
	for (int e = 1; e < 4096; e++) {
		const char *n = errno_name(e);

		if (n && strlen(n) == len && !strncmp(n, name, len))
			return e;
	}
	return -1;
}

/* A unit after a number: its factor, and whether a fraction may come with it. */
static const struct {
	const char *name;
	uint64_t factor;
} units[] = {
	{ "ns", 1 }, { "us", 1000 }, { "ms", 1000000 }, { "s", 1000000000 },
	{ "K", 1024 }, { "M", 1024 * 1024 }, { "G", 1024ull * 1024 * 1024 },
};

static int parse_number(struct parser *ps, struct operand *o)
{
	const char *start = ps->p;
	bool neg = *ps->p == '-';
	char *end;
	uint64_t v, factor = 1;
	double frac = 0;
	size_t ulen;

	if (neg)
		ps->p++;
	if (!isdigit((unsigned char)*ps->p))
		return fail(ps, "expected a value");
	errno = 0;
	if (ps->p[0] == '0' && (ps->p[1] == 'x' || ps->p[1] == 'X'))
		v = strtoull(ps->p + 2, &end, 16);
	else
		v = strtoull(ps->p, &end, 10);
	if (end == ps->p + 2 && ps->p[1] != 0 && (ps->p[1] == 'x' || ps->p[1] == 'X'))
		return fail(ps, "expected hex digits");
	if (errno == ERANGE || v > INT64_MAX)
		return fail(ps, "number too large");
	if (*end == '.' && isdigit((unsigned char)end[1])) {
		if (start[neg] == '0' && (start[neg + 1] == 'x' || start[neg + 1] == 'X'))
			return fail(ps, "a fraction of a hex number");
		frac = strtod(end, &end); /* ".5" */
	}
	ps->p = end;
	ulen = ident_len(ps->p);
	if (ulen) {
		unsigned i;

		for (i = 0; i < sizeof(units) / sizeof(units[0]); i++)
			if (strlen(units[i].name) == ulen && !strncmp(units[i].name, ps->p, ulen))
				break;
		if (i == sizeof(units) / sizeof(units[0]))
			return fail(ps, "unknown unit");
		factor = units[i].factor;
		ps->p += ulen;
	} else if (frac) {
		return fail(ps, "a fraction needs a unit (ns, us, ms, s)");
	}
	if (v > (uint64_t)INT64_MAX / factor)
		return fail(ps, "number too large");
	v = v * factor + (uint64_t)(frac * (double)factor);
	o->type = O_NUM;
	o->value = neg ? -(int64_t)v : (int64_t)v;
	return 0;
}

static const struct {
	const char *name;
	uint8_t type;
	uint8_t arg;
} operand_names[] = {
	{ "ret", O_RET, 0 },	 { "errno", O_ERRNO, 0 }, { "count", O_COUNT, 0 },
	{ "duration", O_DURATION, 0 }, { "arg0", O_ARG, 0 },   { "arg1", O_ARG, 1 },
	{ "arg2", O_ARG, 2 },	 { "arg3", O_ARG, 3 },	  { "arg4", O_ARG, 4 },
	{ "arg5", O_ARG, 5 },
};

static int parse_operand(struct parser *ps, struct operand *o)
{
	bool neg;
	size_t len;

	skip_space(ps);
	neg = *ps->p == '-';
	len = ident_len(ps->p + neg);
	if (!len)
		return fail(ps, "expected a value");
	if (isdigit((unsigned char)ps->p[neg]))
		return parse_number(ps, o);
	if (ps->p[neg] == 'E' && isupper((unsigned char)ps->p[neg + 1])) {
		int e = errno_by_name(ps->p + neg, len);

		if (e < 0)
			return fail(ps, "unknown errno name");
		*o = (struct operand){ .type = O_NUM, .value = neg ? -e : e };
		ps->p += neg + len;
		return 0;
	}
	for (unsigned i = 0; !neg && i < sizeof(operand_names) / sizeof(operand_names[0]); i++) {
		if (strlen(operand_names[i].name) != len || strncmp(operand_names[i].name, ps->p, len))
			continue;
		*o = (struct operand){ .type = operand_names[i].type, .arg = operand_names[i].arg };
		ps->p += len;
		return 0;
	}
	return fail(ps, "unknown name (ret, errno, count, duration, arg0..arg5, a number or an errno)");
}

static const struct {
	const char *tok;
	uint8_t op;
} ops[] = { /* two-character ones first */
	{ "==", OP_EQ }, { "!=", OP_NE }, { "<=", OP_LE }, { ">=", OP_GE }, { "<", OP_LT }, { ">", OP_GT },
};

static int parse_cmp(struct parser *ps)
{
	struct operand l, r;
	unsigned i;
	int n;

	if (parse_operand(ps, &l))
		return -1;
	for (i = 0; i < sizeof(ops) / sizeof(ops[0]); i++)
		if (eat(ps, ops[i].tok))
			break;
	if (i == sizeof(ops) / sizeof(ops[0]))
		return fail(ps, "expected ==, !=, <, <=, > or >=");
	if (parse_operand(ps, &r) || (n = new_node(ps, N_CMP)) < 0)
		return -1;
	ps->f->nodes[n].l = l;
	ps->f->nodes[n].r = r;
	ps->f->nodes[n].op = ops[i].op;
	return n;
}

static int parse_expr(struct parser *ps);
static int parse_unary(struct parser *ps);

/* "read,write:" then what holds for them; ps->p at the first name. */
static int parse_scope(struct parser *ps)
{
	uint64_t *nrs = calloc(SCT_NR_MAX / 64, sizeof(*nrs));
	int n, child;

	if (!nrs)
		return fail(ps, "out of memory");
	for (;;) {
		size_t len = ident_len(ps->p);
		char name[64];
		int nr;

		snprintf(name, sizeof(name), "%.*s", (int)len, ps->p);
		nr = len && len < sizeof(name) ? syscall_by_name(name) : -1;
		if (nr < 0 || nr >= SCT_NR_MAX) {
			free(nrs);
			return fail(ps, "unknown syscall");
		}
		nrs[nr / 64] |= 1ull << (nr % 64);
		ps->p += len;
		if (eat(ps, ":"))
			break;
		if (!eat(ps, ",")) {
			free(nrs);
			return fail(ps, "expected ',' or ':' after a syscall");
		}
		skip_space(ps);
	}
	n = new_node(ps, N_SCOPE);
	if (n < 0) {
		free(nrs);
		return -1;
	}
	ps->f->nodes[n].nrs = nrs;
	child = parse_unary(ps);
	ps->f->nodes[n].a = child;
	return child < 0 ? -1 : n;
}

static int parse_unary(struct parser *ps)
{
	size_t len;
	int n, child;

	if (++ps->depth > DEPTH_MAX)
		return fail(ps, "nested too deep");
	skip_space(ps);
	if (eat(ps, "!")) {
		if (*ps->p == '=')
			return fail(ps, "expected a value");
		child = parse_unary(ps);
		if (child < 0 || (n = new_node(ps, N_NOT)) < 0)
			return -1;
		ps->f->nodes[n].a = child;
	} else if (eat(ps, "(")) {
		n = parse_expr(ps);
		if (n >= 0 && !eat(ps, ")"))
			return fail(ps, "expected ')'");
	} else {
		skip_space(ps);
		len = ident_len(ps->p);
		/* a name followed by ':' or ',' is a syscall, not an operand */
		if (len && !isdigit((unsigned char)*ps->p) &&
		    (ps->p[len + strspn(ps->p + len, " \t")] == ':' ||
		     ps->p[len + strspn(ps->p + len, " \t")] == ','))
			n = parse_scope(ps);
		else
			n = parse_cmp(ps);
	}
	ps->depth--;
	return n;
}

/* a op b op c..., left to right */
static int parse_chain(struct parser *ps, const char *tok, enum node_type type,
		       int (*sub)(struct parser *))
{
	int l = sub(ps);

	while (l >= 0 && eat(ps, tok)) {
		int r = sub(ps), n;

		if (r < 0 || (n = new_node(ps, type)) < 0)
			return -1;
		ps->f->nodes[n].a = l;
		ps->f->nodes[n].b = r;
		l = n;
	}
	return l;
}

static int parse_and(struct parser *ps)
{
	return parse_chain(ps, "&&", N_AND, parse_unary);
}

static int parse_expr(struct parser *ps)
{
	return parse_chain(ps, "||", N_OR, parse_and);
}

static struct filter *filter_alloc(void)
{
	struct filter *f = calloc(1, sizeof(*f));

	if (f)
		f->root = -1;
	return f;
}

struct filter *filter_parse(const char *expr, char *err, size_t errlen)
{
	struct filter *f = filter_alloc();
	struct parser ps = { .f = f, .s = expr, .p = expr, .err = err, .errlen = errlen };

	if (!f) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	if (strlen(expr) > EXPR_MAX) {
		snprintf(err, errlen, "invalid --filter expression: longer than %d characters", EXPR_MAX);
		filter_free(f);
		return NULL;
	}
	f->root = parse_expr(&ps);
	skip_space(&ps);
	if (f->root >= 0 && *ps.p)
		fail(&ps, "expected && or ||");
	if (ps.failed || f->root < 0) {
		if (!ps.failed)
			fail(&ps, "expected a comparison");
		filter_free(f);
		return NULL;
	}
	return f;
}

struct filter *filter_min_duration(struct filter *f, uint64_t min_ns)
{
	if (!f)
		f = filter_alloc();
	if (f)
		f->min_ns = min_ns;
	return f;
}

void filter_free(struct filter *f)
{
	if (!f)
		return;
	for (unsigned i = 0; i < f->n; i++)
		free(f->nodes[i].nrs);
	free(f->nodes);
	free(f);
}

int filter_parse_ms(const char *s, uint64_t *ns)
{
	char *end;
	double ms;

	errno = 0;
	ms = strtod(s, &end);
	if (end == s || *end || errno || !(ms >= 0) || ms > 1e12)
		return -1;
	*ns = (uint64_t)(ms * 1e6);
	return 0;
}

/* What a call has to compare: each value with whether it is known. */
struct values {
	const struct call *c;
	unsigned nr;
	bool returned;
	int64_t ret;
	uint64_t duration;
};

static bool operand_value(const struct values *v, const struct operand *o, int64_t *out)
{
	const struct sc_event *ev = v->c->ev;
	uint64_t count;

	switch (o->type) {
	case O_NUM: *out = o->value; return true;
	case O_RET: *out = v->ret; return v->returned;
	case O_ERRNO: *out = v->ret < 0 && v->ret >= -4095 ? -v->ret : 0; return v->returned;
	case O_DURATION: *out = (int64_t)v->duration; return v->returned;
	case O_ARG:
		if (!ev)
			return false;
		*out = (int64_t)ev->args[o->arg];
		return true;
	case O_COUNT:
		if (!ev || !histogram_requested(ev, &count))
			return false;
		*out = (int64_t)count;
		return true;
	}
	return false;
}

static bool compare(int64_t l, enum cmp_op op, int64_t r)
{
	switch (op) {
	case OP_EQ: return l == r;
	case OP_NE: return l != r;
	case OP_LT: return l < r;
	case OP_LE: return l <= r;
	case OP_GT: return l > r;
	case OP_GE: return l >= r;
	}
	return false;
}

static bool eval(const struct filter *f, int i, const struct values *v)
{
	const struct node *n = &f->nodes[i];
	int64_t l, r;

	switch (n->type) {
	case N_OR: return eval(f, n->a, v) || eval(f, n->b, v);
	case N_AND: return eval(f, n->a, v) && eval(f, n->b, v);
	case N_NOT: return !eval(f, n->a, v);
	case N_SCOPE:
		return v->nr < SCT_NR_MAX && (n->nrs[v->nr / 64] >> (v->nr % 64) & 1) &&
		       eval(f, n->a, v);
	case N_CMP:
		return operand_value(v, &n->l, &l) && operand_value(v, &n->r, &r) &&
		       compare(l, n->op, r);
	}
	return false;
}

bool filter_match(const void *ctx, const struct call *c)
{
	const struct filter *f = ctx;
	const struct sct_rec_syscall *exit = c->exit;
	const struct sct_rec_syscall *any = c->entry ? c->entry : exit;
	struct values v = { .c = c, .nr = any ? any->nr : SCT_NR_MAX };

	if (exit && !(exit->flags & SCT_SC_NORETURN)) {
		v.returned = true;
		v.ret = exit->ret;
		v.duration = exit->hdr.ts > exit->enter_ts ? exit->hdr.ts - exit->enter_ts : 0;
	}
	if (f->min_ns && (!v.returned || v.duration <= f->min_ns))
		return false;
	return f->root < 0 || eval(f, f->root, &v);
}
