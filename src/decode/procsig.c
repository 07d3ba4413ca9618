// SPDX-License-Identifier: MIT
/*
 * Process, signal, scheduling and memory-policy arguments that are arrays,
 * masks or structures of their own (strace's numa.c, affinity.c, sched.c,
 * ioprio.c, resource.c, uid.c...): NUMA node masks and modes, I/O priorities
 * and whose they are (getpriority's who too), gid lists, CPU masks, struct
 * sched_attr, stack_t. Arrays print as strace's print_array:
 * elements up to -s, then "...", and at a fault "... / * address * /".
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <linux/capability.h>

#include "fmt.h"
#include "xlat_proc.h"

/* Prints one element of an array. */
typedef void elem_print_fn(struct strbuf *out, const char *elem, const struct decode_opts *o);

const char *array_bytes(const struct sc_event *ev, unsigned i, unsigned *have, bool *fault)
{
	const struct sct_blob *found = NULL;

	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *b = ev->blobs[k];

		if (b->arg == i && b->kind == SCT_BLOB_MEM && !SCT_AUX_TAGGED(b->aux))
			found = b;
	}
	if (!found || fmt_blob_unreadable(found))
		return NULL;
	*have = found->len;
	*fault = found->flags & SCT_BLOB_FAULT;
	return sct_blob_data(found);
}

/*
 * count elements of elem bytes at argument i, as strace's print_array: it
 * reads an element before it sees it is one past -s, so that one's fault
 * shows too. Elements past the capture (not a fault) end the array as "...".
 */
static void print_array(struct strbuf *out, const struct sc_event *ev, unsigned i, uint64_t count,
			unsigned elem, elem_print_fn *fn, const struct decode_opts *o)
{
	uint64_t addr = ev->args[i], limit = count;
	unsigned have = 0;
	bool fault = false;
	const char *p = array_bytes(ev, i, &have, &fault);

	if (!addr) {
		strbuf_adds(out, "NULL");
		return;
	}
	if (!count) {
		strbuf_adds(out, "[]");
		return;
	}
	if (count > UINT64_MAX / elem || addr + count * elem <= addr || !p || have < elem) {
		fmt_addr(out, addr);
		return;
	}
	if (!o->verbose && o->str_max < count)
		limit = o->str_max;
	strbuf_addc(out, '[');
	for (uint64_t k = 0; k < count; k++) {
		bool absent = (k + 1) * elem > have;

		if (k)
			strbuf_adds(out, ", ");
		if (absent && fault) {
			strbuf_addf(out, "... /* %#llx */", (unsigned long long)(addr + k * elem));
			break;
		}
		if (absent || k >= limit) {
			strbuf_adds(out, "...");
			break;
		}
		fn(out, p + k * elem, o);
	}
	strbuf_addc(out, ']');
}

/* --- NUMA memory policies --- */

/* MPOL_BIND|MPOL_F_STATIC_NODES: a mode and its flags, as strace's print_mode */
static void print_mpol_mode(struct strbuf *out, uint64_t arg, int xlat)
{
	uint64_t fl = arg & flag_known_bits(&mpol_mode_flag_names), mode = arg & ~fl;
	const char *name = flag_lookup(&mpol_mode_names, mode);
	struct strbuf text;
	char raw[24];

	if (!fl) {
		print_enum_x(out, &mpol_mode_names, mode, xlat);
		return;
	}
	if (!name) {
		print_flags_x(out, &mpol_mode_flag_names, arg, xlat);
		return;
	}
	strbuf_init(&text);
	strbuf_adds(&text, name);
	print_flag_bits(&text, &mpol_mode_flag_names, fl, true);
	snprintf(raw, sizeof(raw), "%#llx", (unsigned long long)arg);
	print_xlat_text(out, xlat, raw, text.data ? text.data : "");
	strbuf_free(&text);
}

bool fmt_mpol_mode(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	print_mpol_mode(out, ev->args[i], o->xlat);
	return true;
}

/* set_mempolicy's mode is an int */
bool fmt_mpol_mode32(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	print_mpol_mode(out, (uint32_t)ev->args[i], o->xlat);
	return true;
}

static void print_node(struct strbuf *out, const char *elem, const struct decode_opts *o)
{
	(void)o;
	strbuf_addf(out, "%#016llx", (unsigned long long)load_u64(elem, 0));
}

