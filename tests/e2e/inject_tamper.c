// SPDX-License-Identifier: MIT
// -e inject= tampering: poke_enter= ("(INJECTED: args)"), poke_exit= with retval= ("(INJECTED: args, retval)"), delay_enter= of a call that runs and delay_exit= of an answered one ("(DELAYED)"), syscall= of a pure call.
// TRACE: -e trace=chdir,getppid,getpid,getcwd,exit_group -e inject=chdir:poke_enter=@arg1=2f746d7000:when=2 -e inject=getppid:delay_enter=20ms:when=2 -e inject=getpid:delay_exit=5ms:retval=7:syscall=gettid:when=1 -e inject=getcwd:poke_exit=@arg1=2a2a00:retval=0
// START: first
#include "e2e.h"
#include <time.h>

static char r[256];

static const char *noted(const char *note)
{
	snprintf(r, sizeof(r), "%s %s", ret(), note);
	return r;
}

static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts); /* the vDSO: no syscall */
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(void)
{
	char path[] = "/nonexistent-e2e";
	char word[8] = "abc";
	long long t0, held;

	SC(SYS_chdir, path);
	line(ret(), "chdir(%s)", qstr(path));
	SC(SYS_chdir, path); /* poked to "/tmp" before it runs */
	line(noted("(INJECTED: args)"), "chdir(%s)", qstr(path));
	SC(SYS_chdir, path);
	line(ret(), "chdir(%s)", qstr(path));
	SC(SYS_getcwd, word, sizeof(word)); /* answered 0 after "**" is written */
	line(noted("(INJECTED: args, retval)"), "getcwd(\"**\", %zu)", sizeof(word));
	SC(SYS_getppid);
	line(ret(), "getppid()");
	t0 = now_ns();
	SC(SYS_getppid); /* held 20 ms, then it runs */
	held = now_ns() - t0;
	line(noted("(DELAYED)"), "getppid()");
	SC(SYS_getpid); /* answered 7 after 5 ms */
	line(noted("(INJECTED) (DELAYED)"), "getpid()");
	/* The program saw the delay and the written bytes; a line that fails the test otherwise. */
	if (held < 20000000 || strcmp(word, "**") != 0)
		line("0", "held %lld ns, word \"%s\"", held, word);
	e2e_exit(0);
}
