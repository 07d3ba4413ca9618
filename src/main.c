// SPDX-License-Identifier: MIT
/* sctrace: parse the command line and dispatch. */
#include "cli/options.h"
#include "cli/replay.h"
#include "cli/run.h"

#include <string.h>

#include "capture/cache.h"

int main(int argc, char **argv)
{
	struct options o;
	int rc;

	/* a keeper of verified BPF objects that a run started (capture/cache.h) */
	if (argc > 1 && strcmp(argv[1], "--cache-keeper") == 0)
		return cache_keeper_main(argc, argv);
	rc = options_parse(&o, argc, argv);
	if (rc == OPTIONS_EXIT)
		return 0;
	if (rc < 0)
		return 1;
	rc = o.replay ? run_replay(&o) : run_trace(&o, argc, argv);
	options_free(&o);
	return rc;
}
