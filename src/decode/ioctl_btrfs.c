// SPDX-License-Identifier: MIT
/*
 * ioctl requests of btrfs (type 0x94, <linux/btrfs.h>) and the generic file
 * requests that share its type (FICLONE, FICLONERANGE, FIDEDUPERANGE,
 * FS_IOC_GET/SETFSLABEL), as strace 6.1 prints them: subvolume and device
 * arguments, balance, defragmentation, tree search keys, scrub, quota
 * groups, send, device replace and statistics, features; the kernel's
 * answer after " => " where the request returns one. A qgroup_inherit
 * pointed to by the v2 subvolume arguments is captured with them
 * (put_ioctl_pointee), as are BTRFS_IOC_SEND's clone sources and the
 * containers INO_PATHS and LOGICAL_INO fill; TREE_SEARCH_V2's results
 * past the first 4096 bytes of its argument are not: "..." stands for them.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/sysmacros.h>
#include <linux/btrfs.h>
#include <linux/btrfs_tree.h>
#include <linux/fs.h>

#include "ioctl.h"
#include "xlat_btrfs.h"

#define OFF(type, field) offsetof(struct type, field)

/* ", name=N" unless first */
static void field(const struct ioctl_call *c, const char *name, bool first)
{
	strbuf_addf(c->out, first ? "%s=" : ", %s=", name);
}

static void u64_field(const struct ioctl_call *c, const char *name, uint64_t v)
{
	char raw[24];

	field(c, name, false);
	snprintf(raw, sizeof(raw), "%llu", (unsigned long long)v);
	if (v == UINT64_MAX)
		print_xlat_text(c->out, c->o->xlat, raw, "UINT64_MAX");
	else
		strbuf_adds(c->out, raw);
}

/* A value named by t, else in decimal (strace's PRINT_FIELD_XVAL_U with no default) */
static void named_u(const struct ioctl_call *c, const struct flag_table *t, uint64_t v)
{
	const char *name = flag_lookup(t, v);
	char raw[24];

	snprintf(raw, sizeof(raw), "%llu", (unsigned long long)v);
	print_xlat_text(c->out, c->o->xlat, raw, name ? name : raw);
}

/* makedev(0, 0x1); -X raw 0x1, -X verbose 0x1 / * makedev(0, 0x1) * / */
static void dev_field(const struct ioctl_call *c, const char *name, uint64_t dev, bool first)
{
	char raw[24], abbrev[64];

	field(c, name, first);
	snprintf(raw, sizeof(raw), dev ? "%#llx" : "0", (unsigned long long)dev);
	snprintf(abbrev, sizeof(abbrev), "makedev(%#x, %#x)", major(dev), minor(dev));
	print_xlat_text(c->out, c->o->xlat, raw, abbrev);
}

static void uuid_field(const struct ioctl_call *c, const char *name, const unsigned char *u,
		       bool first)
{
	field(c, name, first);
	for (unsigned k = 0; k < 16; k++)
		strbuf_addf(c->out, k == 4 || k == 6 || k == 8 || k == 10 ? "-%02x" : "%02x", u[k]);
}

static bool zero(const char *p, unsigned n)
{
	for (unsigned k = 0; k < n; k++)
		if (p[k])
			return false;
	return true;
}

/* struct btrfs_ioctl_vol_args: {fd=N, name="..."} */
static void vol_args(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct btrfs_ioctl_vol_args));

	if (!p)
		return;
	strbuf_addf(c->out, "{fd=%d, name=", (int)load_s64(p, OFF(btrfs_ioctl_vol_args, fd)));
	ioctl_cstring(c, p + OFF(btrfs_ioctl_vol_args, name), BTRFS_PATH_NAME_MAX + 1);
	strbuf_addc(c->out, '}');
}

static void qgroup_limit(const struct ioctl_call *c, const char *p)
{
	static const char *const names[] = { "max_rfer", "max_excl", "rsv_rfer", "rsv_excl" };

	strbuf_adds(c->out, "{flags=");
	ioctl_flags(c, &btrfs_limit_flag_names, load_u64(p, 0));
	for (unsigned k = 0; k < 4; k++)
		strbuf_addf(c->out, ", %s=%llu", names[k], (unsigned long long)load_u64(p, 8 + 8 * k));
	strbuf_addc(c->out, '}');
}

/* The captured data a pointer of the argument points to (put_ioctl_pointee), or NULL. */
static const char *pointee(const struct ioctl_call *c, unsigned *have)
{
	bool full;

	return ioctl_pointee_bytes(c, have, &full);
}

/* struct btrfs_qgroup_inherit at addr: under -v its qgroups, else "..." */
static void qgroup_inherit(const struct ioctl_call *c, uint64_t addr)
{
	const unsigned head = sizeof(struct btrfs_qgroup_inherit);
	unsigned have;
	const char *p = pointee(c, &have);
	uint64_t n;

	if (!addr || !p || have < head) {
		fmt_addr(c->out, addr);
		return;
	}
	strbuf_adds(c->out, "{flags=");
	ioctl_flags(c, &btrfs_inherit_flag_names, load_u64(p, OFF(btrfs_qgroup_inherit, flags)));
	n = load_u64(p, OFF(btrfs_qgroup_inherit, num_qgroups));
	strbuf_addf(c->out, ", num_qgroups=%llu, num_ref_copies=%llu, num_excl_copies=%llu, lim=",
		    (unsigned long long)n,
		    (unsigned long long)load_u64(p, OFF(btrfs_qgroup_inherit, num_ref_copies)),
		    (unsigned long long)load_u64(p, OFF(btrfs_qgroup_inherit, num_excl_copies)));
	qgroup_limit(c, p + OFF(btrfs_qgroup_inherit, lim));
	if (!c->o->verbose) {
		strbuf_adds(c->out, ", ...}");
		return;
	}
	strbuf_adds(c->out, ", qgroups=");
	for (uint64_t k = 0; k < n; k++) {
		unsigned at = head + 8 * (unsigned)k;

		strbuf_adds(c->out, k ? ", " : "");
		if (k >= (have - head) / 8) {
			if (k)
				strbuf_addf(c->out, "... /* %#llx */]",
					    (unsigned long long)(addr + at));
			else
				fmt_addr(c->out, addr + at);
			strbuf_addc(c->out, '}');
			return;
		}
		strbuf_addf(c->out, k ? "%llu" : "[%llu", (unsigned long long)load_u64(p, at));
	}
	strbuf_adds(c->out, n ? "]}" : "[]}");
}

