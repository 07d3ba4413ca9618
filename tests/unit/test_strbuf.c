// SPDX-License-Identifier: MIT
/* strbuf: decimal appenders against printf, and strbuf_addf's one- and two-pass paths. */
#include <limits.h>
#include <stdio.h>

#include "../../src/util/strbuf.h"
#include "check.h"

static void check_numbers(void)
{
	static const long long values[] = { 0, 1, -1, 9, 10, -10, 11, 99, 100, 101, 109, 990, 999, 1000, 1001,
					     12345, -98765, 1000000007, LLONG_MAX, LLONG_MIN };
	struct strbuf sb;
	char want[64];

	strbuf_init(&sb);
	for (size_t i = 0; i < sizeof(values) / sizeof(values[0]); i++) {
		strbuf_reset(&sb);
		strbuf_add_s64(&sb, values[i]);
		snprintf(want, sizeof(want), "%lld", values[i]);
		CHECK_STR(sb.data, want);
		strbuf_reset(&sb);
		strbuf_add_u64(&sb, (unsigned long long)values[i]);
		snprintf(want, sizeof(want), "%llu", (unsigned long long)values[i]);
		CHECK_STR(sb.data, want);
	}
	strbuf_free(&sb);
}

static void check_addf(void)
{
	struct strbuf sb;
	char big[5000];

	strbuf_init(&sb);
	strbuf_addf(&sb, "%s=%d", "a", 1);
	CHECK_STR(sb.data, "a=1");
	CHECK(sb.len == 3);
	/* Longer than the room left: the second pass. */
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	strbuf_addf(&sb, "[%s]", big);
	CHECK(sb.len == 3 + 2 + sizeof(big) - 1);
	CHECK(sb.data[3] == '[' && sb.data[sb.len - 1] == ']' && sb.data[sb.len] == '\0');
	/* Exactly filling the room: a NUL still fits. */
	strbuf_reset(&sb);
	for (size_t i = 0; i < 300; i++)
		strbuf_addf(&sb, "%zu,", i % 10);
	CHECK(sb.len == 600 && strlen(sb.data) == 600);
	strbuf_free(&sb);
}

int main(void)
{
	check_numbers();
	check_addf();
	return check_done("strbuf");
}
