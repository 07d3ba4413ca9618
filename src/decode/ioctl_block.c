// SPDX-License-Identifier: MIT
/*
 * ioctl requests of block devices (type 0x12, <linux/fs.h>, <linux/blkpg.h>,
 * <linux/blktrace_api.h>) as strace 6.1 prints them: the numbers they take
 * or return ([512], by the width and sign of each), BLKDISCARD's range,
 * BLKPG's struct blkpg_ioctl_arg with the partition it points to, and
 * BLKTRACESETUP's struct blk_user_trace_setup (its name after success).
 */
#include <stddef.h>
#include <linux/blkpg.h>
#include <linux/blktrace_api.h>
#include <linux/blkzoned.h>
#include <linux/fs.h>

#include "ioctl.h"
#include "xlat_devices.h"

#define OFF(type, field) offsetof(struct type, field)

/* How a request's argument prints. */
enum blk_arg {
	BA_VALUE, /* by value, unsigned: BLKRASET's read-ahead */
	BA_NONE, /* no argument */
	BA_IN_INT, /* [int] */
	BA_OUT_INT,
	BA_OUT_UINT,
	BA_OUT_USHORT,
	BA_OUT_LONG,
	BA_OUT_ULONG,
	BA_OUT_U64,
	BA_RANGE, /* [u64, u64] */
	BA_BLKPG,
	BA_TRACE,
};

static const struct {
	uint32_t code;
	uint8_t arg; /* enum blk_arg */
} blk_reqs[] = {
	{ BLKRASET, BA_VALUE },
	{ BLKFRASET, BA_VALUE },
	{ BLKSECTGET, BA_OUT_USHORT },
	{ BLKROTATIONAL, BA_OUT_USHORT },
	{ BLKROGET, BA_OUT_INT },
	{ BLKBSZGET, BA_OUT_INT },
	{ BLKSSZGET, BA_OUT_INT },
	{ BLKALIGNOFF, BA_OUT_INT },
	{ BLKROSET, BA_IN_INT },
	{ BLKBSZSET, BA_IN_INT },
	{ BLKPBSZGET, BA_OUT_UINT },
	{ BLKIOMIN, BA_OUT_UINT },
	{ BLKIOOPT, BA_OUT_UINT },
	{ BLKDISCARDZEROES, BA_OUT_UINT },
	{ BLKGETZONESZ, BA_OUT_UINT },
	{ BLKGETNRZONES, BA_OUT_UINT },
	{ BLKRAGET, BA_OUT_LONG },
	{ BLKFRAGET, BA_OUT_LONG },
	{ BLKGETSIZE, BA_OUT_ULONG },
	{ BLKGETSIZE64, BA_OUT_U64 },
	{ BLKGETDISKSEQ, BA_OUT_U64 },
	{ BLKDISCARD, BA_RANGE },
	{ BLKSECDISCARD, BA_RANGE },
	{ BLKZEROOUT, BA_RANGE },
	{ BLKPG, BA_BLKPG },
	{ BLKTRACESETUP, BA_TRACE },
	{ BLKRRPART, BA_NONE },
	{ BLKFLSBUF, BA_NONE },
	{ BLKTRACESTART, BA_NONE },
	{ BLKTRACESTOP, BA_NONE },
	{ BLKTRACETEARDOWN, BA_NONE },
};

/* {start=..., length=..., pno=..., devname="...", volname="..."} or its address */
static void print_partition(const struct ioctl_call *c, uint64_t addr)
{
	unsigned have;
	bool full;
	const char *p = ioctl_pointee_bytes(c, &have, &full);

	if (!addr || c->o->nonverbose || !p || have < sizeof(struct blkpg_partition)) {
		fmt_addr(c->out, addr);
		return;
	}
	strbuf_addf(c->out, "{start=%lld, length=%lld, pno=%d, devname=",
		    (long long)load_u64(p, OFF(blkpg_partition, start)),
		    (long long)load_u64(p, OFF(blkpg_partition, length)),
		    (int)load_u32(p, OFF(blkpg_partition, pno)));
	ioctl_cstring(c, p + OFF(blkpg_partition, devname), BLKPG_DEVNAMELTH);
	strbuf_adds(c->out, ", volname=");
	ioctl_cstring(c, p + OFF(blkpg_partition, volname), BLKPG_VOLNAMELTH);
	strbuf_addc(c->out, '}');
}

