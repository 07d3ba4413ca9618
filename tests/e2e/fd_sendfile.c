// SPDX-License-Identifier: MIT
// The loff_t offsets: sendfile's read and advanced ([0] => [100]), splice's and
// copy_file_range's read ([5], NULL, an address that faults).
// TRACE: -e trace=sendfile,splice,copy_file_range,exit_group
// START: first
#include "e2e.h"

int main(void)
{
	int in = open("in", O_RDWR | O_CREAT | O_TRUNC, 0644);
	int o = open("out", O_RDWR | O_CREAT | O_TRUNC, 0644);
	char data[100] = { 0 };
	long long off = 0, five = 5;

	write(in, data, sizeof(data));
	SC(SYS_sendfile, o, in, &off, 200);
	line(ret(), "sendfile(%d, %d, [0] => [100], 200)", o, in);
	SC(SYS_sendfile, o, in, &off, 10);
	line(ret(), "sendfile(%d, %d, [100], 10)", o, in);
	SC(SYS_sendfile, -1, in, &off, 10);
	line(ret(), "sendfile(-1, %d, [100], 10)", in);
	SC(SYS_splice, -1, &five, -1, NULL, 1, 0);
	line(ret(), "splice(-1, [5], -1, NULL, 1, 0)");
	SC(SYS_copy_file_range, -1, (void *)8, -1, &five, 1, 0);
	line(ret(), "copy_file_range(-1, 0x8, -1, [5], 1, 0)");
	e2e_exit(0);
}
