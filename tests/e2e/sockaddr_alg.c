// SPDX-License-Identifier: MIT
// AF_ALG addresses: salg_type, the CRYPTO_ALG_* flags as numbers, salg_name as long as the address.
// TRACE: -e trace=connect,bind,exit_group
// START: first
#include "e2e.h"
#include <linux/if_alg.h>
#include <sys/socket.h>

int main(void)
{
	struct sockaddr_alg sa = { .salg_family = AF_ALG, .salg_type = "hash", .salg_name = "sha256" };
	int fd = socket(AF_ALG, SOCK_SEQPACKET, 0);

	SC(SYS_connect, -1, &sa, sizeof(sa));
	line(ret(), "connect(-1, {sa_family=AF_ALG, salg_type=\"hash\", salg_feat=0, salg_mask=0, "
		    "salg_name=\"sha256\"}, 88)");
	/* a name cut by the length, flags strace names in part */
	sa.salg_feat = 0x1001;
	sa.salg_mask = 0x1000;
	SC(SYS_connect, -1, &sa, 28L);
	line(ret(), "connect(-1, {sa_family=AF_ALG, salg_type=\"hash\", salg_feat=0x1001 /* "
		    "CRYPTO_ALG_KERN_DRIVER_ONLY|0x1 */, salg_mask=0x1000 /* CRYPTO_ALG_KERN_DRIVER_ONLY */, "
		    "salg_name=\"sha\"...}, 28)");
	memset(sa.salg_type, 'x', sizeof(sa.salg_type));
	sa.salg_feat = 0x2;
	SC(SYS_connect, -1, &sa, 25L);
	line(ret(), "connect(-1, {sa_family=AF_ALG, salg_type=\"xxxxxxxxxxxxx\"..., salg_feat=0x2 /* "
		    "CRYPTO_ALG_??? */, salg_mask=0x1000 /* CRYPTO_ALG_KERN_DRIVER_ONLY */, salg_name=\"\"...}, 25)");
	/* shorter than the structure: its bytes */
	SC(SYS_connect, -1, &sa, 4L);
	line(ret(), "connect(-1, {sa_family=AF_ALG, sa_data=\"xx\"}, 4)");
	if (fd >= 0) {
		struct sockaddr_alg h = { .salg_family = AF_ALG, .salg_type = "hash", .salg_name = "sha256" };

		SC(SYS_bind, fd, &h, sizeof(h));
		line(ret(), "bind(%d, {sa_family=AF_ALG, salg_type=\"hash\", salg_feat=0, salg_mask=0, "
			    "salg_name=\"sha256\"}, 88)", fd);
	}
	e2e_exit(0);
}
