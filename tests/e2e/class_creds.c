// SPDX-License-Identifier: MIT
// -e trace=%creds: only the calls of class %creds are shown.
// TRACE: -e trace=%creds
// START: first
#include "class_body.h"

int main(void)
{
	class_body(C_CREDS);
}
