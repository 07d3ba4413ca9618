/* SPDX-License-Identifier: MIT */
/*
 * Capture: load and attach the BPF programs, keep the traced tasks,
 * drain each CPU's lane and ring buffer and hand records to a sink in time
 * order.
 */
#ifndef SCT_CAPTURE_CAPTURE_H
#define SCT_CAPTURE_CAPTURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "../shared/record.h"

struct capture_config {
	bool follow_fork; /* -f: trace children of traced processes */
	bool system_wide; /* every process but ours */
	const char *comm; /* --comm NAME, or NULL */
	unsigned str_max; /* -s */
	size_t ring_bytes; /* per CPU; a power of two */
	uint64_t syscalls[SCT_NR_MAX / 64]; /* traced syscall numbers */
	uint64_t read_fds[SCT_DUMP_FDS / 64]; /* -e read=: data captured whole */
	uint64_t write_fds[SCT_DUMP_FDS / 64]; /* -e write= */
	bool read_fds_high, write_fds_high; /* the sets hold a descriptor above SCT_DUMP_FDS - 1 */
	uint64_t inject[SCT_NR_MAX / 64]; /* -e inject=/fault=: calls a listener may answer */
	bool enter_ts; /* read the clock at entry too: durations, start times */
	bool want_regs; /* -i, -k: user registers with each call and signal */
	unsigned stack_bytes; /* -k: bytes of user stack copied with them (0: none) */
	bool verbose; /* libbpf's messages */
	bool detach_on_exec; /* -b execve: a traced process's execve ends its tracing */
	bool env_strings; /* -v (execve not abbreviated): the environment's strings */
	bool sched; /* --sched: SCHED_SWITCH records */
	bool cpu_time; /* -c without -w: each call's CPU time (SCT_AUX_CPU_TIME) */
	bool kvm_vcpu; /* -e kvm=vcpu: KVM_RUN's exit reason with its exit record */
	bool pid_views; /* --pidns-translation: PID_VIEW records (also made in a PID namespace of ours) */
};

/* Called for every record, oldest first. A negative return stops the drain. */
typedef int (*capture_sink_fn)(void *ctx, const struct sct_rec_hdr *rec);

/* Where records go. Either side may be absent. */
struct capture_hooks {
	/* In time order across CPUs (the decoder's sinks). */
	capture_sink_fn ordered;
	void *ordered_ctx;
	/*
	 * In each stream's order, without sorting (the binary log): stream is n for
	 * CPU n's lane, SCT_STREAM_SECOND(n) for its ring buffer, or CAPTURE_CPU_USER.
	 */
	void (*raw)(void *ctx, unsigned stream, const void *rec, size_t size);
	/* After each drain: no later record has ts <= watermark. */
	void (*drained)(void *ctx, uint64_t watermark);
	/* The kernel side lost n records on cpu (reported before drained). */
	void (*lost)(void *ctx, unsigned cpu, uint64_t n);
	void *raw_ctx;
};

/* The stream argument of hooks->raw for records sctrace makes itself. */
#define CAPTURE_CPU_USER 0xffffffffu

struct capture;

/* Load and attach. On failure prints one line saying what is wrong and returns -errno. */
int capture_open(struct capture **out, const struct capture_config *cfg,
		 const struct capture_hooks *hooks);
void capture_close(struct capture *c);
/* The inject_pending map (struct sct_injected by tid), for the -e inject= listener. */
int capture_inject_map_fd(struct capture *c);
/*
 * A record sctrace makes (task list, loss, end): stamped with the current
 * time (rec->ts 0) and passed to both hooks like a kernel record.
 */
int capture_inject(struct capture *c, struct sct_rec_hdr *rec);

/*
 * From hooks.raw only: a record sctrace makes about the record the hook was
 * given (the state of a process seen for the first time), merged and logged
 * just before it: same stream, same time. -EINVAL outside the hook.
 */
int capture_inject_before(struct capture *c, struct sct_rec_hdr *rec);

/* CPUs whose rings are read (record cpu numbers are below this). */
unsigned capture_ncpus(const struct capture *c);
/*
 * Whether tracing is per thread: without -f (and without --comm and
 * --system-wide, which take whole processes), strace traces only the
 * command's first thread or the -p threads, not the other threads of their
 * processes nor the tasks they create.
 */
bool capture_per_thread(const struct capture *c);
/*
 * Trace task tid of thread group tgid from now on: that thread alone when
 * per thread, else every task of the group (and with -f what it creates).
 */
