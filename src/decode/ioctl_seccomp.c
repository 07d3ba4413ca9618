// SPDX-License-Identifier: MIT
/*
 * ioctl requests of seccomp user notification descriptors (type '!',
 * <linux/seccomp.h>): the notification received, the response sent, the id
 * checked and the descriptor added, as strace 6.1 prints them.
 */
#include <stdio.h>
#include <linux/audit.h>
#include <linux/ioctl.h>
#include <linux/seccomp.h>

#include "ioctl.h"
#include "syscall_table.h"
#include "xlat_ioctl.h"

/* struct seccomp_data: the call by name when the architecture is ours. */
static void print_data(const struct ioctl_call *c, const char *p)
{
	uint32_t nr = load_u32(p, 0), arch = load_u32(p, 4);
	const struct syscall_desc *d = arch == AUDIT_ARCH_X86_64 ? syscall_desc(nr) : NULL;

	strbuf_adds(c->out, "{nr=");
	if (d && d->name) {
		char raw[16], name[64];

		snprintf(raw, sizeof(raw), "%u", nr);
		snprintf(name, sizeof(name), "__NR_%s", d->name);
		print_xlat_text(c->out, c->o->xlat, raw, name);
	} else {
		strbuf_addf(c->out, "%u", nr);
	}
	strbuf_adds(c->out, ", arch=");
	ioctl_enum(c, &audit_arch_names, arch);
	strbuf_adds(c->out, ", instruction_pointer=");
	fmt_addr(c->out, load_u64(p, 8));
	strbuf_adds(c->out, ", args=");
	ioctl_uarray(c, p + 16, 6, 8, true);
	strbuf_addc(c->out, '}');
}

static void print_notif(const struct ioctl_call *c, const char *p)
{
	strbuf_addf(c->out, "{id=%#llx, pid=", (unsigned long long)load_u64(p, 0));
	decode_pid(c->out, (int32_t)load_u32(p, 8), PID_KIND_TGID, c->o); /* strace's PRINT_FIELD_TGID */
	strbuf_addf(c->out, ", flags=%#x, data=", load_u32(p, 12));
	print_data(c, p + 16);
	strbuf_addc(c->out, '}');
}

static bool all_zero(const char *p, unsigned n)
{
	for (unsigned k = 0; k < n; k++)
		if (p[k])
			return false;
	return true;
}

/*
 * The buffer the kernel fills: what it held at entry unless all zero, then
 * " => " and the notification received (its address after a failure). The
 * kernel takes only a zeroed buffer, so after a real success without a copy
 * made at entry the buffer was zero then (an injected call left it as it was).
 */
static void print_recv(const struct ioctl_call *c)
{
	const unsigned size = sizeof(struct seccomp_notif);
	const char *p = ioctl_in(c, size);
	bool entry_known =
		ioctl_failed(c) || c->ev->injected || fmt_mem_entry(c->ev, c->i, size);

	if (!p)
		return;
	if (entry_known && !all_zero(p, size)) {
		print_notif(c, p);
		strbuf_adds(c->out, " => ");
	}
	if ((p = ioctl_out(c, size)))
		print_notif(c, p);
}

/* {id=..., val=..., error=-ENOSR, flags=...} */
static void print_resp(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct seccomp_notif_resp));
	int32_t err;
	const char *name;

	if (!p)
		return;
	err = (int32_t)load_u32(p, 16);
	name = err < 0 ? errno_name(-err) : NULL;
	strbuf_addf(c->out, "{id=%#llx, val=%lld, error=", (unsigned long long)load_u64(p, 0),
		    (long long)load_s64(p, 8));
	if (name) {
		char raw[16], abbrev[64];

		snprintf(raw, sizeof(raw), "%d", err);
		snprintf(abbrev, sizeof(abbrev), "-%s", name);
		print_xlat_text(c->out, c->o->xlat, raw, abbrev);
	} else {
		strbuf_addf(c->out, "%d", err);
	}
	strbuf_adds(c->out, ", flags=");
	ioctl_flags(c, &seccomp_resp_flag_names, load_u32(p, 20));
	strbuf_addc(c->out, '}');
}

/* {id=..., flags=..., srcfd=FD, newfd=N, newfd_flags=O_...} */
static void print_addfd(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct seccomp_notif_addfd));
	int srcfd;

	if (!p)
		return;
	srcfd = (int32_t)load_u32(p, 12);
	strbuf_addf(c->out, "{id=%#llx, flags=", (unsigned long long)load_u64(p, 0));
	ioctl_flags(c, &seccomp_addfd_flag_names, load_u32(p, 8));
	strbuf_addf(c->out, ", srcfd=%d", srcfd);
	decode_fd_suffix(c->out, srcfd, c->o);
	strbuf_addf(c->out, ", newfd=%d, newfd_flags=", (int32_t)load_u32(p, 16));
	ioctl_flags(c, &open_flag_names, load_u32(p, 20));
	strbuf_addc(c->out, '}');
}

enum ioctl_res ioctl_seccomp_decode(const struct ioctl_call *c)
{
	const char *p;

	switch (c->code) {
	case SECCOMP_IOCTL_NOTIF_RECV:
		print_recv(c);
		break;
	case SECCOMP_IOCTL_NOTIF_SEND:
		print_resp(c);
		break;
	case SECCOMP_IOCTL_NOTIF_ID_VALID:
	case SECCOMP_IOCTL_NOTIF_ID_VALID_WRONG_DIR:
		if ((p = ioctl_in(c, 8)))
			strbuf_addf(c->out, "[%#llx]", (unsigned long long)load_u64(p, 0));
		break;
	case SECCOMP_IOCTL_NOTIF_ADDFD:
		print_addfd(c);
		break;
	default:
		return IOCTL_UNKNOWN;
	}
	return IOCTL_ARG;
}
