// SPDX-License-Identifier: MIT
/*
 * Probes made by systemtap's <sys/sdt.h> (Debian: systemtap-sdt-dev), with a
 * semaphore: a register, a string, a global read through %rip and a
 * constant; and fields of a global struct, which GCC writes as
 * "8+stats(%rip)" (postgres' checkpoint__done has them). Prints whether the
 * semaphore was set, so the test sees the kernel count it; with
 * SDT_DEMO_ADDR set, first the address hello's second argument carries.
 */
#define _SDT_HAS_SEMAPHORES 1
#include <stdio.h>
#include <stdlib.h>
#include <sys/sdt.h>

unsigned short demo_hello_semaphore __attribute__((section(".probes"), used));
unsigned short demo_neg_semaphore __attribute__((section(".probes"), used));
unsigned short demo_field_semaphore __attribute__((section(".probes"), used));
long counter = 7;
struct demo_stats {
	long a;
	int b;
	int c[4];
} stats = { -1, 2, { 3, 4, 5, 6 } };

int main(int argc, char **argv)
{
	static char path[] = "GET /index.html"; /* written below: a resident page */
	volatile int base = 42;

	(void)argv;
	path[0] = argv[0][0] ? 'G' : 'g';
	if (getenv("SDT_DEMO_ADDR"))
		printf("path %p\n", (void *)path);
	for (int i = 0; i < 2; i++)
		if (demo_hello_semaphore)
			DTRACE_PROBE3(demo, hello, base + i, path, counter);
	DTRACE_PROBE1(demo, neg, -5);
	DTRACE_PROBE3(demo, field, stats.b, stats.c[2], stats.a);
	printf("semaphore %u\n", (unsigned)demo_hello_semaphore);
	return argc > 1;
}