/* A node mask of maxnode (the next argument) bits, in longs: [0000000000000003] */
bool fmt_nodemask(struct strbuf *out, const struct sc_event *ev, unsigned i,
		  const struct decode_opts *o)
{
	uint64_t maxnode = ev->args[i + 1], n = (maxnode + 62) / 64;

	if (n < maxnode / 64 || (maxnode && !n)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	print_array(out, ev, i, n, 8, print_node, o);
	return true;
}

bool fmt_mbind_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	print_flags_x(out, &mbind_flag_names, (uint32_t)ev->args[i], o->xlat);
	return true;
}

bool fmt_move_pages_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
			  const struct decode_opts *o)
{
	print_flags_x(out, &move_pages_flag_names, (uint32_t)ev->args[i], o->xlat);
	return true;
}

bool fmt_get_mempolicy_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
			     const struct decode_opts *o)
{
	print_flags_x(out, &get_mempolicy_flag_names, ev->args[i], o->xlat);
	return true;
}

/* get_mempolicy's int *mode: [MPOL_BIND] */
bool fmt_mpol_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		  const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, 4, true);

	if (!p)
		return true;
	strbuf_addc(out, '[');
	print_enum_x(out, &mpol_mode_names, (uint32_t)load_u32(p, 0), o->xlat);
	strbuf_addc(out, ']');
	return true;
}

/* --- I/O priorities --- */

/* IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4), its class under -X as an enum */
static void print_ioprio_value(struct strbuf *out, uint32_t ioprio, int xlat)
{
	strbuf_adds(out, "IOPRIO_PRIO_VALUE(");
	print_enum_x(out, &ioprio_class_names, ioprio >> 13, xlat);
	strbuf_addf(out, ", %d)", (int)(ioprio & 0x1fff));
}

bool fmt_ioprio_which(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	print_enum_x(out, &ioprio_who_names, (uint32_t)ev->args[i], o->xlat);
	return true;
}

/*
 * A who by its which (the argument before): a process, a process group, or
 * else a uid, a plain number. process and pgrp are the which values naming them.
 */
static bool print_who(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o, uint32_t process, uint32_t pgrp)
{
	uint32_t which = i ? (uint32_t)ev->args[i - 1] : UINT32_MAX;

	if (which == process)
		return fmt_pid_tgid(out, ev, i, o);
	if (which == pgrp)
		return fmt_pid_pgid(out, ev, i, o);
	strbuf_addf(out, "%d", (int)ev->args[i]);
	return true;
}

/* ioprio_get's and ioprio_set's who */
bool fmt_ioprio_who(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	return print_who(out, ev, i, o, 1 /* IOPRIO_WHO_PROCESS */, 2 /* IOPRIO_WHO_PGRP */);
}

/* getpriority's and setpriority's who (strace's priority_print_who) */
bool fmt_prio_who(struct strbuf *out, const struct sc_event *ev, unsigned i,
		  const struct decode_opts *o)
{
	return print_who(out, ev, i, o, PRIO_PROCESS, PRIO_PGRP);
}

/* ioprio_set's ioprio: IOPRIO_PRIO_VALUE(...); -X raw the int, -X verbose both */
bool fmt_ioprio(struct strbuf *out, const struct sc_event *ev, unsigned i,
		const struct decode_opts *o)
{
	uint32_t v = (uint32_t)ev->args[i];

	if (o->xlat != XLAT_ABBREV)
		strbuf_addf(out, "%d", (int)v);
	if (o->xlat == XLAT_RAW)
		return true;
	if (o->xlat == XLAT_VERBOSE)
		strbuf_adds(out, " /* ");
	print_ioprio_value(out, v, o->xlat);
	if (o->xlat == XLAT_VERBOSE)
		strbuf_adds(out, " */");
	return true;
}

void print_ioprio_ret(struct strbuf *out, const struct sc_event *ev, const struct decode_opts *o)
{
	int xlat = o ? o->xlat : XLAT_ABBREV;

	strbuf_add_s64(out, (long long)ev->ret);
	if (xlat == XLAT_RAW)
		return;
	strbuf_adds(out, " (");
	print_ioprio_value(out, (uint32_t)ev->ret, xlat);
	strbuf_addc(out, ')');
}

