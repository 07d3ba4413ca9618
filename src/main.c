// SPDX-License-Identifier: MIT
/* sctrace: parse the command line and dispatch. */
#include "cli/options.h"
#include "cli/replay.h"
#include "cli/run.h"

int main(int argc, char **argv)
{
	struct options o;
	int rc = options_parse(&o, argc, argv);

	if (rc == OPTIONS_EXIT)
		return 0;
	if (rc < 0)
		return 1;
	rc = o.replay ? run_replay(&o) : run_trace(&o, argc, argv);
	options_free(&o);
	return rc;
}
