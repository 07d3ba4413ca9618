// SPDX-License-Identifier: MIT
// V4L2 requests on a descriptor that is no video device: what the caller passes, including the clip list and the extended controls (with a string) that the structures point to, cut where the memory ends.
// TRACE: -e trace=ioctl,exit_group
// START: first
#include <linux/videodev2.h>
#include <sys/mman.h>

#include "e2e.h"

/* size bytes that end where the page ends (the next page is unmapped) */
static void *at_page_end(size_t size)
{
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	munmap(p + 4096, 4096);
	memset(p + 4096 - size, 0, size);
	return p + 4096 - size;
}

static const char rect0[] = "{left=-10, top=20, width=640, height=480}";
static const char clip0[] = "{c={left=1, top=-2, width=3, height=4}}";
static const char clip1[] = "{c={left=5, top=6, width=7, height=8}}";

static void set_rect(struct v4l2_rect *r, int l, int t, unsigned w, unsigned h)
{
	r->left = l;
	r->top = t;
	r->width = w;
	r->height = h;
}

static void formats(void)
{
	struct v4l2_format *f = at_page_end(sizeof(*f));
	struct v4l2_clip *clips = at_page_end(2 * sizeof(*clips));

	SC(SYS_ioctl, -1, VIDIOC_S_FMT, NULL);
	line(ret(), "ioctl(-1, VIDIOC_S_FMT, NULL)");
	f->type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
	f->fmt.pix.width = 640;
	f->fmt.pix.height = 480;
	f->fmt.pix.pixelformat = V4L2_PIX_FMT_YUYV;
	f->fmt.pix.field = V4L2_FIELD_INTERLACED;
	f->fmt.pix.bytesperline = 1280;
	f->fmt.pix.sizeimage = 614400;
	f->fmt.pix.colorspace = V4L2_COLORSPACE_SRGB;
	SC(SYS_ioctl, -1, VIDIOC_S_FMT, f);
	line(ret(), "ioctl(-1, VIDIOC_S_FMT, {type=V4L2_BUF_TYPE_VIDEO_CAPTURE, fmt.pix={width=640, "
		    "height=480, pixelformat=v4l2_fourcc('Y', 'U', 'Y', 'V') /* V4L2_PIX_FMT_YUYV */, "
		    "field=V4L2_FIELD_INTERLACED, bytesperline=1280, sizeimage=614400, "
		    "colorspace=V4L2_COLORSPACE_SRGB}})");
	SC(SYS_ioctl, -1, VIDIOC_G_FMT, f);
	line(ret(), "ioctl(-1, VIDIOC_G_FMT, {type=V4L2_BUF_TYPE_VIDEO_CAPTURE})");

	memset(f, 0, sizeof(*f));
	f->type = V4L2_BUF_TYPE_VIDEO_OVERLAY;
	set_rect(&f->fmt.win.w, -10, 20, 640, 480);
	f->fmt.win.field = V4L2_FIELD_TOP;
	f->fmt.win.chromakey = 0xff00;
	set_rect(&clips[0].c, 1, -2, 3, 4);
	set_rect(&clips[1].c, 5, 6, 7, 8);
	f->fmt.win.clips = clips;
	f->fmt.win.clipcount = 2;
	SC(SYS_ioctl, -1, VIDIOC_TRY_FMT, f);
	line(ret(), "ioctl(-1, VIDIOC_TRY_FMT, {type=V4L2_BUF_TYPE_VIDEO_OVERLAY, fmt.win={w=%s, "
		    "field=V4L2_FIELD_TOP, chromakey=0xff00, clips=[%s, %s], clipcount=2, "
		    "bitmap=NULL}})", rect0, clip0, clip1);
	/* a third clip would be past the end of the page */
	f->fmt.win.clipcount = 3;
	f->fmt.win.global_alpha = 0x80;
	SC(SYS_ioctl, -1, VIDIOC_S_FMT, f);
	line(ret(), "ioctl(-1, VIDIOC_S_FMT, {type=V4L2_BUF_TYPE_VIDEO_OVERLAY, fmt.win={w=%s, "
		    "field=V4L2_FIELD_TOP, chromakey=0xff00, clips=[%s, %s, ... /* %p */], "
		    "clipcount=3, bitmap=NULL, global_alpha=0x80}})", rect0, clip0, clip1,
	     (void *)(clips + 2));
	f->fmt.win.clips = clips + 2;
	SC(SYS_ioctl, -1, VIDIOC_S_FMT, f);
	line(ret(), "ioctl(-1, VIDIOC_S_FMT, {type=V4L2_BUF_TYPE_VIDEO_OVERLAY, fmt.win={w=%s, "
		    "field=V4L2_FIELD_TOP, chromakey=0xff00, clips=%p, clipcount=3, bitmap=NULL, "
		    "global_alpha=0x80}})", rect0, (void *)(clips + 2));
}

