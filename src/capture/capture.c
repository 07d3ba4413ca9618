// SPDX-License-Identifier: MIT
/*
 * Loading, attaching and draining the BPF side (src/bpf/capture.bpf.c).
 *
 * Two rings per CPU, written without wakeups: a lane (struct sct_lane_hdr)
 * for the syscall records and a BPF ring buffer for the rest. The kernel side
 * forces a wakeup only when one is more than a quarter full, and otherwise we
 * poll on a timer. Records are copied into one FIFO per stream and released
 * in time order once every stream has passed them (reorder.c).
 */
#include "capture.h"
#include "cache.h"
#include "hooks.h"
#include "lazymap.h"
#include "ringread.h"
#include "targets.h"

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "../decode/capture_plan.h"
#include "../live/pids.h"
#include "../util/msg.h"
#include "capture.skel.h"
#include "../merge/reorder.h"

/* How long a record may sit in a ring after its timestamp before we read it. */
#define REORDER_WINDOW_NS (20ull * 1000 * 1000)

/* Programs of the object at most (it has 11). */
#define CAPTURE_PROGS_MAX 16

/* Rings and lanes above this are not kept for the next run (cache.h): memory held idle. */
#define CAPTURE_KEEP_BYTES_MAX (256ull << 20)

struct ring_ctx;

/* Another object's ring polled with ours; fn NULL once its owner is gone (libbpf cannot remove it). */
struct extra_ring {
	int (*fn)(void *ctx, void *data, size_t size);
	void *ctx;
	struct extra_ring *next;
};

struct capture {
	struct capture_bpf *skel;
	struct ringread *rb; /* the rings' consumer side (ringread.h) */
	struct ring_ctx *ring_ctxs; /* one per CPU, referenced by rb */
	struct extra_ring *extra_rings; /* other objects' rings in rb (capture_add_ring) */
	struct reorder *reorder; /* streams: lanes, then ring buffers, then ours */
	int *ring_fds;
	unsigned ncpus;
	struct lazymap lanes; /* the lanes map, one lane per CPU, mapped as it is read */
	size_t lane_stride; /* bytes of one CPU's lane */
	uint64_t lane_mask;
	struct capture_hooks hooks;
	uint64_t *lost_seen; /* per CPU: kernel loss counter already reported */
	uint64_t last_user_ts; /* injected records stay in time order */
	/* the record hooks.raw is being given: capture_inject_before puts records ahead of it */
	unsigned raw_stream, raw_index;
	uint64_t raw_ts;
	bool in_raw;
	int push_err;
	/* per-thread: the thread groups of the traced threads (for capture_tgid_traced) */
	pid_t *thread_tgids;
	size_t nthread_tgids;
	int outer_fd; /* the rings map: an array of the ring buffers, by CPU */
	pthread_t filler; /* fills it while the object loads (fill_outer_map) */
	bool filling;
	int fill_err;
	bool one_hook; /* syscall_hooks on three tracepoints, not three programs */
	int hook_fds[HOOKS_N]; /* its links */
	/* the programs that load, in the object's order, and their descriptors */
	struct bpf_program *progs[CAPTURE_PROGS_MAX];
	int prog_fds[CAPTURE_PROGS_MAX];
	unsigned nprogs;
	bool adopted; /* programs and maps came from a keeper (cache.h): the descriptors are ours */
	int link_fds[CAPTURE_PROGS_MAX]; /* the other programs' links */
	unsigned nlinks;
	uint64_t cache_key; /* 0: not kept for the next run */
	unsigned cache_seconds;
	bool attached; /* every link made: the object is fit for the next run */
	bool links_adopted; /* a keeper's links: the programs were attached already */
	uint64_t session_gen; /* this run's start: .bss session_gen */
	/* the kernel's counts per program at attach: an adopted program counted earlier runs too */
	struct {
		uint64_t runs, run_ns, missed;
	} prog_base[CAPTURE_PROGS_MAX];
};

struct ring_ctx {
	struct capture *c;
	unsigned cpu;
};

static bool libbpf_verbose;

static int libbpf_print(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	if (!libbpf_verbose && level != LIBBPF_WARN)
		return 0;
	if (!libbpf_verbose)
		return 0;
	return vfprintf(stderr, fmt, ap);
}

static uint64_t monotonic_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static int preflight(void)
{
	if (access("/sys/kernel/btf/vmlinux", R_OK) != 0) {
		msg_error("cannot trace: kernel lacks BTF at /sys/kernel/btf/vmlinux "
			  "(needs a kernel built with CONFIG_DEBUG_INFO_BTF)");
		return -ENOTSUP;
	}
	if (geteuid() != 0) {
		msg_error("cannot trace: loading BPF programs needs root (run sctrace as root)");
		return -EPERM;
	}
	return 0;
}

static void set_capture_tables(struct capture_bpf *skel, const struct capture_config *cfg)
{
	struct capture_bpf__rodata *ro = skel->rodata;
	struct capture_plan plan;

	capture_plan_build(&plan);
	memcpy((void *)ro->cap_kind, plan.kind, sizeof(plan.kind));
	memcpy((void *)ro->cap_size, plan.size, sizeof(plan.size));
	memcpy((void *)ro->cap_count, plan.count, sizeof(plan.count));
	memcpy((void *)ro->cap_elem, plan.elem, sizeof(plan.elem));
	memcpy((void *)ro->cap_in_mask, plan.in_mask, sizeof(plan.in_mask));
	memcpy((void *)ro->cap_out_mask, plan.out_mask, sizeof(plan.out_mask));
	memcpy((void *)ro->cap_early_mask, plan.early_mask, sizeof(plan.early_mask));
	memcpy((void *)ro->sc_flags, plan.flags, sizeof(plan.flags));
	memcpy((void *)ro->sc_nargs, plan.nargs, sizeof(plan.nargs));
	for (unsigned i = 0; i < SCT_NR_MAX / 64; i++)
		if (cfg->inject[i])
			ro->inject_any = true;
}

/* The run's own values, in .bss: a kept object (cache.h) is given them anew by each run. */
static void set_run_values(struct capture *c, const struct capture_config *cfg)
{
	struct capture_bpf__bss *run = c->skel->bss;

	run->self_tgid = (uint32_t)live_self_pid();
	run->session_gen = c->session_gen;
	run->pid_view_level = live_pid_ns_level();
	run->pid_views = cfg->pid_views || run->pid_view_level;
	if (cfg->comm)
		strncpy(run->target_comm, cfg->comm, SCT_COMM_LEN - 1);
	memcpy(run->syscall_bits, cfg->syscalls, sizeof(cfg->syscalls));
	memcpy(run->inject_bits, cfg->inject, sizeof(cfg->inject));
	memcpy(run->dump_read_fds, cfg->read_fds, sizeof(cfg->read_fds));
	memcpy(run->dump_write_fds, cfg->write_fds, sizeof(cfg->write_fds));
	run->dump_read_high = cfg->read_fds_high;
	run->dump_write_high = cfg->write_fds_high;
}

