/* SPDX-License-Identifier: MIT */
/*
 * The tracer side of USDT (--usdt, --list-usdt): find probes in the objects
 * the traced processes map (files, deleted files, memfd providers made by
 * libsctusdt), attach a uprobe per probe site and process, and keep that true
 * as providers come and go. Probe hits arrive as SCT_REC_USDT records in the
 * capture's rings; each probe id is announced once by a SCT_REC_USDT_PROBE
 * record injected into the stream. Design: src/usdt/README.md.
 */
#ifndef SCT_USDT_USDT_H
#define SCT_USDT_USDT_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

struct capture;
struct usdt_session;

struct usdt_config {
	char *const *specs; /* --usdt SPEC... */
	size_t nspecs;
	bool system_wide; /* attach by PATH for every process */
	unsigned str_max; /* -s */
	size_t ring_bytes; /* the capture's ring size, for the wakeup threshold */
	bool verbose;
	volatile sig_atomic_t *stop; /* set by a signal handler: stop attaching (may be NULL) */
	bool command; /* a spawned command: its code mmaps are held (usdt_before_mmap) */
};

/* Check one SPEC for the option parser; one line in err on failure. */
int usdt_spec_check(const char *spec, bool system_wide, char *err, size_t errlen);

/*
 * Load the USDT BPF object into the capture's rings; with system_wide also
 * attach to every probe the SPEC paths name. Prints one error line on failure.
 */
int usdt_open(struct usdt_session **out, struct capture *cap, const struct usdt_config *cfg);
/*
 * Before a spawned command runs: attach to its executable (found as execvp
 * would) and the SPEC paths for pid, so probes fire from its first
 * instruction on.
 */
void usdt_preattach(struct usdt_session *u, pid_t pid, const char *command);
/*
 * A traced thread is about to execve or execveat (nr, args: called by the
 * seccomp listener while it holds the call): attach to the probes of the program it runs (and of a
 * script's interpreter) before it starts, so they fire from its first
 * instruction on. Any thread.
 */
void usdt_before_exec(struct usdt_session *u, pid_t tid, long nr, const uint64_t *args);
/* Likewise before thread tid maps file descriptor fd executable (a library, a provider). */
void usdt_before_mmap(struct usdt_session *u, pid_t tid, int fd);
/* Scan the traced processes now: attach to new probe sites, detach from unmapped ones. */
void usdt_rescan(struct usdt_session *u);
/* A child process of ours that usdt waits for itself (the exec hold's helper), or 0. */
pid_t usdt_own_child(const struct usdt_session *u);
/* usdt_rescan at most every 200 ms; call often from the main loop. */
void usdt_tick(struct usdt_session *u);
/* What the kernel side counted: hits written, hits lost, arguments it could not read. */
struct usdt_stats {
	uint64_t events, lost, unreadable;
};
/* Adds the counts so far to st (nothing for NULL). */
void usdt_add_stats(const struct usdt_session *u, struct usdt_stats *st);
/* Detach everything (the kernel drops the semaphores) and free. Accepts NULL. */
void usdt_close(struct usdt_session *u);

/*
 * --list-usdt: every probe in the objects mapped by pids, or in the files
 * paths, restricted to specs when given. One line per probe site on out.
 * Returns the exit status.
 */
int usdt_list(char *const *specs, size_t nspecs, const pid_t *pids, size_t npids,
	      char *const *paths, FILE *out);

#endif
