// SPDX-License-Identifier: MIT
/*
 * Flag arguments of newer calls that need no structure: memfd_secret's
 * flags, pkey_alloc's access rights, userfaultfd's flags; arrays read up to
 * a fault (print_array_prefix): process_madvise's iovec, futex_waitv's waiters.
 */
#include "fmt.h"
#include "xlat_newsys.h"

#define FUTEX_WAITV_MAX_WAITERS 128 /* FUTEX_WAITV_MAX */

FLAGS_FMT(fmt_memfd_secret_flags, memfd_secret_flag_names, uint32_t)
FLAGS_FMT(fmt_pkey_access, pkey_access_names, uint64_t)
FLAGS_FMT(fmt_uffd_flags, uffd_flag_names, uint32_t)

/*
 * An array the call reads, captured as SCT_CAP_ARRAY_PREFIX, as strace's
 * print_array: [e, e], "..." past -s elements (not with -v), "... / * 0x... * /"
 * where a fault cut it, its address when the first element faults.
 */
void print_array_prefix(struct strbuf *out, const struct sc_event *ev, unsigned i, uint64_t count,
			unsigned elem, array_elem_fn *fn, const struct decode_opts *o)
{
	const struct sct_blob *b = sc_event_blob(ev, i);
	uint64_t addr = ev->args[i], have;

	if (!addr) {
		strbuf_adds(out, "NULL");
		return;
	}
	if (!count) {
		strbuf_adds(out, "[]");
		return;
	}
	if (count > UINT64_MAX / elem || addr + count * elem <= addr || !b ||
	    b->kind != SCT_BLOB_MEM || (b->flags & SCT_BLOB_FAULT) || b->len < elem) {
		fmt_addr(out, addr);
		return;
	}
	have = b->len / elem;
	strbuf_addc(out, '[');
	for (uint64_t k = 0; k < count; k++) {
		if (k)
			strbuf_adds(out, ", ");
		if (k >= have) { /* unread: a fault, or past what the capture holds */
			strbuf_adds(out, "...");
			if (b->flags & SCT_BLOB_TRUNC)
				strbuf_addf(out, " /* %#llx */", (unsigned long long)(addr + k * elem));
			break;
		}
		if (!o->verbose && k >= o->str_max) {
			strbuf_adds(out, "...");
			break;
		}
		if (!fn(out, sct_blob_data(b) + k * elem, k, o))
			break;
	}
	strbuf_addc(out, ']');
}

/* process_madvise's iovec: the addresses and sizes only */
static bool print_iov_addr(struct strbuf *out, const char *e, uint64_t idx,
			   const struct decode_opts *o)
{
	(void)idx;
	(void)o;
	strbuf_adds(out, "{iov_base=");
	fmt_addr(out, load_u64(e, 0));
	strbuf_addf(out, ", iov_len=%llu}", (unsigned long long)load_u64(e, 8));
	return true;
}

bool fmt_iovec_addrs(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	print_array_prefix(out, ev, i, ev->args[i + 1], 16, print_iov_addr, o);
	return true;
}

/* futex_waitv's struct futex_waitv: at most FUTEX_WAITV_MAX of them */
static bool print_waiter(struct strbuf *out, const char *e, uint64_t idx,
			 const struct decode_opts *o)
{
	(void)o;
	if (idx >= FUTEX_WAITV_MAX_WAITERS) {
		strbuf_adds(out, "...");
		return false;
	}
	strbuf_addf(out, "{val=%#llx, uaddr=", (unsigned long long)load_u64(e, 0));
	fmt_addr(out, load_u64(e, 8));
	strbuf_adds(out, ", flags=");
	print_flags(out, &futex_waiter_flag_names, load_u32(e, 16));
	if (load_u32(e, 20))
		strbuf_addf(out, ", __reserved=%#x", load_u32(e, 20));
	strbuf_addc(out, '}');
	return true;
}

bool fmt_futex_waiters(struct strbuf *out, const struct sc_event *ev, unsigned i,
		       const struct decode_opts *o)
{
	print_array_prefix(out, ev, i, (uint32_t)ev->args[i + 1], 24, print_waiter, o);
	return true;
}