static void print_blkpg(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct blkpg_ioctl_arg));

	if (!p)
		return;
	strbuf_adds(c->out, "{op=");
	ioctl_enum(c, &blkpg_op_names, load_u32(p, OFF(blkpg_ioctl_arg, op)));
	strbuf_addf(c->out, ", flags=%d, datalen=%d, data=",
		    (int)load_u32(p, OFF(blkpg_ioctl_arg, flags)),
		    (int)load_u32(p, OFF(blkpg_ioctl_arg, datalen)));
	print_partition(c, load_u64(p, OFF(blkpg_ioctl_arg, data)));
	strbuf_addc(c->out, '}');
}

/* The setup at entry; the name the kernel gave the trace after success. */
static void print_trace_setup(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct blk_user_trace_setup));
	const struct sct_blob *b;

	if (!p)
		return;
	strbuf_addf(c->out, "{act_mask=%u, buf_size=%u, buf_nr=%u, start_lba=%llu, end_lba=%llu, pid=",
		    load_u16(p, OFF(blk_user_trace_setup, act_mask)),
		    load_u32(p, OFF(blk_user_trace_setup, buf_size)),
		    load_u32(p, OFF(blk_user_trace_setup, buf_nr)),
		    (unsigned long long)load_u64(p, OFF(blk_user_trace_setup, start_lba)),
		    (unsigned long long)load_u64(p, OFF(blk_user_trace_setup, end_lba)));
	decode_pid(c->out, (int)load_u32(p, OFF(blk_user_trace_setup, pid)), PID_KIND_TGID, c->o);
	b = fmt_mem(c->ev, c->i, sizeof(struct blk_user_trace_setup));
	if (b && !ioctl_failed(c)) {
		strbuf_adds(c->out, ", name=");
		ioctl_cstring(c, sct_blob_data(b) + OFF(blk_user_trace_setup, name), BLKTRACE_BDEV_SIZE);
	}
	strbuf_addc(c->out, '}');
}

/* An output number: [N] of the width and sign given, or the address. */
static void print_out(const struct ioctl_call *c, unsigned width, bool sign)
{
	const char *p = ioctl_out(c, width);
	uint64_t v;

	if (!p)
		return;
	v = width == 2 ? load_u16(p, 0) : width == 4 ? load_u32(p, 0) : load_u64(p, 0);
	if (sign && width == 4)
		v = (uint64_t)(int64_t)(int32_t)v;
	if (sign)
		strbuf_addf(c->out, "[%lld]", (long long)v);
	else
		strbuf_addf(c->out, "[%llu]", (unsigned long long)v);
}

enum ioctl_res ioctl_block_decode(const struct ioctl_call *c)
{
	const char *p;
	unsigned k;

	for (k = 0; k < sizeof(blk_reqs) / sizeof(blk_reqs[0]); k++)
		if (blk_reqs[k].code == c->code)
			break;
	if (k == sizeof(blk_reqs) / sizeof(blk_reqs[0]))
		return IOCTL_UNKNOWN;
	switch ((enum blk_arg)blk_reqs[k].arg) {
	case BA_VALUE:
		strbuf_addf(c->out, "%llu", (unsigned long long)c->arg);
		break;
	case BA_NONE:
		return IOCTL_NO_ARG;
	case BA_IN_INT:
		if ((p = ioctl_in(c, 4)))
			strbuf_addf(c->out, "[%d]", (int)load_u32(p, 0));
		break;
	case BA_OUT_INT:
		print_out(c, 4, true);
		break;
	case BA_OUT_UINT:
		print_out(c, 4, false);
		break;
	case BA_OUT_USHORT:
		print_out(c, 2, false);
		break;
	case BA_OUT_LONG:
		print_out(c, 8, true);
		break;
	case BA_OUT_ULONG:
	case BA_OUT_U64:
		print_out(c, 8, false);
		break;
	case BA_RANGE:
		if ((p = ioctl_in(c, 16)))
			strbuf_addf(c->out, "[%llu, %llu]", (unsigned long long)load_u64(p, 0),
				    (unsigned long long)load_u64(p, 8));
		break;
	case BA_BLKPG:
		print_blkpg(c);
		break;
	case BA_TRACE:
		print_trace_setup(c);
		break;
	}
	return IOCTL_ARG;
}
