// SPDX-License-Identifier: MIT
/*
 * The piecewise mapping of lanes and ring buffers (src/capture/lazymap.c), on a memfd:
 * nothing mapped at open, a piece mapped whole the first time one of its bytes is needed,
 * a range across pieces mapped in place (its bytes read where they are in the file), the
 * short last piece, a range past the end refused, and the byte count --debug prints. A
 * piece whose mmap fails is lost for good: not tried again, not unmapped at close.
 */
#include "../../src/capture/lazymap.h"
#include "check.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#define FILE_OFF 4096u
#define SIZE (4 * LAZYMAP_CHUNK + 8192u) /* four pieces and a short one */

static uint8_t pattern(size_t file_pos)
{
	return (uint8_t)(file_pos * 7 + file_pos / 251);
}

/* Whether bytes [off, off + len) of the mapping hold the file's bytes from FILE_OFF + off. */
static int holds(const struct lazymap *m, size_t off, size_t len)
{
	for (size_t i = off; i < off + len; i++)
		if (m->base[i] != pattern(FILE_OFF + i))
			return 0;
	return 1;
}

int main(void)
{
	static uint8_t file[FILE_OFF + SIZE];
	struct lazymap m;
	int fd = memfd_create("lazymap", 0);

	for (size_t i = 0; i < sizeof(file); i++)
		file[i] = pattern(i);
	CHECK(fd >= 0 && write(fd, file, sizeof(file)) == (ssize_t)sizeof(file));
	CHECK(lazymap_open(&m, fd, FILE_OFF, SIZE, PROT_READ) == 0);
	CHECK(lazymap_mapped_bytes(&m) == 0);

	CHECK(lazymap_need(&m, 10, 1) == 0);
	CHECK(lazymap_mapped_bytes(&m) == LAZYMAP_CHUNK);
	CHECK(holds(&m, 0, LAZYMAP_CHUNK));

	CHECK(lazymap_need(&m, LAZYMAP_CHUNK + 5, 0) == 0); /* nothing needed, nothing mapped */
	CHECK(lazymap_mapped_bytes(&m) == LAZYMAP_CHUNK);

	/* across the fourth piece and the short fifth: both, in one range */
	CHECK(lazymap_need(&m, 4 * LAZYMAP_CHUNK - 4, 8) == 0);
	CHECK(lazymap_mapped_bytes(&m) == 2 * LAZYMAP_CHUNK + 8192);
	CHECK(holds(&m, 3 * LAZYMAP_CHUNK, LAZYMAP_CHUNK + 8192));

	CHECK(lazymap_need(&m, SIZE - 1, 2) == -ERANGE);
	CHECK(lazymap_need(&m, SIZE + 1, 1) == -ERANGE);

	/* all of it: the two pieces left, then every byte in place */
	CHECK(lazymap_need(&m, 0, SIZE) == 0);
	CHECK(lazymap_mapped_bytes(&m) == SIZE);
	CHECK(holds(&m, 0, SIZE));
	CHECK(lazymap_need(&m, SIZE - 1, 2) == -ERANGE); /* all mapped: still past the end */

	lazymap_close(&m);
	CHECK(m.base == NULL && m.chunk_state == NULL);

	/* a shared writable mapping of a read-only descriptor: the mmap fails */
	char path[64];
	unsigned char vec;
	int ro;
	uint8_t *base;

	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	ro = open(path, O_RDONLY);
	CHECK(ro >= 0 && lazymap_open(&m, ro, FILE_OFF, SIZE, PROT_READ | PROT_WRITE) == 0);
	base = m.base;
	CHECK(lazymap_need(&m, 10, 1) == -EACCES);
	CHECK(lazymap_need(&m, 10, 1) == -EFAULT); /* lost: not tried again */
	CHECK(lazymap_need(&m, LAZYMAP_CHUNK, 1) == -EACCES); /* the next piece is tried */
	CHECK(lazymap_mapped_bytes(&m) == 0);
	lazymap_close(&m);
	/* the lost pieces are left as they were (reserved here), the rest unmapped */
	CHECK(mincore(base, 4096, &vec) == 0);
	CHECK(mincore(base + 2 * LAZYMAP_CHUNK, 4096, &vec) == -1 && errno == ENOMEM);
	close(ro);
	close(fd);
	return check_done("lazymap");
}
