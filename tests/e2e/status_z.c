// SPDX-License-Identifier: MIT
// -z: only successful calls, like -e status=successful.
// TRACE: -z -e trace=access,umask,openat,close,getpid
// START: first
#include "status_body.h"

int main(void)
{
	status_body(1, 0);
}
