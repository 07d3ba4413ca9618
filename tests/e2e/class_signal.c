// SPDX-License-Identifier: MIT
// -e trace=%signal: only the calls of class %signal are shown.
// TRACE: -e trace=%signal
// START: first
#include "class_body.h"

int main(void)
{
	class_body(C_SIGNAL);
}
