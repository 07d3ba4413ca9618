// SPDX-License-Identifier: MIT
/*
 * A process for tests/usdt/run.sh to drive over stdin, one command a line,
 * one reply line each ("ok", a value, or "err CODE message"):
 *   new PROV | add PROV PROBE TYPES ("-" for none) | load PROV | unload PROV
 *   free PROV | path PROV (its object as /proc/PID/map_files/START-END)
 *   sem PROV PROBE (the semaphore's value) | fire PROV PROBE V... (integers)
 *   types (load provider "sct_types") | firetypes (fire its probes once)
 *   pid | quit
 */
#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sctrace/usdt.h"
#include "usdt_internal.h"

#define MAX_PROV 16

static struct sct_usdt_provider *provs[MAX_PROV];

static struct sct_usdt_provider *find_prov(const char *name)
{
	int i;

	for (i = 0; i < MAX_PROV; i++) {
		if (provs[i] && !strcmp(provs[i]->name, name))
			return provs[i];
	}
	return NULL;
}

static struct sct_usdt_probe *find_probe(struct sct_usdt_provider *prov, const char *name)
{
	struct sct_usdt_probe *p;

	for (p = prov ? prov->probes : NULL; p; p = p->next) {
		if (!strcmp(p->name, name))
			return p;
	}
	return NULL;
}

static void reply_err(int err)
{
	printf("err %d %s\n", err, sct_usdt_strerror(err));
}

static void reply(int err)
{
	if (err)
		reply_err(err);
	else
		printf("ok\n");
}

static void print_path(struct sct_usdt_provider *prov)
{
	char line[512], want[32];
	FILE *f;

	if (!prov || !prov->loaded) {
		reply_err(SCT_USDT_ENOTLOADED);
		return;
	}
	snprintf(want, sizeof(want), "%lx-", (unsigned long)(uintptr_t)prov->base);
	f = fopen("/proc/self/maps", "r");
	while (f && fgets(line, sizeof(line), f)) {
		if (!strncmp(line, want, strlen(want))) {
			*strchr(line, ' ') = '\0';
			printf("/proc/%d/map_files/%s\n", (int)getpid(), line);
			fclose(f);
			return;
		}
	}
	if (f)
		fclose(f);
	reply_err(-ENOENT);
}

static struct sct_usdt_provider *types;
static struct sct_usdt_probe *t_min, *t_max, *t_uns, *t_mix, *t_var, *t_none, *t_long;
static char long_str[301];

static int make_types(void)
{
	int i;

	for (i = 0; i < MAX_PROV && provs[i]; i++)
		;
	if (i == MAX_PROV)
		return -ENOSPC;
	types = provs[i] = sct_usdt_provider_new("sct_types");
	t_min = sct_usdt_probe_add(types, "min", "i8,i16,i32,i64,i64,i32");
	t_max = sct_usdt_probe_add(types, "max", "i8,i16,i32,i64,u64,u32");
	t_uns = sct_usdt_probe_add(types, "uns", "u8,u16,u32,u64,u8,u16");
	t_mix = sct_usdt_probe_add(types, "mix", "str,ptr,i16,u32,i8,str");
	t_var = sct_usdt_probe_add(types, "var", "i8, i16, i32, i64, u8, u64");
	t_none = sct_usdt_probe_add(types, "none", "");
	t_long = sct_usdt_probe_add(types, "long", "str,i64");
	memset(long_str, 'x', 300);
	long_str[0] = '<';
	long_str[299] = '>';
	if (!t_min || !t_max || !t_uns || !t_mix || !t_var || !t_none || !t_long)
		return -errno;
	return sct_usdt_provider_load(types);
}

