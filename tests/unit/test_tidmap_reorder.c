// SPDX-License-Identifier: MIT
/* The thread-id map (insert, replace, delete with backward shift) and the per-CPU merge. */
#include <stdint.h>
#include <stdlib.h>

#include "merge/reorder.h"
#include "check.h"
#include "util/tidmap.h"

static void test_tidmap(void)
{
	struct tidmap m;
	int vals[5000];
	int ok = 1;

	tidmap_init(&m);
	for (int i = 1; i < 5000; i++)
		CHECK(tidmap_put(&m, (uint32_t)i * 64, &vals[i]) == 0);
	CHECK(m.used == 4999);
	for (int i = 1; i < 5000; i++)
		ok &= tidmap_get(&m, (uint32_t)i * 64) == &vals[i];
	CHECK(ok);
	/* Delete every other key; the rest must stay reachable across the shifts. */
	for (int i = 1; i < 5000; i += 2)
		CHECK(tidmap_del(&m, (uint32_t)i * 64) == &vals[i]);
	ok = 1;
	for (int i = 1; i < 5000; i++)
		ok &= tidmap_get(&m, (uint32_t)i * 64) == (i % 2 ? NULL : &vals[i]);
	CHECK(ok);
	CHECK(m.used == 2499);
	CHECK(tidmap_del(&m, 12345) == NULL);
	CHECK(tidmap_put(&m, 128, &vals[0]) == 0 && tidmap_get(&m, 128) == &vals[0]);
	CHECK(tidmap_put(&m, 0, &vals[0]) != 0);
	tidmap_free(&m, NULL);
}

struct seen {
	uint64_t ts[16];
	unsigned n;
};

static int collect(void *ctx, const struct sct_rec_hdr *rec)
{
	struct seen *s = ctx;

	if (s->n < 16)
		s->ts[s->n++] = rec->ts;
	return 0;
}

static void push(struct reorder *r, unsigned cpu, uint64_t ts)
{
	struct sct_rec_hdr h = { .ts = ts, .size = sizeof(h) };

	CHECK(reorder_push(r, cpu, &h, sizeof(h)) == 0);
}

static void test_reorder(void)
{
	struct reorder *r = reorder_new(3);
	struct seen s = { .n = 0 };
	struct sct_rec_hdr tiny = { 0 };

	push(r, 0, 10);
	push(r, 0, 40);
	push(r, 1, 20);
	push(r, 1, 50);
	push(r, 2, 30);
	CHECK(reorder_release(r, 35, collect, &s) == 0);
	CHECK(s.n == 3 && s.ts[0] == 10 && s.ts[1] == 20 && s.ts[2] == 30);
	push(r, 2, 45);
	CHECK(reorder_release(r, UINT64_MAX, collect, &s) == 0);
	CHECK(s.n == 6 && s.ts[3] == 40 && s.ts[4] == 45 && s.ts[5] == 50);
	CHECK(reorder_push(r, 0, &tiny, 4) < 0); /* shorter than a header */
	reorder_free(r);
}

static int collect_tid(void *ctx, const struct sct_rec_hdr *rec)
{
	struct seen *s = ctx;

	if (s->n < 16)
		s->ts[s->n++] = rec->tid;
	return 0;
}

/* Equal timestamps leave in stream order, whichever stream had records first. */
static void test_reorder_ties(void)
{
	struct reorder *r = reorder_new(1025);
	struct seen s = { .n = 0 };
	unsigned streams[] = { 1024, 512, 1, 0 };

	for (unsigned i = 0; i < 4; i++) {
		struct sct_rec_hdr h = { .ts = 7, .tid = streams[i], .size = sizeof(h) };

		CHECK(reorder_push(r, streams[i], &h, sizeof(h)) == 0);
	}
	CHECK(reorder_release(r, 7, collect_tid, &s) == 0);
	CHECK(s.n == 4 && s.ts[0] == 0 && s.ts[1] == 1 && s.ts[2] == 512 && s.ts[3] == 1024);
	reorder_free(r);
}

int main(void)
{
	test_tidmap();
	test_reorder_ties();
	test_reorder();
	return check_done("tidmap_reorder");
}
