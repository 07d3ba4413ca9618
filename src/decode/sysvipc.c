// SPDX-License-Identifier: MIT
/*
 * SysV IPC as strace 6.1 prints it: msgget/msgsnd/msgrcv/msgctl,
 * semget/semop/semtimedop/semctl, shmget/shmat/shmctl. The *ctl calls'
 * buffer depends on the command (a structure at entry for IPC_SET, at exit
 * for the STAT and INFO commands, an address otherwise), so its capture is
 * the largest of those structures, read at entry and at exit.
 */
#include <linux/ipc.h>
#include <linux/msg.h>
#include <linux/sem.h>
#include <linux/shm.h>
#include <stdio.h>

#include "fmt.h"
#include "xlat_sysvipc.h"

#define IPC_MODE_BITS 0777
#define SHM_HUGE_MASK_BITS (0x3fu << SHM_HUGE_SHIFT) /* the huge page size's log2 */

/*
 * strace's printflags with no default: the names of the bits, the unknown
 * rest in hex; nothing for 0. Returns how many items it printed after names
 * (0 when no bit has a name: the number then prints alone, uncounted).
 */
static unsigned print_flags_nodflt(struct strbuf *out, const struct flag_table *t, uint64_t flags,
				   int xlat)
{
	uint64_t known = 0;
	unsigned n = 0;

	if (!flags)
		return 0;
	if (xlat == XLAT_RAW) {
		strbuf_addf(out, "%#llx", (unsigned long long)flags);
		return 1;
	}
	for (unsigned i = 0; i < t->n; i++)
		if (t->v[i].val && (flags & t->v[i].val) == t->v[i].val) {
			known |= t->v[i].val;
			n++;
		}
	if (xlat == XLAT_VERBOSE || !known)
		strbuf_addf(out, "%#llx", (unsigned long long)flags);
	if (!known)
		return 0;
	if (xlat == XLAT_VERBOSE)
		strbuf_adds(out, " /* ");
	print_flag_bits(out, t, flags, false);
	if (xlat == XLAT_VERBOSE)
		strbuf_adds(out, " */");
	return n + ((flags & ~known) != 0);
}

/* A constant strace prints as a number and a name: 26 / * SHM_HUGE_SHIFT * / under -X verbose. */
static void print_named_number(struct strbuf *out, const char *num, const char *name, int xlat)
{
	print_xlat_text(out, xlat, num, name);
}

/* IPC_PRIVATE, or the key in hex */
bool fmt_ipc_key(struct strbuf *out, const struct sc_event *ev, unsigned i,
		 const struct decode_opts *o)
{
	uint32_t key = (uint32_t)ev->args[i];
	const char *name = flag_lookup(&ipc_key_names, key);
	char num[16];

	snprintf(num, sizeof(num), "%#x", key);
	if (name)
		print_named_number(out, num, name, o->xlat);
	else
		strbuf_adds(out, num);
	return true;
}

/* msgget's and semget's flags: IPC_CREAT|IPC_EXCL|0600 */
bool fmt_ipc_get_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
		       const struct decode_opts *o)
{
	uint64_t v = ev->args[i];

	if (print_flags_nodflt(out, &ipc_get_flag_names, v & ~(uint64_t)IPC_MODE_BITS, o->xlat))
		strbuf_addc(out, '|');
	strbuf_addf(out, "%#03o", (unsigned)(v & IPC_MODE_BITS));
	return true;
}

/* shmget's flags: IPC_CREAT|SHM_HUGETLB|21<<SHM_HUGE_SHIFT|0600 */
bool fmt_shmget_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	uint64_t v = ev->args[i];
	uint64_t flags = v & ~(uint64_t)IPC_MODE_BITS;
	uint64_t huge = flags & SHM_HUGE_MASK_BITS;

	flags &= ~(uint64_t)SHM_HUGE_MASK_BITS;
	if (flags || !huge)
		print_flags_nodflt(out, &shm_get_flag_names, flags, o->xlat);
	if (huge) {
		if (flags)
			strbuf_addc(out, '|');
		strbuf_addf(out, "%llu<<", (unsigned long long)(huge >> SHM_HUGE_SHIFT));
		print_named_number(out, "26", "SHM_HUGE_SHIFT", o->xlat);
	}
	if (flags || huge)
		strbuf_addc(out, '|');
	strbuf_addf(out, "%#03o", (unsigned)(v & IPC_MODE_BITS));
	return true;
}

