/* SPDX-License-Identifier: MIT */
/* A tracing session from parsed options; returns the process exit status. */
#ifndef SCT_CLI_RUN_H
#define SCT_CLI_RUN_H

#include "options.h"

int run_trace(const struct options *o);

#endif
