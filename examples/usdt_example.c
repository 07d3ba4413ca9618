// SPDX-License-Identifier: MIT
/*
 * libsctusdt example: a program with two USDT probes defined at run time.
 *
 * Build (from the sctrace tree, or with pkg-config after make install):
 *   cc -Iinclude examples/usdt_example.c -Lbuild -lsctusdt -o usdt_example
 *   cc $(pkg-config --cflags sctusdt) usdt_example.c $(pkg-config --libs sctusdt)
 * Run it and trace it from another shell (as root):
 *   ./usdt_example 1000 200 &
 *   grep memfd:sctusdt:myapp /proc/$!/maps     # the first line's address range
 *   bpftrace -e 'usdt:/proc/PID/map_files/RANGE:myapp:request_done
 *                { printf("%d %s %ld ns\n", arg0, str(arg1), arg2); }'
 *   sctrace --usdt 'myapp:*' -p PID
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <sctrace/usdt.h>

static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(int argc, char **argv)
{
	int requests = argc > 1 ? atoi(argv[1]) : 5;
	int delay_ms = argc > 2 ? atoi(argv[2]) : 0;
	struct sct_usdt_provider *prov;
	struct sct_usdt_probe *start, *done;
	int err, i;

	/* 1. Describe the probes: a provider, then each probe with its argument types. */
	prov = sct_usdt_provider_new("myapp");
	if (!prov) {
		fprintf(stderr, "usdt_example: %s\n", sct_usdt_strerror(-errno));
		return 1;
	}
	start = sct_usdt_probe_add(prov, "request_start", "i32,str");
	done = sct_usdt_probe_add(prov, "request_done", "i32,str,i64,i32");
	if (!start || !done) {
		fprintf(stderr, "usdt_example: adding probes: %s\n", sct_usdt_strerror(-errno));
		sct_usdt_provider_free(prov);
		return 1;
	}
	/* 2. Load: the probes become visible to tracers. */
	err = sct_usdt_provider_load(prov);
	if (err) {
		fprintf(stderr, "usdt_example: loading: %s\n", sct_usdt_strerror(err));
		sct_usdt_provider_free(prov);
		return 1;
	}

	/* 3. Fire. Without a tracer each SCT_USDT_FIRE is one load and a branch,
	 * and its arguments are not even evaluated. */
	for (i = 0; i < requests; i++) {
		const char *path = i % 2 ? "/index.html" : "/api/items";
		long long t0 = now_ns();
		struct timespec pause = { 0, delay_ms * 1000000L };

		SCT_USDT_FIRE(start, i, path);
		if (delay_ms)
			nanosleep(&pause, NULL);
		SCT_USDT_FIRE(done, i, path, now_ns() - t0, i % 3 ? 200 : -1);
		if (sct_usdt_enabled(done))
			printf("request %d traced\n", i);
	}
	printf("usdt_example: %d requests\n", requests);

	/* 4. Free: unloads the object; nothing is left behind. */
	sct_usdt_provider_free(prov);
	return 0;
}
