/* SPDX-License-Identifier: MIT */
/* Network interface names of the live system (ifnames.c), for decode_opts.if_name. */
#ifndef SCT_LIVE_IFNAMES_H
#define SCT_LIVE_IFNAMES_H

#include <stdbool.h>

/* The name of interface index into name (IF_NAMESIZE bytes); false when there is none. */
bool live_if_name(unsigned index, char *name);

#endif
