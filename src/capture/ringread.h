/* SPDX-License-Identifier: MIT */
/*
 * Reading BPF ring buffers (BPF_MAP_TYPE_RINGBUF) with the data mapped once
 * (ringread.c): libbpf's ring_buffer maps it twice so that a record that
 * wraps reads in place, which doubles what the kernel populates at each
 * start. The shape of libbpf's ring_buffer__* calls.
 */
#ifndef SCT_CAPTURE_RINGREAD_H
#define SCT_CAPTURE_RINGREAD_H

#include <stddef.h>

/* One record: its bytes, valid during the call only. A negative return stops the read. */
typedef int (*ringread_fn)(void *ctx, void *data, size_t size);

struct ringread;

struct ringread *ringread_new(void);
/* Read the ring buffer map map_fd too; 0 or -errno. */
int ringread_add(struct ringread *rr, int map_fd, ringread_fn fn, void *ctx);
/* Wait up to timeout_ms for a ring to have records (ringread_consume reads them): 0 or -errno. */
int ringread_wait(struct ringread *rr, int timeout_ms);
/* Read every ring's records now; how many, or -errno. */
int ringread_consume(struct ringread *rr);
/* Bytes of the rings' producer pages and data mapped so far, and of all of them (--debug). */
void ringread_mapped(const struct ringread *rr, size_t *mapped, size_t *total);
/* Drop what every ring holds now, unread (no program may be writing). */
void ringread_skip(struct ringread *rr);
void ringread_free(struct ringread *rr);

#endif
