// SPDX-License-Identifier: MIT
/*
 * ioctl requests of the virtual terminal console (type 'K', <linux/kd.h>) as
 * strace 6.1 prints them: tones and LEDs, keyboard and display modes, key
 * map entries (the key value named by its type), function key strings,
 * accent tables, key codes, repeat rates, screen maps, unicode maps, fonts
 * and font operations.
 * The capture takes each table whole (kd_ioctl_size in BPF), and what the
 * structures of GIO/PIO_UNIMAP, GIO/PIO_FONTX and KDFONTOP point to
 * (put_ioctl_pointee): up to -s + 1 elements.
 */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <linux/kd.h>
#include <linux/keyboard.h>

#include "ioctl.h"
#include "xlat_kd.h"

#define PIT_TICK_RATE 1193182 /* the kernel's PIT frequency: KIOCSOUND's divisor */
#define GPFIRST 0x3b4 /* the I/O ports KDADDIO accepts, GPFIRST..GPLAST */
#define GPLAST 0x3df
#define KD_MAX_DIACR 256
#define KD_FONT_SIZE 8192 /* 256 characters, 32 lines of 8 pixels */
#define KD_CMAP_SIZE 48 /* 16 colours, 3 bytes each */

/* " / * text * /" unless -X raw */
static void comment(const struct ioctl_call *c, const char *text)
{
	if (c->o->xlat != XLAT_RAW)
		strbuf_addf(c->out, " /* %s */", text);
}

static void kiocsound(const struct ioctl_call *c)
{
	uint32_t freq = c->arg ? (uint32_t)(PIT_TICK_RATE / c->arg) : 0;
	char text[32];

	strbuf_addf(c->out, "%llu", (unsigned long long)c->arg);
	snprintf(text, sizeof(text), "%u Hz", freq);
	comment(c, freq ? text : "off");
}

/* KDMKTONE: duration in ticks (ms) << 16 | the PIT count */
static void mktone(const struct ioctl_call *c)
{
	uint32_t v = (uint32_t)c->arg, ticks = v >> 16, count = v & 0xffff;
	uint32_t freq = ticks && count ? PIT_TICK_RATE / count : 0;
	char text[48];

	if (ticks)
		strbuf_addf(c->out, "%u<<16|", ticks);
	strbuf_addf(c->out, "%u", count);
	snprintf(text, sizeof(text), "%u Hz, %u ms", freq, ticks);
	comment(c, freq ? text : "off");
}

/* [VALUE] of an output the call wrote: size bytes, by the table t as flags or one value */
static void out_value(const struct ioctl_call *c, unsigned size, const struct flag_table *t,
		      bool flags)
{
	const char *p = ioctl_out(c, size);
	uint32_t v;

	if (!p)
		return;
	v = size == 1 ? (unsigned char)p[0] : load_u32(p, 0);
	strbuf_addc(c->out, '[');
	if (flags)
		ioctl_flags(c, t, v);
	else
		ioctl_enum(c, t, v);
	strbuf_addc(c->out, ']');
}

/* A value printed in decimal: K_XLATE, or -1 / * K_??? * / */
static void enum_dec(const struct ioctl_call *c, const struct flag_table *t, int32_t v)
{
	const char *name = flag_lookup(t, (uint32_t)v);
	char raw[16], abbrev[48];

	snprintf(raw, sizeof(raw), "%d", v);
	if (name)
		snprintf(abbrev, sizeof(abbrev), "%s", name);
	else
		snprintf(abbrev, sizeof(abbrev), "%d /* %s */", v, t->unknown);
	print_xlat_text(c->out, c->o->xlat, raw, abbrev);
}

static void kbd_mode_out(const struct ioctl_call *c)
{
	const char *p = ioctl_out(c, 4);

	if (!p)
		return;
	strbuf_addc(c->out, '[');
	enum_dec(c, &kd_kbd_mode_names, (int32_t)load_u32(p, 0));
	strbuf_addc(c->out, ']');
}

