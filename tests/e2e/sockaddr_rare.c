// SPDX-License-Identifier: MIT
// AF_RXRPC (with an AF_INET transport), AF_IEEE802154 and AF_NFC addresses in connect.
// TRACE: -e trace=connect,exit_group
// START: first
#include "e2e.h"
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

int main(void)
{
	unsigned char rx[36] = { 0 }, ieee[20] = { 0 }, nfc[16] = { 0 };
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = htons(7001) };

	sin.sin_addr.s_addr = htonl(0x7f000001);
	*(unsigned short *)rx = AF_RXRPC;
	*(unsigned short *)(rx + 2) = 2500; /* YFS_FS_SERVICE */
	*(unsigned short *)(rx + 4) = SOCK_DGRAM;
	*(unsigned short *)(rx + 6) = sizeof(sin);
	memcpy(rx + 8, &sin, sizeof(sin));
	SC(SYS_connect, -1, rx, sizeof(rx));
	line(ret(), "connect(-1, {sa_family=AF_RXRPC, srx_service=0x9c4 /* YFS_FS_SERVICE */, "
		    "transport_type=SOCK_DGRAM, transport_len=16, transport={sin={sin_family=AF_INET, "
		    "sin_port=htons(7001), sin_addr=inet_addr(\"127.0.0.1\")}}}, 36)");

	*(unsigned short *)ieee = AF_IEEE802154;
	*(unsigned *)(ieee + 4) = 2; /* IEEE802154_ADDR_SHORT */
	*(unsigned short *)(ieee + 8) = 0xffff;
	*(unsigned short *)(ieee + 10) = 0x1234;
	SC(SYS_connect, -1, ieee, sizeof(ieee));
	line(ret(), "connect(-1, {sa_family=AF_IEEE802154, addr={addr_type=0x2 /* IEEE802154_ADDR_SHORT */, "
		    "pan_id=0xffff /* IEEE802154_PANID_BROADCAST */, short_addr=0x1234}}, 20)");
	*(unsigned *)(ieee + 4) = 3; /* IEEE802154_ADDR_LONG */
	memcpy(ieee + 10, "\x01\x02\x03\x04\x05\x06\x07\x08", 8);
	SC(SYS_connect, -1, ieee, sizeof(ieee));
	line(ret(), "connect(-1, {sa_family=AF_IEEE802154, addr={addr_type=0x3 /* IEEE802154_ADDR_LONG */, "
		    "pan_id=0xffff /* IEEE802154_PANID_BROADCAST */, hwaddr=01:02:03:04:05:06:07:08}}, 20)");

	*(unsigned short *)nfc = AF_NFC;
	*(unsigned *)(nfc + 4) = 0;
	*(unsigned *)(nfc + 8) = 0x42;
	*(unsigned *)(nfc + 12) = 5; /* NFC_PROTO_NFC_DEP */
	SC(SYS_connect, -1, nfc, sizeof(nfc));
	line(ret(), "connect(-1, {sa_family=AF_NFC, dev_idx=0, target_idx=0x42, "
		    "nfc_protocol=NFC_PROTO_NFC_DEP}, 16)");
	e2e_exit(0);
}