/* One program for the three syscall hooks where the kernel allows it (hooks.h). */
static void choose_programs(struct capture *c)
{
	struct capture_bpf *skel = c->skel;
	struct bpf_program *prog;

	bpf_program__set_autoload(skel->progs.syscall_hooks, c->one_hook);
	bpf_program__set_autoload(skel->progs.sys_enter, !c->one_hook);
	bpf_program__set_autoload(skel->progs.sys_exit, !c->one_hook);
	bpf_program__set_autoload(skel->progs.sched_switch, !c->one_hook);
	bpf_program__set_autoload(skel->progs.cpu_switch, c->skel->rodata->want_cputime);
	c->nprogs = 0;
	bpf_object__for_each_program(prog, skel->obj)
		if (bpf_program__autoload(prog) && c->nprogs < CAPTURE_PROGS_MAX)
			c->progs[c->nprogs++] = prog;
}

static int configure(struct capture *c, const struct capture_config *cfg)
{
	struct capture_bpf__rodata *ro = c->skel->rodata;

	/* strictly increasing: task states an earlier run of a kept object left are stale */
	c->session_gen = monotonic_ns();
	ro->follow_fork = cfg->follow_fork;
	ro->detach_on_exec = cfg->detach_on_exec;
	ro->env_strings = cfg->env_strings;
	ro->kvm_vcpu = cfg->kvm_vcpu;
	/* Without -f strace traces single threads; --comm and --system-wide take whole processes. */
	if (cfg->system_wide)
		ro->filter_by = SCT_FILTER_ALL;
	else if (cfg->follow_fork || cfg->comm)
		ro->filter_by = SCT_FILTER_TGID;
	else
		ro->filter_by = SCT_FILTER_TID;
	ro->want_enter_ts = cfg->enter_ts;
	ro->want_sched = cfg->sched;
	ro->want_cputime = cfg->cpu_time && cfg->enter_ts;
	ro->want_regs = cfg->want_regs || cfg->stack_bytes;
	ro->stack_dump_bytes = cfg->stack_bytes < SCT_STACK_DUMP_MAX ? cfg->stack_bytes :
									SCT_STACK_DUMP_MAX;
	ro->comm_filter = cfg->comm != NULL;
	ro->str_limit = cfg->str_max < SCT_STR_CAP_MAX ? cfg->str_max : SCT_STR_CAP_MAX;
	ro->ring_wakeup_bytes = cfg->ring_bytes / 4;
	/* an eighth of the ring, 16 KiB at least, for the records that are not calls */
	ro->ring_spill_limit = cfg->ring_bytes - (cfg->ring_bytes / 8 > 16384 ? cfg->ring_bytes / 8 : 16384);
	set_capture_tables(c->skel, cfg);
	set_run_values(c, cfg);
	choose_programs(c);

	c->lane_mask = (cfg->ring_bytes < SCT_LANE_MAX ? cfg->ring_bytes : SCT_LANE_MAX) - 1;
	c->lane_stride = SCT_LANE_DATA + c->lane_mask + 1 + SCT_LANE_SLACK;
	ro->lane_mask = c->lane_mask;
	ro->lane_wakeup_bytes = (c->lane_mask + 1) / 4;
	bpf_map__set_max_entries(c->skel->maps.lanes, c->ncpus);
	if (bpf_map__set_value_size(c->skel->maps.lanes, (uint32_t)c->lane_stride))
		return -EINVAL;
	bpf_map__set_max_entries(c->skel->maps.rings, c->ncpus);
	bpf_map__set_max_entries(c->skel->maps.scratch_bufs, c->ncpus);
	bpf_map__set_max_entries(c->skel->maps.signal_scratch, ro->want_regs ? c->ncpus : 1);
	return 0;
}

/* stream: as in the log (SCT_STREAM_SECOND for ring buffers); index: of the reorder. */
static void take_record(struct capture *c, unsigned stream, unsigned index, const void *data,
			size_t size)
{
	int err;

	if (c->hooks.raw) {
		c->raw_stream = stream;
		c->raw_index = index;
		c->raw_ts = ((const struct sct_rec_hdr *)data)->ts;
		c->in_raw = true;
		c->hooks.raw(c->hooks.raw_ctx, stream, data, size);
		c->in_raw = false;
	}
	if (!c->hooks.ordered)
		return;
	err = reorder_push_packed(c->reorder, index, data, size);
	if (err && !c->push_err)
		c->push_err = err;
}

static int on_ring_record(void *ctx, void *data, size_t size)
{
	struct ring_ctx *rc = ctx;

	take_record(rc->c, SCT_STREAM_SECOND(rc->cpu), rc->c->ncpus + rc->cpu, data, size);
	/* Keep draining: a negative return would stop ringread_consume for every ring. */
	return 0;
}

static struct sct_lane_hdr *lane_of(const struct capture *c, unsigned cpu)
{
	return (struct sct_lane_hdr *)(c->lanes.base + (size_t)cpu * c->lane_stride);
}

/*
 * Map what the lane holds between positions tail and head: from tail's offset
 * on, into the slack past the end (a record there is contiguous), and from
 * the start what wrapped. (The start is mapped already when every earlier
 * drain read its records: positions start at 0, a kept lane's too. Not when
 * one was skipped because a piece could not be mapped.)
 */
static int lane_need(struct capture *c, unsigned cpu, uint64_t tail, uint64_t head)
{
	uint64_t size = c->lane_mask + 1, off = tail & c->lane_mask, n = head - tail;
	uint64_t end = off + n < size + SCT_LANE_SLACK ? off + n : size + SCT_LANE_SLACK;
	size_t data = (size_t)cpu * c->lane_stride + SCT_LANE_DATA;
	int err = lazymap_need(&c->lanes, data + off, end - off);

	if (!err && off + n > size)
		err = lazymap_need(&c->lanes, data, off + n - size);
	return err;
}

/*
 * Read what the lanes hold and hand the space back. A record whose size does
 * not add up (the kernel side never writes one) ends the lane's drain: what
 * the lane holds is skipped, with an error line.
 */
static void drain_lanes(struct capture *c)
{
	for (unsigned cpu = 0; cpu < c->ncpus; cpu++) {
		struct sct_lane_hdr *l = lane_of(c, cpu);
		const uint8_t *data = (const uint8_t *)l + SCT_LANE_DATA;
		uint64_t head = __atomic_load_n(&l->head, __ATOMIC_ACQUIRE);
		uint64_t tail = l->tail;
		unsigned n = 0;
		int err = 0;

		/* (more than the lane holds: the kernel side never writes that) */
		if (tail < head)
			err = head - tail > c->lane_mask + 1 ? -ERANGE : lane_need(c, cpu, tail, head);
		if (err) {
			msg_error("lane of CPU %u: cannot read %llu bytes at %llu: %s; skipped", cpu,
				  (unsigned long long)(head - tail), (unsigned long long)tail,
				  strerror(-err));
			tail = head;
		}
		while (tail < head) {
			const struct sct_rec_hdr *rec =
				(const struct sct_rec_hdr *)(data + (tail & c->lane_mask));
			uint64_t size = rec->size;

			if (size < sizeof(*rec) || size % 8 || size > head - tail) {
				msg_error("lane of CPU %u: a record of %llu bytes at %llu: skipped to %llu",
					  cpu, (unsigned long long)size, (unsigned long long)tail,
					  (unsigned long long)head);
				tail = head;
				break;
			}
			take_record(c, cpu, cpu, rec, size);
			tail += size;
			/* Give space back as we go: a full lane sends records to the ring buffer. */
			if (!(++n & 1023))
				__atomic_store_n(&l->tail, tail, __ATOMIC_RELEASE);
		}
		__atomic_store_n(&l->tail, tail, __ATOMIC_RELEASE);
	}
}

