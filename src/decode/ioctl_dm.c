// SPDX-License-Identifier: MIT
/*
 * ioctl requests of the device mapper (type 0xFD, <linux/dm-ioctl.h>) as
 * strace 6.1 prints them: the struct dm_ioctl header in brackets, the
 * fields each command uses, and the payload that follows it: "..." without
 * -v, under -v the target specs, dependencies, device names, target
 * versions, messages and strings (the kernel side captures the payload past
 * the header up to data_size, SCT_STR_CAP_MAX bytes at most: a pointee of
 * the argument). After success " => " and the header the kernel wrote back.
 */
#include <stddef.h>
#include <string.h>
#include <sys/sysmacros.h>
#include <linux/ioctl.h>
#include <linux/dm-ioctl.h>

#include "ioctl.h"
#include "xlat_ioctl.h"

#define OFF(field) offsetof(struct dm_ioctl, field)

/* The commands whose header carries data_start (a payload). */
static bool has_params(uint32_t code)
{
	switch (code) {
	case DM_VERSION:
	case DM_REMOVE_ALL:
	case DM_DEV_CREATE:
	case DM_DEV_REMOVE:
	case DM_DEV_SUSPEND:
	case DM_DEV_STATUS:
	case DM_TABLE_CLEAR:
	case DM_DEV_ARM_POLL:
		return false;
	}
	return true;
}

/* dev, name and uuid, each when set; not for the commands about no device */
static void print_device(const struct ioctl_call *c, const char *p)
{
	uint64_t dev = load_u64(p, OFF(dev));

	if (c->code == DM_REMOVE_ALL || c->code == DM_LIST_DEVICES || c->code == DM_LIST_VERSIONS)
		return;
	if (dev)
		strbuf_addf(c->out, ", dev=makedev(%#x, %#x)", major(dev), minor(dev));
	if (p[OFF(name)]) {
		strbuf_adds(c->out, ", name=");
		ioctl_cstring(c, p + OFF(name), DM_NAME_LEN);
	}
	if (p[OFF(uuid)]) {
		strbuf_adds(c->out, ", uuid=");
		ioctl_cstring(c, p + OFF(uuid), DM_UUID_LEN);
	}
}

/* The counters each command passes in (entry) or gets back (exit). */
static void print_values(const struct ioctl_call *c, const char *p, bool exit)
{
	uint32_t code = c->code;

	if (exit) {
		switch (code) {
		case DM_DEV_CREATE: case DM_DEV_RENAME: case DM_DEV_SUSPEND: case DM_DEV_STATUS:
		case DM_DEV_WAIT: case DM_TABLE_LOAD: case DM_TABLE_CLEAR: case DM_TABLE_DEPS:
		case DM_TABLE_STATUS: case DM_TARGET_MSG:
			strbuf_addf(c->out, ", target_count=%u, open_count=%u, event_nr=%u",
				    load_u32(p, OFF(target_count)), load_u32(p, OFF(open_count)),
				    load_u32(p, OFF(event_nr)));
		}
		return;
	}
	if (code == DM_TABLE_LOAD)
		strbuf_addf(c->out, ", target_count=%u", load_u32(p, OFF(target_count)));
	else if ((code == DM_DEV_SUSPEND && !(load_u32(p, OFF(flags)) & DM_SUSPEND_FLAG)) ||
		 code == DM_DEV_RENAME || code == DM_DEV_REMOVE || code == DM_DEV_WAIT)
		strbuf_addf(c->out, ", event_nr=%u", load_u32(p, OFF(event_nr)));
}

/* Whether a payload follows the header (printed as "..."). */
static bool has_payload(const struct ioctl_call *c, const char *p, bool exit)
{
	bool data = load_u32(p, OFF(data_start)) != load_u32(p, OFF(data_size));

	switch (c->code) {
	case DM_TABLE_LOAD:
		return !exit && load_u32(p, OFF(target_count));
	case DM_DEV_WAIT:
	case DM_TABLE_STATUS:
		return exit && load_u32(p, OFF(target_count));
	case DM_TABLE_DEPS:
	case DM_LIST_DEVICES:
	case DM_LIST_VERSIONS:
		return exit && data;
	case DM_TARGET_MSG:
		return data && (!exit || (load_u32(p, OFF(flags)) & DM_DATA_OUT_FLAG));
	case DM_DEV_RENAME:
	case DM_DEV_SET_GEOMETRY:
		return !exit && data;
	}
	return false;
}

