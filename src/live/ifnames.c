// SPDX-License-Identifier: MIT
/*
 * Interface names for decoded interface indexes (sll_ifindex, ipi_ifindex,
 * gr_interface...), asked of the live system at print time as strace does.
 */
#include "ifnames.h"

#include <net/if.h>
#include <stddef.h>

bool live_if_name(unsigned index, char *name)
{
	return index && if_indextoname(index, name) != NULL;
}
