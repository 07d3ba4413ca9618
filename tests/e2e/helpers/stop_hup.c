// SPDX-License-Identifier: MIT
// Helper: stops itself with SIGSTOP; its child (untraced without -f) waits for the stop, sends
// SIGHUP then SIGCONT, prints "PARENT CHILD" pids, and waits for the parent to be gone.
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* Whether pid is stopped ('T' in /proc/PID/stat). */
static int stopped(pid_t pid)
{
	char path[64], buf[256], *p;
	FILE *f;
	size_t n;

	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	f = fopen(path, "r");
	if (!f)
		return 0;
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	p = strrchr(buf, ')');
	return p && p[1] == ' ' && p[2] == 'T';
}

int main(void)
{
	struct timespec ms = { 0, 1000000 };
	pid_t parent = getpid(), child = fork();

	if (child < 0)
		return 2;
	if (child > 0) {
		kill(parent, SIGSTOP);
		pause(); /* SIGHUP ends us */
		return 3;
	}
	for (int i = 0; i < 10000 && !stopped(parent); i++)
		nanosleep(&ms, NULL);
	kill(parent, SIGHUP);
	kill(parent, SIGCONT);
	printf("%d %d\n", (int)parent, (int)getpid());
	fflush(stdout);
	for (int i = 0; i < 10000 && !(kill(parent, 0) && errno == ESRCH); i++)
		nanosleep(&ms, NULL);
	return 0;
}
