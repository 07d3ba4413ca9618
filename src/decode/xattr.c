// SPDX-License-Identifier: MIT
/*
 * The extended attribute calls: a value (setxattr's, its size the next
 * argument; getxattr's, its size the return value) prints as a string
 * without its trailing NUL, or as its address past XATTR_SIZE_MAX; a name
 * list (listxattr) prints as a string of the returned size.
 */
#include "fmt.h"
#include "xlat_newsys.h"

#define XATTR_VALUE_MAX 65536 /* XATTR_SIZE_MAX */

/* size bytes at argument i, the first captured: "foo\0bar"... */
static void print_value(struct strbuf *out, const struct sc_event *ev, unsigned i, uint64_t size,
			const struct decode_opts *o)
{
	const struct sct_blob *b = sc_event_blob(ev, i);
	const char *d;
	unsigned len;

	if (size > XATTR_VALUE_MAX || !ev->args[i] || !b || b->kind != SCT_BLOB_MEM ||
	    (b->flags & SCT_BLOB_FAULT)) {
		fmt_addr(out, ev->args[i]);
		return;
	}
	d = sct_blob_data(b);
	len = b->len < o->str_max ? b->len : o->str_max;
	if (len > size)
		len = (unsigned)size;
	/* the whole value shown: a NUL that ends it is not printed */
	if (len == size && len && !d[len - 1]) {
		format_quoted(out, d, len - 1, false, o);
		return;
	}
	format_quoted(out, d, len, size > len, o);
}

bool fmt_xattr_value_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
			const struct decode_opts *o)
{
	print_value(out, ev, i, ev->args[i + 1], o);
	return true;
}

bool fmt_xattr_value_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
			 const struct decode_opts *o)
{
	print_value(out, ev, i, (uint64_t)ev->ret, o);
	return true;
}

/* The names, the return value's bytes; the address for a size of 0 or a failed call. */
bool fmt_xattr_list(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	if (!ev->args[i + 1]) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	return fmt_buf_out(out, ev, i, o);
}

bool fmt_xattr_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	(void)o;
	print_flags(out, &xattr_flag_names, (uint32_t)ev->args[i]);
	return true;
}
