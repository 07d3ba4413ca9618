// SPDX-License-Identifier: MIT
/*
 * ioctl requests of Video4Linux2 devices (type 'V', <linux/videodev2.h>) as
 * strace 6.1 prints them: capabilities, formats (with a window's clip list),
 * buffers, stream parameters, standards, inputs, controls (with an extended
 * control list and each control's string), tuners, cropping, frame sizes and
 * intervals, buffer creation. What the caller passes prints from the entry
 * copy of the argument, what the kernel fills in from the exit copy after
 * success; in/out fields print "old => new" where strace does. The arrays a
 * structure points to come from the capture of the ioctl argument (aux
 * SCT_AUX_POINTEE: the clips or controls; SCT_AUX_IOCTL_STR: the controls'
 * strings, in order).
 */
#include <stddef.h>
#include <stdio.h>
#include <linux/videodev2.h>

#include "ioctl.h"
#include "xlat_v4l2.h"

#define OFF(type, field) offsetof(struct type, field)

/* what the kernel side knows of these structures without the uapi headers (record.h) */
_Static_assert(SCT_VIDIOC_G_FMT == VIDIOC_G_FMT && SCT_VIDIOC_S_FMT == VIDIOC_S_FMT &&
		       SCT_VIDIOC_TRY_FMT == VIDIOC_TRY_FMT &&
		       SCT_VIDIOC_CREATE_BUFS == VIDIOC_CREATE_BUFS &&
		       SCT_VIDIOC_G_EXT_CTRLS == VIDIOC_G_EXT_CTRLS &&
		       SCT_VIDIOC_S_EXT_CTRLS == VIDIOC_S_EXT_CTRLS &&
		       SCT_VIDIOC_TRY_EXT_CTRLS == VIDIOC_TRY_EXT_CTRLS,
	       "record.h's VIDIOC_ numbers");
_Static_assert(OFF(v4l2_format, fmt) == 8 && OFF(v4l2_window, clips) == 24 &&
		       OFF(v4l2_window, clipcount) == 32 && OFF(v4l2_create_buffers, format) == 16 &&
		       OFF(v4l2_ext_controls, count) == 4 && OFF(v4l2_ext_controls, controls) == 24 &&
		       sizeof(struct v4l2_clip) == SCT_V4L2_CLIP_SIZE &&
		       sizeof(struct v4l2_ext_control) == SCT_V4L2_EXT_CONTROL_SIZE &&
		       OFF(v4l2_ext_control, size) == 4 && OFF(v4l2_ext_control, string) == 12,
	       "the layouts put_v4l2_pointees reads");
/* where the format's union is in struct v4l2_format */
#define FMT OFF(v4l2_format, fmt)

/* The exit copy after success, or NULL (no address printed: the entry part was). */
static const char *v4l2_after(const struct ioctl_call *c, unsigned len)
{
	const struct sct_blob *b;

	if (ioctl_failed(c) || !(b = fmt_mem(c->ev, c->i, len)))
		return NULL;
	return sct_blob_data(b);
}

static void print_rect(const struct ioctl_call *c, const char *p)
{
	strbuf_addf(c->out, "{left=%d, top=%d, width=%u, height=%u}", (int32_t)load_u32(p, 0),
		    (int32_t)load_u32(p, 4), load_u32(p, 8), load_u32(p, 12));
}

static void print_fract(const struct ioctl_call *c, const char *name, const char *p)
{
	strbuf_addf(c->out, "%s=%u/%u", name, load_u32(p, 0), load_u32(p, 4));
}

/* v4l2_fourcc('Y', 'U', 'Y', 'V') / * V4L2_PIX_FMT_YUYV * /, or under -X raw the number. */
static void print_fourcc(const struct ioctl_call *c, uint32_t v, const struct flag_table *t)
{
	const char *name;

	if (c->o->xlat == XLAT_RAW) {
		strbuf_addf(c->out, "%#x", v);
		return;
	}
	strbuf_adds(c->out, "v4l2_fourcc(");
	for (unsigned k = 0; k < 4; k++) {
		unsigned char ch = (unsigned char)(v >> (8 * k));

		if (k)
			strbuf_adds(c->out, ", ");
		if (ch >= ' ' && ch < 0x7f)
			strbuf_addf(c->out, ch == '\'' || ch == '\\' ? "'\\%c'" : "'%c'", ch);
		else
			strbuf_addf(c->out, "'\\x%02x'", ch);
	}
	strbuf_addc(c->out, ')');
	if (t && (name = flag_lookup(t, v)))
		strbuf_addf(c->out, " /* %s */", name);
}

static void field_cstring(const struct ioctl_call *c, const char *name, const char *p,
			  unsigned size)
{
	strbuf_addf(c->out, "%s=", name);
	ioctl_cstring(c, p, size);
}

static void field_enum(const struct ioctl_call *c, const char *name, const struct flag_table *t,
		       uint64_t v)
{
	strbuf_addf(c->out, "%s=", name);
	ioctl_enum(c, t, v);
}

static void field_flags(const struct ioctl_call *c, const char *name, const struct flag_table *t,
			uint64_t v)
{
	strbuf_addf(c->out, "%s=", name);
	ioctl_flags(c, t, v);
}

/* A value of a named constant printed from text: the name, or under -X the number too. */
static void print_named(const struct ioctl_call *c, uint32_t v, const char *name)
{
	char raw[16];

	snprintf(raw, sizeof(raw), "%#x", v);
	print_xlat_text(c->out, c->o->xlat, raw, name);
}

