/* SPDX-License-Identifier: MIT */
/* Formatters of iovec arrays and struct msghdr (iov.c). */
#ifndef SCT_DECODE_IOV_H
#define SCT_DECODE_IOV_H

#include "fmt.h"

arg_fmt_fn fmt_iovec_in, fmt_iovec_out, fmt_msghdr_in, fmt_msghdr_out;
/*
 * The blob tags (aux) of a msghdr's parts: its name, control, iovec array and
 * the data of iovec element k (data + k). msg_tags_plain: sendmsg's, recvmsg's.
 */
struct msg_tags {
	unsigned name, control, iov, data;
};
extern const struct msg_tags msg_tags_plain;
/*
 * struct msghdr m (56 bytes) of argument i, its parts in the blobs t names:
 * {msg_name=..., msg_namelen=N, msg_iov=[...], ...}; avail: the data bytes
 * the call moved (UINT64_MAX: all); namelen_in: the length passed in (recvmsg:
 * "110 => 16" when the call changed it), or -1.
 */
void print_msghdr_tagged(struct strbuf *out, const struct sc_event *ev, unsigned i, const char *m,
			uint64_t avail, int64_t namelen_in, const struct msg_tags *t,
			const struct decode_opts *o);
/*
 * For -e read=/write= dumps: each buffer of the iovec of argument i (an iovec,
 * or a msghdr's msg_iov) that holds some of the total bytes the call moved,
 * with the captured data (len bytes of the size that buffer moved).
 */
typedef void iov_buffer_fn(void *ctx, unsigned index, const unsigned char *data, unsigned len,
			   uint64_t size);
void iov_each_buffer(const struct sc_event *ev, unsigned i, uint64_t total, iov_buffer_fn *fn,
		     void *ctx);
void iov_each_buffer_tagged(const struct sc_event *ev, unsigned i, uint64_t total,
			    const struct msg_tags *t, iov_buffer_fn *fn, void *ctx);
/*
 * msg_control of controllen bytes at uptr, c its captured bytes (NULL if
 * unreadable): [{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS,
 * cmsg_data=[3]}], or the address (cmsg.c).
 */
void print_msg_control(struct strbuf *out, const struct sct_blob *c, uint64_t uptr,
		       uint64_t controllen, const struct decode_opts *o);
/* A control message's type, then ", cmsg_data=..." for the types strace decodes (cmsg.c). */
void print_cmsg_type_data(struct strbuf *out, uint32_t level, uint32_t type, const char *data,
			  uint64_t len, const struct decode_opts *o);
/* A struct sockaddr of len bytes (net.c). */
void decode_sockaddr(struct strbuf *out, const void *p, unsigned len, const struct decode_opts *o);
/* A network interface index: if_nametoindex("lo") when decode_opts.if_name knows it (net.c). */
void print_ifindex(struct strbuf *out, unsigned index, const struct decode_opts *o);

#endif
