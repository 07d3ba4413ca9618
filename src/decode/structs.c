// SPDX-License-Identifier: MIT
/*
 * Structures as strace prints them abbreviated: for now struct stat
 * ({st_mode=S_IFREG|0644, st_size=12, ...}) and struct rlimit (getrlimit's,
 * setrlimit's), and under -X raw / verbose (st_mode=0100644 / * S_IFREG|0644 * /);
 * and the tail of extensible structures (print_struct_tail). Each formatter
 * reads the SCT_BLOB_MEM captured for its argument; offsets are those of the
 * x86_64 ABI.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "decode.h"
#include "fmt.h"
#include "flags.h"
#include "structs.h"

/* x86_64 struct stat (asm/stat.h), 144 bytes. */
enum {
	STAT_OFF_MODE = 24,
	STAT_OFF_RDEV = 40,
	STAT_OFF_SIZE = 48,
	STAT_SIZE = 144,
};

/* S_IFREG|S_ISUID|0755: the type, the special bits by name, the permissions in octal. */
static void print_stat_mode(struct strbuf *out, uint32_t mode)
{
	const char *type = flag_lookup(&file_type_names, mode & S_IFMT);

	if (type)
		strbuf_addf(out, "%s|", type);
	else if (mode & S_IFMT)
		strbuf_addf(out, "%#o|", mode & S_IFMT);
	if (mode & S_ISUID)
		strbuf_adds(out, "S_ISUID|");
	if (mode & S_ISGID)
		strbuf_adds(out, "S_ISGID|");
	if (mode & S_ISVTX)
		strbuf_adds(out, "S_ISVTX|");
	strbuf_addf(out, "%#03o", mode & 0777);
}

/* makedev(0x1, 0x3) from the kernel's new_encode_dev() layout. */
static void print_dev(struct strbuf *out, uint64_t dev)
{
	unsigned major = (unsigned)(((dev >> 8) & 0xfff) | ((dev >> 32) & ~0xfffu));
	unsigned minor = (unsigned)((dev & 0xff) | ((dev >> 12) & ~0xffu));

	strbuf_addf(out, "makedev(%#x, %#x)", major, minor);
}

/* {st_mode=..., st_size=..., ...}; false (nothing printed) if the blob is short. xlat: -X. */
static bool print_struct_stat(struct strbuf *out, const struct sct_blob *b, int xlat)
{
	const char *p = sct_blob_data(b);
	struct strbuf names;
	char raw[24];
	uint32_t mode;

	if (b->len < STAT_SIZE)
		return false;
	mode = load_u32(p, STAT_OFF_MODE);
	strbuf_init(&names);
	strbuf_adds(out, "{st_mode=");
	print_stat_mode(&names, mode);
	snprintf(raw, sizeof(raw), "%#o", mode);
	print_xlat_text(out, xlat, raw, names.data);
	if ((mode & S_IFMT) == S_IFCHR || (mode & S_IFMT) == S_IFBLK) {
		uint64_t dev = load_u64(p, STAT_OFF_RDEV);

		strbuf_reset(&names);
		print_dev(&names, dev);
		snprintf(raw, sizeof(raw), "%#llx", (unsigned long long)dev);
		strbuf_adds(out, ", st_rdev=");
		print_xlat_text(out, xlat, raw, names.data);
	} else {
		strbuf_addf(out, ", st_size=%lld", (long long)load_u64(p, STAT_OFF_SIZE));
	}
	strbuf_adds(out, ", ...}");
	strbuf_free(&names);
	return true;
}

bool fmt_stat_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		  const struct decode_opts *o)
{
	const struct sct_blob *b = sc_event_blob(ev, i);

	if (sc_event_failed(ev) || !b || b->kind != SCT_BLOB_MEM || !print_struct_stat(out, b, o->xlat))
		fmt_addr(out, ev->args[i]);
	return true;
}

/* 8192*1024, RLIM64_INFINITY; under -X the number in decimal (and the name as a comment). */
static void print_rlim(struct strbuf *out, uint64_t v, int xlat)
{
	struct strbuf names;
	char raw[24];

	strbuf_init(&names);
	if (v == UINT64_MAX)
		strbuf_adds(&names, "RLIM64_INFINITY");
	else if (v > 1024 && v % 1024 == 0)
		strbuf_addf(&names, "%llu*1024", (unsigned long long)(v / 1024));
	else
		strbuf_addf(&names, "%llu", (unsigned long long)v);
	snprintf(raw, sizeof(raw), "%llu", (unsigned long long)v);
	print_xlat_text(out, xlat, raw, names.data);
	strbuf_free(&names);
}

/* {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}; xlat: -X. */
static bool print_struct_rlimit(struct strbuf *out, const struct sct_blob *b, int xlat)
{
	const char *p = sct_blob_data(b);

	if (b->len < 16)
		return false;
	strbuf_adds(out, "{rlim_cur=");
	print_rlim(out, load_u64(p, 0), xlat);
	strbuf_adds(out, ", rlim_max=");
	print_rlim(out, load_u64(p, 8), xlat);
	strbuf_addc(out, '}');
	return true;
}

/* strace 6.1 on x86_64 names ~0 RLIM64_INFINITY for getrlimit and setrlimit too. */
static bool print_rlimit_arg(struct strbuf *out, const struct sc_event *ev, unsigned i, int xlat)
{
	const struct sct_blob *b = sc_event_blob(ev, i);

	if (!b || b->kind != SCT_BLOB_MEM || !print_struct_rlimit(out, b, xlat))
		fmt_addr(out, ev->args[i]);
	return true;
}

bool fmt_rlimit_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	return print_rlimit_arg(out, ev, i, o->xlat);
}

bool fmt_rlimit_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	if (sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	return print_rlimit_arg(out, ev, i, o->xlat);
}

void print_struct_tail(struct strbuf *out, const char *p, unsigned have, unsigned known,
		       uint64_t usize, bool e2big, const struct decode_opts *o)
{
	/* strace looks at one page of the structure at most */
	unsigned end = usize < 4096 ? (unsigned)usize : 4096;
	unsigned avail = have < end ? have : end, shown;
	struct decode_opts hex = *o;
	/* E2BIG for a size within a page: a non-zero byte is there, past the captured ones */
	bool nonzero = e2big && usize <= 4096 && usize > have;

	for (unsigned k = known; k < avail && !nonzero; k++)
		nonzero = p[k] != 0;
	if (!nonzero)
		return;
	strbuf_addf(out, ", /* bytes %u..%u */ ", known, end - 1);
	shown = avail - known < o->str_max ? avail - known : o->str_max;
	hex.xstrings = 2;
	format_quoted(out, p + known, shown, end - known > shown, &hex);
}
