/* SPDX-License-Identifier: MIT */
/* A tracing session from parsed options; returns the process exit status. */
#ifndef SCT_CLI_RUN_H
#define SCT_CLI_RUN_H

#include "options.h"

/* argc/argv: sctrace's own command line, for the log header. */
int run_trace(const struct options *o, int argc, char **argv);

#endif