/*
 * A control id: V4L2_CID_BRIGHTNESS, or its class and the offset in it
 * (V4L2_CTRL_CLASS_USER+0x1234), else 0x... / * V4L2_CID_??? * /; with next,
 * the V4L2_CTRL_FLAG_NEXT_* bits of a query first.
 */
static void print_cid(const struct ioctl_call *c, uint32_t id, bool next)
{
	const struct flag_table *cl = &v4l2_ctrl_class_names;
	uint32_t flags = next ? id & (uint32_t)flag_known_bits(&v4l2_ctrl_query_flag_names) : 0;
	const char *name, *class_name = NULL;
	uint64_t class = 0;
	char text[96];

	if (c->o->xlat == XLAT_RAW) {
		strbuf_addf(c->out, "%#x", id);
		return;
	}
	if (flags) {
		ioctl_flags(c, &v4l2_ctrl_query_flag_names, flags);
		strbuf_addc(c->out, '|');
		id &= ~flags;
	}
	if ((name = flag_lookup(&v4l2_cid_names, id))) {
		print_named(c, id, name);
		return;
	}
	for (unsigned k = 0; k < cl->n; k++) /* the class at or below id */
		if (cl->v[k].val <= id && cl->v[k].val >= class) {
			class = cl->v[k].val;
			class_name = cl->v[k].name;
		}
	if (!class_name || id - class >= 0x10000) {
		snprintf(text, sizeof(text), "%#x /* V4L2_CID_??? */", id);
		print_named(c, id, text);
		return;
	}
	snprintf(text, sizeof(text), "%s+%#llx", class_name, (unsigned long long)(id - class));
	print_named(c, id, text);
}

static void print_capability(const struct ioctl_call *c)
{
	const char *p = ioctl_out(c, sizeof(struct v4l2_capability));
	uint32_t ver, dev_caps;
	char kv[64];

	if (!p)
		return;
	field_cstring(c, "{driver", p, 16);
	field_cstring(c, ", card", p + OFF(v4l2_capability, card), 32);
	field_cstring(c, ", bus_info", p + OFF(v4l2_capability, bus_info), 32);
	ver = load_u32(p, OFF(v4l2_capability, version));
	snprintf(kv, sizeof(kv), "KERNEL_VERSION(%u, %u, %u)", ver >> 16, (ver >> 8) & 0xff,
		 ver & 0xff);
	strbuf_adds(c->out, ", version=");
	if (c->o->xlat == XLAT_ABBREV)
		strbuf_adds(c->out, kv);
	else if (c->o->xlat == XLAT_RAW)
		strbuf_addf(c->out, "%#x", ver);
	else
		strbuf_addf(c->out, "%#x /* %s */", ver, kv);
	field_flags(c, ", capabilities", &v4l2_cap_names,
		    load_u32(p, OFF(v4l2_capability, capabilities)));
	dev_caps = load_u32(p, OFF(v4l2_capability, device_caps));
	if (dev_caps)
		field_flags(c, ", device_caps", &v4l2_cap_names, dev_caps);
	strbuf_addc(c->out, '}');
}

static void print_fmtdesc(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct v4l2_fmtdesc));

	if (!p)
		return;
	strbuf_addf(c->out, "{index=%u, ", load_u32(p, 0));
	field_enum(c, "type", &v4l2_buf_type_names, load_u32(p, 4));
	if ((p = v4l2_after(c, sizeof(struct v4l2_fmtdesc)))) {
		field_flags(c, ", flags", &v4l2_fmt_flag_names, load_u32(p, OFF(v4l2_fmtdesc, flags)));
		field_cstring(c, ", description", p + OFF(v4l2_fmtdesc, description), 32);
		strbuf_adds(c->out, ", pixelformat=");
		print_fourcc(c, load_u32(p, OFF(v4l2_fmtdesc, pixelformat)), &v4l2_pix_fmt_names);
	}
	strbuf_addc(c->out, '}');
}

static void print_clip(const struct ioctl_call *c, unsigned at, const char *e, unsigned k)
{
	(void)at;
	(void)k;
	strbuf_adds(c->out, "{c=");
	print_rect(c, e);
	strbuf_addc(c->out, '}');
}

static bool print_pix(const struct ioctl_call *c, const char *p)
{
	strbuf_addf(c->out, "fmt.pix={width=%u, height=%u, pixelformat=", load_u32(p, 0),
		    load_u32(p, 4));
	print_fourcc(c, load_u32(p, 8), &v4l2_pix_fmt_names);
	field_enum(c, ", field", &v4l2_field_names, load_u32(p, OFF(v4l2_pix_format, field)));
	strbuf_addf(c->out, ", bytesperline=%u, sizeimage=%u, ",
		    load_u32(p, OFF(v4l2_pix_format, bytesperline)),
		    load_u32(p, OFF(v4l2_pix_format, sizeimage)));
	field_enum(c, "colorspace", &v4l2_colorspace_names,
		   load_u32(p, OFF(v4l2_pix_format, colorspace)));
	strbuf_addc(c->out, '}');
	return true;
}

