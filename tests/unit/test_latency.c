// SPDX-License-Identifier: MIT
/* latency.c: bucket bounds, percentiles against a sorted copy of the values, log2 sums. */
#include <stdint.h>
#include <stdlib.h>

#include "../../src/analyze/latency.h"
#include "check.h"

static void check_buckets(void)
{
	uint64_t prev_low = 0;

	/* Every bucket starts where the previous one ends, and a value falls in its own. */
	for (unsigned i = 1; i < LAT_BUCKETS; i++) {
		uint64_t low = latency_bucket_low(i);

		CHECK(low > prev_low);
		CHECK(latency_bucket(low) == i);
		CHECK(latency_bucket(low - 1) == i - 1);
		prev_low = low;
	}
	CHECK(latency_bucket(0) == 0 && latency_bucket(63) == 63 && latency_bucket(127) == 127);
	CHECK(latency_bucket(UINT64_MAX) == LAT_BUCKETS - 1);
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/* Percentiles within 1/128 of the exact nearest-rank value of the sorted values. */
static void check_percentiles(void)
{
	enum { N = 1000 };
	static const unsigned pm[] = { 1, 100, 500, 900, 990, 999, 1000 };
	static uint64_t v[N];
	struct latency l = { 0 };
	uint64_t seed = 42;

	for (unsigned i = 0; i < N; i++) {
		seed = seed * 6364136223846793005ull + 1442695040888963407ull;
		v[i] = (seed >> 33) % 50000000; /* up to 50 ms */
		CHECK(latency_add(&l, v[i]) == 0);
	}
	qsort(v, N, sizeof(v[0]), cmp_u64);
	for (unsigned i = 0; i < sizeof(pm) / sizeof(pm[0]); i++) {
		uint64_t want = v[(N * pm[i] + 999) / 1000 - 1], got = latency_percentile(&l, pm[i]);
		uint64_t err = got > want ? got - want : want - got;

		CHECK(err * 128 <= want);
	}
	CHECK(latency_percentile(&l, 1000) == v[N - 1]);
	CHECK(l.min == v[0] && l.max == v[N - 1] && l.n == N);
	latency_free(&l);
}

static void check_small(void)
{
	struct latency l = { 0 };
	uint64_t log2[LAT_MAX_BITS + 1];

	CHECK(latency_percentile(&l, 500) == 0);
	/* 0, 1, 2, 3, 4, 1000, 1000, 1023, 1024, 3000: exact below 64 */
	static const uint64_t v[] = { 0, 1, 2, 3, 4, 1000, 1000, 1023, 1024, 3000 };
	for (unsigned i = 0; i < 10; i++)
		latency_add(&l, v[i]);
	CHECK(latency_percentile(&l, 100) == 0);
	CHECK(latency_percentile(&l, 200) == 1);
	CHECK(latency_percentile(&l, 500) == 4);
	CHECK(latency_percentile(&l, 1000) == 3000);
	latency_log2(&l, log2);
	CHECK(log2[0] == 1); /* 0 */
	CHECK(log2[1] == 1); /* [1, 2) */
	CHECK(log2[2] == 2); /* [2, 4) */
	CHECK(log2[3] == 1); /* [4, 8) */
	CHECK(log2[10] == 3); /* [512, 1K) */
	CHECK(log2[11] == 1); /* [1K, 2K) */
	CHECK(log2[12] == 1); /* [2K, 4K) */
	latency_free(&l);
	/* Equal values: the percentile is the value itself, not its bucket's middle. */
	for (unsigned i = 0; i < 5; i++)
		latency_add(&l, 10000000);
	CHECK(latency_percentile(&l, 500) == 10000000);
	latency_free(&l);
}

int main(void)
{
	check_buckets();
	check_percentiles();
	check_small();
	return check_done("latency");
}