static void io_port(const struct ioctl_call *c)
{
	char text[32];

	strbuf_addf(c->out, "%#llx", (unsigned long long)c->arg);
	if (c->arg < GPFIRST || c->arg > GPLAST)
		return;
	snprintf(text, sizeof(text), "GPFIRST + %llu", (unsigned long long)(c->arg - GPFIRST));
	comment(c, text);
}

/*
 * len bytes at addr in hex escapes, at most -s of them (strace's printstr_ex
 * with QUOTE_FORCE_HEX), from p which has have of them: the address when
 * the bytes it reads are not all there.
 */
static void hex_bytes(const struct ioctl_call *c, const char *p, unsigned have, uint64_t addr,
		      unsigned len)
{
	struct decode_opts o = *c->o;
	unsigned want = o.str_max + 1 < len ? o.str_max + 1 : len;

	if (!addr || (want && (!p || have < want))) {
		fmt_addr(c->out, addr);
		return;
	}
	o.xstrings = XSTR_ALL;
	format_quoted(c->out, p, want < o.str_max ? want : o.str_max, len > o.str_max, &o);
}

/* A table the call reads (set) or fills (get): its bytes, or the address after a failure. */
static void table_bytes(const struct ioctl_call *c, unsigned len, bool get)
{
	const char *p;

	if (get && ioctl_failed(c)) {
		fmt_addr(c->out, c->arg);
		return;
	}
	p = get ? ioctl_out(c, 1) : ioctl_in(c, 1);
	if (p)
		hex_bytes(c, p, ioctl_have(c), c->arg, len);
}

typedef void kd_elem_fn(const struct ioctl_call *c, const char *p);

/*
 * strace's print_array: n elements of size bytes at p, which has have bytes,
 * at addr in the traced process: "[a, b]", at most -s of them then "...",
 * "... / * address * /" at the first one not readable (the address alone
 * when it is the first), ", ..." after them when more (cut) were announced
 * than are read.
 */
static void kd_array(const struct ioctl_call *c, const char *p, unsigned have, uint64_t addr,
		     unsigned n, unsigned size, kd_elem_fn *elem, bool cut)
{
	if (!n) {
		strbuf_adds(c->out, cut ? "[...]" : "[]");
		return;
	}
	for (unsigned k = 0; k < n; k++) {
		if (k)
			strbuf_adds(c->out, ", ");
		if ((k + 1) * size > have) {
			if (!k)
				fmt_addr(c->out, addr);
			else
				strbuf_addf(c->out, "... /* %#llx */]",
					    (unsigned long long)(addr + k * size));
			return;
		}
		if (!k)
			strbuf_addc(c->out, '[');
		if (!c->o->verbose && n > c->o->str_max && k >= c->o->str_max) {
			strbuf_adds(c->out, "...]");
			return;
		}
		elem(c, p + k * size);
	}
	strbuf_adds(c->out, cut ? ", ...]" : "]");
}

/* kd_array of the elements from offset off of the argument's own capture */
static void arg_array(const struct ioctl_call *c, const char *p, unsigned off, unsigned n,
		      unsigned size, kd_elem_fn *elem, bool cut)
{
	unsigned have = ioctl_have(c);

	kd_array(c, p + off, have > off ? have - off : 0, c->arg + off, n, size, elem, cut);
}

/* GIO_UNISCRNMAP's unsigned shorts: 0xefd5, UNI_DIRECT_BASE+0x15 */
static void uni_elem(const struct ioctl_call *c, const char *p)
{
	uint16_t v = load_u16(p, 0);
	bool direct = (v & ~UNI_DIRECT_MASK) == UNI_DIRECT_BASE;

	if (c->o->xlat != XLAT_ABBREV || !direct)
		strbuf_addf(c->out, v ? "%#x" : "0", v);
	if (c->o->xlat == XLAT_RAW || !direct)
		return;
	strbuf_addf(c->out, c->o->xlat == XLAT_VERBOSE ? " /* UNI_DIRECT_BASE+%#x */" :
							 "UNI_DIRECT_BASE+%#x",
		    v & UNI_DIRECT_MASK);
}

