// SPDX-License-Identifier: MIT
// add_key, request_key and keyctl: keyring serials, commands and their arguments by command.
// TRACE: -e trace=add_key,request_key,keyctl,exit_group
// START: first
#include "e2e.h"

#include <linux/keyctl.h>
#include <sys/uio.h>

int main(void)
{
	char buf[8] = "abcdefgh";
	struct iovec iov[2] = { { "ab", 2 }, { "payload", 8 } };
	long id;

	SC(SYS_add_key, "e2e-no-such-type", "desc", "payload", 7L, (long)KEY_SPEC_THREAD_KEYRING);
	line(ret(), "add_key(\"e2e-no-such-type\", \"desc\", \"payload\", 7, KEY_SPEC_THREAD_KEYRING)");
	SC(SYS_request_key, "user", "e2e-none", NULL, 1234L);
	line(ret(), "request_key(\"user\", \"e2e-none\", NULL, 1234)");
	id = SC(SYS_keyctl, (long)KEYCTL_GET_KEYRING_ID, (long)KEY_SPEC_PROCESS_KEYRING, 1L);
	line(ret(), "keyctl(KEYCTL_GET_KEYRING_ID, KEY_SPEC_PROCESS_KEYRING, 1)");
	SC(SYS_keyctl, (long)KEYCTL_DESCRIBE, id, buf, 8L);
	line(ret(), "keyctl(KEYCTL_DESCRIBE, %ld, \"abcdefgh\", 8)", id);
	SC(SYS_keyctl, (long)KEYCTL_SETPERM, -5L, 0x3f010000L | 0x40L);
	line(ret(), "keyctl(KEYCTL_SETPERM, KEY_SPEC_USER_SESSION_KEYRING, KEY_POS_VIEW|KEY_POS_READ|"
		    "KEY_POS_WRITE|KEY_POS_SEARCH|KEY_POS_LINK|KEY_POS_SETATTR|KEY_USR_VIEW|0x40)");
	SC(SYS_keyctl, (long)KEYCTL_SEARCH, 42L, "user", "e2e-none", 0L);
	line(ret(), "keyctl(KEYCTL_SEARCH, 42, \"user\", \"e2e-none\", 0)");
	SC(SYS_keyctl, (long)KEYCTL_REJECT, 42L, 5L, 61L, -2L);
	line(ret(), "keyctl(KEYCTL_REJECT, 42, 5, ENODATA, KEY_SPEC_PROCESS_KEYRING)");
	SC(SYS_keyctl, (long)KEYCTL_INSTANTIATE_IOV, 42L, iov, 2L, 0L);
	line(ret(), "keyctl(KEYCTL_INSTANTIATE_IOV, 42, [{iov_base=\"ab\", iov_len=2}, "
		    "{iov_base=\"payload\\0\", iov_len=8}], 2, 0)");
	SC(SYS_keyctl, 0x1234L, 1L, 2L, 3L, 4L);
	line(ret(), "keyctl(0x1234 /* KEYCTL_??? */, 0x1, 0x2, 0x3, 0x4)");
	e2e_exit(0);
}
