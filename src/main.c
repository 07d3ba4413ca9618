// SPDX-License-Identifier: MIT
/* sctrace: parse the command line and dispatch. */
#include "cli/options.h"
#include "cli/run.h"

int main(int argc, char **argv)
{
	struct options o;
	int rc = options_parse(&o, argc, argv);

	if (rc == OPTIONS_EXIT)
		return 0;
	if (rc < 0)
		return 1;
	rc = run_trace(&o);
	options_free(&o);
	return rc;
}
