// SPDX-License-Identifier: MIT
/*
 * A BPF map's shared mapping made LAZYMAP_CHUNK bytes at a time, the first
 * time the reader needs a byte of a piece, and kept until the end. The whole
 * range is reserved at open (PROT_NONE) so that pieces land where the reader
 * expects them: a record that runs across two pieces reads in place. Both
 * map types allow a mapping of any page-aligned part (array_map_mmap and
 * ringbuf_map_mmap_kern check only the bounds).
 */
#include "lazymap.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/mman.h>

int lazymap_open(struct lazymap *m, int fd, off_t file_off, size_t size, int prot)
{
	*m = (struct lazymap){ .fd = fd, .file_off = file_off, .size = size, .prot = prot };
	m->nchunks = (size + LAZYMAP_CHUNK - 1) / LAZYMAP_CHUNK;
	m->chunk_mapped = calloc(m->nchunks ? m->nchunks : 1, 1);
	if (!m->chunk_mapped)
		return -ENOMEM;
	m->base = mmap(NULL, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (m->base == MAP_FAILED) {
		int err = -errno;

		free(m->chunk_mapped);
		*m = (struct lazymap){ .fd = -1 };
		return err;
	}
	return 0;
}

/* Map chunks [first, end) over the reservation, in one call. */
static int map_chunks(struct lazymap *m, size_t first, size_t end)
{
	size_t off = first * LAZYMAP_CHUNK, len = end * LAZYMAP_CHUNK - off;
	void *p;

	if (off + len > m->size)
		len = m->size - off;
	p = mmap(m->base + off, len, m->prot, MAP_SHARED | MAP_FIXED, m->fd, m->file_off + (off_t)off);
	if (p == MAP_FAILED)
		return -errno;
	for (size_t i = first; i < end; i++)
		m->chunk_mapped[i] = 1;
	m->nmapped += end - first;
	return 0;
}

int lazymap_need(struct lazymap *m, size_t off, size_t len)
{
	size_t i, last;

	if (off > m->size || len > m->size - off)
		return -ERANGE;
	if (m->nmapped == m->nchunks || !len)
		return 0;
	last = (off + len - 1) / LAZYMAP_CHUNK;
	for (i = off / LAZYMAP_CHUNK; i <= last; i++) {
		size_t end = i;
		int err;

		if (m->chunk_mapped[i])
			continue;
		while (end <= last && !m->chunk_mapped[end])
			end++;
		err = map_chunks(m, i, end);
		if (err)
			return err;
		i = end - 1;
	}
	return 0;
}

size_t lazymap_mapped_bytes(const struct lazymap *m)
{
	size_t bytes = m->nmapped * LAZYMAP_CHUNK;

	/* the last chunk may be short */
	if (m->nchunks && m->chunk_mapped[m->nchunks - 1])
		bytes -= m->nchunks * LAZYMAP_CHUNK - m->size;
	return bytes;
}

void lazymap_close(struct lazymap *m)
{
	if (m->base && m->base != MAP_FAILED)
		munmap(m->base, m->size);
	free(m->chunk_mapped);
	*m = (struct lazymap){ .fd = -1 };
}
