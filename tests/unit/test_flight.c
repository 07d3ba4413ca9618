// SPDX-License-Identifier: MIT
/*
 * The flight recorder's ring (src/log/flight.c): exact overwrite accounting,
 * records stored packed (SIZE is bytes of log), state records kept apart and
 * written first, snapshots that read back as logs, in order.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "decode/syscall_table.h"
#include "log/flight.h"
#include "log/reader.h"

static struct sct_rec_syscall getppid_rec(uint64_t ts)
{
	struct sct_rec_syscall r;

	memset(&r, 0, sizeof(r));
	r.hdr.type = SCT_REC_SYSCALL;
	r.hdr.size = sizeof(r);
	r.hdr.ts = ts;
	r.hdr.tid = r.hdr.tgid = 42;
	r.enter_ts = ts - 1;
	r.ret = 7;
	r.nr = (uint16_t)syscall_by_name("getppid");
	return r;
}

struct seen {
	unsigned n, state, ends, syscalls;
	uint64_t first_ts, last_ts;
	bool ordered, state_first;
};

static int count(void *ctx, const struct sct_rec_hdr *rec)
{
	struct seen *s = ctx;

	if (rec->type == SCT_REC_TASK_NEW) {
		s->state++;
		s->state_first = s->n == 0;
	} else if (rec->type == SCT_REC_END) {
		s->ends++;
	} else if (rec->type == SCT_REC_SYSCALL) {
		const struct sct_rec_syscall *r = (const struct sct_rec_syscall *)rec;

		if (!s->syscalls++)
			s->first_ts = rec->ts;
		else if (rec->ts <= s->last_ts)
			s->ordered = false;
		s->last_ts = rec->ts;
		if (r->ret != 7 || r->enter_ts != rec->ts - 1)
			s->ordered = false;
	}
	s->n++;
	return 0;
}

/* Snapshot f to path, read it back into s and the info. */
static bool write_and_read(struct flight *f, const char *path, unsigned reason,
			   const struct sct_rec_end *end, struct seen *s, struct log_snapshot *sn)
{
	char *argv[] = { "test", NULL };
	struct log_meta meta = { .argc = 1, .argv = argv, .str_limit = 32 };
	struct log_reader *r;

	memset(s, 0, sizeof(*s));
	s->ordered = true;
	if (flight_write(f, path, 1, &meta, 3, reason, end) || log_reader_open(&r, path, true))
		return false;
	log_reader_run(r, count, s, NULL);
	*sn = log_reader_info(r)->snapshot;
	log_reader_close(r);
	return true;
}

int main(void)
{
	char path[] = "/tmp/test_flight.XXXXXX";
	struct sct_rec_task_new task;
	struct sct_rec_end end;
	struct log_snapshot sn;
	struct flight *f;
	struct seen s;
	int fd = mkstemp(path);

	CHECK(fd >= 0);
	close(fd);
	CHECK(flight_new(&f, 1000) != 0); /* below the minimum */
	CHECK(flight_new(&f, FLIGHT_MIN_BYTES + 4) != 0); /* not a multiple of 8 */
	CHECK(flight_new(&f, FLIGHT_MIN_BYTES) == 0);

	memset(&task, 0, sizeof(task));
	task.hdr.type = SCT_REC_TASK_NEW;
	task.hdr.size = sizeof(task);
	task.hdr.ts = 1;
	task.hdr.tid = task.hdr.tgid = 42;
	CHECK(flight_push(f, &task.hdr) == 0);
	/* 2000 getppid: 48 bytes each packed, 65536 / 48 = 1365 kept, 635 dropped */
	for (uint64_t i = 0; i < 2000; i++) {
		struct sct_rec_syscall r = getppid_rec(100 + i);

		CHECK(flight_push(f, &r.hdr) == 0);
	}
	CHECK(flight_events(f) == 2000); /* the state record is no event */
	CHECK(!flight_overlaps(f));
	memset(&end, 0, sizeof(end));
	end.hdr.type = SCT_REC_END;
	end.hdr.size = sizeof(end);
	end.hdr.ts = 5000;
	CHECK(write_and_read(f, path, LOG_SNAPSHOT_SIGNAL, &end, &s, &sn));
	CHECK(s.syscalls == 1365 && s.state == 1 && s.state_first && s.ends == 1 && s.ordered);
	CHECK(s.first_ts == 100 + 635 && s.last_ts == 100 + 1999);
	CHECK(sn.index == 3 && sn.reason == LOG_SNAPSHOT_SIGNAL && sn.dropped == 635 &&
	      sn.gap == 635 && sn.events == 1365 && sn.size == FLIGHT_MIN_BYTES);
	CHECK(flight_overlaps(f));

	/* 1000 more: the next snapshot overlaps the last by 365 events, gap 0 */
	for (uint64_t i = 2000; i < 3000; i++) {
		struct sct_rec_syscall r = getppid_rec(100 + i);

		flight_push(f, &r.hdr);
	}
	CHECK(flight_overlaps(f));
	end.hdr.ts = 6000;
	CHECK(flight_push(f, &end.hdr) == 0); /* the real END, kept for the last snapshot */
	CHECK(write_and_read(f, path, LOG_SNAPSHOT_EXIT, NULL, &s, &sn));
	CHECK(s.syscalls == 1365 && s.ends == 1 && s.first_ts == 100 + 1635 && s.ordered);
	CHECK(sn.dropped == 1635 && sn.gap == 0 && sn.events == 1365);

	/* 2000 more: past everything written, gap = what no snapshot holds */
	for (uint64_t i = 3000; i < 5000; i++) {
		struct sct_rec_syscall r = getppid_rec(100 + i);

		flight_push(f, &r.hdr);
	}
	CHECK(!flight_overlaps(f));
	CHECK(write_and_read(f, path, LOG_SNAPSHOT_TRIGGER, NULL, &s, &sn));
	CHECK(sn.dropped == 5000 - 1365 && sn.gap == 5000 - 1365 - 3000);
	flight_free(f);
	unlink(path);
	return check_done("test_flight");
}
