// SPDX-License-Identifier: MIT
/*
 * The default ring size: 8 MiB up to 16 CPUs, both rings of all CPUs within 256 MiB above,
 * 1 MiB at least; and the cap on --buffer-size.
 */
#include "../../src/capture/capture.h"
#include "check.h"

int main(void)
{
	static const struct {
		int ncpus;
		size_t mib;
	} cases[] = { { -1, 8 }, { 1, 8 }, { 2, 8 }, { 16, 8 }, { 17, 4 }, { 32, 4 },
		      { 33, 2 }, { 64, 2 }, { 128, 1 }, { 129, 1 }, { 512, 1 } };

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		size_t got = capture_ring_bytes_for(cases[i].ncpus);

		check_result(got == cases[i].mib << 20, __FILE__, __LINE__, "ring size for a CPU count");
		if (got != cases[i].mib << 20)
			printf("    %d CPUs: got %zu, want %zu MiB\n", cases[i].ncpus, got, cases[i].mib);
	}
	/* --buffer-size: rings (mapped twice) and lanes of all CPUs within a quarter of the RAM, 2G at most */
	static const struct {
		size_t want;
		int ncpus;
		uint64_t mem;
		size_t got;
	} capped[] = {
		{ 2ul << 30, 2, 23ull << 30, 256ul << 20 }, /* 2 x (2 x 256M + 256M) = 1.5G */
		{ 2ul << 30, 64, 256ull << 30, 8ul << 20 }, /* 64 x 24M = 1.5G; 16M would be 3G */
		{ 8ul << 20, 2, 23ull << 30, 8ul << 20 }, /* within the cap: as asked */
		{ 2ul << 30, 2, 1ull << 30, 32ul << 20 }, /* a quarter of 1G: 2 x 96M */
		{ 1ul << 20, 4096, 1ull << 30, 64ul << 10 }, /* never below 64K */
	};

	for (size_t i = 0; i < sizeof(capped) / sizeof(capped[0]); i++) {
		size_t got = capture_ring_bytes_capped(capped[i].want, capped[i].ncpus, capped[i].mem);

		check_result(got == capped[i].got, __FILE__, __LINE__, "capped --buffer-size");
		if (got != capped[i].got)
			printf("    case %zu: got %zu, want %zu\n", i, got, capped[i].got);
	}
	return check_done("ring_size");
}