static bool print_pix_mp(const struct ioctl_call *c, const char *p)
{
	unsigned n = (unsigned char)p[OFF(v4l2_pix_format_mplane, num_planes)];
	const char *pl = p + OFF(v4l2_pix_format_mplane, plane_fmt);

	strbuf_addf(c->out, "fmt.pix_mp={width=%u, height=%u, pixelformat=", load_u32(p, 0),
		    load_u32(p, 4));
	print_fourcc(c, load_u32(p, 8), &v4l2_pix_fmt_names);
	field_enum(c, ", field", &v4l2_field_names, load_u32(p, OFF(v4l2_pix_format_mplane, field)));
	field_enum(c, ", colorspace", &v4l2_colorspace_names,
		   load_u32(p, OFF(v4l2_pix_format_mplane, colorspace)));
	strbuf_adds(c->out, ", plane_fmt=[");
	for (unsigned k = 0; k < n && k < VIDEO_MAX_PLANES; k++) {
		const char *e = pl + k * sizeof(struct v4l2_plane_pix_format);

		if (k)
			strbuf_adds(c->out, ", ");
		if (ioctl_array_cut(c, k))
			break;
		strbuf_addf(c->out, "{sizeimage=%u, bytesperline=%u}", load_u32(e, 0), load_u32(e, 4));
	}
	strbuf_addf(c->out, "], num_planes=%u}", n);
	return true;
}

static bool print_win(const struct ioctl_call *c, const char *p)
{
	uint8_t alpha = (uint8_t)p[OFF(v4l2_window, global_alpha)];
	bool whole;

	strbuf_adds(c->out, "fmt.win={w=");
	print_rect(c, p);
	field_enum(c, ", field", &v4l2_field_names, load_u32(p, OFF(v4l2_window, field)));
	strbuf_addf(c->out, ", chromakey=%#x, clips=", load_u32(p, OFF(v4l2_window, chromakey)));
	whole = ioctl_ptr_array(c, p, load_u64(p, OFF(v4l2_window, clips)),
				load_u32(p, OFF(v4l2_window, clipcount)), sizeof(struct v4l2_clip),
				print_clip);
	strbuf_addf(c->out, ", clipcount=%u, bitmap=", load_u32(p, OFF(v4l2_window, clipcount)));
	fmt_addr(c->out, load_u64(p, OFF(v4l2_window, bitmap)));
	if (alpha)
		strbuf_addf(c->out, ", global_alpha=%#x", alpha);
	strbuf_addc(c->out, '}');
	return whole;
}

static bool print_vbi(const struct ioctl_call *c, const char *p)
{
	strbuf_addf(c->out, "fmt.vbi={sampling_rate=%u, offset=%u, samples_per_line=%u, "
			    "sample_format=",
		    load_u32(p, 0), load_u32(p, 4), load_u32(p, 8));
	print_fourcc(c, load_u32(p, 12), &v4l2_pix_fmt_names);
	strbuf_addf(c->out, ", start=[%d, %d], count=[%u, %u], ",
		    (int32_t)load_u32(p, OFF(v4l2_vbi_format, start)),
		    (int32_t)load_u32(p, OFF(v4l2_vbi_format, start) + 4),
		    load_u32(p, OFF(v4l2_vbi_format, count)),
		    load_u32(p, OFF(v4l2_vbi_format, count) + 4));
	field_flags(c, "flags", &v4l2_vbi_flag_names, load_u32(p, OFF(v4l2_vbi_format, flags)));
	strbuf_addc(c->out, '}');
	return true;
}

static bool print_sliced(const struct ioctl_call *c, const char *p)
{
	strbuf_adds(c->out, "fmt.sliced={");
	field_flags(c, "service_set", &v4l2_sliced_flag_names, load_u16(p, 0));
	strbuf_adds(c->out, ", service_lines=[");
	for (unsigned r = 0; r < 2; r++) {
		if (r)
			strbuf_adds(c->out, ", ");
		ioctl_uarray(c, p + OFF(v4l2_sliced_vbi_format, service_lines) + r * 48, 24, 2, true);
	}
	strbuf_addf(c->out, "], io_size=%u}", load_u32(p, OFF(v4l2_sliced_vbi_format, io_size)));
	return true;
}

static bool print_sdr(const struct ioctl_call *c, const char *p)
{
	uint32_t size = load_u32(p, 4);

	strbuf_adds(c->out, "fmt.sdr={pixelformat=");
	print_fourcc(c, load_u32(p, 0), &v4l2_sdr_fmt_names);
	if (size)
		strbuf_addf(c->out, ", buffersize=%u", size);
	strbuf_addc(c->out, '}');
	return true;
}

static bool print_meta(const struct ioctl_call *c, const char *p)
{
	strbuf_adds(c->out, "fmt.meta={dataformat=");
	print_fourcc(c, load_u32(p, 0), &v4l2_meta_fmt_names);
	strbuf_addf(c->out, ", buffersize=%u}", load_u32(p, 4));
	return true;
}

/*
 * The union of a struct v4l2_format by its type (at p), after sep; false if
 * the type has none or a clip list could not be printed whole (strace then
 * prints nothing more of the call).
 */
