/* SPDX-License-Identifier: MIT */
/* sendmmsg's and recvmmsg's struct mmsghdr arrays (mmsg.c). */
#ifndef SCT_DECODE_MMSG_H
#define SCT_DECODE_MMSG_H

#include "iov.h"

arg_fmt_fn fmt_mmsgvec_send, fmt_mmsgvec_recv;
/* recvmmsg's return value: "0 (Timeout)", "2 (left {tv_sec=0, tv_nsec=999})" */
void print_recvmmsg_ret(struct strbuf *out, const struct sc_event *ev, const struct decode_opts *o);
/* The elements of argument i's array captured at exit (*vec: their bytes, 64 each). */
unsigned mmsg_elems(const struct sc_event *ev, unsigned i, const char **vec);
/* For -e read=/write= dumps: element j's buffers, as iov_each_buffer. */
void mmsg_each_buffer(const struct sc_event *ev, unsigned i, unsigned j, uint64_t total,
		      iov_buffer_fn *fn, void *ctx);

#endif
