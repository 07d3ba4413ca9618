// SPDX-License-Identifier: MIT
/*
 * Socket ioctl requests on network interfaces (type 0x89, <linux/sockios.h>)
 * as strace 6.1 prints them: struct ifreq by request (addresses, flags,
 * hardware addresses, maps, metrics, MTUs, names, queue lengths), the
 * interface name at entry and the kernel's answer after success for the
 * SIOCGIF* ones; bridge names and interface indexes; SIOCGIFCONF's length
 * (as at entry: SCT_AUX_IOCTL_EARLY, and as the kernel set it) and the
 * interfaces it lists (the buffer pointed to: put_ioctl_pointee).
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <linux/if.h>
#include <linux/if_arp.h>
#include <linux/ioctl.h>
#include <linux/sockios.h>

#include "ioctl.h"
#include "iov.h"
#include "xlat_netlink.h"

#define IFR_SIZE sizeof(struct ifreq)
#define IFR_U offsetof(struct ifreq, ifr_ifru) /* the union after the name */

/* The address bytes of a hardware address type, where the kernel says (else all). */
static const struct {
	uint16_t type;
	uint8_t len;
} hwaddr_lens[] = {
	{ ARPHRD_NETROM, 7 }, { ARPHRD_ETHER, 6 }, { ARPHRD_AX25, 7 }, { ARPHRD_IEEE802, 6 },
	{ ARPHRD_ARCNET, 1 }, { ARPHRD_DLCI, 2 }, { ARPHRD_IEEE1394, 16 }, { ARPHRD_EUI64, 8 },
	{ ARPHRD_INFINIBAND, 20 }, { ARPHRD_SLIP, 0 }, { ARPHRD_ROSE, 5 }, { ARPHRD_X25, 0 },
	{ ARPHRD_CAN, 0 }, { ARPHRD_MCTP, 1 }, { ARPHRD_PPP, 0 }, { ARPHRD_RAWHDLC, 0 },
	{ ARPHRD_RAWIP, 0 }, { ARPHRD_TUNNEL, 4 }, { ARPHRD_TUNNEL6, 16 }, { ARPHRD_LOOPBACK, 6 },
	{ ARPHRD_LOCALTLK, 1 }, { ARPHRD_FDDI, 6 }, { ARPHRD_SIT, 4 }, { ARPHRD_IPDDP, 0 },
	{ ARPHRD_IPGRE, 4 }, { ARPHRD_PIMREG, 0 }, { ARPHRD_HIPPI, 6 }, { ARPHRD_IRDA, 4 },
	{ ARPHRD_IEEE80211, 6 }, { ARPHRD_IEEE80211_PRISM, 6 }, { ARPHRD_IEEE80211_RADIOTAP, 6 },
	{ ARPHRD_IEEE802154, 8 }, { ARPHRD_IEEE802154_MONITOR, 8 }, { ARPHRD_PHONET, 1 },
	{ ARPHRD_PHONET_PIPE, 1 }, { ARPHRD_CAIF, 0 }, { ARPHRD_IP6GRE, 16 }, { ARPHRD_NETLINK, 0 },
	{ ARPHRD_6LOWPAN, 8 }, { ARPHRD_VSOCKMON, 0 },
};

static unsigned hwaddr_len(uint16_t type, unsigned size)
{
	for (unsigned k = 0; k < sizeof(hwaddr_lens) / sizeof(hwaddr_lens[0]); k++)
		if (hwaddr_lens[k].type == type)
			return hwaddr_lens[k].len < size ? hwaddr_lens[k].len : size;
	return size;
}