static bool print_format_fmt(const struct ioctl_call *c, const char *p, const char *sep)
{
	bool (*fn)(const struct ioctl_call *, const char *);

	switch (load_u32(p, 0)) {
	case V4L2_BUF_TYPE_VIDEO_CAPTURE:
	case V4L2_BUF_TYPE_VIDEO_OUTPUT:
		fn = print_pix;
		break;
	case V4L2_BUF_TYPE_VIDEO_CAPTURE_MPLANE:
	case V4L2_BUF_TYPE_VIDEO_OUTPUT_MPLANE:
		fn = print_pix_mp;
		break;
	case V4L2_BUF_TYPE_VIDEO_OUTPUT_OVERLAY:
	case V4L2_BUF_TYPE_VIDEO_OVERLAY:
		fn = print_win;
		break;
	case V4L2_BUF_TYPE_VBI_CAPTURE:
	case V4L2_BUF_TYPE_VBI_OUTPUT:
		fn = print_vbi;
		break;
	case V4L2_BUF_TYPE_SLICED_VBI_CAPTURE:
	case V4L2_BUF_TYPE_SLICED_VBI_OUTPUT:
		fn = print_sliced;
		break;
	case V4L2_BUF_TYPE_SDR_CAPTURE:
	case V4L2_BUF_TYPE_SDR_OUTPUT:
		fn = print_sdr;
		break;
	case V4L2_BUF_TYPE_META_CAPTURE:
	case V4L2_BUF_TYPE_META_OUTPUT:
		fn = print_meta;
		break;
	default:
		return false;
	}
	strbuf_adds(c->out, sep);
	return fn(c, p + FMT);
}

/* G_FMT: the type, then the format; S_FMT, TRY_FMT: the format, then " => " the kernel's. */
static void print_format(const struct ioctl_call *c, bool get)
{
	const char *p = ioctl_in(c, sizeof(struct v4l2_format));

	if (!p)
		return;
	strbuf_adds(c->out, "{");
	field_enum(c, "type", &v4l2_buf_type_names, load_u32(p, 0));
	if (!get && !print_format_fmt(c, p, ", ")) {
		strbuf_addc(c->out, '}');
		return;
	}
	if ((p = v4l2_after(c, sizeof(struct v4l2_format))))
		print_format_fmt(c, p, get ? ", " : "} => {");
	strbuf_addc(c->out, '}');
}

static void print_reqbufs(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct v4l2_requestbuffers));

	if (!p)
		return;
	field_enum(c, "{type", &v4l2_buf_type_names, load_u32(p, OFF(v4l2_requestbuffers, type)));
	field_enum(c, ", memory", &v4l2_memory_names,
		   load_u32(p, OFF(v4l2_requestbuffers, memory)));
	strbuf_addf(c->out, ", count=%u", load_u32(p, 0));
	if ((p = v4l2_after(c, sizeof(struct v4l2_requestbuffers))))
		strbuf_addf(c->out, " => %u", load_u32(p, 0));
	strbuf_addc(c->out, '}');
}

/* flags|timestamp type|timestamp source, or under -X raw the number */
static void print_buf_flags(const struct ioctl_call *c, uint32_t v)
{
	uint32_t ts_type = v & V4L2_BUF_FLAG_TIMESTAMP_MASK, ts_src = v & V4L2_BUF_FLAG_TSTAMP_SRC_MASK;
	uint32_t flags = v & ~ts_type & ~ts_src;

	if (c->o->xlat == XLAT_RAW) {
		strbuf_addf(c->out, "%#x", v);
		return;
	}
	if (flags) {
		ioctl_flags(c, &v4l2_buf_flag_names, flags);
		strbuf_addc(c->out, '|');
	}
	ioctl_enum(c, &v4l2_buf_ts_type_names, ts_type);
	strbuf_addc(c->out, '|');
	ioctl_enum(c, &v4l2_buf_ts_src_names, ts_src);
}

static void print_buffer(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct v4l2_buffer));
	bool dq = c->code == VIDIOC_DQBUF;
	uint32_t mem;

	if (!p)
		return;
	field_enum(c, "{type", &v4l2_buf_type_names, load_u32(p, OFF(v4l2_buffer, type)));
	if (!dq)
		strbuf_addf(c->out, ", index=%u", load_u32(p, 0));
	if ((p = v4l2_after(c, sizeof(struct v4l2_buffer)))) {
		if (dq)
			strbuf_addf(c->out, ", index=%u", load_u32(p, 0));
		mem = load_u32(p, OFF(v4l2_buffer, memory));
		field_enum(c, ", memory", &v4l2_memory_names, mem);
		if (mem == V4L2_MEMORY_MMAP) {
			strbuf_addf(c->out, ", m.offset=%#x", load_u32(p, OFF(v4l2_buffer, m)));
		} else if (mem == V4L2_MEMORY_USERPTR) {
			strbuf_adds(c->out, ", m.userptr=");
			fmt_addr(c->out, load_u64(p, OFF(v4l2_buffer, m)));
		}
		strbuf_addf(c->out, ", length=%u, bytesused=%u, flags=",
			    load_u32(p, OFF(v4l2_buffer, length)),
			    load_u32(p, OFF(v4l2_buffer, bytesused)));
		print_buf_flags(c, load_u32(p, OFF(v4l2_buffer, flags)));
		if (dq) {
			strbuf_adds(c->out, ", timestamp=");
			print_timeval(c->out, p + OFF(v4l2_buffer, timestamp));
		}
		strbuf_adds(c->out, ", ...");
	}
	strbuf_addc(c->out, '}');
}

static void print_framebuffer(const struct ioctl_call *c, const char *p)
{
	if (!p)
		return;
	strbuf_addf(c->out, "{capability=%#x, flags=%#x, base=", load_u32(p, 0), load_u32(p, 4));
	fmt_addr(c->out, load_u64(p, OFF(v4l2_framebuffer, base)));
	strbuf_addc(c->out, '}');
}

