// SPDX-License-Identifier: MIT
/*
 * --histogram's value histograms (see histogram.h). Which value a syscall
 * has is a table: the argument that holds the count asked for (or its iovec
 * array), and whether the return value counts bytes or events.
 */
#include "histogram.h"

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "../decode/decode.h"
#include "../decode/syscall_table.h"

enum requested_from {
	REQ_NONE,
	REQ_ARG2, /* read(fd, buf, count), recvfrom(fd, buf, len, ...) */
	REQ_IOV1, /* readv(fd, iov, iovcnt): the sum of the iov_len */
};

static const struct {
	const char *name;
	uint8_t requested; /* enum requested_from */
	uint8_t returned; /* enum hist_value of the return value: HIST_RETURNED or HIST_EVENTS */
} kinds[] = {
	{ "read", REQ_ARG2, HIST_RETURNED },	 { "write", REQ_ARG2, HIST_RETURNED },
	{ "pread64", REQ_ARG2, HIST_RETURNED },	 { "pwrite64", REQ_ARG2, HIST_RETURNED },
	{ "readv", REQ_IOV1, HIST_RETURNED },	 { "writev", REQ_IOV1, HIST_RETURNED },
	{ "preadv", REQ_IOV1, HIST_RETURNED },	 { "pwritev", REQ_IOV1, HIST_RETURNED },
	{ "preadv2", REQ_IOV1, HIST_RETURNED },	 { "pwritev2", REQ_IOV1, HIST_RETURNED },
	{ "recvfrom", REQ_ARG2, HIST_RETURNED }, { "sendto", REQ_ARG2, HIST_RETURNED },
	{ "recvmsg", REQ_NONE, HIST_RETURNED },	 { "sendmsg", REQ_NONE, HIST_RETURNED },
	{ "epoll_wait", REQ_NONE, HIST_EVENTS }, { "epoll_pwait", REQ_NONE, HIST_EVENTS },
	{ "epoll_pwait2", REQ_NONE, HIST_EVENTS },
};

struct histograms {
	int8_t kind[SCT_NR_MAX]; /* index in kinds[], -1: none */
	uint64_t *values[SCT_NR_MAX][HIST_VALUES]; /* HIST_LOG2 buckets, allocated when used */
};

static const char *const value_names[HIST_VALUES] = {
	[HIST_REQUESTED] = "bytes_requested",
	[HIST_RETURNED] = "bytes_returned",
	[HIST_EVENTS] = "events",
};

const char *histogram_value_name(enum hist_value v)
{
	return value_names[v];
}

struct histograms *histograms_new(void)
{
	struct histograms *h = calloc(1, sizeof(*h));

	if (!h)
		return NULL;
	memset(h->kind, -1, sizeof(h->kind));
	for (unsigned i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		int nr = syscall_by_name(kinds[i].name);

		if (nr >= 0 && nr < SCT_NR_MAX)
			h->kind[nr] = (int8_t)i;
	}
	return h;
}

void histograms_free(struct histograms *h)
{
	if (!h)
		return;
	for (unsigned nr = 0; nr < SCT_NR_MAX; nr++)
		for (unsigned v = 0; v < HIST_VALUES; v++)
			free(h->values[nr][v]);
	free(h);
}

unsigned histogram_bucket(uint64_t v)
{
	return v ? 64 - (unsigned)__builtin_clzll(v) : 0;
}

static int add(struct histograms *h, unsigned nr, enum hist_value kind, uint64_t v)
{
	uint64_t **b = &h->values[nr][kind];

	if (!*b) {
		*b = calloc(HIST_LOG2, sizeof(**b));
		if (!*b)
			return -ENOMEM;
	}
	(*b)[histogram_bucket(v)]++;
	return 0;
}

/* The sum of an iovec array's lengths, when the whole array was captured. */
static bool iov_total(const struct sc_event *ev, unsigned i, uint64_t *total)
{
	const struct sct_blob *b = NULL;
	uint64_t count = ev->args[i + 1];

	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++)
		if (ev->blobs[k]->arg == i && ev->blobs[k]->kind == SCT_BLOB_MEM &&
		    ev->blobs[k]->aux == SCT_AUX_IOV)
			b = ev->blobs[k];
	if (!b || (b->flags & SCT_BLOB_FAULT) || count > 1024 || b->len < count * 16)
		return false;
	*total = 0;
	for (uint64_t k = 0; k < count; k++) {
		uint64_t len;

		memcpy(&len, sct_blob_data(b) + k * 16 + 8, sizeof(len));
		*total += len;
	}
	return true;
}