static void vol_args_v2(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct btrfs_ioctl_vol_args_v2)), *q;
	uint64_t flags;

	if (!p)
		return;
	flags = load_u64(p, OFF(btrfs_ioctl_vol_args_v2, flags));
	strbuf_addf(c->out, "{fd=%d, flags=", (int)load_s64(p, OFF(btrfs_ioctl_vol_args_v2, fd)));
	ioctl_flags(c, &btrfs_subvol_flag_names, flags);
	if (flags & BTRFS_SUBVOL_QGROUP_INHERIT) {
		strbuf_addf(c->out, ", size=%llu, qgroup_inherit=",
			    (unsigned long long)load_u64(p, OFF(btrfs_ioctl_vol_args_v2, size)));
		qgroup_inherit(c, load_u64(p, OFF(btrfs_ioctl_vol_args_v2, qgroup_inherit)));
	}
	strbuf_adds(c->out, ", name=");
	ioctl_cstring(c, p + OFF(btrfs_ioctl_vol_args_v2, name), BTRFS_SUBVOL_NAME_MAX + 1);
	strbuf_addc(c->out, '}');
	if (ioctl_failed(c) || !(q = ioctl_out(c, sizeof(struct btrfs_ioctl_vol_args_v2))))
		return;
	strbuf_addf(c->out, " => {transid=%llu}",
		    (unsigned long long)load_u64(q, OFF(btrfs_ioctl_vol_args_v2, transid)));
}

static void balance_args(const struct ioctl_call *c, const char *p)
{
	strbuf_adds(c->out, "{profiles=");
	ioctl_flags(c, &btrfs_space_flag_names, load_u64(p, OFF(btrfs_balance_args, profiles)));
	u64_field(c, "usage", load_u64(p, OFF(btrfs_balance_args, usage)));
	dev_field(c, "devid", load_u64(p, OFF(btrfs_balance_args, devid)), false);
	u64_field(c, "pstart", load_u64(p, OFF(btrfs_balance_args, pstart)));
	u64_field(c, "pend", load_u64(p, OFF(btrfs_balance_args, pend)));
	u64_field(c, "vstart", load_u64(p, OFF(btrfs_balance_args, vstart)));
	u64_field(c, "vend", load_u64(p, OFF(btrfs_balance_args, vend)));
	u64_field(c, "target", load_u64(p, OFF(btrfs_balance_args, target)));
	strbuf_adds(c->out, ", flags=");
	ioctl_flags(c, &btrfs_balance_arg_names, load_u64(p, OFF(btrfs_balance_args, flags)));
	strbuf_addc(c->out, '}');
}

/* struct btrfs_ioctl_balance_args; out: with its state */
static void balance(const struct ioctl_call *c, const char *p, bool out)
{
	static const struct {
		uint64_t flag;
		const char *name;
		size_t off;
	} parts[] = {
		{ BTRFS_BALANCE_DATA, "data", OFF(btrfs_ioctl_balance_args, data) },
		{ BTRFS_BALANCE_METADATA, "meta", OFF(btrfs_ioctl_balance_args, meta) },
		{ BTRFS_BALANCE_SYSTEM, "sys", OFF(btrfs_ioctl_balance_args, sys) },
	};
	uint64_t flags = load_u64(p, OFF(btrfs_ioctl_balance_args, flags));

	strbuf_adds(c->out, "{flags=");
	ioctl_flags(c, &btrfs_balance_flag_names, flags);
	if (out) {
		strbuf_adds(c->out, ", state=");
		ioctl_flags(c, &btrfs_balance_state_names,
			    load_u64(p, OFF(btrfs_ioctl_balance_args, state)));
	}
	for (unsigned k = 0; k < sizeof(parts) / sizeof(parts[0]); k++) {
		if (!(flags & parts[k].flag))
			continue;
		strbuf_addf(c->out, ", %s=", parts[k].name);
		balance_args(c, p + parts[k].off);
	}
	strbuf_addc(c->out, '}');
}

static void features(const struct ioctl_call *c, const char *p)
{
	strbuf_adds(c->out, "{compat_flags=");
	ioctl_flags(c, &btrfs_compat_names, load_u64(p, 0));
	strbuf_adds(c->out, ", compat_ro_flags=");
	ioctl_flags(c, &btrfs_compat_ro_names, load_u64(p, 8));
	strbuf_adds(c->out, ", incompat_flags=");
	ioctl_flags(c, &btrfs_incompat_names, load_u64(p, 16));
	strbuf_addc(c->out, '}');
}

/* [{...}, {...}] of n feature sets, each followed by its comment */
static void feature_sets(const struct ioctl_call *c, const char *p, unsigned n,
			 const char *const *comments)
{
	strbuf_addc(c->out, '[');
	for (unsigned k = 0; k < n; k++) {
		if (k)
			strbuf_adds(c->out, ", ");
		features(c, p + k * sizeof(struct btrfs_ioctl_feature_flags));
		if (comments)
			strbuf_addf(c->out, " /* %s */", comments[k]);
	}
	strbuf_addc(c->out, ']');
}

static void defrag_range(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct btrfs_ioctl_defrag_range_args));

	if (!p)
		return;
	strbuf_addf(c->out, "{start=%llu",
		    (unsigned long long)load_u64(p, OFF(btrfs_ioctl_defrag_range_args, start)));
	u64_field(c, "len", load_u64(p, OFF(btrfs_ioctl_defrag_range_args, len)));
	strbuf_adds(c->out, ", flags=");
	ioctl_flags(c, &btrfs_defrag_flag_names,
		    load_u64(p, OFF(btrfs_ioctl_defrag_range_args, flags)));
	strbuf_addf(c->out, ", extent_thresh=%u, compress_type=",
		    load_u32(p, OFF(btrfs_ioctl_defrag_range_args, extent_thresh)));
	ioctl_enum(c, &btrfs_compress_names,
		   load_u32(p, OFF(btrfs_ioctl_defrag_range_args, compress_type)));
	strbuf_addc(c->out, '}');
}