/* rt_sigtimedwait's return: 14 (SIGALRM) */
void print_signal_ret(struct strbuf *out, const struct sc_event *ev)
{
	strbuf_add_s64(out, (long long)ev->ret);
	strbuf_adds(out, " (");
	print_signal(out, (int)ev->ret);
	strbuf_addc(out, ')');
}

/* --- groups and ids --- */

static void print_gid(struct strbuf *out, const char *elem, const struct decode_opts *o)
{
	uint32_t id = load_u32(elem, 0);

	(void)o;
	if (id == UINT32_MAX)
		strbuf_adds(out, "-1");
	else
		strbuf_addf(out, "%u", id);
}

/* gid_t[len], as strace's print_groups: an address past NGROUPS_MAX */
static void print_groups(struct strbuf *out, const struct sc_event *ev, unsigned i, uint32_t len,
			 const struct decode_opts *o)
{
	if (len > 65536) {
		fmt_addr(out, ev->args[i]);
		return;
	}
	print_array(out, ev, i, len, 4, print_gid, o);
}

/* setgroups' list, its size the argument before */
bool fmt_groups_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	print_groups(out, ev, i, (uint32_t)ev->args[i - 1], o);
	return true;
}

/* getgroups' list, as many as it returns */
bool fmt_groups_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	print_groups(out, ev, i, (uint32_t)ev->ret, o);
	return true;
}

/* --- signals --- */

/* rt_sigpending's set, as many bytes as the next argument says (1 to 8) */
bool fmt_sigset_len_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
			const struct decode_opts *o)
{
	uint64_t len = ev->args[i + 1], mask = 0;
	unsigned have = 0;
	bool fault = false;
	const char *p = array_bytes(ev, i, &have, &fault);

	if (!ev->args[i] || len < 1 || len > 8 || !p || fault || have < len ||
	    sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	memcpy(&mask, p, len);
	print_sigset(out, mask, o->xlat);
	return true;
}

bool fmt_sfd_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	print_flags_x(out, &sfd_flag_names, (uint32_t)ev->args[i], o->xlat);
	return true;
}

/* stack_t: {ss_sp=0x..., ss_flags=SS_DISABLE, ss_size=8192} */
static void print_stack_t(struct strbuf *out, const char *p, int xlat)
{
	strbuf_adds(out, "{ss_sp=");
	fmt_addr(out, load_u64(p, 0));
	strbuf_adds(out, ", ss_flags=");
	print_flags_x(out, &ss_flag_names, load_u32(p, 8), xlat);
	strbuf_addf(out, ", ss_size=%llu}", (unsigned long long)load_u64(p, 16));
}

bool fmt_stack_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
		  const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, 24, false);

	if (p)
		print_stack_t(out, p, o->xlat);
	return true;
}

bool fmt_stack_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, 24, true);

	if (p)
		print_stack_t(out, p, o->xlat);
	return true;
}

/* --- scheduling --- */

/*
 * The kernel's CPU mask size as strace's get_cpuset_size finds it: 128 bytes,
 * doubled while sched_getaffinity finds that too small.
 */
static unsigned cpuset_size(void)
{
	static unsigned size;

	if (size)
		return size;
	size = 128;
	while (size && syscall(SYS_sched_getaffinity, getpid(), size, NULL) < 0 && errno == EINVAL)
		size <<= 1;
	if (!size)
		size = 128;
	return size;
}

/* A CPU mask of len bytes at addr, have of them read at p: the numbers of its set bits, [0 1] */
void print_cpu_mask_bytes(struct strbuf *out, uint64_t addr, const char *p, unsigned have,
			  uint32_t len)
{
	uint32_t max = cpuset_size(), want = len < max ? len : max, size = (want + 7) / 8 * 8;
	bool printed = false;

	if (!addr) {
		fmt_addr(out, addr);
		return;
	}
	if (!len) {
		strbuf_adds(out, "[]");
		return;
	}
	if (!p || have < want) {
		fmt_addr(out, addr);
		return;
	}
	strbuf_addc(out, '[');
	for (uint32_t bit = 0; bit < want * 8; bit++) {
		if (!((unsigned char)p[bit / 8] & (1u << (bit % 8))))
			continue;
		strbuf_addf(out, printed ? " %u" : "%u", bit);
		printed = true;
	}
	if (size < len)
		strbuf_adds(out, printed ? " ..." : "...");
	strbuf_addc(out, ']');
}

