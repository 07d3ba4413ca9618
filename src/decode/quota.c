// SPDX-License-Identifier: MIT
/*
 * quotactl and quotactl_fd as strace 6.1 prints them: the command as
 * QCMD(Q_GETQUOTA, USRQUOTA), then the id and the data as the command says
 * (a quota format and a path for Q_QUOTAON, the structures of the VFS and
 * XFS quota calls, flags, or nothing). The data is captured as 256 bytes,
 * or what its first page holds, at entry and at exit: the input structures
 * print from the entry copy, the outputs from the exit one.
 */
#include <linux/dqblk_xfs.h>
#include <linux/quota.h>

#include "fmt.h"
#include "gen/syscall_nr.h"
#include "xlat_sysvipc.h"

#define DQBLK_SIZE 68 /* struct if_dqblk as strace reads it: packed */
#define NEXTDQBLK_SIZE 72
#define DQINFO_SIZE 24

static uint32_t quota_qcmd(const struct sc_event *ev)
{
	return (uint32_t)(ev->nr == SCT_NR_quotactl_fd ? ev->args[1] : ev->args[0]);
}

/* QCMD(Q_SYNC, USRQUOTA); -X raw the number in decimal, -X verbose both */
bool fmt_quota_cmd(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	uint32_t qcmd = (uint32_t)ev->args[i];

	if (o->xlat != XLAT_ABBREV)
		strbuf_addf(out, "%u", qcmd);
	if (o->xlat == XLAT_RAW)
		return true;
	if (o->xlat == XLAT_VERBOSE)
		strbuf_adds(out, " /* ");
	strbuf_adds(out, "QCMD(");
	print_enum(out, &quota_cmd_names, qcmd >> 8);
	strbuf_adds(out, ", ");
	print_enum(out, &quota_type_names, qcmd & 0xff);
	strbuf_addc(out, ')');
	if (o->xlat == XLAT_VERBOSE)
		strbuf_adds(out, " */");
	return true;
}

enum quota_args { QA_NONE, QA_DATA, QA_ID_DATA };

/* Which of id and data a command shows. */
static enum quota_args quota_args(uint32_t cmd)
{
	switch (cmd) {
	case Q_QUOTAOFF: case Q_SYNC: case Q_XQUOTASYNC:
		return QA_NONE;
	case Q_GETFMT: case Q_GETINFO: case Q_SETINFO: case Q_XGETQSTAT: case Q_XGETQSTATV:
	case Q_XQUOTAON: case Q_XQUOTAOFF: case Q_XQUOTARM:
		return QA_DATA;
	default:
		return QA_ID_DATA;
	}
}

/* the id: a uid (-1 or unsigned), Q_QUOTAON's quota format, or nothing */
bool fmt_quota_id(struct strbuf *out, const struct sc_event *ev, unsigned i,
		  const struct decode_opts *o)
{
	uint32_t cmd = quota_qcmd(ev) >> 8;
	uint32_t id = (uint32_t)ev->args[i];

	if (quota_args(cmd) != QA_ID_DATA)
		return false;
	if (cmd == Q_QUOTAON)
		print_enum_x(out, &quota_format_names, id, o->xlat);
	else if (id == UINT32_MAX)
		strbuf_adds(out, "-1");
	else
		strbuf_addf(out, "%u", id);
	return true;
}

/*
 * The data's bytes when at least need of them were read (the entry copy of
 * an input, the exit copy of an output after success); otherwise prints the
 * address and returns NULL.
 */
static const char *quota_mem(struct strbuf *out, const struct sc_event *ev, unsigned i,
			     unsigned need, bool output, unsigned *have)
{
	const struct sct_blob *b = NULL;

	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *c = ev->blobs[k];

		if (c->arg != i || c->kind != SCT_BLOB_MEM || SCT_AUX_TAGGED(c->aux))
			continue;
		b = c;
		if (!output)
			break;
	}
	if (!ev->args[i] || !b || (output && sc_event_failed(ev)) ||
	    fmt_blob_unreadable(b) || b->len < need) {
		fmt_addr(out, ev->args[i]);
		return NULL;
	}
	if (have)
		*have = b->len;
	return sct_blob_data(b);
}

/* Q_QUOTAON's path: the bytes up to the NUL, or the address when none was read */
static void print_quota_path(struct strbuf *out, const struct sc_event *ev, unsigned i,
			     const struct decode_opts *o)
{
	unsigned have = 0;
	const char *p = quota_mem(out, ev, i, 1, false, &have);
	const char *nul;

	if (!p)
		return;
	nul = memchr(p, 0, have);
	if (!nul) {
		fmt_addr(out, ev->args[i]);
		return;
	}
	format_quoted(out, p, (unsigned)(nul - p), false, o);
}

