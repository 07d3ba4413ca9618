// SPDX-License-Identifier: MIT
/*
 * The syscall table as text, for the binary log: one line per syscall,
 * "nr name ret flags special classes type,type,...", with argument and
 * return types by name (the name column of arg_types.def) so that a log
 * recorded by another sctrace decodes with the table it was recorded with.
 */
#include "type_names.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The name column of arg_types.def. */
static const char *const arg_type_names[AT_COUNT] = {
#define ARG_TYPE(NAME, name, formatter, when, raw, json, capture) [AT_##NAME] = name,
#include "arg_types.def"
};

static const char *const ret_type_names[RT_COUNT] = {
#define RET_TYPE(NAME, name) [RT_##NAME] = name,
#include "arg_types.def"
};

const char *arg_type_name(unsigned t)
{
	return t < AT_COUNT ? arg_type_names[t] : NULL;
}

const char *ret_type_name(unsigned t)
{
	return t < RT_COUNT ? ret_type_names[t] : NULL;
}

static int find_name(const char *const *names, unsigned n, const char *name, size_t len)
{
	for (unsigned i = 0; i < n; i++)
		if (names[i] && strlen(names[i]) == len && memcmp(names[i], name, len) == 0)
			return (int)i;
	return -1;
}

void syscall_table_write(struct strbuf *out)
{
	unsigned n = syscall_table_size();

	for (unsigned nr = 0; nr < n; nr++) {
		const struct syscall_desc *d = syscall_desc(nr);

		if (!d)
			continue;
		strbuf_addf(out, "%u %s %s %u %u %u ", nr, d->name,
			    ret_type_names[d->ret < RT_COUNT ? d->ret : RT_INT], d->flags, d->special,
			    d->classes);
		for (unsigned i = 0; i < d->nargs && i < 6; i++) {
			const char *name = arg_type_name(d->arg[i]);

			strbuf_addf(out, "%s%s", i ? "," : "", name ? name : "hex");
		}
		if (!d->nargs)
			strbuf_addc(out, '-');
		strbuf_addc(out, '\n');
	}
}

/* One line into desc; the name is copied into names. Unknown type names decode as hex. */
static int parse_line(char *line, struct syscall_desc *desc, unsigned *nr_out)
{
	char name[64], ret[32], types[512];
	unsigned nr, flags, special, classes;
	char *p, *save = NULL;
	int r;

	if (sscanf(line, "%u %63s %31s %u %u %u %511s", &nr, name, ret, &flags, &special, &classes,
		   types) != 7)
		return -EINVAL;
	if (nr >= SCT_NR_MAX)
		return -EINVAL;
	memset(desc, 0, sizeof(*desc));
	desc->name = strdup(name);
	if (!desc->name)
		return -ENOMEM;
	r = find_name(ret_type_names, RT_COUNT, ret, strlen(ret));
	desc->ret = (uint8_t)(r < 0 ? RT_INT : r);
	desc->flags = (uint8_t)flags;
	desc->special = (uint8_t)special;
	desc->classes = classes;
	if (strcmp(types, "-") != 0)
		for (p = strtok_r(types, ",", &save); p && desc->nargs < 6;
		     p = strtok_r(NULL, ",", &save)) {
			r = find_name(arg_type_names, AT_COUNT, p, strlen(p));
			desc->arg[desc->nargs++] = (uint16_t)(r < 0 ? AT_HEX : r);
		}
	*nr_out = nr;
	return 0;
}

int syscall_table_read(const char *text, size_t len, struct syscall_desc **table,
		       unsigned *size)
{
	struct syscall_desc *t = calloc(SCT_NR_MAX, sizeof(*t));
	char *copy = malloc(len + 1);
	char *line, *save = NULL;
	unsigned max = 0;
	int err = 0;

	if (!t || !copy) {
		free(t);
		free(copy);
		return -ENOMEM;
	}
	memcpy(copy, text, len);
	copy[len] = '\0';
	for (line = strtok_r(copy, "\n", &save); line && !err; line = strtok_r(NULL, "\n", &save)) {
		struct syscall_desc d;
		unsigned nr;

		err = parse_line(line, &d, &nr);
		if (err)
			break;
		free((char *)t[nr].name);
		t[nr] = d;
		if (nr + 1 > max)
			max = nr + 1;
	}
	free(copy);
	if (err) {
		syscall_table_free(t, SCT_NR_MAX);
		return err;
	}
	*table = t;
	*size = max;
	return 0;
}

void syscall_table_free(struct syscall_desc *table, unsigned size)
{
	if (!table)
		return;
	for (unsigned i = 0; i < size; i++)
		free((char *)table[i].name);
	free(table);
}
