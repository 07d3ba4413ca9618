/* SPDX-License-Identifier: MIT */
/* select and pselect6 (select.c). */
#ifndef SCT_DECODE_SELECT_H
#define SCT_DECODE_SELECT_H

#include "fmt.h"

#define SCT_FDSET_CAP 128 /* FD_SETSIZE bits: more are not read */

arg_fmt_fn fmt_fdset, fmt_select_timeout, fmt_pselect_sigmask;
/* ", left {...}": the timeout argument i as the call left it (select, pselect6, ppoll). */
void print_timeout_left(struct strbuf *out, const struct sc_event *ev, unsigned i);
/* The return value with what the call left: "1 (in [3], left {...})", "0 (Timeout)". */
void print_select_ret(struct strbuf *out, const struct sc_event *ev);

#endif
