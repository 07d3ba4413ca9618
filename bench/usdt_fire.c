// SPDX-License-Identifier: MIT
/*
 * Cost of SCT_USDT_FIRE: disabled (no tracer: one load and a branch), the
 * call into the stub without a tracer, and enabled with a raw uprobe attached
 * through perf_event_open (kernel trap, no BPF program; needs root).
 *   usdt_fire                 all three
 *   usdt_fire --wait-tracer   print the object path, wait until a tracer
 *                             (bpftrace, see usdt_fire.sh) enables the probe,
 *                             then time enabled firing
 */
#include <errno.h>
#include <linux/perf_event.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "sctrace/usdt.h"
#include "usdt_internal.h"

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static const char *obj_path(struct sct_usdt_provider *p, char *buf, size_t len)
{
	char line[512], want[32];
	FILE *f = fopen("/proc/self/maps", "r");

	snprintf(want, sizeof(want), "%lx-", (unsigned long)(uintptr_t)p->base);
	buf[0] = '\0';
	while (f && fgets(line, sizeof(line), f)) {
		if (!strncmp(line, want, strlen(want))) {
			*strchr(line, ' ') = '\0';
			snprintf(buf, len, "/proc/%d/map_files/%s", (int)getpid(), line);
		}
	}
	if (f)
		fclose(f);
	return buf;
}

static double time_fire(struct sct_usdt_probe *probe, long n)
{
	double t0 = now();
	long i;

	for (i = 0; i < n; i++)
		SCT_USDT_FIRE(probe, i, "bench");
	return (now() - t0) * 1e9 / (double)n;
}

static double time_stub(struct sct_usdt_probe *probe, long n)
{
	double t0 = now();
	long i;

	for (i = 0; i < n; i++)
		sct_usdt_fire64(probe, (uint64_t)i, (uint64_t)(uintptr_t) "bench", 0, 0, 0, 0);
	return (now() - t0) * 1e9 / (double)n;
}

static double time_empty(long n)
{
	double t0 = now();
	long i;

	for (i = 0; i < n; i++)
		__asm__ volatile("" ::: "memory");
	return (now() - t0) * 1e9 / (double)n;
}

/* A uprobe on the probe's nop with the semaphore as its reference counter. */
static int raw_uprobe(struct sct_usdt_probe *probe, const char *path)
{
	struct perf_event_attr attr;
	FILE *f = fopen("/sys/bus/event_source/devices/uprobe/type", "r");
	int type = -1;

	if (!f)
		return -errno;
	if (fscanf(f, "%d", &type) != 1)
		type = -1;
	fclose(f);
	if (type < 0)
		return -EINVAL;
	memset(&attr, 0, sizeof(attr));
	attr.size = sizeof(attr);
	attr.type = (uint32_t)type;
	attr.config = probe->semaphore << 32; /* ref_ctr_offset: file offset == address */
	attr.config1 = (uint64_t)(uintptr_t)path;
	attr.config2 = probe->pc;
	attr.sample_period = 1;
	attr.disabled = 0;
	return (int)syscall(SYS_perf_event_open, &attr, 0, -1, -1, PERF_FLAG_FD_CLOEXEC);
}

int main(int argc, char **argv)
{
	struct sct_usdt_provider *prov = sct_usdt_provider_new("bench");
	struct sct_usdt_probe *probe = sct_usdt_probe_add(prov, "fire", "i64,str");
	long n_off = 500000000L, n_on = 200000;
	char path[600];
	int err, fd, i;

	err = probe ? sct_usdt_provider_load(prov) : -errno;
	if (err) {
		fprintf(stderr, "usdt_fire: %s\n", sct_usdt_strerror(err));
		return 1;
	}
	obj_path(prov, path, sizeof(path));
	if (argc > 1 && !strcmp(argv[1], "--wait-tracer")) {
		printf("path: %s\n", path);
		fflush(stdout);
		for (i = 0; i < 3000 && !sct_usdt_enabled(probe); i++)
			usleep(10000);
		if (!sct_usdt_enabled(probe)) {
			fprintf(stderr, "usdt_fire: no tracer attached\n");
			return 1;
		}
		time_fire(probe, n_on / 10);
		printf("enabled, bpftrace attached:   %8.1f ns per SCT_USDT_FIRE\n",
		       time_fire(probe, n_on));
		sct_usdt_provider_free(prov);
		return 0;
	}
	time_fire(probe, n_off / 10);
	printf("empty loop iteration:         %8.2f ns\n", time_empty(n_off));
	printf("disabled (no tracer):         %8.2f ns per SCT_USDT_FIRE\n",
	       time_fire(probe, n_off));
	printf("stub call, no uprobe:         %8.2f ns per sct_usdt_fire64\n",
	       time_stub(probe, n_off / 10));
	fd = raw_uprobe(probe, path);
	if (fd < 0) {
		printf("enabled, raw uprobe:          skipped (perf_event_open: %s)\n",
		       strerror(errno));
	} else {
		printf("semaphore with uprobe:        %u\n", (unsigned)*probe->head.semaphore);
		time_fire(probe, n_on / 10);
		printf("enabled, raw uprobe attached: %8.1f ns per SCT_USDT_FIRE\n",
		       time_fire(probe, n_on));
		close(fd);
		printf("semaphore after close:        %u\n", (unsigned)*probe->head.semaphore);
	}
	sct_usdt_provider_free(prov);
	return 0;
}
