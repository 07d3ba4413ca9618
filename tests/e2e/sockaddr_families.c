// SPDX-License-Identifier: MIT
// Socket addresses of AF_VSOCK, AF_QIPCRTR, AF_XDP, AF_MCTP, AF_PACKET, AF_NETLINK and AF_AX25, and one too short for its family.
// TRACE: -e trace=connect,exit_group
// START: first
#include "e2e.h"
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <linux/if_xdp.h>
#include <linux/mctp.h>
#include <linux/netlink.h>
#include <linux/qrtr.h>
#include <linux/vm_sockets.h>
#include <arpa/inet.h>
#include <sys/socket.h>

int main(void)
{
	struct sockaddr_vm vm = { .svm_family = AF_VSOCK, .svm_cid = VMADDR_CID_HOST,
				  .svm_port = 1234, .svm_flags = VMADDR_FLAG_TO_HOST };
	struct sockaddr_qrtr q = { .sq_family = AF_QIPCRTR, .sq_node = 5,
				   .sq_port = QRTR_PORT_CTRL };
	struct sockaddr_xdp x = { .sxdp_family = AF_XDP, .sxdp_flags = XDP_COPY, .sxdp_queue_id = 3 };
	struct sockaddr_ll ll = { .sll_family = AF_PACKET, .sll_protocol = htons(ETH_P_IP),
				  .sll_hatype = 1, .sll_pkttype = PACKET_BROADCAST, .sll_halen = 2,
				  .sll_addr = { 0xab } };
	struct sockaddr_nl nl = { .nl_family = AF_NETLINK, .nl_pad = 1, .nl_pid = 42, .nl_groups = 16 };
	/* AF_AX25, callsign "AB" (each character shifted left), SSID 2, no digipeaters */
	static const unsigned char ax25[16] = { AF_AX25, 0, 0x82, 0x84, 0x40, 0x40, 0x40, 0x40, 0x04 };
	struct sockaddr_mctp m = { .smctp_family = AF_MCTP, .smctp_network = MCTP_NET_ANY,
				   .smctp_addr.s_addr = MCTP_ADDR_ANY, .smctp_type = 1, .smctp_tag = 8 };

	SC(SYS_connect, -1, &vm, sizeof(vm));
	line(ret(), "connect(-1, {sa_family=AF_VSOCK, svm_cid=VMADDR_CID_HOST, svm_port=0x4d2, "
		    "svm_flags=VMADDR_FLAG_TO_HOST}, 16)");
	SC(SYS_connect, -1, &q, sizeof(q));
	line(ret(), "connect(-1, {sa_family=AF_QIPCRTR, sq_node=0x5, sq_port=QRTR_PORT_CTRL}, 12)");
	SC(SYS_connect, -1, &x, sizeof(x));
	line(ret(), "connect(-1, {sa_family=AF_XDP, sxdp_flags=XDP_COPY, sxdp_ifindex=0, "
		    "sxdp_queue_id=3}, 16)");
	SC(SYS_connect, -1, &m, sizeof(m));
	line(ret(), "connect(-1, {sa_family=AF_MCTP, smctp_network=MCTP_NET_ANY, "
		    "smctp_addr={s_addr=MCTP_ADDR_ANY}, smctp_type=0x1, smctp_tag=0x8}, 12)");
	SC(SYS_connect, -1, &ll, sizeof(ll));
	line(ret(), "connect(-1, {sa_family=AF_PACKET, sll_protocol=htons(ETH_P_IP), sll_ifindex=0, "
		    "sll_hatype=ARPHRD_ETHER, sll_pkttype=PACKET_BROADCAST, sll_halen=2, "
		    "sll_addr=[0xab, 00]}, 20)");
	SC(SYS_connect, -1, &nl, sizeof(nl));
	line(ret(), "connect(-1, {sa_family=AF_NETLINK, nl_pad=0x1, nl_pid=42, nl_groups=0x000010}, 12)");
	nl.nl_pad = 0;
	nl.nl_groups = 0;
	SC(SYS_connect, -1, &nl, sizeof(nl));
	line(ret(), "connect(-1, {sa_family=AF_NETLINK, nl_pid=42, nl_groups=00000000}, 12)");
	SC(SYS_connect, -1, ax25, 16);
	line(ret(), "connect(-1, {sa_family=AF_AX25, sax25_call=AB-2, sax25_ndigis=0}, 16)");
	SC(SYS_connect, -1, &vm, 6);
	line(ret(), "connect(-1, {sa_family=AF_VSOCK, sa_data=\"\\0\\0\\322\\4\"}, 6)");
	e2e_exit(0);
}
