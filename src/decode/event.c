// SPDX-License-Identifier: MIT
/* Building the decoder's view of a call (struct sc_event) from its records. */
#include "event.h"

#include <errno.h>
#include <string.h>

/* A blob of the entry that could not be read and that b, from the exit, reads again. */
static const struct sct_blob **unread_at_entry(struct sc_event *ev, unsigned nentry,
					       const struct sct_blob *b)
{
	for (unsigned i = 0; i < nentry; i++) {
		const struct sct_blob *e = ev->blobs[i];

		if (e->arg == b->arg && e->aux == b->aux && (e->flags & SCT_BLOB_FAULT) &&
		    !(b->flags & SCT_BLOB_FAULT))
			return &ev->blobs[i];
	}
	return NULL;
}

/*
 * Append the blobs that follow rec, checking each lies inside the record. An
 * exit's blob replaces one of the first nentry (the entry's) that the kernel
 * side could not read then (capture.bpf.c: refetch).
 */
static int add_blobs(struct sc_event *ev, const struct sct_rec_syscall *rec, unsigned nentry)
{
	const uint8_t *p = (const uint8_t *)(rec + 1);
	const uint8_t *end = (const uint8_t *)rec + rec->hdr.size;

	if (rec->hdr.size < sizeof(*rec))
		return -EINVAL;
	for (unsigned i = 0; i < rec->nblobs; i++) {
		const struct sct_blob *b = (const struct sct_blob *)p;
		const struct sct_blob **slot;

		if ((size_t)(end - p) < sizeof(*b) || (size_t)(end - p) < sct_blob_span(b))
			return -EINVAL;
		if (b->arg >= SCT_MAX_ARGS)
			return -EINVAL;
		slot = unread_at_entry(ev, nentry, b);
		if (slot)
			*slot = b;
		else if (ev->nblobs < SC_EVENT_MAX_BLOBS)
			ev->blobs[ev->nblobs++] = b;
		p += sct_blob_span(b);
	}
	return 0;
}

static const uint16_t record_min_size[] = {
	[SCT_REC_SYSCALL] = sizeof(struct sct_rec_syscall),
	[SCT_REC_ENTER] = sizeof(struct sct_rec_syscall),
	[SCT_REC_EXIT] = sizeof(struct sct_rec_syscall),
	[SCT_REC_FORK] = sizeof(struct sct_rec_fork),
	[SCT_REC_TASK_EXIT] = sizeof(struct sct_rec_task_exit),
	[SCT_REC_SIGNAL] = sizeof(struct sct_rec_signal),
	[SCT_REC_TASK_NEW] = SCT_TASK_NEW_MIN_SIZE,
	[SCT_REC_LOSS] = sizeof(struct sct_rec_loss),
	[SCT_REC_END] = sizeof(struct sct_rec_end),
	[SCT_REC_FD_SNAPSHOT] = sizeof(struct sct_rec_fd_snapshot),
	[SCT_REC_USDT] = sizeof(struct sct_rec_usdt),
	[SCT_REC_USDT_PROBE] = sizeof(struct sct_rec_usdt_probe),
	[SCT_REC_EXEC] = sizeof(struct sct_rec_exec),
	[SCT_REC_PROC_STATE] = sizeof(struct sct_rec_proc_state),
	[SCT_REC_PID_VIEW] = sizeof(struct sct_rec_pid_view),
	[SCT_REC_SCHED_SWITCH] = sizeof(struct sct_rec_sched_switch), /* ctf2 */
};

bool sct_record_valid(const struct sct_rec_hdr *rec)
{
	unsigned n = sizeof(record_min_size) / sizeof(record_min_size[0]);

	return rec->type < n && record_min_size[rec->type] && rec->size >= record_min_size[rec->type];
}

int sc_event_init(struct sc_event *ev, const struct sct_rec_syscall *entry,
		  const struct sct_rec_syscall *exit)
{
	const struct sct_rec_syscall *first = entry ? entry : exit;
	int err;

	/* Field by field: clearing the whole blob array costs more than the decoding. */
	ev->nblobs = 0;
	ev->ret = 0;
	ev->has_ret = false;
	ev->noreturn = false;
	ev->injected = false;
	ev->poked = false;
	ev->delayed = false;
	if (!first)
		return -EINVAL;
	ev->nr = first->nr;
	ev->desc = syscall_desc(first->nr);
	memcpy(ev->args, first->args, sizeof(ev->args));
	if (entry) {
		err = add_blobs(ev, entry, 0);
		if (err)
			return err;
	}
	if (exit) {
		err = add_blobs(ev, exit, entry ? ev->nblobs : 0);
		if (err)
			return err;
		ev->ret = exit->ret;
		ev->has_ret = true;
		ev->noreturn = (exit->flags & SCT_SC_NORETURN) != 0;
		ev->injected = (exit->flags & SCT_SC_INJECTED) != 0;
		ev->poked = (exit->flags & SCT_SC_POKED) != 0;
		ev->delayed = (exit->flags & SCT_SC_DELAYED) != 0;
		ev->inject_retval = ev->injected && (exit->flags & SCT_SC_INJ_RETVAL);
	}
	return 0;
}

static bool is_regs(const struct sct_blob *b)
{
	return b->aux == SCT_AUX_REGS && b->kind == SCT_BLOB_MEM && !(b->flags & SCT_BLOB_FAULT) &&
	       b->len == sizeof(struct sct_user_regs);
}

/* The last registers blob of blobs[0..n) and the stack blobs that follow it. */
static bool collect_stack(const struct sct_blob *const *blobs, unsigned n, struct user_stack *out)
{
	unsigned k = n;

	out->regs = NULL;
	out->len = 0;
	while (k > 0 && !is_regs(blobs[k - 1]))
		k--;
	if (!k)
		return false;
	out->regs = (const struct sct_user_regs *)sct_blob_data(blobs[k - 1]);
	for (; k < n && blobs[k]->aux == SCT_AUX_STACK; k++) {
		const struct sct_blob *b = blobs[k];

		if (b->kind != SCT_BLOB_MEM || out->len + b->len > sizeof(out->data))
			break;
		memcpy(out->data + out->len, sct_blob_data(b), b->len);
		out->len += b->len;
	}
	return true;
}

const struct sct_user_regs *sc_event_regs(const struct sc_event *ev)
{
	for (unsigned k = ev->nblobs; k > 0; k--)
		if (is_regs(ev->blobs[k - 1]))
			return (const struct sct_user_regs *)sct_blob_data(ev->blobs[k - 1]);
	return NULL;
}

bool sc_event_user_stack(const struct sc_event *ev, struct user_stack *out)
{
	return collect_stack(ev->blobs, ev->nblobs, out);
}

bool signal_user_stack(const struct sct_rec_signal *rec, struct user_stack *out)
{
	const uint8_t *p = (const uint8_t *)(rec + 1);
	const uint8_t *end = (const uint8_t *)rec + rec->hdr.size;
	const struct sct_blob *blobs[SCT_STACK_DUMP_MAX / 4096 + 2];
	unsigned n = 0;

	out->regs = NULL;
	out->len = 0;
	if (!(rec->flags & SCT_SIG_REGS) || rec->hdr.size < sizeof(*rec))
		return false;
	while (n < sizeof(blobs) / sizeof(blobs[0]) && (size_t)(end - p) >= sizeof(struct sct_blob)) {
		const struct sct_blob *b = (const struct sct_blob *)p;

		if ((size_t)(end - p) < sct_blob_span(b))
			return false;
		blobs[n++] = b;
		p += sct_blob_span(b);
	}
	return collect_stack(blobs, n, out);
}
