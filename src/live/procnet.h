/* SPDX-License-Identifier: MIT */
/* -yy descriptions of a live process's sockets from /proc/PID/net (procnet.c; live tracing only). */
#ifndef SCT_LIVE_PROCNET_H
#define SCT_LIVE_PROCNET_H

#include <stdint.h>

struct procnet;

/* Read process tgid's socket tables; NULL only when out of memory. */
struct procnet *procnet_load(uint32_t tgid);
/* "TCP:[127.0.0.1:80]" for socket inode ino, or NULL when no table has it. */
const char *procnet_find(const struct procnet *pn, unsigned long ino);
void procnet_free(struct procnet *pn);

#endif
