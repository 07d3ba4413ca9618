// SPDX-License-Identifier: MIT
/*
 * ioctl requests of small areas whose argument is a structure: the random
 * device's RNDADDENTROPY ('R') and the counter devices' watches (0x3E), as
 * strace 6.1 prints them. Their other requests (an int, or nothing) are rows
 * of ioctl.c's table.
 */
#include <linux/counter.h>
#include <linux/random.h>

#include "ioctl.h"
#include "xlat_ioctl.h"

/* {entropy_count=3, buf_size=8, buf="12345678"}: the buffer follows the two ints. */
static void print_entropy(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, 8);
	const struct sct_blob *b = fmt_mem(c->ev, c->i, 8);
	int32_t size;
	unsigned n;

	if (!p)
		return;
	size = (int32_t)load_u32(p, 4);
	strbuf_addf(c->out, "{entropy_count=%d, buf_size=%d, buf=", (int32_t)load_u32(p, 0), size);
	n = size < 0 ? 0 : (unsigned)size < c->o->str_max ? (unsigned)size : c->o->str_max;
	if (b && b->len >= 8 + n)
		format_quoted(c->out, sct_blob_data(b) + 8, n, (unsigned)size > n, c->o);
	else
		fmt_addr(c->out, c->arg + 8);
	strbuf_addc(c->out, '}');
}

enum ioctl_res ioctl_random_decode(const struct ioctl_call *c)
{
	if (c->code != RNDADDENTROPY)
		return IOCTL_UNKNOWN;
	print_entropy(c);
	return IOCTL_ARG;
}

/* {component={type=..., scope=..., parent=N, id=N}, event=..., channel=N} */
static void print_watch(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct counter_watch));

	if (!p)
		return;
	strbuf_adds(c->out, "{component={type=");
	ioctl_enum(c, &counter_component_type_names, (unsigned char)p[0]);
	strbuf_adds(c->out, ", scope=");
	ioctl_enum(c, &counter_scope_names, (unsigned char)p[1]);
	strbuf_addf(c->out, ", parent=%u, id=%u}, event=", (unsigned char)p[2], (unsigned char)p[3]);
	ioctl_enum(c, &counter_event_names, (unsigned char)p[4]);
	strbuf_addf(c->out, ", channel=%u}", (unsigned char)p[5]);
}

enum ioctl_res ioctl_counter_decode(const struct ioctl_call *c)
{
	switch (c->code) {
	case COUNTER_ADD_WATCH_IOCTL:
		print_watch(c);
		return IOCTL_ARG;
	case COUNTER_ENABLE_EVENTS_IOCTL:
	case COUNTER_DISABLE_EVENTS_IOCTL:
		return IOCTL_NO_ARG;
	}
	return IOCTL_UNKNOWN;
}
