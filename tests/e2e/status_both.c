// SPDX-License-Identifier: MIT
// -e status=successful,failed: both kinds (all finished calls).
// TRACE: -e status=successful,failed -e trace=access,umask,openat,close,getpid
// START: first
#include "status_body.h"

int main(void)
{
	status_body(1, 1);
}
