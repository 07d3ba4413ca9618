// SPDX-License-Identifier: MIT
/* USDT argument type lists: see types.h. */
#include "types.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

static const struct {
	const char *name;
	struct usdt_type type;
} names[] = {
	{ "-", { USDT_FORM_NOTE, 0 } },	      { "i8", { USDT_FORM_SIGNED, 1 } },
	{ "i16", { USDT_FORM_SIGNED, 2 } },   { "i32", { USDT_FORM_SIGNED, 4 } },
	{ "i64", { USDT_FORM_SIGNED, 8 } },   { "u8", { USDT_FORM_UNSIGNED, 1 } },
	{ "u16", { USDT_FORM_UNSIGNED, 2 } }, { "u32", { USDT_FORM_UNSIGNED, 4 } },
	{ "u64", { USDT_FORM_UNSIGNED, 8 } }, { "x8", { USDT_FORM_HEX, 1 } },
	{ "x16", { USDT_FORM_HEX, 2 } },      { "x32", { USDT_FORM_HEX, 4 } },
	{ "x64", { USDT_FORM_HEX, 8 } },      { "ptr", { USDT_FORM_HEX, 8 } },
	{ "str", { USDT_FORM_STR, 8 } },
};

int usdt_types_parse(const char *text, size_t len, struct usdt_types *out)
{
	const char *p = text, *end = text + len;

	memset(out, 0, sizeof(*out));
	if (!len)
		return 0;
	for (;;) {
		const char *comma = memchr(p, ',', (size_t)(end - p));
		size_t n = (size_t)((comma ? comma : end) - p), k;

		for (k = 0; k < sizeof(names) / sizeof(names[0]); k++)
			if (strlen(names[k].name) == n && !memcmp(names[k].name, p, n))
				break;
		if (k == sizeof(names) / sizeof(names[0]) || out->n == SCT_USDT_MAX_ARGS)
			return -EINVAL;
		out->t[out->n++] = names[k].type;
		if (!comma)
			return 0;
		p = comma + 1;
	}
}

static const char *type_name(struct usdt_type t)
{
	for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++)
		if (names[k].type.form == t.form && names[k].type.size == t.size)
			return names[k].name;
	return "-";
}

void usdt_types_format(const struct usdt_types *t, char *buf, size_t len)
{
	size_t pos = 0;

	if (!len)
		return;
	buf[0] = 0;
	for (unsigned i = 0; i < t->n && pos < len; i++) {
		int n = snprintf(buf + pos, len - pos, "%s%s", i ? "," : "", type_name(t->t[i]));

		if (n < 0 || (size_t)n >= len - pos) {
			buf[pos] = 0; /* never half a name */
			return;
		}
		pos += (size_t)n;
	}
}

struct usdt_type usdt_types_get(const struct usdt_types *t, unsigned i)
{
	struct usdt_type none = { USDT_FORM_NOTE, 0 };

	return t && i < t->n ? t->t[i] : none;
}
