// SPDX-License-Identifier: MIT
/*
 * perf_event_open: struct perf_event_attr as strace 6.1 prints it (as far as
 * its size field says, the fields the type gives meaning, the bit flags that
 * are set, or all of them under -v) and the PERF_FLAG_* flags. The structure
 * is captured at exit with its first 8 bytes as they were at entry, as the
 * kernel rewrites size on E2BIG ("size=0xa0 => PERF_ATTR_SIZE_VER7").
 */
#include <errno.h>
#include <stdio.h>
#include <linux/hw_breakpoint.h>
#include <linux/perf_event.h>

#include "fmt.h"
#include "xlat_perf.h"

enum {
	ATTR_MAX = 128, /* PERF_ATTR_SIZE_VER7: as far as strace 6.1 knows the structure */
	ATTR_ABBREV = 48, /* offsetof(wakeup_events): the fields printed without -v */
	FLAGS_OFF = 40, /* the bit fields' word */
};

/* The one-bit fields, by bit number; precise_ip (bits 15-16) is printed apart. */
static const char *const attr_bits[] = {
	"disabled", "inherit", "pinned", "exclusive", "exclude_user", "exclude_kernel",
	"exclude_hv", "exclude_idle", "mmap", "comm", "freq", "inherit_stat", "enable_on_exec",
	"task", "watermark", NULL, NULL, "mmap_data", "sample_id_all", "exclude_host",
	"exclude_guest", "exclude_callchain_kernel", "exclude_callchain_user", "mmap2",
	"comm_exec", "use_clockid", "context_switch", "write_backward", "namespaces", "ksymbol",
	"bpf_event", "aux_output", "cgroup", "text_poke", "build_id", "inherit_thread",
	"remove_on_exec", "sigtrap",
};
#define ATTR_BITS 38 /* __reserved_1 starts here */

static const char *const precise_ip_desc[] = {
	"arbitrary skid", "constant skid", "requested to have 0 skid", "must have 0 skid",
};

static bool bit(uint64_t flags, unsigned n)
{
	return (flags >> n) & 1;
}

/* config, by the type: an event id, a cache event's three parts, or a number */
static void print_config(struct strbuf *out, uint32_t type, uint64_t config, int xlat)
{
	strbuf_adds(out, ", config=");
	switch (type) {
	case PERF_TYPE_HARDWARE:
		if (config >> 32)
			strbuf_addf(out, "%#llx<<32|", (unsigned long long)(config >> 32));
		print_enum_x(out, &perf_hw_id_names, config & 0xffffffff, xlat);
		return;
	case PERF_TYPE_SOFTWARE:
		print_enum_x(out, &perf_sw_id_names, config, xlat);
		return;
	case PERF_TYPE_TRACEPOINT:
		strbuf_addf(out, "%llu", (unsigned long long)config);
		return;
	case PERF_TYPE_HW_CACHE:
		if (config >> 32)
			strbuf_addf(out, "%#llx<<32|", (unsigned long long)(config >> 32));
		if ((config & 0xffffffff) >> 24)
			strbuf_addf(out, "%#llx<<24|", (unsigned long long)((config & 0xffffffff) >> 24));
		print_enum_x(out, &perf_hw_cache_result_names, (config >> 16) & 0xff, xlat);
		strbuf_adds(out, "<<16|");
		print_enum_x(out, &perf_hw_cache_op_names, (config >> 8) & 0xff, xlat);
		strbuf_adds(out, "<<8|");
		print_enum_x(out, &perf_hw_cache_names, config & 0xff, xlat);
		return;
	default:
		strbuf_addf(out, "%#llx", (unsigned long long)config);
	}
}

/* The bit fields, from disabled to __reserved_1: those set, or all under -v. */
static void print_attr_flags(struct strbuf *out, uint64_t flags, bool verbose)
{
	for (unsigned n = 0; n < ATTR_BITS; n++) {
		if (n == 15) {
			unsigned ip = (flags >> 15) & 3;

			strbuf_addf(out, ", precise_ip=%u /* %s */", ip, precise_ip_desc[ip]);
			n++;
			continue;
		}
		if (verbose || bit(flags, n))
			strbuf_addf(out, ", %s=%u", attr_bits[n], bit(flags, n));
	}
	if (flags >> ATTR_BITS)
		strbuf_addf(out, ", __reserved_1=%#llx /* Bits 63..38 */",
			    (unsigned long long)(flags >> ATTR_BITS));
}

static void print_bp_type(struct strbuf *out, uint32_t v, int xlat)
{
	const char *name = flag_lookup(&hw_breakpoint_type_names, v);
	char raw[16];

	snprintf(raw, sizeof(raw), "%#x", v);
	if (name) {
		print_xlat_text(out, xlat, raw, name);
		return;
	}
	/* any combination of R/W with X is invalid */
	strbuf_addf(out, "%s /* %s */", raw,
		    v <= (HW_BREAKPOINT_X | HW_BREAKPOINT_RW) ? "HW_BREAKPOINT_INVALID"
							      : "HW_BREAKPOINT_???");
}

/*
 * The fields after the bit fields (-v): those the structure's size reaches,
 * some only when the type or a flag gives them meaning. Returns at the first
 * field past size, as the kernel reads no further.
 */
