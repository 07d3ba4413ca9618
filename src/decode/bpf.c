// SPDX-License-Identifier: MIT
/*
 * bpf(2): union bpf_attr by command, as strace 6.1 prints it. Each command is
 * a table of fields (offsets from <linux/bpf.h>); a field with a gate is
 * printed only when the size argument reaches past the gate (the structure
 * grew by kernel release, and strace stops at the size the caller gave).
 * Bytes past the structure strace knows print as ", ..." when one is not
 * zero. The attribute is captured whole at entry and at exit (4096 bytes or
 * what its page holds) with what its first 16 words point to (-s + 1 bytes):
 * the strings (license, pathname, tracepoint name, BTF data, log buffer).
 * Past that level the kernel side captures what strace prints of a few
 * commands (record.h, SCT_CAP_BPF_ATTR): BPF_PROG_LOAD's instructions (-v),
 * the bpf_map_info or bpf_prog_info of BPF_OBJ_GET_INFO_BY_FD (-v) with the
 * arrays a program's points to, BPF_LINK_CREATE's kprobe_multi symbol names.
 * Limits: arrays of more than 4096 bytes show their first 4096 bytes then
 * "..." (strace shows all of them), kprobe_multi.syms its first 32 strings;
 * an info structure is decoded only when -y knows what its descriptor is
 * (strace asks /proc itself), else printed as its address; other arrays
 * longer than the -s + 1 bytes captured of them print as their address.
 */
#include <stddef.h>
#include <stdio.h>
#include <time.h>
#include <sys/sysmacros.h>
#include <linux/bpf.h>

#include "bpf_insn.h"
#include "fmt.h"
#include "iov.h"
#include "xlat_bpf.h"

#define ATTR_MAX 4096 /* strace reads no more than a page */

/* The values the kernel side looks at (record.h) are the uapi's. */
_Static_assert(SCT_BPF_PROG_LOAD == BPF_PROG_LOAD && SCT_BPF_LINK_CREATE == BPF_LINK_CREATE &&
		       SCT_BPF_OBJ_GET_INFO_BY_FD == BPF_OBJ_GET_INFO_BY_FD &&
		       SCT_BPF_TRACE_KPROBE_MULTI == BPF_TRACE_KPROBE_MULTI,
	       "record.h's bpf values");
_Static_assert(offsetof(union bpf_attr, link_create.attach_type) == 8 &&
		       offsetof(union bpf_attr, link_create.kprobe_multi.cnt) == 20 &&
		       offsetof(union bpf_attr, link_create.kprobe_multi.syms) == 24 &&
		       offsetof(union bpf_attr, insns) == 8 && offsetof(union bpf_attr, info.info) == 8 &&
		       offsetof(struct bpf_prog_info, jited_prog_insns) == 24 &&
		       offsetof(struct bpf_prog_info, xlated_prog_insns) == 32 &&
		       offsetof(struct bpf_prog_info, nr_map_ids) == 52 &&
		       offsetof(struct bpf_prog_info, map_ids) == 56,
	       "the offsets src/bpf/bpfattr.bpf.h reads");
#define OFF(f) ((uint16_t)offsetof(union bpf_attr, f))
#define END(f) ((uint16_t)(offsetof(union bpf_attr, f) + sizeof(((union bpf_attr *)0)->f)))

enum field_kind {
	F_U32, /* decimal */
	F_FD, /* int, with -y's <path> */
	F_U64, /* decimal */
	F_X32, /* hex */
	F_X64, /* hex */
	F_ADDR, /* NULL or 0x... */
	F_XVAL, /* a u32 named by t */
	F_FLAGS, /* u32 flags named by t */
	F_NAME, /* char[BPF_OBJ_NAME_LEN] */
	F_IFINDEX, /* if_nametoindex("lo") */
	F_NUMA, /* only with BPF_F_NUMA_NODE in map_flags (at offset 16) */
	F_KVER, /* KERNEL_VERSION(a, b, c) */
	F_STR, /* a NUL-terminated string it points to, -s bytes at most */
	F_STR128, /* the same, read as 128 bytes at most (a tracepoint name) */
	F_LOGBUF, /* a string of log_size bytes (the u32 before it) at most */
	F_BTF, /* btf_size bytes (at offset 16) */
	F_INSNS, /* struct bpf_insn[insn_cnt (at offset 4)] */
	F_TGID, /* a pid */
	F_REPLACE_FD, /* an fd, printed with BPF_F_REPLACE in the flags before it */
	F_OPEN, /* name={ */
	F_CLOSE, /* } */
	/* the fields of bpf_map_info and bpf_prog_info */
	F_CHG32, /* a u32 the call changes: "old => new" */
	F_CHGADDR, /* an address the call changes */
	F_TAG, /* u8[8], in hex */
	F_BOOTTIME, /* ns since boot, with the date as a comment */
	F_UID, /* -1 or decimal */
	F_DEV, /* makedev(major, minor) */
	F_BIT0, /* the low bit of a u32 (a bit field) */
	F_XLATED, /* xlated_prog_insns: struct bpf_insn[xlated_prog_len / 8] */
	F_JITED, /* jited_prog_insns: jited_prog_len bytes, in hex */
	F_MAPIDS, /* map_ids: u32[nr_map_ids] */
};

struct field {
	const char *name;
	uint16_t off;
	uint8_t kind;
	uint16_t gate; /* printed only when size > gate; else the decoding stops */
	const struct flag_table *t;
};

#define FLD(name, kind) { #name, OFF(name), kind, 0, NULL }
#define FLDT(name, kind, t) { #name, OFF(name), kind, 0, &(t) }
#define GATE(name, kind) { #name, OFF(name), kind, OFF(name), NULL }
#define GATET(name, kind, t) { #name, OFF(name), kind, OFF(name), &(t) }
#define SUB(name, f, kind) { #f, OFF(name.f), kind, 0, NULL }
#define SUBT(name, f, kind, t) { #f, OFF(name.f), kind, 0, &(t) }
#define SUBGATE(name, f, kind) { #f, OFF(name.f), kind, OFF(name.f), NULL }
#define OPEN(name) { #name, 0, F_OPEN, 0, NULL }
#define CLOSE { NULL, 0, F_CLOSE, 0, NULL }
#define LAST { NULL, 0, 0, 0, NULL }