static void uni_screen_map(const struct ioctl_call *c, bool get)
{
	const char *p;

	if (!c->arg) {
		strbuf_adds(c->out, "NULL");
		return;
	}
	p = get ? ioctl_out(c, 0) : ioctl_in(c, 0);
	if (p)
		arg_array(c, p, 0, E_TABSZ, 2, uni_elem, false);
}

/* 'a', '\n', '\xff' (strace's print_char with quotes, whitespace escaped) */
static void print_char(struct strbuf *out, unsigned char ch)
{
	static const char ws[] = "tnvfr";

	strbuf_addc(out, '\'');
	if (ch >= ' ' && ch <= '~') {
		if (ch == '\'' || ch == '\\')
			strbuf_addc(out, '\\');
		strbuf_addc(out, (char)ch);
	} else if (ch >= '\t' && ch <= '\r') {
		strbuf_addc(out, '\\');
		strbuf_addc(out, ws[ch - '\t']);
	} else {
		strbuf_addf(out, "\\x%02x", ch);
	}
	strbuf_addc(out, '\'');
}

/* The name a key value has by its type (KT_FN's are K_F<n> but for ten). */
static const char *key_name(uint16_t v, char *buf, size_t size)
{
	static const struct flag_table *const by_type[] = {
		[KT_FN] = &kd_fn_key_names, [KT_SPEC] = &kd_spec_key_names,
		[KT_PAD] = &kd_pad_key_names, [KT_DEAD] = &kd_dead_key_names,
		[KT_CUR] = &kd_cur_key_names, [KT_SHIFT] = &kd_shift_key_names,
		[KT_ASCII] = &kd_ascii_key_names, [KT_LOCK] = &kd_lock_key_names,
		[KT_SLOCK] = &kd_slock_key_names, [KT_BRL] = &kd_brl_key_names,
	};
	unsigned type = KTYP(v), val = KVAL(v);
	const char *name;

	if (type >= sizeof(by_type) / sizeof(by_type[0]) || !by_type[type])
		return NULL;
	if ((name = flag_lookup(by_type[type], v)))
		return name;
	if (type != KT_FN || val >= 255)
		return NULL;
	/* K_F1..K_F20 then, after K_FIND..K_PAUSE, K_F21..K_F245 */
	snprintf(buf, size, "K_F%u", val < 20 ? val + 1 : val - 9);
	return buf;
}

/* kb_value=0x100 / * K_F1 * /, or / * K(KT_LATIN, 'a') * / for what has no name */
static void key_value(const struct ioctl_call *c, uint16_t v)
{
	unsigned type = KTYP(v), val = KVAL(v);
	const char *name, *tname;
	char buf[16];

	strbuf_addf(c->out, "kb_value=%#x", v);
	if (c->o->xlat == XLAT_RAW)
		return;
	if ((name = key_name(v, buf, sizeof(buf)))) {
		strbuf_addf(c->out, " /* %s */", name);
		return;
	}
	tname = flag_lookup(&kd_key_type_names, type);
	if (tname)
		strbuf_addf(c->out, " /* K(%s, ", tname);
	else
		strbuf_addf(c->out, " /* K(%#x, ", type);
	if (type == KT_LATIN || type == KT_META || type == KT_LETTER || type == KT_DEAD2)
		print_char(c->out, (unsigned char)val);
	else
		strbuf_addf(c->out, val ? "%#x" : "0", val);
	strbuf_adds(c->out, ") */");
}

