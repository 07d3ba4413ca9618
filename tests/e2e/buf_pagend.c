// SPDX-License-Identifier: MIT
// Buffers longer than -s whose -s + 1 bytes cross into an unmapped page print as their address.
// TRACE: -e trace=write,writev,add_key,exit_group
// START: first
#include "e2e.h"
#include <sys/mman.h>
#include <sys/uio.h>

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *end = page + 4096, *p = end - 32;
	struct iovec iov = { p, 33 };

	e2e_write_from_child = 1; /* writev is traced */
	munmap(end, 4096);
	memset(p, 'x', 32);
	/* 32 bytes readable, as many as -s shows: strace still reads one more */
	SC(SYS_write, -1, p, 33);
	line(ret(), "write(-1, %p, 33)", (void *)p);
	SC(SYS_writev, -1, &iov, 1);
	line(ret(), "writev(-1, [{iov_base=%p, iov_len=33}], 1)", (void *)p);
	SC(SYS_add_key, NULL, NULL, p, 33, -1);
	line(ret(), "add_key(NULL, NULL, %p, 33, KEY_SPEC_THREAD_KEYRING)", (void *)p);
	/* 32 bytes asked for: all readable */
	SC(SYS_write, -1, p, 32);
	line(ret(), "write(-1, %s, 32)", qbuf(p, 32, 32));
	/* 33 readable: 32 shown and "..." */
	p = end - 33;
	memset(p, 'y', 33);
	SC(SYS_write, -1, p, 33);
	line(ret(), "write(-1, %s, 33)", qbuf(p, 33, 32));
	e2e_exit(0);
}
