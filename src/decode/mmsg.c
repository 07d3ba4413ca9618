// SPDX-License-Identifier: MIT
/*
 * sendmmsg's and recvmmsg's struct mmsghdr arrays, as strace 6.1 prints them
 * after the call: [{msg_hdr={...}, msg_len=N}, ...], -s elements at most
 * (IOV_MAX without abbreviation). The kernel side captures the array, at exit
 * each element's name, iovec and control apart (SCT_CAP_MMSG), and for
 * recvmmsg the array at entry too, for the msg_namelen passed in
 * ("msg_namelen=0 => 38"). Element j's parts print as a msghdr's (iov.c).
 */
#include "mmsg.h"

#include <limits.h>

#include "iov.h"
#include "select.h"

static struct msg_tags elem_tags(unsigned j)
{
	struct msg_tags t = { SCT_AUX_MMSG_NAME(j), SCT_AUX_MMSG_CONTROL(j), SCT_AUX_MMSG_IOV(j),
			      SCT_AUX_MMSG_DATA(j, 0) };

	return t;
}

/* The array blob (aux 0) of argument i: the first (entry) or the last (exit) one. */
static const struct sct_blob *vec_blob(const struct sc_event *ev, unsigned i, bool first)
{
	const struct sct_blob *found = NULL;

	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *b = ev->blobs[k];

		if (b->arg != i || b->kind != SCT_BLOB_MEM || b->aux)
			continue;
		found = b;
		if (first)
			break;
	}
	if (found && (found->flags & SCT_BLOB_FAULT))
		return NULL;
	return found;
}

/* How many whole elements blob b holds (a fault cuts the array at a page). */
static unsigned vec_elems(const struct sct_blob *b)
{
	return b ? b->len / SCT_MMSG_SIZE : 0;
}

/*
 * The array at exit, count elements (after the abbreviation, -s), those
 * with_len of them printing their msg_len; namelens: the array at entry
 * (recvmmsg) or NULL; max: the elements strace reads at most.
 */
static void print_vec(struct strbuf *out, const struct sc_event *ev, unsigned i, uint64_t count,
		      uint64_t with_len, const struct sct_blob *namelens, uint64_t max, bool recv,
		      const struct decode_opts *o)
{
	const struct sct_blob *b = vec_blob(ev, i, false);
	uint64_t addr = ev->args[i], shown = o->verbose ? count : o->str_max;
	unsigned have = vec_elems(b), nl_have = vec_elems(namelens);

	if (!addr) {
		strbuf_adds(out, "NULL");
		return;
	}
	if (!count) {
		strbuf_adds(out, "[]");
		return;
	}
	if (!have) {
		fmt_addr(out, addr);
		return;
	}
	strbuf_addc(out, '[');
	for (uint64_t j = 0; j < count; j++) {
		const char *e;
		struct msg_tags t;

		if (j)
			strbuf_adds(out, ", ");
		if (j >= have) { /* unread: a fault at its page, or past the capture */
			if (b->flags & SCT_BLOB_TRUNC)
				strbuf_addf(out, "... /* %#llx */",
					    (unsigned long long)(addr + j * SCT_MMSG_SIZE));
			else
				strbuf_adds(out, "...");
			break;
		}
		if (j >= shown || j >= max) {
			strbuf_adds(out, "...");
			break;
		}
		e = sct_blob_data(b) + j * SCT_MMSG_SIZE;
		t = elem_tags((unsigned)j);
		strbuf_adds(out, "{msg_hdr=");
		print_msghdr_tagged(out, ev, i, e, recv ? load_u32(e, 56) : UINT64_MAX,
				    namelens && j < nl_have
					    ? (int64_t)load_u32(sct_blob_data(namelens),
								j * SCT_MMSG_SIZE + 8)
					    : -1,
				    &t, o);
		if (j < with_len)
			strbuf_addf(out, ", msg_len=%u", load_u32(e, 56));
		strbuf_addc(out, '}');
	}
	strbuf_addc(out, ']');
}

/* sendmmsg's: the vector as the call left it, msg_len for those it sent */
bool fmt_mmsgvec_send(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	bool failed = sc_event_failed(ev);

	print_vec(out, ev, i, (uint32_t)ev->args[i + 1], failed ? 0 : (uint64_t)ev->ret, NULL,
		  IOV_MAX, false, o);
	return true;
}

/* recvmmsg's: the elements it filled; the address after a failure */
bool fmt_mmsgvec_recv(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	const struct sct_blob *entry = vec_blob(ev, i, true), *exit = vec_blob(ev, i, false);
	uint64_t max = IOV_MAX;

	if (sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	if (entry == exit) /* no entry copy: the lengths passed in are unknown */
		entry = NULL;
	else if (entry && !(entry->flags & SCT_BLOB_TRUNC) && vec_elems(entry) < max &&
		 vec_elems(entry) < (uint32_t)ev->args[i + 1])
		max = vec_elems(entry); /* strace stops where its read at entry stopped */
	print_vec(out, ev, i, (uint64_t)ev->ret, (uint64_t)ev->ret, entry, max, true, o);
	return true;
}

unsigned mmsg_elems(const struct sc_event *ev, unsigned i, const char **vec)
{
	const struct sct_blob *b = vec_blob(ev, i, false);

	*vec = b ? sct_blob_data(b) : NULL;
	return vec_elems(b);
}

void mmsg_each_buffer(const struct sc_event *ev, unsigned i, unsigned j, uint64_t total,
		      iov_buffer_fn *fn, void *ctx)
{
	struct msg_tags t = elem_tags(j);

	iov_each_buffer_tagged(ev, i, total, &t, fn, ctx);
}

void print_recvmmsg_ret(struct strbuf *out, const struct sc_event *ev, const struct decode_opts *o)
{
	struct strbuf left;

	strbuf_add_s64(out, ev->ret);
	if (!ev->ret) {
		strbuf_adds(out, " (Timeout)");
		return;
	}
	if (o && o->nonverbose)
		return;
	strbuf_init(&left);
	print_timeout_left(&left, ev, 4); /* ", left {...}" */
	if (left.len > 2)
		strbuf_addf(out, " (%s)", left.data + 2);
	strbuf_free(&left);
}
