// SPDX-License-Identifier: MIT
// timespec/timeval/itimer structures, rusage, uname, sysinfo-free system structs, futex.
// TRACE: -e trace=nanosleep,clock_gettime,clock_getres,clock_nanosleep,gettimeofday,getrusage,setitimer,getitimer,timerfd_create,timerfd_settime,timerfd_gettime,futex,times,sched_getparam,sched_getscheduler,uname,close,exit_group
// START: first
#include "e2e.h"
#include <linux/futex.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/timerfd.h>
#include <sys/utsname.h>

static char b[512];

static const char *ts(const struct timespec *t)
{
	static char s[4][64];
	static int k;

	k = (k + 1) & 3;
	snprintf(s[k], sizeof(s[k]), "{tv_sec=%lld, tv_nsec=%ld}", (long long)t->tv_sec, t->tv_nsec);
	return s[k];
}

static const char *tv(const struct timeval *t)
{
	static char s[4][64];
	static int k;

	k = (k + 1) & 3;
	snprintf(s[k], sizeof(s[k]), "{tv_sec=%lld, tv_usec=%ld}", (long long)t->tv_sec,
		 (long)t->tv_usec);
	return s[k];
}

int main(void)
{
	struct timespec t = { 0, 1000000 }, r;
	struct timeval v;
	struct timezone z;
	struct rusage ru;
	struct itimerval it = { { 1, 0 }, { 2, 500 } }, oit;
	struct itimerspec its = { { 0, 0 }, { 5, 0 } }, oits;
	struct tms tm;
	struct utsname u;
	int fu = 0, prio;
	long fd;

	SC(SYS_nanosleep, &t, &r);
	line(ret(), "nanosleep({tv_sec=0, tv_nsec=1000000}, %p)", (void *)&r);
	t.tv_sec = -1;
	SC(SYS_nanosleep, &t, NULL);
	line(ret(), "nanosleep({tv_sec=-1, tv_nsec=1000000}, NULL)");
	SC(SYS_clock_gettime, CLOCK_MONOTONIC, &t);
	line(ret(), "clock_gettime(CLOCK_MONOTONIC, %s)", ts(&t));
	SC(SYS_clock_getres, CLOCK_REALTIME, &t);
	line(ret(), "clock_getres(CLOCK_REALTIME, %s)", ts(&t));
	SC(SYS_clock_gettime, CLOCK_MONOTONIC, (void *)8);
	line(ret(), "clock_gettime(CLOCK_MONOTONIC, 0x8)");
	t.tv_sec = 0;
	t.tv_nsec = 1000;
	SC(SYS_clock_nanosleep, CLOCK_REALTIME, 1, &t, NULL);
	line(ret(), "clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, {tv_sec=0, tv_nsec=1000}, NULL)");
	SC(SYS_gettimeofday, &v, &z);
	line(ret(), "gettimeofday(%s, {tz_minuteswest=%d, tz_dsttime=%d})", tv(&v), z.tz_minuteswest,
	     z.tz_dsttime);
	SC(SYS_getrusage, RUSAGE_SELF, &ru);
	line(ret(), "getrusage(RUSAGE_SELF, {ru_utime=%s, ru_stime=%s, ...})", tv(&ru.ru_utime),
	     tv(&ru.ru_stime));
	SC(SYS_getrusage, 5, &ru);
	line(ret(), "getrusage(0x5 /* RUSAGE_??? */, %p)", (void *)&ru);
	SC(SYS_setitimer, ITIMER_REAL, &it, &oit);
	line(ret(), "setitimer(ITIMER_REAL, {it_interval={tv_sec=1, tv_usec=0}, it_value={tv_sec=2, "
		    "tv_usec=500}}, {it_interval=%s, it_value=%s})", tv(&oit.it_interval),
	     tv(&oit.it_value));
	it.it_value.tv_sec = 0;
	it.it_value.tv_usec = 0;
	SC(SYS_setitimer, ITIMER_REAL, &it, NULL);
	line(ret(), "setitimer(ITIMER_REAL, {it_interval={tv_sec=1, tv_usec=0}, it_value={tv_sec=0, "
		    "tv_usec=0}}, NULL)");
	SC(SYS_getitimer, ITIMER_VIRTUAL, &oit);
	line(ret(), "getitimer(ITIMER_VIRTUAL, {it_interval=%s, it_value=%s})", tv(&oit.it_interval),
	     tv(&oit.it_value));
	fd = SC(SYS_timerfd_create, CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK);
	line(ret(), "timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC|TFD_NONBLOCK)");
	SC(SYS_timerfd_settime, fd, TFD_TIMER_ABSTIME, &its, &oits);
	line(ret(), "timerfd_settime(%ld, TFD_TIMER_ABSTIME, {it_interval={tv_sec=0, tv_nsec=0}, "
		    "it_value={tv_sec=5, tv_nsec=0}}, {it_interval=%s, it_value=%s})", fd,
	     ts(&oits.it_interval), ts(&oits.it_value));
	SC(SYS_timerfd_gettime, fd, &oits);
	line(ret(), "timerfd_gettime(%ld, {it_interval=%s, it_value=%s})", fd, ts(&oits.it_interval),
	     ts(&oits.it_value));
	SC(SYS_close, fd);
	line(ret(), "close(%ld)", fd);
	t.tv_nsec = 1000;
	SC(SYS_futex, &fu, FUTEX_WAIT_PRIVATE, 1, &t, NULL, 0);
	line(ret(), "futex(%p, FUTEX_WAIT_PRIVATE, 1, {tv_sec=0, tv_nsec=1000})", (void *)&fu);
	SC(SYS_futex, &fu, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
	line(ret(), "futex(%p, FUTEX_WAKE_PRIVATE, 1)", (void *)&fu);
	SC(SYS_futex, &fu, FUTEX_WAIT_BITSET | FUTEX_CLOCK_REALTIME, 1, &t, NULL,
	   FUTEX_BITSET_MATCH_ANY);
	line(ret(), "futex(%p, FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME, 1, {tv_sec=0, tv_nsec=1000}, "
		    "FUTEX_BITSET_MATCH_ANY)", (void *)&fu);
	SC(SYS_futex, &fu, FUTEX_CMP_REQUEUE_PRIVATE, 1, 2, &prio, 7);
	line(ret(), "futex(%p, FUTEX_CMP_REQUEUE_PRIVATE, 1, 2, %p, 7)", (void *)&fu, (void *)&prio);
	SC(SYS_times, &tm);
	snprintf(b, sizeof(b), "%ld", e2e_r);
	line(b, "times({tms_utime=%ld, tms_stime=%ld, tms_cutime=%ld, tms_cstime=%ld})",
	     (long)tm.tms_utime, (long)tm.tms_stime, (long)tm.tms_cutime, (long)tm.tms_cstime);
	SC(SYS_sched_getparam, 0, &prio);
	line(ret(), "sched_getparam(0, [%d])", prio);
	SC(SYS_sched_getscheduler, 0);
	line("0 (SCHED_OTHER)", "sched_getscheduler(0)");
	SC(SYS_uname, &u);
	line(ret(), "uname({sysname=%s, nodename=%s, ...})", qstr(u.sysname), qstr(u.nodename));
	e2e_exit(0);
}
