// SPDX-License-Identifier: MIT
/*
 * A tracing session: open the output, load the capture, start or find the
 * traced processes, drain records into the text sink until the traced work is
 * done or we are told to stop, report loss, and exit as strace does (with the
 * traced command's status).
 */
#include "run.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../capture/capture.h"
#include "../capture/targets.h"
#include "../output/text.h"
#include "../util/log.h"

#define POLL_MS 50

static volatile sig_atomic_t stop_signal;
static volatile sig_atomic_t child_changed;

static void on_stop(int sig)
{
	stop_signal = sig;
}

static void on_child(int sig)
{
	(void)sig;
	child_changed = 1;
}

static void install_handlers(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_stop;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGQUIT, &sa, NULL);
	sa.sa_handler = on_child;
	sa.sa_flags = SA_NOCLDSTOP;
	sigaction(SIGCHLD, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
}

static int64_t realtime_offset(void)
{
	struct timespec mono, real;

	clock_gettime(CLOCK_MONOTONIC, &mono);
	clock_gettime(CLOCK_REALTIME, &real);
	return ((int64_t)real.tv_sec - mono.tv_sec) * 1000000000 + (real.tv_nsec - mono.tv_nsec);
}

static FILE *open_output(const char *path)
{
	int fd;
	FILE *f;

	if (!path)
		return stderr;
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0) {
		log_error("cannot open -o file '%s': %s", path, strerror(errno));
		return NULL;
	}
	f = fdopen(fd, "w");
	if (!f) {
		close(fd);
		return NULL;
	}
	setvbuf(f, NULL, _IOFBF, 1 << 16);
	return f;
}

struct session {
	const struct options *opt;
	struct capture *cap;
	struct text_sink *text;
	struct spawned child;
	bool have_child;
	bool child_done;
	int child_status;
};

static void add_task_cb(void *ctx, pid_t tid)
{
	text_sink_add_task(ctx, (uint32_t)tid);
}

static void trace_comm_cb(void *ctx, pid_t tgid)
{
	struct session *s = ctx;

	capture_trace_tgid(s->cap, tgid);
	pid_for_each_thread(tgid, add_task_cb, s->text);
}

static int start_targets(struct session *s)
{
	const struct options *o = s->opt;
	int err;

	if (o->command) {
		err = command_wait_ready(&s->child);
		if (err)
			return err;
		capture_trace_tgid(s->cap, s->child.pid);
		text_sink_add_task(s->text, (uint32_t)s->child.pid);
		return command_release(&s->child);
	}
	for (size_t i = 0; i < o->npids; i++) {
		int n;

		capture_trace_tgid(s->cap, o->pids[i]);
		n = pid_for_each_thread(o->pids[i], add_task_cb, s->text);
		if (n < 0) {
			log_error("cannot attach to process %d: %s", (int)o->pids[i], strerror(-n));
			return n;
		}
		if (!o->quiet) {
			if (n > 1)
				log_info("Process %d attached with %d threads", (int)o->pids[i], n);
			else
				log_info("Process %d attached", (int)o->pids[i]);
		}
	}
	if (o->comm) {
		err = comm_for_each_process(o->comm, trace_comm_cb, s);
		if (err < 0)
			return err;
	}
	return 0;
}

/* Reap our command; true once it has exited. */
static void reap_child(struct session *s)
{
	int status;
	pid_t r;

	child_changed = 0;
	while ((r = waitpid(-1, &status, WNOHANG)) > 0)
		if (s->have_child && r == s->child.pid) {
			s->child_done = true;
			s->child_status = status;
		}
}

static bool work_done(struct session *s)
{
	const struct options *o = s->opt;

	if (s->have_child)
		return s->child_done && (!o->follow_fork || capture_live_tgids(s->cap) <= 0);
	if (o->npids)
		return capture_live_tgids(s->cap) <= 0;
	return false; /* --comm and --system-wide run until stopped */
}

static int trace_loop(struct session *s)
{
	int err = 0;

	while (!stop_signal) {
		if (child_changed)
			reap_child(s);
		if (work_done(s))
			break;
		err = capture_poll(s->cap, POLL_MS);
		if (err == -EINTR)
			err = 0;
		if (err)
			break;
		err = text_sink_flush(s->text);
		if (err) {
			log_error("cannot write the trace: %s", strerror(-err));
			break;
		}
	}
	if (!err)
		err = capture_flush(s->cap);
	return err;
}

