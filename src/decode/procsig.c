// SPDX-License-Identifier: MIT
/*
 * Process, signal, scheduling and memory-policy arguments that are arrays,
 * masks or structures of their own (strace's numa.c, affinity.c, sched.c,
 * ioprio.c, uid.c...): NUMA node masks and modes, I/O priorities, gid lists,
 * CPU masks, struct sched_attr, stack_t. Arrays print as strace's print_array:
 * elements up to -s, then "...", and at a fault "... / * address * /".
 */
#include <stdio.h>

#include "fmt.h"
#include "xlat_proc.h"

/* Prints one element of an array. */
typedef void array_elem_fn(struct strbuf *out, const char *elem, const struct decode_opts *o);

/*
 * The bytes captured of argument i's array (SCT_CAP_ARRAY_*): *have of them;
 * *fault when the rest could not be read (what its first page holds); NULL
 * when nothing was read.
 */
static const char *array_bytes(const struct sc_event *ev, unsigned i, unsigned *have, bool *fault)
{
	const struct sct_blob *found = NULL;

	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *b = ev->blobs[k];

		if (b->arg == i && b->kind == SCT_BLOB_MEM && !SCT_AUX_TAGGED(b->aux))
			found = b;
	}
	if (!found || ((found->flags & SCT_BLOB_FAULT) && !(found->flags & SCT_BLOB_SHORT)))
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
			unsigned elem, array_elem_fn *fn, const struct decode_opts *o)
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

/* the who of which (the argument before): a process, a process group, or a uid */
bool fmt_ioprio_who(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	switch ((uint32_t)ev->args[i - 1]) {
	case 1: /* IOPRIO_WHO_PROCESS */
		return fmt_pid_tgid(out, ev, i, o);
	case 2: /* IOPRIO_WHO_PGRP */
		return fmt_pid_pgid(out, ev, i, o);
	default:
		strbuf_addf(out, "%d", (int)ev->args[i]);
		return true;
	}
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