/* The *ctl commands: IPC_64|IPC_STAT (the IPC_64 bit apart, as strace shows it) */
static void print_ctl_cmd(struct strbuf *out, const struct flag_table *t, uint64_t cmd, int xlat)
{
	if (cmd & IPC_64) {
		print_named_number(out, "0x100", "IPC_64", xlat);
		strbuf_addc(out, '|');
	}
	print_enum_x(out, t, cmd & ~(uint64_t)IPC_64, xlat);
}

bool fmt_msgctl_cmd(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	print_ctl_cmd(out, &msgctl_cmd_names, ev->args[i], o->xlat);
	return true;
}

bool fmt_semctl_cmd(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	print_ctl_cmd(out, &semctl_cmd_names, ev->args[i], o->xlat);
	return true;
}

bool fmt_shmctl_cmd(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	print_ctl_cmd(out, &shmctl_cmd_names, ev->args[i], o->xlat);
	return true;
}

bool fmt_ipc_msg_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
		       const struct decode_opts *o)
{
	print_flags_x(out, &ipc_msg_flag_names, ev->args[i], o->xlat);
	return true;
}

bool fmt_shmat_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	print_flags_x(out, &shmat_flag_names, (uint32_t)ev->args[i], o->xlat);
	return true;
}

/* uid_t and gid_t: -1 or unsigned */
static void print_id(struct strbuf *out, const char *name, uint32_t id)
{
	if (id == UINT32_MAX)
		strbuf_addf(out, "%s=-1", name);
	else
		strbuf_addf(out, "%s=%u", name, id);
}

/* {uid=0, gid=0, mode=0600, key=0, cuid=0, cgid=0}; IPC_SET sets the first three only */
static void print_ipc_perm(struct strbuf *out, const struct ipc64_perm *p, bool set)
{
	strbuf_addc(out, '{');
	print_id(out, "uid", p->uid);
	print_id(out, ", gid", p->gid);
	strbuf_addf(out, ", mode=%#03o", (unsigned)p->mode);
	if (!set) {
		strbuf_addf(out, ", key=%u", (uint32_t)p->key);
		print_id(out, ", cuid", p->cuid);
		print_id(out, ", cgid", p->cgid);
	}
	strbuf_addc(out, '}');
}

enum ctl_buf { CTL_ADDR, CTL_SET, CTL_STAT, CTL_INFO, CTL_INFO2 };

/*
 * The structure of a *ctl buffer (argument i), copied into buf: the entry
 * copy for IPC_SET, the exit copy after a successful STAT or INFO command.
 * NULL (the address printed) when it cannot be shown.
 */
static const void *ctl_struct(struct strbuf *out, const struct sc_event *ev, unsigned i,
			      enum ctl_buf kind, void *buf, unsigned size)
{
	const struct sct_blob *b = kind == CTL_SET ? sc_event_blob(ev, i) : fmt_mem(ev, i, size);

	if (kind != CTL_SET && sc_event_failed(ev))
		b = NULL;
	if (!ev->args[i] || !b || b->kind != SCT_BLOB_MEM || (b->flags & SCT_BLOB_FAULT) ||
	    b->len < size) {
		fmt_addr(out, ev->args[i]);
		return NULL;
	}
	memcpy(buf, sct_blob_data(b), size);
	return buf;
}

/* msgctl: IPC_SET and the STAT commands a msqid_ds, the INFO commands a msginfo */
static enum ctl_buf msgctl_kind(uint32_t cmd)
{
	switch (cmd & ~(uint32_t)IPC_64) {
	case IPC_SET:
		return CTL_SET;
	case IPC_STAT: case MSG_STAT: case MSG_STAT_ANY:
		return CTL_STAT;
	case IPC_INFO: case MSG_INFO:
		return CTL_INFO;
	default:
		return CTL_ADDR;
	}
}

static void print_msqid_ds(struct strbuf *out, const struct msqid64_ds *d, bool set)
{
	strbuf_adds(out, "{msg_perm=");
	print_ipc_perm(out, &d->msg_perm, set);
	if (!set)
		strbuf_addf(out, ", msg_stime=%llu, msg_rtime=%llu, msg_ctime=%llu, msg_qnum=%llu",
			    (unsigned long long)d->msg_stime, (unsigned long long)d->msg_rtime,
			    (unsigned long long)d->msg_ctime, (unsigned long long)d->msg_qnum);
	strbuf_addf(out, ", msg_qbytes=%llu", (unsigned long long)d->msg_qbytes);
	if (!set)
		strbuf_addf(out, ", msg_lspid=%d, msg_lrpid=%d", d->msg_lspid, d->msg_lrpid);
	strbuf_addc(out, '}');
}

