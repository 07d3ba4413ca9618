// SPDX-License-Identifier: MIT
/*
 * ioctl requests of userfaultfd descriptors (type 0xAA,
 * <linux/userfaultfd.h>) as strace 6.1 prints them: the API handshake (the
 * features asked for, those granted when they differ, the ioctls), range
 * registration, copies, zero pages, wake-ups, each with what the kernel
 * wrote back after success.
 */
#include <stddef.h>
#include <linux/ioctl.h>
#include <linux/userfaultfd.h>

#include "ioctl.h"
#include "xlat_kd.h"

#define OFF(type, field) offsetof(struct type, field)

/* {start=0x..., len=0x...} */
static void range(const struct ioctl_call *c, const char *p)
{
	strbuf_addf(c->out, "{start=%#llx, len=%#llx}", (unsigned long long)load_u64(p, 0),
		    (unsigned long long)load_u64(p, 8));
}

/* The structure after success, when it can be read, for its outputs. */
static const char *answer(const struct ioctl_call *c, unsigned len)
{
	const struct sct_blob *b;

	if (ioctl_failed(c) || !(b = fmt_mem(c->ev, c->i, len)))
		return NULL;
	return sct_blob_data(b);
}

static void api(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct uffdio_api)), *q;
	uint64_t before, after;

	if (!p)
		return;
	after = load_u64(p, OFF(uffdio_api, features));
	if (!ioctl_early(c, &before))
		before = after;
	strbuf_addf(c->out, "{api=%#llx, features=", (unsigned long long)load_u64(p, 0));
	ioctl_flags(c, &uffd_feature_names, before);
	if ((q = answer(c, sizeof(struct uffdio_api)))) {
		if (before != after) {
			strbuf_adds(c->out, " => features=");
			ioctl_flags(c, &uffd_feature_names, after);
		}
		strbuf_adds(c->out, ", ioctls=");
		ioctl_flags(c, &uffd_api_ioctl_names, load_u64(q, OFF(uffdio_api, ioctls)));
	}
	strbuf_addc(c->out, '}');
}

static void uffd_register(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct uffdio_register));

	if (!p)
		return;
	strbuf_adds(c->out, "{range=");
	range(c, p);
	strbuf_adds(c->out, ", mode=");
	ioctl_flags(c, &uffd_register_mode_names, load_u64(p, OFF(uffdio_register, mode)));
	if ((p = answer(c, sizeof(struct uffdio_register)))) {
		strbuf_adds(c->out, ", ioctls=");
		ioctl_flags(c, &uffd_register_ioctl_names, load_u64(p, OFF(uffdio_register, ioctls)));
	}
	strbuf_addc(c->out, '}');
}

static void copy(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct uffdio_copy));

	if (!p)
		return;
	strbuf_addf(c->out, "{dst=%#llx, src=%#llx, len=%#llx, mode=",
		    (unsigned long long)load_u64(p, OFF(uffdio_copy, dst)),
		    (unsigned long long)load_u64(p, OFF(uffdio_copy, src)),
		    (unsigned long long)load_u64(p, OFF(uffdio_copy, len)));
	ioctl_flags(c, &uffd_copy_mode_names, load_u64(p, OFF(uffdio_copy, mode)));
	if ((p = answer(c, sizeof(struct uffdio_copy))))
		strbuf_addf(c->out, ", copy=%#llx",
			    (unsigned long long)load_u64(p, OFF(uffdio_copy, copy)));
	strbuf_addc(c->out, '}');
}

static void zeropage(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct uffdio_zeropage));

	if (!p)
		return;
	strbuf_adds(c->out, "{range=");
	range(c, p);
	strbuf_adds(c->out, ", mode=");
	ioctl_flags(c, &uffd_zeropage_mode_names, load_u64(p, OFF(uffdio_zeropage, mode)));
	if ((p = answer(c, sizeof(struct uffdio_zeropage))))
		strbuf_addf(c->out, ", zeropage=%#llx",
			    (unsigned long long)load_u64(p, OFF(uffdio_zeropage, zeropage)));
	strbuf_addc(c->out, '}');
}

enum ioctl_res ioctl_uffdio_decode(const struct ioctl_call *c)
{
	const char *p;

	switch (c->code) {
	case UFFDIO_API:
		api(c);
		break;
	case UFFDIO_REGISTER:
		uffd_register(c);
		break;
	case UFFDIO_COPY:
		copy(c);
		break;
	case UFFDIO_ZEROPAGE:
		zeropage(c);
		break;
	case UFFDIO_UNREGISTER:
	case UFFDIO_WAKE:
		if ((p = ioctl_in(c, sizeof(struct uffdio_range))))
			range(c, p);
		break;
	default:
		return IOCTL_UNKNOWN;
	}
	return IOCTL_ARG;
}
