/* SPDX-License-Identifier: MIT */
/* --replay FILE [--check]: decode or verify a recorded log (replay.c). */
#ifndef SCT_CLI_REPLAY_H
#define SCT_CLI_REPLAY_H

#include "options.h"

int run_replay(const struct options *o);

struct log_reader;
/*
 * Log path (a flight-recorder snapshot this process wrote: it decodes with
 * the live syscall table) as a CTF trace in dir, with the
 * options' filters, as --replay path --ctf dir writes it; -errno, said once.
 */
int replay_to_ctf(const char *path, const char *dir, const struct options *o);

#endif
