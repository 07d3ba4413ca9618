/* SPDX-License-Identifier: MIT */
/* --replay FILE [--check]: decode or verify a recorded log (replay.c). */
#ifndef SCT_CLI_REPLAY_H
#define SCT_CLI_REPLAY_H

#include "options.h"

int run_replay(const struct options *o);

#endif
