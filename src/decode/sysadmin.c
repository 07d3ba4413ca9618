// SPDX-License-Identifier: MIT
/*
 * System administration calls whose arguments strace names: pidfd_open,
 * pidfd_getfd and pidfd_send_signal, setns and unshare, the module calls,
 * reboot, syslog, swapon, sethostname and kcmp. Some print fewer arguments
 * than the call takes, by the command before them (reboot, syslog, kcmp).
 */
#include <linux/kcmp.h>
#include <linux/reboot.h>

#include "fmt.h"
#include "pid_views.h"
#include "xlat_ipc.h"

#define SWAP_PRIO_MASK 0x7fff /* SWAP_FLAG_PRIO_MASK */
#define NEW_UTS_LEN 64 /* __NEW_UTS_LEN: a longer hostname prints as its address */
#define REBOOT_ARG_MAX 255 /* the kernel copies at most 255 bytes of RESTART2's argument */

/* A 32-bit number in hex: pidfd_getfd's and pidfd_send_signal's flags. */
bool fmt_hex32(struct strbuf *out, const struct sc_event *ev, unsigned i,
	       const struct decode_opts *o)
{
	(void)o;
	strbuf_addf(out, "%#x", (uint32_t)ev->args[i]);
	return true;
}

FLAGS_FMT(fmt_pidfd_open_flags, pidfd_open_flag_names, uint32_t)
FLAGS_FMT(fmt_setns_type, setns_type_names, uint32_t)
FLAGS_FMT(fmt_unshare_flags, unshare_flag_names, uint64_t)
FLAGS_FMT(fmt_delete_module_flags, delete_module_flag_names, uint32_t)
FLAGS_FMT(fmt_module_init_flags, module_init_flag_names, uint32_t)
ENUM_FMT(fmt_reboot_magic1, reboot_magic1_names, uint32_t)
ENUM_FMT(fmt_reboot_magic2, reboot_magic2_names, uint32_t)
ENUM_FMT(fmt_reboot_cmd, reboot_cmd_names, uint32_t)

/* RESTART2's command string, at most 255 bytes: only after that command (the arg before). */
bool fmt_reboot_arg(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	const struct sct_blob *b = sc_event_blob(ev, i);
	unsigned cut = o->str_max < REBOOT_ARG_MAX ? o->str_max : REBOOT_ARG_MAX;
	unsigned len;
	bool more;

	if (!i || (uint32_t)ev->args[i - 1] != LINUX_REBOOT_CMD_RESTART2)
		return false;
	if (!ev->args[i] || !b || b->kind != SCT_BLOB_STR || (b->flags & SCT_BLOB_FAULT)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	len = b->len < cut ? b->len : cut;
	/* no NUL among the bytes the kernel reads: strace marks it cut as well */
	more = (b->flags & SCT_BLOB_TRUNC) || b->len > cut ||
	       (cut == REBOOT_ARG_MAX && b->len >= REBOOT_ARG_MAX);
	format_quoted(out, sct_blob_data(b), len, more, o);
	return true;
}

/* 9 / * SYSLOG_ACTION_SIZE_UNREAD * /: strace always shows the number and the name. */
static void print_verbose_enum(struct strbuf *out, const struct flag_table *t, int v)
{
	const char *name = flag_lookup(t, (uint32_t)v);

	strbuf_addf(out, "%d /* %s */", v, name ? name : t->unknown);
}

bool fmt_syslog_action(struct strbuf *out, const struct sc_event *ev, unsigned i,
		       const struct decode_opts *o)
{
	(void)o;
	print_verbose_enum(out, &syslog_action_names, (int)ev->args[i]);
	return true;
}

enum syslog_args { SYSLOG_NONE, SYSLOG_READ, SYSLOG_LEVEL, SYSLOG_OTHER };

/* Which of bufp and len the action (argument 0) uses. */
static enum syslog_args syslog_args(const struct sc_event *ev)
{
	switch ((int)ev->args[0]) {
	case 0: case 1: case 5: case 6: case 7: case 9: case 10:
		return SYSLOG_NONE;
	case 2: case 3: case 4:
		return SYSLOG_READ;
	case 8:
		return SYSLOG_LEVEL;
	default:
		return SYSLOG_OTHER;
	}
}

/* bufp: what the READ actions wrote (their return value), an address for the others */
bool fmt_syslog_buf(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	switch (syslog_args(ev)) {
	case SYSLOG_NONE:
		return false;
	case SYSLOG_READ:
		return fmt_buf_out(out, ev, i, o);
	default:
		fmt_addr(out, ev->args[i]);
		return true;
	}
}

bool fmt_syslog_len(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	(void)o;
	switch (syslog_args(ev)) {
	case SYSLOG_NONE:
		return false;
	case SYSLOG_LEVEL:
		print_verbose_enum(out, &syslog_level_names, (int)ev->args[i]);
		return true;
	default:
		strbuf_addf(out, "%d", (int)ev->args[i]);
		return true;
	}
}

/* SWAP_FLAG_PREFER|42: the flag bits, then the priority in the low bits, always. */
bool fmt_swap_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	uint32_t v = (uint32_t)ev->args[i];

	(void)o;
	if (v & ~(uint32_t)SWAP_PRIO_MASK) {
		print_flags(out, &swap_flag_names, v & ~(uint32_t)SWAP_PRIO_MASK);
		strbuf_addc(out, '|');
	}
	strbuf_addf(out, "%u", v & SWAP_PRIO_MASK);
	return true;
}

