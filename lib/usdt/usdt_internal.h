/* SPDX-License-Identifier: MIT */
/*
 * The library's objects. Shared by the library's files, its tests and the
 * benchmark; never installed.
 */
#ifndef SCT_USDT_INTERNAL_H
#define SCT_USDT_INTERNAL_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "argtypes.h"
#include "sctrace/usdt.h"

#define SCTUSDT_ARGSPEC_MAX 96

struct sct_usdt_probe {
	/* First member: SCT_USDT_FIRE reads the semaphore through it. Points to
	 * sctusdt_zero_semaphore while the provider is not loaded. */
	struct sct_usdt__probe_head head;
	const void *stub; /* the stub to call; NULL while not loaded (atomic) */
	struct sct_usdt_provider *provider;
	struct sct_usdt_probe *next;
	char *name;
	struct sctusdt_args args;
	char argspec[SCTUSDT_ARGSPEC_MAX]; /* the note's argument string */
	char typespec[SCTUSDT_ARGSPEC_MAX]; /* the type note's list "i32,str" */
	uint64_t pc, semaphore;             /* their addresses in the object */
};

struct sct_usdt_provider {
	pthread_mutex_t lock; /* serialises add, load, unload */
	char *name;
	struct sct_usdt_probe *probes, **tail;
	size_t nprobes;
	/* the probes by name (open addressing, a power of two): adding is not quadratic */
	struct sct_usdt_probe **by_name;
	size_t by_name_cap;
	bool loaded;
	unsigned char *base; /* where the object is mapped */
	size_t map_len;
	int memfd; /* kept open while loaded (bcc finds memfds in /proc/PID/fd), -1 if not */
	uint64_t memfd_dev, memfd_ino; /* to close it only if it is still ours */
};

extern const unsigned short sctusdt_zero_semaphore;

/* Build, seal and map PROV's object (lock held). 0 or a negative error. */
int sctusdt_map_provider(struct sct_usdt_provider *prov);
/* Unmap it again (lock held). */
void sctusdt_unmap_provider(struct sct_usdt_provider *prov);

#endif
