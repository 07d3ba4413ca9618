// SPDX-License-Identifier: MIT
/* Log-linear histograms: see latency.h. */
#include "latency.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

unsigned latency_bucket(uint64_t v)
{
	unsigned shift;

	if (v >= (1ull << LAT_MAX_BITS))
		v = (1ull << LAT_MAX_BITS) - 1;
	if (v < LAT_SUB)
		return (unsigned)v;
	shift = (unsigned)(63 - __builtin_clzll(v)) - LAT_SUB_BITS;
	/* v >> shift is in [LAT_SUB, 2 * LAT_SUB): each shift adds LAT_SUB buckets */
	return shift * LAT_SUB + (unsigned)(v >> shift);
}

uint64_t latency_bucket_low(unsigned idx)
{
	unsigned shift;

	if (idx < LAT_SUB)
		return idx;
	shift = idx / LAT_SUB - 1;
	return (uint64_t)(idx - shift * LAT_SUB) << shift;
}

static uint64_t bucket_width(unsigned idx)
{
	return idx < 2 * LAT_SUB ? 1 : 1ull << (idx / LAT_SUB - 1);
}

/* Room for bucket idx: latencies of one syscall mostly share a few powers of two. */
static int grow(struct latency *l, unsigned idx)
{
	unsigned nb = (idx / LAT_SUB + 1) * LAT_SUB;
	uint64_t *b;

	if (idx < l->nb)
		return 0;
	b = realloc(l->buckets, nb * sizeof(b[0]));
	if (!b)
		return -ENOMEM;
	memset(b + l->nb, 0, (nb - l->nb) * sizeof(b[0]));
	l->buckets = b;
	l->nb = nb;
	return 0;
}

int latency_add(struct latency *l, uint64_t v)
{
	unsigned idx = latency_bucket(v);

	if (grow(l, idx))
		return -ENOMEM;
	if (!l->n || v < l->min)
		l->min = v;
	if (v > l->max)
		l->max = v;
	l->n++;
	l->buckets[idx]++;
	return 0;
}

void latency_free(struct latency *l)
{
	free(l->buckets);
	l->buckets = NULL;
	l->n = l->nb = 0;
}

int latency_merge(struct latency *dst, const struct latency *src)
{
	if (!src->n)
		return 0;
	if (grow(dst, src->nb - 1))
		return -ENOMEM;
	if (!dst->n || src->min < dst->min)
		dst->min = src->min;
	if (src->max > dst->max)
		dst->max = src->max;
	dst->n += src->n;
	for (unsigned i = 0; i < src->nb; i++)
		dst->buckets[i] += src->buckets[i];
	return 0;
}

uint64_t latency_percentile(const struct latency *l, unsigned permille)
{
	uint64_t rank, seen = 0, v;
	unsigned i;

	if (!l->n || !l->buckets)
		return 0;
	rank = (l->n * permille + 999) / 1000;
	if (rank < 1)
		rank = 1;
	if (rank >= l->n)
		return l->max;
	for (i = 0; i < l->nb; i++) {
		seen += l->buckets[i];
		if (seen >= rank)
			break;
	}
	if (i == l->nb)
		return l->max;
	v = latency_bucket_low(i) + bucket_width(i) / 2;
	if (v < l->min)
		v = l->min;
	return v > l->max ? l->max : v;
}

void latency_log2(const struct latency *l, uint64_t out[LAT_MAX_BITS + 1])
{
	for (unsigned k = 0; k <= LAT_MAX_BITS; k++)
		out[k] = 0;
	if (!l->buckets)
		return;
	for (unsigned i = 0; i < l->nb; i++) {
		uint64_t low = latency_bucket_low(i);

		if (l->buckets[i])
			out[low ? 64 - __builtin_clzll(low) : 0] += l->buckets[i];
	}
}
