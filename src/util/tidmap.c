// SPDX-License-Identifier: MIT
/*
 * Thread-id hash map: open addressing with linear probing and backward-shift
 * deletion, so there are no tombstones to clean up.
 */
#include "tidmap.h"

#include <errno.h>
#include <stdlib.h>

static size_t slot_of(const struct tidmap *m, uint32_t tid)
{
	return (tid * 2654435761u) & (m->cap - 1);
}

void tidmap_init(struct tidmap *m)
{
	m->slots = NULL;
	m->cap = 0;
	m->used = 0;
}

void tidmap_free(struct tidmap *m, void (*free_value)(void *))
{
	if (free_value)
		for (size_t i = 0; i < m->cap; i++)
			if (m->slots[i].tid)
				free_value(m->slots[i].value);
	free(m->slots);
	tidmap_init(m);
}

void *tidmap_get(const struct tidmap *m, uint32_t tid)
{
	if (!m->cap || !tid)
		return NULL;
	for (size_t i = slot_of(m, tid);; i = (i + 1) & (m->cap - 1)) {
		if (m->slots[i].tid == tid)
			return m->slots[i].value;
		if (!m->slots[i].tid)
			return NULL;
	}
}

static int grow(struct tidmap *m)
{
	struct tidmap old = *m;

	m->cap = old.cap ? old.cap * 2 : 64;
	m->slots = calloc(m->cap, sizeof(*m->slots));
	m->used = 0;
	if (!m->slots) {
		*m = old;
		return -ENOMEM;
	}
	for (size_t i = 0; i < old.cap; i++)
		if (old.slots[i].tid)
			tidmap_put(m, old.slots[i].tid, old.slots[i].value);
	free(old.slots);
	return 0;
}

int tidmap_put(struct tidmap *m, uint32_t tid, void *value)
{
	if (!tid)
		return -EINVAL;
	if ((m->used + 1) * 2 > m->cap && grow(m))
		return -ENOMEM;
	for (size_t i = slot_of(m, tid);; i = (i + 1) & (m->cap - 1)) {
		if (m->slots[i].tid == tid) {
			m->slots[i].value = value;
			return 0;
		}
		if (!m->slots[i].tid) {
			m->slots[i].tid = tid;
			m->slots[i].value = value;
			m->used++;
			return 0;
		}
	}
}

void *tidmap_del(struct tidmap *m, uint32_t tid)
{
	size_t i, j;
	void *value;

	if (!m->cap || !tid)
		return NULL;
	for (i = slot_of(m, tid); m->slots[i].tid != tid; i = (i + 1) & (m->cap - 1))
		if (!m->slots[i].tid)
			return NULL;
	value = m->slots[i].value;
	/* Shift later members of the cluster back so lookups never stop early. */
	for (j = (i + 1) & (m->cap - 1); m->slots[j].tid; j = (j + 1) & (m->cap - 1)) {
		size_t home = slot_of(m, m->slots[j].tid);

		if ((j > i && (home <= i || home > j)) || (j < i && (home <= i && home > j))) {
			m->slots[i] = m->slots[j];
			i = j;
		}
	}
	m->slots[i].tid = 0;
	m->slots[i].value = NULL;
	m->used--;
	return value;
}