static void kbd_entry(const struct ioctl_call *c, bool get)
{
	const char *p = ioctl_in(c, 2);
	unsigned table;

	if (!p)
		return;
	table = (unsigned char)p[0];
	strbuf_adds(c->out, "{kb_table=");
	if (flag_lookup(&kd_key_table_names, table))
		ioctl_enum(c, &kd_key_table_names, table);
	else
		ioctl_flags(c, &kd_keymap_flag_names, table);
	strbuf_addf(c->out, ", kb_index=%u", (unsigned char)p[1]);
	if (get && ioctl_failed(c)) {
		strbuf_addc(c->out, '}');
		return;
	}
	strbuf_adds(c->out, ", ");
	if (ioctl_have(c) < sizeof(struct kbentry))
		strbuf_adds(c->out, "kb_value=???");
	else
		key_value(c, load_u16(p, offsetof(struct kbentry, kb_value)));
	strbuf_addc(c->out, '}');
}

/* kb_func=KVAL(K_F1) */
static void key_func(const struct ioctl_call *c, unsigned char f)
{
	char buf[16], abbrev[32], raw[8];

	snprintf(abbrev, sizeof(abbrev), "KVAL(%s)", key_name(K(KT_FN, f), buf, sizeof(buf)));
	snprintf(raw, sizeof(raw), f ? "%#x" : "0", f);
	strbuf_adds(c->out, "kb_func=");
	print_xlat_text(c->out, c->o->xlat, raw, abbrev);
}

/*
 * kb_string: up to its NUL within the 512 bytes, at most -s bytes, "..."
 * when cut; ??? when it runs into unreadable memory first.
 */
static void kbd_string(const struct ioctl_call *c, const char *s)
{
	unsigned avail = ioctl_have(c) - 1, max = sizeof(((struct kbsentry *)0)->kb_string);
	unsigned limit = avail < max ? avail : max;
	const char *nul = memchr(s, 0, limit);
	unsigned n, size;

	strbuf_adds(c->out, ", kb_string=");
	if (!nul && limit < max) {
		strbuf_adds(c->out, "???");
		return;
	}
	n = nul ? (unsigned)(nul - s) + 1 : max; /* with the NUL */
	size = n < c->o->str_max ? n : c->o->str_max;
	if (size && s[size - 1] == '\0') /* the whole string: its NUL omitted */
		format_quoted(c->out, s, size - 1, false, c->o);
	else
		format_quoted(c->out, s, size, true, c->o);
}

static void kbd_str_entry(const struct ioctl_call *c, bool get)
{
	const char *p = ioctl_in(c, 1);

	if (!p)
		return;
	strbuf_addc(c->out, '{');
	key_func(c, (unsigned char)p[0]);
	if (!(get && ioctl_failed(c)))
		kbd_string(c, p + 1);
	strbuf_addc(c->out, '}');
}

static void diacr_elem(const struct ioctl_call *c, const char *p)
{
	strbuf_adds(c->out, "{diacr=");
	print_char(c->out, (unsigned char)p[0]);
	strbuf_adds(c->out, ", base=");
	print_char(c->out, (unsigned char)p[1]);
	strbuf_adds(c->out, ", result=");
	print_char(c->out, (unsigned char)p[2]);
	strbuf_addc(c->out, '}');
}

static void diacruc_elem(const struct ioctl_call *c, const char *p)
{
	strbuf_addf(c->out, "{diacr=%#x, base=%#x, result=%#x}", load_u32(p, 0), load_u32(p, 4),
		    load_u32(p, 8));
}

/* struct kbdiacrs and kbdiacrsuc: {kb_cnt=N, kbdiacr=[...]} */
static void diacrs(const struct ioctl_call *c, bool get, bool uc)
{
	const char *p = get ? ioctl_out(c, 4) : ioctl_in(c, 4);
	uint32_t n;

	if (!p)
		return;
	n = load_u32(p, 0);
	strbuf_addf(c->out, "{kb_cnt=%u, %s=", n, uc ? "kbdiacruc" : "kbdiacr");
	arg_array(c, p, 4, n < KD_MAX_DIACR ? n : KD_MAX_DIACR, uc ? 12 : 3,
		 uc ? diacruc_elem : diacr_elem, n > KD_MAX_DIACR);
	strbuf_addc(c->out, '}');
}

