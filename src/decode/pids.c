// SPDX-License-Identifier: MIT
/*
 * Pids as strace prints them: the number, then with -Y the task's comm in
 * <...>, with --pidns-translation the number in sctrace's namespace as a
 * comment. What a pid names is in the decoder's hands (the argument or return
 * type); what it refers to in the system comes from decode_opts.pid_info.
 */
#include "fmt.h"

static void add_comm(struct strbuf *out, const char *comm)
{
	size_t len = strnlen(comm, SCT_COMM_LEN);

	if (!len)
		return;
	strbuf_addc(out, '<');
	format_fd_path(out, comm, (unsigned)len, NULL); /* escapes '<' and '>' as strace does */
	strbuf_addc(out, '>');
}

/* What follows a pid's number: "<comm>", the translation comment. */
static void annotate(struct strbuf *out, int pid, enum pid_kind kind, const struct decode_opts *o)
{
	char comm[SCT_COMM_LEN + 1] = "";
	bool want_comm;
	int ours;

	
	if (!o || !o->decode_pids || !o->pid_info || pid <= 0 || o->raw)
		return;
	want_comm = (o->decode_pids & DECODE_PIDS_COMM) && (kind == PID_KIND_TID || kind == PID_KIND_TGID);
	ours = o->pid_info(o->pid_ctx, o->fd_tgid, pid, kind, want_comm ? comm : NULL);
	if (!ours)
		return;
	if (want_comm)
		add_comm(out, comm);
	if ((o->decode_pids & DECODE_PIDS_NS) && ours != pid)
		strbuf_addf(out, " /* %d in strace's PID NS */", ours);
}

void decode_pid(struct strbuf *out, int pid, enum pid_kind kind, const struct decode_opts *o)
{
	strbuf_addf(out, "%d", pid);
	annotate(out, pid, kind, o);
}

void decode_pid_comm(struct strbuf *out, uint32_t tid, const struct decode_opts *o)
{
	char comm[SCT_COMM_LEN + 1] = "";

	if (!o || !(o->decode_pids & DECODE_PIDS_COMM) || !o->pid_info)
		return;
	if (o->pid_info(o->pid_ctx, 0, (int)tid, PID_KIND_TID, comm))
		add_comm(out, comm);
}

static bool fmt_pid_kind(struct strbuf *out, const struct sc_event *ev, unsigned i,
			 const struct decode_opts *o, enum pid_kind kind)
{
	decode_pid(out, (int)ev->args[i], kind, o);
	return true;
}

bool fmt_pid_tgid(struct strbuf *out, const struct sc_event *ev, unsigned i,
		  const struct decode_opts *o)
{
	return fmt_pid_kind(out, ev, i, o, PID_KIND_TGID);
}

bool fmt_pid_tid(struct strbuf *out, const struct sc_event *ev, unsigned i,
		 const struct decode_opts *o)
{
	return fmt_pid_kind(out, ev, i, o, PID_KIND_TID);
}

bool fmt_pid_pgid(struct strbuf *out, const struct sc_event *ev, unsigned i,
		  const struct decode_opts *o)
{
	return fmt_pid_kind(out, ev, i, o, PID_KIND_PGID);
}

/* kill(2), wait4(2): > 0 a process, < -1 the process group -pid; 0 and -1 plain. */
bool fmt_pid_tgid_pgid(struct strbuf *out, const struct sc_event *ev, unsigned i,
		       const struct decode_opts *o)
{
	int pid = (int)ev->args[i];

	strbuf_addf(out, "%d", pid);
	if (pid > 0)
		annotate(out, pid, PID_KIND_TGID, o);
	else if (pid < -1)
		annotate(out, -pid, PID_KIND_PGID, o);
	return true;
}