static void print_parm(const struct ioctl_call *c, const char *p)
{
	bool cap = load_u32(p, 0) == V4L2_BUF_TYPE_VIDEO_CAPTURE;
	const char *s = p + OFF(v4l2_streamparm, parm);

	strbuf_adds(c->out, cap ? "parm.capture={" : "parm.output={");
	field_flags(c, "capability", &v4l2_streaming_cap_names, load_u32(s, 0));
	field_flags(c, cap ? ", capturemode" : ", outputmode", &v4l2_capture_mode_names,
		    load_u32(s, 4));
	strbuf_adds(c->out, ", ");
	print_fract(c, "timeperframe", s + OFF(v4l2_captureparm, timeperframe));
	strbuf_addf(c->out, ", extendedmode=%#x, %s=%u}", load_u32(s, OFF(v4l2_captureparm, extendedmode)),
		    cap ? "readbuffers" : "writebuffers", load_u32(s, OFF(v4l2_captureparm, readbuffers)));
}

static void print_streamparm(const struct ioctl_call *c, bool get)
{
	const char *p = ioctl_in(c, sizeof(struct v4l2_streamparm));
	uint32_t type;

	if (!p)
		return;
	type = load_u32(p, 0);
	field_enum(c, "{type", &v4l2_buf_type_names, type);
	if (type != V4L2_BUF_TYPE_VIDEO_CAPTURE && type != V4L2_BUF_TYPE_VIDEO_OUTPUT) {
		strbuf_addc(c->out, '}');
		return;
	}
	if (!get) {
		strbuf_adds(c->out, ", ");
		print_parm(c, p);
	}
	if ((p = v4l2_after(c, sizeof(struct v4l2_streamparm)))) {
		strbuf_adds(c->out, get ? ", " : "} => {");
		print_parm(c, p);
	}
	strbuf_addc(c->out, '}');
}

static void print_standard(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct v4l2_standard));

	if (!p)
		return;
	strbuf_addf(c->out, "{index=%u", load_u32(p, 0));
	if ((p = v4l2_after(c, sizeof(struct v4l2_standard)))) {
		field_cstring(c, ", name", p + OFF(v4l2_standard, name), 24);
		strbuf_adds(c->out, ", ");
		print_fract(c, "frameperiod", p + OFF(v4l2_standard, frameperiod));
		strbuf_addf(c->out, ", framelines=%u", load_u32(p, OFF(v4l2_standard, framelines)));
	}
	strbuf_addc(c->out, '}');
}

static void print_input(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct v4l2_input));

	if (!p)
		return;
	strbuf_addf(c->out, "{index=%u", load_u32(p, 0));
	if ((p = v4l2_after(c, sizeof(struct v4l2_input)))) {
		field_cstring(c, ", name", p + OFF(v4l2_input, name), 32);
		field_enum(c, ", type", &v4l2_input_type_names, load_u32(p, OFF(v4l2_input, type)));
	}
	strbuf_addc(c->out, '}');
}

static void print_control(const struct ioctl_call *c, bool get)
{
	const char *p = ioctl_in(c, sizeof(struct v4l2_control));

	if (!p)
		return;
	strbuf_adds(c->out, "{id=");
	print_cid(c, load_u32(p, 0), false);
	if (!get)
		strbuf_addf(c->out, ", value=%d", (int32_t)load_u32(p, 4));
	if ((p = v4l2_after(c, sizeof(struct v4l2_control))))
		strbuf_addf(c->out, get ? ", value=%d" : " => %d", (int32_t)load_u32(p, 4));
	strbuf_addc(c->out, '}');
}

static void print_tuner_fields(const struct ioctl_call *c, const char *p)
{
	field_cstring(c, "name", p + OFF(v4l2_tuner, name), 32);
	field_enum(c, ", type", &v4l2_tuner_type_names, load_u32(p, OFF(v4l2_tuner, type)));
	field_flags(c, ", capability", &v4l2_tuner_cap_names,
		    load_u32(p, OFF(v4l2_tuner, capability)));
	strbuf_addf(c->out, ", rangelow=%u, rangehigh=%u", load_u32(p, OFF(v4l2_tuner, rangelow)),
		    load_u32(p, OFF(v4l2_tuner, rangehigh)));
	field_flags(c, ", rxsubchans", &v4l2_tuner_sub_names,
		    load_u32(p, OFF(v4l2_tuner, rxsubchans)));
	field_enum(c, ", audmode", &v4l2_tuner_mode_names, load_u32(p, OFF(v4l2_tuner, audmode)));
	strbuf_addf(c->out, ", signal=%d, afc=%d", (int32_t)load_u32(p, OFF(v4l2_tuner, signal)),
		    (int32_t)load_u32(p, OFF(v4l2_tuner, afc)));
}

static void print_tuner(const struct ioctl_call *c, bool get)
{
	const char *p = ioctl_in(c, sizeof(struct v4l2_tuner));

	if (!p)
		return;
	strbuf_addf(c->out, "{index=%u", load_u32(p, 0));
	if (!get) {
		strbuf_adds(c->out, ", ");
		print_tuner_fields(c, p);
	}
	if ((p = v4l2_after(c, sizeof(struct v4l2_tuner)))) {
		strbuf_adds(c->out, get ? ", " : "} => {");
		print_tuner_fields(c, p);
	}
	strbuf_addc(c->out, '}');
}

