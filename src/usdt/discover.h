/* SPDX-License-Identifier: MIT */
/* The executable file-backed mappings of a process, from /proc/PID/maps. */
#ifndef SCT_USDT_DISCOVER_H
#define SCT_USDT_DISCOVER_H

#include <stdint.h>
#include <sys/types.h>

struct usdt_mapping {
	pid_t pid;
	uint64_t start, end, offset;
	const char *path; /* as maps shows it: "/usr/bin/python3.11", "/memfd:x (deleted)" */
	char map_file[64]; /* /proc/PID/map_files/START-END: opens what is mapped */
};

typedef int (*usdt_mapping_fn)(void *ctx, const struct usdt_mapping *m);

/* fn for each r-x mapping with a path; stops at a non-zero return. -errno if unreadable. */
int usdt_maps_for_each(pid_t pid, usdt_mapping_fn fn, void *ctx);
/* The identity of the mapped object (follows map_files). */
int usdt_mapping_stat(const struct usdt_mapping *m, dev_t *dev, ino_t *ino);

#endif
