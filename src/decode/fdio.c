// SPDX-License-Identifier: MIT
/*
 * Arguments of calls on descriptors that are not plain flags: the loff_t
 * offsets splice and copy_file_range read ([N]), and the offset sendfile
 * reads and advances ([N] => [M]).
 */
#include <inttypes.h>

#include "fmt.h"
#include "util/unaligned.h"

/* splice, copy_file_range: [-1] read at entry, or the address. */
bool fmt_loff_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
		 const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, 8, false);

	(void)o;
	if (p)
		strbuf_addf(out, "[%" PRId64 "]", (int64_t)load_u64(p, 0));
	return true;
}

/*
 * sendfile: the offset passed in, then " => " the one the kernel left when it
 * sent something (strace prints both unsigned).
 */
bool fmt_loff_inout(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	const struct sct_blob *in = fmt_mem_entry(ev, i, 8), *last = fmt_mem(ev, i, 8);

	(void)o;
	if (!in)
		in = last;
	if (!ev->args[i] || !in) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	strbuf_addf(out, "[%" PRIu64 "]", load_u64(sct_blob_data(in), 0));
	if (sc_event_failed(ev) || !ev->ret)
		return true;
	strbuf_adds(out, " => ");
	if (last && last != in)
		strbuf_addf(out, "[%" PRIu64 "]", load_u64(sct_blob_data(last), 0));
	else
		fmt_addr(out, ev->args[i]);
	return true;
}
