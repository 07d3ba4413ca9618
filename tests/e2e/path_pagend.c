// SPDX-License-Identifier: MIT
// A path of PATH_MAX bytes without a NUL that ends at an unmapped page: strace reads
// PATH_MAX bytes and prints PATH_MAX - 1 of them, then "...".
// TRACE: -e trace=chdir,exit_group
// START: first
#include "e2e.h"
#include <limits.h>
#include <sys/mman.h>

int main(void)
{
	char *page = mmap(NULL, 2 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *want = e2e_tmp();

	if (page == MAP_FAILED || munmap(page + 4096, 4096))
		return 1;
	memset(page, '/', 4096);
	memset(want, '/', PATH_MAX - 1);
	want[PATH_MAX - 1] = 0;
	SC(SYS_chdir, page);
	line(ret(), "chdir(\"%s\"...)", want);
	/* PATH_MAX - 1 bytes: the NUL is the last byte before the unmapped page */
	page[4095] = 0;
	SC(SYS_chdir, page);
	line(ret(), "chdir(\"%s\")", want);
	e2e_exit(0);
}
