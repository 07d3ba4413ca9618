// SPDX-License-Identifier: MIT
// Shared body of the trace-class tests: one call of each kind, each line kept when its class is traced.
#include "e2e.h"
#include <sys/wait.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/socket.h>

enum { C_FILE = 1, C_DESC = 2, C_PROCESS = 4, C_MEMORY = 8, C_NETWORK = 16, C_SIGNAL = 32, C_PURE = 64, C_CREDS = 128 };

static int shown; /* classes traced */

static void maybe(int classes, const char *r, const char *call)
{
	if (shown & classes)
		line(r, "%s", call);
}

static const char *fmt(const char *f, ...)
{
	char *b = e2e_tmp();
	va_list ap;

	va_start(ap, f);
	vsnprintf(b, 8192, f, ap);
	va_end(ap);
	return b;
}

static void __attribute__((noreturn)) class_body(int classes)
{
	long fd, pid;
	int p[2];
	void *a;
	char buf[4];

	shown = classes;
	/* writev is in %desc; the child's clone+wait4 would show in %process */
	e2e_write_from_child = !(classes & C_PROCESS);
	SC(SYS_access, "e2e-marker", F_OK);
	maybe(C_FILE, ret(), "access(\"e2e-marker\", F_OK)");
	SC(SYS_madvise, NULL, 0, MADV_NORMAL);
	maybe(C_MEMORY, ret(), "madvise(NULL, 0, MADV_NORMAL)");
	SC(SYS_socket, AF_UNIX, SOCK_DGRAM, 0);
	fd = e2e_r;
	maybe(C_NETWORK, ret(), "socket(AF_UNIX, SOCK_DGRAM, 0)");
	pid = SC(SYS_getpid);
	maybe(C_PURE, ret(), "getpid()");
	SC(SYS_getuid);
	maybe(C_PURE | C_CREDS, ret(), "getuid()");
	SC(SYS_setuid, e2e_r);
	maybe(C_CREDS, ret(), fmt("setuid(%ld)", e2e_r));
	SC(SYS_openat, AT_FDCWD, "f", O_WRONLY | O_CREAT, 0600);
	maybe(C_FILE | C_DESC, ret(), "openat(AT_FDCWD, \"f\", O_WRONLY|O_CREAT, 0600)");
	SC(SYS_close, fd);
	maybe(C_DESC, ret(), fmt("close(%ld)", fd));
	SC(SYS_pipe2, p, O_CLOEXEC);
	maybe(C_DESC, ret(), fmt("pipe2([%d, %d], O_CLOEXEC)", p[0], p[1]));
	SC(SYS_write, p[1], "ab", 2);
	maybe(C_DESC, ret(), fmt("write(%d, \"ab\", 2)", p[1]));
	SC(SYS_read, p[0], buf, sizeof(buf));
	maybe(C_DESC, ret(), fmt("read(%d, \"ab\", %zu)", p[0], sizeof(buf)));
	SC(SYS_unlink, "f");
	maybe(C_FILE, ret(), "unlink(\"f\")");
	SC(SYS_chdir, ".");
	maybe(C_FILE, ret(), "chdir(\".\")");
	a = (void *)SC(SYS_mmap, NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	maybe(C_MEMORY | C_DESC, ret_hex(), "mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)");
	SC(SYS_munmap, a, 4096);
	maybe(C_MEMORY, ret(), fmt("munmap(%p, 4096)", a));
	SC(SYS_kill, pid, 0);
	maybe(C_SIGNAL | C_PROCESS, ret(), fmt("kill(%ld, 0)", pid));
	SC(SYS_umask, 022);
	maybe(0, "", "umask");
	SC(SYS_wait4, -1, NULL, WNOHANG, NULL);
	maybe(C_PROCESS, ret(), "wait4(-1, NULL, WNOHANG, NULL)");
	e2e_exit_ex(0, shown & C_PROCESS);
}