/* reserved=[0x1, 0x2] when not all zero */
static void print_reserved(const struct ioctl_call *c, const char *p, unsigned n)
{
	for (unsigned k = 0; k < n; k++)
		if (load_u32(p, 4 * k)) {
			strbuf_adds(c->out, ", reserved=");
			ioctl_uarray(c, p, n, 4, true);
			return;
		}
}

/* QUERYCTRL and QUERY_EXT_CTRL: the id asked for (=> the one found), then the control. */
static void print_queryctrl(const struct ioctl_call *c, bool ext)
{
	unsigned size = ext ? sizeof(struct v4l2_query_ext_ctrl) : sizeof(struct v4l2_queryctrl);
	const char *p = ioctl_in(c, size);
	uint32_t id;

	if (!p)
		return;
	id = load_u32(p, 0);
	strbuf_adds(c->out, "{id=");
	print_cid(c, id, true);
	if (!(p = v4l2_after(c, size))) {
		strbuf_addc(c->out, '}');
		return;
	}
	if (load_u32(p, 0) != id) {
		strbuf_adds(c->out, " => ");
		print_cid(c, load_u32(p, 0), false);
	}
	field_enum(c, ", type", &v4l2_ctrl_type_names, load_u32(p, 4));
	field_cstring(c, ", name", p + 8, 32);
	if (!c->o->verbose) {
		strbuf_adds(c->out, ", ...}");
		return;
	}
	if (!ext) {
		strbuf_addf(c->out, ", minimum=%d, maximum=%d, step=%d, default_value=%d",
			    (int32_t)load_u32(p, 40), (int32_t)load_u32(p, 44),
			    (int32_t)load_u32(p, 48), (int32_t)load_u32(p, 52));
		field_flags(c, ", flags", &v4l2_ctrl_flag_names, load_u32(p, OFF(v4l2_queryctrl, flags)));
		print_reserved(c, p + OFF(v4l2_queryctrl, reserved), 2);
		strbuf_addc(c->out, '}');
		return;
	}
	strbuf_addf(c->out, ", minimum=%lld, maximum=%lld, step=%llu, default_value=%lld",
		    (long long)load_u64(p, 40), (long long)load_u64(p, 48),
		    (unsigned long long)load_u64(p, 56), (long long)load_u64(p, 64));
	field_flags(c, ", flags", &v4l2_ctrl_flag_names, load_u32(p, OFF(v4l2_query_ext_ctrl, flags)));
	strbuf_addf(c->out, ", elem_size=%u, elems=%u, nr_of_dims=%u, dims=",
		    load_u32(p, OFF(v4l2_query_ext_ctrl, elem_size)),
		    load_u32(p, OFF(v4l2_query_ext_ctrl, elems)),
		    load_u32(p, OFF(v4l2_query_ext_ctrl, nr_of_dims)));
	{
		uint32_t n = load_u32(p, OFF(v4l2_query_ext_ctrl, nr_of_dims));

		ioctl_uarray(c, p + OFF(v4l2_query_ext_ctrl, dims), n < 4 ? n : 4, 4, false);
	}
	print_reserved(c, p + OFF(v4l2_query_ext_ctrl, reserved), 32);
	strbuf_addc(c->out, '}');
}

static void print_cropcap(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct v4l2_cropcap));

	if (!p)
		return;
	field_enum(c, "{type", &v4l2_buf_type_names, load_u32(p, 0));
	if ((p = v4l2_after(c, sizeof(struct v4l2_cropcap)))) {
		strbuf_adds(c->out, ", bounds=");
		print_rect(c, p + OFF(v4l2_cropcap, bounds));
		strbuf_adds(c->out, ", defrect=");
		print_rect(c, p + OFF(v4l2_cropcap, defrect));
		strbuf_adds(c->out, ", ");
		print_fract(c, "pixelaspect", p + OFF(v4l2_cropcap, pixelaspect));
	}
	strbuf_addc(c->out, '}');
}

static void print_crop(const struct ioctl_call *c, bool get)
{
	const char *p = ioctl_in(c, sizeof(struct v4l2_crop));

	if (!p)
		return;
	field_enum(c, "{type", &v4l2_buf_type_names, load_u32(p, 0));
	if (get)
		p = v4l2_after(c, sizeof(struct v4l2_crop));
	if (p) {
		strbuf_adds(c->out, ", c=");
		print_rect(c, p + OFF(v4l2_crop, c));
	}
	strbuf_addc(c->out, '}');
}

/*
 * The string of control k of the array that is blob at: the strings follow
 * their array, one per control with a size, in order.
 */
static const struct sct_blob *control_string(const struct ioctl_call *c, unsigned at, unsigned k)
{
	const char *arr = sct_blob_data(c->ev->blobs[at]);
	unsigned seen = 0;

	for (unsigned j = 0; j < k; j++)
		if (load_u32(arr, j * sizeof(struct v4l2_ext_control) + 4))
			seen++;
	for (unsigned n = at + 1; n < c->ev->nblobs && n < SC_EVENT_MAX_BLOBS; n++) {
		const struct sct_blob *b = c->ev->blobs[n];

		if (b->arg != c->i || b->kind != SCT_BLOB_MEM)
			continue;
		if (b->aux != SCT_AUX_IOCTL_STR)
			break;
		if (!seen--)
			return (b->flags & SCT_BLOB_FAULT) ? NULL : b;
	}
	return NULL;
}

