// SPDX-License-Identifier: MIT
/*
 * clone3 as strace 6.1 prints it: the struct clone_args fields the flags make
 * meaningful, then, when the call succeeded and the flags asked the kernel to
 * write the new pidfd or tid, " => {pidfd=..., parent_tid=[N]}", then the
 * size. The struct is read at entry as far as the size says (capture_plan.c).
 *
 * The kernel side reads the struct at entry and at exit (SCT_CAP_CLONE_ARGS),
 * the set_tid array, and after the call the pidfd and parent_tid ints it
 * points to. The child's own return from clone3 prints no line, as under
 * strace.
 */
#include <errno.h>
#include <stdio.h>
#include <linux/sched.h>

#include "flags.h"
#include "fmt.h"

#define OFF_SET_TID 64
#define OFF_CGROUP 80

/*
 * The struct blob read at entry (first) or at exit (last): all of it, or
 * what its first page held (SCT_BLOB_SHORT); NULL when none.
 */
static const struct sct_blob *struct_blob(const struct sc_event *ev, bool first)
{
	const struct sct_blob *found = NULL;

	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *b = ev->blobs[k];

		if (b->arg != 0 || b->kind != SCT_BLOB_MEM || b->aux != 0)
			continue;
		found = b;
		if (first)
			break;
	}
	if (found && fmt_blob_unreadable(found))
		return NULL;
	return found;
}

/*
 * The struct as the kernel sees it (fields past the size given read as zero),
 * when the min(size, 88) bytes strace reads were readable; NULL otherwise.
 */
static const struct sct_blob *clone_args(const struct sc_event *ev, bool first,
					 char buf[CLONE_ARGS_SIZE_VER2])
{
	const struct sct_blob *b = struct_blob(ev, first);
	uint64_t usize = ev->args[1];
	unsigned want = usize < CLONE_ARGS_SIZE_VER2 ? (unsigned)usize : CLONE_ARGS_SIZE_VER2;

	if (!ev->args[0] || !b || usize < CLONE_ARGS_SIZE_VER0 || b->len < want)
		return NULL;
	memset(buf, 0, CLONE_ARGS_SIZE_VER2);
	memcpy(buf, sct_blob_data(b), want);
	return b;
}

/* Whether the bytes past the known struct are for strace to look at. */
static bool has_tail(const struct sc_event *ev)
{
	return ev->args[1] > CLONE_ARGS_SIZE_VER2;
}

bool decode_clone3_has_output(const struct sc_event *ev)
{
	char p[CLONE_ARGS_SIZE_VER2];

	return clone_args(ev, true, p) &&
	       ((load_u64(p, 0) & (CLONE_PIDFD | CLONE_PARENT_SETTID)) || has_tail(ev));
}

static void print_field_addr(struct strbuf *out, const char *name, uint64_t v)
{
	strbuf_addf(out, ", %s=", name);
	fmt_addr(out, v);
}

/*
 * ", / * bytes 88..95 * / \"...\"" for the bytes past the struct when any is
 * not zero, ", ???" when they could not be read; sep is printed first
 * instead of ", ". Whether it printed anything.
 */
static bool print_tail(struct strbuf *out, const struct sc_event *ev, const struct sct_blob *b,
		       const char *sep, const struct decode_opts *o)
{
	uint64_t usize = ev->args[1];
	unsigned end = usize < 4096 ? (unsigned)usize : 4096;
	size_t before = out->len;

	if (!has_tail(ev))
		return false;
	if ((b->flags & SCT_BLOB_FAULT) && b->len < end) {
		strbuf_adds(out, sep);
		strbuf_adds(out, "???");
		return true;
	}
	print_struct_tail(out, sct_blob_data(b), b->len, CLONE_ARGS_SIZE_VER2, usize,
			  ev->has_ret && ev->ret == -E2BIG, o);
	if (out->len == before)
		return false;
	if (strcmp(sep, ", ")) { /* print_struct_tail begins with ", " */
		memmove(out->data + before + strlen(sep), out->data + before + 2,
			out->len - before - 2);
		memcpy(out->data + before, sep, strlen(sep));
		strbuf_truncate(out, out->len - 2 + strlen(sep));
	}
	return true;
}

static void print_tid(struct strbuf *out, const char *elem, unsigned k)
{
	strbuf_addf(out, "%s%d", k ? ", " : "", (int)load_u32(elem, 4 * k));
}

