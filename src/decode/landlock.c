// SPDX-License-Identifier: MIT
/*
 * Landlock: landlock_create_ruleset's struct landlock_ruleset_attr (read as
 * far as its size, the next argument, says) and flags, landlock_add_rule's
 * rule type and the struct landlock_path_beneath_attr it selects.
 */
#include <linux/landlock.h>

#include "fmt.h"
#include "xlat_newsys.h"

/* handled_access_fs, the one field strace knows */
#define RULESET_ATTR_KNOWN 8
/* struct landlock_path_beneath_attr is packed: u64 allowed_access, s32 parent_fd */
#define PATH_BENEATH_SIZE 12

/* {handled_access_fs=...}, ", ..." when the size says there is more; the address when short */
bool fmt_landlock_ruleset_attr(struct strbuf *out, const struct sc_event *ev, unsigned i,
			       const struct decode_opts *o)
{
	const char *p;

	(void)o;
	if (ev->args[i + 1] < RULESET_ATTR_KNOWN) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	p = fmt_struct(out, ev, i, RULESET_ATTR_KNOWN, false);
	if (!p)
		return true;
	strbuf_adds(out, "{handled_access_fs=");
	print_flags(out, &landlock_access_fs_names, load_u64(p, 0));
	if (ev->args[i + 1] > RULESET_ATTR_KNOWN)
		strbuf_adds(out, ", ...");
	strbuf_addc(out, '}');
	return true;
}

bool fmt_landlock_create_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
			       const struct decode_opts *o)
{
	(void)o;
	print_flags(out, &landlock_create_flag_names, (uint32_t)ev->args[i]);
	return true;
}

bool fmt_landlock_rule_type(struct strbuf *out, const struct sc_event *ev, unsigned i,
			    const struct decode_opts *o)
{
	(void)o;
	print_enum(out, &landlock_rule_type_names, (uint32_t)ev->args[i]);
	return true;
}

/* By the rule type before it: {allowed_access=..., parent_fd=3</dir>}, or the address. */
bool fmt_landlock_rule_attr(struct strbuf *out, const struct sc_event *ev, unsigned i,
			    const struct decode_opts *o)
{
	const char *p;
	int fd;

	if ((uint32_t)ev->args[i - 1] != LANDLOCK_RULE_PATH_BENEATH) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	p = fmt_struct(out, ev, i, PATH_BENEATH_SIZE, false);
	if (!p)
		return true;
	strbuf_adds(out, "{allowed_access=");
	print_flags(out, &landlock_access_fs_names, load_u64(p, 0));
	fd = load_s32(p, 8);
	strbuf_adds(out, ", parent_fd=");
	decode_fd(out, fd, o);
	strbuf_addc(out, '}');
	return true;
}
