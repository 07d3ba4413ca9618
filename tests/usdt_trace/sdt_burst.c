// SPDX-License-Identifier: MIT
/*
 * A short-lived program with a <sys/sdt.h> probe: fires burst:tick(i) for
 * i = 0..N-1 as soon as main runs, then exits. Exec'd by a process sctrace
 * traces with -p, every firing must be seen, as in a direct run.
 */
#include <stdlib.h>
#include <sys/sdt.h>

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 100;

	for (int i = 0; i < n; i++)
		DTRACE_PROBE1(burst, tick, i);
	return 0;
}
