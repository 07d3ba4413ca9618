// SPDX-License-Identifier: MIT
// -e status=failed: only calls that returned an error.
// TRACE: -e status=failed -e trace=access,umask,openat,close,getpid
// START: first
#include "status_body.h"

int main(void)
{
	status_body(0, 1);
}
