// SPDX-License-Identifier: MIT
// mmap/mprotect/munmap/mremap/madvise with prot and flags, file mappings, EINVAL, EBADF; results in hex.
// TRACE: -e trace=mmap,mprotect,munmap,mremap,madvise,exit_group
// START: first
#include "e2e.h"
#include <sys/mman.h>

int main(void)
{
	int fd = open("f", O_RDWR | O_CREAT | O_TRUNC, 0644);
	void *a, *b;

	ftruncate(fd, 8192);
	a = (void *)SC(SYS_mmap, NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	line(ret_hex(), "mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)");
	SC(SYS_mprotect, a, 4096, PROT_READ);
	line(ret(), "mprotect(%p, 4096, PROT_READ)", a);
	SC(SYS_mprotect, a, 4096, PROT_NONE);
	line(ret(), "mprotect(%p, 4096, PROT_NONE)", a);
	SC(SYS_mprotect, (char *)a + 1, 4096, PROT_READ | PROT_WRITE | PROT_EXEC);
	line(ret(), "mprotect(%p, 4096, PROT_READ|PROT_WRITE|PROT_EXEC)", (char *)a + 1);
	SC(SYS_madvise, a, 4096, MADV_DONTNEED);
	line(ret(), "madvise(%p, 4096, MADV_DONTNEED)", a);
	b = (void *)SC(SYS_mremap, a, 4096, 8192, MREMAP_MAYMOVE);
	line(ret_hex(), "mremap(%p, 4096, 8192, MREMAP_MAYMOVE)", a);
	SC(SYS_munmap, b, 8192);
	line(ret(), "munmap(%p, 8192)", b);
	a = (void *)SC(SYS_mmap, NULL, 8192, PROT_READ, MAP_SHARED, fd, 4096);
	line(ret_hex(), "mmap(NULL, 8192, PROT_READ, MAP_SHARED, %d, 0x1000)", fd);
	b = (void *)SC(SYS_mmap, a, 4096, PROT_READ | PROT_EXEC, MAP_PRIVATE | MAP_FIXED, fd, 0);
	line(ret_hex(), "mmap(%p, 4096, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED, %d, 0)", a, fd);
	SC(SYS_munmap, a, 8192);
	line(ret(), "munmap(%p, 8192)", a);
	a = (void *)SC(SYS_mmap, NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_POPULATE, -1, 0);
	line(ret_hex(), "mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE|MAP_POPULATE, -1, 0)");
	SC(SYS_munmap, a, 4096);
	line(ret(), "munmap(%p, 4096)", a);
	SC(SYS_mmap, NULL, 4096, PROT_READ, 0, -1, 0);
	line(ret_hex(), "mmap(NULL, 4096, PROT_READ, MAP_FILE, -1, 0)");
	SC(SYS_mmap, NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	line(ret_hex(), "mmap(NULL, 0, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)");
	SC(SYS_mmap, NULL, 4096, PROT_READ, MAP_SHARED, -1, 0);
	line(ret_hex(), "mmap(NULL, 4096, PROT_READ, MAP_SHARED, -1, 0)");
	a = (void *)SC(SYS_mmap, NULL, 4096, PROT_READ | 0x100, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	line(ret_hex(), "mmap(NULL, 4096, PROT_READ|0x100, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)");
	SC(SYS_munmap, a, 4096);
	line(ret(), "munmap(%p, 4096)", a);
	SC(SYS_munmap, (void *)0x1001, 4096);
	line(ret(), "munmap(0x1001, 4096)");
	e2e_exit(0);
}
