// SPDX-License-Identifier: MIT
/* libFuzzer target: --filter expressions from untrusted input, parsed and run on one call. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/filter.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sct_rec_syscall exit = { .hdr = { .ts = 2000 }, .enter_ts = 1000, .ret = -2, .nr = 0 };
	struct sc_event ev = { .nr = 0, .ret = -2, .has_ret = true, .args = { 3, 0, 4096 } };
	struct call c = { .ev = &ev, .entry = &exit, .exit = &exit };
	struct filter *f;
	char err[256];
	char *expr;

	if (size > 8192)
		return 0;
	expr = malloc(size + 1);
	if (!expr)
		return 0;
	memcpy(expr, data, size);
	expr[size] = '\0';
	f = filter_parse(expr, err, sizeof(err));
	if (f)
		filter_match(f, &c);
	filter_free(f);
	free(expr);
	return 0;
}
