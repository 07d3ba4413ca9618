// SPDX-License-Identifier: MIT
/*
 * ioctl requests of small areas: the random device's RNDADDENTROPY ('R'),
 * the counter devices' watches (0x3E), the infrared devices' values (LIRC,
 * 'i'), the network block devices' requests (NBD, 0xAB) and the SCSI
 * generic driver's settings (SG_*, 0x22), as strace 6.1 prints them. The random device's other
 * requests (an int, or nothing) are rows of ioctl.c's table.
 */
#include <linux/counter.h>
#include <linux/ioctl.h>
#include <linux/lirc.h>
#include <linux/nbd.h>
#include <linux/random.h>
#include <scsi/sg.h>

#include "ioctl.h"
#include "xlat_ioctl.h"

/* {entropy_count=3, buf_size=8, buf="12345678"}: the buffer follows the two ints. */
static void print_entropy(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, 8);
	const struct sct_blob *b = fmt_mem(c->ev, c->i, 8);
	int32_t size;
	unsigned n;

	if (!p)
		return;
	size = (int32_t)load_u32(p, 4);
	strbuf_addf(c->out, "{entropy_count=%d, buf_size=%d, buf=", (int32_t)load_u32(p, 0), size);
	n = size < 0 ? 0 : (unsigned)size < c->o->str_max ? (unsigned)size : c->o->str_max;
	if (b && b->len >= 8 + n)
		format_quoted(c->out, sct_blob_data(b) + 8, n, (unsigned)size > n, c->o);
	else
		fmt_addr(c->out, c->arg + 8);
	strbuf_addc(c->out, '}');
}

enum ioctl_res ioctl_random_decode(const struct ioctl_call *c)
{
	if (c->code != RNDADDENTROPY)
		return IOCTL_UNKNOWN;
	print_entropy(c);
	return IOCTL_ARG;
}

/* {component={type=..., scope=..., parent=N, id=N}, event=..., channel=N} */
static void print_watch(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct counter_watch));

	if (!p)
		return;
	strbuf_adds(c->out, "{component={type=");
	ioctl_enum(c, &counter_component_type_names, (unsigned char)p[0]);
	strbuf_adds(c->out, ", scope=");
	ioctl_enum(c, &counter_scope_names, (unsigned char)p[1]);
	strbuf_addf(c->out, ", parent=%u, id=%u}, event=", (unsigned char)p[2], (unsigned char)p[3]);
	ioctl_enum(c, &counter_event_names, (unsigned char)p[4]);
	strbuf_addf(c->out, ", channel=%u}", (unsigned char)p[5]);
}

enum ioctl_res ioctl_counter_decode(const struct ioctl_call *c)
{
	switch (c->code) {
	case COUNTER_ADD_WATCH_IOCTL:
		print_watch(c);
		return IOCTL_ARG;
	case COUNTER_ENABLE_EVENTS_IOCTL:
	case COUNTER_DISABLE_EVENTS_IOCTL:
		return IOCTL_NO_ARG;
	}
	return IOCTL_UNKNOWN;
}

/* The LIRC requests, all of an unsigned int: how it prints. */
enum lirc_arg { LA_UINT, LA_HEX, LA_FEATURES, LA_MODE };

static const struct {
	uint32_t code;
	uint8_t arg; /* enum lirc_arg */
} lirc_reqs[] = {
	{ LIRC_GET_FEATURES, LA_FEATURES },
	{ LIRC_GET_SEND_MODE, LA_MODE },
	{ LIRC_GET_REC_MODE, LA_MODE },
	{ LIRC_SET_SEND_MODE, LA_MODE },
	{ LIRC_SET_REC_MODE, LA_MODE },
	{ LIRC_SET_TRANSMITTER_MASK, LA_HEX },
	{ LIRC_GET_REC_RESOLUTION, LA_UINT },
	{ LIRC_GET_MIN_TIMEOUT, LA_UINT },
	{ LIRC_GET_MAX_TIMEOUT, LA_UINT },
	{ LIRC_GET_LENGTH, LA_UINT },
	{ LIRC_SET_SEND_CARRIER, LA_UINT },
	{ LIRC_SET_REC_CARRIER, LA_UINT },
	{ LIRC_SET_SEND_DUTY_CYCLE, LA_UINT },
	{ LIRC_SET_REC_TIMEOUT, LA_UINT },
	{ LIRC_SET_REC_TIMEOUT_REPORTS, LA_UINT },
	{ LIRC_SET_MEASURE_CARRIER_MODE, LA_UINT },
	{ LIRC_SET_REC_CARRIER_RANGE, LA_UINT },
	{ LIRC_SET_WIDEBAND_RECEIVER, LA_UINT },
	{ LIRC_GET_REC_TIMEOUT, LA_UINT },
};

/* [value]: what the kernel wrote for a read request, else what the call passes. */
enum ioctl_res ioctl_lirc_decode(const struct ioctl_call *c)
{
	const char *p;
	uint32_t v;
	unsigned k;

	for (k = 0; k < sizeof(lirc_reqs) / sizeof(lirc_reqs[0]); k++)
		if (lirc_reqs[k].code == c->code)
			break;
	if (k == sizeof(lirc_reqs) / sizeof(lirc_reqs[0]))
		return IOCTL_UNKNOWN;
	p = _IOC_DIR(c->code) == _IOC_READ ? ioctl_out(c, 4) : ioctl_in(c, 4);
	if (!p)
		return IOCTL_ARG;
	v = load_u32(p, 0);
	strbuf_addc(c->out, '[');
	switch (lirc_reqs[k].arg) {
	case LA_FEATURES:
		ioctl_flags(c, &lirc_feature_names, v);
		break;
	case LA_MODE:
		ioctl_enum(c, &lirc_mode_names, v);
		break;
	case LA_HEX:
		strbuf_addf(c->out, "%#x", v);
		break;
	default:
		strbuf_addf(c->out, "%u", v);
		break;
	}
	strbuf_addc(c->out, ']');
	return IOCTL_ARG;
}