static void print_ext_control(const struct ioctl_call *c, unsigned at, const char *e, unsigned k)
{
	uint32_t size = load_u32(e, 4);
	const struct sct_blob *s;

	field_enum(c, "{id", &v4l2_cid_names, load_u32(e, 0));
	strbuf_addf(c->out, ", size=%u, ", size);
	if (!size) {
		strbuf_addf(c->out, "value=%d, value64=%lld}", (int32_t)load_u32(e, 12),
			    (long long)load_u64(e, 12));
		return;
	}
	strbuf_adds(c->out, "string=");
	s = control_string(c, at, k);
	if (!s) {
		fmt_addr(c->out, load_u64(e, 12));
	} else {
		unsigned n = s->len < size ? s->len : size;

		if (n > c->o->str_max)
			n = c->o->str_max;
		format_quoted(c->out, sct_blob_data(s), n, size > n, c->o);
	}
	strbuf_addc(c->out, '}');
}

/*
 * {ctrl_class=..., count=N, controls=[...]}; S and TRY: " => " the controls
 * again at exit; after a failure the error_idx the kernel set.
 */
static void print_ext_controls(const struct ioctl_call *c, bool get)
{
	const char *p = ioctl_in(c, sizeof(struct v4l2_ext_controls)), *q;
	const struct sct_blob *b;
	uint64_t addr;
	uint32_t count;

	if (!p)
		return;
	count = load_u32(p, OFF(v4l2_ext_controls, count));
	field_enum(c, "{ctrl_class", &v4l2_ctrl_class_names, load_u32(p, 0));
	strbuf_addf(c->out, ", count=%u", count);
	if (!count) {
		strbuf_addc(c->out, '}');
		return;
	}
	addr = load_u64(p, OFF(v4l2_ext_controls, controls));
	/* strace stops where the array could not be read whole */
	if (!get) {
		strbuf_adds(c->out, ", controls=");
		if (!ioctl_ptr_array(c, p, addr, count, sizeof(struct v4l2_ext_control),
				     print_ext_control)) {
			strbuf_addc(c->out, '}');
			return;
		}
	}
	/* the exit copy, after a failure too (error_idx) */
	if (!(b = fmt_mem(c->ev, c->i, sizeof(struct v4l2_ext_controls)))) {
		strbuf_addc(c->out, '}');
		return;
	}
	q = sct_blob_data(b);
	strbuf_adds(c->out, get ? ", controls=" : "} => {controls=");
	ioctl_ptr_array(c, q, load_u64(q, OFF(v4l2_ext_controls, controls)),
			load_u32(q, OFF(v4l2_ext_controls, count)), sizeof(struct v4l2_ext_control),
			print_ext_control);
	if (ioctl_failed(c))
		strbuf_addf(c->out, ", error_idx=%u", load_u32(q, OFF(v4l2_ext_controls, error_idx)));
	strbuf_addc(c->out, '}');
}

static void print_frmsizeenum(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct v4l2_frmsizeenum)), *u;
	uint32_t type;

	if (!p)
		return;
	strbuf_addf(c->out, "{index=%u, pixel_format=", load_u32(p, 0));
	print_fourcc(c, load_u32(p, 4), &v4l2_pix_fmt_names);
	if ((p = v4l2_after(c, sizeof(struct v4l2_frmsizeenum)))) {
		type = load_u32(p, OFF(v4l2_frmsizeenum, type));
		u = p + OFF(v4l2_frmsizeenum, discrete);
		field_enum(c, ", type", &v4l2_framesize_type_names, type);
		if (type == V4L2_FRMSIZE_TYPE_DISCRETE)
			strbuf_addf(c->out, ", discrete={width=%u, height=%u}", load_u32(u, 0),
				    load_u32(u, 4));
		else if (type == V4L2_FRMSIZE_TYPE_STEPWISE)
			strbuf_addf(c->out, ", stepwise={min_width=%u, max_width=%u, step_width=%u, "
					    "min_height=%u, max_height=%u, step_height=%u}",
				    load_u32(u, 0), load_u32(u, 4), load_u32(u, 8), load_u32(u, 12),
				    load_u32(u, 16), load_u32(u, 20));
	}
	strbuf_addc(c->out, '}');
}

static void print_frmivalenum(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct v4l2_frmivalenum)), *u;
	uint32_t type;

	if (!p)
		return;
	strbuf_addf(c->out, "{index=%u, pixel_format=", load_u32(p, 0));
	print_fourcc(c, load_u32(p, 4), &v4l2_pix_fmt_names);
	strbuf_addf(c->out, ", width=%u, height=%u", load_u32(p, 8), load_u32(p, 12));
	if ((p = v4l2_after(c, sizeof(struct v4l2_frmivalenum)))) {
		type = load_u32(p, OFF(v4l2_frmivalenum, type));
		u = p + OFF(v4l2_frmivalenum, discrete);
		field_enum(c, ", type", &v4l2_frameinterval_type_names, type);
		if (type == V4L2_FRMIVAL_TYPE_DISCRETE) {
			strbuf_adds(c->out, ", ");
			print_fract(c, "discrete", u);
		} else if (type == V4L2_FRMIVAL_TYPE_STEPWISE || type == V4L2_FRMIVAL_TYPE_CONTINUOUS) {
			strbuf_adds(c->out, ", stepwise={");
			print_fract(c, "min", u);
			strbuf_adds(c->out, ", ");
			print_fract(c, "max", u + 8);
			strbuf_adds(c->out, ", ");
			print_fract(c, "step", u + 16);
			strbuf_addc(c->out, '}');
		}
	}
	strbuf_addc(c->out, '}');
}

