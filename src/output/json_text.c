// SPDX-License-Identifier: MIT
/*
 * strace's text of a structure or an array, as JSON (--json, doc/JSON.md):
 * one parser of the syntax every decoder prints, so that all of them are
 * covered without a JSON writer per structure. {a=1, b={c=2}} is an object,
 * [x, y] an array, "..." a string (strace's escapes undone), numbers are
 * numbers, NULL is null, anything else (S_IFREG|0644, makedev(0x8, 0x1),
 * htons(80)) a string of its text; comments and strace's "..." are dropped.
 */
#include "json_text.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../util/json_string.h"

#define MAX_DEPTH 16

struct parser {
	const char *p;
	struct strbuf *out;
	struct strbuf bytes; /* a string's bytes, unescaped */
};

static bool value(struct parser *ps, unsigned depth);

static void skip_space(struct parser *ps)
{
	const char *end;

	for (;;) {
		while (*ps->p == ' ')
			ps->p++;
		if (ps->p[0] != '/' || ps->p[1] != '*')
			return;
		end = strstr(ps->p + 2, "*/");
		if (!end)
			return;
		ps->p = end + 2;
	}
}

/* strace's "...", after a string or as the last member: nothing to say in JSON. */
static void skip_ellipsis(struct parser *ps)
{
	if (strncmp(ps->p, "...", 3) == 0)
		ps->p += 3;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* One escape after the backslash; false on one strace does not write. */
static bool unescape(struct parser *ps)
{
	static const char from[] = "tnvfr\"\\'", to[] = "\t\n\v\f\r\"\\'";
	const char *c = strchr(from, *ps->p);
	unsigned v = 0;
	int n = 0;

	if (*ps->p && c) {
		strbuf_addc(&ps->bytes, to[c - from]);
		ps->p++;
		return true;
	}
	if (*ps->p == 'x') {
		ps->p++;
		while (n < 2 && hexval(*ps->p) >= 0)
			v = v * 16 + (unsigned)hexval(*ps->p++), n++;
	} else {
		while (n < 3 && *ps->p >= '0' && *ps->p <= '7')
			v = v * 8 + (unsigned)(*ps->p++ - '0'), n++;
	}
	if (!n || v > 255)
		return false;
	strbuf_addc(&ps->bytes, (char)v);
	return true;
}

static bool string(struct parser *ps)
{
	strbuf_reset(&ps->bytes);
	ps->p++;
	while (*ps->p != '"') {
		if (!*ps->p)
			return false;
		if (*ps->p == '\\') {
			ps->p++;
			if (!unescape(ps))
				return false;
			continue;
		}
		strbuf_addc(&ps->bytes, *ps->p++);
	}
	ps->p++;
	skip_ellipsis(ps);
	json_add_string(ps->out, ps->bytes.data ? ps->bytes.data : "", ps->bytes.len);
	return true;
}

/* The end of an atom: a separator outside brackets, parentheses and quotes. */
static const char *atom_end(const char *p)
{
	int paren = 0;

	for (; *p; p++) {
		if (*p == '"') {
			for (p++; *p && *p != '"'; p++)
				if (*p == '\\' && p[1])
					p++;
			if (!*p)
				return NULL;
		} else if (*p == '(' || *p == '[' || (paren && *p == '{')) {
			paren++;
		} else if (*p == ')' || (paren && (*p == ']' || *p == '}'))) {
			paren--;
		} else if (!paren && (*p == ',' || *p == '}' || *p == ']' ||
				      (p[0] == ' ' && p[1] == '/' && p[2] == '*'))) {
			return p;
		}
	}
	return p;
}

static void number_or_text(struct strbuf *out, const char *s, size_t n)
{
	char buf[32], *end;

	if (n && n < sizeof(buf)) {
		memcpy(buf, s, n);
		buf[n] = '\0';
		errno = 0;
		if (buf[0] == '-') {
			long long v = strtoll(buf, &end, 0);

			if (!errno && !*end) {
				strbuf_add_s64(out, v);
				return;
			}
		} else if (buf[0] >= '0' && buf[0] <= '9') {
			unsigned long long v = strtoull(buf, &end, 0);

			if (!errno && !*end) {
				strbuf_add_u64(out, v);
				return;
			}
		}
		if (strcmp(buf, "NULL") == 0) {
			strbuf_adds(out, "null");
			return;
		}
	}
	json_add_string(out, s, n);
}

static bool atom(struct parser *ps)
{
	const char *end = atom_end(ps->p);
	size_t n;

	if (!end)
		return false;
	n = (size_t)(end - ps->p);
	while (n && ps->p[n - 1] == ' ')
		n--;
	if (!n)
		return false;
	number_or_text(ps->out, ps->p, n);
	ps->p = end;
	return true;
}

/* Members "name=value", separated by ", "; a member "..." is skipped. */
static bool object(struct parser *ps, unsigned depth)
{
	bool first = true;

	ps->p++;
	strbuf_addc(ps->out, '{');
	for (;;) {
		const char *eq;
		size_t klen;

		skip_space(ps);
		skip_ellipsis(ps);
		skip_space(ps);
		if (*ps->p == '}')
			break;
		eq = ps->p + strspn(ps->p, "abcdefghijklmnopqrstuvwxyz"
					   "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.");
		klen = (size_t)(eq - ps->p);
		if (*eq != '=' || !klen)
			return false;
		strbuf_adds(ps->out, first ? "" : ",");
		json_add_string(ps->out, ps->p, klen);
		strbuf_addc(ps->out, ':');
		ps->p = eq + 1;
		if (!value(ps, depth + 1))
			return false;
		first = false;
		skip_space(ps);
		if (*ps->p == ',')
			ps->p++;
		else if (*ps->p != '}')
			return false;
	}
	ps->p++;
	strbuf_addc(ps->out, '}');
	return true;
}

/* A set of names strace prints as [INT TERM] (signal masks): an array of the names. */
static bool name_list(struct parser *ps)
{
	const char *end = strchr(ps->p, ']');
	const char *q = ps->p;
	bool first = true;

	if (!end || q == end || strspn(q, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ ") != (size_t)(end - q) ||
	    !memchr(q, ' ', (size_t)(end - q)))
		return false;
	while (q < end) {
		size_t n = strcspn(q, " ]");

		if (n) {
			strbuf_adds(ps->out, first ? "" : ",");
			json_add_string(ps->out, q, n);
			first = false;
		}
		q += n + (q[n] == ' ');
	}
	ps->p = end;
	return true;
}

static bool array(struct parser *ps, unsigned depth)
{
	bool first = true;

	ps->p++;
	strbuf_addc(ps->out, '[');
	if (name_list(ps))
		goto done;
	for (;;) {
		skip_space(ps);
		skip_ellipsis(ps);
		skip_space(ps);
		if (*ps->p == ']')
			break;
		strbuf_adds(ps->out, first ? "" : ",");
		if (!value(ps, depth + 1))
			return false;
		first = false;
		skip_space(ps);
		if (*ps->p == ',')
			ps->p++;
		else if (*ps->p != ']')
			return false;
	}
done:
	ps->p++;
	strbuf_addc(ps->out, ']');
	return true;
}

/*
 * A structure or array whose inside is not members and values
 * ({WIFEXITED(s) && WEXITSTATUS(s) == 0}): the whole of it as a string.
 */
static bool bracketed_text(struct parser *ps)
{
	const char *start = ps->p;
	int depth = 0;

	for (; *ps->p; ps->p++) {
		if (*ps->p == '"') {
			for (ps->p++; *ps->p && *ps->p != '"'; ps->p++)
				if (*ps->p == '\\' && ps->p[1])
					ps->p++;
			if (!*ps->p)
				return false;
		} else if (*ps->p == '{' || *ps->p == '[' || *ps->p == '(') {
			depth++;
		} else if ((*ps->p == '}' || *ps->p == ']' || *ps->p == ')') && --depth == 0) {
			ps->p++;
			json_add_string(ps->out, start, (size_t)(ps->p - start));
			return true;
		}
	}
	return false;
}

static bool value(struct parser *ps, unsigned depth)
{
	const char *start;
	size_t len = ps->out->len;

	if (depth > MAX_DEPTH)
		return false;
	skip_space(ps);
	start = ps->p;
	switch (*ps->p) {
	case '{':
		if (object(ps, depth))
			return true;
		break;
	case '[':
		if (array(ps, depth))
			return true;
		break;
	case '"':
		return string(ps);
	default:
		return atom(ps);
	}
	ps->p = start;
	strbuf_truncate(ps->out, len);
	return bracketed_text(ps);
}

bool json_add_strace_text(struct strbuf *out, const char *text)
{
	struct parser ps = { .p = text, .out = out };
	size_t start = out->len;
	bool ok;

	if (*text != '{' && *text != '[')
		return false;
	strbuf_init(&ps.bytes);
	/* not value(): text that is no structure at the top is the caller's to keep */
	ok = *text == '{' ? object(&ps, 0) : array(&ps, 0);
	skip_space(&ps);
	ok = ok && !*ps.p;
	strbuf_free(&ps.bytes);
	if (!ok)
		strbuf_truncate(out, start);
	return ok;
}
