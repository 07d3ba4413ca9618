// SPDX-License-Identifier: MIT
/*
 * poll/ppoll pollfd arrays and epoll_event structures, as strace 6.1 prints
 * them: [{fd=3, events=POLLIN}] on entry, and the return value of poll
 * decorated with the revents: "1 ([{fd=3, revents=POLLIN}])", "0 (Timeout)".
 * The pollfd array (up to SCT_POLLFD_CAP bytes) is read at entry when the
 * call blocks and again at exit (capture_plan.c's "both"): the arguments print
 * from the first copy, the revents from the last. epoll_wait's events at exit.
 */
#include "flags.h"
#include "fmt.h"
#include "select.h"
#include "structs.h"

#include <sys/epoll.h>

#define POLLFD_SIZE 8
#define EPOLL_EVENT_SIZE 12 /* packed on x86_64 */

/* At most -s elements, then "...": strace's print_array limit (none under -v). */
static unsigned array_limit(const struct decode_opts *o)
{
	return o->verbose ? UINT32_MAX : o->str_max;
}

/*
 * The pollfd array as read at entry (first) or at exit: whole, or cut by a
 * page the read faulted in (FAULT|SHORT: the elements before it); NULL when
 * nothing could be read.
 */
static const struct sct_blob *pollfd_blob(const struct sc_event *ev, unsigned i, bool first)
{
	const struct sct_blob *found = fmt_mem_blob(ev, i, first);

	if (!found || fmt_blob_unreadable(found))
		return NULL;
	return found;
}

/* Whether the read stopped at a fault (the elements past it are unreadable). */
static bool pollfd_cut(const struct sct_blob *b)
{
	return (b->flags & SCT_BLOB_FAULT) != 0;
}

bool fmt_pollfd(struct strbuf *out, const struct sc_event *ev, unsigned i,
		const struct decode_opts *o)
{
	const struct sct_blob *b = pollfd_blob(ev, i, true);
	unsigned n = i + 1 < SCT_MAX_ARGS ? (unsigned)ev->args[i + 1] : 0, have;

	if (ev->args[i] && !n) {
		strbuf_adds(out, "[]");
		return true;
	}
	have = b ? b->len / POLLFD_SIZE : 0;
	if (!ev->args[i] || !have) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	strbuf_addc(out, '[');
	for (unsigned k = 0; k < n; k++) {
		const char *p = sct_blob_data(b) + k * POLLFD_SIZE;

		if (k)
			strbuf_adds(out, ", ");
		if (k >= have && pollfd_cut(b)) { /* strace: the address of the first unreadable one */
			strbuf_addf(out, "... /* %#llx */",
				    (unsigned long long)(ev->args[i] + (uint64_t)k * POLLFD_SIZE));
			break;
		}
		if (k >= array_limit(o) || k >= have) {
			strbuf_adds(out, "...");
			break;
		}
		strbuf_addf(out, "{fd=%d", (int)load_u32(p, 0));
		decode_fd_suffix(out, (int)load_u32(p, 0), o);
		/* the kernel ignores the events of a negative fd, and strace leaves them out */
		if ((int)load_u32(p, 0) >= 0) {
			strbuf_adds(out, ", events=");
			print_flags_x(out, &poll_event_names, load_u16(p, 4), o->xlat);
		}
		strbuf_addc(out, '}');
	}
	strbuf_addc(out, ']');
	return true;
}

/* poll and ppoll: "N ([{fd=3, revents=POLLIN}])" or "0 (Timeout)". */
void print_poll_ret(struct strbuf *out, const struct sc_event *ev, const struct decode_opts *o)
{
	const struct sct_blob *b = pollfd_blob(ev, 0, false);
	unsigned n = (unsigned)ev->args[1], have, shown = 0;
	unsigned limit = o ? array_limit(o) : 32;
	int xlat = o ? o->xlat : XLAT_ABBREV;

	strbuf_addf(out, "%lld", (long long)ev->ret);
	if (ev->ret == 0) {
		strbuf_adds(out, " (Timeout)");
		return;
	}
	if (!b)
		return;
	have = b->len / POLLFD_SIZE;
	strbuf_adds(out, " ([");
	for (unsigned k = 0; k < n && k < have; k++) {
		const char *p = sct_blob_data(b) + k * POLLFD_SIZE;
		uint16_t revents = load_u16(p, 6);

		if (!revents)
			continue;
		if (shown++)
			strbuf_adds(out, ", ");
		if (shown > limit) { /* -s entries at most, as strace */
			strbuf_adds(out, "...");
			break;
		}
		strbuf_addf(out, "{fd=%d, revents=", (int)load_u32(p, 0));
		print_flags_x(out, &poll_event_names, revents, xlat);
		strbuf_addc(out, '}');
	}
	/* ready descriptors beyond the captured ones */
	if (shown <= limit && (uint64_t)ev->ret > shown && have < n)
		strbuf_adds(out, shown ? ", ..." : "...");
	strbuf_adds(out, "]");
	print_timeout_left(out, ev, 2);
	strbuf_addc(out, ')');
}

static void print_epoll_event(struct strbuf *out, const char *p, int xlat)
{
	uint64_t data = load_u64(p, 4);

	strbuf_adds(out, "{events=");
	print_flags_x(out, &epoll_event_names, load_u32(p, 0), xlat);
	strbuf_addf(out, ", data={u32=%u, u64=%llu}}", (uint32_t)data, (unsigned long long)data);
}

bool fmt_epoll_event_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
			const struct decode_opts *o)
{
	const char *p;

	/* EPOLL_CTL_DEL ignores the event: strace shows its address */
	if (i == 3 && (int)ev->args[1] == EPOLL_CTL_DEL) { /* an int: upper bits ignored */
		fmt_addr(out, ev->args[i]);
		return true;
	}
	p = fmt_struct(out, ev, i, EPOLL_EVENT_SIZE, false);

	if (p)
		print_epoll_event(out, p, o->xlat);
	return true;
}

/* epoll_wait's events: as many as the call returned. */
bool fmt_epoll_events_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
			  const struct decode_opts *o)
{
	const struct sct_blob *b = fmt_mem(ev, i, 0);
	unsigned have, n;

	/* No event: nothing was read (the capture is sized by the return value). */
	if (!ev->args[i] || (!b && ev->ret != 0) || sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	have = b ? b->len / EPOLL_EVENT_SIZE : 0;
	n = (unsigned)ev->ret;
	strbuf_addc(out, '[');
	for (unsigned k = 0; k < n; k++) {
		if (k)
			strbuf_adds(out, ", ");
		if (k >= array_limit(o) || k >= have) {
			strbuf_adds(out, "...");
			break;
		}
		print_epoll_event(out, sct_blob_data(b) + k * EPOLL_EVENT_SIZE, o->xlat);
	}
	strbuf_addc(out, ']');
	return true;
}

/*
 * epoll_pwait's and epoll_pwait2's timeout and sigmask: inputs, but strace
 * prints them after the call with its outputs, so after a failure as their
 * address.
 */
bool fmt_timespec_in_late(struct strbuf *out, const struct sc_event *ev, unsigned i,
			  const struct decode_opts *o)
{
	if (sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	return fmt_timespec_in(out, ev, i, o);
}

bool fmt_sigset_in_late(struct strbuf *out, const struct sc_event *ev, unsigned i,
			const struct decode_opts *o)
{
	if (sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	return fmt_sigset_in(out, ev, i, o);
}
