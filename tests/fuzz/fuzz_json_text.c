// SPDX-License-Identifier: MIT
/*
 * libFuzzer target: json_text.c, strace's text of structures as JSON. Any text
 * either is refused with nothing written, or gives balanced JSON brackets.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "output/json_text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Brackets outside JSON strings balance and the text ends closed. */
static void check_balanced(const char *s, size_t n)
{
	int depth = 0;
	bool in_str = false;

	for (size_t i = 0; i < n; i++) {
		if (in_str) {
			if (s[i] == '\\')
				i++;
			else if (s[i] == '"')
				in_str = false;
		} else if (s[i] == '"') {
			in_str = true;
		} else if (s[i] == '{' || s[i] == '[') {
			depth++;
		} else if (s[i] == '}' || s[i] == ']') {
			if (--depth < 0)
				abort();
		}
	}
	if (depth || in_str)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct strbuf out;
	char *text;

	if (size > 4096)
		return 0;
	text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	strbuf_init(&out);
	strbuf_adds(&out, "x");
	if (json_add_strace_text(&out, text))
		check_balanced(out.data + 1, out.len - 1);
	else if (out.len != 1)
		abort();
	strbuf_free(&out);
	free(text);
	return 0;
}
