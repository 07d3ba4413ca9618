// SPDX-License-Identifier: MIT
/*
 * A tracing session: open the output and the log, load the capture, start or
 * find the traced processes, drain records into the sink and the log until the
 * traced work is done or we are told to stop, report loss, and exit as strace
 * does (with the traced command's status).
 */
#include "run.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include "../analyze/metrics_http.h"
#include "../capture/capture.h"
#include "../calls/calls.h"
#include "../capture/targets.h"
#include "../decode/fdtable.h"
#include "../live/fds.h"
#include "../live/ifnames.h"
#include "../live/pids.h"
#include "../live/unwind.h"
#include "../log/format.h"
#include "../log/writer.h"
#include "../output/sink.h"
#include "../usdt/usdt.h"
#include "inject.h"
#include "gen/syscall_nr.h"
#include "../util/msg.h"
#include "output.h"
#include "scm_rights.h"
#include "snapshots.h"
#include "statedump.h"
#include "top_screen.h"

#define POLL_MS 50

static volatile sig_atomic_t stop_signal;

static void on_stop(int sig)
{
	stop_signal = sig;
}

static void on_child(int sig)
{
	(void)sig; /* only to interrupt the wait for records */
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

struct session {
	const struct options *opt;
	struct capture *cap;
	struct usdt_session *usdt; /* --usdt */
	struct usdt_stats usdt_stats; /* its counts, kept when it is closed before the end */
	struct sink sink;
	struct log_writer *log;
	struct snapshots *snaps; /* --flight-recorder: instead of log */
	int64_t boot_offset; /* CLOCK_BOOTTIME - CLOCK_MONOTONIC: one value for output and log */
	struct statedump dump; /* --system-wide: processes dumped at first sight */
	struct spawned child;
	pid_t *tgids; /* the thread group of each -p task */
	uint64_t inject[SCT_NR_MAX / 64]; /* -e inject=/fault= within -e trace= */
	bool injecting;
	/* -k: execve and exit_group notified first, to keep the maps they take away */
	struct inject_watch watch;
	bool watching;
	uint64_t notify[SCT_NR_MAX / 64]; /* the seccomp filter's: inject and watch */
	struct injector *injector;
	struct unwinder *unwinder; /* -k */
	struct metrics *metrics; /* --metrics: the aggregates */
	struct metrics_server *metrics_srv; /* and their HTTP server */
	struct top *top_agg; /* --top: the aggregates */
	struct top_screen *top; /* and their view */
	bool have_child;
	bool child_done;
	bool child_detached; /* -b execve detached from the command */
	int child_status;
	bool write_reported; /* the trace could not be written, and we said so */
	pid_t inherited[64]; /* children we had at start: "Exit of unknown pid" */
	size_t ninherited;
};

/* capture hooks: the log gets records raw, per CPU (the writer ignores a NULL log) */
static void log_raw(void *ctx, unsigned stream, const void *rec, size_t size)
{
	struct session *s = ctx;

	log_writer_record(s->log, stream == CAPTURE_CPU_USER ? SCT_CHUNK_CPU_USER : stream, rec,
			  size);
}

static void log_drained(void *ctx, uint64_t watermark)
{
	struct session *s = ctx;

	log_writer_drained(s->log, watermark);
	if (s->snaps)
		snapshots_drained(s->snaps, watermark);
}

/* -y (or a log, whose replay may ask for -y): what the descriptor table needs from /proc. */
static bool wants_fd_table(const struct options *o)
{
	return o->decode_fds || o->npaths || o->record;
}

/* -y (or a log): what descriptors received over SCM_RIGHTS refer to, before the record. */
static void raw_scm_rights(void *ctx, unsigned stream, const void *rec, size_t size)
{
	struct session *s = ctx;

	scm_rights_dump(s->cap, rec, size);
	log_raw(ctx, stream, rec, size);
}

/*
 * --system-wide with -y (or a log, --json, --ctf): a process's descriptors
 * and names the first time one of its records is drained, merged just before
 * it; then as raw_scm_rights.
 */
static void raw_first_sight(void *ctx, unsigned stream, const void *rec, size_t size)
{
	struct session *s = ctx;
	const struct sct_rec_hdr *h = rec;
	uint32_t tgid = statedump_first_sight(&s->dump, h);

	/* its threads' names too: for the log, --json's comm and --ctf's state dump */
	if (tgid && (s->opt->record || s->opt->json || s->opt->ctf))
		statedump_process(s->cap, (pid_t)tgid, true);
	if (tgid && (wants_fd_table(s->opt) || s->opt->ctf))
		statedump_fds(s->cap, (pid_t)tgid, false, true);
	if (wants_fd_table(s->opt))
		raw_scm_rights(ctx, stream, rec, size);
	else
		log_raw(ctx, stream, rec, size);
}

static void log_lost(void *ctx, unsigned cpu, uint64_t n)
{
	struct session *s = ctx;

	log_writer_lost(s->log, cpu, n);
}

/* -e read=/write=: the kernel side's bitmap of the low descriptors, and whether any
 * higher one is in the set (then it captures them all and the text sink picks). */
static void dump_fds_for_kernel(uint64_t *low, bool *high, const uint64_t *set)
{
	memcpy(low, set, SCT_DUMP_FDS / 8);
	*high = false;
	for (unsigned i = SCT_DUMP_FDS / 64; i < SCT_DUMP_FDS_MAX / 64; i++)
		*high = *high || set[i];
}

static int sink_record(void *ctx, const struct sct_rec_hdr *rec)
{
	struct session *s = ctx;

	/* -b execve: strace's message as it lets the process go (its line ends "<detached ...>") */
	if (rec->type == SCT_REC_EXEC && rec->size >= sizeof(struct sct_rec_exec) &&
	    (((const struct sct_rec_exec *)rec)->flags & SCT_EXEC_DETACH_B)) {
		s->sink.flush(s->sink.impl);
		msg_info("Process %d detached", (int)rec->tid);
		if (s->have_child && (pid_t)rec->tgid == s->child.proc_pid)
			s->child_detached = true; /* its exit status is no longer ours to report */
	}
	return s->sink.record(s->sink.impl, rec);
}

/* A task traced from the start goes into the record stream, so replay knows it too. */
static void announce_task(struct session *s, pid_t tid, pid_t tgid, bool attached)
{
	struct sct_rec_task_new rec;

	memset(&rec, 0, sizeof(rec));
	rec.hdr.type = SCT_REC_TASK_NEW;
	rec.hdr.size = sizeof(rec);
	rec.hdr.tid = (uint32_t)tid;
	rec.hdr.tgid = (uint32_t)tgid;
	rec.flags = attached ? SCT_TASK_ATTACHED : 0;
	if (attached)
		live_task_name(tid, rec.comm, &rec.ppid);
	else
		rec.ppid = (uint32_t)live_self_pid(); /* its name is sctrace's until its execve */
	capture_inject(s->cap, &rec.hdr);
	/* what it was when attached, for the log and --ctf (the command starts under our eyes) */
	if (attached && (s->opt->record || s->opt->ctf))
		statedump_task(s->cap, tid, tgid, false);
}

/* The command's ids in our PID namespace, which is its own (record.h: the kernel side's at forks). */
static void announce_pid_view(struct session *s, pid_t proc_pid, pid_t ours)
{
	struct sct_rec_pid_view rec;

	memset(&rec, 0, sizeof(rec));
	rec.hdr.type = SCT_REC_PID_VIEW;
	rec.hdr.size = sizeof(rec);
	rec.hdr.tid = rec.hdr.tgid = (uint32_t)proc_pid;
	rec.view_tid = rec.view_tgid = rec.ns_tid = rec.ns_tgid = (uint32_t)ours;
	rec.ns_inum = (uint32_t)live_pid_ns_inode();
	capture_inject(s->cap, &rec.hdr);
}

/* The descriptors a process holds as tracing starts (for -y, and for the log). */
static void snapshot_fds(struct session *s, pid_t tgid, bool exec_pending)
{
	if (s->opt->decode_fds || s->opt->npaths || s->opt->record || s->opt->ctf)
		statedump_fds(s->cap, tgid, exec_pending, false);
}

struct thread_walk {
	struct session *s;
	pid_t tgid;
	pid_t first; /* announced already */
};

static void announce_thread(void *ctx, pid_t tid)
{
	struct thread_walk *w = ctx;

	if (tid != w->first)
		announce_task(w->s, tid, w->tgid, true);
}

/*
 * The tasks traced from now on as task tid of tgid is attached, tid first
 * (strace's order): that thread alone when tracing per thread (without -f),
 * else every thread of the process. Returns how many, or -errno.
 */
static int announce_attached(struct session *s, pid_t tid, pid_t tgid)
{
	struct thread_walk w = { s, tgid, tid };
	int n;

	announce_task(s, tid, tgid, true);
	if (capture_per_thread(s->cap))
		return 1;
	n = pid_for_each_thread(tgid, announce_thread, &w);
	return n < 0 ? n : n > 0 ? n : 1;
}

static void attach_comm_cb(void *ctx, pid_t tgid)
{
	struct session *s = ctx;

	capture_trace_task(s->cap, tgid, tgid);
	announce_attached(s, tgid, tgid);
	snapshot_fds(s, tgid, false);
}

/* The descriptor table once per process, however many of its threads are given. */
static bool first_of_process(const struct session *s, size_t i)
{
	for (size_t j = 0; j < i; j++)
		if (s->tgids[j] == s->tgids[i])
			return false;
	return true;
}

/*
 * As strace: once the command runs, the tracer holds neither its standard
 * input nor its output (it writes the trace to stderr or a file), so that a
 * pipe the command closes is closed for whoever is at the other end.
 */
static void let_go_of_std_streams(void)
{
	int fd = open("/dev/null", O_RDWR | O_CLOEXEC);

	if (fd < 0)
		return;
	dup2(fd, STDIN_FILENO);
	dup2(fd, STDOUT_FILENO);
	if (fd > STDOUT_FILENO)
		close(fd);
}

static int release_command(struct session *s)
{
	int err = command_release(&s->child);

	if (!err)
		let_go_of_std_streams();
	return err;
}

/* The command: traced and announced, its seccomp listener started; released later. */
static int start_command(struct session *s)
{
	const struct options *o = s->opt;
	int listener = -1, err;

	if (s->injecting || s->watching) {
		listener = command_listener(&s->child);
		if (listener < 0)
			return listener;
	}
	/*
	 * With read injected, the child's own read of the release pipe
	 * first waits for the listener: let it through uncounted (it is
	 * not the command's) until it sleeps in the pipe, before its
	 * sys_enter could be seen as traced.
	 */
	err = command_wait_ready(&s->child, listener >= 0 ? injector_settle : NULL, listener);
	if (err) {
		if (listener >= 0)
			close(listener);
		return err;
	}
	if (s->opt->detach_on_execve)
		capture_keep_first_exec(s->cap, s->child.proc_pid);
	err = capture_trace_task(s->cap, s->child.proc_pid, s->child.proc_pid);
	if (err) {
		if (listener >= 0)
			close(listener);
		return err;
	}
	/* its number here first: TASK_NEW may open its -ff file */
	if (s->child.proc_pid != s->child.pid || (o->sets.decode_pids & DECODE_PID_NS))
		announce_pid_view(s, s->child.proc_pid, s->child.pid);
	announce_task(s, s->child.proc_pid, s->child.proc_pid, false);
	snapshot_fds(s, s->child.proc_pid, true);
	usdt_preattach(s->usdt, s->child.proc_pid, o->command[0]);
	if (listener >= 0) {
		err = injector_start(&s->injector, listener, o->sets.inject,
				     capture_inject_map_fd(s->cap),
				     s->child.pid, !o->follow_fork,
				     s->watching ? &s->watch : NULL);
		if (err)
			return err;
	}
	return 0;
}

static int start_targets(struct session *s)
{
	const struct options *o = s->opt;
	int err;

	if (o->command) {
		err = start_command(s);
		if (err || !o->npids)
			return err ? err : release_command(s);
	}
	/*
	 * Every -p task is announced before any is traced: a call of the first
	 * must not come out before the second is known (the pid prefix rule).
	 * strace's messages: "Process N attached", with -f "Process N attached
	 * with M threads" when the process has more.
	 */
	for (size_t i = 0; i < o->npids; i++) {
		int n = announce_attached(s, o->pids[i], s->tgids[i]);

		if (n < 0) {
			msg_error("cannot attach to process %d: %s", (int)o->pids[i], strerror(-n));
			return n;
		}
		if (!(o->quiet & QUIET_ATTACH)) {
			if (n > 1)
				msg_info("Process %d attached with %d threads", (int)o->pids[i], n);
			else
				msg_info("Process %d attached", (int)o->pids[i]);
		}
	}
	for (size_t i = 0; i < o->npids; i++) {
		err = capture_trace_task(s->cap, o->pids[i], s->tgids[i]);
		if (err)
			return err;
		if (first_of_process(s, i))
			snapshot_fds(s, s->tgids[i], false);
	}
	if (o->comm) {
		err = comm_for_each_process(o->comm, attach_comm_cb, s);
		if (err < 0)
			return err;
		/* Said once the kernel side is in place: a process started from now on is traced. */
		if (!(o->quiet & QUIET_ATTACH))
			msg_info("Tracing processes named %s", o->comm);
	}
	/* With -p too, the command runs once they are traced, as under strace. */
	return o->command ? release_command(s) : 0;
}

struct detach_walk {
	pid_t skip; /* reported already */
	pid_t *done; /* thread groups reported */
	size_t ndone, cap;
};

static void detached_thread(void *ctx, pid_t tid)
{
	struct detach_walk *w = ctx;

	if (tid != w->skip)
		msg_info("Process %d detached", (int)tid);
}

/* A traced thread group's threads, first one first, unless reported already. */
static void detached_process(void *ctx, pid_t first, pid_t tgid)
{
	struct detach_walk *w = ctx;
	char path[64];

	for (size_t i = 0; i < w->ndone; i++)
		if (w->done[i] == tgid)
			return;
	if (w->ndone == w->cap) {
		size_t cap = w->cap ? 2 * w->cap : 16;
		pid_t *p = realloc(w->done, cap * sizeof(*p));

		if (!p)
			return;
		w->done = p;
		w->cap = cap;
	}
	w->done[w->ndone++] = tgid;
	snprintf(path, sizeof(path), "/proc/%d/task/%d", (int)tgid, (int)first);
	w->skip = access(path, F_OK) == 0 ? first : 0;
	if (w->skip)
		msg_info("Process %d detached", (int)first);
	pid_for_each_thread(tgid, detached_thread, w);
}

static void detached_child(void *ctx, pid_t tgid)
{
	detached_process(ctx, tgid, tgid);
}

/*
 * After SIGINT with -p, strace's "Process N detached" for each task still
 * traced: without -f the -p threads alive; with -f every thread of the -p
 * processes (the given one first) and of the processes they started.
 */
static void report_detached(struct session *s)
{
	const struct options *o = s->opt;
	struct detach_walk w = { 0 };

	for (size_t i = 0; i < o->npids; i++) {
		if (!capture_task_traced(s->cap, o->pids[i], s->tgids[i]))
			continue;
		if (capture_per_thread(s->cap))
			msg_info("Process %d detached", (int)o->pids[i]);
		else
			detached_process(&w, o->pids[i], s->tgids[i]);
	}
	if (!capture_per_thread(s->cap))
		capture_for_each_traced(s->cap, detached_child, &w);
	free(w.done);
}

/*
 * The children we had before we started (a shell's "(sleep 1 & exec sctrace
 * true)"): with -f they are the only unknown children, the others being the
 * traced tasks' CLONE_PARENT children.
 */
static void note_inherited(struct session *s)
{
	char path[64];
	FILE *f;
	int pid;

	snprintf(path, sizeof(path), "/proc/self/task/%d/children", (int)live_self_pid());
	f = fopen(path, "re");
	if (!f)
		return;
	while (s->ninherited < sizeof(s->inherited) / sizeof(s->inherited[0]) &&
	       fscanf(f, "%d", &pid) == 1)
		s->inherited[s->ninherited++] = live_view_pid(pid); /* as waitpid gives it */
	fclose(f);
}

static bool inherited(const struct session *s, pid_t pid)
{
	for (size_t i = 0; i < s->ninherited; i++)
		if (s->inherited[i] == pid)
			return true;
	return false;
}

/*
 * strace's line for a child of ours that is not the command: without -f a
 * traced task's CLONE_PARENT child (a sibling of the task, so ours) is not
 * traced, as an inherited child is not.
 */
static void reaped_unknown(const struct session *s, pid_t pid)
{
	if (s->opt->quiet & QUIET_EXIT)
		return;
	if (s->opt->follow_fork && !inherited(s, pid))
		return;
	msg_error("Exit of unknown pid %d ignored", (int)pid);
}

static void reap_child(struct session *s)
{
	pid_t own = usdt_own_child(s->usdt);
	int status;
	pid_t r;

	while ((r = waitpid(-1, &status, WNOHANG)) > 0) {
		if (own && r == own) {
			continue; /* the exec hold's helper, gone early: no "unknown pid" of the trace */
		} else if (s->have_child && r == s->child.pid) {
			s->child_done = true;
			s->child_status = status;
		} else {
			reaped_unknown(s, r);
		}
	}
}

static bool work_done(struct session *s)
{
	const struct options *o = s->opt;

	/* -b execve: the command may be detached from, and then run on without us, as in strace */
	if (s->have_child && o->detach_on_execve)
		return capture_live_traced(s->cap) <= 0;
	if (s->have_child)
		return s->child_done &&
		       (!(o->follow_fork || o->npids) || capture_live_traced(s->cap) <= 0);
	if (o->npids)
		return capture_live_traced(s->cap) <= 0;
	return false; /* --comm and --system-wide run until stopped */
}

/*
 * The trace cannot be written (-o /dev/full): said once, in strace's words,
 * and the command traced to its end, its exit status ours, as under strace.
 */
static void write_failed(struct session *s, int err)
{
	const char *name = s->opt->outfile;

	if (s->write_reported)
		return;
	s->write_reported = true;
	if (name)
		msg_error("%s: %s", name, strerror(-err));
	else
		msg_error("cannot write the trace: %s", strerror(-err));
}

static void detached_unknown(void *ctx, pid_t tid)
{
	const struct session *s = ctx;

	if (!(s->opt->quiet & QUIET_ATTACH))
		msg_error("Detached unknown pid %d", (int)tid);
}

static int trace_loop(struct session *s)
{
	int err = 0;

	while (!stop_signal) {
		capture_ptrace_children(s->cap, detached_unknown, s);
		reap_child(s);
		if (work_done(s))
			break;
		usdt_tick(s->usdt);
		err = capture_poll(s->cap, POLL_MS);
		if (err == -EINTR)
			err = 0;
		if (err)
			break;
		snapshots_tick(s->snaps);
		if (s->top && top_screen_tick(s->top, monotonic_now()))
			break; /* q: as ^C, without its exit status */
		if (s->sink.impl) {
			int werr = s->sink.flush(s->sink.impl);

			if (werr)
				write_failed(s, werr);
		}
	}
	if (!err)
		err = capture_flush(s->cap);
	capture_ptrace_children(s->cap, detached_unknown, s);
	return err;
}

/* The totals, as the last record of the trace (and of the log). */
static void finish_trace(struct session *s)
{
	struct capture_stats st;
	struct sct_rec_end end;

	/* nothing written after the counters are read: "N events traced" is what the log holds */
	capture_detach(s->cap);
	capture_flush(s->cap);
	capture_get_stats(s->cap, &st);
	msg_debug("lanes: %llu of %llu events went to the ring buffers instead (lane busy or full)",
		  (unsigned long long)st.spilled, (unsigned long long)st.events);
	capture_debug_prog_times(s->cap);
	memset(&end, 0, sizeof(end));
	end.hdr.type = SCT_REC_END;
	end.hdr.size = sizeof(end);
	end.events = st.events + s->usdt_stats.events;
	end.lost = st.lost + s->usdt_stats.lost;
	end.str_trunc = st.str_trunc;
	end.str_fault = st.str_fault + s->usdt_stats.unreadable;
	end.missed = st.missed;
	capture_inject(s->cap, &end.hdr);
	capture_flush(s->cap);
	report_totals(s->opt, &end);
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

/*
 * The clock is read at syscall entry only for what shows it: durations (-T,
 * -c, JSON), start times (-t, -r) and a log, which may be replayed with any
 * of them. Plain text does without: about 30 ns less per call.
 */
/*
 * -k: bytes of user stack copied with each call, from sp up: perf's default
 * for --call-graph dwarf. Frames whose return addresses lie beyond are not
 * shown.
 */
#define STACK_DUMP_BYTES 8192

static void print_stack(void *ctx, uint32_t tgid, uint32_t tid, uint64_t ts,
			const struct user_stack *st, bool at_entry, struct strbuf *out)
{
	unwinder_print(ctx, tgid, tid, ts, st, at_entry, out);
}

static void inherit_maps(void *ctx, uint32_t parent_tgid, uint32_t child_tgid)
{
	unwinder_fork(ctx, parent_tgid, child_tgid);
}

/* A watched call is about to run (on the seccomp listener's thread). */
static void watch_before(void *ctx, uint32_t tid, unsigned nr, const uint64_t *args)
{
	struct session *s = ctx;

	if (s->unwinder && nr != SCT_NR_mmap)
		unwinder_snapshot(s->unwinder, tid);
	if (s->usdt && (nr == SCT_NR_execve || nr == SCT_NR_execveat))
		usdt_before_exec(s->usdt, (pid_t)tid, (long)nr, args);
	else if (s->usdt && nr == SCT_NR_mmap)
		usdt_before_mmap(s->usdt, (pid_t)tid, (int)args[4]);
}

static void watch_calls(struct session *s, const unsigned *calls, size_t n)
{
	for (size_t i = 0; i < n; i++)
		s->watch.calls[calls[i] / 64] |= 1ull << (calls[i] % 64);
	s->watch.before = watch_before;
	s->watch.ctx = s;
	s->watching = true;
}

/*
 * -k with a command: execve, exit_group and exit (a program's last thread
 * may end with exit(2)) wait for sctrace to read the process's maps, which
 * they take away, so that the calls before them are unwound however late
 * they are printed (children inherit the filter).
 * --usdt with a command: execve, and mmap of a file's code (the seccomp
 * filter hands over no other mmap), wait for sctrace to attach to the
 * probes of the program or library before it runs.
 */
static void watch_maps(struct session *s)
{
	static const unsigned calls[] = { SCT_NR_execve, SCT_NR_execveat, SCT_NR_exit_group,
					  SCT_NR_exit };

	watch_calls(s, calls, sizeof(calls) / sizeof(calls[0]));
}

static void watch_execs(struct session *s)
{
	static const unsigned calls[] = { SCT_NR_execve, SCT_NR_execveat, SCT_NR_mmap };

	watch_calls(s, calls, sizeof(calls) / sizeof(calls[0]));
}

static bool wants_enter_ts(const struct options *o)
{
	if (o->no_durations)
		return false;
	return o->record || o->ctf || o->json || o->durations || o->summary || o->diagnose ||
	       o->histogram || o->filter || o->metrics || o->top_interval_ns ||
	       o->tformat || o->relative;
}

/* -c's CPU time per call (the kernel side's cpu_switch): -c or -C without -w. */
static bool wants_cpu_time(const struct options *o)
{
	return o->summary && !o->summary_wall && wants_enter_ts(o);
}

/*
 * Bytes of a string the kernel side captures: -s, or with --record the larger
 * --record-string-limit, so that --replay -s N can show up to N. The outputs
 * still print -s bytes: live text is the same either way.
 */
static unsigned capture_str_limit(const struct options *o)
{
	return o->record && o->record_str_limit > o->str_max ? o->record_str_limit : o->str_max;
}

static void log_meta_of(const struct session *s, int argc, char **argv, int64_t clock_offset,
			struct log_meta *meta)
{
	const struct options *o = s->opt;

	*meta = (struct log_meta){
		.argc = argc,
		.argv = argv,
		.str_limit = capture_str_limit(o),
		.capture_flags = (o->follow_fork ? LOG_CAPTURE_FOLLOW_FORK : 0) |
				 (o->system_wide ? LOG_CAPTURE_SYSTEM_WIDE : 0) |
				 (o->no_durations ? LOG_CAPTURE_NO_DURATIONS : 0) |
				 (wants_cpu_time(o) ? LOG_CAPTURE_CPU_TIME : 0),
		.shown = o->sets.syscalls,
		.start_mono = monotonic_now(),
		.clock_offset = clock_offset,
		.boot_offset = s->boot_offset,
	};
}

static int open_log(struct session *s, int argc, char **argv, int64_t clock_offset)
{
	const struct options *o = s->opt;
	struct log_meta meta;

	if (!o->record || o->flight_bytes)
		return 0;
	log_meta_of(s, argc, argv, clock_offset, &meta);
	return log_writer_open(&s->log, o->record, capture_ncpus(s->cap), &meta);
}

/*
 * --flight-recorder: the merged records go through the ring to the live
 * outputs, and nothing goes to the log until a snapshot.
 */
static int open_snapshots(struct session *s, struct capture_hooks *hooks, int argc, char **argv,
			  int64_t clock_offset)
{
	struct log_meta meta;
	int err;

	log_meta_of(s, argc, argv, clock_offset, &meta);
	err = snapshots_open(&s->snaps, s->opt, &meta, hooks->ordered, hooks->ordered_ctx);
	if (err)
		return err;
	hooks->ordered = snapshots_record;
	hooks->ordered_ctx = s->snaps;
	hooks->raw = NULL;
	hooks->lost = NULL;
	hooks->drained = log_drained; /* s->log is NULL */
	hooks->raw_ctx = s;
	return 0;
}

/*
 * --metrics: the server listens before anything is traced, so that a taken
 * port fails the start rather than the scrape.
 */
static int open_metrics(struct session *s, struct sink_config *sc)
{
	s->metrics = metrics_new(s->opt->metrics_per_comm);
	if (!s->metrics)
		return -ENOMEM;
	s->metrics_srv = metrics_serve(s->opt->metrics, s->metrics);
	if (!s->metrics_srv)
		return -EINVAL;
	/* -q hides the port, unless it was chosen (port 0): then who scrapes needs it */
	msg_print(strrchr(s->opt->metrics, ':')[1] == '0' && !strrchr(s->opt->metrics, ':')[2]
			  ? MSG_ERROR
			  : MSG_INFO,
		  "metrics on port %u (GET /metrics)", metrics_server_port(s->metrics_srv));
	sc->metrics = s->metrics;
	return 0;
}

int run_trace(const struct options *o, int argc, char **argv)
{
	struct session s = { .opt = o, .child.release_fd = -1, .child.listener_fd = -1,
			     .boot_offset = boottime_offset() };
	struct capture_config cc;
	struct capture_hooks hooks;
	struct sink_config sc;
	struct ctf_config ctf;
	/* One clock offset for the live output and the log, so replay prints the same times. */
	int64_t clock_offset = realtime_offset();
	/* with --flight-recorder the CTF traces are its snapshots (snapshots.c) */
	bool ctf_live = o->ctf && !o->flight_bytes;
	FILE *out = NULL;
	int err, write_err = 0, ctf_err = 0, rc = 1;

	msg_set_level(o->debug ? MSG_DEBUG : (o->quiet & QUIET_ATTACH) ? MSG_WARN : MSG_INFO);
	statedump_init(&s.dump);
	if (o->list_usdt)
		return usdt_list(o->usdt, o->nusdt, o->pids, o->npids, o->command, stdout);
	/*
	 * With --record and neither -o, --json nor --ctf, the log is the only output
	 * (so are --flight-recorder's snapshots, of --record or --ctf); with
	 * --diagnose too, the findings follow it on stderr.
	 */
	if (!(o->record || o->ctf) || o->outfile || o->json || ctf_live || o->diagnose || o->metrics ||
	    o->top_interval_ns) {
		out = output_open(o->output_separately ? NULL : o->outfile, o->append);
		if (!out)
			goto out;
		sink_config_from_options(&sc, o, out, clock_offset);
		sc.findings_only = (o->record || (o->ctf && !ctf_live)) && !o->outfile && !o->json;
		sink_config_clock(&sc, o, clock_offset, s.boot_offset);
		if (ctf_live) {
			ctf_env_live(&ctf.env, o->ctf, clock_offset);
			ctf_env_command(&ctf.env, argc, argv);
			sink_config_ctf(&sc, &ctf, o);
		}
		if (sc.text.dec.decode_pids)
			sc.text.dec.pid_info = live_pid_info; /* -Y, --pidns-translation: /proc */
		if (o->stack_trace && sc.format == SINK_TEXT) {
			s.unwinder = unwinder_new();
			if (!s.unwinder)
				goto out;
			sc.text.stack = (struct stack_printer){ print_stack, inherit_maps, s.unwinder };
		}
		if (!o->record) {
			sc.text.dec.if_name = live_if_name; /* interface indexes by name */
			sc.live_comm = live_comm; /* --summary-per-process: names from /proc */
		}
		if (o->metrics && open_metrics(&s, &sc))
			goto out;
		if (o->top_interval_ns) {
			s.top_agg = top_new();
			if (!s.top_agg)
				goto out;
			top_start(s.top_agg, monotonic_now());
			s.top = top_screen_open(s.top_agg, o->top_interval_ns,
						o->follow_fork || o->npids || o->comm ||
							o->system_wide);
			if (!s.top)
				goto out;
			sc.top = s.top_agg;
		}
		if (sink_open(&s.sink, &sc))
			goto out;
		/*
		 * Live, -y may also ask /proc at print time (inodes of pipes and
		 * sockets, realpath); not when recording: the log cannot replay
		 * that, and replay must print what live output printed.
		 */
		fdtable_set_live(s.sink.fds, o->record ? NULL : live_fd_source());
	}

	memset(&cc, 0, sizeof(cc));
	cc.follow_fork = o->follow_fork;
	cc.detach_on_exec = o->detach_on_execve;
	/* strace prints the environment whole where execve is not abbreviated (-v) */
	cc.env_strings = !((o->sets.abbrev[SCT_NR_execve / 64] >> (SCT_NR_execve % 64)) & 1) ||
			 !((o->sets.abbrev[SCT_NR_execveat / 64] >> (SCT_NR_execveat % 64)) & 1);
	cc.system_wide = o->system_wide;
	cc.comm = o->comm;
	cc.str_max = capture_str_limit(o);
	cc.enter_ts = wants_enter_ts(o);
	cc.want_regs = o->instruction_pointer;
	cc.sched = o->sched;
	cc.cpu_time = wants_cpu_time(o);
	cc.kvm_vcpu = o->sets.kvm_vcpu;
	cc.pid_views = o->sets.decode_pids & DECODE_PID_NS;
	cc.stack_bytes = o->stack_trace ? STACK_DUMP_BYTES : 0;
	cc.ring_bytes = capture_choose_ring_bytes(o->ring_bytes);
	cc.verbose = o->debug;
	memcpy(cc.syscalls, o->sets.syscalls, sizeof(cc.syscalls));
	/* -y: the calls that change descriptors too, unseen, so that paths are known. */
	if (o->decode_fds || o->npaths)
		fdtable_add_calls(cc.syscalls);
	/*
	 * -Y, --json, --top, --metrics-per-comm and logs (for --replay --json) keep
	 * task names: the renaming calls, unseen.
	 */
	if ((o->sets.decode_pids & DECODE_PID_COMM) || o->json || o->record || o->top_interval_ns ||
	    o->metrics_per_comm)
		calls_add_comm_calls(cc.syscalls);
	/* strace injects only into the calls it traces. */
	for (unsigned i = 0; i < SCT_NR_MAX / 64; i++) {
		s.inject[i] = o->sets.inject_set[i] & o->sets.syscalls[i];
		s.injecting |= s.inject[i] != 0;
	}
	if (s.injecting)
		memcpy(cc.inject, s.inject, sizeof(cc.inject));
	if (s.unwinder && o->command)
		watch_maps(&s);
	if (o->nusdt && o->command && !o->system_wide)
		watch_execs(&s);
	for (unsigned i = 0; i < SCT_NR_MAX / 64; i++)
		s.notify[i] = s.inject[i] | s.watch.calls[i];
	/* --usdt's mmap: only those of code, which the filter picks by their arguments */
	if (o->nusdt && o->command && !o->system_wide && !(s.inject[SCT_NR_mmap / 64] >> (SCT_NR_mmap % 64) & 1))
		s.notify[SCT_NR_mmap / 64] &= ~(1ull << (SCT_NR_mmap % 64));
	dump_fds_for_kernel(cc.read_fds, &cc.read_fds_high, o->sets.read_fds);
	dump_fds_for_kernel(cc.write_fds, &cc.write_fds_high, o->sets.write_fds);
	memset(&hooks, 0, sizeof(hooks));
	if (s.sink.impl) {
		hooks.ordered = sink_record;
		hooks.ordered_ctx = &s;
	}
	if (o->record) {
		hooks.raw = log_raw;
		hooks.drained = log_drained;
		hooks.lost = log_lost;
		hooks.raw_ctx = &s;
	}
	if (o->flight_bytes && open_snapshots(&s, &hooks, argc, argv, clock_offset))
		goto out;
	/*
	 * What -y needs from /proc, merged before the drained records (the log's
	 * hook, if any, stays at their end). Not for --ctf alone: its state dump
	 * would take a partial FD_SNAPSHOT for a dump.
	 */
	if (o->system_wide && (wants_fd_table(o) || o->json || o->ctf)) {
		hooks.raw = raw_first_sight;
		hooks.raw_ctx = &s;
	} else if (wants_fd_table(o)) {
		hooks.raw = raw_scm_rights;
		hooks.raw_ctx = &s;
	}
	s.tgids = calloc(o->npids + 1, sizeof(*s.tgids));
	if (!s.tgids)
		goto out;
	/* -p's numbers are our namespace's, /proc's and the kernel side's another's: not mapped yet */
	if (o->npids && live_pid_ns_level()) {
		msg_error("cannot attach to process %d: -p is not supported in a PID namespace below /proc's",
			  (int)o->pids[0]);
		goto out;
	}
	for (size_t i = 0; i < o->npids; i++) {
		s.tgids[i] = pid_tgid(o->pids[i]);
		if (s.tgids[i] < 0)
			goto out;
	}
	/*
	 * Fork before our handlers exist (the command inherits our caller's
	 * dispositions) and before the rings and the BPF objects take memory: a
	 * process's ru_maxrss starts from its parent's at fork (exec keeps the
	 * old image's high-water mark), and the command's getrusage would show
	 * ours (52 MB for /bin/true) where strace's child shows its own.
	 */
	note_inherited(&s);
	if (o->command) {
		struct spawn_opts so = { o->env, o->nenv, o->user,
					 s.injecting || s.watching ? s.notify : NULL,
					 o->nusdt && !o->system_wide };

		if (command_spawn(o->command, &so, &s.child))
			goto out;
		s.have_child = true;
	}
	if (capture_open(&s.cap, &cc, &hooks) || open_log(&s, argc, argv, clock_offset))
		goto out;
	if (o->nusdt) {
		struct usdt_config uc = { o->usdt, o->nusdt, o->system_wide, o->str_max,
					  cc.ring_bytes, o->debug, &stop_signal, o->command != NULL };

		if (usdt_open(&s.usdt, s.cap, &uc))
			goto out;
	}
	install_handlers();
	snapshots_start(s.snaps, s.cap); /* SIGUSR1 from here on, as our other handlers */
	err = start_targets(&s);
	if (err)
		goto out;
	usdt_rescan(s.usdt);
	err = trace_loop(&s);
	if (err)
		msg_error("tracing stopped: %s", strerror(-err));
	injector_stop(s.injector);
	s.injector = NULL;
	usdt_add_stats(s.usdt, &s.usdt_stats);
	usdt_close(s.usdt); /* detach first: the semaphores drop while the targets run */
	s.usdt = NULL;
	finish_trace(&s);
	top_screen_close(s.top, monotonic_now()); /* before -c's table, on the ordinary screen */
	s.top = NULL;
	snapshots_finish(s.snaps);
	ctf_err = sink_close_ctf_report(&s.sink, o);
	write_err = sink_close(&s.sink);
	if (stop_signal && o->npids && !(o->quiet & QUIET_ATTACH))
		report_detached(&s);
	rc = err || ctf_err ? 1 : 0;
	if (!rc && stop_signal)
		rc = 128 + stop_signal; /* as strace after detaching on SIGINT: 130 */
out:
	injector_stop(s.injector);
	top_screen_close(s.top, monotonic_now());
	sink_close(&s.sink);
	top_free(s.top_agg); /* after the sink: calls_finish still feeds it */
	metrics_server_stop(s.metrics_srv);
	metrics_free(s.metrics);
	usdt_close(s.usdt);
	capture_close(s.cap);
	unwinder_free(s.unwinder);
	log_writer_close(s.log); /* a failed recording said so; the command's status stands */
	snapshots_close(s.snaps); /* likewise */
	err = output_close(out);
	if (!write_err)
		write_err = err;
	if (s.child.release_fd >= 0) {
		/* never released: it exits without running the command; reap it */
		close(s.child.release_fd);
		waitpid(s.child.pid, NULL, 0);
	}
	if (s.child.listener_fd >= 0)
		close(s.child.listener_fd);
	free(s.tgids);
	statedump_free(&s.dump);
	if (write_err)
		write_failed(&s, write_err);
	if (s.have_child && s.child_done && !s.child_detached && rc == 0)
		return exit_like_child(s.child_status);
	return rc;
}
