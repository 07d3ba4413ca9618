// SPDX-License-Identifier: MIT
/*
 * BPF ring buffers read with their data mapped once, and only as far as
 * records have reached (lazymap.h). The kernel populates every page of a ring
 * buffer's mapping when it is made (and takes them down at munmap): half of a
 * warm start's CPU went there, and libbpf maps the data twice so that a
 * record that wraps past the end reads in place. Here a record that wraps
 * (rare: records are small against the ring) is copied whole into a scratch
 * buffer instead. The protocol is the kernel's
 * (kernel/bpf/ringbuf.c): a consumer page we write, a producer page and the
 * data we read; each record is an 8-byte header (length, busy and discard
 * bits) then its bytes, padded to 8.
 */
#include "ringread.h"
#include "lazymap.h"

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <unistd.h>
#include <bpf/bpf.h>
#include <linux/bpf.h>

struct ring {
	ringread_fn fn;
	void *ctx;
	int map_fd;
	uint64_t *consumer_pos; /* our page */
	struct lazymap view; /* the kernel's page, then the data */
	const uint64_t *producer_pos;
	const uint8_t *data;
	uint64_t mask; /* data size - 1 */
	size_t page;
};

struct ringread {
	struct ring *rings;
	size_t nrings;
	int epoll_fd;
	uint8_t *scratch; /* a wrapped record, whole */
	size_t scratch_size;
};

struct ringread *ringread_new(void)
{
	struct ringread *rr = calloc(1, sizeof(*rr));

	if (!rr)
		return NULL;
	rr->epoll_fd = epoll_create1(EPOLL_CLOEXEC);
	if (rr->epoll_fd < 0) {
		free(rr);
		return NULL;
	}
	return rr;
}

static int map_ring(struct ring *r, int map_fd)
{
	struct bpf_map_info info;
	__u32 len = sizeof(info);
	void *p;
	int err;

	memset(&info, 0, sizeof(info));
	if (bpf_obj_get_info_by_fd(map_fd, &info, &len))
		return -errno;
	if (info.type != BPF_MAP_TYPE_RINGBUF || !info.max_entries ||
	    (info.max_entries & (info.max_entries - 1)))
		return -EINVAL;
	r->page = (size_t)sysconf(_SC_PAGESIZE);
	r->map_fd = map_fd;
	r->mask = info.max_entries - 1;
	p = mmap(NULL, r->page, PROT_READ | PROT_WRITE, MAP_SHARED, map_fd, 0);
	if (p == MAP_FAILED)
		return -errno;
	r->consumer_pos = p;
	/* the producer page, then the data once: the kernel allows any part of its double map */
	err = lazymap_open(&r->view, map_fd, (off_t)r->page, r->page + info.max_entries, PROT_READ);
	if (!err)
		err = lazymap_need(&r->view, 0, r->page);
	if (err) {
		lazymap_close(&r->view);
		munmap(r->consumer_pos, r->page);
		return err;
	}
	r->producer_pos = (const uint64_t *)r->view.base;
	r->data = r->view.base + r->page;
	return 0;
}

/*
 * Map the data between positions cons and prod, wrapped at the end (a kept
 * ring's positions go on from where the last run left them).
 */
static int ring_need(struct ring *r, uint64_t cons, uint64_t prod)
{
	uint64_t size = r->mask + 1, off = cons & r->mask, n = prod - cons;
	int err;

	if (n > size)
		return -ERANGE;
	err = lazymap_need(&r->view, r->page + off, off + n <= size ? n : size - off);
	if (!err && off + n > size)
		err = lazymap_need(&r->view, r->page, off + n - size);
	return err;
}

int ringread_add(struct ringread *rr, int map_fd, ringread_fn fn, void *ctx)
{
	struct ring *rings = realloc(rr->rings, (rr->nrings + 1) * sizeof(*rings));
	struct epoll_event ev = { .events = EPOLLIN };
	struct ring *r;
	int err;

	if (!rings)
		return -ENOMEM;
	rr->rings = rings;
	r = &rr->rings[rr->nrings];
	memset(r, 0, sizeof(*r));
	r->fn = fn;
	r->ctx = ctx;
	err = map_ring(r, map_fd);
	if (err)
		return err;
	if (epoll_ctl(rr->epoll_fd, EPOLL_CTL_ADD, map_fd, &ev)) {
		err = -errno;
		munmap(r->consumer_pos, r->page);
		lazymap_close(&r->view);
		return err;
	}
	rr->nrings++;
	return 0;
}

