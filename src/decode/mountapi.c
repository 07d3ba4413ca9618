// SPDX-License-Identifier: MIT
/*
 * mount's type and data (addresses when the flags say the kernel ignores
 * them) and the new mount API: fsopen, fsmount, fspick, open_tree,
 * move_mount flags, and mount_setattr's struct mount_attr.
 */
#include <errno.h>
#include <limits.h>
#include <sys/mount.h>

#include "fmt.h"
#include "xlat_ipc.h"

#define MOUNT_ATTR_SIZE 32 /* MOUNT_ATTR_SIZE_VER0 */
#define MOUNT_FLAGS_ARG 3
#define MS_IGNORE_TYPE_DATA (MS_BIND | MS_MOVE | MS_SHARED | MS_PRIVATE | MS_SLAVE | MS_UNBINDABLE)

/* mount's flags without the old magic in the high bits */
static uint64_t mount_flags(const struct sc_event *ev)
{
	uint64_t v = ev->args[MOUNT_FLAGS_ARG];

	return (v & MS_MGC_MSK) == MS_MGC_VAL ? v & ~(uint64_t)MS_MGC_MSK : v;
}

/* filesystemtype: ignored by a remount, a bind, a move or a propagation change */
bool fmt_mount_fstype(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	if (mount_flags(ev) & (MS_REMOUNT | MS_IGNORE_TYPE_DATA)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	return fmt_str(out, ev, i, o);
}

/* data: ignored by a bind, a move or a propagation change */
bool fmt_mount_data(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	uint64_t flags = mount_flags(ev);

	if (!(flags & MS_REMOUNT) && (flags & MS_IGNORE_TYPE_DATA)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	return fmt_str(out, ev, i, o);
}

#define MOUNT_FLAGS(fn, table)                                                             \
	bool fn(struct strbuf *out, const struct sc_event *ev, unsigned i,                 \
		const struct decode_opts *o)                                               \
	{                                                                                  \
		(void)o;                                                                   \
		print_flags(out, &table, (uint32_t)ev->args[i]);                           \
		return true;                                                               \
	}

MOUNT_FLAGS(fmt_fsopen_flags, fsopen_flag_names)
MOUNT_FLAGS(fmt_fsmount_flags, fsmount_flag_names)
MOUNT_FLAGS(fmt_fsmount_attr, fsmount_attr_names)
MOUNT_FLAGS(fmt_fspick_flags, fspick_flag_names)
MOUNT_FLAGS(fmt_open_tree_flags, open_tree_flag_names)
MOUNT_FLAGS(fmt_move_mount_flags, move_mount_flag_names)
MOUNT_FLAGS(fmt_mount_setattr_flags, mount_setattr_flag_names)

/*
 * {attr_set=MOUNT_ATTR_RDONLY, attr_clr=0, propagation=MS_SLAVE, userns_fd=9}:
 * userns_fd is a descriptor only with MOUNT_ATTR_IDMAP; a size below the
 * first version prints the address.
 */
bool fmt_mount_attr(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	uint64_t usize = i + 1 < SCT_MAX_ARGS ? ev->args[i + 1] : 0;
	bool cut;
	const struct sct_blob *b = fmt_mem_upto(ev, i, MOUNT_ATTR_SIZE, &cut);
	uint64_t set, clr, userns;
	const char *p;

	if (usize < MOUNT_ATTR_SIZE || !b || !ev->args[i]) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	p = sct_blob_data(b);
	set = load_u64(p, 0);
	clr = load_u64(p, 8);
	userns = load_u64(p, 24);
	strbuf_adds(out, "{attr_set=");
	print_flags_x(out, &mount_attr_names, set, o->xlat);
	strbuf_adds(out, ", attr_clr=");
	print_flags_x(out, &mount_attr_names, clr, o->xlat);
	strbuf_adds(out, ", propagation=");
	print_enum_x(out, &mount_propagation_names, load_u64(p, 16), o->xlat);
	strbuf_addf(out, ", userns_fd=%llu", (unsigned long long)userns);
	if (userns <= INT_MAX && ((set | clr) & MOUNT_ATTR_IDMAP))
		decode_fd_suffix(out, (int)userns, o);
	if (cut) /* the bytes past the first page could not be read */
		strbuf_adds(out, ", ???");
	else
		print_struct_tail(out, p, b->len, MOUNT_ATTR_SIZE, usize,
				  ev->has_ret && ev->ret == -E2BIG, o);
	strbuf_addc(out, '}');
	return true;
}
