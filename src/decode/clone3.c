// SPDX-License-Identifier: MIT
/*
 * clone3 as strace 6.1 prints it: the struct clone_args fields the flags make
 * meaningful, then, when the call succeeded and the flags asked the kernel to
 * write the new pidfd or tid, " => {pidfd=..., parent_tid=[N]}", then the
 * size. The struct is read at entry as far as the size says (capture_plan.c).
 *
 * parent_tid is what the kernel wrote there: the return value (both are the
 * child's tid in the parent's pid namespace). The pidfd number lives only in
 * the traced process's memory, which no capture reads after the call: it
 * prints as its address, strace's form for memory it could not read.
 * set_tid prints as an address too (strace prints the array it points to).
 * The child's own return from clone3 prints no line, as under strace.
 */
#include <errno.h>
#include <stdio.h>
#include <linux/sched.h>

#include "flags.h"
#include "fmt.h"

#define OFF_SET_TID 64
#define OFF_CGROUP 80

/* The struct as the kernel sees it: fields past the size given read as zero. */
static const struct sct_blob *clone_args(const struct sc_event *ev, char buf[CLONE_ARGS_SIZE_VER2])
{
	const struct sct_blob *b = fmt_mem(ev, 0, CLONE_ARGS_SIZE_VER0);
	unsigned n;

	if (!ev->args[0] || !b || ev->args[1] < CLONE_ARGS_SIZE_VER0)
		return NULL;
	n = b->len < ev->args[1] ? b->len : (unsigned)ev->args[1];
	memset(buf, 0, CLONE_ARGS_SIZE_VER2);
	memcpy(buf, sct_blob_data(b), n < CLONE_ARGS_SIZE_VER2 ? n : CLONE_ARGS_SIZE_VER2);
	return b;
}

bool decode_clone3_has_output(const struct sc_event *ev)
{
	char p[CLONE_ARGS_SIZE_VER2];

	return clone_args(ev, p) && (load_u64(p, 0) & (CLONE_PIDFD | CLONE_PARENT_SETTID));
}

static void print_field_addr(struct strbuf *out, const char *name, uint64_t v)
{
	strbuf_addf(out, ", %s=", name);
	fmt_addr(out, v);
}

static void print_entry(struct strbuf *out, const struct sc_event *ev, const struct sct_blob *b,
			const char *p, const struct decode_opts *o)
{
	uint64_t flags = load_u64(p, 0), sig = load_u64(p, 32), usize = ev->args[1];

	strbuf_adds(out, "{flags=");
	print_flags_x(out, &clone3_flag_names, flags, o->xlat);
	if (flags & CLONE_PIDFD)
		print_field_addr(out, "pidfd", load_u64(p, 8));
	if (flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID))
		print_field_addr(out, "child_tid", load_u64(p, 16));
	if (flags & CLONE_PARENT_SETTID)
		print_field_addr(out, "parent_tid", load_u64(p, 24));
	strbuf_adds(out, ", exit_signal=");
	if (sig <= 0x7fffffff)
		print_signal_x(out, (int)sig, o->xlat);
	else
		strbuf_addf(out, "%llu", (unsigned long long)sig);
	print_field_addr(out, "stack", load_u64(p, 40));
	strbuf_addf(out, ", stack_size=%#llx", (unsigned long long)load_u64(p, 48));
	if (flags & CLONE_SETTLS)
		print_field_addr(out, "tls", load_u64(p, 56));
	if (usize > OFF_SET_TID && (load_u64(p, OFF_SET_TID) || load_u64(p, OFF_SET_TID + 8))) {
		print_field_addr(out, "set_tid", load_u64(p, OFF_SET_TID));
		strbuf_addf(out, ", set_tid_size=%llu", (unsigned long long)load_u64(p, OFF_SET_TID + 8));
	}
	if (usize > OFF_CGROUP && (load_u64(p, OFF_CGROUP) || (flags & CLONE_INTO_CGROUP)))
		strbuf_addf(out, ", cgroup=%llu", (unsigned long long)load_u64(p, OFF_CGROUP));
	print_struct_tail(out, sct_blob_data(b), b->len, CLONE_ARGS_SIZE_VER2, usize,
			  ev->has_ret && ev->ret == -E2BIG, o);
	strbuf_addc(out, '}');
}

/* " => {pidfd=..., parent_tid=[N]}" after a success. */
static void print_exit(struct strbuf *out, const struct sc_event *ev, const char *p)
{
	uint64_t flags = load_u64(p, 0);

	if (sc_event_failed(ev))
		return;
	strbuf_adds(out, " => {");
	if (flags & CLONE_PIDFD) {
		strbuf_adds(out, "pidfd=");
		fmt_addr(out, load_u64(p, 8));
	}
	if (flags & CLONE_PARENT_SETTID)
		strbuf_addf(out, "%sparent_tid=[%lld]", flags & CLONE_PIDFD ? ", " : "",
			    (long long)ev->ret);
	strbuf_addc(out, '}');
}

void decode_clone3_args(struct strbuf *out, const struct sc_event *ev, enum decode_part part,
			const struct decode_opts *o)
{
	char p[CLONE_ARGS_SIZE_VER2];
	const struct sct_blob *b = clone_args(ev, p);
	bool has_out = b && (load_u64(p, 0) & (CLONE_PIDFD | CLONE_PARENT_SETTID));

	if (part != DECODE_EXIT) {
		if (b)
			print_entry(out, ev, b, p, o);
		else
			fmt_addr(out, ev->args[0]);
	}
	/* With an output the entry part stops after the struct: "clone3({...} <unfinished ...>". */
	if (part == DECODE_ENTRY && has_out)
		return;
	if (part == DECODE_EXIT && !has_out)
		return;
	if (has_out)
		print_exit(out, ev, p);
	strbuf_addf(out, ", %llu", (unsigned long long)ev->args[1]);
}