static void buffers(void)
{
	struct v4l2_requestbuffers *rb = at_page_end(sizeof(*rb));
	struct v4l2_buffer *b = at_page_end(sizeof(*b));
	int *type = at_page_end(sizeof(*type));
	struct v4l2_create_buffers *cb = at_page_end(sizeof(*cb));

	rb->count = 4;
	rb->type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
	rb->memory = V4L2_MEMORY_MMAP;
	SC(SYS_ioctl, -1, VIDIOC_REQBUFS, rb);
	line(ret(), "ioctl(-1, VIDIOC_REQBUFS, {type=V4L2_BUF_TYPE_VIDEO_CAPTURE, "
		    "memory=V4L2_MEMORY_MMAP, count=4})");
	b->type = V4L2_BUF_TYPE_VIDEO_OUTPUT;
	b->index = 3;
	SC(SYS_ioctl, -1, VIDIOC_QBUF, b);
	line(ret(), "ioctl(-1, VIDIOC_QBUF, {type=V4L2_BUF_TYPE_VIDEO_OUTPUT, index=3})");
	SC(SYS_ioctl, -1, VIDIOC_DQBUF, b);
	line(ret(), "ioctl(-1, VIDIOC_DQBUF, {type=V4L2_BUF_TYPE_VIDEO_OUTPUT})");
	*type = 0x77;
	SC(SYS_ioctl, -1, VIDIOC_STREAMON, type);
	line(ret(), "ioctl(-1, VIDIOC_STREAMON, [0x77 /* V4L2_BUF_TYPE_??? */])");
	cb->count = 2;
	cb->memory = V4L2_MEMORY_DMABUF;
	cb->format.type = V4L2_BUF_TYPE_META_CAPTURE;
	cb->format.fmt.meta.dataformat = V4L2_META_FMT_UVC;
	cb->format.fmt.meta.buffersize = 4096;
	SC(SYS_ioctl, -1, VIDIOC_CREATE_BUFS, cb);
	line(ret(), "ioctl(-1, VIDIOC_CREATE_BUFS, {count=2, memory=V4L2_MEMORY_DMABUF, "
		    "format={type=V4L2_BUF_TYPE_META_CAPTURE, fmt.meta={dataformat=v4l2_fourcc('U', "
		    "'V', 'C', 'H') /* V4L2_META_FMT_UVC */, buffersize=4096}}})");
}

