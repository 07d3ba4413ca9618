// SPDX-License-Identifier: MIT
/*
 * fsconfig: the command, then key, value and aux as the command gives them
 * meaning (strace 6.1's fsconfig.c): a key string, a value string, path or
 * binary blob (aux bytes, in hex), aux a directory descriptor or a
 * descriptor. Key and value are captured as far as -s + 1 bytes and 4096
 * bytes go (or their page holds).
 */
#include <fcntl.h>
#include <linux/mount.h>

#include "fmt.h"
#include "xlat_fsconfig.h"

#define PATH_SHOWN 4096 /* a path prints whole: as much as is captured of it */

static uint32_t cmd(const struct sc_event *ev)
{
	return (uint32_t)ev->args[1];
}

/* What argument i points to, as captured (a page cut counts), or NULL. */
static const char *arg_bytes(const struct sc_event *ev, unsigned i, unsigned *have)
{
	const struct sct_blob *b = NULL;

	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *c = ev->blobs[k];

		if (c->arg == i && c->kind == SCT_BLOB_MEM && !c->aux) {
			b = c;
			break;
		}
	}
	if (!b || fmt_blob_unreadable(b))
		return NULL;
	*have = b->len;
	return sct_blob_data(b);
}

static void print_arg_str(struct strbuf *out, const struct sc_event *ev, unsigned i, uint32_t len,
			  bool zero_term, const struct decode_opts *o)
{
	unsigned have = 0;
	const char *q = arg_bytes(ev, i, &have);

	print_user_strn(out, ev->args[i], q, have, len, zero_term, o);
}

bool fmt_fsconfig_cmd(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	print_enum_x(out, &fsconfig_cmd_names, (uint32_t)ev->args[i], o->xlat);
	return true;
}

bool fmt_fsconfig_key(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	if (cmd(ev) > FSCONFIG_SET_FD) /* CMD_CREATE, CMD_RECONFIGURE, unknown: no key */
		fmt_addr(out, ev->args[i]);
	else
		print_arg_str(out, ev, i, 256, true, o);
	return true;
}

bool fmt_fsconfig_value(struct strbuf *out, const struct sc_event *ev, unsigned i,
			const struct decode_opts *o)
{
	int aux = (int)ev->args[i + 1];
	struct decode_opts hex = *o, path = *o;

	switch (cmd(ev)) {
	case FSCONFIG_SET_STRING:
		print_arg_str(out, ev, i, 256, true, o);
		return true;
	case FSCONFIG_SET_PATH:
	case FSCONFIG_SET_PATH_EMPTY:
		path.str_max = PATH_SHOWN - 1;
		print_arg_str(out, ev, i, UINT32_MAX, true, &path);
		return true;
	case FSCONFIG_SET_BINARY:
		if (aux >= 0 && aux <= 1024 * 1024) {
			hex.xstrings = XSTR_ALL;
			print_arg_str(out, ev, i, (uint32_t)aux, false, &hex);
			return true;
		}
	}
	fmt_addr(out, ev->args[i]);
	return true;
}

bool fmt_fsconfig_aux(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	int aux = (int)ev->args[i];

	switch (cmd(ev)) {
	case FSCONFIG_SET_PATH:
	case FSCONFIG_SET_PATH_EMPTY:
		if (aux != AT_FDCWD)
			break;
		print_xlat_text(out, o->xlat, "-100", "AT_FDCWD");
		decode_fd_suffix(out, AT_FDCWD, o);
		return true;
	case FSCONFIG_SET_FD:
		break;
	default:
		strbuf_addf(out, "%d", aux);
		return true;
	}
	/* a descriptor */
	strbuf_addf(out, "%d", aux);
	if (aux >= 0)
		decode_fd_suffix(out, aux, o);
	return true;
}
