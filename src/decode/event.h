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

/* Whether rec is long enough for its type (records from a log are untrusted). */
bool sct_record_valid(const struct sct_rec_hdr *rec);

#endif
