/* SPDX-License-Identifier: MIT */
/*
 * A shared mapping of a BPF map (lanes, ring buffers) made piece by piece as
 * the reader reaches it (lazymap.c). The kernel populates every page of such
 * a mapping when it is made and takes them down at munmap: for 8 MiB rings
 * that was a third of a warm start's CPU, while a short trace reads a few
 * KiB of each ring.
 */
#ifndef SCT_CAPTURE_LAZYMAP_H
#define SCT_CAPTURE_LAZYMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* Pieces are mapped this many bytes at a time (a multiple of the page size). */
#define LAZYMAP_CHUNK (256u << 10)

struct lazymap {
	uint8_t *base; /* address space for all of it, reserved at open */
	size_t size;
	off_t file_off; /* the map's offset of base */
	int fd;
	int prot;
	uint8_t *chunk_state; /* per LAZYMAP_CHUNK: reserved, mapped or lost (lazymap.c) */
	size_t nchunks, nmapped;
};

/*
 * Reserve size bytes of address space for the map fd's bytes from file_off
 * (page-aligned), mapped nowhere yet; 0 or -errno.
 */
int lazymap_open(struct lazymap *m, int fd, off_t file_off, size_t size, int prot);
/*
 * Make bytes [off, off + len) of it readable (and writable with PROT_WRITE);
 * 0 or -errno (-EFAULT: a piece an earlier failure lost).
 */
int lazymap_need(struct lazymap *m, size_t off, size_t len);
/* Bytes mapped so far (--debug). */
size_t lazymap_mapped_bytes(const struct lazymap *m);
void lazymap_close(struct lazymap *m);

#endif
