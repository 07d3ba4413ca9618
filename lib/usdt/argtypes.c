// SPDX-License-Identifier: MIT
/* Names and argument type lists: see argtypes.h. */
#include "argtypes.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* Indexed by enum sctusdt_type. */
static const struct {
	const char *name;
	unsigned char size;
	bool is_signed;
} types[] = {
	[SCTUSDT_I8] = { "i8", 1, true },    [SCTUSDT_I16] = { "i16", 2, true },
	[SCTUSDT_I32] = { "i32", 4, true },  [SCTUSDT_I64] = { "i64", 8, true },
	[SCTUSDT_U8] = { "u8", 1, false },   [SCTUSDT_U16] = { "u16", 2, false },
	[SCTUSDT_U32] = { "u32", 4, false }, [SCTUSDT_U64] = { "u64", 8, false },
	[SCTUSDT_STR] = { "str", 8, false }, [SCTUSDT_PTR] = { "ptr", 8, false },
};
_Static_assert(sizeof(types) / sizeof(types[0]) == SCTUSDT_PTR + 1, "type table complete");

unsigned sctusdt_type_size(enum sctusdt_type t)
{
	return types[t].size;
}

bool sctusdt_type_signed(enum sctusdt_type t)
{
	return types[t].is_signed;
}

static bool is_first(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

static bool is_next(char c)
{
	return is_first(c) || (c >= '0' && c <= '9');
}

int sctusdt_check_name(const char *name)
{
	size_t i;

	if (!name)
		return SCT_USDT_EINVAL;
	if (!is_first(name[0]))
		return SCT_USDT_ENAME;
	for (i = 1; name[i]; i++) {
		if (!is_next(name[i]) || i >= SCT_USDT_NAME_MAX)
			return SCT_USDT_ENAME;
	}
	return 0;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t';
}

int sctusdt_parse_argtypes(const char *s, struct sctusdt_args *out)
{
	out->count = 0;
	if (!s)
		return 0;
	while (is_space(*s))
		s++;
	if (!*s)
		return 0;
	for (;;) {
		const char *start, *end;
		size_t len, t;

		while (is_space(*s))
			s++;
		start = s;
		while (*s && *s != ',' && !is_space(*s))
			s++;
		end = s;
		while (is_space(*s))
			s++;
		if (*s && *s != ',')
			return SCT_USDT_EARGTYPE; /* "i32 i64": a missing comma */
		len = (size_t)(end - start);
		for (t = 0; t < sizeof(types) / sizeof(types[0]); t++) {
			if (strlen(types[t].name) == len && !memcmp(types[t].name, start, len))
				break;
		}
		if (t == sizeof(types) / sizeof(types[0]))
			return SCT_USDT_EARGTYPE;
		if (out->count == SCT_USDT_MAX_ARGS)
			return SCT_USDT_ETOOMANY;
		out->type[out->count++] = (enum sctusdt_type)t;
		if (!*s)
			return 0;
		s++; /* the comma */
	}
}

int sctusdt_format_argtypes(const struct sctusdt_args *args, char *buf, size_t len)
{
	size_t pos = 0;

	if (!len)
		return SCT_USDT_EINVAL;
	buf[0] = '\0';
	for (unsigned i = 0; i < args->count; i++) {
		int n = snprintf(buf + pos, len - pos, "%s%s", i ? "," : "", types[args->type[i]].name);

		if (n < 0 || (size_t)n >= len - pos)
			return SCT_USDT_EINVAL;
		pos += (size_t)n;
	}
	return 0;
}
