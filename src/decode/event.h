/* SPDX-License-Identifier: MIT */
/*
 * The decoder's view of a call from the records the kernel side wrote: a
 * whole SYSCALL record, or an ENTER record and its EXIT record.
 */
#ifndef SCT_DECODE_EVENT_H
#define SCT_DECODE_EVENT_H

#include "decode.h"

/*
 * A whole call: (NULL, SYSCALL record). A call in two parts: (ENTER, EXIT);
 * (ENTER, NULL) while it is unfinished.
 * Returns -EINVAL when a record's blobs run past its end.
 */
int sc_event_init(struct sc_event *ev, const struct sct_rec_syscall *entry,
		  const struct sct_rec_syscall *exit);

/* -i, -k: the user registers and the top of the stack a record carries. */
struct user_stack {
	const struct sct_user_regs *regs; /* NULL: none captured */
	size_t len; /* bytes of stack from regs->r[SCT_USER_REG_SP] up */
	unsigned char data[SCT_STACK_DUMP_MAX];
};

/* The registers of ev (its end's when both parts have them), or NULL. */
const struct sct_user_regs *sc_event_regs(const struct sc_event *ev);
/* The registers and the stack captured after them; false if ev has none. */
bool sc_event_user_stack(const struct sc_event *ev, struct user_stack *out);
/* The same from a signal record (SCT_SIG_REGS); false if it has none or they are damaged. */
bool signal_user_stack(const struct sct_rec_signal *rec, struct user_stack *out);

/* Whether rec is long enough for its type (records from a log are untrusted). */
bool sct_record_valid(const struct sct_rec_hdr *rec);

#endif