static const struct field map_create[] = {
	FLDT(map_type, F_XVAL, bpf_map_type_names), FLD(key_size, F_U32), FLD(value_size, F_U32),
	FLD(max_entries, F_U32), GATET(map_flags, F_FLAGS, bpf_map_flag_names),
	GATE(inner_map_fd, F_FD), GATE(numa_node, F_NUMA), GATE(map_name, F_NAME),
	GATE(map_ifindex, F_IFINDEX), GATE(btf_fd, F_FD), FLD(btf_key_type_id, F_U32),
	FLD(btf_value_type_id, F_U32), GATE(btf_vmlinux_value_type_id, F_U32),
	GATE(map_extra, F_U64), LAST,
};
static const struct field map_lookup[] = {
	FLD(map_fd, F_FD), FLD(key, F_ADDR), FLD(value, F_ADDR),
	GATET(flags, F_FLAGS, bpf_lookup_flag_names), LAST,
};
static const struct field map_update[] = {
	FLD(map_fd, F_FD), FLD(key, F_ADDR), FLD(value, F_ADDR),
	FLDT(flags, F_XVAL, bpf_update_flag_names), LAST,
};
static const struct field map_delete[] = { FLD(map_fd, F_FD), FLD(key, F_ADDR), LAST };
static const struct field map_next_key[] = {
	FLD(map_fd, F_FD), FLD(key, F_ADDR), FLD(next_key, F_ADDR), LAST,
};
static const struct field map_freeze[] = { FLD(map_fd, F_FD), LAST };
static const struct field prog_load[] = {
	FLDT(prog_type, F_XVAL, bpf_prog_type_names), FLD(insn_cnt, F_U32), FLD(insns, F_INSNS),
	FLD(license, F_STR), GATE(log_level, F_U32), FLD(log_size, F_U32), FLD(log_buf, F_LOGBUF),
	GATE(kern_version, F_KVER), GATET(prog_flags, F_FLAGS, bpf_prog_flag_names),
	GATE(prog_name, F_NAME), GATE(prog_ifindex, F_IFINDEX),
	GATET(expected_attach_type, F_XVAL, bpf_attach_type_names), GATE(prog_btf_fd, F_FD),
	FLD(func_info_rec_size, F_U32), FLD(func_info, F_ADDR), FLD(func_info_cnt, F_U32),
	FLD(line_info_rec_size, F_U32), FLD(line_info, F_ADDR), FLD(line_info_cnt, F_U32),
	GATE(attach_btf_id, F_U32), GATE(attach_prog_fd, F_FD), GATE(fd_array, F_ADDR), LAST,
};
static const struct field obj_pin[] = {
	FLD(pathname, F_STR), FLD(bpf_fd, F_FD), GATET(file_flags, F_FLAGS, bpf_file_mode_names),
	LAST,
};
static const struct field prog_attach[] = {
	FLD(target_fd, F_FD), FLD(attach_bpf_fd, F_FD),
	FLDT(attach_type, F_XVAL, bpf_attach_type_names),
	FLDT(attach_flags, F_FLAGS, bpf_attach_flag_names), GATE(replace_bpf_fd, F_FD), LAST,
};
static const struct field prog_detach[] = {
	FLD(target_fd, F_FD), FLDT(attach_type, F_XVAL, bpf_attach_type_names), LAST,
};
static const struct field prog_test_run[] = {
	OPEN(test), SUB(test, prog_fd, F_FD), SUB(test, retval, F_U32),
	SUB(test, data_size_in, F_U32), SUB(test, data_size_out, F_U32),
	SUB(test, data_in, F_ADDR), SUB(test, data_out, F_ADDR), SUB(test, repeat, F_U32),
	SUB(test, duration, F_U32), SUBGATE(test, ctx_size_in, F_U32),
	SUB(test, ctx_size_out, F_U32), SUB(test, ctx_in, F_ADDR), SUB(test, ctx_out, F_ADDR),
	{ "flags", OFF(test.flags), F_FLAGS, OFF(test.flags), &bpf_test_run_flag_names },
	SUB(test, cpu, F_U32), SUBGATE(test, batch_size, F_U32), CLOSE, LAST,
};
static const struct field prog_get_fd[] = {
	FLD(prog_id, F_U32), FLD(next_id, F_U32), GATET(open_flags, F_FLAGS, bpf_file_mode_names),
	LAST,
};
static const struct field map_get_fd[] = {
	FLD(map_id, F_U32), FLD(next_id, F_U32), GATET(open_flags, F_FLAGS, bpf_file_mode_names),
	LAST,
};
static const struct field raw_tp_open[] = {
	OPEN(raw_tracepoint), SUB(raw_tracepoint, name, F_STR128),
	SUB(raw_tracepoint, prog_fd, F_FD), CLOSE, LAST,
};
static const struct field btf_load[] = {
	FLD(btf, F_BTF), FLD(btf_log_buf, F_ADDR), FLD(btf_size, F_U32), FLD(btf_log_size, F_U32),
	FLD(btf_log_level, F_U32), LAST,
};
static const struct field btf_get_fd[] = { { "btf_id", OFF(btf_id), F_U32, 0, NULL }, LAST };
static const struct field link_get_fd[] = { { "link_id", OFF(link_id), F_U32, 0, NULL }, LAST };
static const struct field link_update[] = {
	OPEN(link_update), SUB(link_update, link_fd, F_FD), SUB(link_update, new_prog_fd, F_FD),
	SUBT(link_update, flags, F_FLAGS, bpf_attach_flag_names),
	SUB(link_update, old_prog_fd, F_REPLACE_FD), CLOSE, LAST,
};
static const struct field link_create[] = {
	OPEN(link_create), SUB(link_create, prog_fd, F_FD), SUB(link_create, target_fd, F_FD),
	SUBT(link_create, attach_type, F_XVAL, bpf_attach_type_names),
	SUB(link_create, flags, F_X32), LAST,
};
static const struct field map_batch[] = {
	OPEN(batch), SUB(batch, in_batch, F_ADDR), SUB(batch, out_batch, F_ADDR),
	SUB(batch, keys, F_ADDR), SUB(batch, values, F_ADDR), SUB(batch, count, F_U32),
	SUB(batch, map_fd, F_FD), SUBT(batch, elem_flags, F_FLAGS, bpf_lookup_flag_names),
	SUB(batch, flags, F_X64), CLOSE, LAST,
};
static const struct field map_update_batch[] = {
	OPEN(batch), SUB(batch, keys, F_ADDR), SUB(batch, values, F_ADDR),
	SUB(batch, count, F_U32), SUB(batch, map_fd, F_FD),
	SUBT(batch, elem_flags, F_FLAGS, bpf_lookup_flag_names), SUB(batch, flags, F_X64), CLOSE,
	LAST,
};
static const struct field map_delete_batch[] = {
	OPEN(batch), SUB(batch, keys, F_ADDR), SUB(batch, count, F_U32), SUB(batch, map_fd, F_FD),
	SUBT(batch, elem_flags, F_FLAGS, bpf_lookup_flag_names), SUB(batch, flags, F_X64), CLOSE,
	LAST,
};
/* The parts printed at entry of the commands whose rest is printed at exit. */
static const struct field get_next_id[] = { FLD(start_id, F_U32), FLD(next_id, F_U32), LAST };
static const struct field obj_info[] = {
	OPEN(info), SUB(info, bpf_fd, F_FD), SUB(info, info_len, F_U32), LAST,
};
static const struct field prog_query[] = {
	OPEN(query), SUB(query, target_fd, F_FD),
	SUBT(query, attach_type, F_XVAL, bpf_attach_type_names),
	SUBT(query, query_flags, F_FLAGS, bpf_query_flag_names),
	SUBT(query, attach_flags, F_FLAGS, bpf_attach_flag_names), LAST,
};
static const struct field task_fd_query[] = {
	OPEN(task_fd_query), SUB(task_fd_query, pid, F_TGID), SUB(task_fd_query, fd, F_FD),
	SUB(task_fd_query, flags, F_U32), SUB(task_fd_query, buf_len, F_U32), LAST,
};