/* The kinds[] row of a syscall number, by its name (a recorded log's table may differ). */
static int kind_of(const struct sc_event *ev)
{
	if (!ev->desc)
		return -1;
	for (unsigned i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (!strcmp(kinds[i].name, ev->desc->name))
			return (int)i;
	return -1;
}

int histogram_result_kind(const struct sc_event *ev)
{
	int k = kind_of(ev);

	return k < 0 ? -1 : kinds[k].returned;
}

bool histogram_requested(const struct sc_event *ev, uint64_t *bytes)
{
	int k = kind_of(ev);

	if (k < 0)
		return false;
	if (kinds[k].requested == REQ_ARG2) {
		*bytes = ev->args[2];
		return true;
	}
	return kinds[k].requested == REQ_IOV1 && iov_total(ev, 1, bytes);
}

int histograms_call(struct histograms *h, const struct call *c)
{
	const struct sc_event *ev = c->ev;
	uint64_t req;
	int k, err = 0;

	if (!ev || ev->nr >= SCT_NR_MAX || (k = h->kind[ev->nr]) < 0 || !c->exit)
		return 0;
	if (kinds[k].requested == REQ_ARG2)
		err = add(h, ev->nr, HIST_REQUESTED, ev->args[2]);
	else if (kinds[k].requested == REQ_IOV1 && iov_total(ev, 1, &req))
		err = add(h, ev->nr, HIST_REQUESTED, req);
	if (!err && c->exit->ret >= 0)
		err = add(h, ev->nr, (enum hist_value)kinds[k].returned, (uint64_t)c->exit->ret);
	return err;
}

const uint64_t *histograms_get(const struct histograms *h, unsigned nr, enum hist_value v)
{
	return nr < SCT_NR_MAX ? h->values[nr][v] : NULL;
}

/* bpftrace's labels: 2^p as a number below 1024, else 1K, 2K, ..., 1M, with K = 1024 (p <= 64). */
static void power_label(char *buf, size_t len, unsigned p)
{
	static const char suffix[] = "KMGTPE";

	if (p < 10)
		snprintf(buf, len, "%u", 1u << p);
	else
		snprintf(buf, len, "%u%c", 1u << (p % 10), suffix[p / 10 - 1]);
}

void histogram_print(FILE *out, const char *title, const uint64_t *buckets, unsigned n)
{
	unsigned first = n, last = 0;
	uint64_t max = 0;

	for (unsigned i = 0; i < n; i++) {
		if (!buckets[i])
			continue;
		first = first < i ? first : i;
		last = i;
		max = buckets[i] > max ? buckets[i] : max;
	}
	if (!max)
		return;
	fprintf(out, "@%s:\n", title);
	for (unsigned i = first; i <= last; i++) {
		char label[48], lo[16], hi[16];
		char bar[53];
		unsigned width = (unsigned)((double)buckets[i] / (double)max * 52);

		if (i < 2) {
			snprintf(label, sizeof(label), "[%u]", i);
		} else {
			power_label(lo, sizeof(lo), i - 1);
			power_label(hi, sizeof(hi), i);
			snprintf(label, sizeof(label), "[%s, %s)", lo, hi);
		}
		memset(bar, '@', width);
		bar[width] = 0;
		fprintf(out, "%-16s%8llu |%-52s|\n", label, (unsigned long long)buckets[i], bar);
	}
	fputc('\n', out);
}

void histogram_json(struct strbuf *b, const char *key, const uint64_t *buckets, unsigned n)
{
	bool first = true;

	strbuf_addf(b, "\"%s\":[", key);
	for (unsigned i = 0; i < n; i++) {
		if (!buckets[i])
			continue;
		strbuf_addf(b, "%s[%llu,%" PRIu64 "]", first ? "" : ",",
			    i ? 1ull << (i - 1) : 0ull, buckets[i]);
		first = false;
	}
	strbuf_adds(b, "]");
}
