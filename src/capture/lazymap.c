// SPDX-License-Identifier: MIT
/*
 * A BPF map's shared mapping made LAZYMAP_CHUNK bytes at a time, the first
 * time the reader needs a byte of a piece, and kept until the end. The whole
 * range is reserved at open (PROT_NONE) so that pieces land where the reader
 * expects them: a record that runs across two pieces reads in place. Both
 * map types allow a mapping of any page-aligned part (array_map_mmap and
 * ringbuf_map_mmap_kern check only the bounds).
 *
 * A MAP_FIXED mmap that fails may have removed the reservation under it
 * first (older kernels do): the range is reserved again, and where that
 * cannot be done (the reservation is still there, or something else took
 * the hole meanwhile: we cannot tell which) its pieces are lost, never
 * mapped over nor unmapped again.
 */
#include "lazymap.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/mman.h>

enum { PIECE_RESERVED, PIECE_MAPPED, PIECE_LOST };

int lazymap_open(struct lazymap *m, int fd, off_t file_off, size_t size, int prot)
{
	*m = (struct lazymap){ .fd = fd, .file_off = file_off, .size = size, .prot = prot };
	m->nchunks = (size + LAZYMAP_CHUNK - 1) / LAZYMAP_CHUNK;
	m->chunk_state = calloc(m->nchunks ? m->nchunks : 1, 1);
	if (!m->chunk_state)
		return -ENOMEM;
	m->base = mmap(NULL, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (m->base == MAP_FAILED) {
		int err = -errno;

		free(m->chunk_state);
		*m = (struct lazymap){ .fd = -1 };
		return err;
	}
	return 0;
}

/* Bytes [off, len) of chunks [first, end): the last chunk may be short. */
static size_t chunks_len(const struct lazymap *m, size_t first, size_t end, size_t *off)
{
	*off = first * LAZYMAP_CHUNK;
	return (end * LAZYMAP_CHUNK > m->size ? m->size : end * LAZYMAP_CHUNK) - *off;
}

static void set_state(struct lazymap *m, size_t first, size_t end, uint8_t state)
{
	for (size_t i = first; i < end; i++)
		m->chunk_state[i] = state;
}

/* Map chunks [first, end) over the reservation, in one call. */
static int map_chunks(struct lazymap *m, size_t first, size_t end)
{
	size_t off, len = chunks_len(m, first, end, &off);
	void *p = mmap(m->base + off, len, m->prot, MAP_SHARED | MAP_FIXED, m->fd,
		       m->file_off + (off_t)off);
	int err;

	if (p != MAP_FAILED) {
		set_state(m, first, end, PIECE_MAPPED);
		m->nmapped += end - first;
		return 0;
	}
	err = -errno;
	/*
	 * Reserved again when the failed mmap left a hole; when it did not
	 * (EEXIST), or something else took the hole meanwhile, the range is
	 * left alone for good.
	 */
	p = mmap(m->base + off, len, PROT_NONE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
	if (p != m->base + off) {
		if (p != MAP_FAILED) /* a kernel that takes NOREPLACE for a hint */
			munmap(p, len);
		set_state(m, first, end, PIECE_LOST);
	}
	return err;
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

		if (m->chunk_state[i] == PIECE_MAPPED)
			continue;
		if (m->chunk_state[i] == PIECE_LOST)
			return -EFAULT;
		while (end <= last && m->chunk_state[end] == PIECE_RESERVED)
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
	if (m->nchunks && m->chunk_state[m->nchunks - 1] == PIECE_MAPPED)
		bytes -= m->nchunks * LAZYMAP_CHUNK - m->size;
	return bytes;
}

void lazymap_close(struct lazymap *m)
{
	if (m->base && m->base != MAP_FAILED) {
		/* every run of chunks that is ours, mapped or reserved: not the lost ones */
		for (size_t i = 0, end; i < m->nchunks; i = end) {
			size_t off, len;

			for (end = i + 1; end < m->nchunks && (m->chunk_state[end] == PIECE_LOST) ==
								      (m->chunk_state[i] == PIECE_LOST);
			     end++)
				;
			len = chunks_len(m, i, end, &off);
			if (m->chunk_state[i] != PIECE_LOST)
				munmap(m->base + off, len);
		}
	}
	free(m->chunk_state);
	*m = (struct lazymap){ .fd = -1 };
}