/* What BPF_OBJ_GET_INFO_BY_FD fills, as strace 6.1 knows it (with -v). */
#define IOFF(s, f) ((uint16_t)offsetof(struct s, f))
#define INFO(s, f, kind) { #f, IOFF(s, f), kind, 0, NULL }
#define INFOT(s, f, kind, t) { #f, IOFF(s, f), kind, 0, &(t) }
#define INFOGATE(s, f, kind) { #f, IOFF(s, f), kind, IOFF(s, f), NULL }
#define MAP_INFO_SIZE 88 /* to map_extra, which strace 6.1 does not print */
#define PROG_INFO_SIZE (IOFF(bpf_prog_info, verified_insns) + 4)

static const struct field map_info[] = {
	INFOT(bpf_map_info, type, F_XVAL, bpf_map_type_names), INFO(bpf_map_info, id, F_U32),
	INFO(bpf_map_info, key_size, F_U32), INFO(bpf_map_info, value_size, F_U32),
	INFO(bpf_map_info, max_entries, F_U32),
	INFOT(bpf_map_info, map_flags, F_FLAGS, bpf_map_flag_names),
	INFOGATE(bpf_map_info, name, F_NAME), INFOGATE(bpf_map_info, ifindex, F_IFINDEX),
	INFO(bpf_map_info, btf_vmlinux_value_type_id, F_U32), INFO(bpf_map_info, netns_dev, F_DEV),
	INFO(bpf_map_info, netns_ino, F_U64), INFOGATE(bpf_map_info, btf_id, F_U32),
	INFO(bpf_map_info, btf_key_type_id, F_U32), INFO(bpf_map_info, btf_value_type_id, F_U32),
	LAST,
};
static const struct field prog_info[] = {
	INFOT(bpf_prog_info, type, F_XVAL, bpf_prog_type_names), INFO(bpf_prog_info, id, F_U32),
	INFO(bpf_prog_info, tag, F_TAG), INFO(bpf_prog_info, jited_prog_len, F_CHG32),
	INFO(bpf_prog_info, jited_prog_insns, F_JITED),
	INFO(bpf_prog_info, xlated_prog_len, F_CHG32),
	INFO(bpf_prog_info, xlated_prog_insns, F_XLATED),
	INFOGATE(bpf_prog_info, load_time, F_BOOTTIME),
	INFO(bpf_prog_info, created_by_uid, F_UID), INFO(bpf_prog_info, nr_map_ids, F_CHG32),
	INFO(bpf_prog_info, map_ids, F_MAPIDS), INFO(bpf_prog_info, name, F_NAME),
	INFOGATE(bpf_prog_info, ifindex, F_IFINDEX),
	{ "gpl_compatible", IOFF(bpf_prog_info, ifindex) + 4, F_BIT0, 0, NULL },
	INFO(bpf_prog_info, netns_dev, F_DEV), INFO(bpf_prog_info, netns_ino, F_U64),
	INFOGATE(bpf_prog_info, nr_jited_ksyms, F_CHG32),
	INFO(bpf_prog_info, nr_jited_func_lens, F_CHG32),
	INFO(bpf_prog_info, jited_ksyms, F_CHGADDR), INFO(bpf_prog_info, jited_func_lens, F_CHGADDR),
	INFOGATE(bpf_prog_info, btf_id, F_U32), INFO(bpf_prog_info, func_info_rec_size, F_CHG32),
	INFO(bpf_prog_info, func_info, F_ADDR), INFO(bpf_prog_info, nr_func_info, F_CHG32),
	INFO(bpf_prog_info, nr_line_info, F_CHG32), INFO(bpf_prog_info, line_info, F_ADDR),
	INFO(bpf_prog_info, jited_line_info, F_CHGADDR),
	INFO(bpf_prog_info, nr_jited_line_info, F_CHG32),
	INFO(bpf_prog_info, line_info_rec_size, F_CHG32),
	INFO(bpf_prog_info, jited_line_info_rec_size, F_CHG32),
	INFO(bpf_prog_info, nr_prog_tags, F_CHG32), INFO(bpf_prog_info, prog_tags, F_ADDR),
	INFOGATE(bpf_prog_info, run_time_ns, F_U64), INFO(bpf_prog_info, run_cnt, F_U64),
	INFOGATE(bpf_prog_info, recursion_misses, F_U64),
	INFOGATE(bpf_prog_info, verified_insns, F_U32), LAST,
};

/* How a command ends: at entry, or with its outputs after the call. */
enum cmd_exit { X_NONE, X_NEXT_ID, X_INFO, X_QUERY, X_TASK_FD, X_BATCH };

struct cmd {
	const struct field *fields;
	uint16_t size; /* the structure strace 6.1 knows */
	uint8_t exit; /* enum cmd_exit */
	bool returns_fd;
	const char *fd_name; /* the kernel's name of the descriptor it makes (NULL: unknown) */
};

#define MAP "anon_inode:bpf-map"
#define PROG "anon_inode:bpf-prog"
#define LINK "anon_inode:bpf_link"
#define BTF "anon_inode:btf"

