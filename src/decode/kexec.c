// SPDX-License-Identifier: MIT
/*
 * kexec_load's segments (struct kexec_segment[nr_segments], the argument
 * before) and flags (an architecture in the high 16 bits, flags below);
 * kexec_file_load's command line (its length the argument before) and flags.
 */
#include <linux/kexec.h>

#include "fmt.h"
#include "xlat_newsys.h"

#define SEGMENT_SIZE 32 /* buf, bufsz, mem, memsz */

static bool print_segment(struct strbuf *out, const char *e, uint64_t idx,
			  const struct decode_opts *o)
{
	(void)idx;
	(void)o;
	strbuf_adds(out, "{buf=");
	fmt_addr(out, load_u64(e, 0));
	strbuf_addf(out, ", bufsz=%llu, mem=", (unsigned long long)load_u64(e, 8));
	fmt_addr(out, load_u64(e, 16));
	strbuf_addf(out, ", memsz=%llu}", (unsigned long long)load_u64(e, 24));
	return true;
}

/* more than KEXEC_SEGMENT_MAX: the address */
bool fmt_kexec_segments(struct strbuf *out, const struct sc_event *ev, unsigned i,
			const struct decode_opts *o)
{
	if (ev->args[i - 1] > KEXEC_SEGMENT_MAX)
		fmt_addr(out, ev->args[i]);
	else
		print_array_prefix(out, ev, i, ev->args[i - 1], SEGMENT_SIZE, print_segment, o);
	return true;
}

/* KEXEC_ARCH_X86_64|KEXEC_ON_CRASH */
bool fmt_kexec_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	uint64_t flags = ev->args[i], rest = flags & ~(uint64_t)KEXEC_ARCH_MASK;

	(void)o;
	print_enum(out, &kexec_arch_names, flags & KEXEC_ARCH_MASK);
	if (!rest)
		return true;
	strbuf_addc(out, '|');
	print_flags(out, &kexec_load_flag_names, rest);
	return true;
}

bool fmt_kexec_file_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
			  const struct decode_opts *o)
{
	(void)o;
	print_flags(out, &kexec_file_flag_names, ev->args[i]);
	return true;
}

/*
 * The command line: its length's bytes, -s of them, or the address when
 * those cannot be read (strace reads no more than it prints).
 */
bool fmt_kexec_cmdline(struct strbuf *out, const struct sc_event *ev, unsigned i,
		       const struct decode_opts *o)
{
	const struct sct_blob *b = sc_event_blob(ev, i);
	uint64_t len = ev->args[i - 1];
	unsigned need = len < o->str_max ? (unsigned)len : o->str_max;

	if (!ev->args[i] || !b || b->kind != SCT_BLOB_MEM || (b->flags & SCT_BLOB_FAULT) ||
	    b->len < need) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	format_quoted(out, sct_blob_data(b), need, len > need, o);
	return true;
}