/* The lanes' headers now, their records as they are read (drain_lanes). */
static int map_lanes(struct capture *c)
{
	int err = lazymap_open(&c->lanes, bpf_map__fd(c->skel->maps.lanes), 0,
			       c->lane_stride * c->ncpus, PROT_READ | PROT_WRITE);

	for (unsigned cpu = 0; !err && cpu < c->ncpus; cpu++)
		err = lazymap_need(&c->lanes, (size_t)cpu * c->lane_stride, SCT_LANE_DATA);
	return err;
}

/*
 * Every update of a map-in-map waits for an RCU grace period (5-20 ms here),
 * so the rings go into the outer map in one batch: one wait, not one per CPU,
 * and in a thread while the verifier checks the programs (create_rings).
 */
static int fill_outer_map(struct capture *c)
{
	int outer = c->outer_fd;
	uint32_t *keys = calloc(c->ncpus, sizeof(*keys));
	uint32_t count = c->ncpus;
	int err = 0;

	if (!keys)
		return -ENOMEM;
	for (unsigned cpu = 0; cpu < c->ncpus; cpu++)
		keys[cpu] = cpu;
	if (bpf_map_update_batch(outer, keys, c->ring_fds, &count, NULL)) {
		/* Kernels without batch updates for this map type: one by one. */
		for (unsigned cpu = 0; cpu < c->ncpus && !err; cpu++)
			if (bpf_map_update_elem(outer, &cpu, &c->ring_fds[cpu], BPF_ANY))
				err = -errno;
	}
	free(keys);
	return err;
}

static void *fill_outer_thread(void *arg)
{
	struct capture *c = arg;

	c->fill_err = fill_outer_map(c);
	return NULL;
}

/* The ring buffers and the outer map, made before the object loads (which reuses the map). */
static int create_rings(struct capture *c, const struct capture_config *cfg)
{
	LIBBPF_OPTS(bpf_map_create_opts, outer_opts);

	for (unsigned cpu = 0; cpu < c->ncpus; cpu++) {
		int fd = bpf_map_create(BPF_MAP_TYPE_RINGBUF, NULL, 0, 0, (uint32_t)cfg->ring_bytes,
					NULL);

		if (fd < 0)
			return -errno;
		c->ring_fds[cpu] = fd;
	}
	outer_opts.inner_map_fd = c->ring_fds[0];
	c->outer_fd = bpf_map_create(BPF_MAP_TYPE_ARRAY_OF_MAPS, "rings", sizeof(uint32_t),
				     sizeof(uint32_t), c->ncpus, &outer_opts);
	if (c->outer_fd < 0)
		return -errno;
	c->filling = pthread_create(&c->filler, NULL, fill_outer_thread, c) == 0;
	if (!c->filling)
		c->fill_err = fill_outer_map(c);
	return 0;
}

static int rings_filled(struct capture *c)
{
	if (c->filling)
		pthread_join(c->filler, NULL);
	c->filling = false;
	return c->fill_err;
}

/* The consumer's side of the rings. */
static int watch_rings(struct capture *c)
{
	struct ring_ctx *ctxs = calloc(c->ncpus, sizeof(*ctxs));

	if (!ctxs)
		return -ENOMEM;
	c->ring_ctxs = ctxs;
	c->rb = ringread_new();
	if (!c->rb)
		return -errno;
	for (unsigned cpu = 0; cpu < c->ncpus; cpu++) {
		int err;

		ctxs[cpu].c = c;
		ctxs[cpu].cpu = cpu;
		err = ringread_add(c->rb, c->ring_fds[cpu], on_ring_record, &ctxs[cpu]);
		if (err)
			return err;
	}
	return 0;
}

/* --debug: the verifier's statistics for each program (log level 4). */
#define STATS_LOG_SIZE 4096
static char stats_logs[16][STATS_LOG_SIZE];

static void verifier_stats_request(struct bpf_object *obj)
{
	struct bpf_program *prog;
	unsigned i = 0;

	bpf_object__for_each_program(prog, obj) {
		if (i >= 16)
			break;
		bpf_program__set_log_level(prog, 4);
		bpf_program__set_log_buf(prog, stats_logs[i++], STATS_LOG_SIZE);
	}
}

static void verifier_stats_print(struct bpf_object *obj)
{
	struct bpf_program *prog;
	unsigned i = 0;

	bpf_object__for_each_program(prog, obj) {
		if (i >= 16)
			break;
		if (bpf_program__autoload(prog))
			msg_debug("verifier, %s: %s", bpf_program__name(prog), stats_logs[i]);
		i++;
	}
}

static uint64_t object_key(const struct capture *c, size_t ring_bytes);

/*
 * Opens the object and sets it up for cfg; after a refused load (the
 * one-program form, or --debug's statistics buffers) and after a keeper's
 * object did not fit, it starts again from a fresh copy.
 */
static int open_object(struct capture *c, const struct capture_config *cfg)
{
	int err;

	capture_bpf__destroy(c->skel);
	c->skel = capture_bpf__open();
	if (!c->skel)
		return -errno;
	err = configure(c, cfg);
	c->cache_key = 0;
	if (!err && c->cache_seconds &&
	    capture_memory_for(cfg->ring_bytes, (int)c->ncpus) <= CAPTURE_KEEP_BYTES_MAX)
		c->cache_key = object_key(c, cfg->ring_bytes);
	return err;
}

static int load_object(struct capture *c)
{
	int err = bpf_map__reuse_fd(c->skel->maps.rings, c->outer_fd);

	if (err)
		return err;
	err = capture_bpf__load(c->skel);
	for (unsigned i = 0; i < c->nprogs && !err; i++)
		c->prog_fds[i] = bpf_program__fd(c->progs[i]);
	return err;
}

static struct bpf_prog_info prog_info(int fd)
{
	struct bpf_prog_info info;
	uint32_t len = sizeof(info);

	memset(&info, 0, sizeof(info));
	if (bpf_obj_get_info_by_fd(fd, &info, &len))
		memset(&info, 0, sizeof(info));
	return info;
}

/* ---- keeping the loaded object for the next run (cache.h) ---- */

