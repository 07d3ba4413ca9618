/* SPDX-License-Identifier: MIT */
/*
 * Internal to the ioctl decoders: ioctl.c hands a request's third argument to
 * the decoder of its area (ioctl_<area>.c, chosen by the request's _IOC_TYPE),
 * which prints it from the capture (SCT_CAP_IOCTL: the request's _IOC_SIZE
 * bytes at least, more up to the end of the page).
 */
#ifndef SCT_DECODE_IOCTL_H
#define SCT_DECODE_IOCTL_H

#include "flags.h"
#include "fmt.h"

/* An old number of SECCOMP_IOCTL_NOTIF_ID_VALID that strace names (_IOR('!', 2, __u64)). */
#define SECCOMP_IOCTL_NOTIF_ID_VALID_WRONG_DIR 0x80082102

/* One request being printed. */
struct ioctl_call {
	struct strbuf *out;
	const struct sc_event *ev;
	unsigned i; /* the argument's index (2) */
	uint32_t code; /* the request */
	uint64_t arg; /* the argument's value */
	const struct decode_opts *o;
};

/* What an area's decoder made of a request. */
enum ioctl_res {
	IOCTL_UNKNOWN = 0, /* not one of its requests: the generic table decides */
	IOCTL_ARG, /* the argument is printed */
	IOCTL_NO_ARG, /* the request takes no argument: none printed */
};

typedef enum ioctl_res ioctl_area_fn(const struct ioctl_call *c);

/*
 * The argument's memory when at least len bytes were read: an input (the
 * entry copy when there is one), or an output (only after success).
 * Otherwise both print the address (NULL) and return NULL.
 */
const char *ioctl_in(const struct ioctl_call *c, unsigned len);
const char *ioctl_out(const struct ioctl_call *c, unsigned len);
/*
 * The 8 bytes some requests rewrite as they were at entry (SCT_AUX_IOCTL_EARLY:
 * UFFDIO_API's features, SIOCGIFCONF's ifc_len, GIO_UNIMAP's entry_ct): false
 * when not read.
 */
bool ioctl_early(const struct ioctl_call *c, uint64_t *v);
/*
 * What the argument's structure points to, captured with it (SCT_AUX_POINTEE,
 * put_ioctl_pointee): *have readable bytes (those up to an unreadable page),
 * *full when no fault cut them; NULL when nothing could be read.
 */
const char *ioctl_pointee_bytes(const struct ioctl_call *c, unsigned *have, bool *full);
/* The bytes captured of the argument (0 when unreadable). */
unsigned ioctl_have(const struct ioctl_call *c);
bool ioctl_failed(const struct ioctl_call *c);
/* A flag or enum field under -X: NAME|NAME, 0x3 / * ... * / */
void ioctl_flags(const struct ioctl_call *c, const struct flag_table *t, uint64_t v);
void ioctl_enum(const struct ioctl_call *c, const struct flag_table *t, uint64_t v);

/*
 * A char array field holding a C string: "name", at most size - 1 bytes,
 * "..." after them when no NUL ends it (strace's PRINT_FIELD_CSTRING).
 */
void ioctl_cstring(const struct ioctl_call *c, const char *p, unsigned size);
/*
 * [1, 2, 3]: n elements of elem bytes (1, 4 or 8) at p, unsigned, in decimal
 * or (hex) in hex; without -v at most -s of them, then "...".
 */
void ioctl_uarray(const struct ioctl_call *c, const char *p, unsigned n, unsigned elem, bool hex);
/* Whether -s cuts an array (not under -v) before element k: "..." is printed. */
bool ioctl_array_cut(const struct ioctl_call *c, unsigned k);

/*
 * The array a structure points to (V4L2's clips and controls, KVM's CPUID
 * entries), captured after the copy of the argument that owner points into
 * (the entry or the exit copy; see SCT_AUX_IOCTL_STR), or NULL; *at is then
 * its index among the event's blobs.
 */
const struct sct_blob *ioctl_pointee(const struct ioctl_call *c, const char *owner, unsigned *at);
/* Element k of that array (the blob at index at), at e. */
typedef void ioctl_elem_fn(const struct ioctl_call *c, unsigned at, const char *e, unsigned k);
/*
 * count elements of elem bytes at addr, from that array, each printed by fn,
 * as strace's print_array: NULL, [], the address when the first cannot be
 * read, "... / * address * /" after the last one read when more could not be,
 * "..." after -s of them (not under -v) or past what was captured. True when
 * it printed them all or cut them at -s.
 */
bool ioctl_ptr_array(const struct ioctl_call *c, const char *owner, uint64_t addr, uint64_t count,
		     unsigned elem, ioctl_elem_fn *fn);

/* The areas (ioctl_<area>.c) */
ioctl_area_fn ioctl_fs_decode, ioctl_hdio_decode, ioctl_gpio_decode, ioctl_random_decode,
	ioctl_counter_decode, ioctl_seccomp_decode, ioctl_evdev_decode,
	ioctl_ptp_decode, ioctl_lirc_decode, ioctl_nbd_decode,
	ioctl_scsi_decode, ioctl_rtc_decode, ioctl_loop_decode,
	ioctl_mtd_decode, ioctl_dm_decode;
/* v4l2 (ioctl_v4l2.c, ioctl_kvm.c) */
ioctl_area_fn ioctl_v4l2_decode, ioctl_kvm_decode;
/* -e kvm=vcpu: " (KVM_EXIT_IO)" after a successful KVM_RUN (ioctl_kvm.c) */
void print_kvm_run_ret(struct strbuf *out, const struct sc_event *ev);
/* VIDIOC_CREATE_BUFS' return value: " ({index=2, count=3})" after success */
void print_v4l2_ret(struct strbuf *out, const struct sc_event *ev);
/* kdgpio (ioctl_kd.c, ioctl_btrfs.c, ioctl_perf.c, ioctl_sock.c, ioctl_uffdio.c) */
ioctl_area_fn ioctl_kd_decode, ioctl_btrfs_decode, ioctl_perf_decode, ioctl_sock_decode,
	ioctl_uffdio_decode;
/* ioctl3 (ioctl_block.c, ioctl_sg.c, ioctl_tee.c, ioctl_ubi.c) */
ioctl_area_fn ioctl_block_decode, ioctl_tee_decode, ioctl_sg_decode, ioctl_ubi_decode;
/* EVIOCGABS(ABS_X), EVIOCGNAME(64)...: false when code is not one of them */
bool ioctl_evdev_name(struct strbuf *out, uint32_t code, int xlat);

#endif