/* {sa_family=ARPHRD_ETHER, sa_data=01:02:03:04:05:06} (-X: the bytes in hex too) */
static void hwaddr(const struct ioctl_call *c, const char *p)
{
	const unsigned size = sizeof(((struct sockaddr *)0)->sa_data);
	uint16_t type = load_u16(p, 0);
	unsigned n = hwaddr_len(type, size);
	struct decode_opts o = *c->o;
	struct strbuf mac;

	strbuf_adds(c->out, "{sa_family=");
	ioctl_enum(c, &arphrd_names, type);
	strbuf_adds(c->out, ", sa_data=");
	o.xstrings = XSTR_ALL;
	if (c->o->xlat != XLAT_ABBREV)
		format_quoted(c->out, p + 2, size, false, &o);
	if (c->o->xlat != XLAT_RAW) {
		strbuf_init(&mac);
		for (unsigned k = 0; k < n; k++)
			strbuf_addf(&mac, k ? ":%02x" : "%02x", (unsigned char)p[2 + k]);
		if (c->o->xlat == XLAT_VERBOSE)
			strbuf_addf(c->out, " /* %s */", mac.data ? mac.data : "");
		else
			strbuf_adds(c->out, mac.data ? mac.data : "");
		strbuf_free(&mac);
	}
	strbuf_addc(c->out, '}');
}

static void ifmap(const struct ioctl_call *c, const char *p)
{
	const struct ifmap *m = NULL;

	strbuf_addf(c->out, "ifr_map={mem_start=%#llx, mem_end=%#llx, base_addr=%#x, irq=%#x, "
			    "dma=%#x, port=%#x}",
		    (unsigned long long)load_u64(p, offsetof(typeof(*m), mem_start)),
		    (unsigned long long)load_u64(p, offsetof(typeof(*m), mem_end)),
		    load_u16(p, offsetof(typeof(*m), base_addr)),
		    (unsigned char)p[offsetof(typeof(*m), irq)],
		    (unsigned char)p[offsetof(typeof(*m), dma)],
		    (unsigned char)p[offsetof(typeof(*m), port)]);
}

/* The field of struct ifreq a request reads or writes (strace's print_ifreq). */
static void ifreq_field(const struct ioctl_call *c, const char *p)
{
	const char *u = p + IFR_U;
	const char *addr = NULL;

	switch (c->code) {
	case SIOCSIFADDR:
	case SIOCGIFADDR:
		addr = "ifr_addr";
		break;
	case SIOCSIFDSTADDR:
	case SIOCGIFDSTADDR:
		addr = "ifr_dstaddr";
		break;
	case SIOCSIFBRDADDR:
	case SIOCGIFBRDADDR:
		addr = "ifr_broadaddr";
		break;
	case SIOCSIFNETMASK:
	case SIOCGIFNETMASK:
		addr = "ifr_netmask";
		break;
	case SIOCADDMULTI:
	case SIOCDELMULTI:
	case SIOCGIFHWADDR:
	case SIOCSIFHWADDR:
	case SIOCSIFHWBROADCAST:
		strbuf_adds(c->out, "ifr_hwaddr=");
		hwaddr(c, u);
		return;
	case SIOCSIFFLAGS:
	case SIOCGIFFLAGS:
		strbuf_adds(c->out, "ifr_flags=");
		ioctl_flags(c, &iff_names, load_u16(u, 0));
		return;
	case SIOCGIFINDEX:
		strbuf_addf(c->out, "ifr_ifindex=%d", (int32_t)load_u32(u, 0));
		return;
	case SIOCSIFMETRIC:
	case SIOCGIFMETRIC:
		strbuf_addf(c->out, "ifr_metric=%d", (int32_t)load_u32(u, 0));
		return;
	case SIOCSIFMTU:
	case SIOCGIFMTU:
		strbuf_addf(c->out, "ifr_mtu=%d", (int32_t)load_u32(u, 0));
		return;
	case SIOCSIFSLAVE:
	case SIOCGIFSLAVE:
		strbuf_adds(c->out, "ifr_slave=");
		ioctl_cstring(c, u, IFNAMSIZ);
		return;
	case SIOCSIFNAME:
		strbuf_adds(c->out, "ifr_newname=");
		ioctl_cstring(c, u, IFNAMSIZ);
		return;
	case SIOCGIFNAME:
		strbuf_adds(c->out, "ifr_name=");
		ioctl_cstring(c, p, IFNAMSIZ);
		return;
	case SIOCSIFTXQLEN:
	case SIOCGIFTXQLEN:
		strbuf_addf(c->out, "ifr_qlen=%d", (int32_t)load_u32(u, 0));
		return;
	case SIOCSIFMAP:
	case SIOCGIFMAP:
		ifmap(c, u);
		return;
	}
	strbuf_addf(c->out, "%s=", addr);
	decode_sockaddr(c->out, u, sizeof(struct sockaddr), c->o);
}

