/* SPDX-License-Identifier: MIT */
/*
 * The binary log's on-disk layout (doc/FORMAT.md is the reference). All
 * integers little-endian; every structure a multiple of 8 bytes. The codes
 * here are on-disk values: never renumber them, only add.
 */
#ifndef SCT_LOG_FORMAT_H
#define SCT_LOG_FORMAT_H

#include <linux/types.h>

#define SCT_LOG_MAGIC "\x89SCTLOG\n" /* 8 bytes; \x89 and \n catch text-mode mangling */
#define SCT_LOG_MAGIC_LEN 8
/*
 * 2: a chunk's cpu is a stream (512 + n: CPU n's ring buffer, beside its
 * lane n). Version 1 logs have only streams below 512 and read the same.
 * 3: syscall records are packed (struct sct_rec_syscall_packed), as the
 * kernel side writes them; versions 1 and 2 have them wide.
 */
#define SCT_LOG_VERSION 3
#define SCT_LOG_VERSION_MIN 1
#define SCT_LOG_HEADER_MAX (1u << 20)

struct log_file_header {
	char magic[SCT_LOG_MAGIC_LEN];
	__u32 version;
	__u32 header_len; /* bytes from offset 0 to the first chunk, a multiple of 8 */
	__u32 nfields; /* struct log_field items that follow */
	__u32 crc32c; /* of header_len bytes with this field zero */
};

/* Header fields: type-length-value, data padded to 8 bytes. */
enum log_field_type {
	LOG_FIELD_ARCH = 1, /* string: "x86_64" */
	LOG_FIELD_PAGE_SIZE = 2, /* u32 */
	LOG_FIELD_BOOT_ID = 3, /* string: /proc/sys/kernel/random/boot_id */
	LOG_FIELD_CLOCK_OFFSET = 4, /* s64: CLOCK_REALTIME - CLOCK_MONOTONIC, ns */
	LOG_FIELD_HOSTNAME = 5, /* string */
	LOG_FIELD_KERNEL = 6, /* string: uname -r */
	LOG_FIELD_TRACER_VERSION = 7, /* string */
	LOG_FIELD_CMDLINE = 8, /* sctrace's argv, each NUL-terminated */
	LOG_FIELD_CWD = 9, /* string */
	LOG_FIELD_SYSCALLS = 10, /* text: the syscall table, one line per syscall */
	LOG_FIELD_START = 11, /* u64: CLOCK_MONOTONIC ns when recording started */
	LOG_FIELD_CAPTURE = 12, /* struct log_capture */
	/*
	 * u64[SCT_NR_MAX / 64]: the calls -e trace= showed while recording. The
	 * log may hold others (-y captures the calls that change descriptors);
	 * replay shows these unless given its own -e trace=.
	 */
	LOG_FIELD_SHOWN = 13,
	/*
	 * struct log_snapshot, then the --snapshot-on text that fired (len -
	 * sizeof): the log is a flight-recorder snapshot (--flight-recorder).
	 */
	LOG_FIELD_SNAPSHOT = 14,
	LOG_FIELD_BOOT_OFFSET = 15, /* s64: CLOCK_BOOTTIME - CLOCK_MONOTONIC, ns */
};

struct log_field {
	__u16 type; /* enum log_field_type; unknown types are skipped */
	__u16 flags;
	__u32 len; /* data bytes, not counting the padding */
};

/* LOG_FIELD_CAPTURE: how the records were captured. */
struct log_capture {
	__u32 str_limit; /* bytes of -s strings captured */
	__u32 flags; /* LOG_CAPTURE_* */
};
#define LOG_CAPTURE_FOLLOW_FORK 0x1
#define LOG_CAPTURE_SYSTEM_WIDE 0x2
#define LOG_CAPTURE_NO_DURATIONS 0x4 /* calls carry no entry time (enter_ts 0) */
#define LOG_CAPTURE_CPU_TIME 0x8 /* -c: call exits carry their CPU time (SCT_AUX_CPU_TIME) */

/*
 * LOG_FIELD_SNAPSHOT: what a flight-recorder snapshot holds of the run.
 * Events are the records of the run but the state records (TASK_NEW,
 * FD_SNAPSHOT, USDT_PROBE, PROC_STATE: at the start of every snapshot) and END.
 */
struct log_snapshot {
	__u32 index; /* 0: FILE, n: FILE.n */
	__u32 reason; /* LOG_SNAPSHOT_* */
	__u64 dropped; /* events of the run older than this snapshot's first: overwritten */
	__u64 gap; /* of those, the ones newer than the previous snapshot's last */
	__u64 events; /* events in this snapshot */
	__u64 size; /* --flight-recorder SIZE, bytes */
};
#define LOG_SNAPSHOT_SIGNAL 1 /* SIGUSR1 */
#define LOG_SNAPSHOT_EXIT 2 /* the trace ended */
#define LOG_SNAPSHOT_TRIGGER 3 /* a --snapshot-on condition matched */

#define SCT_CHUNK_MAGIC 0x4b484353u /* "SCHK" */
#define SCT_CHUNK_CPU_USER 0xffffffffu /* records sctrace made (task lists, the end) */
#define SCT_CHUNK_PAYLOAD_MAX (1u << 20)

struct log_chunk_header {
	__u32 magic;
	__u32 cpu; /* ring the records came from, or SCT_CHUNK_CPU_USER */
	__u64 seq; /* 0, 1, 2, ... in file order */
	__u64 lost; /* events the kernel side lost on this CPU since its previous chunk */
	__u64 watermark; /* every record of every later chunk has ts > watermark */
	__u32 len; /* payload bytes: whole records, a multiple of 8 */
	__u32 nrecords;
	__u32 crc32c; /* of this header (crc32c zero) and the payload */
	__u32 reserved;
};

#ifndef __BPF__
_Static_assert(sizeof(struct log_file_header) == 24, "log_file_header size");
_Static_assert(sizeof(struct log_field) == 8, "log_field size");
_Static_assert(sizeof(struct log_capture) == 8, "log_capture size");
_Static_assert(sizeof(struct log_snapshot) == 40, "log_snapshot size");
_Static_assert(sizeof(struct log_chunk_header) == 48, "log_chunk_header size");
#endif

#endif