static const struct cmd cmds[] = {
	[BPF_MAP_CREATE] = { map_create, END(map_extra), X_NONE, true, MAP },
	[BPF_MAP_LOOKUP_ELEM] = { map_lookup, END(flags), X_NONE, false },
	[BPF_MAP_UPDATE_ELEM] = { map_update, END(flags), X_NONE, false },
	[BPF_MAP_DELETE_ELEM] = { map_delete, END(key), X_NONE, false },
	[BPF_MAP_GET_NEXT_KEY] = { map_next_key, END(next_key), X_NONE, false },
	[BPF_PROG_LOAD] = { prog_load, END(fd_array), X_NONE, true, PROG },
	[BPF_OBJ_PIN] = { obj_pin, END(file_flags), X_NONE, true },
	[BPF_OBJ_GET] = { obj_pin, END(file_flags), X_NONE, true },
	[BPF_PROG_ATTACH] = { prog_attach, END(replace_bpf_fd), X_NONE, false },
	[BPF_PROG_DETACH] = { prog_detach, END(attach_type), X_NONE, false },
	[BPF_PROG_TEST_RUN] = { prog_test_run, END(test.batch_size), X_NONE, false },
	[BPF_PROG_GET_NEXT_ID] = { get_next_id, END(open_flags), X_NEXT_ID, false },
	[BPF_MAP_GET_NEXT_ID] = { get_next_id, END(open_flags), X_NEXT_ID, false },
	[BPF_PROG_GET_FD_BY_ID] = { prog_get_fd, END(open_flags), X_NONE, true, PROG },
	[BPF_MAP_GET_FD_BY_ID] = { map_get_fd, END(open_flags), X_NONE, true, MAP },
	[BPF_OBJ_GET_INFO_BY_FD] = { obj_info, END(info.info), X_INFO, false },
	[BPF_PROG_QUERY] = { prog_query, END(query.prog_cnt), X_QUERY, false },
	[BPF_RAW_TRACEPOINT_OPEN] = { raw_tp_open, END(raw_tracepoint.prog_fd), X_NONE, true, LINK },
	[BPF_BTF_LOAD] = { btf_load, END(btf_log_level), X_NONE, true, BTF },
	[BPF_BTF_GET_FD_BY_ID] = { btf_get_fd, END(btf_id), X_NONE, true, BTF },
	[BPF_TASK_FD_QUERY] = { task_fd_query, END(task_fd_query.probe_addr), X_TASK_FD, false },
	[BPF_MAP_LOOKUP_AND_DELETE_ELEM] = { map_lookup, END(flags), X_NONE, false },
	[BPF_MAP_FREEZE] = { map_freeze, END(map_fd), X_NONE, false },
	[BPF_BTF_GET_NEXT_ID] = { get_next_id, END(open_flags), X_NEXT_ID, false },
	[BPF_MAP_LOOKUP_BATCH] = { map_batch, END(batch.flags), X_BATCH, false },
	[BPF_MAP_LOOKUP_AND_DELETE_BATCH] = { map_batch, END(batch.flags), X_BATCH, false },
	[BPF_MAP_UPDATE_BATCH] = { map_update_batch, END(batch.flags), X_BATCH, false },
	[BPF_MAP_DELETE_BATCH] = { map_delete_batch, END(batch.flags), X_BATCH, false },
	[BPF_LINK_CREATE] = { link_create, END(link_create.kprobe_multi.cookies), X_NONE, true, LINK },
	[BPF_LINK_UPDATE] = { link_update, END(link_update.old_prog_fd), X_NONE, false },
	[BPF_LINK_GET_FD_BY_ID] = { link_get_fd, END(link_id), X_NONE, true, LINK },
	[BPF_LINK_GET_NEXT_ID] = { get_next_id, END(open_flags), X_NEXT_ID, false },
};

static const struct cmd *cmd_of(uint64_t cmd)
{
	if (cmd >= sizeof(cmds) / sizeof(cmds[0]) || !cmds[cmd].fields)
		return NULL;
	return &cmds[cmd];
}

/* What the call works on: the attribute, its size, and what its words point to. */
struct attr {
	const char *p; /* size bytes, zero past the known structure */
	const char *in; /* an info structure: as it was at entry (F_CHG*) */
	unsigned len; /* min(size, the known structure) */
	unsigned size;
	const struct sc_event *ev;
	unsigned arg;
	bool at_exit; /* pointees as captured at exit */
};

/*
 * The attribute as captured at entry (first) or at exit: NULL when its size
 * bytes could not all be read (strace then prints the address).
 */
static const char *attr_mem(const struct sc_event *ev, unsigned i, unsigned size, bool first)
{
	const struct sct_blob *b = NULL;

	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *c = ev->blobs[k];

		if (c->arg != i || c->kind != SCT_BLOB_MEM || c->aux)
			continue;
		b = c;
		if (first)
			break;
	}
	if (!b || b->len < size || fmt_blob_unreadable(b))
		return NULL;
	return sct_blob_data(b);
}

/* What the attribute's word w points to (-s + 1 bytes or its page), or NULL. */
static const char *pointee(const struct attr *a, unsigned w, unsigned *have, bool *cut)
{
	const char *found = NULL;

	for (unsigned k = 0; k < a->ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *b = a->ev->blobs[k];

		if (b->arg != a->arg || b->kind != SCT_BLOB_MEM || b->aux != w + 1)
			continue;
		if (fmt_blob_unreadable(b)) {
			found = NULL;
		} else {
			*have = b->len;
			*cut = (b->flags & SCT_BLOB_FAULT) != 0;
			found = sct_blob_data(b);
		}
		if (!a->at_exit)
			break;
	}
	return found;
}

/* Memory a capture holds: its bytes, and whether a fault (a page's end) cut it. */
struct mem {
	const char *q;
	unsigned have;
	bool cut;
};

/* What blob b holds, false when it is missing or could not be read. */
static bool mem_of(const struct sct_blob *b, struct mem *m)
{
	if (!b || fmt_blob_unreadable(b))
		return false;
	m->q = sct_blob_data(b);
	m->have = b->len;
	m->cut = (b->flags & SCT_BLOB_FAULT) != 0;
	return true;
}

/*
 * Part k of the capture (record.h, SCT_CAP_BPF_ATTR): the last one at exit;
 * at entry the first, or the nth when the part repeats (kprobe_multi's
 * symbol names).
 */
