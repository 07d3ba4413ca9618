// SPDX-License-Identifier: MIT
/*
 * --histogram=fd (see histogram_fd.h): one entry per (process, descriptor,
 * syscall) in an open-addressing table, its log2 buckets inline; printed
 * sorted by syscall name, process and descriptor.
 */
#include "histogram_fd.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../decode/decode.h"
#include "../util/json_string.h"
#include "histogram.h"

#define LATENCY HIST_VALUES /* the index of the latency histogram after the values */
#define TABLE_CAP (2 * HISTFD_MAX) /* a power of two: at most half full */

struct entry {
	uint32_t tgid;
	int32_t fd;
	uint16_t nr;
	bool used;
	bool has[HIST_VALUES + 1];
	uint64_t b[HIST_VALUES + 1][HIST_LOG2];
	char name[32]; /* the syscall's, filled at print time */
};

struct histfd {
	struct entry *e[TABLE_CAP];
	unsigned n;
	uint64_t dropped; /* calls on keys past HISTFD_MAX */
};

struct histfd *histfd_new(void)
{
	return calloc(1, sizeof(struct histfd));
}

void histfd_free(struct histfd *h)
{
	if (!h)
		return;
	for (unsigned i = 0; i < TABLE_CAP; i++)
		free(h->e[i]);
	free(h);
}

static unsigned slot_of(uint32_t tgid, int32_t fd, uint16_t nr)
{
	uint64_t k = ((uint64_t)tgid << 32 | (uint32_t)fd) * 0x9e3779b97f4a7c15ull + nr;

	return (unsigned)(k >> 40) & (TABLE_CAP - 1);
}

/* The entry of a key, made at first sight; NULL when the table is full (or no memory). */
static struct entry *entry_of(struct histfd *h, uint32_t tgid, int32_t fd, uint16_t nr, int *err)
{
	unsigned i = slot_of(tgid, fd, nr);

	for (; h->e[i]; i = (i + 1) & (TABLE_CAP - 1))
		if (h->e[i]->tgid == tgid && h->e[i]->fd == fd && h->e[i]->nr == nr)
			return h->e[i];
	if (h->n >= HISTFD_MAX)
		return NULL;
	h->e[i] = calloc(1, sizeof(struct entry));
	if (!h->e[i]) {
		*err = -ENOMEM;
		return NULL;
	}
	*h->e[i] = (struct entry){ .tgid = tgid, .fd = fd, .nr = nr, .used = true };
	h->n++;
	return h->e[i];
}

static void add(struct entry *e, unsigned which, uint64_t v)
{
	e->has[which] = true;
	e->b[which][histogram_bucket(v)]++;
}

int histfd_call(struct histfd *h, const struct call *c, uint64_t ns)
{
	const struct sc_event *ev = c->ev;
	struct entry *e;
	uint64_t req;
	int kind, err = 0;

	if (!ev || !c->exit || ev->nr >= SCT_NR_MAX || (kind = histogram_result_kind(ev)) < 0)
		return 0;
	e = entry_of(h, c->tgid, (int32_t)ev->args[0], (uint16_t)ev->nr, &err);
	if (!e) {
		h->dropped += !err;
		return err;
	}
	add(e, LATENCY, ns);
	if (histogram_requested(ev, &req))
		add(e, HIST_REQUESTED, req);
	if (c->exit->ret >= 0)
		add(e, (unsigned)kind, (uint64_t)c->exit->ret);
	return 0;
}

static int cmp_entries(const void *pa, const void *pb)
{
	const struct entry *a = *(const struct entry *const *)pa;
	const struct entry *b = *(const struct entry *const *)pb;
	int c = strcmp(a->name, b->name);

	if (c)
		return c;
	if (a->tgid != b->tgid)
		return a->tgid < b->tgid ? -1 : 1;
	return (a->fd > b->fd) - (a->fd < b->fd);
}

/* The entries, named and sorted; NULL when there are none. */
static struct entry **sorted(const struct histfd *h)
{
	struct entry **v = h->n ? malloc(h->n * sizeof(*v)) : NULL;
	unsigned n = 0;

	if (!v)
		return NULL;
	for (unsigned i = 0; i < TABLE_CAP; i++) {
		struct entry *e = h->e[i];

		if (!e)
			continue;
		decode_name_copy(e->nr, e->name, sizeof(e->name));
		v[n++] = e;
	}
	qsort(v, n, sizeof(*v), cmp_entries);
	return v;
}

static const char *which_name(unsigned w)
{
	return w == LATENCY ? "latency_ns" : histogram_value_name((enum hist_value)w);
}

/* Latency first, as --histogram prints a syscall's. */
static const unsigned order[] = { LATENCY, HIST_REQUESTED, HIST_RETURNED, HIST_EVENTS };

void histfd_print(const struct histfd *h, FILE *out)
{
	struct entry **v = sorted(h);

	for (unsigned i = 0; v && i < h->n; i++)
		for (unsigned k = 0; k < sizeof(order) / sizeof(order[0]); k++) {
			char title[96];

			if (!v[i]->has[order[k]])
				continue;
			snprintf(title, sizeof(title), "%s[%s, %u, %d]", which_name(order[k]),
				 v[i]->name, v[i]->tgid, v[i]->fd);
			histogram_print(out, title, v[i]->b[order[k]], HIST_LOG2);
		}
	if (h->dropped)
		fprintf(out, "(%llu calls on descriptors past the first %u not shown)\n",
			(unsigned long long)h->dropped, HISTFD_MAX);
	free(v);
}

void histfd_json(const struct histfd *h, struct strbuf *out)
{
	struct entry **v = sorted(h);

	strbuf_adds(out, ",\"fd_histograms\":[");
	for (unsigned i = 0; v && i < h->n; i++) {
		strbuf_adds(out, i ? ",{\"syscall\":" : "{\"syscall\":");
		json_add_string(out, v[i]->name, strlen(v[i]->name));
		strbuf_addf(out, ",\"pid\":%u,\"fd\":%d", v[i]->tgid, v[i]->fd);
		for (unsigned k = 0; k < sizeof(order) / sizeof(order[0]); k++) {
			if (!v[i]->has[order[k]])
				continue;
			strbuf_addc(out, ',');
			histogram_json(out, which_name(order[k]), v[i]->b[order[k]], HIST_LOG2);
		}
		strbuf_addc(out, '}');
	}
	strbuf_adds(out, "]");
	if (h->dropped)
		strbuf_addf(out, ",\"fd_histograms_dropped\":%llu", (unsigned long long)h->dropped);
	free(v);
}