/*
 * What makes two loads the same, before load (a load rewrites the programs):
 * the object's bytes, .rodata, the maps' shapes, the programs that load.
 */
static uint64_t object_key(const struct capture *c, size_t ring_bytes)
{
	uint32_t shape[8 * CACHE_FDS_MAX], n = 0;
	size_t elf_size, rodata_size;
	const void *elf = capture_bpf__elf_bytes(&elf_size);
	const void *rodata = bpf_map__initial_value(c->skel->maps.rodata, &rodata_size);
	struct bpf_program *prog;
	struct bpf_map *map;

	bpf_object__for_each_map(map, c->skel->obj) {
		if (n + 5 > sizeof(shape) / sizeof(shape[0]))
			return 0;
		shape[n++] = bpf_map__type(map);
		shape[n++] = bpf_map__key_size(map);
		shape[n++] = bpf_map__value_size(map);
		shape[n++] = bpf_map__max_entries(map);
		shape[n++] = bpf_map__map_flags(map);
	}
	bpf_object__for_each_program(prog, c->skel->obj) {
		if (n + 2 > sizeof(shape) / sizeof(shape[0]))
			return 0;
		shape[n++] = bpf_program__autoload(prog);
	}
	shape[n++] = (uint32_t)(ring_bytes >> 10);
	return cache_key((struct cache_block[]){ { elf, elf_size },
						  { rodata, rodata_size },
						  { shape, n * sizeof(shape[0]) } },
			 3);
}

static unsigned object_nmaps(const struct capture *c)
{
	struct bpf_map *map;
	unsigned n = 0;

	bpf_object__for_each_map(map, c->skel->obj)
		n++;
	return n;
}

/* A keeper's descriptor where the object has map: the same kind and shape. */
static bool map_matches(const struct bpf_map *map, int fd)
{
	struct bpf_map_info info;
	uint32_t len = sizeof(info);

	memset(&info, 0, sizeof(info));
	return bpf_obj_get_info_by_fd(fd, &info, &len) == 0 && info.type == bpf_map__type(map) &&
	       info.key_size == bpf_map__key_size(map) &&
	       info.value_size == bpf_map__value_size(map) &&
	       info.max_entries == bpf_map__max_entries(map);
}

static bool ring_matches(int fd, size_t ring_bytes)
{
	struct bpf_map_info info;
	uint32_t len = sizeof(info);

	memset(&info, 0, sizeof(info));
	return bpf_obj_get_info_by_fd(fd, &info, &len) == 0 && info.type == BPF_MAP_TYPE_RINGBUF &&
	       info.max_entries == ring_bytes;
}

static bool prog_matches(const struct bpf_program *prog, int fd)
{
	struct bpf_prog_info info;
	uint32_t len = sizeof(info);

	memset(&info, 0, sizeof(info));
	return bpf_obj_get_info_by_fd(fd, &info, &len) == 0 && info.type == bpf_program__type(prog) &&
	       strncmp(info.name, bpf_program__name(prog), sizeof(info.name) - 1) == 0;
}

/* .bss as a load leaves it: the kernel's map mapped where the skeleton has it, this run's. */
static int map_bss(struct capture *c, const struct capture_config *cfg)
{
	struct bpf_map *map = c->skel->maps.bss;
	size_t size = bpf_map__value_size(map);
	void *p = mmap(c->skel->bss, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED,
		       bpf_map__fd(map), 0);

	if (p == MAP_FAILED)
		return -errno;
	memset(p, 0, size);
	set_run_values(c, cfg);
	return 0;
}

/* Hash maps emptied, scratch arrays zeroed: as a load makes them (.bss: map_bss, lanes: reset_streams). */
static int clear_maps(struct capture *c)
{
	struct bpf_map *map;
	int err = 0;

	bpf_object__for_each_map(map, c->skel->obj) {
		int fd = bpf_map__fd(map);
		enum bpf_map_type type = bpf_map__type(map);

		if (type == BPF_MAP_TYPE_HASH) {
			uint8_t key[64];

			if (bpf_map__key_size(map) > sizeof(key))
				return -E2BIG;
			while (!err && bpf_map_get_next_key(fd, NULL, key) == 0)
				if (bpf_map_delete_elem(fd, key))
					err = -errno;
		} else if (type == BPF_MAP_TYPE_ARRAY && !(bpf_map__map_flags(map) & BPF_F_MMAPABLE) &&
			   map != c->skel->maps.rodata) {
			void *zero = calloc(1, bpf_map__value_size(map));

			if (!zero)
				return -ENOMEM;
			for (uint32_t i = 0; i < bpf_map__max_entries(map) && !err; i++)
				if (bpf_map_update_elem(fd, &i, zero, BPF_ANY))
					err = -errno;
			free(zero);
		}
	}
	return err;
}

/*
 * What a keeper holds: the maps in the object's order, the programs that
 * load, then each CPU's ring buffer (the outer map's ids would need
 * CAP_SYS_ADMIN to open, which a run in a user namespace lacks).
 */
static unsigned kept_count(const struct capture *c)
{
	return object_nmaps(c) + c->nprogs + c->ncpus;
}

static void close_fds(const int *fds, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		close(fds[i]);
}

/* The id of the program a link attaches, 0 when fd is no link. */
static uint32_t link_prog_id(int fd)
{
	struct bpf_link_info info;
	uint32_t len = sizeof(info);

	memset(&info, 0, sizeof(info));
	return bpf_obj_get_info_by_fd(fd, &info, &len) ? 0 : info.prog_id;
}

/*
 * The links a keeper held, the programs still attached: each must be one of
 * our programs' (the syscall hooks' three, one for each other program), or
 * they are closed and this run attaches afresh.
 */
static void adopt_links(struct capture *c, const int *fds, unsigned n)
{
	uint32_t ids[CAPTURE_PROGS_MAX];
	unsigned prog_of[CAPTURE_PROGS_MAX + HOOKS_N], per_prog[CAPTURE_PROGS_MAX] = { 0 };
	bool fit = n <= CAPTURE_PROGS_MAX + HOOKS_N;

	for (unsigned p = 0; p < c->nprogs; p++)
		ids[p] = prog_info(c->prog_fds[p]).id;
	for (unsigned i = 0; fit && i < n; i++) {
		uint32_t id = link_prog_id(fds[i]);
		unsigned p = 0;

		while (p < c->nprogs && (!id || ids[p] != id))
			p++;
		fit = p < c->nprogs;
		if (fit)
			per_prog[prog_of[i] = p]++;
	}
	for (unsigned p = 0; fit && p < c->nprogs; p++)
		fit = per_prog[p] == (c->progs[p] == c->skel->progs.syscall_hooks ? HOOKS_N : 1u);
	if (!fit) {
		msg_debug("the kept links are not this object's: attaching afresh");
		close_fds(fds, n);
		return;
	}
	for (unsigned i = 0, hooks = 0; i < n; i++) {
		if (c->progs[prog_of[i]] == c->skel->progs.syscall_hooks)
			c->hook_fds[hooks++] = fds[i];
		else
			c->link_fds[c->nlinks++] = fds[i];
	}
	c->links_adopted = true;
}