static const struct sct_blob *part_blob(const struct attr *a, unsigned k, bool at_exit,
					unsigned nth)
{
	const struct sct_blob *found = NULL;

	for (unsigned j = 0; j < a->ev->nblobs && j < SC_EVENT_MAX_BLOBS; j++) {
		const struct sct_blob *b = a->ev->blobs[j];

		if (b->arg != a->arg || b->kind != SCT_BLOB_MEM || b->aux != SCT_AUX_BPF_PART(k))
			continue;
		found = b;
		if (!at_exit && !nth--)
			break;
	}
	return !at_exit && nth != UINT32_MAX ? NULL : found;
}

/*
 * strace's printstr_ex of the string at field off: len bytes at most
 * (UINT32_MAX: a NUL-terminated string of -s bytes at most), stopping at
 * a NUL when zero_term; the address when the bytes cannot be read.
 */
static void print_pstr(struct strbuf *out, const struct attr *a, unsigned off, uint32_t len,
		       bool zero_term, const struct decode_opts *o)
{
	uint64_t addr = load_u64(a->p, off);
	unsigned have = 0;
	bool cut = false;
	const char *q = addr ? pointee(a, off / 8, &have, &cut) : NULL;

	print_user_strn(out, addr, q, have, len, zero_term, o);
}

static void print_kver(struct strbuf *out, uint32_t v, int xlat)
{
	char raw[16], text[64];

	snprintf(raw, sizeof(raw), "%#x", v);
	snprintf(text, sizeof(text), "KERNEL_VERSION(%u, %u, %u)", v >> 16, (v >> 8) & 0xff,
		 v & 0xff);
	print_xlat_text(out, xlat, raw, text);
}

/*
 * A char[16] name, as much of it as the size reaches (an info structure's:
 * all of it, zero past the size): up to its NUL, or when it has none, all
 * but its last byte and "..."
 */
static void print_name(struct strbuf *out, const struct attr *a, unsigned off,
		       const struct decode_opts *o)
{
	unsigned n = a->in || a->len - off > BPF_OBJ_NAME_LEN ? BPF_OBJ_NAME_LEN : a->len - off;
	const char *nul;

	if (!n || off >= ATTR_MAX - BPF_OBJ_NAME_LEN) /* the gates keep it from here */
		return;
	nul = memchr(a->p + off, 0, n);

	format_quoted(out, a->p + off, nul ? (unsigned)(nul - (a->p + off)) : n - 1, !nul, o);
}

static void print_insns(struct strbuf *out, const struct attr *a, const struct decode_opts *o);
static void print_info_value(struct strbuf *out, const struct attr *a, const struct field *f,
			     const struct decode_opts *o);

/* One field's value. */
static void print_value(struct strbuf *out, const struct attr *a, const struct field *f,
			const struct decode_opts *o)
{
	uint32_t v = load_u32(a->p, f->off);

	switch (f->kind) {
	case F_U32: strbuf_addf(out, "%u", v); break;
	case F_FD: decode_fd(out, (int)v, o); break;
	case F_U64: strbuf_addf(out, "%llu", (unsigned long long)load_u64(a->p, f->off)); break;
	case F_X32: strbuf_addf(out, "%#x", v); break;
	case F_X64: strbuf_addf(out, "%#llx", (unsigned long long)load_u64(a->p, f->off)); break;
	case F_ADDR: fmt_addr(out, load_u64(a->p, f->off)); break;
	case F_XVAL: print_enum_x(out, f->t, v, o->xlat); break;
	case F_FLAGS: print_flags_x(out, f->t, v, o->xlat); break;
	case F_NAME: print_name(out, a, f->off, o); break;
	case F_IFINDEX: print_ifindex(out, v, o); break;
	case F_NUMA:
		strbuf_addf(out, "%u", v);
		if (v == UINT32_MAX && o->xlat != XLAT_RAW)
			strbuf_adds(out, " /* NUMA_NO_NODE */");
		break;
	case F_KVER: print_kver(out, v, o->xlat); break;
	case F_STR: print_pstr(out, a, f->off, UINT32_MAX, true, o); break;
	case F_STR128: print_pstr(out, a, f->off, 128, true, o); break;
	case F_LOGBUF: print_pstr(out, a, f->off, load_u32(a->p, f->off - 4), true, o); break;
	case F_BTF: print_pstr(out, a, f->off, load_u32(a->p, OFF(btf_size)), false, o); break;
	case F_INSNS: print_insns(out, a, o); break;
	case F_TGID: decode_pid(out, (int)v, PID_KIND_TGID, o); break;
	case F_REPLACE_FD: decode_fd(out, (int)v, o); break;
	default: print_info_value(out, a, f, o); break;
	}
}

/* The fields of a table up to its end or its first gate the size does not pass; returns the open braces. */
static unsigned print_fields(struct strbuf *out, const struct attr *a, const struct field *f,
			     const struct decode_opts *o)
{
	unsigned depth = 0;
	bool first = true;

	for (; f->name || f->kind; f++) {
		if (f->kind == F_CLOSE) {
			strbuf_addc(out, '}');
			depth--;
			continue;
		}
		if (f->gate && a->len <= f->gate)
			break;
		if (f->kind == F_NUMA && !(load_u32(a->p, OFF(map_flags)) & BPF_F_NUMA_NODE))
			continue;
		if (f->kind == F_REPLACE_FD && !(load_u32(a->p, f->off - 4) & BPF_F_REPLACE))
			continue;
		if (!first)
			strbuf_adds(out, ", ");
		first = false;
		if (f->kind == F_OPEN) {
			strbuf_addf(out, "%s={", f->name);
			depth++;
			first = true;
			continue;
		}
		strbuf_addf(out, "%s=", f->name);
		print_value(out, a, f, o);
	}
	return depth;
}

/* Bytes in hex: "\x01\x02" */
static void print_hex_bytes(struct strbuf *out, const char *p, unsigned n)
{
	strbuf_addc(out, '"');
	for (unsigned k = 0; k < n; k++)
		strbuf_addf(out, "\\x%02x", (unsigned char)p[k]);
	strbuf_addc(out, '"');
}

/*
 * Bytes past the known structure, when one of them is not zero: ", ...", or
 * under -v all of them, extra_data="\x.." / * bytes known..size-1 * /.
 */
