// SPDX-License-Identifier: MIT
// -e trace=%desc: only the calls of class %desc are shown.
// TRACE: -e trace=%desc
// START: first
#include "class_body.h"

int main(void)
{
	class_body(C_DESC);
}
