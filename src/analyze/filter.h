/* SPDX-License-Identifier: MIT */
/*
 * --filter EXPR and --duration MS: which finished calls the outputs (text,
 * JSON, -c) see, decided on their return value, arguments and latency.
 *
 *   expr    := and ('||' and)*
 *   and     := unary ('&&' unary)*
 *   unary   := '!' unary | '(' expr ')' | names ':' unary | cmp
 *   names   := syscall (',' syscall)*      the rest holds only for these syscalls
 *   cmp     := operand ('==' | '!=' | '<' | '<=' | '>' | '>=') operand
 *   operand := ret | errno | arg0..arg5 | count | duration | number | [-]ERRNO
 *   number  := [-] (decimal | 0xhex) [ns|us|ms|s | K|M|G]   (a fraction with a unit)
 *
 * ret is the kernel's value (-2 for ENOENT); errno is the error number of a
 * failed call (0 otherwise); count the bytes requested by the read/write
 * families (histogram.h); duration the call's latency in ns. A comparison with
 * a value the call does not have (ret of a call that did not return, count of
 * getpid) is false.
 */
#ifndef SCT_ANALYZE_FILTER_H
#define SCT_ANALYZE_FILTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../calls/calls.h"

struct filter;

/* NULL with a message in err when expr is not valid (or out of memory). */
struct filter *filter_parse(const char *expr, char *err, size_t errlen);
/* --duration: only calls that took longer than min_ns (f NULL: a new filter); NULL if no memory. */
struct filter *filter_min_duration(struct filter *f, uint64_t min_ns);
void filter_free(struct filter *f);
/* Whether a call that ended passes (calls_config.filter). */
bool filter_match(const void *f, const struct call *c);
/* --duration's argument: milliseconds, a fraction allowed ("0.5"); -1 if not valid. */
int filter_parse_ms(const char *s, uint64_t *ns);

#endif