static void print_extra(struct strbuf *out, const struct attr *a, unsigned known,
			const struct decode_opts *o)
{
	for (unsigned k = known; k < a->size; k++)
		if (a->p[k]) {
			if (!o->verbose) {
				strbuf_adds(out, ", ...");
				return;
			}
			strbuf_adds(out, ", extra_data=");
			print_hex_bytes(out, a->p + known, a->size - known);
			strbuf_addf(out, " /* bytes %u..%u */", known, a->size - 1);
			return;
		}
}

static void close_braces(struct strbuf *out, unsigned depth)
{
	while (depth--)
		strbuf_addc(out, '}');
}

enum elem_kind { E_U32, E_X64, E_ITER_MAP, E_STR, E_INSN };

/* Element e of an array; *nth counts the strings met (E_STR: their parts, in order). */
static void print_elem(struct strbuf *out, const struct attr *a, enum elem_kind kind,
		       const char *e, unsigned *nth, const struct decode_opts *o)
{
	uint64_t v = load_u64(e, 0);
	struct mem m;

	switch (kind) {
	case E_U32: strbuf_addf(out, "%u", load_u32(e, 0)); break;
	case E_X64: strbuf_addf(out, "%#llx", (unsigned long long)v); break;
	case E_ITER_MAP:
		strbuf_adds(out, "{map={map_fd=");
		decode_fd(out, (int)load_u32(e, 0), o);
		strbuf_adds(out, "}}");
		break;
	case E_STR:
		if (v && mem_of(part_blob(a, 1, false, (*nth)++), &m))
			print_user_strn(out, v, m.q, m.have, UINT32_MAX, true, o);
		else
			fmt_addr(out, v);
		break;
	case E_INSN: print_ebpf_insn(out, e, o); break;
	}
}

/*
 * strace's print_array of count elements at addr, from the memory m (NULL:
 * not captured): -s of them at most unless -v, then "..."; "... / * address
 * * /" where a page boundary cuts it. When m holds too little to tell, the
 * array's address; unless whole: m is all that was captured of a longer
 * array (a part's 4096 bytes), which ends with "...".
 */
static void print_array_mem(struct strbuf *out, const struct attr *a, uint64_t addr, uint32_t count,
			    enum elem_kind kind, const struct mem *m, bool whole,
			    const struct decode_opts *o)
{
	static const unsigned elem_size[] = { [E_U32] = 4, [E_X64] = 8, [E_ITER_MAP] = 4,
					      [E_STR] = 8,  [E_INSN] = 8 };
	unsigned es = elem_size[kind], nth = 0;
	uint64_t n = !o->verbose && count > o->str_max ? o->str_max : count;

	if (!addr || !count) {
		strbuf_adds(out, addr ? "[]" : "NULL");
		return;
	}
	if (!m || (!m->cut && !whole && m->have < es * n) || (m->cut && m->have < es)) {
		fmt_addr(out, addr);
		return;
	}
	strbuf_addc(out, '[');
	for (unsigned k = 0; k < n; k++) {
		if (k)
			strbuf_adds(out, ", ");
		if ((uint64_t)es * (k + 1) > m->have) {
			if (m->cut)
				strbuf_addf(out, "... /* %#llx */",
					    (unsigned long long)(addr + (uint64_t)es * k));
			else
				strbuf_adds(out, "...");
			strbuf_addc(out, ']');
			return;
		}
		print_elem(out, a, kind, m->q + es * k, &nth, o);
	}
	if (n < count)
		strbuf_adds(out, ", ...");
	strbuf_addc(out, ']');
}

/* An array at field off of the attribute, from the -s + 1 bytes captured of what it points to. */
static void print_array(struct strbuf *out, const struct attr *a, unsigned off, uint32_t count,
			enum elem_kind kind, bool failed, const struct decode_opts *o)
{
	uint64_t addr = load_u64(a->p, off);
	struct mem m = { 0 };

	if (addr && count && !failed)
		m.q = pointee(a, off / 8, &m.have, &m.cut);
	print_array_mem(out, a, addr, count, kind, m.q ? &m : NULL, false, o);
}

/* An array captured as part k: the address when it was not. */
static void print_array_part(struct strbuf *out, const struct attr *a, uint64_t addr, uint32_t count,
			     enum elem_kind kind, unsigned k, bool at_exit, const struct decode_opts *o)
{
	struct mem m;
	bool have = mem_of(part_blob(a, k, at_exit, 0), &m);

	print_array_mem(out, a, addr, count, kind, have ? &m : NULL, true, o);
}

/*
 * BPF_LINK_CREATE's fields after flags, by the attach type; returns the
 * size of the structure strace knows for that type.
 */
static unsigned print_link_create_tail(struct strbuf *out, const struct attr *a,
				       const struct decode_opts *o)
{
	uint32_t type = load_u32(a->p, OFF(link_create.attach_type));

	if (a->len <= OFF(link_create.target_btf_id))
		return END(link_create.kprobe_multi.cookies);
	switch (type) {
	case 0:
		if (load_u32(a->p, OFF(link_create.target_btf_id)))
			strbuf_addf(out, ", target_btf_id=%u",
				    load_u32(a->p, OFF(link_create.target_btf_id)));
		return END(link_create.target_btf_id);
	case BPF_TRACE_ITER:
		strbuf_adds(out, ", iter_info=");
		print_array(out, a, OFF(link_create.iter_info),
			    load_u32(a->p, OFF(link_create.iter_info_len)), E_ITER_MAP, false, o);
		strbuf_addf(out, ", iter_info_len=%u", load_u32(a->p, OFF(link_create.iter_info_len)));
		return END(link_create.iter_info_len);
	case BPF_PERF_EVENT:
		strbuf_addf(out, ", perf_event={bpf_cookie=%#llx}",
			    (unsigned long long)load_u64(a->p, OFF(link_create.perf_event.bpf_cookie)));
		return END(link_create.perf_event.bpf_cookie);
	case BPF_TRACE_KPROBE_MULTI: {
		uint32_t cnt = load_u32(a->p, OFF(link_create.kprobe_multi.cnt));

		strbuf_adds(out, ", kprobe_multi={flags=");
		print_flags_x(out, &bpf_kprobe_multi_flag_names,
			      load_u32(a->p, OFF(link_create.kprobe_multi.flags)), o->xlat);
		strbuf_addf(out, ", cnt=%u, syms=", cnt);
		print_array_part(out, a, load_u64(a->p, OFF(link_create.kprobe_multi.syms)), cnt,
				 E_STR, 0, false, o);
		strbuf_adds(out, ", addrs=");
		print_array(out, a, OFF(link_create.kprobe_multi.addrs), cnt, E_X64, false, o);
		strbuf_adds(out, ", cookies=");
		print_array(out, a, OFF(link_create.kprobe_multi.cookies), cnt, E_X64, false, o);
		strbuf_addc(out, '}');
		return END(link_create.kprobe_multi.cookies);
	}
	}
	return END(link_create.flags);
}

