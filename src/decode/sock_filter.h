/* SPDX-License-Identifier: MIT */
/* Classic BPF socket filters (sock_filter.c), for the socket options that carry them. */
#ifndef SCT_DECODE_SOCK_FILTER_H
#define SCT_DECODE_SOCK_FILTER_H

#include "decode.h"

/* n instructions at addr, have bytes of them at p: [BPF_STMT(...), ...], the address without -v. */
void print_sock_filter_array(struct strbuf *out, uint64_t addr, const char *p, unsigned have,
			     unsigned n, const struct decode_opts *o);
/* The same whatever -v says, as many as were read ("... / * addr * /" at the first that was not). */
void print_sock_filter_insns(struct strbuf *out, uint64_t addr, const char *p, unsigned have,
			     unsigned n, const struct decode_opts *o);
/* struct sock_fprog at p (16 bytes), argument i's, its instructions captured as its pointee. */
void print_sock_fprog(struct strbuf *out, const struct sc_event *ev, unsigned i, const char *p,
		      const struct decode_opts *o);

#endif
