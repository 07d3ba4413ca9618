// SPDX-License-Identifier: MIT
/* The default ring size: 8 MiB up to 16 CPUs, both rings of all CPUs within 256 MiB above, 1 MiB at least. */
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
	return check_done("ring_size");
}
