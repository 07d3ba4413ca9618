// SPDX-License-Identifier: MIT
/*
 * A provider loaded while the program runs, fired at once and then every
 * millisecond: late_fire [COUNT [DELAY_MS]]. The first firing comes right
 * after sct_usdt_provider_load returns, so a tracer sees it only if it
 * attached to the new provider as the process mapped it (sctrace's notify
 * ring); tests/usdt_trace counts how many it saw.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <sctrace/usdt.h>

int main(int argc, char **argv)
{
	int count = argc > 1 ? atoi(argv[1]) : 500, delay_ms = argc > 2 ? atoi(argv[2]) : 50;
	struct timespec next, d = { delay_ms / 1000, (long)(delay_ms % 1000) * 1000000L };
	struct sct_usdt_provider *prov;
	struct sct_usdt_probe *tick;
	int err;

	nanosleep(&d, NULL); /* the tracer is up and the program runs before the provider exists */
	prov = sct_usdt_provider_new("late1");
	tick = prov ? sct_usdt_probe_add(prov, "tick", "i32") : NULL;
	err = tick ? sct_usdt_provider_load(prov) : -errno;
	if (err) {
		fprintf(stderr, "late_fire: %s\n", sct_usdt_strerror(err));
		return 1;
	}
	clock_gettime(CLOCK_MONOTONIC, &next);
	for (int i = 0; i < count; i++) {
		sct_usdt_fire(tick, i);
		next.tv_nsec += 1000000;
		if (next.tv_nsec >= 1000000000) {
			next.tv_nsec -= 1000000000;
			next.tv_sec++;
		}
		clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &next, NULL);
	}
	sct_usdt_provider_free(prov);
	return 0;
}