/* NBD: a descriptor, a number or the flags, by value. */
enum ioctl_res ioctl_nbd_decode(const struct ioctl_call *c)
{
	switch (c->code) {
	case NBD_DISCONNECT:
	case NBD_CLEAR_SOCK:
	case NBD_DO_IT:
	case NBD_CLEAR_QUE:
	case NBD_PRINT_DEBUG:
		return IOCTL_NO_ARG;
	case NBD_SET_SOCK:
		strbuf_addf(c->out, "%d", (int)c->arg);
		decode_fd_suffix(c->out, (int)c->arg, c->o);
		return IOCTL_ARG;
	case NBD_SET_BLKSIZE:
	case NBD_SET_SIZE:
	case NBD_SET_SIZE_BLOCKS:
	case NBD_SET_TIMEOUT:
		strbuf_addf(c->out, "%llu", (unsigned long long)c->arg);
		return IOCTL_ARG;
	case NBD_SET_FLAGS:
		ioctl_flags(c, &nbd_flag_names, c->arg);
		return IOCTL_ARG;
	}
	return IOCTL_UNKNOWN;
}

/* SCSI generic numbers <scsi/sg.h> of glibc lacks (the kernel's own header is not uapi) */
#define SCT_SG_NEXT_CMD_LEN 0x2283
#define SCT_SG_GET_ACCESS_COUNT 0x2289
#define SCT_SG_SCSI_RESET_NO_ESCALATE 0x100

/* What a SCSI generic request's argument is. */
enum sg_arg { SG_NONE, SG_IN_INT, SG_OUT_INT, SG_HEX, SG_STRUCT, SG_RESET };

static const struct {
	uint16_t code;
	uint8_t arg; /* enum sg_arg */
} sg_reqs[] = {
	{ SG_GET_TIMEOUT, SG_NONE },
	{ SG_SET_TRANSFORM, SG_HEX },
	{ SCT_SG_NEXT_CMD_LEN, SG_IN_INT },
	{ SG_SET_COMMAND_Q, SG_IN_INT },
	{ SG_SET_DEBUG, SG_IN_INT },
	{ SG_SET_FORCE_LOW_DMA, SG_IN_INT },
	{ SG_SET_FORCE_PACK_ID, SG_IN_INT },
	{ SG_SET_KEEP_ORPHAN, SG_IN_INT },
	{ SG_SET_RESERVED_SIZE, SG_IN_INT },
	{ SG_SET_TIMEOUT, SG_IN_INT },
	{ SG_EMULATED_HOST, SG_OUT_INT },
	{ SCT_SG_GET_ACCESS_COUNT, SG_OUT_INT },
	{ SG_GET_COMMAND_Q, SG_OUT_INT },
	{ SG_GET_KEEP_ORPHAN, SG_OUT_INT },
	{ SG_GET_LOW_DMA, SG_OUT_INT },
	{ SG_GET_NUM_WAITING, SG_OUT_INT },
	{ SG_GET_PACK_ID, SG_OUT_INT },
	{ SG_GET_RESERVED_SIZE, SG_OUT_INT },
	{ SG_GET_SG_TABLESIZE, SG_OUT_INT },
	{ SG_GET_TRANSFORM, SG_OUT_INT },
	{ SG_GET_VERSION_NUM, SG_OUT_INT },
	{ SG_GET_SCSI_ID, SG_STRUCT },
	{ SG_GET_REQUEST_TABLE, SG_STRUCT },
	{ SG_SCSI_RESET, SG_RESET },
};

/* [SG_SCSI_RESET_NO_ESCALATE|SG_SCSI_RESET_DEVICE] */
static void print_sg_reset(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, 4);
	uint32_t v;

	if (!p)
		return;
	v = load_u32(p, 0);
	strbuf_addc(c->out, '[');
	if (v & SCT_SG_SCSI_RESET_NO_ESCALATE) {
		ioctl_enum(c, &sg_scsi_reset_names, SCT_SG_SCSI_RESET_NO_ESCALATE);
		strbuf_addc(c->out, '|');
	}
	ioctl_enum(c, &sg_scsi_reset_names, v & ~SCT_SG_SCSI_RESET_NO_ESCALATE);
	strbuf_addc(c->out, ']');
}

enum ioctl_res ioctl_scsi_decode(const struct ioctl_call *c)
{
	const char *p;
	unsigned k;

	for (k = 0; k < sizeof(sg_reqs) / sizeof(sg_reqs[0]); k++)
		if (sg_reqs[k].code == c->code)
			break;
	if (k == sizeof(sg_reqs) / sizeof(sg_reqs[0]))
		return IOCTL_UNKNOWN;
	switch (sg_reqs[k].arg) {
	case SG_NONE:
		return IOCTL_NO_ARG;
	case SG_HEX:
		strbuf_addf(c->out, "%#x", (uint32_t)c->arg);
		break;
	case SG_IN_INT:
		if ((p = ioctl_in(c, 4)))
			strbuf_addf(c->out, "[%d]", (int32_t)load_u32(p, 0));
		break;
	case SG_OUT_INT:
		if ((p = ioctl_out(c, 4)))
			strbuf_addf(c->out, "[%d]", (int32_t)load_u32(p, 0));
		break;
	case SG_STRUCT: /* not decoded: its address */
		fmt_addr(c->out, c->arg);
		break;
	case SG_RESET:
		print_sg_reset(c);
		break;
	}
	return IOCTL_ARG;
}
