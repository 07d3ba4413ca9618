/* SPDX-License-Identifier: MIT */
/*
 * How USDT arguments are shown: a type list "u64,str,-" as written after
 * `--usdt PROVIDER:PROBE:args=` and as libsctusdt stores it in its providers
 * (.sctusdt.types). The names are libsctusdt's (i8..i64, u8..u64, str, ptr)
 * plus x8..x64 (hex) and "-" (as the note says). The list travels in the
 * USDT_PROBE record, so replay shows what live tracing showed.
 */
#ifndef SCT_USDT_TYPES_H
#define SCT_USDT_TYPES_H

#include <stddef.h>
#include <stdint.h>

#include "../shared/record.h"

enum usdt_form {
	USDT_FORM_NOTE = 0, /* from the note: signed decimal, 8-byte unsigned hex, else decimal */
	USDT_FORM_SIGNED,
	USDT_FORM_UNSIGNED,
	USDT_FORM_HEX,
	USDT_FORM_STR, /* a NUL-terminated string at the value */
};

struct usdt_type {
	uint8_t form; /* enum usdt_form */
	uint8_t size; /* bytes shown, at most the note's size; 0: the note's size */
};

struct usdt_types {
	unsigned n;
	struct usdt_type t[SCT_USDT_MAX_ARGS];
};

/* Parse "u64,str" ([text, text + len)); 0, or -EINVAL (too many or an unknown name). */
int usdt_types_parse(const char *text, size_t len, struct usdt_types *out);
/* The canonical list in buf ("" for none). */
void usdt_types_format(const struct usdt_types *t, char *buf, size_t len);
/* The type of argument i: USDT_FORM_NOTE beyond the list. */
struct usdt_type usdt_types_get(const struct usdt_types *t, unsigned i);

#endif
