// SPDX-License-Identifier: MIT
/* libFuzzer target: --snapshot-on conditions and --flight-recorder sizes from untrusted input. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli/trigger.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sct_rec_syscall r;
	struct trigger t;
	char err[512];
	size_t bytes;
	char *text;

	if (size > 4096)
		return 0;
	text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	trigger_parse_size(text, &bytes);
	if (trigger_parse(text, &t, err, sizeof(err)) == 0) {
		memset(&r, 0, sizeof(r));
		r.hdr.type = SCT_REC_SYSCALL;
		r.hdr.size = sizeof(r);
		r.hdr.ts = 2000000000;
		r.enter_ts = 1;
		r.ret = -t.err;
		r.nr = (uint16_t)(t.nr < 0 ? 0 : t.nr);
		trigger_match(&t, &r.hdr);
	}
	free(text);
	return 0;
}
