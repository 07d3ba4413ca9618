// SPDX-License-Identifier: MIT
/*
 * Throws and catches one exception: libstdc++'s libstdcxx:throw and
 * libstdcxx:catch probes fire once each. Prints its pid, so the
 * --system-wide test can pick its lines out of everything else.
 */
#include <cstdio>
#include <stdexcept>
#include <unistd.h>

int main()
{
	std::printf("%d\n", (int)getpid());
	std::fflush(stdout);
	try {
		throw std::runtime_error("x");
	} catch (const std::exception &) {
		return 0;
	}
	return 1;
}