/* struct btrfs_ioctl_search_key at entry: min/max_objectid when not the defaults, or -v */
static void search_key(const struct ioctl_call *c, const char *p)
{
	uint64_t min = load_u64(p, OFF(btrfs_ioctl_search_key, min_objectid)),
		 max = load_u64(p, OFF(btrfs_ioctl_search_key, max_objectid));

	strbuf_adds(c->out, "{key={tree_id=");
	named_u(c, &btrfs_objectid_names, load_u64(p, OFF(btrfs_ioctl_search_key, tree_id)));
	if (min != BTRFS_FIRST_FREE_OBJECTID || c->o->verbose) {
		strbuf_adds(c->out, ", min_objectid=");
		named_u(c, &btrfs_objectid_names, min);
	}
	if (max != (uint64_t)BTRFS_LAST_FREE_OBJECTID || c->o->verbose) {
		strbuf_adds(c->out, ", max_objectid=");
		named_u(c, &btrfs_objectid_names, max);
	}
	u64_field(c, "min_offset", load_u64(p, OFF(btrfs_ioctl_search_key, min_offset)));
	u64_field(c, "max_offset", load_u64(p, OFF(btrfs_ioctl_search_key, max_offset)));
	u64_field(c, "min_transid", load_u64(p, OFF(btrfs_ioctl_search_key, min_transid)));
	u64_field(c, "max_transid", load_u64(p, OFF(btrfs_ioctl_search_key, max_transid)));
	strbuf_adds(c->out, ", min_type=");
	named_u(c, &btrfs_key_type_names, load_u32(p, OFF(btrfs_ioctl_search_key, min_type)));
	strbuf_adds(c->out, ", max_type=");
	named_u(c, &btrfs_key_type_names, load_u32(p, OFF(btrfs_ioctl_search_key, max_type)));
	strbuf_addf(c->out, ", nr_items=%u}",
		    load_u32(p, OFF(btrfs_ioctl_search_key, nr_items)));
}

/*
 * ", buf=[...]": the headers of the n items found, each followed by its
 * data, in the buffer at offset off of the argument (size bytes); at most
 * -s + 1, "..." at the end of the buffer. The capture holds the first 4096
 * bytes of the argument: a header past them shows as "...".
 */
static void search_results(const struct ioctl_call *c, const char *p, uint32_t n, unsigned off,
			   uint64_t size)
{
	const unsigned sh = sizeof(struct btrfs_ioctl_search_header);
	unsigned have = ioctl_have(c);
	uint64_t at = 0;

	strbuf_adds(c->out, ", buf=[");
	for (uint32_t k = 0; k < n; k++) {
		const char *h;

		if (k)
			strbuf_adds(c->out, ", ");
		if (at + sh > size || k > c->o->str_max || off + at + sh > have) {
			strbuf_adds(c->out, "...");
			break;
		}
		h = p + off + at;
		strbuf_addf(c->out, "{transid=%llu, objectid=",
			    (unsigned long long)load_u64(h, OFF(btrfs_ioctl_search_header, transid)));
		named_u(c, &btrfs_objectid_names,
			load_u64(h, OFF(btrfs_ioctl_search_header, objectid)));
		strbuf_addf(c->out, ", offset=%llu, type=",
			    (unsigned long long)load_u64(h, OFF(btrfs_ioctl_search_header, offset)));
		named_u(c, &btrfs_key_type_names, load_u32(h, OFF(btrfs_ioctl_search_header, type)));
		strbuf_addf(c->out, ", len=%u}", load_u32(h, OFF(btrfs_ioctl_search_header, len)));
		at += sh + load_u32(h, OFF(btrfs_ioctl_search_header, len));
	}
	strbuf_addc(c->out, ']');
}

/* TREE_SEARCH(_V2): the key at entry; after success its nr_items, the results under -v only */
static void tree_search(const struct ioctl_call *c, bool v2)
{
	const char *p = ioctl_in(c, sizeof(struct btrfs_ioctl_search_key) + (v2 ? 8 : 0));

	if (!p)
		return;
	search_key(c, p);
	if (v2)
		strbuf_addf(c->out, ", buf_size=%llu",
			    (unsigned long long)load_u64(p, OFF(btrfs_ioctl_search_args_v2, buf_size)));
	strbuf_addc(c->out, '}');
	if (ioctl_failed(c) || !(p = ioctl_out(c, sizeof(struct btrfs_ioctl_search_key))))
		return;
	strbuf_addf(c->out, " => {key={nr_items=%u}",
		    load_u32(p, OFF(btrfs_ioctl_search_key, nr_items)));
	if (v2)
		strbuf_addf(c->out, ", buf_size=%llu",
			    (unsigned long long)load_u64(p, OFF(btrfs_ioctl_search_args_v2, buf_size)));
	if (!c->o->verbose) {
		strbuf_adds(c->out, ", ...}");
		return;
	}
	search_results(c, p, load_u32(p, OFF(btrfs_ioctl_search_key, nr_items)),
		       v2 ? OFF(btrfs_ioctl_search_args_v2, buf) : OFF(btrfs_ioctl_search_args, buf),
		       v2 ? load_u64(p, OFF(btrfs_ioctl_search_args_v2, buf_size)) :
			    BTRFS_SEARCH_ARGS_BUFSIZE);
	strbuf_addc(c->out, '}');
}

static void ino_lookup(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct btrfs_ioctl_ino_lookup_args));
	uint64_t tree;

	if (!p)
		return;
	tree = load_u64(p, OFF(btrfs_ioctl_ino_lookup_args, treeid));
	strbuf_adds(c->out, "{treeid=");
	named_u(c, &btrfs_objectid_names, tree);
	strbuf_adds(c->out, ", objectid=");
	named_u(c, &btrfs_objectid_names, load_u64(p, OFF(btrfs_ioctl_ino_lookup_args, objectid)));
	strbuf_addc(c->out, '}');
	if (ioctl_failed(c) || !(p = ioctl_out(c, sizeof(struct btrfs_ioctl_ino_lookup_args))))
		return;
	strbuf_adds(c->out, " => {");
	if (!tree) { /* the kernel filled in the subvolume */
		strbuf_adds(c->out, "treeid=");
		named_u(c, &btrfs_objectid_names, load_u64(p, OFF(btrfs_ioctl_ino_lookup_args, treeid)));
		strbuf_adds(c->out, ", ");
	}
	strbuf_adds(c->out, "name=");
	ioctl_cstring(c, p + OFF(btrfs_ioctl_ino_lookup_args, name), BTRFS_INO_LOOKUP_PATH_MAX);
	strbuf_addc(c->out, '}');
}

