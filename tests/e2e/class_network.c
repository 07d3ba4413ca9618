// SPDX-License-Identifier: MIT
// -e trace=%network: only the calls of class %network are shown.
// TRACE: -e trace=%network
// START: first
#include "class_body.h"

int main(void)
{
	class_body(C_NETWORK);
}
