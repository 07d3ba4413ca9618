// SPDX-License-Identifier: MIT
/* diag_table (--diagnose's keyed aggregates): get/find across growth, zeroed entries, key order. */
#include <stdlib.h>

#include "../../src/analyze/diag_table.h"
#include "check.h"

struct entry {
	struct diag_key key;
	unsigned long hits;
};

int main(void)
{
	struct diag_table t;
	size_t n;
	void **v;
	int ordered = 1, found = 1, counted = 1;

	diag_table_init(&t, sizeof(struct entry));
	CHECK(diag_table_find(&t, 1, 2) == NULL);
	v = diag_table_sorted(&t, &n);
	CHECK(v == NULL && n == 0);
	/* 1000 keys, each got (key % 7) + 1 times, inserted in a scrambled order (growth from 64 slots). */
	for (unsigned round = 0; round < 7; round++)
		for (unsigned i = 0; i < 1000; i++) {
			unsigned k = (i * 389) % 1000;
			struct entry *e;

			if (round > k % 7)
				continue;
			e = diag_table_get(&t, k / 10, k % 10);
			if (!e)
				return 1;
			e->hits++;
		}
	CHECK(t.n == 1000);
	for (unsigned k = 0; k < 1000; k++) {
		struct entry *e = diag_table_find(&t, k / 10, k % 10);

		found &= e && e->key.a == k / 10 && e->key.b == k % 10;
		counted &= e && e->hits == k % 7 + 1;
	}
	CHECK(found);
	CHECK(counted);
	CHECK(diag_table_find(&t, 100, 0) == NULL);
	v = diag_table_sorted(&t, &n);
	CHECK(v && n == 1000);
	for (size_t i = 0; v && i < n; i++) {
		const struct entry *e = v[i];

		ordered &= e->key.a * 10 + e->key.b == i;
	}
	CHECK(ordered);
	free(v);
	diag_table_free(&t);
	CHECK(t.n == 0 && diag_table_find(&t, 0, 0) == NULL);
	return check_done("diag_table");
}