static void print_create_bufs(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct v4l2_create_buffers)), *f;

	if (!p)
		return;
	f = p + OFF(v4l2_create_buffers, format);
	strbuf_addf(c->out, "{count=%u, ", load_u32(p, OFF(v4l2_create_buffers, count)));
	field_enum(c, "memory", &v4l2_memory_names, load_u32(p, OFF(v4l2_create_buffers, memory)));
	field_enum(c, ", format={type", &v4l2_buf_type_names, load_u32(f, 0));
	print_format_fmt(c, f, ", ");
	strbuf_adds(c->out, "}}");
}

/* VIDIOC_CREATE_BUFS' return value: 0 ({index=2, count=3}). */
void print_v4l2_ret(struct strbuf *out, const struct sc_event *ev)
{
	const struct sct_blob *b;

	if ((uint32_t)ev->args[1] != VIDIOC_CREATE_BUFS || sc_event_failed(ev) ||
	    !(b = fmt_mem(ev, 2, sizeof(struct v4l2_create_buffers))))
		return;
	strbuf_addf(out, " ({index=%u, count=%u})",
		    load_u32(sct_blob_data(b), OFF(v4l2_create_buffers, index)),
		    load_u32(sct_blob_data(b), OFF(v4l2_create_buffers, count)));
}

enum ioctl_res ioctl_v4l2_decode(const struct ioctl_call *c)
{
	const char *p;

	if (c->o->nonverbose)
		return IOCTL_UNKNOWN;
	switch (c->code) {
	case VIDIOC_QUERYCAP:
		print_capability(c);
		break;
	case VIDIOC_ENUM_FMT:
		print_fmtdesc(c);
		break;
	case VIDIOC_G_FMT:
	case VIDIOC_S_FMT:
	case VIDIOC_TRY_FMT:
		print_format(c, c->code == VIDIOC_G_FMT);
		break;
	case VIDIOC_REQBUFS:
		print_reqbufs(c);
		break;
	case VIDIOC_QUERYBUF:
	case VIDIOC_QBUF:
	case VIDIOC_DQBUF:
		print_buffer(c);
		break;
	case VIDIOC_G_FBUF:
		print_framebuffer(c, ioctl_out(c, sizeof(struct v4l2_framebuffer)));
		break;
	case VIDIOC_S_FBUF:
		print_framebuffer(c, ioctl_in(c, sizeof(struct v4l2_framebuffer)));
		break;
	case VIDIOC_STREAMON:
	case VIDIOC_STREAMOFF:
		if ((p = ioctl_in(c, 4))) {
			strbuf_addc(c->out, '[');
			ioctl_enum(c, &v4l2_buf_type_names, load_u32(p, 0));
			strbuf_addc(c->out, ']');
		}
		break;
	case VIDIOC_G_PARM:
	case VIDIOC_S_PARM:
		print_streamparm(c, c->code == VIDIOC_G_PARM);
		break;
	case VIDIOC_G_STD:
		if ((p = ioctl_out(c, 8)))
			strbuf_addf(c->out, "[%#llx]", (unsigned long long)load_u64(p, 0));
		break;
	case VIDIOC_S_STD:
		if ((p = ioctl_in(c, 8)))
			strbuf_addf(c->out, "[%#llx]", (unsigned long long)load_u64(p, 0));
		break;
	case VIDIOC_ENUMSTD:
		print_standard(c);
		break;
	case VIDIOC_ENUMINPUT:
		print_input(c);
		break;
	case VIDIOC_G_CTRL:
	case VIDIOC_S_CTRL:
		print_control(c, c->code == VIDIOC_G_CTRL);
		break;
	case VIDIOC_G_TUNER:
	case VIDIOC_S_TUNER:
		print_tuner(c, c->code == VIDIOC_G_TUNER);
		break;
	case VIDIOC_QUERYCTRL:
	case VIDIOC_QUERY_EXT_CTRL:
		print_queryctrl(c, c->code == VIDIOC_QUERY_EXT_CTRL);
		break;
	case VIDIOC_G_INPUT:
		if ((p = ioctl_out(c, 4)))
			strbuf_addf(c->out, "[%u]", load_u32(p, 0));
		break;
	case VIDIOC_S_INPUT:
		if ((p = ioctl_in(c, 4)))
			strbuf_addf(c->out, "[%u]", load_u32(p, 0));
		break;
	case VIDIOC_CROPCAP:
		print_cropcap(c);
		break;
	case VIDIOC_G_CROP:
	case VIDIOC_S_CROP:
		print_crop(c, c->code == VIDIOC_G_CROP);
		break;
	case VIDIOC_S_EXT_CTRLS:
	case VIDIOC_TRY_EXT_CTRLS:
	case VIDIOC_G_EXT_CTRLS:
		print_ext_controls(c, c->code == VIDIOC_G_EXT_CTRLS);
		break;
	case VIDIOC_ENUM_FRAMESIZES:
		print_frmsizeenum(c);
		break;
	case VIDIOC_ENUM_FRAMEINTERVALS:
		print_frmivalenum(c);
		break;
	case VIDIOC_CREATE_BUFS:
		print_create_bufs(c);
		break;
	default:
		return IOCTL_UNKNOWN;
	}
	return IOCTL_ARG;
}
