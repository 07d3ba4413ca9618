// SPDX-License-Identifier: MIT
/*
 * The CTF trace's metadata (TSDL, CTF 1.8) and its event classes: which
 * fields each syscall's entry and exit events have, shared with ctf.c, which
 * writes the events in exactly this layout.
 *
 * Names follow LTTng's kernel tracer, so that Trace Compass's LTTng kernel
 * analyses and babeltrace2 users' scripts find what they know:
 * syscall_entry_NAME / syscall_exit_NAME with the kernel's parameter names
 * (ctf_syscalls.h, generated from the kernel's syscall trace events), inputs
 * at entry, ret and the output pointers at exit (those read at both, in
 * both, as LTTng's sc_inout). Types come from sctrace's
 * own syscall table (the one the text decoder uses): paths and strings are
 * strings, pointers, structures and outputs hex integers, numbers integers of
 * the kernel parameter's width and sign.
 */
#include "ctf.h"

#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include "../decode/capture_plan.h"
#include "../decode/syscall_table.h"

struct kparam {
	const char *name;
	char cls; /* 'p' pointer, 'i' s32, 'I' u32, 'l' s64, 'L' u64 */
};

struct ksyscall {
	const char *name;
	unsigned nparams;
	struct kparam p[6];
};

static const struct ksyscall ksyscalls[] = {
#include "ctf_syscalls.h"
};

static const struct ksyscall *ksyscall(unsigned nr)
{
	if (nr >= sizeof(ksyscalls) / sizeof(ksyscalls[0]) || !ksyscalls[nr].name)
		return NULL;
	return &ksyscalls[nr];
}

static enum ctf_kind kind_of_class(char cls)
{
	switch (cls) {
	case 'i':
		return CK_S32;
	case 'I':
		return CK_U32;
	case 'l':
		return CK_S64;
	case 'L':
		return CK_U64;
	default:
		return CK_HEX;
	}
}

/* An input argument: sctrace's type says string or pointer, the kernel's the integer width. */
static enum ctf_kind input_kind(const struct syscall_desc *d, unsigned i, char cls)
{
	if (i < d->nargs) {
		enum arg_type t = d->arg[i];
		unsigned cap = arg_type_capture(t)->kind;

		if (cap == SCT_CAP_PATH || cap == SCT_CAP_STR)
			return CK_STRING;
		if (arg_type_json_kind(t) == JK_POINTER)
			return CK_HEX;
		/* descriptors and ints the kernel declares unsigned long (mmap's fd): -1 stays -1 */
		if (t == AT_FD || t == AT_DIRFD || t == AT_INT)
			return CK_S32;
		if (!cls)
			return arg_type_json_kind(t) == JK_NUMBER ? CK_S64 : CK_HEX;
	}
	return kind_of_class(cls);
}

static void add_field(struct ctf_layout *l, const char *name, enum ctf_kind k, unsigned arg)
{
	struct ctf_field *f = &l->f[l->n++];

	snprintf(f->name, sizeof(f->name), "%s", name);
	f->kind = k;
	f->arg = (uint8_t)arg;
}

bool ctf_syscall_layout(unsigned nr, bool exit, struct ctf_layout *out, const char **name)
{
	const struct syscall_desc *d = syscall_desc(nr);
	const struct ksyscall *k = ksyscall(nr);
	unsigned n;

	out->n = 0;
	if (!d)
		return false;
	*name = k ? k->name : d->name;
	n = k ? k->nparams : d->nargs;
	if (exit)
		add_field(out, "ret", CK_S64, CTF_ARG_RET);
	for (unsigned i = 0; i < n && i < SCT_MAX_ARGS; i++) {
		bool output = i < d->nargs && arg_type_is_output(d->arg[i]);
		/* read at entry and at exit (sendfile's offset, select's sets): LTTng's sc_inout */
		bool inout = i < d->nargs && arg_type_capture(d->arg[i])->both;
		char argname[8];

		if (!inout && output != exit)
			continue;
		snprintf(argname, sizeof(argname), "arg%u", i);
		add_field(out, k ? k->p[i].name : argname,
			  output || exit ? CK_HEX : input_kind(d, i, k ? k->p[i].cls : 0), i);
	}
	return true;
}

static const char *const type_names[] = {
	[CK_S32] = "int32_t",  [CK_U32] = "uint32_t",	  [CK_S64] = "int64_t",
	[CK_U64] = "uint64_t", [CK_HEX] = "uint64_hex_t", [CK_STRING] = "string",
};

