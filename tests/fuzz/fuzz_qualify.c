// SPDX-License-Identifier: MIT
/* libFuzzer target: -e expressions (trace= and status= sets) from untrusted input. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli/qualify.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint64_t set[SCT_NR_MAX / 64];
	unsigned status = 0;
	char err[256];
	char *expr;

	if (size > 4096)
		return 0;
	expr = malloc(size + 1);
	if (!expr)
		return 0;
	memcpy(expr, data, size);
	expr[size] = '\0';
	qualify_apply(expr, set, &status, err, sizeof(err));
	free(expr);
	return 0;
}