/* SIOCS*: {ifr_name="eth0", field} */
static void ifreq_set(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, IFR_SIZE);

	if (!p)
		return;
	strbuf_adds(c->out, "{ifr_name=");
	ioctl_cstring(c, p, IFNAMSIZ);
	strbuf_adds(c->out, ", ");
	ifreq_field(c, p);
	strbuf_addc(c->out, '}');
}

/* SIOCG*: the name (SIOCGIFNAME: the index) at entry, the field after success */
static void ifreq_get(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, IFR_SIZE);

	if (!p)
		return;
	if (c->code == SIOCGIFNAME) {
		strbuf_addf(c->out, "{ifr_ifindex=%d", (int32_t)load_u32(p, IFR_U));
	} else {
		strbuf_adds(c->out, "{ifr_name=");
		ioctl_cstring(c, p, IFNAMSIZ);
	}
	if (!ioctl_failed(c) && (p = ioctl_out(c, IFR_SIZE))) {
		strbuf_adds(c->out, ", ");
		ifreq_field(c, p);
	}
	strbuf_addc(c->out, '}');
}

/* SIOCBRADDBR: a bridge name of at most IFNAMSIZ bytes, cut at -s */
static void bridge_name(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, 1), *nul;
	unsigned have, q, want = c->o->str_max + 1 < IFNAMSIZ ? c->o->str_max + 1 : IFNAMSIZ;

	if (!p)
		return;
	have = ioctl_have(c);
	nul = memchr(p, 0, have < want ? have : want);
	if (!nul && have < want) {
		fmt_addr(c->out, c->arg);
		return;
	}
	/* at most -s bytes; "..." when no NUL is among the bytes read */
	q = want > c->o->str_max ? c->o->str_max : want;
	if (nul && (unsigned)(nul - p) < q)
		q = (unsigned)(nul - p);
	format_quoted(c->out, p, q, !nul, c->o);
}

/* 80 / * 2 * sizeof(struct ifreq) * / */
static void print_ifc_len(const struct ioctl_call *c, int32_t len)
{
	unsigned n = (unsigned)len / IFR_SIZE;

	strbuf_addf(c->out, "%d", len);
	if (len > 0 && n * IFR_SIZE == (unsigned)len)
		strbuf_addf(c->out, " /* %u * sizeof(struct ifreq) */", n);
}

/* The interfaces SIOCGIFCONF listed: at most -s (the one after them must be readable) */
static void print_ifc_buf(const struct ioctl_call *c, uint64_t addr, unsigned n)
{
	unsigned have;
	bool full;
	const char *p = ioctl_pointee_bytes(c, &have, &full);

	if (!n) {
		strbuf_adds(c->out, "[]");
		return;
	}
	for (unsigned k = 0; k < n; k++) {
		if (k)
			strbuf_adds(c->out, ", ");
		if ((k + 1) * IFR_SIZE > have) {
			if (k)
				strbuf_addf(c->out, "... /* %#llx */]",
					    (unsigned long long)(addr + k * IFR_SIZE));
			else
				fmt_addr(c->out, addr);
			return;
		}
		if (!k)
			strbuf_addc(c->out, '[');
		if (ioctl_array_cut(c, k))
			break;
		strbuf_adds(c->out, "{ifr_name=");
		ioctl_cstring(c, p + k * IFR_SIZE, IFNAMSIZ);
		strbuf_adds(c->out, ", ifr_addr=");
		decode_sockaddr(c->out, p + k * IFR_SIZE + IFR_U, sizeof(struct sockaddr), c->o);
		strbuf_addc(c->out, '}');
	}
	strbuf_addc(c->out, ']');
}

