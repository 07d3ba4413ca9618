// SPDX-License-Identifier: MIT
// -e trace=%pure: only the calls of class %pure are shown.
// TRACE: -e trace=%pure
// START: first
#include "class_body.h"

int main(void)
{
	class_body(C_PURE);
}
