// SPDX-License-Identifier: MIT
/* --snapshot-on conditions and --flight-recorder SIZE: parsing, errors, matching calls. */
#include <errno.h>
#include <string.h>

#include "check.h"
#include "cli/trigger.h"
#include "decode/syscall_table.h"

static char err[512];

/* A wide syscall record: number, return value, entry and exit times. */
static struct sct_rec_syscall call(const char *name, int64_t ret, uint64_t enter, uint64_t exit)
{
	struct sct_rec_syscall r;

	memset(&r, 0, sizeof(r));
	r.hdr.type = SCT_REC_SYSCALL;
	r.hdr.size = sizeof(r);
	r.hdr.ts = exit;
	r.enter_ts = enter;
	r.ret = ret;
	r.nr = (uint16_t)syscall_by_name(name);
	return r;
}

static bool matches(const char *spec, struct sct_rec_syscall r)
{
	struct trigger t;

	return trigger_parse(spec, &t, err, sizeof(err)) == 0 && trigger_match(&t, &r.hdr);
}

static bool refused(const char *spec, const char *why)
{
	struct trigger t;

	err[0] = '\0';
	return trigger_parse(spec, &t, err, sizeof(err)) == -EINVAL && strstr(err, why);
}

int main(void)
{
	struct trigger t;
	size_t size;

	CHECK(trigger_parse("syscall=write,errno=ENOSPC", &t, err, sizeof(err)) == 0);
	CHECK(t.nr == syscall_by_name("write") && t.err == ENOSPC && t.latency_ns == 0);
	CHECK(trigger_parse("latency>50ms", &t, err, sizeof(err)) == 0);
	CHECK(t.nr == -1 && t.err == 0 && t.latency_ns == 50000000);
	CHECK(trigger_parse("latency>1.5s", &t, err, sizeof(err)) == 0 && t.latency_ns == 1500000000);
	CHECK(trigger_parse("latency>250us", &t, err, sizeof(err)) == 0 && t.latency_ns == 250000);
	CHECK(trigger_parse("latency>0.000000001s", &t, err, sizeof(err)) == 0 && t.latency_ns == 1);
	CHECK(trigger_parse("latency>7ns,syscall=1,errno=28", &t, err, sizeof(err)) == 0);
	CHECK(t.latency_ns == 7 && t.nr == 1 && t.err == 28);

	CHECK(refused("", "needs a condition"));
	CHECK(refused("syscall=write,", "empty condition"));
	CHECK(refused(",errno=EIO", "empty condition"));
	CHECK(refused("errno=EIO,,syscall=read", "empty condition"));
	CHECK(refused("syscall=nosuch", "unknown syscall 'nosuch'"));
	CHECK(refused("syscall=read,syscall=write", "syscall= given twice"));
	CHECK(refused("errno=ENOPE", "unknown errno 'ENOPE'"));
	CHECK(refused("errno=0", "unknown errno"));
	CHECK(refused("latency>50", "invalid duration '50'"));
	CHECK(refused("latency>ms", "invalid duration"));
	CHECK(refused("latency>0ms", "invalid duration"));
	CHECK(refused("latency>1.ms", "invalid duration"));
	CHECK(refused("latency>99999999999999999999s", "invalid duration"));
	CHECK(refused("latency<5ms", "unknown condition 'latency<5ms'"));
	CHECK(refused("pid=1", "unknown condition"));

	CHECK(matches("syscall=write,errno=ENOSPC", call("write", -ENOSPC, 10, 20)));
	CHECK(!matches("syscall=write,errno=ENOSPC", call("write", -EIO, 10, 20)));
	CHECK(!matches("syscall=write,errno=ENOSPC", call("read", -ENOSPC, 10, 20)));
	CHECK(!matches("syscall=write,errno=ENOSPC", call("write", 5, 10, 20)));
	CHECK(matches("errno=EBADF", call("close", -EBADF, 10, 20)));
	CHECK(matches("latency>50ms", call("read", 1, 1000, 1000 + 50000001)));
	CHECK(!matches("latency>50ms", call("read", 1, 1000, 1000 + 50000000)));
	CHECK(!matches("latency>1ns", call("read", 1, 0, 1000000))); /* no entry time */
	{
		struct sct_rec_syscall r = call("write", -ENOSPC, 10, 20);

		r.hdr.type = SCT_REC_ENTER; /* an entry has no result yet */
		CHECK(!matches("syscall=write", r));
		r.hdr.type = SCT_REC_EXIT;
		CHECK(matches("syscall=write,errno=ENOSPC", r));
	}

	CHECK(trigger_parse_size("64K", &size) == 0 && size == 65536);
	CHECK(trigger_parse_size("64M", &size) == 0 && size == 64u << 20);
	CHECK(trigger_parse_size("1G", &size) == 0 && size == 1u << 30);
	CHECK(trigger_parse_size("100000", &size) == 0 && size == 100000);
	CHECK(trigger_parse_size("100001", &size) == -EINVAL); /* not a multiple of 8 */
	CHECK(trigger_parse_size("32K", &size) == -EINVAL); /* below 64K */
	CHECK(trigger_parse_size("-64K", &size) == -EINVAL);
	CHECK(trigger_parse_size("64X", &size) == -EINVAL);
	CHECK(trigger_parse_size("99999999999999999999G", &size) == -EINVAL);
	CHECK(trigger_parse_size("", &size) == -EINVAL);
	return check_done("test_trigger");
}