/* struct ifconf: {ifc_len=N[ => N], ifc_buf=[...]} */
static void ifconf(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct ifconf));
	int32_t before, after;
	uint64_t buf, early;

	if (!p)
		return;
	after = (int32_t)load_u32(p, offsetof(struct ifconf, ifc_len));
	before = ioctl_early(c, &early) ? (int32_t)early : after;
	buf = load_u64(p, offsetof(struct ifconf, ifc_buf));
	strbuf_adds(c->out, "{ifc_len=");
	if (buf)
		print_ifc_len(c, before);
	if (buf && before != after)
		strbuf_adds(c->out, " => ");
	if (!buf || before != after)
		print_ifc_len(c, after);
	strbuf_adds(c->out, ", ifc_buf=");
	if (!buf || ioctl_failed(c))
		fmt_addr(c->out, buf);
	else
		print_ifc_buf(c, buf, (unsigned)after / IFR_SIZE);
	strbuf_addc(c->out, '}');
}

enum ioctl_res ioctl_sock_decode(const struct ioctl_call *c)
{
	const char *p;

	switch (c->code) {
	case SIOCADDMULTI:
	case SIOCDELMULTI:
	case SIOCSIFADDR:
	case SIOCSIFBRDADDR:
	case SIOCSIFDSTADDR:
	case SIOCSIFFLAGS:
	case SIOCSIFHWADDR:
	case SIOCSIFHWBROADCAST:
	case SIOCSIFMAP:
	case SIOCSIFMETRIC:
	case SIOCSIFMTU:
	case SIOCSIFNAME:
	case SIOCSIFNETMASK:
	case SIOCSIFSLAVE:
	case SIOCSIFTXQLEN:
		ifreq_set(c);
		break;
	case SIOCGIFADDR:
	case SIOCGIFBRDADDR:
	case SIOCGIFDSTADDR:
	case SIOCGIFFLAGS:
	case SIOCGIFHWADDR:
	case SIOCGIFINDEX:
	case SIOCGIFMAP:
	case SIOCGIFMETRIC:
	case SIOCGIFMTU:
	case SIOCGIFNAME:
	case SIOCGIFNETMASK:
	case SIOCGIFSLAVE:
	case SIOCGIFTXQLEN:
		ifreq_get(c);
		break;
	case SIOCGIFCONF:
		ifconf(c);
		break;
	case SIOCBRADDBR:
	case SIOCBRDELBR:
		bridge_name(c);
		break;
	case SIOCBRADDIF:
	case SIOCBRDELIF:
		if ((p = ioctl_in(c, IFR_SIZE))) {
			strbuf_adds(c->out, "{ifr_ifindex=");
			print_ifindex(c->out, load_u32(p, IFR_U), c->o);
			strbuf_addc(c->out, '}');
		}
		break;
	/* structures strace does not decode: their address */
	case SIOCADDDLCI:
	case SIOCDELDLCI:
	case SIOCGIFVLAN:
	case SIOCSIFVLAN:
	case SIOCBONDENSLAVE:
	case SIOCBONDRELEASE:
	case SIOCBONDSETHWADDR:
	case SIOCBONDSLAVEINFOQUERY:
	case SIOCBONDINFOQUERY:
	case SIOCBONDCHANGEACTIVE:
	case SIOCGSTAMP_NEW:
	case SIOCGSTAMPNS_NEW:
		fmt_addr(c->out, c->arg);
		break;
	default:
		return IOCTL_UNKNOWN;
	}
	return IOCTL_ARG;
}