bool fmt_msgctl_buf(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	enum ctl_buf kind = msgctl_kind((uint32_t)ev->args[i - 1]);
	struct msqid64_ds ds;
	struct msginfo mi;

	(void)o;
	if (kind == CTL_ADDR) {
		fmt_addr(out, ev->args[i]);
	} else if (kind == CTL_INFO) {
		if (ctl_struct(out, ev, i, kind, &mi, sizeof(mi)))
			strbuf_addf(out, "{msgpool=%d, msgmap=%d, msgmax=%d, msgmnb=%d, msgmni=%d, "
					 "msgssz=%d, msgtql=%d, msgseg=%u}",
				    mi.msgpool, mi.msgmap, mi.msgmax, mi.msgmnb, mi.msgmni, mi.msgssz,
				    mi.msgtql, (unsigned)mi.msgseg);
	} else if (ctl_struct(out, ev, i, kind, &ds, sizeof(ds))) {
		print_msqid_ds(out, &ds, kind == CTL_SET);
	}
	return true;
}

/* semctl's fourth argument (union semun, by value): a semid_ds, a seminfo or an address */
static enum ctl_buf semctl_kind(uint32_t cmd)
{
	switch (cmd & ~(uint32_t)IPC_64) {
	case IPC_SET:
		return CTL_SET;
	case IPC_STAT: case SEM_STAT: case SEM_STAT_ANY:
		return CTL_STAT;
	case IPC_INFO: case SEM_INFO:
		return CTL_INFO;
	default:
		return CTL_ADDR;
	}
}

bool fmt_semctl_arg(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	enum ctl_buf kind = semctl_kind((uint32_t)ev->args[i - 1]);
	struct semid64_ds ds;
	struct seminfo si;

	(void)o;
	if (kind == CTL_ADDR) {
		fmt_addr(out, ev->args[i]);
	} else if (kind == CTL_INFO) {
		if (ctl_struct(out, ev, i, kind, &si, sizeof(si)))
			strbuf_addf(out, "{semmap=%d, semmni=%d, semmns=%d, semmnu=%d, semmsl=%d, "
					 "semopm=%d, semume=%d, semusz=%d, semvmx=%d, semaem=%d}",
				    si.semmap, si.semmni, si.semmns, si.semmnu, si.semmsl, si.semopm,
				    si.semume, si.semusz, si.semvmx, si.semaem);
	} else if (ctl_struct(out, ev, i, kind, &ds, sizeof(ds))) {
		strbuf_adds(out, "{sem_perm=");
		print_ipc_perm(out, &ds.sem_perm, kind == CTL_SET);
		if (kind != CTL_SET)
			strbuf_addf(out, ", sem_otime=%llu, sem_ctime=%llu, sem_nsems=%llu",
				    (unsigned long long)ds.sem_otime,
				    (unsigned long long)ds.sem_ctime,
				    (unsigned long long)ds.sem_nsems);
		strbuf_addc(out, '}');
	}
	return true;
}

/* shmctl: IPC_SET and the STAT commands a shmid_ds, IPC_INFO a shminfo, SHM_INFO a shm_info */
static enum ctl_buf shmctl_kind(uint32_t cmd)
{
	switch (cmd & ~(uint32_t)IPC_64) {
	case IPC_SET:
		return CTL_SET;
	case IPC_STAT: case SHM_STAT: case SHM_STAT_ANY:
		return CTL_STAT;
	case IPC_INFO:
		return CTL_INFO;
	case SHM_INFO:
		return CTL_INFO2;
	default:
		return CTL_ADDR;
	}
}

/* shm_cpid and shm_lpid are processes (strace's PRINT_FIELD_TGID: -Y, --pidns-translation) */
static void print_shmid_ds(struct strbuf *out, const struct shmid64_ds *d, bool set,
			   const struct decode_opts *o)
{
	strbuf_adds(out, "{shm_perm=");
	print_ipc_perm(out, &d->shm_perm, set);
	if (!set) {
		strbuf_addf(out, ", shm_segsz=%llu, shm_cpid=", (unsigned long long)d->shm_segsz);
		decode_pid(out, d->shm_cpid, PID_KIND_TGID, o);
		strbuf_adds(out, ", shm_lpid=");
		decode_pid(out, d->shm_lpid, PID_KIND_TGID, o);
		strbuf_addf(out, ", shm_nattch=%llu, shm_atime=%llu, shm_dtime=%llu, shm_ctime=%llu",
			    (unsigned long long)d->shm_nattch, (unsigned long long)d->shm_atime,
			    (unsigned long long)d->shm_dtime, (unsigned long long)d->shm_ctime);
	}
	strbuf_addc(out, '}');
}