/*
 * The object a keeper holds for this key, in place of a load: its maps
 * under the skeleton's, its programs' and rings' descriptors. -ENOENT: no
 * keeper; any other error leaves the skeleton to open again.
 */
static int adopt(struct capture *c, const struct capture_config *cfg)
{
	int fds[CACHE_FDS_MAX];
	unsigned n = kept_count(c), i = 0, nlinks;
	struct bpf_map *map;
	int err;

	if (n > CACHE_FDS_MAX)
		return -ENOENT;
	err = cache_take(c->cache_key, fds, n, &nlinks);
	if (err)
		return err;
	c->adopted = true;
	bpf_object__for_each_map(map, c->skel->obj) {
		if (!err && !map_matches(map, fds[i]))
			err = -EPROTO;
		if (!err)
			err = bpf_map__reuse_fd(map, fds[i]);
		close(fds[i++]); /* the skeleton has its own copy */
	}
	for (unsigned p = 0; p < c->nprogs; p++, i++) {
		c->prog_fds[p] = fds[i];
		if (!err && !prog_matches(c->progs[p], fds[i]))
			err = -EPROTO;
	}
	for (unsigned cpu = 0; cpu < c->ncpus; cpu++, i++) {
		c->ring_fds[cpu] = fds[i];
		if (!err && !ring_matches(fds[i], cfg->ring_bytes))
			err = -EPROTO;
	}
	if (!err)
		err = map_bss(c, cfg);
	if (!err)
		err = clear_maps(c);
	if (!err && nlinks)
		adopt_links(c, fds + n, nlinks);
	else
		close_fds(fds + n, nlinks);
	return err;
}

static void detach_programs(struct capture *c);

/* Drops the adopted descriptors after a failed adoption, for a fresh load. */
static void drop_adopted(struct capture *c)
{
	detach_programs(c);
	c->links_adopted = false;
	for (unsigned i = 0; i < c->nprogs; i++) {
		if (c->prog_fds[i] >= 0)
			close(c->prog_fds[i]);
		c->prog_fds[i] = -1;
	}
	for (unsigned cpu = 0; cpu < c->ncpus; cpu++) {
		if (c->ring_fds[cpu] >= 0)
			close(c->ring_fds[cpu]);
		c->ring_fds[cpu] = -1;
	}
	c->adopted = false;
}

/* An adopted lane's positions start again at 0, its ring buffers' leftovers go unread. */
static void reset_streams(struct capture *c)
{
	for (unsigned cpu = 0; cpu < c->ncpus; cpu++)
		memset(lane_of(c, cpu), 0, sizeof(struct sct_lane_hdr));
	ringread_skip(c->rb);
}

/*
 * At the end: the object to a keeper, for the next run with the same key,
 * its programs idle but still attached (cache.h: CACHE_ATTACHED_MS).
 */
static void keep_object(struct capture *c)
{
	int fds[CACHE_FDS_MAX];
	unsigned n = 0, nlinks = 0;
	struct bpf_map *map;
	bool links_fit;

	if (!c->cache_key || !c->attached || kept_count(c) > CACHE_FDS_MAX)
		return;
	__atomic_store_n(&c->skel->bss->capture_on, false, __ATOMIC_RELEASE);
	bpf_object__for_each_map(map, c->skel->obj)
		fds[n++] = bpf_map__fd(map);
	for (unsigned i = 0; i < c->nprogs; i++)
		fds[n++] = c->prog_fds[i];
	for (unsigned cpu = 0; cpu < c->ncpus; cpu++)
		fds[n++] = c->ring_fds[cpu];
	/* the links too when they fit in the message (else detach_programs closes them) */
	links_fit = n + c->nlinks + HOOKS_N <= CACHE_FDS_MAX;
	for (unsigned i = 0; links_fit && i < c->nlinks; i++)
		fds[n + nlinks++] = c->link_fds[i];
	for (unsigned i = 0; links_fit && i < HOOKS_N; i++)
		if (c->hook_fds[i] >= 0)
			fds[n + nlinks++] = c->hook_fds[i];
	msg_debug("programs and maps kept for the next run (key %016llx, %u s), attached for %u ms",
		  (unsigned long long)c->cache_key, c->cache_seconds, nlinks ? CACHE_ATTACHED_MS : 0);
	cache_give(c->cache_key, fds, n + nlinks, nlinks, c->cache_seconds);
}

/* ---- attaching ---- */

/* The task and signal programs first, the syscall hooks last: no fork between them unseen. */
static int attach_programs(struct capture *c)
{
	int hooks_fd = -1;

	for (unsigned i = 0; i < c->nprogs; i++) {
		int fd = c->prog_fds[i];

		if (c->progs[i] == c->skel->progs.syscall_hooks) {
			hooks_fd = fd;
			continue;
		}
		fd = bpf_raw_tracepoint_open(NULL, fd);
		if (fd < 0)
			return -errno;
		c->link_fds[c->nlinks++] = fd;
	}
	return hooks_fd >= 0 ? hooks_attach(hooks_fd, c->hook_fds) : 0;
}

static void detach_programs(struct capture *c)
{
	hooks_detach(c->hook_fds);
	while (c->nlinks)
		close(c->link_fds[--c->nlinks]);
}

/* Whether we run in a user namespace below the initial one, whose root the kernel does not let load BPF. */
static bool in_user_namespace(void)
{
	char map[128] = "";
	FILE *f = fopen("/proc/self/uid_map", "re");
	unsigned inside, outside, count;

	if (f && !fgets(map, sizeof(map), f))
		map[0] = '\0';
	if (f)
		fclose(f);
	return sscanf(map, "%u %u %u", &inside, &outside, &count) == 3 && count != 4294967295u;
}

/* A fresh load, with the fallbacks for a kernel that refuses the one-program form and for --debug. */
static int load_fresh(struct capture *c, const struct capture_config *cfg)
{
	int err = create_rings(c, cfg);

	if (err == -EPERM && in_user_namespace()) {
		msg_error("cannot trace: BPF cannot be loaded in a user namespace; a run with the same "
			  "options as root outside it leaves its programs for one here (SCTRACE_CACHE)");
		return err;
	}
	if (err) {
		msg_error("cannot trace: creating the per-CPU ring buffers (%zu bytes each) failed: %s "
			  "(try a smaller --buffer-size)",
			  cfg->ring_bytes, strerror(-err));
		return err;
	}
	if (cfg->verbose)
		verifier_stats_request(c->skel->obj);
	err = load_object(c);
	if (cfg->verbose)
		verifier_stats_print(c->skel->obj);
	if (err && c->one_hook) {
		/* a kernel that refuses the one-program form: the three programs, as before 6.10 */
		msg_debug("the kernel refused syscall_hooks (%s): loading the three hook programs",
			  strerror(-err));
		c->one_hook = false;
		err = open_object(c, cfg);
		if (!err)
			err = load_object(c);
	}
	/* --debug: loaded without the statistics buffers, libbpf prints the whole log */
	if (err && cfg->verbose && open_object(c, cfg) == 0 && load_object(c) == 0)
		err = 0;
	if (err) {
		msg_error("cannot trace: the kernel refused the BPF programs: %s (run with --debug for "
			  "the verifier's log)",
			  strerror(-err));
		return err;
	}
	err = map_lanes(c);
	if (!err)
		err = rings_filled(c);
	if (err)
		msg_error("cannot trace: creating the per-CPU ring buffers failed: %s", strerror(-err));
	return err;
}