static void scrub(const struct ioctl_call *c, bool progress)
{
	const char *p = ioctl_in(c, sizeof(struct btrfs_ioctl_scrub_args));

	if (!p)
		return;
	dev_field(c, "{devid", load_u64(p, OFF(btrfs_ioctl_scrub_args, devid)), true);
	if (!progress) {
		strbuf_addf(c->out, ", start=%llu",
			    (unsigned long long)load_u64(p, OFF(btrfs_ioctl_scrub_args, start)));
		u64_field(c, "end", load_u64(p, OFF(btrfs_ioctl_scrub_args, end)));
		strbuf_adds(c->out, ", flags=");
		ioctl_flags(c, &btrfs_scrub_flag_names, load_u64(p, OFF(btrfs_ioctl_scrub_args, flags)));
	}
	strbuf_addc(c->out, '}');
	if (ioctl_failed(c) || !(p = ioctl_out(c, sizeof(struct btrfs_ioctl_scrub_args))))
		return;
	p += OFF(btrfs_ioctl_scrub_args, progress);
	strbuf_adds(c->out, " => {progress={");
	{
		static const char *const names[] = {
			"data_extents_scrubbed", "tree_extents_scrubbed", "data_bytes_scrubbed",
			"tree_bytes_scrubbed", "read_errors", "csum_errors", "verify_errors",
			"no_csum", "csum_discards", "super_errors", "malloc_errors",
			"uncorrectable_errors", "corrected_errors", "last_physical",
			"unverified_errors",
		};

		for (unsigned k = 0; k < sizeof(names) / sizeof(names[0]); k++)
			strbuf_addf(c->out, "%s%s=%llu", k ? ", " : "", names[k],
				    (unsigned long long)load_u64(p, 8 * k));
	}
	strbuf_adds(c->out, "}}");
}

static void dev_info(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct btrfs_ioctl_dev_info_args));
	const size_t uuid = OFF(btrfs_ioctl_dev_info_args, uuid);

	if (!p)
		return;
	dev_field(c, "{devid", load_u64(p, OFF(btrfs_ioctl_dev_info_args, devid)), true);
	if (!zero(p + uuid, BTRFS_UUID_SIZE))
		uuid_field(c, "uuid", (const unsigned char *)p + uuid, false);
	strbuf_addc(c->out, '}');
	if (ioctl_failed(c) || !(p = ioctl_out(c, sizeof(struct btrfs_ioctl_dev_info_args))))
		return;
	strbuf_adds(c->out, " => {");
	if (!zero(p + uuid, BTRFS_UUID_SIZE)) {
		uuid_field(c, "uuid", (const unsigned char *)p + uuid, true);
		strbuf_adds(c->out, ", ");
	}
	strbuf_addf(c->out, "bytes_used=%llu, total_bytes=%llu, path=",
		    (unsigned long long)load_u64(p, OFF(btrfs_ioctl_dev_info_args, bytes_used)),
		    (unsigned long long)load_u64(p, OFF(btrfs_ioctl_dev_info_args, total_bytes)));
	ioctl_cstring(c, p + OFF(btrfs_ioctl_dev_info_args, path), BTRFS_DEVICE_PATH_NAME_MAX);
	strbuf_addc(c->out, '}');
}

/* struct btrfs_data_container's counts, then (fn) its values under -v, else "..." */
typedef void container_vals_fn(const struct ioctl_call *c, const char *p, unsigned have,
			       uint64_t addr, uint32_t count);

static void container(const struct ioctl_call *c, const char *name, uint64_t addr,
		      container_vals_fn *vals)
{
	const unsigned head = sizeof(struct btrfs_data_container);
	unsigned have;
	const char *p = pointee(c, &have);

	strbuf_addf(c->out, " => {%s=", name);
	if (!addr || !p || have < head) {
		fmt_addr(c->out, addr);
		strbuf_addc(c->out, '}');
		return;
	}
	strbuf_addf(c->out, "{bytes_left=%u, bytes_missing=%u, elem_cnt=%u, elem_missed=%u, ",
		    load_u32(p, 0), load_u32(p, 4), load_u32(p, 8), load_u32(p, 12));
	if (c->o->verbose) {
		strbuf_adds(c->out, "val=");
		vals(c, p + head, have - head, addr + head, load_u32(p, 8));
	} else {
		strbuf_adds(c->out, "...");
	}
	strbuf_adds(c->out, "}}");
}

/*
 * n elements of size bytes at addr, of which have were captured at p:
 * "[a, b]", "... / * address * /" at the first one not captured.
 */
static bool vals_elem(const struct ioctl_call *c, uint64_t addr, unsigned have, uint64_t k,
		      unsigned size)
{
	if (k)
		strbuf_adds(c->out, ", ");
	if ((k + 1) * size <= have) {
		if (!k)
			strbuf_addc(c->out, '[');
		return true;
	}
	if (k)
		strbuf_addf(c->out, "... /* %#llx */]", (unsigned long long)(addr + k * size));
	else
		fmt_addr(c->out, addr);
	return false;
}

/* LOGICAL_INO's values: {inum, offset, root} triples */
static void inode_vals(const struct ioctl_call *c, const char *p, unsigned have, uint64_t addr,
		       uint32_t count)
{
	uint32_t n = count / 3;

	if (!n) {
		strbuf_adds(c->out, "[]");
		return;
	}
	for (uint32_t k = 0; k < n; k++) {
		if (!vals_elem(c, addr, have, k, 24))
			return;
		strbuf_addf(c->out, "{inum=%llu, offset=%llu, root=%llu}",
			    (unsigned long long)load_u64(p, 24 * k),
			    (unsigned long long)load_u64(p, 24 * k + 8),
			    (unsigned long long)load_u64(p, 24 * k + 16));
	}
	strbuf_addc(c->out, ']');
}

/* INO_PATHS' values: offsets from the values' start of the paths the kernel wrote there */
static void path_vals(const struct ioctl_call *c, const char *p, unsigned have, uint64_t addr,
		      uint32_t count)
{
	if (!count) {
		strbuf_adds(c->out, "[]");
		return;
	}
	for (uint32_t k = 0; k < count; k++) {
		uint64_t off;
		const char *nul;

		if (!vals_elem(c, addr, have, k, 8))
			return;
		off = load_u64(p, 8 * k);
		nul = off < have ? memchr(p + off, 0, have - off) : NULL;
		if (nul)
			format_quoted(c->out, p + off, (unsigned)(nul - (p + off)), false, c->o);
		else
			fmt_addr(c->out, addr + off);
	}
	strbuf_addc(c->out, ']');
}

static void ino_paths(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct btrfs_ioctl_ino_path_args));

	if (!p)
		return;
	strbuf_addf(c->out, "{inum=%llu, size=%llu, fspath=",
		    (unsigned long long)load_u64(p, OFF(btrfs_ioctl_ino_path_args, inum)),
		    (unsigned long long)load_u64(p, OFF(btrfs_ioctl_ino_path_args, size)));
	fmt_addr(c->out, load_u64(p, OFF(btrfs_ioctl_ino_path_args, fspath)));
	strbuf_addc(c->out, '}');
	if (!ioctl_failed(c) && (p = ioctl_out(c, sizeof(struct btrfs_ioctl_ino_path_args))))
		container(c, "fspath", load_u64(p, OFF(btrfs_ioctl_ino_path_args, fspath)),
			  path_vals);
}