bool fmt_shmctl_buf(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	enum ctl_buf kind = shmctl_kind((uint32_t)ev->args[i - 1]);
	struct shmid64_ds ds;
	struct shminfo64 si;
	struct shm_info sh;

	if (kind == CTL_ADDR) {
		fmt_addr(out, ev->args[i]);
	} else if (kind == CTL_INFO) {
		if (ctl_struct(out, ev, i, kind, &si, sizeof(si)))
			strbuf_addf(out, "{shmmax=%llu, shmmin=%llu, shmmni=%llu, shmseg=%llu, "
					 "shmall=%llu}",
				    (unsigned long long)si.shmmax, (unsigned long long)si.shmmin,
				    (unsigned long long)si.shmmni, (unsigned long long)si.shmseg,
				    (unsigned long long)si.shmall);
	} else if (kind == CTL_INFO2) {
		if (ctl_struct(out, ev, i, kind, &sh, sizeof(sh)))
			strbuf_addf(out, "{used_ids=%d, shm_tot=%llu, shm_rss=%llu, shm_swp=%llu, "
					 "swap_attempts=%llu, swap_successes=%llu}",
				    sh.used_ids, (unsigned long long)sh.shm_tot,
				    (unsigned long long)sh.shm_rss, (unsigned long long)sh.shm_swp,
				    (unsigned long long)sh.swap_attempts,
				    (unsigned long long)sh.swap_successes);
	} else if (ctl_struct(out, ev, i, kind, &ds, sizeof(ds))) {
		print_shmid_ds(out, &ds, kind == CTL_SET, o);
	}
	return true;
}

/*
 * struct msgbuf: {mtype=1, mtext="..."}, mtext as long as the next argument
 * (msgsz) says; the last capture of each part (msgrcv's is at exit).
 */
static bool print_msgbuf(struct strbuf *out, const struct sc_event *ev, unsigned i,
			 const struct decode_opts *o)
{
	const struct sct_blob *type = fmt_aux_blob(ev, i, 0, false);
	const struct sct_blob *text = fmt_aux_blob(ev, i, 1, false);
	uint64_t size = i + 1 < SCT_MAX_ARGS ? ev->args[i + 1] : 0;
	unsigned len;

	if (!ev->args[i] || !type || type->len < 8) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	strbuf_addf(out, "{mtype=%lld, mtext=", (long long)load_s64(sct_blob_data(type), 0));
	if (!text) {
		fmt_addr(out, ev->args[i] + 8);
	} else {
		len = text->len < o->str_max ? text->len : o->str_max;
		format_quoted(out, sct_blob_data(text), len, size > len, o);
	}
	strbuf_addc(out, '}');
	return true;
}

bool fmt_msgbuf_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	return print_msgbuf(out, ev, i, o);
}

bool fmt_msgbuf_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	if (sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	return print_msgbuf(out, ev, i, o);
}

#define SEMBUF_SIZE 6 /* struct sembuf: sem_num, sem_op, sem_flg */

/*
 * semop's struct sembuf[nsops]: at most -s elements then "...", and after the
 * readable ones "... / * address * /" when the rest could not be read.
 */
bool fmt_sembuf(struct strbuf *out, const struct sc_event *ev, unsigned i,
		const struct decode_opts *o)
{
	const struct sct_blob *b = sc_event_blob(ev, i);
	uint64_t addr = ev->args[i];
	uint64_t n = i + 1 < SCT_MAX_ARGS ? (uint32_t)ev->args[i + 1] : 0;
	unsigned have, k;

	if (!addr) {
		strbuf_adds(out, "NULL");
		return true;
	}
	if (!n) {
		strbuf_adds(out, "[]");
		return true;
	}
	if (!b || b->kind != SCT_BLOB_MEM ||
	    fmt_blob_unreadable(b) || b->len < SEMBUF_SIZE) {
		fmt_addr(out, addr);
		return true;
	}
	have = b->len / SEMBUF_SIZE;
	strbuf_addc(out, '[');
	for (k = 0; k < n; k++) {
		const char *p = sct_blob_data(b) + k * SEMBUF_SIZE;

		if (k)
			strbuf_adds(out, ", ");
		if (k >= have && (b->flags & SCT_BLOB_FAULT)) {
			strbuf_addf(out, "... /* %#llx */",
				    (unsigned long long)(addr + k * SEMBUF_SIZE));
			break;
		}
		if (k >= have || (k >= o->str_max && !o->verbose)) {
			strbuf_adds(out, "...");
			break;
		}
		strbuf_addf(out, "{sem_num=%u, sem_op=%d, sem_flg=", load_u16(p, 0),
			    (int16_t)load_u16(p, 2));
		print_flags_x(out, &sem_flag_names, load_u16(p, 4), o->xlat);
		strbuf_addc(out, '}');
	}
	strbuf_addc(out, ']');
	return true;
}
