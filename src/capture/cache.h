/* SPDX-License-Identifier: MIT */
/*
 * Verified BPF objects kept between runs. Loading the capture object costs
 * 100-200 ms, almost all of it the kernel's verifier; the programs and maps
 * of an ended run are as good for the next run with the same key. At exit a
 * run hands their descriptors to the keeper (`sctrace --cache-keeper`, comm
 * "sctrace-cache", on the abstract unix socket @sctrace-cache.SCTD, named
 * after its protocol), starting it
 * when none listens; the keeper gives an object to the next run that asks
 * with its key, holds four at most and two of one key (the oldest goes),
 * drops each after SCTRACE_CACHE seconds (default 300) and exits when it has
 * held nothing that long. Only root talks to the keeper, both ways (SO_PEERCRED).
 * SCTRACE_CACHE=0: nothing kept.
 *
 * A run also hands over its links, the programs still attached but idle
 * (capture_on cleared): the keeper detaches them CACHE_ATTACHED_MS later,
 * and a run that takes the object before then attaches nothing. Detaching
 * and attaching patch the kernel's code at each tracepoint, and an attach
 * soon after a detach waits for an RCU grace period (5-20 ms).
 */
#ifndef SCT_CAPTURE_CACHE_H
#define SCT_CAPTURE_CACHE_H

#include <stddef.h>
#include <stdint.h>

/* Descriptors of one object at most: one message's SCM_RIGHTS (the kernel's SCM_MAX_FD). */
#define CACHE_FDS_MAX 253

/* How long a kept object's programs stay attached after its run. */
#define CACHE_ATTACHED_MS 1000

/* Seconds a keeper waits (SCTRACE_CACHE), 0 when keeping is off. */
unsigned cache_seconds(void);

/* A 64-bit key of the bytes of n blocks. */
struct cache_block {
	const void *data;
	size_t size;
};
uint64_t cache_key(const struct cache_block *blocks, unsigned n);

/*
 * Takes the n descriptors kept under key (O_CLOEXEC, now the caller's), and
 * after them *nlinks links when they are still attached (fds has room for
 * CACHE_FDS_MAX): 0, -ENOENT when no keeper has them, -EBUSY when a run took
 * them and has not given them back yet, or another -errno.
 */
int cache_take(uint64_t key, int *fds, unsigned n, unsigned *nlinks);

/*
 * Hands copies of fds to the keeper under key (the caller keeps and closes
 * its own); the last nlinks of them are links, which the keeper closes
 * after CACHE_ATTACHED_MS. Best effort: says why not only with --debug.
 */
void cache_give(uint64_t key, const int *fds, unsigned n, unsigned nlinks, unsigned seconds);

/*
 * Tells the keeper that this run has attached its programs: the links it
 * holds (other runs' programs, idle) go now rather than at the end of their
 * second, for they only slow this run's calls (each idle program still runs
 * at every system call). After the attach, so that the kernel's wait for a
 * grace period (an attach after a detach) is the keeper's, not ours.
 */
void cache_detach_idle(void);

/*
 * main() of `sctrace --cache-keeper KEY N SECONDS NLINKS`: the first object is
 * descriptors 3..3+N-1, the last NLINKS of them links.
 */
int cache_keeper_main(int argc, char **argv);

#endif
