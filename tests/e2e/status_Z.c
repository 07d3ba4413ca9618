// SPDX-License-Identifier: MIT
// -Z: only failing calls, like -e status=failed.
// TRACE: -Z -e trace=access,umask,openat,close,getpid
// START: first
#include "status_body.h"

int main(void)
{
	status_body(0, 1);
}