static void print_cpu_mask(struct strbuf *out, const struct sc_event *ev, unsigned i, uint32_t len,
			   bool output)
{
	unsigned have = 0;
	bool fault = false;
	const char *p = array_bytes(ev, i, &have, &fault);

	if (output && sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return;
	}
	print_cpu_mask_bytes(out, ev->args[i], p, have, len);
}

/* sched_setaffinity's mask, its size the argument before */
bool fmt_cpu_mask_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	(void)o;
	print_cpu_mask(out, ev, i, (uint32_t)ev->args[i - 1], false);
	return true;
}

/* sched_getaffinity's, as many bytes as it returns */
bool fmt_cpu_mask_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	(void)o;
	print_cpu_mask(out, ev, i, (uint32_t)ev->ret, true);
	return true;
}

/* --- time --- */

bool fmt_timezone_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, 8, false);

	(void)o;
	if (p)
		strbuf_addf(out, "{tz_minuteswest=%d, tz_dsttime=%d}", (int)load_u32(p, 0),
			    (int)load_u32(p, 4));
	return true;
}

/* Whether the call was interrupted to be restarted (strace's is_erestart). */
static bool erestart(const struct sc_event *ev)
{
	return ev->has_ret && (ev->ret == -512 || ev->ret == -513 || ev->ret == -514 ||
			       ev->ret == -516);
}

/* nanosleep's rem: its value only when a signal interrupted the call */
bool fmt_timespec_rem(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	const struct sct_blob *b = fmt_mem(ev, i, 16);

	(void)o;
	/* clock_nanosleep's (the fourth) only when its flags are 0 */
	if (!ev->args[i] || !b || !erestart(ev) || (i == 3 && ev->args[1])) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	print_timespec(out, sct_blob_data(b));
	return true;
}

/* --- memory --- */

/* get_robust_list's head and len: [0x7f...], [24] */
bool fmt_ulong_ptr_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		       const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, 8, true);

	(void)o;
	if (p)
		strbuf_addf(out, "[%#llx]", (unsigned long long)load_u64(p, 0));
	return true;
}

bool fmt_ulong_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, 8, true);

	(void)o;
	if (p)
		strbuf_addf(out, "[%llu]", (unsigned long long)load_u64(p, 0));
	return true;
}

static void print_vec_byte(struct strbuf *out, const char *elem, const struct decode_opts *o)
{
	(void)o;
	strbuf_addf(out, "%u", (unsigned char)*elem & 1);
}

/* mincore's vector: a byte for each page of the length before */
bool fmt_mincore_vec(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	uint64_t len = ev->args[i - 1], pages = len / 4096 + !!(len % 4096);

	print_array(out, ev, i, pages, 1, print_vec_byte, o);
	return true;
}

/* remap_file_pages' prot, all 64 bits of it */
bool fmt_mmap_prot64(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	print_flags_x(out, &mmap_prot_names, ev->args[i], o->xlat);
	return true;
}

/* --- move_pages --- */

static void print_page_addr(struct strbuf *out, const char *elem, const struct decode_opts *o)
{
	(void)o;
	fmt_addr(out, load_u64(elem, 0));
}

static void print_int_elem(struct strbuf *out, const char *elem, const struct decode_opts *o)
{
	(void)o;
	strbuf_addf(out, "%d", (int)load_u32(elem, 0));
}

/* a page's status: its node, or -EFAULT (strace's print_err) */
static void print_page_status(struct strbuf *out, const char *elem, const struct decode_opts *o)
{
	int st = (int)load_u32(elem, 0);
	const char *name = st < 0 ? errno_name(-st) : NULL;

	if (!name || o->xlat != XLAT_ABBREV)
		strbuf_addf(out, "%d", st);
	if (!name || o->xlat == XLAT_RAW)
		return;
	strbuf_addf(out, o->xlat == XLAT_ABBREV ? "-%s" : " /* -%s */", name);
}

/* move_pages' pages, nodes and status: count (args[1]) of them each */
bool fmt_move_pages_pages(struct strbuf *out, const struct sc_event *ev, unsigned i,
			  const struct decode_opts *o)
{
	print_array(out, ev, i, ev->args[1], 8, print_page_addr, o);
	return true;
}