static void print_dqblk(struct strbuf *out, const char *p, bool next, const struct decode_opts *o)
{
	static const char *const names[] = { "dqb_bhardlimit", "dqb_bsoftlimit", "dqb_curspace",
					     "dqb_ihardlimit", "dqb_isoftlimit", "dqb_curinodes",
					     "dqb_btime", "dqb_itime" };
	unsigned shown = o->verbose ? 8 : 6;

	strbuf_addc(out, '{');
	for (unsigned k = 0; k < shown; k++)
		strbuf_addf(out, "%s%s=%llu", k ? ", " : "", names[k],
			    (unsigned long long)load_u64(p, k * 8));
	if (o->verbose) {
		strbuf_adds(out, ", dqb_valid=");
		print_flags_x(out, &dqblk_valid_names, load_u32(p, 64), o->xlat);
	}
	if (next)
		strbuf_addf(out, ", dqb_id=%u", load_u32(p, 68));
	if (!o->verbose)
		strbuf_adds(out, ", ...");
	strbuf_addc(out, '}');
}

static void print_dqinfo(struct strbuf *out, const char *p, int xlat)
{
	strbuf_addf(out, "{dqi_bgrace=%llu, dqi_igrace=%llu, dqi_flags=",
		    (unsigned long long)load_u64(p, 0), (unsigned long long)load_u64(p, 8));
	print_flags_x(out, &dqinfo_flag_names, load_u32(p, 16), xlat);
	strbuf_adds(out, ", dqi_valid=");
	print_flags_x(out, &dqinfo_valid_names, load_u32(p, 20), xlat);
	strbuf_addc(out, '}');
}

static void print_disk_quota(struct strbuf *out, const char *p, const struct decode_opts *o)
{
	struct fs_disk_quota d;

	memcpy(&d, p, sizeof(d));
	strbuf_addf(out, "{d_version=%d, d_flags=", d.d_version);
	print_flags_x(out, &xfs_dqblk_flag_names, (uint8_t)d.d_flags, o->xlat);
	strbuf_addf(out, ", d_fieldmask=%#x, d_id=%u, d_blk_hardlimit=%llu, d_blk_softlimit=%llu, "
			 "d_ino_hardlimit=%llu, d_ino_softlimit=%llu, d_bcount=%llu, d_icount=%llu",
		    d.d_fieldmask, d.d_id, (unsigned long long)d.d_blk_hardlimit,
		    (unsigned long long)d.d_blk_softlimit, (unsigned long long)d.d_ino_hardlimit,
		    (unsigned long long)d.d_ino_softlimit, (unsigned long long)d.d_bcount,
		    (unsigned long long)d.d_icount);
	if (o->verbose)
		strbuf_addf(out, ", d_itimer=%d, d_btimer=%d, d_iwarns=%u, d_bwarns=%u, "
				 "d_rtb_hardlimit=%llu, d_rtb_softlimit=%llu, d_rtbcount=%llu, "
				 "d_rtbtimer=%d, d_rtbwarns=%u}",
			    d.d_itimer, d.d_btimer, d.d_iwarns, d.d_bwarns,
			    (unsigned long long)d.d_rtb_hardlimit,
			    (unsigned long long)d.d_rtb_softlimit, (unsigned long long)d.d_rtbcount,
			    d.d_rtbtimer, d.d_rtbwarns);
	else
		strbuf_adds(out, ", ...}");
}

static void print_qfilestat(struct strbuf *out, const char *name, uint64_t ino, uint64_t nblks,
			    uint32_t nextents)
{
	strbuf_addf(out, ", %s={qfs_ino=%llu, qfs_nblks=%llu, qfs_nextents=%u}", name,
		    (unsigned long long)ino, (unsigned long long)nblks, nextents);
}

static void print_quota_stat(struct strbuf *out, const char *p, const struct decode_opts *o)
{
	struct fs_quota_stat s;

	memcpy(&s, p, sizeof(s));
	strbuf_addf(out, "{qs_version=%d", s.qs_version);
	if (!o->verbose) {
		strbuf_adds(out, ", ...}");
		return;
	}
	strbuf_adds(out, ", qs_flags=");
	print_flags_x(out, &xfs_quota_flag_names, s.qs_flags, o->xlat);
	print_qfilestat(out, "qs_uquota", s.qs_uquota.qfs_ino, s.qs_uquota.qfs_nblks,
			s.qs_uquota.qfs_nextents);
	print_qfilestat(out, "qs_gquota", s.qs_gquota.qfs_ino, s.qs_gquota.qfs_nblks,
			s.qs_gquota.qfs_nextents);
	strbuf_addf(out, ", qs_incoredqs=%u, qs_btimelimit=%d, qs_itimelimit=%d, "
			 "qs_rtbtimelimit=%d, qs_bwarnlimit=%u, qs_iwarnlimit=%u}",
		    s.qs_incoredqs, s.qs_btimelimit, s.qs_itimelimit, s.qs_rtbtimelimit,
		    s.qs_bwarnlimit, s.qs_iwarnlimit);
}

