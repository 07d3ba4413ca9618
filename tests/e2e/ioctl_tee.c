// SPDX-License-Identifier: MIT
// TEE device ioctls (type 0xa4): the buffer tee_ioctl_buf_data points to with its parameters, or its address when it does not fit buf_len; cancel, close, shared memory; " => " after a success (injected).
// TRACE: -e trace=ioctl,exit_group -e inject=ioctl:retval=0:when=9+
// START: first
#include <linux/tee.h>
#include <sys/ioctl.h>
#include <sys/mman.h>

#include "e2e.h"

/* size bytes that end where the page ends (the next page is unmapped) */
static void *at_page_end(size_t size)
{
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	munmap(p + 4096, 4096);
	return p + 4096 - size;
}

/* a memref type with the META bit prints as a value (strace's switch on the whole attr) */
#define ITEMS "{attr=TEE_IOCTL_PARAM_ATTR_TYPE_VALUE_INPUT, a=0x1, b=0x2, c=0x3}, " \
	      "{attr=TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_OUTPUT|TEE_IOCTL_PARAM_ATTR_META, " \
	      "a=0x10, b=0x20, c=0x7}"
#define PARAMS "params=[" ITEMS "]"

int main(void)
{
	struct tee_ioctl_buf_data *bd = at_page_end(sizeof(*bd));
	struct tee_ioctl_cancel_arg *ca = at_page_end(sizeof(*ca));
	struct tee_ioctl_shm_alloc_data *sa = at_page_end(sizeof(*sa));
	size_t isz = sizeof(struct tee_ioctl_invoke_arg) + 2 * sizeof(struct tee_ioctl_param);
	struct tee_ioctl_invoke_arg *inv = at_page_end(isz);
	struct tee_ioctl_param *pr = (struct tee_ioctl_param *)(inv + 1);

	ca->cancel_id = 5;
	ca->session = 0xabc;
	SC(SYS_ioctl, -1, TEE_IOC_CANCEL, ca);
	line(ret(), "ioctl(-1, TEE_IOC_CANCEL, {cancel_id=5, session=0xabc})");
	SC(SYS_ioctl, -1, TEE_IOC_CLOSE_SESSION, &ca->session);
	line(ret(), "ioctl(-1, TEE_IOC_CLOSE_SESSION, {session=0xabc})");
	sa->size = 4096;
	sa->flags = 0x3;
	SC(SYS_ioctl, -1, TEE_IOC_SHM_ALLOC, sa);
	line(ret(), "ioctl(-1, TEE_IOC_SHM_ALLOC, {size=0x1000, flags=TEE_IOCTL_SHM_MAPPED|TEE_IOCTL_SHM_DMA_BUF})");
	memset(inv, 0, isz);
	inv->func = 9;
	inv->session = 0x42;
	inv->num_params = 2;
	pr[0].attr = TEE_IOCTL_PARAM_ATTR_TYPE_VALUE_INPUT;
	pr[0].a = 1, pr[0].b = 2, pr[0].c = 3;
	pr[1].attr = TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_OUTPUT | TEE_IOCTL_PARAM_ATTR_META;
	pr[1].a = 0x10, pr[1].b = 0x20, pr[1].c = 7;
	bd->buf_ptr = (unsigned long)inv;
	bd->buf_len = isz;
	SC(SYS_ioctl, -1, TEE_IOC_INVOKE, bd);
	line(ret(), "ioctl(-1, TEE_IOC_INVOKE, {buf_len=%zu, buf_ptr={func=9, session=0x42, "
		    "cancel_id=0, num_params=2, " PARAMS "}})", isz);
	/* one parameter more than buf_len holds: not printed */
	inv->num_params = 3;
	SC(SYS_ioctl, -1, TEE_IOC_INVOKE, bd);
	line(ret(), "ioctl(-1, TEE_IOC_INVOKE, {buf_len=%zu, buf_ptr=%p})", isz, (void *)inv);
	/* a buffer that passes the page's end */
	bd->buf_len = isz + 32;
	SC(SYS_ioctl, -1, TEE_IOC_INVOKE, bd);
	line(ret(), "ioctl(-1, TEE_IOC_INVOKE, {buf_len=%zu, buf_ptr={func=9, session=0x42, "
		    "cancel_id=0, num_params=3, params=[" ITEMS ", ... /* %p */]}})", isz + 32,
	     (void *)(pr + 2));
	bd->buf_len = 1ULL << 20;
	SC(SYS_ioctl, -1, TEE_IOC_SUPPL_SEND, bd);
	line(ret(), "ioctl(-1, TEE_IOC_SUPPL_SEND, {buf_len=1048576, buf_ptr=%p})", (void *)inv);
	SC(SYS_ioctl, -1, TEE_IOC_VERSION, NULL);
	line(ret(), "ioctl(-1, TEE_IOC_VERSION, NULL)");
	/* injected successes from here on: what the call returned follows " => " */
	inv->num_params = 2;
	bd->buf_len = isz;
	SC(SYS_ioctl, -1, TEE_IOC_INVOKE, bd);
	line("0 (INJECTED)", "ioctl(-1, TEE_IOC_INVOKE, {buf_len=%zu, buf_ptr={func=9, session=0x42, "
		    "cancel_id=0, num_params=2, " PARAMS "} => {ret=0, ret_origin=0 /* TEEC_ORIGIN_??? */, "
		    PARAMS "}})", isz);
	SC(SYS_ioctl, -1, TEE_IOC_SHM_ALLOC, sa);
	line("0 (INJECTED)", "ioctl(-1, TEE_IOC_SHM_ALLOC, {size=0x1000, flags=TEE_IOCTL_SHM_MAPPED|TEE_IOCTL_SHM_DMA_BUF} "
		    "=> {size=0x1000, flags=TEE_IOCTL_SHM_MAPPED|TEE_IOCTL_SHM_DMA_BUF, id=0})");
	e2e_exit(0);
}
