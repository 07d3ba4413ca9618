// SPDX-License-Identifier: MIT
// -e trace=%file: only the calls of class %file are shown.
// TRACE: -e trace=%file
// START: first
#include "class_body.h"

int main(void)
{
	class_body(C_FILE);
}