static void logical_ino(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct btrfs_ioctl_logical_ino_args));
	const size_t res = OFF(btrfs_ioctl_logical_ino_args, reserved);

	if (!p)
		return;
	strbuf_addf(c->out, "{logical=%llu, size=%llu",
		    (unsigned long long)load_u64(p, OFF(btrfs_ioctl_logical_ino_args, logical)),
		    (unsigned long long)load_u64(p, OFF(btrfs_ioctl_logical_ino_args, size)));
	if (!zero(p + res, 24))
		strbuf_addf(c->out, ", reserved=[%#llx, %#llx, %#llx]",
			    (unsigned long long)load_u64(p, res),
			    (unsigned long long)load_u64(p, res + 8),
			    (unsigned long long)load_u64(p, res + 16));
	strbuf_adds(c->out, ", flags=");
	ioctl_flags(c, &btrfs_logical_ino_flag_names,
		    load_u64(p, OFF(btrfs_ioctl_logical_ino_args, flags)));
	strbuf_adds(c->out, ", inodes=");
	fmt_addr(c->out, load_u64(p, OFF(btrfs_ioctl_logical_ino_args, inodes)));
	strbuf_addc(c->out, '}');
	if (!ioctl_failed(c) && (p = ioctl_out(c, sizeof(struct btrfs_ioctl_logical_ino_args))))
		container(c, "inodes", load_u64(p, OFF(btrfs_ioctl_logical_ino_args, inodes)),
			  inode_vals);
}

/* {sec=N, nsec=N} / * date * / */
static void btrfs_time(const struct ioctl_call *c, const char *name, const char *p)
{
	uint64_t sec = load_u64(p, 0);
	uint32_t nsec = load_u32(p, 8);

	strbuf_addf(c->out, ", %s={sec=%llu, nsec=%u}", name, (unsigned long long)sec, nsec);
	print_date_comment(c->out, (int64_t)sec, nsec, 999999999, 9);
}

static void received_subvol(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct btrfs_ioctl_received_subvol_args));

	if (!p)
		return;
	uuid_field(c, "{uuid",
		   (const unsigned char *)p + OFF(btrfs_ioctl_received_subvol_args, uuid), true);
	strbuf_addf(c->out, ", stransid=%llu",
		    (unsigned long long)load_u64(p, OFF(btrfs_ioctl_received_subvol_args, stransid)));
	btrfs_time(c, "stime", p + OFF(btrfs_ioctl_received_subvol_args, stime));
	strbuf_addf(c->out, ", flags=%llu}",
		    (unsigned long long)load_u64(p, OFF(btrfs_ioctl_received_subvol_args, flags)));
	if (ioctl_failed(c) ||
	    !(p = ioctl_out(c, sizeof(struct btrfs_ioctl_received_subvol_args))))
		return;
	strbuf_addf(c->out, " => {rtransid=%llu",
		    (unsigned long long)load_u64(p, OFF(btrfs_ioctl_received_subvol_args, rtransid)));
	btrfs_time(c, "rtime", p + OFF(btrfs_ioctl_received_subvol_args, rtime));
	strbuf_addc(c->out, '}');
}

/* The subvolumes BTRFS_IOC_SEND may clone from: their address, under -v their ids */
static void clone_sources(const struct ioctl_call *c, uint64_t addr, uint64_t n)
{
	unsigned have;
	const char *p = pointee(c, &have);

	if (!c->o->verbose || !addr) {
		fmt_addr(c->out, addr);
		return;
	}
	if (!n) {
		strbuf_adds(c->out, "[]");
		return;
	}
	for (uint64_t k = 0; k < n; k++) {
		if (k)
			strbuf_adds(c->out, ", ");
		if (!p || (k + 1) * 8 > have) {
			if (k)
				strbuf_addf(c->out, "... /* %#llx */]",
					    (unsigned long long)(addr + 8 * k));
			else
				fmt_addr(c->out, addr);
			return;
		}
		if (!k)
			strbuf_addc(c->out, '[');
		named_u(c, &btrfs_objectid_names, load_u64(p, 8 * k));
	}
	strbuf_addc(c->out, ']');
}

static void send_args(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct btrfs_ioctl_send_args));

	if (!p)
		return;
	strbuf_addf(c->out, "{send_fd=%d, clone_sources_count=%llu, clone_sources=",
		    (int)load_s64(p, OFF(btrfs_ioctl_send_args, send_fd)),
		    (unsigned long long)load_u64(p, OFF(btrfs_ioctl_send_args, clone_sources_count)));
	clone_sources(c, load_u64(p, OFF(btrfs_ioctl_send_args, clone_sources)),
		      load_u64(p, OFF(btrfs_ioctl_send_args, clone_sources_count)));
	strbuf_adds(c->out, ", parent_root=");
	named_u(c, &btrfs_objectid_names, load_u64(p, OFF(btrfs_ioctl_send_args, parent_root)));
	strbuf_adds(c->out, ", flags=");
	ioctl_flags(c, &btrfs_send_flag_names, load_u64(p, OFF(btrfs_ioctl_send_args, flags)));
	strbuf_addc(c->out, '}');
}

static void dev_stats(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct btrfs_ioctl_get_dev_stats));
	uint64_t n;

	if (!p)
		return;
	dev_field(c, "{devid", load_u64(p, OFF(btrfs_ioctl_get_dev_stats, devid)), true);
	strbuf_addf(c->out, ", nr_items=%llu, flags=",
		    (unsigned long long)load_u64(p, OFF(btrfs_ioctl_get_dev_stats, nr_items)));
	ioctl_flags(c, &btrfs_dev_stats_flag_names,
		    load_u64(p, OFF(btrfs_ioctl_get_dev_stats, flags)));
	strbuf_addc(c->out, '}');
	if (ioctl_failed(c) || !(p = ioctl_out(c, sizeof(struct btrfs_ioctl_get_dev_stats))))
		return;
	n = load_u64(p, OFF(btrfs_ioctl_get_dev_stats, nr_items));
	strbuf_addf(c->out, " => {nr_items=%llu, flags=", (unsigned long long)n);
	ioctl_flags(c, &btrfs_dev_stats_flag_names,
		    load_u64(p, OFF(btrfs_ioctl_get_dev_stats, flags)));
	strbuf_adds(c->out, ", [");
	for (uint64_t k = 0; k < n; k++) {
		if (k)
			strbuf_adds(c->out, ", ");
		if (k >= BTRFS_DEV_STAT_VALUES_MAX) {
			strbuf_adds(c->out, "...");
			break;
		}
		strbuf_addc(c->out, '[');
		named_u(c, &btrfs_dev_stat_names, k);
		strbuf_addf(c->out, "]=%llu",
			    (unsigned long long)load_u64(p, OFF(btrfs_ioctl_get_dev_stats, values) +
							       8 * k));
	}
	strbuf_adds(c->out, "]}");
}