/*
 * The object a keeper holds for this configuration, if one does and it
 * fits: 0, or -ENOENT for a fresh load (another -errno: the skeleton could
 * not be opened again).
 */
static int load_kept(struct capture *c, const struct capture_config *cfg)
{
	int err;

	if (!c->cache_key)
		return -ENOENT;
	err = adopt(c, cfg);
	if (!err)
		err = map_lanes(c);
	if (!err) {
		msg_debug("programs and maps taken from the cache (key %016llx): nothing verified%s",
			  (unsigned long long)c->cache_key,
			  c->links_adopted ? ", still attached" : "");
		return 0;
	}
	if (!c->adopted)
		return err == -EBUSY ? -EBUSY : -ENOENT;
	msg_debug("the cached object did not fit (%s): loading afresh", strerror(-err));
	drop_adopted(c);
	lazymap_close(&c->lanes);
	err = open_object(c, cfg);
	return err ? err : -ENOENT;
}

/*
 * The keeper lent this key's object to a run that has not given it back yet
 * (strace's suite runs the same options twice at once). Outside a user
 * namespace a load is as good; inside, where nothing can be loaded, wait for it.
 */
#define LENT_WAIT_MS 10000
static int wait_lent(struct capture *c, const struct capture_config *cfg)
{
	int err = -EBUSY;

	if (!in_user_namespace())
		return err;
	msg_debug("the kept object is in use by another run: waiting for it");
	for (unsigned ms = 0; err == -EBUSY && ms < LENT_WAIT_MS; ms += 20) {
		usleep(20000);
		err = load_kept(c, cfg);
	}
	return err;
}

int capture_open(struct capture **out, const struct capture_config *cfg,
		 const struct capture_hooks *hooks)
{
	struct capture *c;
	int err, ncpus;

	*out = NULL;
	err = preflight();
	if (err)
		return err;
	libbpf_verbose = cfg->verbose;
	libbpf_set_print(libbpf_print);

	ncpus = libbpf_num_possible_cpus();
	if (ncpus <= 0 || ncpus > SCT_MAX_CPUS) {
		msg_error("cannot trace: %d possible CPUs (sctrace handles 1 to %d)", ncpus,
			  SCT_MAX_CPUS);
		return -ENOTSUP;
	}
	c = calloc(1, sizeof(*c));
	if (!c)
		return -ENOMEM;
	c->ncpus = (unsigned)ncpus;
	c->hooks = *hooks;
	/* --sched records switches to traced tasks too: syscall_hooks cannot read next */
	c->one_hook = hooks_one_program() && !cfg->sched;
	c->outer_fd = -1;
	for (int i = 0; i < HOOKS_N; i++)
		c->hook_fds[i] = -1;
	for (int i = 0; i < CAPTURE_PROGS_MAX; i++)
		c->prog_fds[i] = -1;
	c->cache_seconds = cache_seconds();
	c->ring_fds = malloc(c->ncpus * sizeof(int));
	/* A lane and a ring buffer per CPU, and a stream for the records we inject. */
	c->reorder = reorder_new(2 * c->ncpus + 1);
	c->lost_seen = calloc(c->ncpus, sizeof(*c->lost_seen));
	if (!c->ring_fds || !c->reorder || !c->lost_seen) {
		err = -ENOMEM;
		goto fail;
	}
	for (unsigned i = 0; i < c->ncpus; i++)
		c->ring_fds[i] = -1;

	err = open_object(c, cfg);
	if (err) {
		msg_error("cannot trace: preparing the BPF object failed: %s", strerror(-err));
		goto fail;
	}
	err = load_kept(c, cfg);
	if (err == -EBUSY)
		err = wait_lent(c, cfg);
	if (err == -ENOENT || err == -EBUSY)
		err = load_fresh(c, cfg);
	if (err)
		goto fail;
	err = watch_rings(c);
	if (err) {
		msg_error("cannot trace: creating the per-CPU ring buffers failed: %s", strerror(-err));
		goto fail;
	}
	if (c->adopted)
		reset_streams(c);
	for (unsigned i = 0; i < c->nprogs; i++) {
		struct bpf_prog_info info = prog_info(c->prog_fds[i]);

		c->prog_base[i].runs = info.run_cnt;
		c->prog_base[i].run_ns = info.run_time_ns;
		c->prog_base[i].missed = info.recursion_misses;
	}
	err = c->links_adopted ? 0 : attach_programs(c);
	if (err) {
		msg_error("cannot trace: attaching to the syscall tracepoints failed: %s",
			  strerror(-err));
		goto fail;
	}
	c->attached = true;
	__atomic_store_n(&c->skel->bss->capture_on, true, __ATOMIC_RELEASE);
	if (c->cache_seconds) /* SCTRACE_CACHE=0: no word with the keeper */
		cache_detach_idle();
	*out = c;
	return 0;
fail:
	capture_close(c);
	return err < 0 ? err : -EINVAL;
}

int capture_inject_map_fd(struct capture *c)
{
	return bpf_map__fd(c->skel->maps.inject_pending);
}

void capture_close(struct capture *c)
{
	if (!c)
		return;
	if (c->rb && c->lanes.base) {
		size_t rmapped = 0, rtotal = 0;

		ringread_mapped(c->rb, &rmapped, &rtotal);
		msg_debug("mapped: lanes %zu of %zu bytes, ring buffers %zu of %zu",
			  lazymap_mapped_bytes(&c->lanes), c->lanes.size, rmapped, rtotal);
	}
	ringread_free(c->rb);
	while (c->extra_rings) {
		struct extra_ring *next = c->extra_rings->next;

		free(c->extra_rings);
		c->extra_rings = next;
	}
	free(c->ring_ctxs);
	rings_filled(c);
	keep_object(c);
	detach_programs(c); /* the keeper's copies of the links keep them attached */
	if (c->outer_fd >= 0)
		close(c->outer_fd);
	lazymap_close(&c->lanes);
	if (c->adopted)
		for (unsigned i = 0; i < c->nprogs; i++)
			if (c->prog_fds[i] >= 0)
				close(c->prog_fds[i]);
	capture_bpf__destroy(c->skel);
	if (c->ring_fds)
		for (unsigned i = 0; i < c->ncpus; i++)
			if (c->ring_fds[i] >= 0)
				close(c->ring_fds[i]);
	free(c->ring_fds);
	free(c->lost_seen);
	free(c->thread_tgids);
	reorder_free(c->reorder);
	free(c);
}