static void fire_types(void)
{
	int minus_one = -1;
	short s = -2;

	/* Narrow negative C values, an int for an i64, through the macro. */
	SCT_USDT_FIRE(t_min, (int8_t)INT8_MIN, (short)INT16_MIN, INT32_MIN, INT64_MIN, minus_one,
		      s);
	SCT_USDT_FIRE(t_max, INT8_MAX, INT16_MAX, INT32_MAX, INT64_MAX, minus_one, minus_one);
	SCT_USDT_FIRE(t_uns, UINT8_MAX, UINT16_MAX, UINT32_MAX, UINT64_MAX, 256 + 7, -1);
	SCT_USDT_FIRE(t_mix, "hello, world", (void *)0xdeadbeefcafeULL, -300, 3000000000u, 200,
		      "");
	/* The variadic function with the documented C types. */
	sct_usdt_fire(t_var, -1, -129, -70000, (int64_t)-5000000000LL, 255u,
		      (uint64_t)0x8000000000000000ULL);
	SCT_USDT_FIRE(t_none);
	SCT_USDT_FIRE(t_long, long_str, (int64_t)300);
}

static void fire_values(struct sct_usdt_probe *p, char *rest)
{
	uint64_t v[6] = { 0 };
	int i;

	for (i = 0; i < 6; i++) {
		char *tok = strtok(i ? NULL : rest, " \n");

		if (!tok)
			break;
		v[i] = (uint64_t)strtoll(tok, NULL, 0);
	}
	sct_usdt_fire64(p, v[0], v[1], v[2], v[3], v[4], v[5]);
}

int main(void)
{
	char line[1024];

	setvbuf(stdout, NULL, _IOLBF, 0);
	while (fgets(line, sizeof(line), stdin)) {
		char cmd[32] = "", a[256] = "", b[256] = "", c[256] = "";
		struct sct_usdt_provider *prov;
		int i, n = sscanf(line, "%31s %255s %255s %255s", cmd, a, b, c);

		if (n < 1)
			continue;
		prov = find_prov(a);
		if (!strcmp(cmd, "new")) {
			for (i = 0; i < MAX_PROV && provs[i]; i++)
				;
			if (i == MAX_PROV)
				reply_err(-ENOSPC);
			else if (!(provs[i] = sct_usdt_provider_new(a)))
				reply_err(-errno);
			else
				reply(0);
		} else if (!strcmp(cmd, "add")) {
			reply(sct_usdt_probe_add(prov, b, strcmp(c, "-") ? c : "") ? 0 : -errno);
		} else if (!strcmp(cmd, "load")) {
			reply(sct_usdt_provider_load(prov));
		} else if (!strcmp(cmd, "unload")) {
			reply(sct_usdt_provider_unload(prov));
		} else if (!strcmp(cmd, "free")) {
			for (i = 0; i < MAX_PROV; i++) {
				if (prov && provs[i] == prov)
					provs[i] = NULL;
			}
			sct_usdt_provider_free(prov);
			reply(0);
		} else if (!strcmp(cmd, "path")) {
			print_path(prov);
		} else if (!strcmp(cmd, "sem")) {
			struct sct_usdt_probe *p = find_probe(prov, b);

			if (p)
				printf("%u %d\n", (unsigned)*p->head.semaphore, sct_usdt_enabled(p));
			else
				reply_err(SCT_USDT_EINVAL);
		} else if (!strcmp(cmd, "fire")) {
			struct sct_usdt_probe *p = find_probe(prov, b);
			int off = 0;
			char *rest;

			sscanf(line, "%*s %*s %*s %n", &off);
			rest = line + off;

			if (p)
				fire_values(p, rest);
			reply(p ? 0 : SCT_USDT_EINVAL);
		} else if (!strcmp(cmd, "types")) {
			reply(make_types());
		} else if (!strcmp(cmd, "firetypes")) {
			fire_types();
			reply(0);
		} else if (!strcmp(cmd, "pid")) {
			printf("%d\n", (int)getpid());
		} else if (!strcmp(cmd, "quit")) {
			break;
		} else {
			reply_err(SCT_USDT_EINVAL);
		}
	}
	for (int i = 0; i < MAX_PROV; i++)
		sct_usdt_provider_free(provs[i]);
	return 0;
}