/* ", status={...}" of a BTRFS_IOCTL_DEV_REPLACE_CMD_STATUS answer */
static void replace_status(const struct ioctl_call *c, const char *p)
{
	const struct btrfs_ioctl_dev_replace_status_params *s = NULL;
	uint64_t progress = load_u64(p, offsetof(typeof(*s), progress_1000)),
		 started = load_u64(p, offsetof(typeof(*s), time_started)),
		 stopped = load_u64(p, offsetof(typeof(*s), time_stopped));

	strbuf_adds(c->out, ", status={replace_state=");
	ioctl_enum(c, &btrfs_replace_state_names, load_u64(p, offsetof(typeof(*s), replace_state)));
	strbuf_addf(c->out, ", progress_1000=%llu", (unsigned long long)progress);
	if (progress <= 1000)
		strbuf_addf(c->out, " /* %u.%u%% */", (unsigned)progress / 10, (unsigned)progress % 10);
	strbuf_addf(c->out, ", time_started=%llu", (unsigned long long)started);
	print_date_comment(c->out, (int64_t)started, 0, 0, 0);
	strbuf_addf(c->out, ", time_stopped=%llu", (unsigned long long)stopped);
	print_date_comment(c->out, (int64_t)stopped, 0, 0, 0);
	strbuf_addf(c->out, ", num_write_errors=%llu, num_uncorrectable_read_errors=%llu}",
		    (unsigned long long)load_u64(p, offsetof(typeof(*s), num_write_errors)),
		    (unsigned long long)load_u64(p, offsetof(typeof(*s),
							      num_uncorrectable_read_errors)));
}

static void dev_replace(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct btrfs_ioctl_dev_replace_args)), *s;
	uint64_t cmd;

	if (!p)
		return;
	cmd = load_u64(p, OFF(btrfs_ioctl_dev_replace_args, cmd));
	strbuf_adds(c->out, "{cmd=");
	ioctl_enum(c, &btrfs_replace_cmd_names, cmd);
	if (cmd == BTRFS_IOCTL_DEV_REPLACE_CMD_START) {
		s = p + OFF(btrfs_ioctl_dev_replace_args, start);
		dev_field(c, ", start={srcdevid", load_u64(s, 0), true);
		strbuf_adds(c->out, ", cont_reading_from_srcdev_mode=");
		ioctl_enum(c, &btrfs_srcdev_mode_names, load_u64(s, 8));
		strbuf_adds(c->out, ", srcdev_name=");
		ioctl_cstring(c, s + 16, BTRFS_DEVICE_PATH_NAME_MAX + 1);
		strbuf_adds(c->out, ", tgtdev_name=");
		ioctl_cstring(c, s + 16 + BTRFS_DEVICE_PATH_NAME_MAX + 1,
			      BTRFS_DEVICE_PATH_NAME_MAX + 1);
		strbuf_addc(c->out, '}');
	}
	strbuf_addc(c->out, '}');
	if (ioctl_failed(c) || !(p = ioctl_out(c, sizeof(struct btrfs_ioctl_dev_replace_args))))
		return;
	strbuf_adds(c->out, " => {result=");
	ioctl_enum(c, &btrfs_replace_result_names,
		   load_u64(p, OFF(btrfs_ioctl_dev_replace_args, result)));
	if (load_u64(p, OFF(btrfs_ioctl_dev_replace_args, cmd)) == BTRFS_IOCTL_DEV_REPLACE_CMD_STATUS)
		replace_status(c, p + OFF(btrfs_ioctl_dev_replace_args, status));
	strbuf_addc(c->out, '}');
}

static void dedupe_info(const struct ioctl_call *c, const char *p)
{
	strbuf_addf(c->out, "{dest_fd=%d, dest_offset=%llu}", (int)load_s64(p, 0),
		    (unsigned long long)load_u64(p, 8));
}

/* FIDEDUPERANGE at entry: without -v the first two destinations, then "..." */
static void dedupe(const struct ioctl_call *c)
{
	const unsigned head = sizeof(struct file_dedupe_range),
		       size = sizeof(struct file_dedupe_range_info);
	const char *p = ioctl_in(c, head);
	unsigned n, have;

	if (!p)
		return;
	n = load_u16(p, OFF(file_dedupe_range, dest_count));
	have = ioctl_have(c);
	strbuf_addf(c->out, "{src_offset=%llu, src_length=%llu, dest_count=%u, info=",
		    (unsigned long long)load_u64(p, OFF(file_dedupe_range, src_offset)),
		    (unsigned long long)load_u64(p, OFF(file_dedupe_range, src_length)), n);
	for (unsigned k = 0; k < n; k++) {
		unsigned at = head + k * size;

		if (k)
			strbuf_adds(c->out, ", ");
		if (at + size > have) {
			if (k)
				strbuf_addf(c->out, "... /* %#llx */]", (unsigned long long)(c->arg + at));
			else
				fmt_addr(c->out, c->arg + at);
			strbuf_addc(c->out, '}');
			return;
		}
		if (!k)
			strbuf_addc(c->out, '[');
		if (!c->o->verbose && k >= 2) {
			strbuf_adds(c->out, "...");
			break;
		}
		dedupe_info(c, p + at);
	}
	strbuf_adds(c->out, n ? "]}" : "[]}");
}

static void clone_range(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct file_clone_range));

	if (p)
		strbuf_addf(c->out, "{src_fd=%d, src_offset=%llu, src_length=%llu, dest_offset=%llu}",
			    (int)load_s64(p, 0), (unsigned long long)load_u64(p, 8),
			    (unsigned long long)load_u64(p, 16), (unsigned long long)load_u64(p, 24));
}