static void controls(void)
{
	struct v4l2_control *ctl = at_page_end(sizeof(*ctl));
	struct v4l2_queryctrl *q = at_page_end(sizeof(*q));
	struct v4l2_ext_controls *ec = at_page_end(sizeof(*ec));
	struct v4l2_ext_control *e = at_page_end(2 * sizeof(*e));
	static char name[] = "abc\0def";
	const char *ctrls;

	ctl->id = V4L2_CID_BRIGHTNESS;
	ctl->value = -5;
	SC(SYS_ioctl, -1, VIDIOC_S_CTRL, ctl);
	line(ret(), "ioctl(-1, VIDIOC_S_CTRL, {id=V4L2_CID_BRIGHTNESS, value=-5})");
	ctl->id = V4L2_CTRL_CLASS_CAMERA + 0x1234;
	SC(SYS_ioctl, -1, VIDIOC_G_CTRL, ctl);
	line(ret(), "ioctl(-1, VIDIOC_G_CTRL, {id=V4L2_CTRL_CLASS_CAMERA+0x1234})");
	q->id = V4L2_CTRL_FLAG_NEXT_CTRL | V4L2_CID_HUE;
	SC(SYS_ioctl, -1, VIDIOC_QUERYCTRL, q);
	line(ret(), "ioctl(-1, VIDIOC_QUERYCTRL, {id=V4L2_CTRL_FLAG_NEXT_CTRL|V4L2_CID_HUE})");

	ec->ctrl_class = V4L2_CTRL_CLASS_USER;
	ec->count = 0;
	SC(SYS_ioctl, -1, VIDIOC_S_EXT_CTRLS, ec);
	line(ret(), "ioctl(-1, VIDIOC_S_EXT_CTRLS, {ctrl_class=V4L2_CTRL_CLASS_USER, count=0})");
	e[0].id = V4L2_CID_CONTRAST;
	e[0].value64 = -2;
	e[1].id = V4L2_CID_AUDIO_VOLUME;
	e[1].size = sizeof(name);
	e[1].string = name;
	ec->count = 2;
	ec->error_idx = 7;
	ec->controls = e;
	ctrls = "[{id=V4L2_CID_CONTRAST, size=0, value=-2, value64=-2}, "
		"{id=V4L2_CID_AUDIO_VOLUME, size=8, string=\"abc\\0def\\0\"}]";
	SC(SYS_ioctl, -1, VIDIOC_S_EXT_CTRLS, ec);
	line(ret(), "ioctl(-1, VIDIOC_S_EXT_CTRLS, {ctrl_class=V4L2_CTRL_CLASS_USER, count=2, "
		    "controls=%s} => {controls=%s, error_idx=7})", ctrls, ctrls);
	SC(SYS_ioctl, -1, VIDIOC_G_EXT_CTRLS, ec);
	line(ret(), "ioctl(-1, VIDIOC_G_EXT_CTRLS, {ctrl_class=V4L2_CTRL_CLASS_USER, count=2, "
		    "controls=%s, error_idx=7})", ctrls);
	/* the third control is past the end of the page: strace stops there */
	ec->count = 3;
	SC(SYS_ioctl, -1, VIDIOC_TRY_EXT_CTRLS, ec);
	line(ret(), "ioctl(-1, VIDIOC_TRY_EXT_CTRLS, {ctrl_class=V4L2_CTRL_CLASS_USER, count=3, "
		    "controls=[{id=V4L2_CID_CONTRAST, size=0, value=-2, value64=-2}, "
		    "{id=V4L2_CID_AUDIO_VOLUME, size=8, string=\"abc\\0def\\0\"}, ... /* %p */]})",
	     (void *)(e + 2));
}

static void misc(void)
{
	struct v4l2_streamparm *sp = at_page_end(sizeof(*sp));
	v4l2_std_id *std = at_page_end(sizeof(*std));
	struct v4l2_frmsizeenum *fs = at_page_end(sizeof(*fs));
	unsigned *input = at_page_end(sizeof(*input));

	SC(SYS_ioctl, -1, VIDIOC_QUERYCAP, NULL);
	line(ret(), "ioctl(-1, VIDIOC_QUERYCAP, NULL)");
	sp->type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
	sp->parm.capture.capability = V4L2_CAP_TIMEPERFRAME;
	sp->parm.capture.timeperframe.numerator = 1;
	sp->parm.capture.timeperframe.denominator = 30;
	sp->parm.capture.readbuffers = 2;
	SC(SYS_ioctl, -1, VIDIOC_S_PARM, sp);
	line(ret(), "ioctl(-1, VIDIOC_S_PARM, {type=V4L2_BUF_TYPE_VIDEO_CAPTURE, "
		    "parm.capture={capability=V4L2_CAP_TIMEPERFRAME, capturemode=0, "
		    "timeperframe=1/30, extendedmode=0, readbuffers=2}})");
	*std = V4L2_STD_PAL;
	SC(SYS_ioctl, -1, VIDIOC_S_STD, std);
	line(ret(), "ioctl(-1, VIDIOC_S_STD, [%#llx])", (unsigned long long)V4L2_STD_PAL);
	fs->index = 1;
	fs->pixel_format = V4L2_PIX_FMT_MJPEG;
	SC(SYS_ioctl, -1, VIDIOC_ENUM_FRAMESIZES, fs);
	line(ret(), "ioctl(-1, VIDIOC_ENUM_FRAMESIZES, {index=1, pixel_format=v4l2_fourcc('M', "
		    "'J', 'P', 'G') /* V4L2_PIX_FMT_MJPEG */})");
	*input = 2;
	SC(SYS_ioctl, -1, VIDIOC_S_INPUT, input);
	line(ret(), "ioctl(-1, VIDIOC_S_INPUT, [2])");
	SC(SYS_ioctl, -1, VIDIOC_G_INPUT, input);
	line(ret(), "ioctl(-1, VIDIOC_G_INPUT, %p)", (void *)input);
}

int main(void)
{
	misc();
	formats();
	buffers();
	controls();
	e2e_exit(0);
}