/* The argument's bytes: the capture, and from sizeof(struct dm_ioctl) on the payload's. */
struct dm_view {
	const char *head, *tail;
	unsigned hlen, tlen;
};

static void dm_view(const struct ioctl_call *c, struct dm_view *v)
{
	const struct sct_blob *b = fmt_mem(c->ev, c->i, 0);
	bool full;

	v->head = b ? sct_blob_data(b) : NULL;
	v->hlen = b ? b->len : 0;
	v->tail = ioctl_pointee_bytes(c, &v->tlen, &full);
	if (!v->tail)
		v->tlen = 0;
}

/* Whether the n bytes at off could be read; copied to dst. */
static bool dm_read(const struct dm_view *v, uint64_t off, unsigned n, void *dst)
{
	char *d = dst;

	for (unsigned k = 0; k < n; k++) {
		uint64_t x = off + k;

		if (x < v->hlen)
			d[k] = v->head[x];
		else if (x >= sizeof(struct dm_ioctl) && x - sizeof(struct dm_ioctl) < v->tlen)
			d[k] = v->tail[x - sizeof(struct dm_ioctl)];
		else
			return false;
	}
	return true;
}

/*
 * The string of len bytes at off, as strace's printstr_ex with
 * QUOTE_0_TERMINATED: up to its NUL, -s bytes at most, "..." when no NUL
 * ends it there; the address when it cannot be read up to its NUL or -s + 1.
 */
static void dm_string(const struct ioctl_call *c, const struct dm_view *v, uint64_t off, uint64_t len)
{
	unsigned size = len < (uint64_t)c->o->str_max + 1 ? (unsigned)len : c->o->str_max + 1, n;
	char buf[SCT_STR_CAP_MAX + 1];
	bool nul = false;

	if (size > SCT_STR_CAP_MAX)
		size = SCT_STR_CAP_MAX;
	for (n = 0; n < size; n++) {
		if (!dm_read(v, off + n, 1, buf + n)) {
			fmt_addr(c->out, c->arg + off);
			return;
		}
		if ((nul = !buf[n]))
			break;
	}
	/* a NUL right after -s bytes ends the string too: strace reads one byte more */
	format_quoted(c->out, buf, n < c->o->str_max ? n : c->o->str_max,
		      len && !(nul && n <= c->o->str_max), c->o);
}

static void dm_misplaced(const struct ioctl_call *c, const char *what)
{
	strbuf_addf(c->out, ", ??? /* misplaced %s */", what);
}

/* Target specs: at entry each next is relative to the spec, at exit to data_start. */
static void dm_target_specs(const struct ioctl_call *c, const struct dm_view *v, const char *p,
			    bool exit)
{
	uint32_t start = load_u32(p, OFF(data_start)), size = load_u32(p, OFF(data_size)),
		 count = load_u32(p, OFF(target_count)), off = start, end = 0;

	for (uint32_t k = 0; k < count; k++) {
		struct dm_target_spec t;

		if ((k && off <= end) || (end = off + sizeof(t)) <= off || end > size) {
			dm_misplaced(c, "struct dm_target_spec");
			return;
		}
		strbuf_adds(c->out, ", ");
		if (k >= c->o->str_max) {
			strbuf_adds(c->out, "...");
			return;
		}
		if (!dm_read(v, off, sizeof(t), &t)) {
			fmt_addr(c->out, c->arg + off);
			return;
		}
		strbuf_addf(c->out, "{sector_start=%llu, length=%llu", (unsigned long long)t.sector_start,
			    (unsigned long long)t.length);
		if (exit)
			strbuf_addf(c->out, ", status=%d", t.status);
		strbuf_adds(c->out, ", target_type=");
		ioctl_cstring(c, t.target_type, sizeof(t.target_type));
		strbuf_adds(c->out, ", string=");
		dm_string(c, v, end, size - end);
		strbuf_addc(c->out, '}');
		off = exit ? start + t.next : off + t.next;
	}
}