/* set_tid=[...], set_tid_size=N as strace prints them (at most 32 tids) */
static void print_set_tid(struct strbuf *out, const struct sc_event *ev, uint64_t addr,
			  uint64_t n)
{
	const struct sct_blob *b = fmt_aux_blob(ev, 0, SCT_AUX_SET_TID, true);
	unsigned have;

	strbuf_adds(out, ", set_tid=");
	if (!addr || !n || n > 32 || !b) {
		fmt_addr(out, addr);
	} else {
		have = b->len / 4;
		if (!have) {
			fmt_addr(out, addr);
		} else {
			strbuf_addc(out, '[');
			for (unsigned k = 0; k < n && k < have; k++)
				print_tid(out, sct_blob_data(b), k);
			if (have < n)
				strbuf_addf(out, ", ... /* %#llx */",
					    (unsigned long long)(addr + 4 * have));
			strbuf_addc(out, ']');
		}
	}
	strbuf_addf(out, ", set_tid_size=%llu", (unsigned long long)n);
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
	if (sig < 0x7fffffff)
		print_signal_x(out, (int)sig, o->xlat);
	else
		strbuf_addf(out, "%llu", (unsigned long long)sig);
	print_field_addr(out, "stack", load_u64(p, 40));
	strbuf_addf(out, ", stack_size=%#llx", (unsigned long long)load_u64(p, 48));
	if (flags & CLONE_SETTLS)
		print_field_addr(out, "tls", load_u64(p, 56));
	if (load_u64(p, OFF_SET_TID) || load_u64(p, OFF_SET_TID + 8))
		print_set_tid(out, ev, load_u64(p, OFF_SET_TID), load_u64(p, OFF_SET_TID + 8));
	if (usize > OFF_CGROUP && (load_u64(p, OFF_CGROUP) || (flags & CLONE_INTO_CGROUP)))
		strbuf_addf(out, ", cgroup=%llu", (unsigned long long)load_u64(p, OFF_CGROUP));
	print_tail(out, ev, b, ", ", o);
	strbuf_addc(out, '}');
}

/*
 * [N] from what the kernel wrote at addr, NULL, or the address when unread.
 * A record with no such capture (older logs) has parent_tid from the return
 * value: both are the child's tid in the parent's pid namespace.
 */
static void print_written_int(struct strbuf *out, const struct sc_event *ev, uint64_t addr,
			      unsigned aux)
{
	const struct sct_blob *b = NULL;

	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++)
		if (ev->blobs[k]->arg == 0 && ev->blobs[k]->aux == aux)
			b = ev->blobs[k];
	if (addr && !b && aux == SCT_AUX_PARENT_TID)
		strbuf_addf(out, "[%lld]", (long long)ev->ret);
	else if (!addr || !b || (b->flags & SCT_BLOB_FAULT) || b->len < 4)
		fmt_addr(out, addr);
	else
		strbuf_addf(out, "[%d]", (int)load_u32(sct_blob_data(b), 0));
}

/* " => {pidfd=[N], parent_tid=[N], tail}" after a success, from the struct at exit. */
static void print_exit(struct strbuf *out, const struct sc_event *ev, const struct decode_opts *o)
{
	char p[CLONE_ARGS_SIZE_VER2];
	const struct sct_blob *b;
	const char *sep = " => {";
	uint64_t flags;

	if (sc_event_failed(ev))
		return;
	b = clone_args(ev, false, p);
	if (!b) {
		strbuf_adds(out, " => ");
		fmt_addr(out, ev->args[0]);
		return;
	}
	flags = load_u64(p, 0);
	if (flags & CLONE_PIDFD) {
		strbuf_addf(out, "%spidfd=", sep);
		print_written_int(out, ev, load_u64(p, 8), SCT_AUX_PIDFD);
		sep = ", ";
	}
	if (flags & CLONE_PARENT_SETTID) {
		strbuf_addf(out, "%sparent_tid=", sep);
		print_written_int(out, ev, load_u64(p, 24), SCT_AUX_PARENT_TID);
		sep = ", ";
	}
	if (print_tail(out, ev, b, sep, o))
		sep = ", ";
	if (!strcmp(sep, ", "))
		strbuf_addc(out, '}');
}

void decode_clone3_args(struct strbuf *out, const struct sc_event *ev, enum decode_part part,
			const struct decode_opts *o)
{
	char p[CLONE_ARGS_SIZE_VER2];
	const struct sct_blob *b = clone_args(ev, true, p);
	bool has_out = b && ((load_u64(p, 0) & (CLONE_PIDFD | CLONE_PARENT_SETTID)) || has_tail(ev));

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
		print_exit(out, ev, o);
	strbuf_addf(out, ", %llu", (unsigned long long)ev->args[1]);
}