/* The bytes of a record of len at data offset off: in place, or copied whole when it wraps. */
static void *record_bytes(struct ringread *rr, const struct ring *r, uint64_t off, uint32_t len)
{
	uint64_t size = r->mask + 1, first;

	if (off + len <= size)
		return (void *)(r->data + off);
	if (len > rr->scratch_size) {
		uint8_t *s = realloc(rr->scratch, len);

		if (!s)
			return NULL;
		rr->scratch = s;
		rr->scratch_size = len;
	}
	first = size - off;
	memcpy(rr->scratch, r->data + off, first);
	memcpy(rr->scratch + first, r->data, len - first);
	return rr->scratch;
}

/* Every record the ring holds now, in order (libbpf's ringbuf_process_ring); how many or -errno. */
static int read_ring(struct ringread *rr, struct ring *r)
{
	uint64_t cons = __atomic_load_n(r->consumer_pos, __ATOMIC_ACQUIRE), prod;
	int n = 0;
	bool more = true;

	while (more) {
		more = false;
		prod = __atomic_load_n(r->producer_pos, __ATOMIC_ACQUIRE);
		if (cons < prod) {
			int err = ring_need(r, cons, prod);

			if (err)
				return err;
		}
		while (cons < prod) {
			uint64_t off = cons & r->mask;
			uint32_t hdr = __atomic_load_n((const uint32_t *)(r->data + off), __ATOMIC_ACQUIRE);
			uint32_t len = hdr & ~(BPF_RINGBUF_BUSY_BIT | BPF_RINGBUF_DISCARD_BIT);

			if (hdr & BPF_RINGBUF_BUSY_BIT)
				return n; /* still being written: the rest waits for the next read */
			more = true;
			cons += (len + BPF_RINGBUF_HDR_SZ + 7) / 8 * 8;
			if (!(hdr & BPF_RINGBUF_DISCARD_BIT)) {
				void *data = record_bytes(rr, r, (off + BPF_RINGBUF_HDR_SZ) & r->mask, len);
				int err = data ? r->fn(r->ctx, data, len) : -ENOMEM;

				if (err < 0) {
					__atomic_store_n(r->consumer_pos, cons, __ATOMIC_RELEASE);
					return err;
				}
				n++;
			}
			__atomic_store_n(r->consumer_pos, cons, __ATOMIC_RELEASE);
		}
	}
	return n;
}

int ringread_consume(struct ringread *rr)
{
	int total = 0;

	for (size_t i = 0; i < rr->nrings; i++) {
		int n = read_ring(rr, &rr->rings[i]);

		if (n < 0)
			return n;
		total += n;
	}
	return total;
}

void ringread_mapped(const struct ringread *rr, size_t *mapped, size_t *total)
{
	*mapped = *total = 0;
	for (size_t i = 0; i < rr->nrings; i++) {
		*mapped += lazymap_mapped_bytes(&rr->rings[i].view);
		*total += rr->rings[i].view.size;
	}
}

void ringread_skip(struct ringread *rr)
{
	for (size_t i = 0; i < rr->nrings; i++) {
		struct ring *r = &rr->rings[i];

		__atomic_store_n(r->consumer_pos, __atomic_load_n(r->producer_pos, __ATOMIC_ACQUIRE),
				 __ATOMIC_RELEASE);
	}
}

int ringread_wait(struct ringread *rr, int timeout_ms)
{
	struct epoll_event ev;

	return epoll_wait(rr->epoll_fd, &ev, 1, timeout_ms) < 0 ? -errno : 0;
}

void ringread_free(struct ringread *rr)
{
	if (!rr)
		return;
	for (size_t i = 0; i < rr->nrings; i++) {
		munmap(rr->rings[i].consumer_pos, rr->rings[i].page);
		lazymap_close(&rr->rings[i].view);
	}
	close(rr->epoll_fd);
	free(rr->rings);
	free(rr->scratch);
	free(rr);
}