bool fmt_move_pages_nodes(struct strbuf *out, const struct sc_event *ev, unsigned i,
			  const struct decode_opts *o)
{
	print_array(out, ev, i, ev->args[1], 4, print_int_elem, o);
	return true;
}

bool fmt_move_pages_status(struct strbuf *out, const struct sc_event *ev, unsigned i,
			   const struct decode_opts *o)
{
	print_array(out, ev, i, ev->args[1], 4, print_page_status, o);
	return true;
}

/* --- process_vm_readv, process_vm_writev --- */

static void print_remote_iov(struct strbuf *out, const char *elem, const struct decode_opts *o)
{
	(void)o;
	strbuf_adds(out, "{iov_base=");
	fmt_addr(out, load_u64(elem, 0));
	strbuf_addf(out, ", iov_len=%llu}", (unsigned long long)load_u64(elem, 8));
}

/* the other process's iovecs, the next argument of them: addresses only */
bool fmt_remote_iov(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	print_array(out, ev, i, ev->args[i + 1], 16, print_remote_iov, o);
	return true;
}

/* --- capabilities --- */

/* {version=_LINUX_CAPABILITY_VERSION_3, pid=0} */
static bool print_cap_header(struct strbuf *out, const struct sc_event *ev, unsigned i,
			     const struct decode_opts *o)
{
	const struct sct_blob *b = fmt_mem_entry(ev, i, 8);
	const char *p;

	if (!b)
		b = fmt_mem(ev, i, 8);
	if (!ev->args[i] || !b) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	p = sct_blob_data(b);
	strbuf_adds(out, "{version=");
	print_enum_x(out, &cap_version_names, load_u32(p, 0), o->xlat);
	strbuf_adds(out, ", pid=");
	decode_pid(out, (int)load_u32(p, 4), PID_KIND_TGID, o);
	strbuf_addc(out, '}');
	return true;
}

bool fmt_cap_header(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	return print_cap_header(out, ev, i, o);
}

/* The capabilities of one word: 1<<CAP_CHOWN|1<<CAP_KILL|0x..., as printflags would. */
static void print_cap_word(struct strbuf *out, uint32_t bits, unsigned base)
{
	uint32_t rest = 0;
	bool any = false;

	for (unsigned k = 0; k < 32; k++) {
		const char *name;

		if (!(bits & (1u << k)))
			continue;
		name = flag_lookup(&capability_names, base + k);
		if (!name) {
			rest |= 1u << k;
			continue;
		}
		strbuf_addf(out, "%s1<<%s", any ? "|" : "", name);
		any = true;
	}
	if (rest && any)
		strbuf_addf(out, "|%#x", rest);
	else if (rest)
		strbuf_addf(out, "%#x /* CAP_??? */", rest);
	else if (!any)
		strbuf_addc(out, '0');
}

static void print_cap_bits(struct strbuf *out, uint32_t lo, uint32_t hi)
{
	if (lo || !hi)
		print_cap_word(out, lo, 0);
	if (!hi)
		return;
	if (lo)
		strbuf_addc(out, '|');
	print_cap_word(out, hi, 32);
}

/*
 * capget's and capset's data: one struct __user_cap_data_struct, two for
 * versions 2 and 3 (the header, the argument before, says); the address
 * when the header is unreadable.
 */
static void print_cap_data(struct strbuf *out, const struct sc_event *ev, unsigned i,
			   bool output)
{
	const char *h = ev->args[i - 1] ? (const char *)fmt_mem(ev, i - 1, 8) : NULL;
	static const char *const fields[] = { "effective", "permitted", "inheritable" };
	unsigned have = 0, len;
	bool fault = false;
	const char *p = array_bytes(ev, i, &have, &fault);
	uint32_t version;

	if (!ev->args[i] || !h || (output && sc_event_failed(ev))) {
		fmt_addr(out, ev->args[i]);
		return;
	}
	version = load_u32(sct_blob_data((const struct sct_blob *)h), 0);
	len = version == _LINUX_CAPABILITY_VERSION_2 || version == _LINUX_CAPABILITY_VERSION_3 ? 2 : 1;
	if (!p || have < 12 * len) {
		fmt_addr(out, ev->args[i]);
		return;
	}
	for (unsigned f = 0; f < 3; f++) {
		strbuf_addf(out, "%s%s=", f ? ", " : "{", fields[f]);
		print_cap_bits(out, load_u32(p, 4 * f), len > 1 ? load_u32(p, 12 + 4 * f) : 0);
	}
	strbuf_addc(out, '}');
}

