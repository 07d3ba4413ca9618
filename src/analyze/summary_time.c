// SPDX-License-Identifier: MIT
/*
 * The time -c counts for a call, as strace's: without -w the CPU time the
 * task spent in the call (the kernel side's SCT_AUX_CPU_TIME blob, where
 * strace takes the tracee's system time from wait4's rusage), with -w its
 * latency; less -O's overhead. And the parser of -O's argument.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../decode/decode.h"
#include "summary_int.h"

/* The CPU time the exit record carries; false when it has none. */
static bool exit_cpu_time(const struct sct_rec_syscall *exit, uint64_t *ns)
{
	const uint8_t *p = (const uint8_t *)(exit + 1);
	const uint8_t *end = (const uint8_t *)exit + exit->hdr.size;

	if (exit->hdr.size < sizeof(*exit))
		return false;
	for (unsigned i = 0; i < exit->nblobs; i++) {
		const struct sct_blob *b = (const struct sct_blob *)p;

		if ((size_t)(end - p) < sizeof(*b) || (size_t)(end - p) < sct_blob_span(b))
			return false;
		if (b->aux == SCT_AUX_CPU_TIME && b->kind == SCT_BLOB_MEM && b->len == sizeof(*ns)) {
			memcpy(ns, sct_blob_data(b), sizeof(*ns));
			return true;
		}
		p += sct_blob_span(b);
	}
	return false;
}

uint64_t summary_call_time(const struct summary_config *cfg, const struct sct_rec_syscall *exit,
			   uint64_t latency_ns)
{
	uint64_t ns = latency_ns;

	if (!cfg->wall && !exit_cpu_time(exit, &ns))
		ns = 0; /* a call that did not run (injected) or entered before the trace */
	return ns > cfg->overhead_ns ? ns - cfg->overhead_ns : 0;
}

static const struct {
	const char *suffix;
	uint64_t ns;
} units[] = { { "", 1000 }, { "s", 1000000000 }, { "ms", 1000000 }, { "us", 1000 }, { "ns", 1 } };

int summary_overhead_parse(const char *s, uint64_t *ns)
{
	size_t num = strspn(s, "eE.-+0123456789"), whole = strspn(s, "+0123456789");
	char *end;
	double v;

	if (!num || *s == '-')
		return -1;
	errno = 0;
	v = num > whole ? strtod(s, &end) : (double)strtoull(s, &end, 10);
	if (end == s || errno || !isfinite(v) || v < 0)
		return -1;
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		if (strcmp(end, units[i].suffix))
			continue;
		if (v * (double)units[i].ns >= 1e19)
			return -1;
		/* an integer stays exact; a float rounds down to the nanosecond, as strace */
		*ns = num > whole ? (uint64_t)(v * (double)units[i].ns)
				  : strtoull(s, NULL, 10) * units[i].ns;
		return 0;
	}
	return -1;
}
