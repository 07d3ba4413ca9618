// SPDX-License-Identifier: MIT
/* libFuzzer target: --metrics's HTTP request heads, from untrusted clients. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/http_request.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* an exact-size copy, so that ASan sees any read past the bytes received */
	char *req = malloc(size ? size : 1);
	bool head;

	if (!req)
		return 0;
	memcpy(req, data, size);
	http_route(req, size, &head);
	free(req);
	return 0;
}