static void dm_target_deps(const struct ioctl_call *c, const struct dm_view *v, const char *p)
{
	uint32_t start = load_u32(p, OFF(data_start)), size = load_u32(p, OFF(data_size)),
		 end = start + offsetof(struct dm_target_deps, dev);
	struct dm_target_deps d;
	uint64_t dev;

	strbuf_adds(c->out, ", ");
	if (end <= start || end > size) {
		strbuf_adds(c->out, "??? /* misplaced struct dm_target_deps */");
		return;
	}
	if (!dm_read(v, start, sizeof(d), &d)) {
		fmt_addr(c->out, c->arg + start);
		return;
	}
	if (d.count > (size - end) / 8) {
		strbuf_adds(c->out, "??? /* misplaced struct dm_target_deps */");
		return;
	}
	strbuf_addf(c->out, "{count=%u, deps=", d.count);
	if (!d.count) {
		strbuf_adds(c->out, "[]}");
		return;
	}
	strbuf_addc(c->out, '[');
	for (uint32_t k = 0; k < d.count; k++) {
		if (k)
			strbuf_adds(c->out, ", ");
		if (ioctl_array_cut(c, k))
			break;
		if (!dm_read(v, end + 8ULL * k, 8, &dev)) {
			if (k)
				strbuf_addf(c->out, "... /* %#llx */", (unsigned long long)(c->arg + end + 8ULL * k));
			else
				fmt_addr(c->out, c->arg + end);
			break;
		}
		strbuf_addf(c->out, "makedev(%#x, %#x)", major(dev), minor(dev));
	}
	strbuf_adds(c->out, "]}");
}

/* The list of devices (DM_LIST_DEVICES) or of target versions (DM_LIST_VERSIONS). */
static void dm_list(const struct ioctl_call *c, const struct dm_view *v, const char *p, bool names)
{
	uint32_t off = load_u32(p, OFF(data_start)), size = load_u32(p, OFF(data_size)), end = 0;
	unsigned name_off = names ? offsetof(struct dm_name_list, name) :
				    offsetof(struct dm_target_versions, name);
	const char *what = names ? "struct dm_name_list" : "struct dm_target_versions";

	for (uint32_t k = 0;; k++) {
		union {
			struct dm_name_list n;
			struct dm_target_versions t;
		} e;
		uint32_t next;

		if ((k && off <= end) || (end = off + name_off) <= off || end > size) {
			dm_misplaced(c, what);
			return;
		}
		strbuf_adds(c->out, ", ");
		if (k >= c->o->str_max) {
			strbuf_adds(c->out, "...");
			return;
		}
		if (!dm_read(v, off, names ? sizeof(e.n) : sizeof(e.t), &e)) {
			fmt_addr(c->out, c->arg + off);
			return;
		}
		if (names) {
			strbuf_addf(c->out, "{dev=makedev(%#x, %#x), name=", major(e.n.dev), minor(e.n.dev));
			dm_string(c, v, end, size - end);
			next = e.n.next;
		} else {
			strbuf_adds(c->out, "{name=");
			dm_string(c, v, end, size - end);
			strbuf_addf(c->out, ", version=[%u, %u, %u]", e.t.version[0], e.t.version[1],
				    e.t.version[2]);
			next = e.t.next;
		}
		strbuf_addc(c->out, '}');
		if (!next)
			return;
		off += next;
	}
}

static void dm_target_msg(const struct ioctl_call *c, const struct dm_view *v, const char *p)
{
	uint32_t start = load_u32(p, OFF(data_start)), size = load_u32(p, OFF(data_size)),
		 end = start + offsetof(struct dm_target_msg, message);
	uint64_t sector;

	if (start == size)
		return;
	strbuf_adds(c->out, ", ");
	if (end <= start || end > size) {
		strbuf_adds(c->out, "??? /* misplaced struct dm_target_msg */");
		return;
	}
	if (!dm_read(v, start, 8, &sector)) {
		fmt_addr(c->out, c->arg + start);
		return;
	}
	strbuf_addf(c->out, "{sector=%llu, message=", (unsigned long long)sector);
	dm_string(c, v, end, size - end);
	strbuf_addc(c->out, '}');
}

static void dm_payload_string(const struct ioctl_call *c, const struct dm_view *v, const char *p)
{
	uint32_t start = load_u32(p, OFF(data_start)), size = load_u32(p, OFF(data_size));

	strbuf_adds(c->out, ", ");
	if (start > size) {
		strbuf_adds(c->out, "??? /* misplaced string */");
		return;
	}
	strbuf_adds(c->out, "{string=");
	dm_string(c, v, start, size - start);
	strbuf_addc(c->out, '}');
}

