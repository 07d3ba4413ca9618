// SPDX-License-Identifier: MIT
/*
 * --list-usdt: the probe sites of files or of the objects mapped by
 * processes (memfd and deleted ones included), one line each:
 *   PROVIDER:PROBE args="SPEC..." semaphore=0xADDR|none OBJECT
 * Addresses are the object's link-time addresses, as readelf -n shows them.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../decode/decode.h"
#include "../util/msg.h"
#include "../util/strbuf.h"
#include "discover.h"
#include "notes.h"
#include "spec.h"
#include "usdt.h"

struct lister {
	struct usdt_spec *specs;
	size_t nspecs;
	const char *object;
	FILE *out;
	struct strbuf line;
	unsigned count;
	/* objects already listed for the current process */
	dev_t *devs;
	ino_t *inos;
	size_t nseen;
};

/* Names come from untrusted notes: escaped as strace escapes strings, so no byte reaches the terminal raw. */
static void add_escaped(struct strbuf *out, const char *s)
{
	format_fd_path(out, s, (unsigned)strlen(s), NULL);
}

static int list_note(void *ctx, const struct usdt_note *n)
{
	struct lister *l = ctx;
	bool want = l->nspecs == 0;

	for (size_t i = 0; i < l->nspecs && !want; i++)
		want = usdt_spec_object_matches(&l->specs[i], l->object) &&
		       usdt_spec_probe_matches(&l->specs[i], n->provider, n->name);
	if (!want)
		return 0;
	strbuf_reset(&l->line);
	add_escaped(&l->line, n->provider);
	strbuf_addc(&l->line, ':');
	add_escaped(&l->line, n->name);
	strbuf_adds(&l->line, " args=\"");
	add_escaped(&l->line, n->args);
	strbuf_adds(&l->line, "\" semaphore=");
	if (n->sem)
		strbuf_addf(&l->line, "0x%" PRIx64, n->sem);
	else
		strbuf_adds(&l->line, "none");
	strbuf_addc(&l->line, ' ');
	add_escaped(&l->line, l->object);
	strbuf_addc(&l->line, '\n');
	fwrite(l->line.data, 1, l->line.len, l->out);
	l->count++;
	return 0;
}

static int list_file(struct lister *l, const char *open_path, const char *shown)
{
	struct usdt_elf_src src = { .fd = open(open_path, O_RDONLY | O_CLOEXEC) };
	int rc;

	if (src.fd < 0)
		return -errno;
	l->object = shown;
	rc = usdt_notes_walk(&src, NULL, list_note, l);
	close(src.fd);
	return rc;
}

static int list_mapping(void *ctx, const struct usdt_mapping *m)
{
	struct lister *l = ctx;
	dev_t dev;
	ino_t ino;
	void *p, *q;

	if (usdt_mapping_stat(m, &dev, &ino))
		return 0;
	for (size_t i = 0; i < l->nseen; i++)
		if (l->devs[i] == dev && l->inos[i] == ino)
			return 0;
	p = realloc(l->devs, (l->nseen + 1) * sizeof(*l->devs));
	if (p)
		l->devs = p;
	q = realloc(l->inos, (l->nseen + 1) * sizeof(*l->inos));
	if (q)
		l->inos = q;
	if (!p || !q)
		return -ENOMEM;
	l->devs[l->nseen] = dev;
	l->inos[l->nseen++] = ino;
	list_file(l, m->map_file, m->path);
	return 0;
}

int usdt_list(char *const *specs, size_t nspecs, const pid_t *pids, size_t npids,
	      char *const *paths, FILE *out)
{
	struct lister l = { .out = out };
	char err[512];
	int rc = 0;

	strbuf_init(&l.line);
	l.specs = calloc(nspecs ? nspecs : 1, sizeof(*l.specs));
	if (!l.specs)
		return 1;
	for (size_t i = 0; i < nspecs; i++, l.nspecs++)
		if (usdt_spec_parse(&l.specs[i], specs[i], err, sizeof(err))) {
			msg_error("%s", err);
			rc = 1;
			goto out;
		}
	for (size_t i = 0; i < npids; i++) {
		int e;

		l.nseen = 0;
		e = usdt_maps_for_each(pids[i], list_mapping, &l);
		if (e < 0) {
			msg_error("cannot list the USDT probes of process %d: %s", (int)pids[i],
				  strerror(-e));
			rc = 1;
		}
	}
	for (size_t i = 0; paths && paths[i]; i++) {
		int e = list_file(&l, paths[i], paths[i]);

		if (e < 0) {
			msg_error("cannot read USDT probes from '%s': %s", paths[i],
				  e == -ENOEXEC ? "not a 64-bit little-endian ELF file" :
				  e == -EBADMSG ? "truncated or damaged ELF file (its headers or its "
						  "notes lie past its end)" :
						  strerror(-e));
			rc = 1;
		}
	}
	fflush(out);
out:
	for (size_t i = 0; i < l.nspecs; i++)
		usdt_spec_free(&l.specs[i]);
	free(l.specs);
	free(l.devs);
	free(l.inos);
	strbuf_free(&l.line);
	return rc;
}
