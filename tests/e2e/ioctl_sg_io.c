// SPDX-License-Identifier: MIT
// SG_IO's headers (v3 'S', v4 'Q') with the buffers they point to: the command and sense bytes in hex, data as bytes or an iovec of strings, cut at the data's length or at -s, a buffer that ends a page early, an unknown interface id.
// TRACE: -e trace=ioctl,exit_group -s 8
// START: first
#include <linux/bsg.h>
#include <scsi/sg.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/uio.h>

#include "e2e.h"

/* size bytes that end where the page ends (the next page is unmapped) */
static void *at_page_end(size_t size)
{
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	munmap(p + 4096, 4096);
	return p + 4096 - size;
}

int main(void)
{
	struct sg_io_hdr *h = at_page_end(sizeof(*h));
	struct sg_io_v4 *q = at_page_end(sizeof(*q));
	unsigned char *cmd = at_page_end(6), *sense = at_page_end(12), *tail = at_page_end(3);
	static char a[] = "abc", b[] = "0123456789";
	struct iovec *iov = at_page_end(2 * sizeof(*iov));
	unsigned *id = at_page_end(4);

	memcpy(cmd, "\x12\x00\x00\x00\x24\x00", 6);
	memset(sense, 0x70, 12);
	memcpy(tail, "xyz", 3);
	iov[0].iov_base = a, iov[0].iov_len = 3;
	iov[1].iov_base = b, iov[1].iov_len = 10;

	memset(h, 0, sizeof(*h));
	h->interface_id = 'S';
	h->dxfer_direction = SG_DXFER_TO_DEV;
	h->cmd_len = 6;
	h->cmdp = cmd;
	h->mx_sb_len = 12;
	h->iovec_count = 2;
	h->dxfer_len = 9;
	h->dxferp = iov;
	h->timeout = 1000;
	h->flags = SG_FLAG_DIRECT_IO;
	h->sb_len_wr = 12;
	h->sbp = sense;
	h->status = 2;
	h->resid = -1;
	SC(SYS_ioctl, -1, SG_IO, h);
	line(ret(), "ioctl(-1, SG_IO, {interface_id='S', dxfer_direction=SG_DXFER_TO_DEV, cmd_len=6, "
		    "cmdp=\"\\x12\\x00\\x00\\x00\\x24\\x00\", mx_sb_len=12, iovec_count=2, dxfer_len=9, "
		    "timeout=1000, flags=SG_FLAG_DIRECT_IO, dxferp=[{iov_base=\"abc\", iov_len=3}, "
		    "{iov_base=\"012345\", iov_len=10}], status=0x2, masked_status=0, msg_status=0, "
		    "sb_len_wr=12, sbp=\"\\x70\\x70\\x70\\x70\\x70\\x70\\x70\\x70\"..., host_status=0, "
		    "driver_status=0, resid=-1, duration=0, info=0})");
	/* data in: dxfer_len less resid, from a buffer that ends at its page's end */
	h->dxfer_direction = SG_DXFER_FROM_DEV;
	h->iovec_count = 0;
	h->dxfer_len = 5;
	h->resid = 2;
	h->dxferp = tail;
	h->sb_len_wr = 0;
	h->sbp = NULL;
	h->flags = 0;
	h->info = SG_INFO_CHECK | 0x40;
	SC(SYS_ioctl, -1, SG_IO, h);
	line(ret(), "ioctl(-1, SG_IO, {interface_id='S', dxfer_direction=SG_DXFER_FROM_DEV, cmd_len=6, "
		    "cmdp=\"\\x12\\x00\\x00\\x00\\x24\\x00\", mx_sb_len=12, iovec_count=0, dxfer_len=5, "
		    "timeout=1000, flags=0, dxferp=\"\\x78\\x79\\x7a\", status=0x2, masked_status=0, "
		    "msg_status=0, sb_len_wr=0, sbp=NULL, host_status=0, driver_status=0, resid=2, "
		    "duration=0, info=SG_INFO_CHECK|0x40})");
	/* only the interface id readable */
	*id = 'S';
	SC(SYS_ioctl, -1, SG_IO, id);
	line(ret(), "ioctl(-1, SG_IO, {interface_id='S', %p})", (void *)(id + 1));
	*id = 0x7f;
	SC(SYS_ioctl, -1, SG_IO, id);
	line(ret(), "ioctl(-1, SG_IO, [127])");

	memset(q, 0, sizeof(*q));
	q->guard = 'Q';
	q->protocol = BSG_PROTOCOL_SCSI;
	q->subprotocol = BSG_SUB_PROTOCOL_SCSI_CMD;
	q->request_len = 6;
	q->request = (unsigned long)cmd;
	q->max_response_len = 12;
	q->dout_iovec_count = 2;
	q->dout_xfer_len = 13;
	q->dout_xferp = (unsigned long)iov;
	q->din_xfer_len = 3;
	q->din_xferp = (unsigned long)tail;
	q->flags = BSG_FLAG_Q_AT_TAIL;
	q->response_len = 4;
	q->response = (unsigned long)sense;
	q->din_resid = 1;
	SC(SYS_ioctl, -1, SG_IO, q);
	line(ret(), "ioctl(-1, SG_IO, {guard='Q', protocol=BSG_PROTOCOL_SCSI, "
		    "subprotocol=BSG_SUB_PROTOCOL_SCSI_CMD, request_len=6, "
		    "request=\"\\x12\\x00\\x00\\x00\\x24\\x00\", request_tag=0, request_attr=0, "
		    "request_priority=0, request_extra=0, max_response_len=12, dout_iovec_count=2, "
		    "dout_xfer_len=13, din_iovec_count=0, din_xfer_len=3, dout_xferp=[{iov_base=\"abc\", "
		    "iov_len=3}, {iov_base=\"01234567\"..., iov_len=10}], timeout=0, flags=BSG_FLAG_Q_AT_TAIL, "
		    "usr_ptr=0, response_len=4, response=\"\\x70\\x70\\x70\\x70\", din_xferp=\"\\x78\\x79\", "
		    "driver_status=0, transport_status=0, device_status=0, retry_delay=0, info=0, duration=0, "
		    "response_len=4, din_resid=1, dout_resid=0, generated_tag=0})");
	e2e_exit(0);
}