/* The payload under -v, by command, at entry or (after success) at exit. */
static void print_payload(const struct ioctl_call *c, const char *p, bool exit)
{
	struct dm_view v;

	dm_view(c, &v);
	switch (c->code) {
	case DM_DEV_WAIT:
	case DM_TABLE_STATUS:
		if (exit)
			dm_target_specs(c, &v, p, true);
		break;
	case DM_TABLE_LOAD:
		if (!exit)
			dm_target_specs(c, &v, p, false);
		break;
	case DM_TABLE_DEPS:
		if (exit && load_u32(p, OFF(data_start)) != load_u32(p, OFF(data_size)))
			dm_target_deps(c, &v, p);
		break;
	case DM_LIST_DEVICES:
	case DM_LIST_VERSIONS:
		if (exit && load_u32(p, OFF(data_start)) != load_u32(p, OFF(data_size)))
			dm_list(c, &v, p, c->code == DM_LIST_DEVICES);
		break;
	case DM_TARGET_MSG:
		if (!exit)
			dm_target_msg(c, &v, p);
		else if (load_u32(p, OFF(flags)) & DM_DATA_OUT_FLAG)
			dm_payload_string(c, &v, p);
		break;
	case DM_DEV_RENAME:
	case DM_DEV_SET_GEOMETRY:
		if (!exit)
			dm_payload_string(c, &v, p);
		break;
	}
}

/* [{version=[4, 1, 2], data_size=..., ...}, ...] */
static void print_ioc(const struct ioctl_call *c, const char *p, bool exit)
{
	strbuf_addf(c->out, "[{version=[%u, %u, %u]", load_u32(p, 0), load_u32(p, 4),
		    load_u32(p, 8));
	if (load_u32(p, 0) != DM_VERSION_MAJOR) {
		strbuf_adds(c->out, " /* unsupported device mapper ABI version */}]");
		return;
	}
	strbuf_addf(c->out, ", data_size=%u", load_u32(p, OFF(data_size)));
	if (load_u32(p, OFF(data_size)) < OFF(data)) {
		strbuf_adds(c->out, " /* data_size too small */}]");
		return;
	}
	if (has_params(c->code))
		strbuf_addf(c->out, ", data_start=%u", load_u32(p, OFF(data_start)));
	print_device(c, p);
	print_values(c, p, exit);
	strbuf_adds(c->out, ", flags=");
	ioctl_flags(c, &dm_flag_names, load_u32(p, OFF(flags)));
	strbuf_addc(c->out, '}');
	if (c->o->verbose)
		print_payload(c, p, exit);
	else if (has_payload(c, p, exit))
		strbuf_adds(c->out, ", ...");
	strbuf_addc(c->out, ']');
}

enum ioctl_res ioctl_dm_decode(const struct ioctl_call *c)
{
	const char *p;

	switch (c->code) {
	case DM_VERSION: case DM_REMOVE_ALL: case DM_LIST_DEVICES: case DM_DEV_CREATE:
	case DM_DEV_REMOVE: case DM_DEV_RENAME: case DM_DEV_SUSPEND: case DM_DEV_STATUS:
	case DM_DEV_WAIT: case DM_TABLE_LOAD: case DM_TABLE_CLEAR: case DM_TABLE_DEPS:
	case DM_TABLE_STATUS: case DM_LIST_VERSIONS: case DM_TARGET_MSG:
	case DM_DEV_SET_GEOMETRY: case DM_DEV_ARM_POLL:
		break;
	default:
		return IOCTL_UNKNOWN;
	}
	/* too short to hold a data_size: not decoded, as strace */
	p = fmt_mem(c->ev, c->i, OFF(data)) ? sct_blob_data(fmt_mem(c->ev, c->i, 0)) : NULL;
	if (!c->arg || !p || load_u32(p, OFF(data_size)) < OFF(data_size)) {
		fmt_addr(c->out, c->arg);
		return IOCTL_ARG;
	}
	print_ioc(c, p, false);
	if (!ioctl_failed(c)) {
		strbuf_adds(c->out, " => ");
		print_ioc(c, p, true);
	}
	return IOCTL_ARG;
}
