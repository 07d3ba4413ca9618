// SPDX-License-Identifier: MIT
/*
 * POSIX timers: timer_create's struct sigevent. Its signal prints as a
 * signal only for the notifications that send one, the union by sigev_notify.
 */
#include <signal.h>

#include "fmt.h"
#include "xlat_newsys.h"

#ifndef SIGEV_THREAD_ID
#define SIGEV_THREAD_ID 4
#endif

#define SIGEVENT_SIZE 64 /* x86_64: value, signo, notify, then the union */

bool fmt_sigevent(struct strbuf *out, const struct sc_event *ev, unsigned i,
		  const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, SIGEVENT_SIZE, false);
	int notify;

	(void)o;
	if (!p)
		return true;
	notify = load_s32(p, 12);
	strbuf_addc(out, '{');
	if (load_u64(p, 0))
		strbuf_addf(out, "sigev_value={sival_int=%d, sival_ptr=%#llx}, ", load_s32(p, 0),
			    (unsigned long long)load_u64(p, 0));
	strbuf_adds(out, "sigev_signo=");
	if (notify == SIGEV_SIGNAL || notify == SIGEV_THREAD || notify == SIGEV_THREAD_ID)
		print_signal(out, load_s32(p, 8));
	else
		strbuf_addf(out, "%u", load_u32(p, 8));
	strbuf_adds(out, ", sigev_notify=");
	print_enum(out, &sigev_notify_names, (uint32_t)notify);
	if (notify == SIGEV_THREAD_ID) {
		strbuf_addf(out, ", sigev_notify_thread_id=%d", load_s32(p, 16));
	} else if (notify == SIGEV_THREAD) {
		strbuf_adds(out, ", sigev_notify_function=");
		fmt_addr(out, load_u64(p, 16));
		strbuf_adds(out, ", sigev_notify_attributes=");
		fmt_addr(out, load_u64(p, 24));
	}
	strbuf_addc(out, '}');
	return true;
}
