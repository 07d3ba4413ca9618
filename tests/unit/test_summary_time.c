// SPDX-License-Identifier: MIT
/* summary_time.c: -O's argument as strace reads it, and the time a call counts for in -c. */
#include <stdint.h>
#include <string.h>

#include "../../src/analyze/summary_int.h"
#include "check.h"

static void check_overhead(void)
{
	static const struct {
		const char *arg;
		int rc;
		uint64_t ns;
	} cases[] = {
		{ "1", 0, 1000 }, /* microseconds without a unit */
		{ "0", 0, 0 },
		{ "1s", 0, 1000000000 },
		{ "250ms", 0, 250000000 },
		{ "3us", 0, 3000 },
		{ "456789012ns", 0, 456789012 },
		{ "4.5e2ms", 0, 450000000 }, /* count.test's spellings */
		{ "4.5e-1s", 0, 450000000 },
		{ "1.5us", 0, 1500 },
		{ "+7", 0, 7000 },
		{ "", -1, 0 },
		{ "-1", -1, 0 },
		{ "ms", -1, 0 },
		{ "1x", -1, 0 },
		{ "1 s", -1, 0 },
		{ "1e30s", -1, 0 },
		{ "nan", -1, 0 },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		uint64_t ns = 12345;
		int rc = summary_overhead_parse(cases[i].arg, &ns);

		CHECK(rc == cases[i].rc);
		if (rc != cases[i].rc || (!rc && ns != cases[i].ns))
			printf("    -O '%s': rc %d, %llu ns\n", cases[i].arg, rc, (unsigned long long)ns);
		if (!rc)
			CHECK(ns == cases[i].ns);
	}
}

/* An exit record with a CPU-time blob of cpu ns after a string blob, or none. */
struct exit_rec {
	struct sct_rec_syscall rec;
	struct sct_blob str;
	char text[8];
	struct sct_blob cpu;
	uint64_t cpu_ns;
};

static void make_exit(struct exit_rec *e, uint64_t cpu, bool with_cpu)
{
	memset(e, 0, sizeof(*e));
	e->rec.hdr.type = SCT_REC_EXIT;
	e->rec.hdr.size = with_cpu ? sizeof(*e) : offsetof(struct exit_rec, cpu);
	e->rec.nblobs = with_cpu ? 2 : 1;
	e->str = (struct sct_blob){ .arg = 0, .kind = SCT_BLOB_STR, .len = 5 };
	memcpy(e->text, "hello", 5);
	e->cpu = (struct sct_blob){ .arg = 0, .kind = SCT_BLOB_MEM, .len = 8, .aux = SCT_AUX_CPU_TIME };
	e->cpu_ns = cpu;
}

static void check_call_time(void)
{
	struct summary_config cpu = { .wall = false }, wall = { .wall = true };
	struct summary_config cpu_o = { .overhead_ns = 300 }, wall_o = { .wall = true, .overhead_ns = 300 };
	struct exit_rec e;

	make_exit(&e, 1000, true);
	CHECK(summary_call_time(&cpu, &e.rec, 5000) == 1000);
	CHECK(summary_call_time(&wall, &e.rec, 5000) == 5000);
	CHECK(summary_call_time(&cpu_o, &e.rec, 5000) == 700);
	CHECK(summary_call_time(&wall_o, &e.rec, 5000) == 4700);
	CHECK(summary_call_time(&wall_o, &e.rec, 200) == 0); /* never below 0 */
	make_exit(&e, 200, true);
	CHECK(summary_call_time(&cpu_o, &e.rec, 5000) == 0);
	/* No blob: a call that did not run (injected) counts 0, as its latency with -w. */
	make_exit(&e, 1000, false);
	CHECK(summary_call_time(&cpu, &e.rec, 5000) == 0);
	CHECK(summary_call_time(&wall, &e.rec, 5000) == 5000);
	/* A blob claiming more than the record holds is not read. */
	make_exit(&e, 1000, true);
	e.rec.hdr.size -= 8;
	CHECK(summary_call_time(&cpu, &e.rec, 5000) == 0);
	/* The tag is no argument's value: plain lookups skip it. */
	CHECK(SCT_AUX_TAGGED(SCT_AUX_CPU_TIME) && !SCT_AUX_TAGGED(SCT_AUX_SET_TID));
}

int main(void)
{
	check_overhead();
	check_call_time();
	return check_done("test_summary_time");
}
