/* SPDX-License-Identifier: MIT */
/* Hand-made decoder events for the unit tests: a call that returned ret. */
#ifndef SCT_TESTS_EVENT_H
#define SCT_TESTS_EVENT_H

#include <stdint.h>
#include <string.h>

#include "decode/decode.h"

static inline struct sc_event test_event(const struct syscall_desc *d, unsigned nr, int64_t ret,
					 uint64_t a0, uint64_t a1, uint64_t a2, uint64_t a3,
					 uint64_t a4, uint64_t a5)
{
	struct sc_event ev;

	memset(&ev, 0, sizeof(ev));
	ev.nr = nr;
	ev.desc = d;
	ev.ret = ret;
	ev.has_ret = true;
	ev.args[0] = a0;
	ev.args[1] = a1;
	ev.args[2] = a2;
	ev.args[3] = a3;
	ev.args[4] = a4;
	ev.args[5] = a5;
	return ev;
}

#endif