bool fmt_cap_data_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	(void)o;
	print_cap_data(out, ev, i, false);
	return true;
}

bool fmt_cap_data_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	(void)o;
	print_cap_data(out, ev, i, true);
	return true;
}

/* --- adjtimex --- */

#define TIMEX_SIZE 208

/* struct timex (x86_64): its fields in order, offsets and how each prints */
static const struct {
	const char *name;
	unsigned char off;
	char kind; /* d: long, i: int, m: modes, s: status, t: time */
} timex_fields[] = {
	{ "modes", 0, 'm' },	   { "offset", 8, 'd' },    { "freq", 16, 'd' },
	{ "maxerror", 24, 'd' },   { "esterror", 32, 'd' }, { "status", 40, 's' },
	{ "constant", 48, 'd' },   { "precision", 56, 'd' }, { "tolerance", 64, 'd' },
	{ "time", 72, 't' },	   { "tick", 88, 'd' },     { "ppsfreq", 96, 'd' },
	{ "jitter", 104, 'd' },    { "shift", 112, 'i' },   { "stabil", 120, 'd' },
	{ "jitcnt", 128, 'd' },    { "calcnt", 136, 'd' },  { "errcnt", 144, 'd' },
	{ "stbcnt", 152, 'd' },    { "tai", 160, 'i' },
};

/* adjtimex's struct timex, read after the call: {modes=0, offset=0, ...} */
bool fmt_timex_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, TIMEX_SIZE, true);

	if (!p)
		return true;
	for (unsigned k = 0; k < sizeof(timex_fields) / sizeof(timex_fields[0]); k++) {
		const char *f = p + timex_fields[k].off;

		strbuf_addf(out, "%s%s=", k ? ", " : "{", timex_fields[k].name);
		switch (timex_fields[k].kind) {
		case 'm':
			print_flags_x(out, &adjtimex_mode_names, load_u32(f, 0), o->xlat);
			break;
		case 's':
			print_flags_x(out, &adjtimex_status_names, load_u32(f, 0), o->xlat);
			break;
		case 't':
			strbuf_addf(out, "{tv_sec=%lld, tv_usec=%llu}", (long long)load_u64(f, 0),
				    (unsigned long long)load_u64(f, 8));
			break;
		case 'i':
			strbuf_addf(out, "%d", (int)load_u32(f, 0));
			break;
		default:
			strbuf_addf(out, "%lld", (long long)load_u64(f, 0));
		}
	}
	strbuf_addc(out, '}');
	return true;
}

/* adjtimex's return: 5 (TIME_ERROR), when the struct could be printed */
void print_timex_ret(struct strbuf *out, const struct sc_event *ev)
{
	const char *name = flag_lookup(&adjtimex_state_names, (uint64_t)ev->ret);
	bool printed = false;

	for (unsigned k = 0; k < ev->desc->nargs; k++)
		if (ev->desc->arg[k] == AT_TIMEX_OUT && fmt_mem(ev, k, TIMEX_SIZE) && ev->args[k])
			printed = true;
	strbuf_add_s64(out, (long long)ev->ret);
	if (printed && name)
		strbuf_addf(out, " (%s)", name);
}

/* --- struct sched_attr --- */

#define SCHED_ATTR_MIN 48 /* SCHED_ATTR_SIZE_VER0 */
#define SCHED_ATTR_VER1 56
#define SCHED_FLAG_KEEP_POLICY_BIT 0x08
#define SCHED_FLAG_KEEP_PARAMS_BIT 0x10

/*
 * {size=56, sched_policy=SCHED_OTHER, ...}: size bytes of p (at most 56); a
 * sched_setattr one (set) hides what its flags keep, and ends in "..." when
 * usize says there is more.
 */