static void add_event(struct strbuf *out, unsigned id, const char *name, const struct ctf_layout *l,
		      const char *extra)
{
	strbuf_addf(out, "event {\n\tname = \"%s\";\n\tid = %u;\n\tstream_id = 0;\n", name, id);
	strbuf_adds(out, "\tfields := struct {\n");
	if (extra)
		strbuf_adds(out, extra);
	for (unsigned i = 0; l && i < l->n; i++)
		strbuf_addf(out, "\t\t%s _%s;\n", type_names[l->f[i].kind], l->f[i].name);
	strbuf_adds(out, "\t};\n};\n\n");
}

static void add_syscall_events(struct strbuf *out)
{
	char ev[96];

	add_event(out, CTF_ID_SYSCALL_ENTRY_UNKNOWN, "syscall_entry_unknown", NULL,
		  "\t\tint32_t _id;\n\t\tuint64_hex_t _args[6];\n");
	add_event(out, CTF_ID_SYSCALL_EXIT_UNKNOWN, "syscall_exit_unknown", NULL,
		  "\t\tint32_t _id;\n\t\tint64_t _ret;\n\t\tuint64_hex_t _args[6];\n");
	for (unsigned nr = 0; nr < syscall_table_size() && nr < SCT_NR_MAX; nr++) {
		struct ctf_layout l;
		const char *name;

		for (int exit = 0; exit < 2; exit++) {
			if (!ctf_syscall_layout(nr, exit, &l, &name))
				break;
			snprintf(ev, sizeof(ev), "syscall_%s_%s", exit ? "exit" : "entry", name);
			add_event(out, CTF_ID_SYSCALL_BASE + 2 * nr + exit, ev, &l, NULL);
		}
	}
}

/* Process events: LTTng's names and fields, those sctrace's records have (no prio, no namespaces). */
static void add_process_events(struct strbuf *out)
{
	add_event(out, CTF_ID_SCHED_PROCESS_FORK, "sched_process_fork", NULL,
		  "\t\tstring _parent_comm;\n\t\tint32_t _parent_tid;\n\t\tint32_t _parent_pid;\n"
		  "\t\tstring _child_comm;\n\t\tint32_t _child_tid;\n\t\tint32_t _child_pid;\n");
	add_event(out, CTF_ID_SCHED_PROCESS_EXEC, "sched_process_exec", NULL,
		  "\t\tstring _filename;\n\t\tint32_t _tid;\n\t\tint32_t _old_tid;\n");
	add_event(out, CTF_ID_SCHED_PROCESS_EXIT, "sched_process_exit", NULL,
		  "\t\tstring _comm;\n\t\tint32_t _tid;\n\t\tint32_t _exit_status;\n");
	add_event(out, CTF_ID_SIGNAL_DELIVER, "signal_deliver", NULL,
		  "\t\tint32_t _sig;\n\t\tint32_t _errno;\n\t\tint32_t _code;\n");
	add_event(out, CTF_ID_SCHED_SWITCH, "sched_switch", NULL,
		  "\t\tstring _prev_comm;\n\t\tint32_t _prev_tid;\n\t\tint32_t _prev_prio;\n"
		  "\t\tint64_t _prev_state;\n\t\tstring _next_comm;\n\t\tint32_t _next_tid;\n"
		  "\t\tint32_t _next_prio;\n");
}

/*
 * The state dump (ctf_statedump.c): LTTng's fields (lttng-modules'
 * lttng-statedump.h: the process's with its namespace, the descriptor's with
 * its pid, flags and fmode, and file_table_address of later versions, which
 * ties the two), and the command line, which LTTng's has not.
 */
static void add_statedump_events(struct strbuf *out)
{
	add_event(out, CTF_ID_STATEDUMP_START, "lttng_statedump_start", NULL, "");
	add_event(out, CTF_ID_STATEDUMP_END, "lttng_statedump_end", NULL, "");
	add_event(out, CTF_ID_STATEDUMP_PROCESS_STATE, "lttng_statedump_process_state", NULL,
		  "\t\tint32_t _tid;\n\t\tint32_t _vtid;\n\t\tint32_t _pid;\n\t\tint32_t _vpid;\n"
		  "\t\tint32_t _ppid;\n\t\tint32_t _vppid;\n\t\tstring _name;\n\t\tint32_t _type;\n"
		  "\t\tint32_t _mode;\n\t\tint32_t _submode;\n\t\tint32_t _status;\n"
		  "\t\tint32_t _ns_level;\n\t\tuint32_t _ns_inum;\n"
		  "\t\tuint64_hex_t _file_table_address;\n\t\tstring _cmdline;\n");
	add_event(out, CTF_ID_STATEDUMP_FILE_DESCRIPTOR, "lttng_statedump_file_descriptor", NULL,
		  "\t\tint32_t _pid;\n\t\tint32_t _fd;\n\t\tuint32_oct_t _flags;\n"
		  "\t\tuint32_hex_t _fmode;\n\t\tstring _filename;\n"
		  "\t\tuint64_hex_t _file_table_address;\n");
}

