// SPDX-License-Identifier: MIT
/*
 * x86's struct user_desc as strace 6.1 prints it, for modify_ldt,
 * set_thread_area and get_thread_area: {entry_number=12, base_addr=0x...,
 * limit=0x..., seg_32bit=1, ...}. get_thread_area passes the entry number
 * in and gets the rest, so a failed call shows {entry_number=12, ...}.
 *
 * Captures (SCT_CAP_MEM_PAGE, 16 bytes): the structure, or what of it the
 * first page holds (the entry number alone at a page's last 4 bytes).
 */
#include <stdio.h>

#include "decode.h"
#include "fmt.h"

#define USER_DESC_SIZE 16

/* entry_number: -1, or unsigned */
static void print_entry_number(struct strbuf *out, uint32_t n)
{
	if (n == 0xffffffffu)
		strbuf_adds(out, "-1");
	else
		strbuf_addf(out, "%u", n);
}

/* ", base_addr=0x..., ..., lm=0}": the fields after the entry number */
static void print_desc_rest(struct strbuf *out, const uint8_t *p)
{
	uint32_t bits = load_u32(p, 12);

	strbuf_addf(out, ", base_addr=%#08x, limit=%#08x", load_u32(p, 4), load_u32(p, 8));
	strbuf_addf(out, ", seg_32bit=%u, contents=%u, read_exec_only=%u, limit_in_pages=%u",
		    bits & 1, (bits >> 1) & 3, (bits >> 3) & 1, (bits >> 4) & 1);
	strbuf_addf(out, ", seg_not_present=%u, useable=%u, lm=%u}", (bits >> 5) & 1,
		    (bits >> 6) & 1, (bits >> 7) & 1);
}

/* The whole structure, or its address when it cannot be read whole. */
static void print_user_desc(struct strbuf *out, const struct sc_event *ev, unsigned i)
{
	const uint8_t *p = prctl_arg_mem(ev, i, USER_DESC_SIZE, true, NULL);

	if (!ev->args[i] || !p) {
		fmt_addr(out, ev->args[i]);
		return;
	}
	strbuf_adds(out, "{entry_number=");
	print_entry_number(out, load_u32(p, 0));
	print_desc_rest(out, p);
}

/* set_thread_area's structure */
bool fmt_user_desc(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	(void)o;
	print_user_desc(out, ev, i);
	return true;
}

/* modify_ldt's ptr: a structure when bytecount is its size, else an address */
bool fmt_ldt_ptr(struct strbuf *out, const struct sc_event *ev, unsigned i,
		 const struct decode_opts *o)
{
	(void)o;
	if (ev->args[i + 1] != USER_DESC_SIZE)
		fmt_addr(out, ev->args[i]);
	else
		print_user_desc(out, ev, i);
	return true;
}

/* get_thread_area's: the entry number asked for, the rest when the call filled it */
bool fmt_user_desc_get(struct strbuf *out, const struct sc_event *ev, unsigned i,
		       const struct decode_opts *o)
{
	const uint8_t *p = prctl_arg_mem(ev, i, 4, true, NULL);

	(void)o;
	if (!ev->args[i] || !p) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	strbuf_adds(out, "{entry_number=");
	print_entry_number(out, load_u32(p, 0));
	p = prctl_arg_mem(ev, i, USER_DESC_SIZE, false, NULL);
	if (sc_event_failed(ev) || !p)
		strbuf_adds(out, ", ...}");
	else
		print_desc_rest(out, p);
	return true;
}

/* set_thread_area: 0 (entry_number=12), the entry the kernel chose */
void print_set_thread_area_ret(struct strbuf *out, const struct sc_event *ev)
{
	const uint8_t *p = prctl_arg_mem(ev, 0, USER_DESC_SIZE, false, NULL);

	strbuf_addf(out, "%lld", (long long)ev->ret);
	if (p && ev->args[0])
		strbuf_addf(out, " (entry_number=%u)", load_u32(p, 0));
}

/*
 * modify_ldt returns an int the kernel does not sign-extend: a 64-bit value
 * from 0xfffff000 up is an error all the same, printed as strace does.
 */
void print_modify_ldt_ret(struct strbuf *out, const struct sc_event *ev)
{
	uint64_t v = (uint64_t)ev->ret;
	int err = -(int)(uint32_t)v;

	if (v >= 0xfffff000u && v <= 0xffffffffu && errno_name(err))
		strbuf_addf(out, "%llu %s (%s)", (unsigned long long)v, errno_name(err),
			    errno_message(err));
	else
		strbuf_addf(out, "%lld", (long long)ev->ret);
}