static void print_sched_attr(struct strbuf *out, const char *p, uint32_t size_field,
			     unsigned size, uint64_t usize, bool set, int xlat)
{
	uint32_t policy = load_u32(p, 4);
	uint64_t flags = load_u64(p, 8);

	strbuf_addf(out, "{size=%u", size_field);
	if (size < SCHED_ATTR_MIN)
		goto end;
	if (!set || (int32_t)policy < 0 ||
	    !(flags & (SCHED_FLAG_KEEP_POLICY_BIT | SCHED_FLAG_KEEP_PARAMS_BIT))) {
		strbuf_adds(out, ", sched_policy=");
		print_enum_x(out, &sched_policy_names, policy, xlat);
	}
	strbuf_adds(out, ", sched_flags=");
	print_flags_x(out, &sched_attr_flag_names, flags, xlat);
	if (!set || !(flags & SCHED_FLAG_KEEP_PARAMS_BIT))
		strbuf_addf(out,
			    ", sched_nice=%d, sched_priority=%u, sched_runtime=%llu, "
			    "sched_deadline=%llu, sched_period=%llu",
			    (int)load_u32(p, 16), load_u32(p, 20),
			    (unsigned long long)load_u64(p, 24), (unsigned long long)load_u64(p, 32),
			    (unsigned long long)load_u64(p, 40));
	if (size >= SCHED_ATTR_VER1)
		strbuf_addf(out, ", sched_util_min=%u, sched_util_max=%u", load_u32(p, 48),
			    load_u32(p, 52));
end:
	if (usize > size)
		strbuf_adds(out, ", ...");
	strbuf_addc(out, '}');
}

const char *array_early(const struct sc_event *ev, unsigned i)
{
	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *b = ev->blobs[k];

		if (b->arg == i && b->kind == SCT_BLOB_MEM && !b->aux && b->len == 8 &&
		    !(b->flags & SCT_BLOB_FAULT) && k + 1 < ev->nblobs && ev->blobs[k + 1]->arg == i)
			return sct_blob_data(b);
	}
	return NULL;
}

/* sched_setattr's attr: as far as its size says; " => {size=N}" after E2BIG */
bool fmt_sched_attr_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
		       const struct decode_opts *o)
{
	unsigned have = 0, size;
	bool fault = false;
	const char *p = array_bytes(ev, i, &have, &fault), *early = array_early(ev, i);
	uint32_t usize, now;
	char buf[SCHED_ATTR_VER1] = { 0 };

	if (!ev->args[i] || !p || have < 4) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	now = load_u32(p, 0);
	usize = early ? load_u32(early, 0) : now;
	size = usize ? (usize < SCHED_ATTR_VER1 ? usize : SCHED_ATTR_VER1) : SCHED_ATTR_MIN;
	if (size >= SCHED_ATTR_MIN && have < size) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	memcpy(buf, p, have < sizeof(buf) ? have : sizeof(buf));
	print_sched_attr(out, buf, usize, size, usize ? usize : SCHED_ATTR_MIN, true, o->xlat);
	if (ev->has_ret && ev->ret == -E2BIG)
		strbuf_addf(out, " => {size=%u}", now);
	return true;
}

/* sched_getattr's attr, size (the next argument) bytes of it */
bool fmt_sched_attr_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
			const struct decode_opts *o)
{
	uint32_t usize = (uint32_t)ev->args[i + 1];
	unsigned have = 0, size = usize < SCHED_ATTR_VER1 ? usize : SCHED_ATTR_VER1;
	bool fault = false;
	const char *p = array_bytes(ev, i, &have, &fault);
	char buf[SCHED_ATTR_VER1] = { 0 };

	if (!ev->args[i] || !usize || !p || have < size || sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	memcpy(buf, p, size);
	print_sched_attr(out, buf, load_u32(buf, 0), load_u32(buf, 0), 0, false, o->xlat);
	return true;
}

/* rt_sigreturn's: the mask the signal frame restores, {mask=[INT USR2]} */
bool fmt_sigframe_mask(struct strbuf *out, const struct sc_event *ev, unsigned i,
		       const struct decode_opts *o)
{
	const struct sct_blob *b = fmt_mem(ev, i, 8);

	strbuf_adds(out, "{mask=");
	if (b)
		print_sigset(out, load_u64(sct_blob_data(b), 0), o->xlat);
	else
		fmt_addr(out, ev->args[i]);
	strbuf_addc(out, '}');
	return true;
}