int capture_trace_task(struct capture *c, pid_t tid, pid_t tgid);
/* -b execve: tid's next execve is the command's start, which does not end its tracing. */
void capture_keep_first_exec(struct capture *c, pid_t tid);
/* Traced thread groups (threads when per thread) still alive; not meaningful with system_wide. */
long capture_live_traced(const struct capture *c);
/*
 * Without -f, the children the traced tasks made with CLONE_PTRACE since the
 * last call, each handed to fn once (strace's "Detached unknown pid N").
 */
void capture_ptrace_children(struct capture *c, void (*fn)(void *ctx, pid_t tid), void *ctx);
/* Whether task tid of tgid is traced now (when per thread, that thread; else its group). */
bool capture_task_traced(const struct capture *c, pid_t tid, pid_t tgid);
/* fn for every traced thread group (thread when per thread), in ascending order. */
void capture_for_each_traced(const struct capture *c, void (*fn)(void *ctx, pid_t id), void *ctx);

/*
 * Wait up to timeout_ms for records, drain the rings and deliver the records
 * old enough that no CPU can still produce an older one. Returns 0, -EINTR
 * when a signal interrupted the wait, or the sink's negative return.
 */
int capture_poll(struct capture *c, int timeout_ms);
/* Drain and deliver everything: the traced tasks are gone or we stop. */
int capture_flush(struct capture *c);

struct capture_stats {
	uint64_t events; /* records written by the kernel side */
	uint64_t lost; /* records the kernel side could not write */
	uint64_t str_trunc; /* strings longer than their capture limit */
	uint64_t str_fault; /* user memory that could not be read */
	uint64_t missed; /* program runs the kernel skipped (recursion) */
	uint64_t spilled; /* syscall records that went to a ring buffer, their lane busy or full */
};
/*
 * Detach every program: no record is written after this, so the counters
 * read after the last capture_flush are exactly what the trace and log hold.
 */
void capture_detach(struct capture *c);
void capture_get_stats(const struct capture *c, struct capture_stats *st);
/*
 * The ring size when --buffer-size is not given: 8 MiB per ring up to 16
 * CPUs, then smaller so that both rings of every CPU stay within 256 MiB
 * (at least 1 MiB each). The default for this machine's possible CPUs, and
 * the rule for ncpus.
 */
size_t capture_default_ring_bytes(void);
size_t capture_ring_bytes_for(int ncpus);
/*
 * --buffer-size SIZE within the cap: the largest power of two up to want
 * (64 KiB at least) whose rings and lanes on ncpus CPUs map at most
 * capture_memory_cap(mem_bytes): a quarter of the RAM, 2 GiB at most.
 */
size_t capture_ring_bytes_capped(size_t want, int ncpus, uint64_t mem_bytes);
uint64_t capture_memory_cap(uint64_t mem_bytes);
/* The ring size for --buffer-size want (0: the default), capped with a warning. */
size_t capture_choose_ring_bytes(size_t want);
/* The memory sctrace maps for rings of ring_bytes on ncpus CPUs (ring buffers twice, lanes). */
uint64_t capture_memory_for(size_t ring_bytes, int ncpus);
/* --debug: each program's run count and time (when kernel.bpf_stats_enabled is 1). */
void capture_debug_prog_times(const struct capture *c);

/* The outer map of per-CPU rings, for other BPF objects that write into them (src/usdt). */
int capture_rings_fd(const struct capture *c);
/*
 * The .bss map holding traced_bits, for other BPF objects that filter by it
 * (src/usdt): its fd, value size, the bitmap's offset in it, and whether it
 * is indexed by tgid (-f, --comm) rather than by tid or unused.
 */
int capture_traced_map(const struct capture *c, size_t *value_size, size_t *traced_off,
		       bool *by_tgid);
/* Poll one more ring buffer map with the capture's (fn runs inside capture_poll). */
int capture_add_ring(struct capture *c, int fd, int (*fn)(void *ctx, void *data, size_t size),
		     void *ctx);
/* The rings added with ctx are no longer passed on (their owner is going away). */
void capture_remove_ring(struct capture *c, void *ctx);
/*
 * Whether thread group tgid is traced now (always true with system_wide, but
 * for us); when per thread, whether one of its threads was given to trace.
 */
bool capture_tgid_traced(const struct capture *c, pid_t tgid);

#endif