unsigned capture_ncpus(const struct capture *c)
{
	return c->ncpus;
}

bool capture_per_thread(const struct capture *c)
{
	return c->skel->rodata->filter_by == SCT_FILTER_TID;
}

static __u64 *traced_word(const struct capture *c, pid_t id)
{
	return &c->skel->bss->traced_bits[((uint32_t)id >> 6) & (SCT_PID_MAX / 64 - 1)];
}

void capture_keep_first_exec(struct capture *c, pid_t tid)
{
	c->skel->bss->exec_keep_tid = (uint32_t)tid;
}

int capture_trace_task(struct capture *c, pid_t tid, pid_t tgid)
{
	pid_t id = capture_per_thread(c) ? tid : tgid;
	uint64_t bit = 1ull << (id & 63);

	if (capture_per_thread(c)) {
		size_t i = 0;

		while (i < c->nthread_tgids && c->thread_tgids[i] != tgid)
			i++;
		if (i == c->nthread_tgids) {
			pid_t *p = realloc(c->thread_tgids, (i + 1) * sizeof(*p));

			if (!p)
				return -ENOMEM;
			p[i] = tgid;
			c->thread_tgids = p;
			c->nthread_tgids++;
		}
	}
	if (!(__atomic_fetch_or(traced_word(c, id), bit, __ATOMIC_SEQ_CST) & bit))
		__atomic_fetch_add(&c->skel->bss->live_traced, 1, __ATOMIC_SEQ_CST);
	/*
	 * Exited before it was marked: the kernel side saw its exit untraced and
	 * will never count it out. Test and clear as the kernel side does, so
	 * that one of the two counts a task that exits now out, once.
	 */
	if (!task_alive(tid, tgid, !capture_per_thread(c)) &&
	    (__atomic_fetch_and(traced_word(c, id), ~bit, __ATOMIC_SEQ_CST) & bit))
		__atomic_fetch_sub(&c->skel->bss->live_traced, 1, __ATOMIC_SEQ_CST);
	return 0;
}

long capture_live_traced(const struct capture *c)
{
	return (long)__atomic_load_n(&c->skel->bss->live_traced, __ATOMIC_SEQ_CST);
}

void capture_ptrace_children(struct capture *c, void (*fn)(void *ctx, pid_t tid), void *ctx)
{
	int fd = bpf_map__fd(c->skel->maps.ptrace_children);
	uint32_t tid;

	while (bpf_map_get_next_key(fd, NULL, &tid) == 0) {
		if (bpf_map_delete_elem(fd, &tid))
			return;
		fn(ctx, (pid_t)tid);
	}
}

bool capture_task_traced(const struct capture *c, pid_t tid, pid_t tgid)
{
	pid_t id = capture_per_thread(c) ? tid : tgid;

	if ((uint32_t)tgid == c->skel->bss->self_tgid)
		return false;
	if (c->skel->rodata->filter_by == SCT_FILTER_ALL)
		return true;
	return (__atomic_load_n(traced_word(c, id), __ATOMIC_RELAXED) >> (id & 63)) & 1;
}

void capture_for_each_traced(const struct capture *c, void (*fn)(void *ctx, pid_t id), void *ctx)
{
	for (uint32_t w = 0; w < SCT_PID_MAX / 64; w++) {
		uint64_t bits = __atomic_load_n(&c->skel->bss->traced_bits[w], __ATOMIC_RELAXED);

		for (; bits; bits &= bits - 1)
			fn(ctx, (pid_t)(w * 64 + (uint32_t)__builtin_ctzll(bits)));
	}
}

int capture_inject(struct capture *c, struct sct_rec_hdr *rec)
{
	if (!rec->ts)
		rec->ts = monotonic_ns();
	if (rec->ts < c->last_user_ts)
		rec->ts = c->last_user_ts;
	c->last_user_ts = rec->ts;
	rec->cpu = CAPTURE_CPU_USER;
	if (c->hooks.raw)
		c->hooks.raw(c->hooks.raw_ctx, CAPTURE_CPU_USER, rec, rec->size);
	if (!c->hooks.ordered)
		return 0;
	return reorder_push(c->reorder, 2 * c->ncpus, rec, rec->size);
}

int capture_inject_before(struct capture *c, struct sct_rec_hdr *rec)
{
	int err;

	if (!c->in_raw)
		return -EINVAL;
	rec->ts = c->raw_ts;
	rec->cpu = CAPTURE_CPU_USER;
	c->in_raw = false; /* the hook sees this one as ours, not as the record it was given */
	c->hooks.raw(c->hooks.raw_ctx, c->raw_stream, rec, rec->size);
	c->in_raw = true;
	if (!c->hooks.ordered)
		return 0;
	err = reorder_push(c->reorder, c->raw_index, rec, rec->size);
	if (err && !c->push_err)
		c->push_err = err;
	return err;
}

/* New kernel-side loss since the last drain becomes a LOSS record per CPU. */
static void report_loss(struct capture *c, uint64_t watermark)
{
	for (unsigned cpu = 0; cpu < c->ncpus; cpu++) {
		uint64_t now = __atomic_load_n(&c->skel->bss->counters[cpu].lost, __ATOMIC_RELAXED) +
			       __atomic_load_n(&c->skel->bss->signal_counters[cpu].lost, __ATOMIC_RELAXED);
		struct sct_rec_loss rec;

		if (now == c->lost_seen[cpu])
			continue;
		memset(&rec, 0, sizeof(rec));
		rec.hdr.type = SCT_REC_LOSS;
		rec.hdr.size = sizeof(rec);
		rec.hdr.ts = watermark ? watermark : 1;
		rec.lost = now - c->lost_seen[cpu];
		rec.cpu = cpu;
		c->lost_seen[cpu] = now;
		if (c->hooks.lost)
			c->hooks.lost(c->hooks.raw_ctx, cpu, rec.lost);
		capture_inject(c, &rec.hdr);
	}
}

static int deliver(struct capture *c, uint64_t watermark)
{
	report_loss(c, watermark);
	if (c->hooks.drained)
		c->hooks.drained(c->hooks.raw_ctx, watermark);
	if (c->push_err) {
		msg_error("cannot queue records for ordering: %s", strerror(-c->push_err));
		return c->push_err;
	}
	if (!c->hooks.ordered)
		return 0;
	return reorder_release(c->reorder, watermark, c->hooks.ordered, c->hooks.ordered_ctx);
}

int capture_poll(struct capture *c, int timeout_ms)
{
	uint64_t now;
	int n;

	n = ringread_wait(c->rb, timeout_ms); /* the records are read below, every ring's */
	if (n == -EINTR)
		return -EINTR;
	now = monotonic_ns();
	n = ringread_consume(c->rb);
	if (n < 0 && n != -EINTR)
		return n;
	drain_lanes(c);
	return deliver(c, now > REORDER_WINDOW_NS ? now - REORDER_WINDOW_NS : 0);
}