static void keycode(const struct ioctl_call *c, bool get)
{
	const char *p = ioctl_in(c, sizeof(struct kbkeycode));

	if (!p)
		return;
	strbuf_addf(c->out, "{scancode=%#x, keycode=%#x", load_u32(p, 0), load_u32(p, 4));
	/* the key code the kernel wrote back */
	if (get && !ioctl_failed(c) && (p = ioctl_out(c, sizeof(struct kbkeycode))))
		strbuf_addf(c->out, " => %#x", load_u32(p, 4));
	strbuf_addc(c->out, '}');
}

static void kbdrep(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct kbd_repeat));

	if (!p)
		return;
	strbuf_addf(c->out, "{delay=%d, period=%d}", (int32_t)load_u32(p, 0), (int32_t)load_u32(p, 4));
	if (!ioctl_failed(c) && (p = ioctl_out(c, sizeof(struct kbd_repeat))))
		strbuf_addf(c->out, " => {delay=%d, period=%d}", (int32_t)load_u32(p, 0),
			    (int32_t)load_u32(p, 4));
}

static void sigaccept(const struct ioctl_call *c)
{
	if (c->arg < 0x7fffffff)
		print_signal_x(c->out, (int)c->arg, c->o->xlat);
	else
		strbuf_addf(c->out, "%llu", (unsigned long long)c->arg);
}

static void unimapclr(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct unimapinit));

	if (p)
		strbuf_addf(c->out, "{advised_hashsize=%u, advised_hashstep=%u, "
				    "advised_hashlevel=%u}",
			    load_u16(p, 0), load_u16(p, 2), load_u16(p, 4));
}

/* The argument's memory after the call, even after a failure; NULL when not read. */
static const char *after(const struct ioctl_call *c, unsigned len)
{
	const struct sct_blob *b = fmt_mem(c->ev, c->i, len);

	return b ? sct_blob_data(b) : NULL;
}

static void unipair_elem(const struct ioctl_call *c, const char *p)
{
	strbuf_addf(c->out, "{unicode=%#x, fontpos=%#x}", load_u16(p, 0), load_u16(p, 2));
}

/* struct unimapdesc: {entry_ct=N[ => N], entries=[{unicode=, fontpos=}...]} */
static void unimap(const struct ioctl_call *c, bool get)
{
	const char *p = ioctl_in(c, sizeof(struct unimapdesc)), *q, *data;
	uint64_t entries, early;
	unsigned have;
	uint16_t n;
	bool full;

	if (!p)
		return;
	n = load_u16(p, offsetof(struct unimapdesc, entry_ct));
	if (get && ioctl_early(c, &early)) /* the count asked for, before the kernel set it */
		n = (uint16_t)early;
	entries = load_u64(p, offsetof(struct unimapdesc, entries));
	strbuf_addf(c->out, "{entry_ct=%u", n);
	if (get && (q = after(c, sizeof(struct unimapdesc))))
		strbuf_addf(c->out, " => %u", load_u16(q, offsetof(struct unimapdesc, entry_ct)));
	strbuf_adds(c->out, ", entries=");
	/* GIO_UNIMAP fails with ENOMEM when entry_ct is too small: the entries are filled */
	if ((get && ioctl_failed(c) && c->ev->ret != -ENOMEM) || !entries) {
		fmt_addr(c->out, entries);
		strbuf_addc(c->out, '}');
		return;
	}
	data = ioctl_pointee_bytes(c, &have, &full);
	/* a capture cut by its size has the -s elements: the next one shows as "..." */
	if (full && !c->o->verbose && have < (c->o->str_max + 1) * 4)
		have = (c->o->str_max + 1) * 4;
	kd_array(c, data, have, entries, n, sizeof(struct unipair), unipair_elem, false);
	strbuf_addc(c->out, '}');
}

