// SPDX-License-Identifier: MIT
/* libFuzzer target: -e expressions (trace=, status=, inject= ...) from untrusted input. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli/qualify.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct qualify_sets sets;
	char err[256];
	char *expr;

	if (size > 4096)
		return 0;
	expr = malloc(size + 1);
	if (!expr)
		return 0;
	memcpy(expr, data, size);
	expr[size] = '\0';
	qualify_defaults(&sets);
	qualify_apply(expr, &sets, err, sizeof(err));
	qualify_free(&sets);
	free(expr);
	return 0;
}
