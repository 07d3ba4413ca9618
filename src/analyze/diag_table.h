/* SPDX-License-Identifier: MIT */
/*
 * The --diagnose rules' aggregates: entries keyed by two numbers (a process
 * and a descriptor, a syscall and an errno...), found in a hash table as
 * calls come, and listed in key order for stable findings.
 */
#ifndef SCT_ANALYZE_DIAG_TABLE_H
#define SCT_ANALYZE_DIAG_TABLE_H

#include <stddef.h>
#include <stdint.h>

/* Every entry starts with its key. */
struct diag_key {
	uint64_t a, b;
};

struct diag_table {
	size_t entry_size;
	size_t n, cap; /* cap: a power of two, or 0 */
	struct diag_key **slots;
};

static inline void diag_table_init(struct diag_table *t, size_t entry_size)
{
	t->entry_size = entry_size;
	t->n = t->cap = 0;
	t->slots = NULL;
}

/* The entry of (a, b), zeroed and added if new; NULL when out of memory. */
void *diag_table_get(struct diag_table *t, uint64_t a, uint64_t b);
/* The entry of (a, b), or NULL. */
void *diag_table_find(const struct diag_table *t, uint64_t a, uint64_t b);
/* The entries in key order (a, then b): a malloc'ed array of *n pointers, NULL if none or no memory. */
void **diag_table_sorted(const struct diag_table *t, size_t *n);
void diag_table_free(struct diag_table *t);

#endif
