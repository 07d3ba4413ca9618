// SPDX-License-Identifier: MIT
/*
 * POSIX message queues as strace 6.1 prints them: mq_open's mode and
 * struct mq_attr (with O_CREAT only), mq_getsetattr's attributes and
 * mq_notify's struct sigevent. The messages themselves are data buffers
 * (BUF_IN, BUF_OUT) and the timeouts timespecs.
 */
#include <fcntl.h>

#include "fmt.h"
#include "xlat_sysvipc.h"

#define MQ_ATTR_SIZE 64 /* struct mq_attr: four longs and four reserved */
/*
 * value, signo, notify, then the union (a function and attributes): the 32
 * bytes strace reads (the 64 of glibc's struct are padding), so one at a
 * page's end prints
 */
#define SIGEVENT_SIZE 32
#define KERNEL_SIGEV_SIGNAL 0
#define KERNEL_SIGEV_THREAD 2
#define KERNEL_SIGEV_THREAD_ID 4

/* mq_open's mode: after O_CREAT only, as a 16-bit mode_t */
bool fmt_mq_mode(struct strbuf *out, const struct sc_event *ev, unsigned i,
		 const struct decode_opts *o)
{
	(void)o;
	if (!i || !(ev->args[i - 1] & O_CREAT))
		return false;
	strbuf_addf(out, "%#03o", (unsigned)(uint16_t)ev->args[i]);
	return true;
}

/* {mq_flags=O_NONBLOCK, mq_maxmsg=10, mq_msgsize=8192, mq_curmsgs=0}; mq_open's flags in hex */
static void print_mq_attr(struct strbuf *out, const char *p, bool flags_named, int xlat)
{
	strbuf_adds(out, "{mq_flags=");
	if (flags_named)
		print_flags_x(out, &mq_attr_flag_names, load_u64(p, 0), xlat);
	else
		strbuf_addf(out, "%#llx", (unsigned long long)load_u64(p, 0));
	strbuf_addf(out, ", mq_maxmsg=%lld, mq_msgsize=%lld, mq_curmsgs=%lld}",
		    (long long)load_s64(p, 8), (long long)load_s64(p, 16), (long long)load_s64(p, 24));
}

/* mq_open's attr: after O_CREAT only (the flags argument comes two before) */
bool fmt_mq_attr_open(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	const char *p;

	if (i < 2 || !(ev->args[i - 2] & O_CREAT))
		return false;
	p = fmt_struct(out, ev, i, MQ_ATTR_SIZE, false);
	if (p)
		print_mq_attr(out, p, false, o->xlat);
	return true;
}

bool fmt_mq_attr_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, MQ_ATTR_SIZE, false);

	if (p)
		print_mq_attr(out, p, true, o->xlat);
	return true;
}

bool fmt_mq_attr_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, MQ_ATTR_SIZE, true);

	if (p)
		print_mq_attr(out, p, true, o->xlat);
	return true;
}

/*
 * struct sigevent: {sigev_value={sival_int=1, sival_ptr=0x1}, sigev_signo=SIGALRM,
 * sigev_notify=SIGEV_THREAD, sigev_notify_function=..., sigev_notify_attributes=...};
 * the value only when not NULL, the signal named only for the kinds that send one.
 */
bool fmt_sigevent(struct strbuf *out, const struct sc_event *ev, unsigned i,
		  const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, SIGEVENT_SIZE, false);
	uint64_t value;
	uint32_t signo, notify;

	if (!p)
		return true;
	value = load_u64(p, 0);
	signo = load_u32(p, 8);
	notify = load_u32(p, 12);
	strbuf_addc(out, '{');
	if (value) {
		strbuf_addf(out, "sigev_value={sival_int=%d, sival_ptr=", (int32_t)value);
		fmt_addr(out, value);
		strbuf_adds(out, "}, ");
	}
	strbuf_adds(out, "sigev_signo=");
	if (notify == KERNEL_SIGEV_SIGNAL || notify == KERNEL_SIGEV_THREAD ||
	    notify == KERNEL_SIGEV_THREAD_ID)
		print_signal_x(out, (int)signo, o->xlat);
	else
		strbuf_addf(out, "%u", signo);
	strbuf_adds(out, ", sigev_notify=");
	print_enum_x(out, &sigev_notify_names, notify, o->xlat);
	if (notify == KERNEL_SIGEV_THREAD_ID) {
		strbuf_addf(out, ", sigev_notify_thread_id=%d", (int32_t)load_u32(p, 16));
	} else if (notify == KERNEL_SIGEV_THREAD) {
		strbuf_adds(out, ", sigev_notify_function=");
		fmt_addr(out, load_u64(p, 16));
		strbuf_adds(out, ", sigev_notify_attributes=");
		fmt_addr(out, load_u64(p, 24));
	}
	strbuf_addc(out, '}');
	return true;
}

/* an unsigned int the call writes: [42] (mq_timedreceive's priority) */
bool fmt_out_uint(struct strbuf *out, const struct sc_event *ev, unsigned i,
		  const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, 4, true);

	(void)o;
	if (p)
		strbuf_addf(out, "[%u]", load_u32(p, 0));
	return true;
}
