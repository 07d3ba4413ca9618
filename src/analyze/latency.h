/* SPDX-License-Identifier: MIT */
/*
 * A log-linear histogram of values (call latencies in ns, byte counts): the
 * values below 64 each have their bucket, above that every power of two is cut
 * into 64 buckets, so a bucket is at most 1/64 of its values wide. Counts
 * are exact per bucket; a percentile is the middle of its bucket (within
 * 1/128 of the value), kept inside the exact minimum and maximum. Log2
 * buckets (--histogram) are sums of whole buckets, hence exact.
 */
#ifndef SCT_ANALYZE_LATENCY_H
#define SCT_ANALYZE_LATENCY_H

#include <stdint.h>

#define LAT_SUB_BITS 6
#define LAT_SUB (1u << LAT_SUB_BITS)
/* Values up to 2^44 - 1 (4.9 hours in ns); larger ones count in the last bucket. */
#define LAT_MAX_BITS 44
#define LAT_BUCKETS ((LAT_MAX_BITS - LAT_SUB_BITS + 1) * LAT_SUB)

struct latency {
	uint64_t n, min, max;
	uint64_t *buckets; /* nb of LAT_BUCKETS, grown to the largest value's */
	unsigned nb;
};

/* 0, or -ENOMEM (the value is then not counted). */
int latency_add(struct latency *l, uint64_t v);
void latency_free(struct latency *l);
/* Adds src's values to dst (a total); 0 or -ENOMEM. */
int latency_merge(struct latency *dst, const struct latency *src);
/*
 * The nearest-rank percentile, in per mille (500 for p50, 990 for p99): the
 * least value with that share of them at or below it.
 */
uint64_t latency_percentile(const struct latency *l, unsigned permille);
/*
 * The count of values in [2^k, 2^(k+1)) (k = 0 holds 1; log2 bucket -1 holds 0),
 * bpftrace's hist() buckets: out[0] is the value 0, out[k + 1] is [2^k, 2^(k+1)).
 */
void latency_log2(const struct latency *l, uint64_t out[LAT_MAX_BITS + 1]);

/* For tests: a bucket's index and its first value. */
unsigned latency_bucket(uint64_t v);
uint64_t latency_bucket_low(unsigned idx);

#endif