/*
 * strace's print_boottime: the time since boot in ns, and as a comment the
 * date it was, from the clocks' offset now (in whole seconds: approximate).
 */
static void print_boottime(struct strbuf *out, uint64_t ns, int xlat)
{
	struct timespec rt, bt;
	int64_t off, sec, nsec;

	strbuf_addf(out, "%llu", (unsigned long long)ns);
	if (xlat == XLAT_RAW || clock_gettime(CLOCK_REALTIME, &rt) ||
	    clock_gettime(CLOCK_BOOTTIME, &bt))
		return;
	off = (int64_t)(rt.tv_sec - bt.tv_sec) * 1000000000 + (rt.tv_nsec - bt.tv_nsec);
	/* in seconds and the rest apart: ns may be any 64-bit value */
	sec = (int64_t)(ns / 1000000000) + off / 1000000000;
	nsec = (int64_t)(ns % 1000000000) + off % 1000000000;
	sec += nsec < 0 ? -1 : nsec >= 1000000000;
	strbuf_adds(out, " /* ");
	print_date_frac(out, sec, 0, 0);
	strbuf_adds(out, " */");
}

/* jited_prog_insns: strace's printstr_ex of jited_prog_len bytes, in hex (part 3, at exit) */
static void print_jited(struct strbuf *out, const struct attr *a, uint64_t addr, uint32_t len,
			const struct decode_opts *o)
{
	unsigned n = len < o->str_max ? len : o->str_max;
	struct mem m;

	if (!addr || !mem_of(part_blob(a, 3, true, 0), &m) || m.have < n) {
		fmt_addr(out, addr);
		return;
	}
	print_hex_bytes(out, m.q, n);
	if (len > n)
		strbuf_adds(out, "...");
}

/* A field of bpf_map_info or bpf_prog_info; a->in: the structure as it was at entry. */
static void print_info_value(struct strbuf *out, const struct attr *a, const struct field *f,
			     const struct decode_opts *o)
{
	uint32_t v = load_u32(a->p, f->off), v0 = load_u32(a->in, f->off);
	uint64_t x = load_u64(a->p, f->off), x0 = load_u64(a->in, f->off);
	char raw[24], text[64];

	switch (f->kind) {
	case F_CHG32:
		if (v0 != v)
			strbuf_addf(out, "%u => ", v0);
		strbuf_addf(out, "%u", v);
		break;
	case F_CHGADDR:
		if (x0 != x) {
			fmt_addr(out, x0);
			strbuf_adds(out, " => ");
		}
		fmt_addr(out, x);
		break;
	case F_TAG: print_hex_bytes(out, a->p + f->off, BPF_TAG_SIZE); break;
	case F_BOOTTIME: print_boottime(out, x, o->xlat); break;
	case F_UID:
		if (v == UINT32_MAX)
			strbuf_adds(out, "-1");
		else
			strbuf_addf(out, "%u", v);
		break;
	case F_DEV:
		snprintf(raw, sizeof(raw), x ? "%#llx" : "0", (unsigned long long)x);
		snprintf(text, sizeof(text), "makedev(%#x, %#x)", major(x), minor(x));
		print_xlat_text(out, o->xlat, raw, text);
		break;
	case F_BIT0: strbuf_addf(out, "%u", v & 1); break;
	case F_XLATED: {
		uint32_t n = load_u32(a->p, IOFF(bpf_prog_info, xlated_prog_len)),
			 n0 = load_u32(a->in, IOFF(bpf_prog_info, xlated_prog_len));

		print_array_part(out, a, x, (n0 < n ? n0 : n) / 8, E_INSN, 2, true, o);
		break;
	}
	case F_JITED:
		print_jited(out, a, x, load_u32(a->p, IOFF(bpf_prog_info, jited_prog_len)), o);
		break;
	case F_MAPIDS: {
		uint32_t n = load_u32(a->p, IOFF(bpf_prog_info, nr_map_ids)),
			 n0 = load_u32(a->in, IOFF(bpf_prog_info, nr_map_ids));

		print_array_part(out, a, x, n0 < n ? n0 : n, E_U32, 1, true, o);
		break;
	}
	}
}

/* The last gate of a table: the structure is complete when the size passes it. */
static unsigned last_gate(const struct field *f)
{
	unsigned g = 0;

	for (; f->name || f->kind; f++)
		if (f->gate)
			g = f->gate;
	return g;
}

/*
 * BPF_OBJ_GET_INFO_BY_FD's info under -v: the bpf_map_info or bpf_prog_info
 * that the descriptor's kind says (-y must know it), from part 0 as it was
 * at exit (and at entry); else the address.
 */
static void print_obj_info(struct strbuf *out, const struct attr *in, const struct attr *now,
			   const struct decode_opts *o)
{
	char entry[ATTR_MAX] = { 0 }, exit[ATTR_MAX] = { 0 };
	uint64_t addr = load_u64(now->p, OFF(info.info));
	uint32_t size = load_u32(now->p, OFF(info.info_len)), size0 = load_u32(in->p, OFF(info.info_len));
	int fd = (int)load_u32(in->p, OFF(info.bpf_fd));
	const char *path = o->verbose && o->fd_path ?
				   o->fd_path(o->fd_ctx, o->fd_tgid, fd, DECODE_FDS_PATH) : NULL;
	bool prog = path && !strcmp(path, PROG), map = path && !strcmp(path, MAP);
	const struct sct_blob *b0 = part_blob(now, 0, false, 0), *b = part_blob(now, 0, true, 0);
	struct attr info = { exit, entry, 0, size, now->ev, now->arg, true };
	const struct field *t = prog ? prog_info : map_info;

	if ((!prog && !map) || !size || size > ATTR_MAX || !b || (b->flags & SCT_BLOB_FAULT) ||
	    b->len < size) {
		fmt_addr(out, addr);
		return;
	}
	memcpy(exit, sct_blob_data(b), size);
	/* one capture: the call did not run (injected), the structure is as it was */
	if (!(b0->flags & SCT_BLOB_FAULT) && size0 <= ATTR_MAX && b0->len >= size0)
		memcpy(entry, sct_blob_data(b0), size0);
	info.len = size < (prog ? PROG_INFO_SIZE : MAP_INFO_SIZE) ? size :
								    (prog ? PROG_INFO_SIZE : MAP_INFO_SIZE);
	strbuf_addc(out, '{');
	print_fields(out, &info, t, o);
	if (info.len > last_gate(t))
		print_extra(out, &info, prog ? PROG_INFO_SIZE : MAP_INFO_SIZE, o);
	strbuf_addc(out, '}');
}

