// SPDX-License-Identifier: MIT
/* The --diagnose rules' keyed aggregates: see diag_table.h. Open addressing, linear probing. */
#include "diag_table.h"

#include <stdlib.h>
#include <string.h>

static size_t slot_of(uint64_t a, uint64_t b, size_t cap)
{
	uint64_t h = (a * 0x9e3779b97f4a7c15ull) ^ (b + 0x632be59bd9b4e019ull + (a << 6));

	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9ull;
	h ^= h >> 32;
	return (size_t)h & (cap - 1);
}

static size_t probe(struct diag_key **slots, size_t cap, uint64_t a, uint64_t b)
{
	size_t i = slot_of(a, b, cap);

	while (slots[i] && (slots[i]->a != a || slots[i]->b != b))
		i = (i + 1) & (cap - 1);
	return i;
}

void *diag_table_find(const struct diag_table *t, uint64_t a, uint64_t b)
{
	return t->cap ? t->slots[probe(t->slots, t->cap, a, b)] : NULL;
}

/* Doubles the table (at least 64 slots); keeps it at most half full. */
static int grow(struct diag_table *t)
{
	size_t cap = t->cap ? t->cap * 2 : 64;
	struct diag_key **slots = calloc(cap, sizeof(*slots));

	if (!slots)
		return -1;
	for (size_t i = 0; i < t->cap; i++)
		if (t->slots[i])
			slots[probe(slots, cap, t->slots[i]->a, t->slots[i]->b)] = t->slots[i];
	free(t->slots);
	t->slots = slots;
	t->cap = cap;
	return 0;
}

void *diag_table_get(struct diag_table *t, uint64_t a, uint64_t b)
{
	struct diag_key *e;
	size_t i;

	if ((t->n + 1) * 2 > t->cap && grow(t))
		return NULL;
	i = probe(t->slots, t->cap, a, b);
	if (t->slots[i])
		return t->slots[i];
	e = calloc(1, t->entry_size);
	if (!e)
		return NULL;
	e->a = a;
	e->b = b;
	t->slots[i] = e;
	t->n++;
	return e;
}

static int by_key(const void *x, const void *y)
{
	const struct diag_key *p = *(const struct diag_key *const *)x;
	const struct diag_key *q = *(const struct diag_key *const *)y;

	if (p->a != q->a)
		return p->a < q->a ? -1 : 1;
	if (p->b != q->b)
		return p->b < q->b ? -1 : 1;
	return 0;
}

void **diag_table_sorted(const struct diag_table *t, size_t *n)
{
	void **out;
	size_t k = 0;

	*n = 0;
	if (!t->n)
		return NULL;
	out = malloc(t->n * sizeof(*out));
	if (!out)
		return NULL;
	for (size_t i = 0; i < t->cap; i++)
		if (t->slots[i])
			out[k++] = t->slots[i];
	qsort(out, k, sizeof(*out), by_key);
	*n = k;
	return out;
}

void diag_table_free(struct diag_table *t)
{
	for (size_t i = 0; i < t->cap; i++)
		free(t->slots[i]);
	free(t->slots);
	diag_table_init(t, t->entry_size);
}