int capture_flush(struct capture *c)
{
	uint64_t now = monotonic_ns();
	int n = ringread_consume(c->rb);

	if (n < 0 && n != -EINTR)
		return n;
	drain_lanes(c);
	report_loss(c, now);
	if (c->hooks.drained)
		c->hooks.drained(c->hooks.raw_ctx, UINT64_MAX);
	if (!c->hooks.ordered)
		return 0;
	return reorder_release(c->reorder, UINT64_MAX, c->hooks.ordered, c->hooks.ordered_ctx);
}

size_t capture_ring_bytes_for(int ncpus)
{
	const size_t max = 8u << 20, min = 1u << 20, budget = 256u << 20;
	size_t size = max;

	while (ncpus > 0 && size > min && size * 2 * (size_t)ncpus > budget)
		size /= 2;
	return size;
}

/* sctrace maps each ring buffer twice (the kernel's wrap-around view): it counts twice in RSS. */
uint64_t capture_memory_for(size_t ring_bytes, int ncpus)
{
	size_t lane = ring_bytes < SCT_LANE_MAX ? ring_bytes : SCT_LANE_MAX;

	return (uint64_t)(ncpus > 0 ? ncpus : 1) * (2 * (uint64_t)ring_bytes + lane);
}

uint64_t capture_memory_cap(uint64_t mem_bytes)
{
	const uint64_t max = 2ull << 30;

	return mem_bytes / 4 < max ? mem_bytes / 4 : max;
}

size_t capture_ring_bytes_capped(size_t want, int ncpus, uint64_t mem_bytes)
{
	uint64_t cap = capture_memory_cap(mem_bytes);

	while (want > 64 * 1024 && capture_memory_for(want, ncpus) > cap)
		want /= 2;
	return want;
}

/* "512M", "2G", "64K": a power of two of bytes as --buffer-size takes it. */
static const char *size_text(char *buf, size_t len, uint64_t v)
{
	const char *unit = "KMGT";
	int u = 0;

	v >>= 10;
	while (v >= 1024 && !(v & 1023) && unit[u + 1]) {
		v >>= 10;
		u++;
	}
	snprintf(buf, len, "%llu%c", (unsigned long long)v, unit[u]);
	return buf;
}

size_t capture_choose_ring_bytes(size_t want)
{
	int ncpus = libbpf_num_possible_cpus();
	long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
	uint64_t mem = pages > 0 && page > 0 ? (uint64_t)pages * (uint64_t)page : 4ull << 30;
	char a[32], b[32], c[32], d[32];
	size_t got;

	if (!want)
		return capture_ring_bytes_for(ncpus);
	got = capture_ring_bytes_capped(want, ncpus, mem);
	if (got < want)
		msg_warn("--buffer-size %s on %d CPUs would map %s (a ring buffer, twice, and a lane "
			 "per CPU); using %s (%s in all: the cap is a quarter of the RAM, 2G at most)",
			 size_text(a, sizeof(a), want), ncpus > 0 ? ncpus : 1,
			 size_text(b, sizeof(b), capture_memory_for(want, ncpus)),
			 size_text(c, sizeof(c), got), size_text(d, sizeof(d), capture_memory_for(got, ncpus)));
	return got;
}

size_t capture_default_ring_bytes(void)
{
	return capture_ring_bytes_for(libbpf_num_possible_cpus());
}

/*
 * --debug: each program's runs and mean time per run. The kernel counts
 * them only while kernel.bpf_stats_enabled is 1 (it costs two clock reads
 * per run, so sctrace does not turn it on itself).
 */
void capture_debug_prog_times(const struct capture *c)
{
	for (unsigned i = 0; i < c->nprogs; i++) {
		struct bpf_prog_info info = prog_info(c->prog_fds[i]);
		uint64_t runs = info.run_cnt - c->prog_base[i].runs;

		if (!runs)
			continue;
		msg_debug("program %s: %llu runs, %.1f ns per run", bpf_program__name(c->progs[i]),
			  (unsigned long long)runs,
			  (double)(info.run_time_ns - c->prog_base[i].run_ns) / (double)runs);
	}
}

/*
 * Nothing is traced from here on. A kept object's programs stay attached,
 * idle, for the next run (keep_object); others are detached now.
 */
void capture_detach(struct capture *c)
{
	__atomic_store_n(&c->skel->bss->capture_on, false, __ATOMIC_RELEASE);
	if (!c->cache_key)
		detach_programs(c);
}

void capture_get_stats(const struct capture *c, struct capture_stats *st)
{
	memset(st, 0, sizeof(*st));
	for (unsigned i = 0; i < c->ncpus; i++) {
		const struct sct_counters *k = &c->skel->bss->counters[i];
		const struct sct_counters *sig = &c->skel->bss->signal_counters[i];

		st->events += k->events + sig->events;
		st->lost += k->lost + sig->lost;
		st->str_trunc += k->str_trunc;
		st->str_fault += k->str_fault;
		st->spilled += k->spilled;
	}
	for (unsigned i = 0; i < c->nprogs; i++)
		st->missed += prog_info(c->prog_fds[i]).recursion_misses - c->prog_base[i].missed;
}

int capture_rings_fd(const struct capture *c)
{
	return bpf_map__fd(c->skel->maps.rings);
}

int capture_traced_map(const struct capture *c, size_t *value_size, size_t *traced_off,
		       bool *by_tgid)
{
	*value_size = bpf_map__value_size(c->skel->maps.bss);
	*traced_off = (size_t)((const char *)c->skel->bss->traced_bits - (const char *)c->skel->bss);
	*by_tgid = c->skel->rodata->filter_by == SCT_FILTER_TGID;
	return bpf_map__fd(c->skel->maps.bss);
}

static int on_extra_ring(void *ctx, void *data, size_t size)
{
	struct extra_ring *r = ctx;

	return r->fn ? r->fn(r->ctx, data, size) : 0;
}

int capture_add_ring(struct capture *c, int fd, int (*fn)(void *ctx, void *data, size_t size),
		     void *ctx)
{
	struct extra_ring *r = calloc(1, sizeof(*r));
	int err;

	if (!r)
		return -ENOMEM;
	r->fn = fn;
	r->ctx = ctx;
	err = ringread_add(c->rb, fd, on_extra_ring, r);
	if (err) {
		free(r);
		return err;
	}
	r->next = c->extra_rings;
	c->extra_rings = r;
	return 0;
}

void capture_remove_ring(struct capture *c, void *ctx)
{
	for (struct extra_ring *r = c ? c->extra_rings : NULL; r; r = r->next)
		if (r->ctx == ctx)
			r->fn = NULL;
}

bool capture_tgid_traced(const struct capture *c, pid_t tgid)
{
	if (capture_per_thread(c)) {
		for (size_t i = 0; i < c->nthread_tgids; i++)
			if (c->thread_tgids[i] == tgid)
				return true;
		return false;
	}
	return capture_task_traced(c, tgid, tgid);
}
