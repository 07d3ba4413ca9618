// SPDX-License-Identifier: MIT
// -e trace=%memory: only the calls of class %memory are shown.
// TRACE: -e trace=%memory
// START: first
#include "class_body.h"

int main(void)
{
	class_body(C_MEMORY);
}
