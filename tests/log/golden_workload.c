// SPDX-License-Identifier: MIT
/*
 * The program recorded once into the logs under tests/log/golden/ (regen.sh there
 * --record builds it static and runs it under `sctrace -f --record`). The logs are
 * committed; the test only replays them, so this program runs again only when the
 * logs are re-recorded. It makes a small, mostly fixed set of calls that cover the
 * decoder and the sinks: file calls with a failure, a pipe and dup2, a socketpair and
 * a UDP socket, a handled signal, a thread blocked in read while the other thread
 * makes calls (<unfinished ...> / <... resumed>), a forked child that exits with 3
 * (wait4 blocks, SIGCHLD), then exit_group(0). The main thread runs on CPU 0, the
 * other thread and the child on CPU 1 (when both exist), so the log holds several
 * streams to merge. No stdio: writes are write(2).
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int wake_pipe[2];
static volatile pid_t reader_tid;
static int two_cpus;

static void die(const char *what)
{
	char msg[128];
	int n = snprintf(msg, sizeof(msg), "golden_workload: %s failed (errno %d)\n", what, errno);

	if (write(2, msg, (size_t)n) < 0)
		_exit(2);
	_exit(2);
}

/* Run the calling thread on CPU cpu only (with two CPUs or more), so that the log has
 * records from two CPUs' streams for the reader to merge. */
static void pin(int cpu)
{
	cpu_set_t set;

	if (!two_cpus)
		return;
	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	if (sched_setaffinity(0, sizeof(set), &set))
		die("sched_setaffinity");
}

static void pause_ms(long ms)
{
	struct timespec ts = { 0, ms * 1000000L };

	nanosleep(&ts, NULL);
}

static void on_usr1(int sig)
{
	(void)sig;
	if (write(1, "got SIGUSR1\n", 12) != 12)
		_exit(2);
}

/* Files: create, write bytes that need escaping, read back, stat, a failing open. */
static void files(void)
{
	static const char data[] = "golden log: text, a tab\t, a newline\n, bytes \001\177\377 end";
	char buf[128];
	struct stat st;
	int fd;

	fd = openat(AT_FDCWD, "golden.txt", O_WRONLY | O_CREAT | O_TRUNC, 0640);
	if (fd < 0 || write(fd, data, sizeof(data) - 1) != (ssize_t)sizeof(data) - 1)
		die("write golden.txt");
	close(fd);
	fd = open("golden.txt", O_RDONLY | O_CLOEXEC);
	if (fd < 0 || read(fd, buf, sizeof(buf)) < 0)
		die("read golden.txt");
	lseek(fd, 7, SEEK_SET);
	if (pread(fd, buf, 3, 0) != 3 || fstat(fd, &st))
		die("pread/fstat");
	close(fd);
	if (open("no-such-dir/missing.txt", O_RDONLY) >= 0 || access("golden.txt", W_OK | R_OK))
		die("missing open");
	rename("golden.txt", "golden.old");
	unlink("golden.old");
}

/* A pipe and a descriptor made by dup2 on its write end. */
static void pipes(void)
{
	char buf[16];
	int p[2];

	if (pipe(p) || dup2(p[1], 10) != 10)
		die("pipe/dup2");
	if (write(10, "via dup2", 8) != 8 || read(p[0], buf, sizeof(buf)) != 8)
		die("pipe io");
	close(10);
	close(p[1]);
	close(p[0]);
}

/* A UNIX socketpair carrying a message each way, and a UDP socket bound on loopback. */
static void sockets(void)
{
	struct sockaddr_in sin;
	socklen_t len = sizeof(sin);
	char buf[16];
	int sv[2], s;

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv))
		die("socketpair");
	if (send(sv[0], "ping", 4, 0) != 4 || recv(sv[1], buf, sizeof(buf), 0) != 4 ||
	    send(sv[1], "pong", 4, MSG_DONTWAIT) != 4 || recv(sv[0], buf, sizeof(buf), 0) != 4)
		die("socketpair io");
	shutdown(sv[0], SHUT_WR);
	close(sv[0]);
	close(sv[1]);
	s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (s < 0 || bind(s, (struct sockaddr *)&sin, sizeof(sin)) ||
	    getsockname(s, (struct sockaddr *)&sin, &len))
		die("udp socket");
	close(s);
}

/* A handled signal sent to ourselves (--- SIGUSR1 ---, then rt_sigreturn). */
static void signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	if (sigaction(SIGUSR1, &sa, NULL) || kill(getpid(), SIGUSR1))
		die("SIGUSR1");
}

static void *reader(void *arg)
{
	char buf[16];

	(void)arg;
	pin(1);
	reader_tid = (pid_t)syscall(SYS_gettid);
	/* blocks until the main thread writes: its line is split around the others' */
	if (read(wake_pipe[0], buf, sizeof(buf)) != 4)
		die("reader read");
	getpid();
	return NULL;
}

/* Is thread tid asleep (state S in /proc/self/task/TID/stat)? */
static int asleep(pid_t tid)
{
	char path[64], buf[256], *p;
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "/proc/self/task/%d/stat", (int)tid);
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return 0;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = 0;
	p = strrchr(buf, ')');
	return p && p[1] == ' ' && p[2] == 'S';
}

/* Two threads: one blocked in read while the other sleeps, asks and writes. */
static void threads(void)
{
	pthread_t t;

	if (pipe(wake_pipe) || pthread_create(&t, NULL, reader, NULL))
		die("thread");
	do
		pause_ms(20);
	while (!reader_tid || !asleep(reader_tid));
	getppid();
	pause_ms(10);
	if (write(wake_pipe[1], "wake", 4) != 4)
		die("wake");
	pthread_join(t, NULL);
	close(wake_pipe[0]);
	close(wake_pipe[1]);
}

/* A child that makes a call and exits with 3; the parent waits (SIGCHLD). */
static void child(void)
{
	int status;
	pid_t pid;

	pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		pin(1);
		pause_ms(20); /* let the parent block in wait4 first */
		getppid();
		_exit(3);
	}
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 3)
		die("wait");
}

int main(void)
{
	cpu_set_t set;

	two_cpus = !sched_getaffinity(0, sizeof(set), &set) && CPU_ISSET(0, &set) &&
		   CPU_ISSET(1, &set);
	pin(0);
	files();
	pipes();
	sockets();
	signals();
	threads();
	child();
	exit(0);
}
