// SPDX-License-Identifier: MIT
/*
 * select and pselect6 as strace prints them: the fd_sets and the timeout as
 * they were at entry, and after the call "N (in [3], out [4], left {...})"
 * or "0 (Timeout)". The kernel rewrites all of them, so these calls always
 * get an ENTER record (SCT_SCF_ENTER_ALWAYS): their first copy of each
 * argument is the entry value, the last one what the call left there.
 */
#include "select.h"

#include "fmt.h"

#define FDSET_WORDS_MAX (SCT_FDSET_CAP / 8)

/*
 * [3 4] of the bits below nfds, or the address when the set was not read;
 * o (the sets passed in) adds -y's descriptions, as strace does.
 */
static void print_fdset(struct strbuf *out, const struct sct_blob *b, uint64_t uptr, uint64_t nfds,
			const struct decode_opts *o)
{
	const char *p;
	bool first = true;

	if (!uptr || !b) {
		fmt_addr(out, uptr);
		return;
	}
	p = sct_blob_data(b);
	strbuf_addc(out, '[');
	for (uint64_t fd = 0; fd < nfds && fd / 8 < b->len; fd++) {
		if (!(p[fd / 8] & (1u << (fd % 8))))
			continue;
		strbuf_adds(out, first ? "" : " ");
		strbuf_add_u64(out, fd);
		if (o)
			decode_fd_suffix(out, (int)fd, o);
		first = false;
	}
	strbuf_addc(out, ']');
}

/* The copy of argument i read at entry: the first of two, or the only one. */
static const struct sct_blob *entry_copy(const struct sc_event *ev, unsigned i)
{
	const struct sct_blob *b = fmt_mem_entry(ev, i, 0);

	return b ? b : fmt_mem(ev, i, 0);
}

bool fmt_fdset(struct strbuf *out, const struct sc_event *ev, unsigned i,
	       const struct decode_opts *o)
{
	print_fdset(out, entry_copy(ev, i), ev->args[i], ev->args[0], o);
	return true;
}

/* The timeout passed in: select's struct timeval, pselect6's struct timespec. */
bool fmt_select_timeout(struct strbuf *out, const struct sc_event *ev, unsigned i,
			const struct decode_opts *o)
{
	const struct sct_blob *b = entry_copy(ev, i);

	(void)o;
	if (!ev->args[i] || !b || b->len < 16) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	if (ev->desc && ev->desc->arg[i] == AT_SELECT_TIMEVAL)
		print_timeval(out, sct_blob_data(b));
	else
		print_timespec(out, sct_blob_data(b));
	return true;
}

/* pselect6's sixth argument, struct { const sigset_t *ss; size_t ss_len; }. */
bool fmt_pselect_sigmask(struct strbuf *out, const struct sc_event *ev, unsigned i,
			 const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, 16, false);
	const struct sct_blob *set = fmt_aux_blob(ev, i, SCT_AUX_POINTEE, false);

	if (!p)
		return true;
	strbuf_adds(out, "{sigmask=");
	if (set && set->len >= 8)
		print_sigset(out, load_u64(sct_blob_data(set), 0), o->xlat);
	else
		fmt_addr(out, load_u64(p, 0));
	strbuf_addf(out, ", sigsetsize=%llu}", (unsigned long long)load_u64(p, 8));
	return true;
}

/* "in [3]" for a set the call left non-empty. */
static void add_result_set(struct strbuf *out, const struct sc_event *ev, unsigned i,
			   const char *name, bool *first)
{
	const struct sct_blob *b = fmt_mem(ev, i, 0);
	const char *p;
	bool any = false;

	if (!ev->args[i] || !b)
		return;
	p = sct_blob_data(b);
	for (unsigned k = 0; k < b->len && !any; k++)
		any = p[k] != 0;
	if (!any)
		return;
	strbuf_adds(out, *first ? "" : ", ");
	strbuf_adds(out, name);
	strbuf_addc(out, ' ');
	print_fdset(out, b, ev->args[i], ev->args[0], NULL);
	*first = false;
}

void print_timeout_left(struct strbuf *out, const struct sc_event *ev, unsigned i)
{
	const struct sct_blob *left = fmt_mem(ev, i, 16);

	/* Only with both copies: a lone one may be the value passed in. */
	if (!ev->args[i] || !left || left == fmt_mem_entry(ev, i, 16) || !ev->desc)
		return;
	if (ev->desc->arg[i] == AT_SELECT_TIMEVAL) {
		strbuf_adds(out, ", left ");
		print_timeval(out, sct_blob_data(left));
	} else if (ev->desc->arg[i] == AT_SELECT_TIMESPEC) {
		strbuf_adds(out, ", left ");
		print_timespec(out, sct_blob_data(left));
	}
}

void print_select_ret(struct strbuf *out, const struct sc_event *ev)
{
	static const char *const names[] = { "in", "out", "except" };
	struct strbuf parts;
	bool first = true;

	strbuf_add_s64(out, ev->ret);
	if (ev->ret == 0) {
		strbuf_adds(out, " (Timeout)");
		return;
	}
	strbuf_init(&parts);
	for (unsigned i = 1; i <= 3; i++)
		add_result_set(&parts, ev, i, names[i - 1], &first);
	print_timeout_left(&parts, ev, 4);
	/* ", left" when no set came first */
	strbuf_adds(out, " (");
	if (parts.len)
		strbuf_adds(out, parts.data + (first && parts.len > 2 ? 2 : 0));
	strbuf_addc(out, ')');
	strbuf_free(&parts);
}
