// SPDX-License-Identifier: MIT
/*
 * The generated ioctl name table (gen/ioctl_names.h, from
 * scripts/gen-ioctl-names.sh) against the kernel's uapi headers compiled
 * here: sorted by number then name (the decoder searches it by halves), and
 * a sample of requests from several headers and both kinds of definition
 * (symbolic _IO* and legacy hex) found under their own number.
 */
#include <stdint.h>
#include <string.h>

#include <asm/ioctls.h>
#include <asm/termbits.h>
#include <linux/fiemap.h>
#include <linux/fs.h>
#include <linux/loop.h>
#include <linux/random.h>
#include <linux/sockios.h>
#include <linux/userfaultfd.h>
#include <linux/watchdog.h>

#include "check.h"

static const struct {
	uint32_t code;
	const char *name;
} names[] = {
#include "gen/ioctl_names.h"
};
#define N_NAMES (sizeof(names) / sizeof(names[0]))

/* NAME is one of the names of CODE in the table. */
static int has(uint32_t code, const char *name)
{
	for (unsigned k = 0; k < N_NAMES; k++)
		if (names[k].code == code && !strcmp(names[k].name, name))
			return 1;
	return 0;
}

#define HAS(name) CHECK(has((uint32_t)(name), #name))

int main(void)
{
	int sorted = 1;

	CHECK(N_NAMES > 1000);
	for (unsigned k = 1; k < N_NAMES; k++)
		if (names[k - 1].code > names[k].code ||
		    (names[k - 1].code == names[k].code &&
		     strcmp(names[k - 1].name, names[k].name) >= 0))
			sorted = 0;
	CHECK(sorted);
	HAS(TCGETS);
	HAS(TIOCGWINSZ);
	HAS(FIONREAD);
	HAS(TCGETS2);
	HAS(SIOCGIFCONF);
	HAS(FS_IOC_GETFLAGS);
	HAS(FS_IOC_FIEMAP);
	HAS(BLKGETSIZE64);
	HAS(LOOP_SET_FD);
	HAS(LOOP_CONFIGURE);
	HAS(RNDGETENTCNT);
	HAS(UFFDIO_API);
	HAS(WDIOC_GETSUPPORT);
	return check_done("ioctl_names");
}
