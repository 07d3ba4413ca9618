// SPDX-License-Identifier: MIT
// -e trace=%process: only the calls of class %process are shown.
// TRACE: -e trace=%process
// START: first
#include "class_body.h"

int main(void)
{
	class_body(C_PROCESS);
}