static void print_quota_statv(struct strbuf *out, const char *p, const struct decode_opts *o)
{
	struct fs_quota_statv s;

	memcpy(&s, p, sizeof(s));
	strbuf_addf(out, "{qs_version=%d", s.qs_version);
	if (!o->verbose) {
		strbuf_adds(out, ", ...}");
		return;
	}
	strbuf_adds(out, ", qs_flags=");
	print_flags_x(out, &xfs_quota_flag_names, s.qs_flags, o->xlat);
	strbuf_addf(out, ", qs_incoredqs=%u", s.qs_incoredqs);
	print_qfilestat(out, "qs_uquota", s.qs_uquota.qfs_ino, s.qs_uquota.qfs_nblks,
			s.qs_uquota.qfs_nextents);
	print_qfilestat(out, "qs_gquota", s.qs_gquota.qfs_ino, s.qs_gquota.qfs_nblks,
			s.qs_gquota.qfs_nextents);
	print_qfilestat(out, "qs_pquota", s.qs_pquota.qfs_ino, s.qs_pquota.qfs_nblks,
			s.qs_pquota.qfs_nextents);
	strbuf_addf(out, ", qs_btimelimit=%d, qs_itimelimit=%d, qs_rtbtimelimit=%d, "
			 "qs_bwarnlimit=%u, qs_iwarnlimit=%u}",
		    s.qs_btimelimit, s.qs_itimelimit, s.qs_rtbtimelimit, s.qs_bwarnlimit,
		    s.qs_iwarnlimit);
}

/* [flags] of a u32 (XQUOTAON, XQUOTAOFF, XQUOTARM), [format] (GETFMT) */
static void print_quota_u32(struct strbuf *out, const char *p, const struct flag_table *t,
			    bool flags, int xlat)
{
	strbuf_addc(out, '[');
	if (flags)
		print_flags_x(out, t, load_u32(p, 0), xlat);
	else
		print_enum_x(out, t, load_u32(p, 0), xlat);
	strbuf_addc(out, ']');
}

/* the data, by the command */
bool fmt_quota_data(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	uint32_t cmd = quota_qcmd(ev) >> 8;
	const char *p;

	switch (cmd) {
	case Q_QUOTAOFF: case Q_SYNC: case Q_XQUOTASYNC:
		return false;
	case Q_QUOTAON:
		print_quota_path(out, ev, i, o);
		break;
	case Q_GETQUOTA: case Q_SETQUOTA:
		if ((p = quota_mem(out, ev, i, DQBLK_SIZE, cmd == Q_GETQUOTA, NULL)))
			print_dqblk(out, p, false, o);
		break;
	case Q_GETNEXTQUOTA:
		if ((p = quota_mem(out, ev, i, NEXTDQBLK_SIZE, true, NULL)))
			print_dqblk(out, p, true, o);
		break;
	case Q_XGETQUOTA: case Q_XGETNEXTQUOTA: case Q_XSETQLIM:
		if ((p = quota_mem(out, ev, i, sizeof(struct fs_disk_quota), cmd != Q_XSETQLIM,
				   NULL)))
			print_disk_quota(out, p, o);
		break;
	case Q_GETFMT:
		if ((p = quota_mem(out, ev, i, 4, true, NULL)))
			print_quota_u32(out, p, &quota_format_names, false, o->xlat);
		break;
	case Q_GETINFO: case Q_SETINFO:
		if ((p = quota_mem(out, ev, i, DQINFO_SIZE, cmd == Q_GETINFO, NULL)))
			print_dqinfo(out, p, o->xlat);
		break;
	case Q_XGETQSTAT:
		if ((p = quota_mem(out, ev, i, sizeof(struct fs_quota_stat), true, NULL)))
			print_quota_stat(out, p, o);
		break;
	case Q_XGETQSTATV:
		if ((p = quota_mem(out, ev, i, sizeof(struct fs_quota_statv), true, NULL)))
			print_quota_statv(out, p, o);
		break;
	case Q_XQUOTAON: case Q_XQUOTAOFF:
		if ((p = quota_mem(out, ev, i, 4, false, NULL)))
			print_quota_u32(out, p, &xfs_quota_flag_names, true, o->xlat);
		break;
	case Q_XQUOTARM:
		if ((p = quota_mem(out, ev, i, 4, false, NULL)))
			print_quota_u32(out, p, &xfs_dqblk_flag_names, true, o->xlat);
		break;
	default:
		fmt_addr(out, ev->args[i]);
		break;
	}
	return true;
}
