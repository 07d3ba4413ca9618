// SPDX-License-Identifier: MIT
/*
 * ioctl requests of the device mapper (type 0xFD, <linux/dm-ioctl.h>) as
 * strace 6.1 prints them: the struct dm_ioctl header in brackets, the
 * fields each command uses, and "..." for the payload that follows it
 * (target specs, messages, names: not decoded, as strace without -v). After
 * success " => " and the header the kernel wrote back.
 */
#include <stddef.h>
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
	if (has_payload(c, p, exit))
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
