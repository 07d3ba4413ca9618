// SPDX-License-Identifier: MIT
// V4L2 requests that succeed (injected): what the kernel fills in prints after what the caller passed, in/out fields as "old => new", VIDIOC_CREATE_BUFS' return value.
// TRACE: -e trace=ioctl,exit_group -e inject=ioctl:retval=0
// START: first
#include <linux/version.h>
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

static const char *inj(void)
{
	return "0 (INJECTED)";
}

int main(void)
{
	struct v4l2_capability *cap = at_page_end(sizeof(*cap));
	struct v4l2_format *f = at_page_end(sizeof(*f));
	struct v4l2_requestbuffers *rb = at_page_end(sizeof(*rb));
	struct v4l2_buffer *b = at_page_end(sizeof(*b));
	struct v4l2_control *ctl = at_page_end(sizeof(*ctl));
	struct v4l2_queryctrl *q = at_page_end(sizeof(*q));
	struct v4l2_create_buffers *cb = at_page_end(sizeof(*cb));
	struct v4l2_frmivalenum *fi = at_page_end(sizeof(*fi));

	strcpy((char *)cap->driver, "uvcvideo");
	strcpy((char *)cap->card, "Integrated Camera");
	strcpy((char *)cap->bus_info, "usb-0000:00:14.0-8");
	cap->version = KERNEL_VERSION(6, 1, 12);
	cap->capabilities = V4L2_CAP_VIDEO_CAPTURE | V4L2_CAP_STREAMING | V4L2_CAP_DEVICE_CAPS;
	cap->device_caps = V4L2_CAP_VIDEO_CAPTURE | V4L2_CAP_STREAMING;
	SC(SYS_ioctl, -1, VIDIOC_QUERYCAP, cap);
	line(inj(), "ioctl(-1, VIDIOC_QUERYCAP, {driver=\"uvcvideo\", card=\"Integrated Camera\", "
		    "bus_info=\"usb-0000:00:14.0-8\", version=KERNEL_VERSION(6, 1, 12), "
		    "capabilities=V4L2_CAP_VIDEO_CAPTURE|V4L2_CAP_STREAMING|V4L2_CAP_DEVICE_CAPS, "
		    "device_caps=V4L2_CAP_VIDEO_CAPTURE|V4L2_CAP_STREAMING})");

	f->type = V4L2_BUF_TYPE_VIDEO_CAPTURE_MPLANE;
	f->fmt.pix_mp.width = 1920;
	f->fmt.pix_mp.height = 1080;
	f->fmt.pix_mp.pixelformat = V4L2_PIX_FMT_NV12M;
	f->fmt.pix_mp.field = V4L2_FIELD_NONE;
	f->fmt.pix_mp.colorspace = V4L2_COLORSPACE_REC709;
	f->fmt.pix_mp.num_planes = 2;
	f->fmt.pix_mp.plane_fmt[0].sizeimage = 2073600;
	f->fmt.pix_mp.plane_fmt[0].bytesperline = 1920;
	f->fmt.pix_mp.plane_fmt[1].sizeimage = 1036800;
	f->fmt.pix_mp.plane_fmt[1].bytesperline = 1920;
	SC(SYS_ioctl, -1, VIDIOC_G_FMT, f);
	line(inj(), "ioctl(-1, VIDIOC_G_FMT, {type=V4L2_BUF_TYPE_VIDEO_CAPTURE_MPLANE, "
		    "fmt.pix_mp={width=1920, height=1080, pixelformat=v4l2_fourcc('N', 'M', '1', "
		    "'2') /* V4L2_PIX_FMT_NV12M */, field=V4L2_FIELD_NONE, "
		    "colorspace=V4L2_COLORSPACE_REC709, plane_fmt=[{sizeimage=2073600, "
		    "bytesperline=1920}, {sizeimage=1036800, bytesperline=1920}], num_planes=2}})");

	rb->count = 4;
	rb->type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
	rb->memory = V4L2_MEMORY_USERPTR;
	SC(SYS_ioctl, -1, VIDIOC_REQBUFS, rb);
	line(inj(), "ioctl(-1, VIDIOC_REQBUFS, {type=V4L2_BUF_TYPE_VIDEO_CAPTURE, "
		    "memory=V4L2_MEMORY_USERPTR, count=4 => 4})");

	b->type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
	b->index = 1;
	b->memory = V4L2_MEMORY_MMAP;
	b->m.offset = 0x1000;
	b->length = 614400;
	b->bytesused = 614400;
	b->flags = V4L2_BUF_FLAG_MAPPED | V4L2_BUF_FLAG_DONE | V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC;
	b->timestamp.tv_sec = 12;
	b->timestamp.tv_usec = 345;
	SC(SYS_ioctl, -1, VIDIOC_DQBUF, b);
	line(inj(), "ioctl(-1, VIDIOC_DQBUF, {type=V4L2_BUF_TYPE_VIDEO_CAPTURE, index=1, "
		    "memory=V4L2_MEMORY_MMAP, m.offset=0x1000, length=614400, bytesused=614400, "
		    "flags=V4L2_BUF_FLAG_MAPPED|V4L2_BUF_FLAG_DONE|V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC|"
		    "V4L2_BUF_FLAG_TSTAMP_SRC_EOF, timestamp={tv_sec=12, tv_usec=345}, ...})");

	ctl->id = V4L2_CID_SATURATION;
	ctl->value = 64;
	SC(SYS_ioctl, -1, VIDIOC_S_CTRL, ctl);
	line(inj(), "ioctl(-1, VIDIOC_S_CTRL, {id=V4L2_CID_SATURATION, value=64 => 64})");

	q->id = V4L2_CID_GAIN;
	q->type = V4L2_CTRL_TYPE_INTEGER;
	strcpy((char *)q->name, "Gain");
	SC(SYS_ioctl, -1, VIDIOC_QUERYCTRL, q);
	line(inj(), "ioctl(-1, VIDIOC_QUERYCTRL, {id=V4L2_CID_GAIN, type=V4L2_CTRL_TYPE_INTEGER, "
		    "name=\"Gain\", ...})");

	fi->index = 0;
	fi->pixel_format = V4L2_PIX_FMT_MJPEG;
	fi->width = 640;
	fi->height = 480;
	fi->type = V4L2_FRMIVAL_TYPE_DISCRETE;
	fi->discrete.numerator = 1;
	fi->discrete.denominator = 30;
	SC(SYS_ioctl, -1, VIDIOC_ENUM_FRAMEINTERVALS, fi);
	line(inj(), "ioctl(-1, VIDIOC_ENUM_FRAMEINTERVALS, {index=0, pixel_format=v4l2_fourcc('M', "
		    "'J', 'P', 'G') /* V4L2_PIX_FMT_MJPEG */, width=640, height=480, "
		    "type=V4L2_FRMIVAL_TYPE_DISCRETE, discrete=1/30})");

	cb->index = 3;
	cb->count = 2;
	cb->memory = V4L2_MEMORY_MMAP;
	cb->format.type = V4L2_BUF_TYPE_SDR_CAPTURE;
	cb->format.fmt.sdr.pixelformat = V4L2_SDR_FMT_CU8;
	SC(SYS_ioctl, -1, VIDIOC_CREATE_BUFS, cb);
	line("0 ({index=3, count=2}) (INJECTED)",
	     "ioctl(-1, VIDIOC_CREATE_BUFS, {count=2, memory=V4L2_MEMORY_MMAP, "
	     "format={type=V4L2_BUF_TYPE_SDR_CAPTURE, fmt.sdr={pixelformat=v4l2_fourcc('C', 'U', "
	     "'0', '8') /* V4L2_SDR_FMT_CU8 */}}})");
	e2e_exit(0);
}