static void fs_info(const struct ioctl_call *c)
{
	const char *p = ioctl_out(c, sizeof(struct btrfs_ioctl_fs_info_args));
	uint64_t flags;

	if (!p)
		return;
	flags = load_u64(p, OFF(btrfs_ioctl_fs_info_args, flags));
	strbuf_addf(c->out, "{max_id=%llu, num_devices=%llu",
		    (unsigned long long)load_u64(p, OFF(btrfs_ioctl_fs_info_args, max_id)),
		    (unsigned long long)load_u64(p, OFF(btrfs_ioctl_fs_info_args, num_devices)));
	uuid_field(c, "fsid", (const unsigned char *)p + OFF(btrfs_ioctl_fs_info_args, fsid), false);
	strbuf_addf(c->out, ", nodesize=%u, sectorsize=%u, clone_alignment=%u",
		    load_u32(p, OFF(btrfs_ioctl_fs_info_args, nodesize)),
		    load_u32(p, OFF(btrfs_ioctl_fs_info_args, sectorsize)),
		    load_u32(p, OFF(btrfs_ioctl_fs_info_args, clone_alignment)));
	if (flags & BTRFS_FS_INFO_FLAG_CSUM_INFO) {
		strbuf_adds(c->out, ", csum_type=");
		ioctl_enum(c, &btrfs_csum_type_names, load_u16(p, OFF(btrfs_ioctl_fs_info_args, csum_type)));
		strbuf_addf(c->out, ", csum_size=%u", load_u16(p, OFF(btrfs_ioctl_fs_info_args, csum_size)));
	}
	strbuf_adds(c->out, ", flags=");
	ioctl_flags(c, &btrfs_fs_info_flag_names, flags);
	if (flags & BTRFS_FS_INFO_FLAG_GENERATION)
		strbuf_addf(c->out, ", generation=%llu",
			    (unsigned long long)load_u64(p, OFF(btrfs_ioctl_fs_info_args, generation)));
	if (flags & BTRFS_FS_INFO_FLAG_METADATA_UUID)
		uuid_field(c, "metadata_uuid",
			   (const unsigned char *)p + OFF(btrfs_ioctl_fs_info_args, metadata_uuid), false);
	strbuf_addc(c->out, '}');
}

static void space_info(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct btrfs_ioctl_space_args));
	uint64_t slots, total;

	if (!p)
		return;
	slots = load_u64(p, OFF(btrfs_ioctl_space_args, space_slots));
	strbuf_addf(c->out, "{space_slots=%llu}", (unsigned long long)slots);
	if (ioctl_failed(c) || !(p = ioctl_out(c, sizeof(struct btrfs_ioctl_space_args))))
		return;
	total = load_u64(p, OFF(btrfs_ioctl_space_args, total_spaces));
	strbuf_addf(c->out, " => {total_spaces=%llu", (unsigned long long)total);
	if (!slots && total) {
		strbuf_addc(c->out, '}');
		return;
	}
	if (!c->o->verbose) {
		strbuf_adds(c->out, ", ...}");
		return;
	}
	/* the infos follow the counts in the argument itself */
	strbuf_adds(c->out, ", spaces=");
	if (!total)
		strbuf_adds(c->out, "[]");
	for (uint64_t k = 0; k < total; k++) {
		const unsigned head = sizeof(struct btrfs_ioctl_space_args), size = 24;
		const char *e = p + head + size * k;

		if (!vals_elem(c, c->arg + head, ioctl_have(c) - head, k, size))
			break;
		strbuf_adds(c->out, "{flags=");
		ioctl_flags(c, &btrfs_space_info_names, load_u64(e, 0));
		strbuf_addf(c->out, ", total_bytes=%llu, used_bytes=%llu}",
			    (unsigned long long)load_u64(e, 8), (unsigned long long)load_u64(e, 16));
		if (k + 1 == total)
			strbuf_addc(c->out, ']');
	}
	strbuf_addc(c->out, '}');
}

/* A __u64 the request reads ([N]) or writes */
static void u64_arg(const struct ioctl_call *c, bool out)
{
	const char *p = out ? ioctl_out(c, 8) : ioctl_in(c, 8);

	if (p)
		strbuf_addf(c->out, "[%llu]", (unsigned long long)load_u64(p, 0));
}

static void subvol_flags(const struct ioctl_call *c, bool out)
{
	const char *p = out ? ioctl_out(c, 8) : ioctl_in(c, 8);

	if (p)
		ioctl_flags(c, &btrfs_subvol_flag_names, load_u64(p, 0));
}

static void qgroup_args(const struct ioctl_call *c)
{
	const char *p;

	switch (c->code) {
	case BTRFS_IOC_QGROUP_ASSIGN:
		if ((p = ioctl_in(c, sizeof(struct btrfs_ioctl_qgroup_assign_args))))
			strbuf_addf(c->out, "{assign=%llu, src=%llu, dst=%llu}",
				    (unsigned long long)load_u64(p, 0),
				    (unsigned long long)load_u64(p, 8),
				    (unsigned long long)load_u64(p, 16));
		break;
	case BTRFS_IOC_QGROUP_CREATE:
		if ((p = ioctl_in(c, sizeof(struct btrfs_ioctl_qgroup_create_args))))
			strbuf_addf(c->out, "{create=%llu, qgroupid=%llu}",
				    (unsigned long long)load_u64(p, 0),
				    (unsigned long long)load_u64(p, 8));
		break;
	case BTRFS_IOC_QGROUP_LIMIT:
		if ((p = ioctl_out(c, sizeof(struct btrfs_ioctl_qgroup_limit_args)))) {
			strbuf_addf(c->out, "{qgroupid=%llu, lim=", (unsigned long long)load_u64(p, 0));
			qgroup_limit(c, p + 8);
			strbuf_addc(c->out, '}');
		}
		break;
	case BTRFS_IOC_QUOTA_CTL:
		if ((p = ioctl_in(c, sizeof(struct btrfs_ioctl_quota_ctl_args)))) {
			strbuf_adds(c->out, "{cmd=");
			ioctl_enum(c, &btrfs_quota_ctl_names, load_u64(p, 0));
			strbuf_addc(c->out, '}');
		}
		break;
	case BTRFS_IOC_QUOTA_RESCAN:
		if ((p = ioctl_in(c, sizeof(struct btrfs_ioctl_quota_rescan_args))))
			strbuf_addf(c->out, "{flags=%llu}", (unsigned long long)load_u64(p, 0));
		break;
	case BTRFS_IOC_QUOTA_RESCAN_STATUS:
		if ((p = ioctl_out(c, sizeof(struct btrfs_ioctl_quota_rescan_args)))) {
			strbuf_addf(c->out, "{flags=%llu, progress=", (unsigned long long)load_u64(p, 0));
			named_u(c, &btrfs_objectid_names, load_u64(p, 8));
			strbuf_addc(c->out, '}');
		}
		break;
	}
}

