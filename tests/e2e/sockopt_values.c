// SPDX-License-Identifier: MIT
// Socket option values by level and name: ints (one that ends a page read to its end), linger, ucred, strings, icmp_filter, packet_mreq, tpacket_req, group_req (interface by name), a filter without -v.
// TRACE: -e trace=getsockopt,setsockopt,exit_group
// START: first
#include "e2e.h"
#include <linux/filter.h>
#include <linux/if_packet.h>
#include <stdint.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/mman.h>
#include <sys/socket.h>

#define ICMP_FILTER_OPT 1

/* An int that ends a readable page: a length of 5 reads past it. */
static int *page_end_int(void)
{
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	munmap(p + 4096, 4096);
	return (int *)(p + 4096 - sizeof(int));
}

int main(void)
{
	int s = socket(AF_INET, SOCK_DGRAM, 0), pair[2], one = 1, *tail = page_end_int();
	struct linger lg = { .l_onoff = 1, .l_linger = 5 };
	struct ucred uc;
	struct packet_mreq mreq = { .mr_type = PACKET_MR_PROMISC, .mr_alen = 6,
				    .mr_address = { 1, 2, 3, 4, 5, 0xab } };
	struct tpacket_req req = { 4096, 2, 2048, 4 };
	uint32_t icmp = 1u << 0 | 1u << 8;
	struct sock_filter insn[] = { BPF_STMT(BPF_RET | BPF_K, 0xffff) };
	struct sock_fprog prog = { 1, insn };
	struct group_req greq = { 0 };
	struct sockaddr_in *gsin = (struct sockaddr_in *)&greq.gr_group;
	char buf[8];
	socklen_t len;

	SC(SYS_setsockopt, s, SOL_SOCKET, SO_REUSEADDR, &one, 4);
	line(ret(), "setsockopt(%d, SOL_SOCKET, SO_REUSEADDR, [1], 4)", s);
	*tail = 7;
	SC(SYS_setsockopt, s, SOL_SOCKET, SO_PRIORITY, tail, 5);
	line(ret(), "setsockopt(%d, SOL_SOCKET, SO_PRIORITY, [7], 5)", s);
	SC(SYS_setsockopt, s, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
	line(ret(), "setsockopt(%d, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=5}, 8)", s);
	len = sizeof(lg);
	SC(SYS_getsockopt, s, SOL_SOCKET, SO_LINGER, &lg, &len);
	line(ret(), "getsockopt(%d, SOL_SOCKET, SO_LINGER, {l_onoff=%d, l_linger=%d}, [8])", s,
	     lg.l_onoff, lg.l_linger);
	len = 3;
	SC(SYS_getsockopt, s, SOL_SOCKET, SO_TYPE, buf, &len);
	line(ret(), "getsockopt(%d, SOL_SOCKET, SO_TYPE, \"\\2\\0\\0\", [3])", s);

	socketpair(AF_UNIX, SOCK_STREAM, 0, pair);
	len = sizeof(uc) + 1;
	SC(SYS_getsockopt, pair[0], SOL_SOCKET, SO_PEERCRED, &uc, &len);
	line(ret(), "getsockopt(%d, SOL_SOCKET, SO_PEERCRED, {pid=%d, uid=%u, gid=%u}, [13 => 12])",
	     pair[0], uc.pid, uc.uid, uc.gid);

	SC(SYS_setsockopt, s, SOL_RAW, ICMP_FILTER_OPT, &icmp, 4);
	line(ret(), "setsockopt(%d, SOL_RAW, ICMP_FILTER, [ICMP_ECHOREPLY ICMP_ECHO], 4)", s);
	SC(SYS_setsockopt, s, SOL_PACKET, PACKET_ADD_MEMBERSHIP, &mreq, sizeof(mreq));
	line(ret(),
	     "setsockopt(%d, SOL_PACKET, PACKET_ADD_MEMBERSHIP, {mr_ifindex=0, "
	     "mr_type=PACKET_MR_PROMISC, mr_alen=6, mr_address=01:02:03:04:05:ab}, 16)",
	     s);
	SC(SYS_setsockopt, s, SOL_PACKET, PACKET_RX_RING, &req, sizeof(req));
	line(ret(),
	     "setsockopt(%d, SOL_PACKET, PACKET_RX_RING, {tp_block_size=4096, tp_block_nr=2, "
	     "tp_frame_size=2048, tp_frame_nr=4}, 16)",
	     s);
	SC(SYS_setsockopt, s, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog));
	line(ret(), "setsockopt(%d, SOL_SOCKET, SO_ATTACH_FILTER, {len=1, filter=%p}, 16)", s,
	     (void *)insn);
	greq.gr_interface = if_nametoindex("lo");
	gsin->sin_family = AF_INET;
	gsin->sin_addr.s_addr = htonl(0xe0000003);
	SC(SYS_setsockopt, s, SOL_IP, MCAST_JOIN_GROUP, &greq, sizeof(greq));
	line(ret(),
	     "setsockopt(%d, SOL_IP, MCAST_JOIN_GROUP, {gr_interface=if_nametoindex(\"lo\"), "
	     "gr_group={sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr(\"224.0.0.3\")}}, "
	     "136)",
	     s);
	SC(SYS_setsockopt, s, SOL_SOCKET, SO_BINDTODEVICE, "lo", 3);
	line(ret(), "setsockopt(%d, SOL_SOCKET, SO_BINDTODEVICE, \"lo\\0\", 3)", s);
	e2e_exit(0);
}