/* struct consolefontdesc: the font data as its address (an output not yet written) or bytes */
static void fontx_fields(const struct ioctl_call *c, const char *p, bool data_addr)
{
	uint16_t count = load_u16(p, offsetof(struct consolefontdesc, charcount));
	uint64_t data = load_u64(p, offsetof(struct consolefontdesc, chardata));
	const char *d;
	unsigned have;
	bool full;

	strbuf_addf(c->out, "{charcount=%u, charheight=%u, chardata=", count,
		    load_u16(p, offsetof(struct consolefontdesc, charheight)));
	if (data_addr) {
		fmt_addr(c->out, data);
	} else {
		d = ioctl_pointee_bytes(c, &have, &full);
		hex_bytes(c, d, have, data, (count < 512 ? count : 512) * 32);
	}
	strbuf_addc(c->out, '}');
}

static void fontx(const struct ioctl_call *c, bool get)
{
	const char *p = ioctl_in(c, sizeof(struct consolefontdesc));

	if (!p)
		return;
	fontx_fields(c, p, get);
	if (!get || ioctl_failed(c) || !(p = after(c, sizeof(struct consolefontdesc))))
		return;
	strbuf_adds(c->out, " => ");
	fontx_fields(c, p, false);
}

/*
 * KD_FONT_OP_SET_DEFAULT's font name: a string of at most 32 bytes with its
 * NUL (strace's printstr_ex with QUOTE_0_TERMINATED|QUOTE_EXPECT_TRAILING_0).
 */
static void font_name(const struct ioctl_call *c, uint64_t addr)
{
	unsigned s = c->o->str_max, size = s + 1 < 32 ? s + 1 : 32, have, q, n;
	const char *p, *nul = NULL;
	bool full;

	p = ioctl_pointee_bytes(c, &have, &full);
	if (addr && p)
		nul = memchr(p, 0, have < size ? have : size);
	if (!addr || !p || (!nul && have < size)) {
		fmt_addr(c->out, addr);
		return;
	}
	q = size > s ? s : size - 1;
	n = nul ? (unsigned)(nul - p) : size;
	format_quoted(c->out, p, n < q ? n : q, n > q, c->o);
}

/* struct console_font_op: the fields its op uses; op and flags at entry only */
static void fontop_fields(const struct ioctl_call *c, const char *p, bool entering)
{
	uint32_t op = load_u32(p, 0), width = load_u32(p, 8), count = load_u32(p, 16);
	uint64_t data = load_u64(p, offsetof(struct console_font_op, data));
	bool sized = op != KD_FONT_OP_SET_DEFAULT && op != KD_FONT_OP_COPY;
	unsigned have, w = width < 32 ? width : 32;
	const char *d;
	bool full;

	strbuf_addc(c->out, '{');
	if (entering) {
		strbuf_adds(c->out, "op=");
		ioctl_enum(c, &kd_font_op_names, op);
		if (sized) {
			strbuf_adds(c->out, ", flags=");
			ioctl_flags(c, &kd_font_flag_names, load_u32(p, 4));
		}
		strbuf_adds(c->out, ", ");
	}
	if (op != KD_FONT_OP_COPY)
		strbuf_addf(c->out, "width=%u, ", width);
	strbuf_addf(c->out, "height=%u", load_u32(p, 12));
	if (sized)
		strbuf_addf(c->out, ", charcount=%u", count);
	if (op == KD_FONT_OP_COPY || (op == KD_FONT_OP_SET_DEFAULT && !entering)) {
		strbuf_addc(c->out, '}');
		return;
	}
	strbuf_adds(c->out, ", data=");
	if (op == KD_FONT_OP_SET_DEFAULT) {
		font_name(c, data);
	} else if (op == KD_FONT_OP_SET || (op == KD_FONT_OP_GET && !entering)) {
		d = ioctl_pointee_bytes(c, &have, &full);
		/* (width + 7) / 8 bytes a line, 32 lines a character */
		hex_bytes(c, d, have, data, (w + 7) / 8 * 32 * (count < 512 ? count : 512));
	} else {
		fmt_addr(c->out, data);
	}
	strbuf_addc(c->out, '}');
}

