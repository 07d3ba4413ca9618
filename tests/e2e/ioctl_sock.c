// SPDX-License-Identifier: MIT
// Interface ioctls on a socket (type 0x89): the loopback's index, name, flags and MTU read back, the interfaces SIOCGIFCONF lists (its length before and after), struct ifreq of the setting requests (addresses, hardware addresses, names cut at IFNAMSIZ), bridge names, interface indexes by name.
// TRACE: -e trace=ioctl,exit_group
// START: first
#include <arpa/inet.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

#include "e2e.h"

#include <linux/sockios.h>

/* "N" with " / * K * sizeof(struct ifreq) * /" when N is K whole ones */
static void ifc_len(char *b, size_t size, int len)
{
	size_t n = snprintf(b, size, "%d", len);

	if (len > 0 && len % (int)sizeof(struct ifreq) == 0)
		snprintf(b + n, size - n, " /* %d * sizeof(struct ifreq) */",
			 len / (int)sizeof(struct ifreq));
}

/* SIOCGIFCONF with room for 3 interfaces: the length the kernel set, the ones it listed */
static void ifconf(int s)
{
	static struct ifreq reqs[3];
	struct ifconf ifc = { .ifc_len = sizeof(reqs), .ifc_req = reqs };
	char before[64], after[64], list[1024] = "";
	size_t n = 0;

	SC(SYS_ioctl, s, SIOCGIFCONF, &ifc);
	ifc_len(before, sizeof(before), (int)sizeof(reqs));
	ifc_len(after, sizeof(after), ifc.ifc_len);
	for (int k = 0; k < ifc.ifc_len / (int)sizeof(struct ifreq); k++) {
		struct sockaddr_in *a = (struct sockaddr_in *)&reqs[k].ifr_addr;

		n += snprintf(list + n, sizeof(list) - n,
			      "%s{ifr_name=\"%s\", ifr_addr={sa_family=AF_INET, sin_port=htons(%u), "
			      "sin_addr=inet_addr(\"%s\")}}", k ? ", " : "", reqs[k].ifr_name,
			      ntohs(a->sin_port), inet_ntoa(a->sin_addr));
	}
	if (ifc.ifc_len == (int)sizeof(reqs))
		line(ret(), "ioctl(%d, SIOCGIFCONF, {ifc_len=%s, ifc_buf=[%s]})", s, before, list);
	else
		line(ret(), "ioctl(%d, SIOCGIFCONF, {ifc_len=%s => %s, ifc_buf=[%s]})", s,
		     before, after, list);
}

int main(void)
{
	int s = socket(AF_INET, SOCK_DGRAM, 0);
	struct ifreq r;
	struct sockaddr_in *sin = (struct sockaddr_in *)&r.ifr_addr;
	unsigned lo = if_nametoindex("lo");

	memset(&r, 0, sizeof(r));
	strcpy(r.ifr_name, "lo");
	SC(SYS_ioctl, s, SIOCGIFINDEX, &r);
	line(ret(), "ioctl(%d, SIOCGIFINDEX, {ifr_name=\"lo\", ifr_ifindex=%u})", s, lo);
	memset(r.ifr_name, 0, sizeof(r.ifr_name));
	SC(SYS_ioctl, s, SIOCGIFNAME, &r);
	line(ret(), "ioctl(%d, SIOCGIFNAME, {ifr_ifindex=%u, ifr_name=\"lo\"})", s, lo);
	SC(SYS_ioctl, s, SIOCGIFMTU, &r);
	line(ret(), "ioctl(%d, SIOCGIFMTU, {ifr_name=\"lo\", ifr_mtu=%d})", s, r.ifr_mtu);
	memset(&r, 0, sizeof(r));
	memcpy(r.ifr_name, "0123456789abcdef", IFNAMSIZ);
	sin->sin_family = AF_INET;
	sin->sin_port = htons(80);
	sin->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	SC(SYS_ioctl, -1, SIOCSIFADDR, &r);
	line(ret(), "ioctl(-1, SIOCSIFADDR, {ifr_name=\"0123456789abcde\"..., ifr_addr={sa_family=AF_INET, "
		    "sin_port=htons(80), sin_addr=inet_addr(\"127.0.0.1\")}})");
	strcpy(r.ifr_name, "eth0");
	r.ifr_hwaddr.sa_family = ARPHRD_ETHER;
	memcpy(r.ifr_hwaddr.sa_data, "\x02\x00\x5e\x10\x20\x30", 6);
	SC(SYS_ioctl, -1, SIOCSIFHWADDR, &r);
	line(ret(), "ioctl(-1, SIOCSIFHWADDR, {ifr_name=\"eth0\", ifr_hwaddr={sa_family=ARPHRD_ETHER, "
		    "sa_data=02:00:5e:10:20:30}})");
	r.ifr_flags = IFF_UP | IFF_RUNNING;
	SC(SYS_ioctl, -1, SIOCSIFFLAGS, &r);
	line(ret(), "ioctl(-1, SIOCSIFFLAGS, {ifr_name=\"eth0\", ifr_flags=IFF_UP|IFF_RUNNING})");
	SC(SYS_ioctl, -1, SIOCBRADDBR, "br0");
	line(ret(), "ioctl(-1, SIOCBRADDBR, \"br0\")");
	r.ifr_ifindex = (int)lo;
	SC(SYS_ioctl, -1, SIOCBRADDIF, &r);
	line(ret(), "ioctl(-1, SIOCBRADDIF, {ifr_ifindex=if_nametoindex(\"lo\")})");
	SC(SYS_ioctl, -1, SIOCGSTAMP_NEW, NULL);
	line(ret(), "ioctl(-1, SIOCGSTAMP_NEW, NULL)");
	ifconf(s);
	e2e_exit(0);
}