static void report(struct session *s)
{
	struct capture_stats st;
	uint64_t lost;

	capture_get_stats(s->cap, &st);
	lost = st.lost + st.missed;
	if (lost)
		log_warn("%llu events lost (%llu ring full, %llu kernel recursion): the trace is "
			 "incomplete; try a larger --buffer-size",
			 (unsigned long long)lost, (unsigned long long)st.lost,
			 (unsigned long long)st.missed);
	if (st.str_trunc)
		log_warn("%llu strings or records were longer than sctrace captures and are cut "
			 "(marked with ...)",
			 (unsigned long long)st.str_trunc);
	if (s->opt->verbose || s->opt->stats)
		log_msg(LOG_ERROR, "%llu events traced, %llu lost, %llu unreadable arguments",
			(unsigned long long)st.events, (unsigned long long)lost,
			(unsigned long long)st.str_fault);
}

/* Exit as the traced command did: its code, or the same signal. */
static int exit_like_child(int status)
{
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	if (WIFSIGNALED(status)) {
		int sig = WTERMSIG(status);
		struct rlimit no_core = { 0, 0 };
		sigset_t set;

		fflush(NULL);
		setrlimit(RLIMIT_CORE, &no_core);
		signal(sig, SIG_DFL);
		sigemptyset(&set);
		sigaddset(&set, sig);
		sigprocmask(SIG_UNBLOCK, &set, NULL);
		raise(sig);
		return 128 + sig;
	}
	return 1;
}

int run_trace(const struct options *o)
{
	struct session s = { .opt = o, .child.release_fd = -1 };
	struct capture_config cc;
	struct text_config tc;
	FILE *out;
	int err, rc = 1;

	log_set_level(o->quiet ? LOG_WARN : LOG_INFO);
	out = open_output(o->outfile);
	if (!out)
		return 1;
	memset(&tc, 0, sizeof(tc));
	tc.out = out;
	tc.to_file = o->outfile != NULL;
	tc.follow_fork = o->follow_fork;
	tc.tstamp = o->tstamp;
	tc.relative = o->relative;
	tc.durations = o->durations;
	tc.acolumn = o->acolumn;
	tc.status = o->sets.status;
	tc.signals = o->sets.signals;
	tc.quiet = o->quiet;
	tc.dec.str_max = o->str_max;
	tc.dec.xstrings = o->xstrings;
	tc.realtime_offset_ns = realtime_offset();
	s.text = text_sink_new(&tc);
	if (!s.text)
		goto out;

	memset(&cc, 0, sizeof(cc));
	cc.follow_fork = o->follow_fork;
	cc.system_wide = o->system_wide;
	cc.comm = o->comm;
	cc.str_max = o->str_max;
	cc.ring_bytes = o->ring_bytes;
	cc.verbose = o->debug;
	memcpy(cc.syscalls, o->sets.syscalls, sizeof(cc.syscalls));
	for (size_t i = 0; i < o->npids; i++)
		if (pid_check(o->pids[i]))
			goto out;
	if (capture_open(&s.cap, &cc, text_sink_record, s.text))
		goto out;
	/* Fork before our handlers exist: the command inherits our caller's dispositions. */
	if (o->command) {
		if (command_spawn(o->command, &s.child))
			goto out;
		s.have_child = true;
	}
	install_handlers();
	err = start_targets(&s);
	if (err)
		goto out;
	err = trace_loop(&s);
	if (err)
		log_error("tracing stopped: %s", strerror(-err));
	text_sink_free(s.text);
	s.text = NULL;
	if (stop_signal && o->npids && !o->quiet)
		for (size_t i = 0; i < o->npids; i++)
			log_info("Process %d detached", (int)o->pids[i]);
	report(&s);
	rc = err ? 1 : 0;
	if (!rc && stop_signal)
		rc = 128 + stop_signal; /* as strace after detaching on SIGINT: 130 */
out:
	text_sink_free(s.text);
	capture_close(s.cap);
	if (out && out != stderr)
		fclose(out);
	if (s.child.release_fd >= 0)
		close(s.child.release_fd);
	if (s.have_child && s.child_done && rc == 0)
		return exit_like_child(s.child_status);
	return rc;
}
