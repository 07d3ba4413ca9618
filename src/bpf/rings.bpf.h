/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The per-CPU ring buffers every BPF object of sctrace writes to: an array of
 * ring buffers indexed by CPU. capture.bpf.c owns it; usdt.bpf.c reuses the
 * same map by fd (bpf_map__reuse_fd), so both definitions must be this one.
 */
#ifndef SCT_BPF_RINGS_BPF_H
#define SCT_BPF_RINGS_BPF_H

struct ring_map {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 22); /* the template; user space sets --buffer-size */
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
	__uint(max_entries, SCT_MAX_CPUS);
	__type(key, __u32);
	__array(values, struct ring_map);
} rings SEC(".maps");

#endif