/* The name, printed as the length (the next argument) says, or its address past 64 bytes. */
bool fmt_hostname(struct strbuf *out, const struct sc_event *ev, unsigned i,
		  const struct decode_opts *o)
{
	if ((uint32_t)ev->args[i + 1] > NEW_UTS_LEN) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	return fmt_buf_in(out, ev, i, o);
}

bool fmt_kcmp_type(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	(void)o;
	print_enum(out, &kcmp_type_names, (uint32_t)ev->args[i]);
	return true;
}

/*
 * A descriptor of process pid, which -y describes from that process's table.
 * pid is the caller's number, translated as strace's printfd_pid_tracee_ns
 * does when -Y or --pidns-translation gave the means (without, the numbers are
 * taken as the same), then to the kernel side's, by which the tables know it.
 */
static void print_fd_of(struct strbuf *out, int pid, int fd, const struct decode_opts *o)
{
	struct decode_opts of = *o;
	int ours = 0;

	strbuf_addf(out, "%d", fd);
	if (fd < 0 || pid <= 0)
		return;
	if (o->pid_info)
		ours = o->pid_info(o->pid_ctx, o->fd_tgid, pid, PID_KIND_TGID, NULL);
	of.fd_tgid = ours ? pid_views_kernel((uint32_t)ours) : (uint32_t)pid;
	decode_fd_suffix(out, fd, &of);
}

/* idx1 and idx2 by the type (argument 2): descriptors, an epoll slot, hex, or nothing. */
bool fmt_kcmp_idx(struct strbuf *out, const struct sc_event *ev, unsigned i,
		  const struct decode_opts *o)
{
	int type = (int)ev->args[2];
	const char *p;

	switch (type) {
	case KCMP_FILE:
		print_fd_of(out, (int)ev->args[i - 3], (int)ev->args[i], o);
		return true;
	case KCMP_EPOLL_TFD:
		if (i == 3) {
			print_fd_of(out, (int)ev->args[0], (int)ev->args[i], o);
			return true;
		}
		p = fmt_struct(out, ev, i, 12, false);
		if (!p)
			return true;
		strbuf_adds(out, "{efd=");
		print_fd_of(out, (int)ev->args[1], load_s32(p, 0), o);
		strbuf_adds(out, ", tfd=");
		print_fd_of(out, (int)ev->args[1], load_s32(p, 4), o);
		strbuf_addf(out, ", toff=%u}", load_u32(p, 8));
		return true;
	case KCMP_VM: case KCMP_FILES: case KCMP_FS: case KCMP_SIGHAND: case KCMP_IO:
	case KCMP_SYSVSEM:
		return false;
	default:
		strbuf_addf(out, "%#llx", (unsigned long long)ev->args[i]);
		return true;
	}
}
