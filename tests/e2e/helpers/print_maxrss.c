// SPDX-License-Identifier: MIT
// Prints its own ru_maxrss in KiB (child_maxrss.sh).
#include <stdio.h>
#include <sys/resource.h>

int main(void)
{
	struct rusage ru;

	if (getrusage(RUSAGE_SELF, &ru))
		return 1;
	printf("%ld\n", ru.ru_maxrss);
	return 0;
}
