// SPDX-License-Identifier: MIT
/* Providers and probes: creation, configuration, load/unload, free. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "arch.h"
#include "usdt_internal.h"

const unsigned short sctusdt_zero_semaphore;

static char *dup_str(const char *s)
{
	size_t len = strlen(s) + 1;
	char *d = malloc(len);

	if (d)
		memcpy(d, s, len);
	return d;
}

static void *fail_null(int err)
{
	errno = -err;
	return NULL;
}

struct sct_usdt_provider *sct_usdt_provider_new(const char *name)
{
	struct sct_usdt_provider *prov;
	int err = sctusdt_check_name(name);

	if (err)
		return fail_null(err);
	prov = calloc(1, sizeof(*prov));
	if (!prov)
		return fail_null(-ENOMEM);
	prov->name = dup_str(name);
	if (!prov->name) {
		free(prov);
		return fail_null(-ENOMEM);
	}
	prov->tail = &prov->probes;
	prov->memfd = -1;
	pthread_mutex_init(&prov->lock, NULL);
	return prov;
}

/* The note's argument string for ARGS: "-4@%edi 8@%rsi". */
static int make_argspec(const struct sctusdt_args *args, char *buf, size_t len)
{
	size_t pos = 0;
	unsigned i;

	buf[0] = '\0';
	for (i = 0; i < args->count; i++) {
		int n;

		if (i > 0) {
			if (pos + 1 >= len)
				return SCT_USDT_EINVAL;
			buf[pos++] = ' ';
		}
		n = sctusdt_arch_argspec(buf + pos, len - pos, i, sctusdt_type_size(args->type[i]),
					 sctusdt_type_signed(args->type[i]));
		if (n < 0)
			return SCT_USDT_EINVAL;
		pos += (size_t)n;
	}
	return 0;
}

static size_t name_hash(const char *s)
{
	size_t h = 14695981039346656037u;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

/* The slot of name in prov->by_name: the probe, or the empty slot it would take. */
static struct sct_usdt_probe **name_slot(struct sct_usdt_provider *prov, const char *name)
{
	size_t mask = prov->by_name_cap - 1, i = name_hash(name) & mask;

	while (prov->by_name[i] && strcmp(prov->by_name[i]->name, name))
		i = (i + 1) & mask;
	return &prov->by_name[i];
}

/* Room for one more name (the table stays at most half full). 0 or -ENOMEM. */
static int names_reserve(struct sct_usdt_provider *prov)
{
	struct sct_usdt_probe **old = prov->by_name, *p;
	size_t cap = prov->by_name_cap ? prov->by_name_cap * 2 : 16;

	if ((prov->nprobes + 1) * 2 <= prov->by_name_cap)
		return 0;
	prov->by_name = calloc(cap, sizeof(*prov->by_name));
	if (!prov->by_name) {
		prov->by_name = old;
		return -ENOMEM;
	}
	prov->by_name_cap = cap;
	for (p = prov->probes; p; p = p->next)
		*name_slot(prov, p->name) = p;
	free(old);
	return 0;
}

static int add_locked(struct sct_usdt_provider *prov, const char *name, const char *argtypes,
		      struct sct_usdt_probe **out)
{
	struct sct_usdt_probe *probe;
	struct sctusdt_args args;
	int err;

	if (prov->loaded)
		return SCT_USDT_ELOADED;
	err = sctusdt_check_name(name);
	if (err)
		return err;
	err = sctusdt_parse_argtypes(argtypes, &args);
	if (err)
		return err;
	err = names_reserve(prov);
	if (err)
		return err;
	if (*name_slot(prov, name))
		return SCT_USDT_EEXIST;
	probe = calloc(1, sizeof(*probe));
	if (!probe)
		return -ENOMEM;
	probe->name = dup_str(name);
	if (!probe->name) {
		free(probe);
		return -ENOMEM;
	}
	probe->args = args;
	err = make_argspec(&args, probe->argspec, sizeof(probe->argspec));
	if (!err)
		err = sctusdt_format_argtypes(&args, probe->typespec, sizeof(probe->typespec));
	if (err) {
		free(probe->name);
		free(probe);
		return err;
	}
	probe->head.semaphore = &sctusdt_zero_semaphore;
	probe->provider = prov;
	*name_slot(prov, probe->name) = probe;
	*prov->tail = probe;
	prov->tail = &probe->next;
	prov->nprobes++;
	*out = probe;
	return 0;
}

struct sct_usdt_probe *sct_usdt_probe_add(struct sct_usdt_provider *prov, const char *name,
					  const char *argtypes)
{
	struct sct_usdt_probe *probe = NULL;
	int err;

	if (!prov)
		return fail_null(SCT_USDT_EINVAL);
	pthread_mutex_lock(&prov->lock);
	err = add_locked(prov, name, argtypes, &probe);
	pthread_mutex_unlock(&prov->lock);
	return err ? fail_null(err) : probe;
}

int sct_usdt_provider_load(struct sct_usdt_provider *prov)
{
	int err;

	if (!prov)
		return SCT_USDT_EINVAL;
	pthread_mutex_lock(&prov->lock);
	err = prov->loaded ? SCT_USDT_ELOADED : sctusdt_map_provider(prov);
	if (!err)
		prov->loaded = true;
	pthread_mutex_unlock(&prov->lock);
	return err;
}

int sct_usdt_provider_unload(struct sct_usdt_provider *prov)
{
	int err = 0;

	if (!prov)
		return SCT_USDT_EINVAL;
	pthread_mutex_lock(&prov->lock);
	if (prov->loaded) {
		sctusdt_unmap_provider(prov);
		prov->loaded = false;
	} else {
		err = SCT_USDT_ENOTLOADED;
	}
	pthread_mutex_unlock(&prov->lock);
	return err;
}

void sct_usdt_provider_free(struct sct_usdt_provider *prov)
{
	struct sct_usdt_probe *p, *next;

	if (!prov)
		return;
	if (prov->loaded)
		sctusdt_unmap_provider(prov);
	for (p = prov->probes; p; p = next) {
		next = p->next;
		free(p->name);
		free(p);
	}
	pthread_mutex_destroy(&prov->lock);
	free(prov->by_name);
	free(prov->name);
	free(prov);
}