static void fontop(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct console_font_op));
	uint32_t op;

	if (!p)
		return;
	fontop_fields(c, p, true);
	op = load_u32(p, 0);
	if (op == KD_FONT_OP_SET || op == KD_FONT_OP_COPY || ioctl_failed(c) ||
	    !(p = after(c, sizeof(struct console_font_op))))
		return;
	strbuf_adds(c->out, " => ");
	fontop_fields(c, p, false);
}

enum ioctl_res ioctl_kd_decode(const struct ioctl_call *c)
{
	switch (c->code) {
	case KIOCSOUND:
		kiocsound(c);
		break;
	case KDMKTONE:
		mktone(c);
		break;
	case KDSETLED:
		ioctl_flags(c, &kd_led_names, (unsigned char)c->arg);
		break;
	case KDSKBLED:
		ioctl_flags(c, &kd_default_led_names, (unsigned char)c->arg);
		break;
	case KDGETLED:
		out_value(c, 1, &kd_led_names, true);
		break;
	case KDGKBLED:
		out_value(c, 1, &kd_default_led_names, true);
		break;
	case KDGKBTYPE:
		out_value(c, 1, &kd_kbd_type_names, false);
		break;
	case KDADDIO:
	case KDDELIO:
		io_port(c);
		break;
	case KDSETMODE:
		ioctl_enum(c, &kd_mode_names, (uint32_t)c->arg);
		break;
	case KDGETMODE:
		out_value(c, 4, &kd_mode_names, false);
		break;
	case KDSKBMODE:
		enum_dec(c, &kd_kbd_mode_names, (int32_t)c->arg);
		break;
	case KDGKBMODE:
		kbd_mode_out(c);
		break;
	case KDSKBMETA:
		ioctl_enum(c, &kd_meta_names, (uint32_t)c->arg);
		break;
	case KDGKBMETA:
		out_value(c, 4, &kd_meta_names, false);
		break;
	case GIO_SCRNMAP:
	case PIO_SCRNMAP:
		table_bytes(c, E_TABSZ, c->code == GIO_SCRNMAP);
		break;
	case GIO_FONT:
	case PIO_FONT:
		table_bytes(c, KD_FONT_SIZE, c->code == GIO_FONT);
		break;
	case GIO_CMAP:
	case PIO_CMAP:
		table_bytes(c, KD_CMAP_SIZE, c->code == GIO_CMAP);
		break;
	case GIO_UNISCRNMAP:
	case PIO_UNISCRNMAP:
		uni_screen_map(c, c->code == GIO_UNISCRNMAP);
		break;
	case KDGKBENT:
	case KDSKBENT:
		kbd_entry(c, c->code == KDGKBENT);
		break;
	case KDGKBSENT:
	case KDSKBSENT:
		kbd_str_entry(c, c->code == KDGKBSENT);
		break;
	case KDGKBDIACR:
	case KDSKBDIACR:
		diacrs(c, c->code == KDGKBDIACR, false);
		break;
	case KDGKBDIACRUC:
	case KDSKBDIACRUC:
		diacrs(c, c->code == KDGKBDIACRUC, true);
		break;
	case KDGETKEYCODE:
	case KDSETKEYCODE:
		keycode(c, c->code == KDGETKEYCODE);
		break;
	case KDSIGACCEPT:
		sigaccept(c);
		break;
	case KDKBDREP:
		kbdrep(c);
		break;
	case PIO_UNIMAPCLR:
		unimapclr(c);
		break;
	case GIO_UNIMAP:
	case PIO_UNIMAP:
		unimap(c, c->code == GIO_UNIMAP);
		break;
	case GIO_FONTX:
	case PIO_FONTX:
		fontx(c, c->code == GIO_FONTX);
		break;
	case KDFONTOP:
		fontop(c);
		break;
	case KDENABIO:
	case KDDISABIO:
	case KDMAPDISP:
	case KDUNMAPDISP:
	case PIO_FONTRESET:
		return IOCTL_NO_ARG;
	default:
		return IOCTL_UNKNOWN;
	}
	return IOCTL_ARG;
}