/* The outputs of the commands strace prints at exit, from the attribute as it is then. */
static void print_exit_part(struct strbuf *out, const struct cmd *c, const struct attr *in,
			    const struct attr *now, const struct decode_opts *o)
{
	switch (c->exit) {
	case X_NEXT_ID:
		if (load_u32(now->p, OFF(next_id)) != load_u32(in->p, OFF(next_id)))
			strbuf_addf(out, " => %u", load_u32(now->p, OFF(next_id)));
		if (now->len > OFF(open_flags)) {
			strbuf_adds(out, ", open_flags=");
			print_flags_x(out, &bpf_file_mode_names, load_u32(now->p, OFF(open_flags)),
				      o->xlat);
		}
		return;
	case X_INFO:
		if (load_u32(now->p, OFF(info.info_len)) != load_u32(in->p, OFF(info.info_len)))
			strbuf_addf(out, " => %u", load_u32(now->p, OFF(info.info_len)));
		strbuf_adds(out, ", info=");
		print_obj_info(out, in, now, o);
		strbuf_addc(out, '}');
		return;
	case X_QUERY: {
		uint32_t cnt0 = load_u32(in->p, OFF(query.prog_cnt));
		uint32_t cnt = load_u32(now->p, OFF(query.prog_cnt));

		strbuf_adds(out, ", prog_ids=");
		print_array(out, now, OFF(query.prog_ids), cnt, E_U32, sc_event_failed(now->ev), o);
		strbuf_adds(out, ", prog_cnt=");
		if (cnt0 != cnt)
			strbuf_addf(out, "%u => ", cnt0);
		strbuf_addf(out, "%u}", cnt);
		return;
	}
	case X_TASK_FD: {
		uint32_t len0 = load_u32(in->p, OFF(task_fd_query.buf_len));
		uint32_t len = load_u32(now->p, OFF(task_fd_query.buf_len));

		if (len0 != len)
			strbuf_addf(out, " => %u", len);
		strbuf_adds(out, ", buf=");
		print_pstr(out, now, OFF(task_fd_query.buf), len0 < len ? len0 : len, true, o);
		strbuf_addf(out, ", prog_id=%u, fd_type=", load_u32(now->p, OFF(task_fd_query.prog_id)));
		print_enum_x(out, &bpf_task_fd_type_names, load_u32(now->p, OFF(task_fd_query.fd_type)),
			     o->xlat);
		strbuf_addf(out, ", probe_offset=%#llx, probe_addr=%#llx}",
			    (unsigned long long)load_u64(now->p, OFF(task_fd_query.probe_offset)),
			    (unsigned long long)load_u64(now->p, OFF(task_fd_query.probe_addr)));
		return;
	}
	}
}

/*
 * The instructions: the address, or under -v the array (from part 0; in a
 * log made before there were parts, when the -s + 1 bytes hold it whole).
 */
static void print_insns(struct strbuf *out, const struct attr *a, const struct decode_opts *o)
{
	uint64_t addr = load_u64(a->p, OFF(insns));
	uint32_t cnt = load_u32(a->p, OFF(insn_cnt));

	if (!o->verbose)
		fmt_addr(out, addr);
	else if (part_blob(a, 0, false, 0))
		print_array_part(out, a, addr, cnt, E_INSN, 0, false, o);
	else
		print_array(out, a, OFF(insns), cnt, E_INSN, false, o);
}

bool fmt_bpf_attr(struct strbuf *out, const struct sc_event *ev, unsigned i,
		  const struct decode_opts *o)
{
	uint32_t size = (uint32_t)ev->args[i + 1];
	const struct cmd *c = cmd_of(ev->args[0]);
	char buf[ATTR_MAX] = { 0 }, buf_exit[ATTR_MAX] = { 0 };
	struct attr a = { buf, NULL, 0, size, ev, i, false }, now = a;
	const char *p, *q;
	unsigned depth;

	if (!c || !size || size > ATTR_MAX || !(p = attr_mem(ev, i, size, true))) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	a.len = size < c->size ? size : c->size;
	memcpy(buf, p, size);
	strbuf_addc(out, '{');
	depth = print_fields(out, &a, c->fields, o);
	if (c->exit != X_NONE && !ev->has_ret) { /* the outputs are not known yet */
		close_braces(out, depth + 1);
		return true;
	}
	if (c->exit == X_NONE) {
		unsigned known = c->size;

		if (ev->args[0] == BPF_LINK_CREATE)
			known = print_link_create_tail(out, &a, o);
		close_braces(out, depth);
		print_extra(out, &a, known, o);
		strbuf_addc(out, '}');
		return true;
	}
	q = attr_mem(ev, i, size, false);
	if (q) {
		memcpy(buf_exit, q, size);
		now.p = buf_exit;
	}
	now.len = a.len;
	now.at_exit = true;
	if (c->exit == X_BATCH) {
		close_braces(out, depth);
		print_extra(out, &a, c->size, o);
		strbuf_addc(out, '}');
		if (load_u32(now.p, OFF(batch.count)) != load_u32(a.p, OFF(batch.count)))
			strbuf_addf(out, " => {batch={count=%u}}", load_u32(now.p, OFF(batch.count)));
		return true;
	}
	print_exit_part(out, c, &a, &now, o);
	print_extra(out, &now, c->size, o);
	strbuf_addc(out, '}');
	return true;
}

bool fmt_bpf_cmd(struct strbuf *out, const struct sc_event *ev, unsigned i,
		 const struct decode_opts *o)
{
	print_enum_x(out, &bpf_cmd_names, (uint32_t)ev->args[i], o->xlat);
	return true;
}

const char *bpf_fd_name(const struct sc_event *ev)
{
	const struct cmd *c = cmd_of(ev->args[0]);

	return c ? c->fd_name : NULL;
}

/* Whether the call returns a descriptor (-y describes it). */
bool bpf_returns_fd(const struct sc_event *ev)
{
	const struct cmd *c = cmd_of(ev->args[0]);

	return c && c->returns_fd;
}