static void balance_req(const struct ioctl_call *c, bool progress)
{
	const char *p = progress ? ioctl_out(c, sizeof(struct btrfs_ioctl_balance_args)) :
				   ioctl_in(c, sizeof(struct btrfs_ioctl_balance_args));

	if (!p)
		return;
	balance(c, p, progress);
	if (progress || ioctl_failed(c) ||
	    !(p = ioctl_out(c, sizeof(struct btrfs_ioctl_balance_args))))
		return;
	strbuf_adds(c->out, " => ");
	balance(c, p, true);
}

static void feature_req(const struct ioctl_call *c)
{
	static const char *const supported[] = { "supported", "safe to set", "safe to clear" };
	const unsigned size = sizeof(struct btrfs_ioctl_feature_flags);
	const char *p;

	switch (c->code) {
	case BTRFS_IOC_GET_FEATURES:
		if ((p = ioctl_out(c, size)))
			features(c, p);
		break;
	case BTRFS_IOC_SET_FEATURES:
		if ((p = ioctl_in(c, 2 * size)))
			feature_sets(c, p, 2, NULL);
		break;
	case BTRFS_IOC_GET_SUPPORTED_FEATURES:
		if ((p = ioctl_out(c, 3 * size)))
			feature_sets(c, p, 3, supported);
		break;
	}
}

static void label(const struct ioctl_call *c, bool get)
{
	const char *p = get ? ioctl_out(c, FSLABEL_MAX) : ioctl_in(c, FSLABEL_MAX);

	if (p)
		ioctl_cstring(c, p, FSLABEL_MAX);
}

/* The requests with no argument printed, though some numbers say they take one. */
static bool no_arg(uint32_t code)
{
	static const uint32_t codes[] = {
		BTRFS_IOC_TRANS_START, BTRFS_IOC_TRANS_END, BTRFS_IOC_SYNC, BTRFS_IOC_SCRUB_CANCEL,
		BTRFS_IOC_QUOTA_RESCAN_WAIT, BTRFS_IOC_DEFRAG, BTRFS_IOC_BALANCE,
	};

	for (unsigned k = 0; k < sizeof(codes) / sizeof(codes[0]); k++)
		if (codes[k] == code)
			return true;
	return false;
}

enum ioctl_res ioctl_btrfs_decode(const struct ioctl_call *c)
{
	if (no_arg(c->code))
		return IOCTL_NO_ARG;
	switch (c->code) {
	case BTRFS_IOC_BALANCE_CTL:
		ioctl_enum(c, &btrfs_balance_ctl_names, (uint32_t)c->arg);
		break;
	case BTRFS_IOC_START_SYNC:
		u64_arg(c, true);
		break;
	case BTRFS_IOC_DEFAULT_SUBVOL:
	case BTRFS_IOC_WAIT_SYNC:
		u64_arg(c, false);
		break;
	case BTRFS_IOC_SUBVOL_GETFLAGS:
	case BTRFS_IOC_SUBVOL_SETFLAGS:
		subvol_flags(c, c->code == BTRFS_IOC_SUBVOL_GETFLAGS);
		break;
	case BTRFS_IOC_BALANCE_V2:
	case BTRFS_IOC_BALANCE_PROGRESS:
		balance_req(c, c->code == BTRFS_IOC_BALANCE_PROGRESS);
		break;
	case BTRFS_IOC_DEFRAG_RANGE:
		defrag_range(c);
		break;
	case BTRFS_IOC_DEV_INFO:
		dev_info(c);
		break;
	case BTRFS_IOC_DEV_REPLACE:
		dev_replace(c);
		break;
	case BTRFS_IOC_GET_FEATURES:
	case BTRFS_IOC_SET_FEATURES:
	case BTRFS_IOC_GET_SUPPORTED_FEATURES:
		feature_req(c);
		break;
	case BTRFS_IOC_FS_INFO:
		fs_info(c);
		break;
	case BTRFS_IOC_GET_DEV_STATS:
		dev_stats(c);
		break;
	case BTRFS_IOC_INO_LOOKUP:
		ino_lookup(c);
		break;
	case BTRFS_IOC_INO_PATHS:
		ino_paths(c);
		break;
	case BTRFS_IOC_LOGICAL_INO:
		logical_ino(c);
		break;
	case BTRFS_IOC_QGROUP_ASSIGN:
	case BTRFS_IOC_QGROUP_CREATE:
	case BTRFS_IOC_QGROUP_LIMIT:
	case BTRFS_IOC_QUOTA_CTL:
	case BTRFS_IOC_QUOTA_RESCAN:
	case BTRFS_IOC_QUOTA_RESCAN_STATUS:
		qgroup_args(c);
		break;
	case BTRFS_IOC_SET_RECEIVED_SUBVOL:
		received_subvol(c);
		break;
	case BTRFS_IOC_SCRUB:
	case BTRFS_IOC_SCRUB_PROGRESS:
		scrub(c, c->code == BTRFS_IOC_SCRUB_PROGRESS);
		break;
	case BTRFS_IOC_TREE_SEARCH:
	case BTRFS_IOC_TREE_SEARCH_V2:
		tree_search(c, c->code == BTRFS_IOC_TREE_SEARCH_V2);
		break;
	case BTRFS_IOC_SEND:
		send_args(c);
		break;
	case BTRFS_IOC_SPACE_INFO:
		space_info(c);
		break;
	case BTRFS_IOC_SNAP_CREATE:
	case BTRFS_IOC_RESIZE:
	case BTRFS_IOC_SCAN_DEV:
	case BTRFS_IOC_FORGET_DEV:
	case BTRFS_IOC_ADD_DEV:
	case BTRFS_IOC_RM_DEV:
	case BTRFS_IOC_SUBVOL_CREATE:
	case BTRFS_IOC_SNAP_DESTROY:
	case BTRFS_IOC_DEVICES_READY:
		vol_args(c);
		break;
	case BTRFS_IOC_SNAP_CREATE_V2:
	case BTRFS_IOC_SUBVOL_CREATE_V2:
		vol_args_v2(c);
		break;
	case FICLONERANGE:
		clone_range(c);
		break;
	case FIDEDUPERANGE:
		dedupe(c);
		break;
	case FS_IOC_GETFSLABEL:
	case FS_IOC_SETFSLABEL:
		label(c, c->code == FS_IOC_GETFSLABEL);
		break;
	default:
		return IOCTL_UNKNOWN;
	}
	return IOCTL_ARG;
}