static const char *usdt_arg_type(int size)
{
	if (size < 0)
		return size < -4 ? "int64_t" : "int32_t";
	if (size > 0 && size < 8)
		return "uint32_t";
	return size == 8 ? "uint64_t" : "uint64_hex_t"; /* 0: unreadable, the raw value */
}

static void add_usdt_events(struct strbuf *out, const struct ctf_usdt_class *u, unsigned n)
{
	for (unsigned i = 0; i < n; i++) {
		strbuf_addf(out, "event {\n\tname = \"%s\";\n\tid = %u;\n\tstream_id = 0;\n",
			    u[i].name, CTF_ID_USDT_BASE + u[i].probe_id);
		strbuf_adds(out, "\tfields := struct {\n");
		for (unsigned a = 0; a < u[i].nargs && a < SCT_USDT_MAX_ARGS; a++) {
			int sz = u[i].arg_size[a];

			strbuf_addf(out, "\t\t%s _arg%u;\n", usdt_arg_type(sz), a);
			/* a note cannot say char *: the string read there, if text, beside */
			if (sz == 8)
				strbuf_addf(out, "\t\tstring _arg%u_str;\n", a);
		}
		strbuf_adds(out, "\t};\n};\n\n");
	}
}

/* A TSDL string literal: quotes and backslashes escaped, control bytes dropped. */
static void add_quoted(struct strbuf *out, const char *s)
{
	strbuf_addc(out, '"');
	for (; *s; s++) {
		if ((unsigned char)*s < 0x20)
			continue;
		if (*s == '"' || *s == '\\')
			strbuf_addc(out, '\\');
		strbuf_addc(out, *s);
	}
	strbuf_addc(out, '"');
}

static void add_env(struct strbuf *out, const struct ctf_env *e)
{
	static const char *const fixed =
		"\tdomain = \"kernel\";\n\ttracer_name = \"lttng-modules\";\n"
		"\ttracer_major = 2;\n\ttracer_minor = 13;\n\ttracer_patchlevel = 0;\n"
		"\ttrace_buffering_scheme = \"global\";\n\tproducer = \"sctrace\";\n";
	const struct {
		const char *key, *val;
	} strs[] = {
		{ "hostname", e->hostname },	   { "sysname", e->sysname },
		{ "kernel_release", e->release }, { "kernel_version", e->version },
		{ "trace_name", e->trace_name },   { "trace_creation_datetime", e->creation },
		{ "sctrace_command", e->cmdline },
	};

	strbuf_adds(out, "env {\n");
	strbuf_adds(out, fixed);
	for (size_t i = 0; i < sizeof(strs) / sizeof(strs[0]); i++) {
		strbuf_addf(out, "\t%s = ", strs[i].key);
		add_quoted(out, strs[i].val);
		strbuf_adds(out, ";\n");
	}
	strbuf_adds(out, "};\n\n");
}

static void add_uuid(struct strbuf *out, const uint8_t u[16])
{
	for (int i = 0; i < 16; i++)
		strbuf_addf(out, "%s%02x", i == 4 || i == 6 || i == 8 || i == 10 ? "-" : "", u[i]);
}

static void add_clock(struct strbuf *out, const struct ctf_env *e)
{
	int64_t off = e->realtime_offset_ns;
	int64_t s = off / 1000000000, ns = off % 1000000000;

	if (ns < 0) {
		ns += 1000000000;
		s--;
	}
	strbuf_adds(out, "clock {\n\tname = \"monotonic\";\n");
	if (e->boot_id[0]) {
		strbuf_adds(out, "\tuuid = ");
		add_quoted(out, e->boot_id);
		strbuf_adds(out, ";\n");
	}
	strbuf_addf(out,
		    "\tdescription = \"Monotonic Clock\";\n\tfreq = 1000000000;\n"
		    "\tprecision = 1;\n\toffset_s = %lld;\n\toffset = %lld;\n\tabsolute = TRUE;\n};\n\n",
		    (long long)s, (long long)ns);
}