static void print_attr_tail(struct strbuf *out, const char *a, unsigned size, int xlat)
{
	uint32_t type = load_u32(a, 0);
	uint64_t sample_type = load_u64(a, 24), flags = load_u64(a, FLAGS_OFF);
	bool bp = type == PERF_TYPE_BREAKPOINT;

	strbuf_addf(out, bit(flags, 14) ? ", wakeup_watermark=%u" : ", wakeup_events=%u",
		    load_u32(a, 48));
	if (bp) {
		strbuf_adds(out, ", bp_type=");
		print_bp_type(out, load_u32(a, 52), xlat);
	}
	strbuf_addf(out, bp ? ", bp_addr=%#llx" : ", config1=%#llx",
		    (unsigned long long)load_u64(a, 56));
	if (size <= 64)
		return;
	strbuf_addf(out, bp ? ", bp_len=%llu" : ", config2=%#llx",
		    (unsigned long long)load_u64(a, 64));
	if (size <= 72)
		return;
	if (sample_type & PERF_SAMPLE_BRANCH_STACK) {
		strbuf_adds(out, ", branch_sample_type=");
		print_flags_x(out, &perf_branch_sample_names, load_u64(a, 72), xlat);
	}
	if (size <= 80)
		return;
	strbuf_addf(out, ", sample_regs_user=%#llx", (unsigned long long)load_u64(a, 80));
	if (size <= 88)
		return;
	if (sample_type & PERF_SAMPLE_STACK_USER)
		strbuf_addf(out, ", sample_stack_user=%#x", load_u32(a, 88));
	if (bit(flags, 25)) { /* use_clockid */
		if (size <= 92)
			return;
		strbuf_adds(out, ", clockid=");
		print_enum_x(out, &clockid_names, load_u32(a, 92), xlat);
	}
	if (size <= 96)
		return;
	strbuf_addf(out, ", sample_regs_intr=%#llx", (unsigned long long)load_u64(a, 96));
	if (size <= 104)
		return;
	strbuf_addf(out, ", aux_watermark=%u", load_u32(a, 104));
	if (size <= 108)
		return;
	strbuf_addf(out, ", sample_max_stack=%u", load_u16(a, 108));
	if (size <= 110)
		return;
	if (load_u16(a, 110))
		strbuf_addf(out, " /* bytes 110..111: %#x */", load_u16(a, 110));
	if (size <= 112)
		return;
	strbuf_addf(out, ", aux_sample_size=%u", load_u32(a, 112));
	if (size <= 116)
		return;
	if (load_u32(a, 116))
		strbuf_addf(out, " /* bytes 116..119: %#x */", load_u32(a, 116));
	if (size <= 120)
		return;
	strbuf_addf(out, ", sig_data=%#llx", (unsigned long long)load_u64(a, 120));
}

/*
 * How many bytes strace reads of the structure, by its size field as it was
 * at entry: 0 when it prints the address instead.
 */
static unsigned attr_read_size(uint32_t usize, bool verbose)
{
	unsigned size = usize > ATTR_MAX ? ATTR_MAX : usize ? usize : PERF_ATTR_SIZE_VER0;

	if (size < PERF_ATTR_SIZE_VER0)
		return 0;
	return verbose ? size : ATTR_ABBREV;
}

bool fmt_perf_attr(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	unsigned have = 0, size;
	bool fault = false;
	const char *p = array_bytes(ev, i, &have, &fault), *early = array_early(ev, i);
	char a[ATTR_MAX] = { 0 };
	uint32_t usize;

	if (!ev->args[i] || (!early && (!p || have < 8))) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	usize = load_u32(early ? early : p, 4);
	size = attr_read_size(usize, o->verbose);
	if (!size || !p || have < size) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	memcpy(a, p, size);
	if (early)
		memcpy(a, early, 8);
	strbuf_adds(out, "{type=");
	print_enum_x(out, &perf_type_names, load_u32(a, 0), o->xlat);
	strbuf_adds(out, ", size=");
	print_enum_x(out, &perf_attr_size_names, usize, o->xlat);
	if (ev->has_ret && ev->ret == -E2BIG) {
		strbuf_adds(out, " => ");
		if (p && have >= 8)
			print_enum_x(out, &perf_attr_size_names, load_u32(p, 4), o->xlat);
		else
			strbuf_adds(out, "???");
	}
	print_config(out, load_u32(a, 0), load_u64(a, 8), o->xlat);
	strbuf_addf(out, bit(load_u64(a, FLAGS_OFF), 10) ? ", sample_freq=%llu" : ", sample_period=%llu",
		    (unsigned long long)load_u64(a, 16));
	strbuf_adds(out, ", sample_type=");
	print_flags_x(out, &perf_sample_names, load_u64(a, 24), o->xlat);
	strbuf_adds(out, ", read_format=");
	print_flags_x(out, &perf_read_format_names, load_u64(a, 32), o->xlat);
	print_attr_flags(out, load_u64(a, FLAGS_OFF), o->verbose);
	if (o->verbose)
		print_attr_tail(out, a, size, o->xlat);
	if ((usize && usize > size) || (!usize && size < PERF_ATTR_SIZE_VER0))
		strbuf_adds(out, ", ...");
	strbuf_addc(out, '}');
	return true;
}

FLAGS_FMT(fmt_perf_open_flags, perf_open_flag_names, uint64_t)

/* preadv2's and pwritev2's flags, an int */
FLAGS_FMT(fmt_rwf_flags, rwf_flag_names, uint32_t)

/*
 * Their offset's high half (x86_64 takes the offset whole in the low one):
 * not printed, as strace prints the offset as one number.
 */
bool fmt_pos_high(struct strbuf *out, const struct sc_event *ev, unsigned i,
		  const struct decode_opts *o)
{
	(void)out, (void)ev, (void)i, (void)o;
	return false;
}
