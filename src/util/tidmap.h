/* SPDX-License-Identifier: MIT */
/* A hash map from thread id to a pointer, for per-task state in user space. */
#ifndef SCT_UTIL_TIDMAP_H
#define SCT_UTIL_TIDMAP_H

#include <stddef.h>
#include <stdint.h>

struct tidmap_slot {
	uint32_t tid; /* 0: empty */
	void *value;
};

struct tidmap {
	struct tidmap_slot *slots;
	size_t cap; /* a power of two */
	size_t used;
};

void tidmap_init(struct tidmap *m);
/* Calls free_value (may be NULL) on every value. */
void tidmap_free(struct tidmap *m, void (*free_value)(void *));
void *tidmap_get(const struct tidmap *m, uint32_t tid);
/* Insert or replace; -ENOMEM on failure. tid must not be 0. */
int tidmap_put(struct tidmap *m, uint32_t tid, void *value);
/* Remove and return the value, or NULL. */
void *tidmap_del(struct tidmap *m, uint32_t tid);

#endif