static const char *const types =
	"typealias integer { size = 8; align = 8; signed = false; } := uint8_t;\n"
	"typealias integer { size = 32; align = 8; signed = false; } := uint32_t;\n"
	"typealias integer { size = 32; align = 8; signed = true; } := int32_t;\n"
	"typealias integer { size = 64; align = 8; signed = false; } := uint64_t;\n"
	"typealias integer { size = 64; align = 8; signed = true; } := int64_t;\n"
	"typealias integer { size = 64; align = 8; signed = false; base = 16; } := uint64_hex_t;\n"
	"typealias integer { size = 32; align = 8; signed = false; base = 8; } := uint32_oct_t;\n"
	"typealias integer { size = 32; align = 8; signed = false; base = 16; } := uint32_hex_t;\n"
	"typealias integer { size = 64; align = 8; signed = false; map = clock.monotonic.value; }"
	" := uint64_clock_monotonic_t;\n\n";

static const char *const stream =
	"stream {\n\tid = 0;\n"
	"\tevent.header := struct {\n\t\tuint32_t id;\n\t\tuint64_clock_monotonic_t timestamp;\n\t};\n"
	"\tpacket.context := struct {\n"
	"\t\tuint64_clock_monotonic_t timestamp_begin;\n"
	"\t\tuint64_clock_monotonic_t timestamp_end;\n"
	"\t\tuint64_t content_size;\n\t\tuint64_t packet_size;\n"
	"\t\tuint64_t packet_seq_num;\n\t\tuint64_t events_discarded;\n"
	"\t\tuint32_t cpu_id;\n\t};\n"
	"\tevent.context := struct {\n\t\tint32_t _tid;\n\t\tint32_t _pid;\n\t};\n};\n\n";

void ctf_metadata_build(struct strbuf *out, const struct ctf_env *env, const uint8_t uuid[16],
			const struct ctf_usdt_class *usdt, unsigned nusdt)
{
	strbuf_adds(out, "/* CTF 1.8 */\n\n");
	strbuf_adds(out, types);
	strbuf_adds(out, "trace {\n\tmajor = 1;\n\tminor = 8;\n\tuuid = \"");
	add_uuid(out, uuid);
	strbuf_adds(out, "\";\n\tbyte_order = le;\n"
			 "\tpacket.header := struct {\n\t\tuint32_t magic;\n\t\tuint8_t uuid[16];\n"
			 "\t\tuint32_t stream_id;\n\t};\n};\n\n");
	add_env(out, env);
	add_clock(out, env);
	strbuf_adds(out, stream);
	add_syscall_events(out);
	add_process_events(out);
	add_statedump_events(out);
	add_usdt_events(out, usdt, nusdt);
}

static void read_line(const char *path, char *buf, size_t size)
{
	FILE *f = fopen(path, "r");

	buf[0] = '\0';
	if (!f)
		return;
	if (fgets(buf, (int)size, f))
		buf[strcspn(buf, "\n")] = '\0';
	fclose(f);
}

/* The directory's last component ("t" of "/tmp/t/"), as LTTng names a trace after its directory. */
static void trace_name(struct ctf_env *env, const char *dir)
{
	size_t len = strlen(dir);
	const char *base;

	while (len > 1 && dir[len - 1] == '/')
		len--;
	base = memrchr(dir, '/', len);
	base = base ? base + 1 : dir;
	snprintf(env->trace_name, sizeof(env->trace_name), "%.*s", (int)(len - (size_t)(base - dir)), base);
}

void ctf_env_live(struct ctf_env *env, const char *dir, int64_t realtime_offset_ns)
{
	struct utsname u;
	time_t now = time(NULL);
	struct tm tm;
	memset(env, 0, sizeof(*env));
	if (uname(&u) == 0) {
		snprintf(env->sysname, sizeof(env->sysname), "%s", u.sysname);
		snprintf(env->release, sizeof(env->release), "%s", u.release);
		snprintf(env->version, sizeof(env->version), "%s", u.version);
		snprintf(env->hostname, sizeof(env->hostname), "%s", u.nodename);
	}
	read_line("/proc/sys/kernel/random/boot_id", env->boot_id, sizeof(env->boot_id));
	env->realtime_offset_ns = realtime_offset_ns;
	trace_name(env, dir);
	if (gmtime_r(&now, &tm))
		strftime(env->creation, sizeof(env->creation), "%Y%m%dT%H%M%S+0000", &tm);
}

void ctf_env_command(struct ctf_env *env, int argc, char **argv)
{
	size_t len = 0;

	env->cmdline[0] = '\0';
	for (int i = 0; i < argc && len + 1 < sizeof(env->cmdline); i++)
		len += (size_t)snprintf(env->cmdline + len, sizeof(env->cmdline) - len, "%s%s",
					i ? " " : "", argv[i]);
}
