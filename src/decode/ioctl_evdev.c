// SPDX-License-Identifier: MIT
/*
 * ioctl requests of input event devices (type 'E', <linux/input.h>) as strace
 * 6.1 prints them: the request names that carry a number (EVIOCGABS(ABS_X),
 * EVIOCGBIT(EV_KEY, 8), EVIOCGNAME(len)), and the arguments: ids, key
 * codes, absolute axis info, bit sets of keys, axes and switches by name,
 * multitouch slots, force feedback effects. Read requests print after the
 * call (the address after a failure), write requests at entry.
 */
#include <stddef.h>
#include <stdio.h>
#include <linux/input.h>

#include "ioctl.h"
#include "xlat_ioctl.h"

#define OFF(type, field) offsetof(struct type, field)

/* The numbered request names: EVIOCGABS(nr - 0x40)... and EVIOCGNAME(_IOC_SIZE)... */
static const struct {
	uint8_t dir, first, last;
	const char *name;
	const struct flag_table *arg; /* names of nr - first; NULL: the size in decimal */
} evdev_names[] = {
	{ _IOC_WRITE, 0xc0, 0xff, "EVIOCSABS", &evdev_abs_names },
	{ _IOC_READ, 0x20, 0x3f, "EVIOCGBIT", &evdev_ev_names },
	{ _IOC_READ, 0x40, 0x7f, "EVIOCGABS", &evdev_abs_names },
	{ _IOC_READ, 0x06, 0x06, "EVIOCGNAME", NULL },
	{ _IOC_READ, 0x07, 0x07, "EVIOCGPHYS", NULL },
	{ _IOC_READ, 0x08, 0x08, "EVIOCGUNIQ", NULL },
	{ _IOC_READ, 0x09, 0x09, "EVIOCGPROP", NULL },
	{ _IOC_READ, 0x0a, 0x0a, "EVIOCGMTSLOTS", NULL },
	{ _IOC_READ, 0x18, 0x18, "EVIOCGKEY", NULL },
	{ _IOC_READ, 0x19, 0x19, "EVIOCGLED", NULL },
	{ _IOC_READ, 0x1a, 0x1a, "EVIOCGSND", NULL },
	{ _IOC_READ, 0x1b, 0x1b, "EVIOCGSW", NULL },
};

/* A constant inside a request name: under -X verbose (in a comment) NAME or 0xe alone. */
static void print_name_arg(struct strbuf *out, const struct flag_table *t, unsigned v, int xlat)
{
	const char *name = flag_lookup(t, v);

	if (xlat == XLAT_VERBOSE)
		name ? strbuf_adds(out, name) : strbuf_addf(out, "%#x", v);
	else
		print_enum(out, t, v);
}

bool ioctl_evdev_name(struct strbuf *out, uint32_t code, int xlat)
{
	unsigned dir = _IOC_DIR(code), nr = _IOC_NR(code), size = _IOC_SIZE(code);

	for (unsigned k = 0; k < sizeof(evdev_names) / sizeof(evdev_names[0]); k++) {
		if (evdev_names[k].dir != dir || nr < evdev_names[k].first ||
		    nr > evdev_names[k].last)
			continue;
		strbuf_addf(out, "%s(", evdev_names[k].name);
		if (!evdev_names[k].arg) {
			strbuf_addf(out, "%u)", size);
			return true;
		}
		if (evdev_names[k].arg == &evdev_ev_names && nr == evdev_names[k].first)
			strbuf_addc(out, '0');
		else
			print_name_arg(out, evdev_names[k].arg, nr - evdev_names[k].first, xlat);
		if (evdev_names[k].arg == &evdev_ev_names)
			strbuf_addf(out, ", %u", size);
		strbuf_addc(out, ')');
		return true;
	}
	return false;
}

/* struct input_absinfo as far as the request's size goes: fewer than 5 fields print its address. */
static void print_absinfo(const struct ioctl_call *c, const char *p)
{
	const unsigned orig = OFF(input_absinfo, resolution), full = sizeof(struct input_absinfo);
	unsigned size = _IOC_SIZE(c->code);

	if (!p)
		return;
	strbuf_addf(c->out, "{value=%u, minimum=%u", load_u32(p, 0), load_u32(p, 4));
	if (!c->o->verbose) {
		strbuf_adds(c->out, ", ...}");
		return;
	}
	strbuf_addf(c->out, ", maximum=%u, fuzz=%u, flat=%u", load_u32(p, 8), load_u32(p, 12),
		    load_u32(p, 16));
	if (size > orig) {
		if (size >= full)
			strbuf_addf(c->out, ", resolution=%u", load_u32(p, 20));
		if (size != full)
			strbuf_adds(c->out, ", ...");
	}
	strbuf_addc(c->out, '}');
}

static void print_abs(const struct ioctl_call *c, bool out)
{
	const unsigned orig = OFF(input_absinfo, resolution), full = sizeof(struct input_absinfo);
	unsigned size = _IOC_SIZE(c->code), need = size < full ? size : full;

	if (size < orig) {
		fmt_addr(c->out, c->arg);
		return;
	}
	print_absinfo(c, out ? ioctl_out(c, need) : ioctl_in(c, need));
}

/* [scancode, KEY_ESC] */
static void print_keycode(const struct ioctl_call *c, const char *p)
{
	if (!p)
		return;
	strbuf_addf(c->out, "[%u, ", load_u32(p, 0));
	ioctl_enum(c, &evdev_key_names, load_u32(p, 4));
	strbuf_addc(c->out, ']');
}

/* struct input_keymap_entry */
static void print_keymap_entry(const struct ioctl_call *c, const char *p)
{
	if (!p)
		return;
	strbuf_addf(c->out, "{flags=%u, len=%u", (unsigned char)p[0], (unsigned char)p[1]);
	if (!c->o->verbose) {
		strbuf_adds(c->out, ", ...}");
		return;
	}
	strbuf_addf(c->out, ", index=%u, keycode=", load_u16(p, OFF(input_keymap_entry, index)));
	ioctl_enum(c, &evdev_key_names, load_u32(p, OFF(input_keymap_entry, keycode)));
	strbuf_adds(c->out, ", scancode=");
	ioctl_uarray(c, p + OFF(input_keymap_entry, scancode), 32, 1, true);
	strbuf_addc(c->out, '}');
}

/*
 * The bits the kernel set, as many bytes as it returned (at most max_nr
 * bits): [KEY_ESC KEY_1 ...] (four names without -v), under -X the 64-bit
 * words as numbers too.
 */
static void print_bitset(const struct ioctl_call *c, const struct flag_table *t, unsigned max_nr)
{
	uint64_t bits = (uint64_t)c->ev->ret > max_nr / 8 ? max_nr : (uint64_t)c->ev->ret * 8;
	unsigned size = (unsigned)((bits + 63) / 64 * 8), shown = 0;
	const char *p;

	if (ioctl_failed(c) || !size) {
		fmt_addr(c->out, c->arg);
		return;
	}
	if (!(p = ioctl_out(c, size)))
		return;
	if (c->o->xlat != XLAT_RAW) {
		strbuf_addc(c->out, '[');
		for (unsigned i = 0; i < bits; i++) {
			if (!(p[i / 8] & (1 << (i % 8))))
				continue;
			if (shown)
				strbuf_addc(c->out, ' ');
			if (shown > 3 && !c->o->verbose) {
				strbuf_adds(c->out, "...");
				break;
			}
			ioctl_enum(c, t, i);
			shown++;
		}
		strbuf_addc(c->out, ']');
	}
	if (c->o->xlat == XLAT_VERBOSE)
		strbuf_adds(c->out, " /* ");
	if (c->o->xlat != XLAT_ABBREV)
		ioctl_uarray(c, p, size / 8, 8, true);
	if (c->o->xlat == XLAT_VERBOSE)
		strbuf_adds(c->out, " */");
}

/* EVIOCGBIT(ev, len): the bits of one event type. */
static const struct {
	unsigned ev;
	const struct flag_table *names;
	unsigned max;
} evdev_bits[] = {
	{ 0, &evdev_ev_names, EV_MAX },
	{ EV_KEY, &evdev_key_names, KEY_MAX },
	{ EV_REL, &evdev_rel_names, REL_MAX },
	{ EV_ABS, &evdev_abs_names, ABS_MAX },
	{ EV_MSC, &evdev_msc_names, MSC_MAX },
	{ EV_SW, &evdev_sw_names, SW_MAX },
	{ EV_LED, &evdev_led_names, LED_MAX },
	{ EV_SND, &evdev_snd_names, SND_MAX },
	{ EV_REP, &evdev_rep_names, REP_MAX },
	{ EV_FF, &evdev_ff_type_names, FF_MAX },
	{ EV_FF_STATUS, &evdev_ff_status_names, FF_STATUS_MAX },
};

static void print_bit(const struct ioctl_call *c, unsigned ev)
{
	const char *p;

	if (ev == EV_PWR) {
		if ((p = ioctl_out(c, 4)))
			strbuf_addf(c->out, "[%d]", (int32_t)load_u32(p, 0));
		return;
	}
	for (unsigned k = 0; k < sizeof(evdev_bits) / sizeof(evdev_bits[0]); k++)
		if (evdev_bits[k].ev == ev) {
			print_bitset(c, evdev_bits[k].names, evdev_bits[k].max);
			return;
		}
	fmt_addr(c->out, c->arg);
}

/* {code=ABS_MT_SLOT, values=[1, 3]}: _IOC_SIZE / 4 - 1 values after the code. */
static void print_mtslots(const struct ioctl_call *c)
{
	unsigned n = _IOC_SIZE(c->code) / 4;
	const char *p;

	if (!n) {
		fmt_addr(c->out, c->arg);
		return;
	}
	if (!(p = ioctl_out(c, 4)))
		return;
	strbuf_adds(c->out, "{code=");
	ioctl_enum(c, &evdev_mtslot_names, load_u32(p, 0));
	strbuf_adds(c->out, ", values=");
	if (n == 1) {
		strbuf_adds(c->out, "[]}");
		return;
	}
	if (ioctl_have(c) < 8) {
		fmt_addr(c->out, c->arg + 4);
		strbuf_addc(c->out, '}');
		return;
	}
	strbuf_addc(c->out, '[');
	for (unsigned k = 1; k < n; k++) {
		if (k > 1)
			strbuf_adds(c->out, ", ");
		if (ioctl_array_cut(c, k - 1))
			break;
		if (4 * (k + 1) > ioctl_have(c)) {
			strbuf_addf(c->out, "... /* %#llx */", (unsigned long long)(c->arg + 4 * k));
			break;
		}
		strbuf_addf(c->out, "%d", (int32_t)load_u32(p, 4 * k));
	}
	strbuf_adds(c->out, "]}");
}

/* The string the kernel wrote, as long as the return value says. */
static void print_name(const struct ioctl_call *c)
{
	const struct sct_blob *b = fmt_mem(c->ev, c->i, 0);
	uint64_t len = (uint64_t)c->ev->ret;
	unsigned n = len < c->o->str_max ? (unsigned)len : c->o->str_max;

	if (ioctl_failed(c) || !c->arg || !b || b->len < n) {
		fmt_addr(c->out, c->arg);
		return;
	}
	format_quoted(c->out, sct_blob_data(b), n, len > n, c->o);
}

/* The read requests: after the call. */
static void print_read(const struct ioctl_call *c)
{
	unsigned nr = _IOC_NR(c->code);
	const char *p;

	switch (c->code) {
	case EVIOCGVERSION:
		if ((p = ioctl_out(c, 4)))
			strbuf_addf(c->out, "[%#x]", load_u32(p, 0));
		return;
	case EVIOCGEFFECTS:
		if ((p = ioctl_out(c, 4)))
			strbuf_addf(c->out, "[%u]", load_u32(p, 0));
		return;
	case EVIOCGID:
		if ((p = ioctl_out(c, sizeof(struct input_id))))
			strbuf_addf(c->out, "{bustype=%u, vendor=%u, product=%u, version=%u}",
				    load_u16(p, 0), load_u16(p, 2), load_u16(p, 4), load_u16(p, 6));
		return;
	case EVIOCGREP:
		if ((p = ioctl_out(c, 8)))
			strbuf_addf(c->out, "[%u, %u]", load_u32(p, 0), load_u32(p, 4));
		return;
	case EVIOCGKEYCODE:
		print_keycode(c, ioctl_out(c, 8));
		return;
	case EVIOCGKEYCODE_V2:
		print_keymap_entry(c, ioctl_out(c, sizeof(struct input_keymap_entry)));
		return;
	}
	switch (nr) {
	case 0x0a:
		print_mtslots(c);
		return;
	case 0x06: case 0x07: case 0x08:
		print_name(c);
		return;
	case 0x09:
		print_bitset(c, &evdev_prop_names, INPUT_PROP_MAX);
		return;
	case 0x1a:
		print_bitset(c, &evdev_snd_names, SND_MAX);
		return;
	case 0x1b:
		print_bitset(c, &evdev_sw_names, SW_MAX);
		return;
	case 0x18:
		print_bitset(c, &evdev_key_names, KEY_MAX);
		return;
	case 0x19:
		print_bitset(c, &evdev_led_names, LED_MAX);
		return;
	}
	if (nr >= 0x40 && nr <= 0x7f) {
		print_abs(c, true);
		return;
	}
	if (nr >= 0x20 && nr <= 0x3f) {
		print_bit(c, nr - 0x20);
		return;
	}
	fmt_addr(c->out, c->arg);
}

/* {attack_length=..., attack_level=..., fade_length=..., fade_level=0x...} */
static void print_envelope(const struct ioctl_call *c, const char *p)
{
	strbuf_addf(c->out, "envelope={attack_length=%u, attack_level=%u, fade_length=%u, "
			    "fade_level=%#x}",
		    load_u16(p, 0), load_u16(p, 2), load_u16(p, 4), load_u16(p, 6));
}

/* struct ff_effect: the union member its type names. */
static void print_ff_effect(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct ff_effect)), *u;
	uint16_t type;

	if (!p)
		return;
	type = load_u16(p, 0);
	strbuf_adds(c->out, "{type=");
	ioctl_enum(c, &evdev_ff_type_names, type);
	strbuf_addf(c->out, ", id=%d, direction=%u", (int16_t)load_u16(p, 2), load_u16(p, 4));
	if (!c->o->verbose) {
		strbuf_adds(c->out, ", ...}");
		return;
	}
	strbuf_addf(c->out, ", trigger={button=%u, interval=%u}, replay={length=%u, delay=%u}",
		    load_u16(p, OFF(ff_effect, trigger)), load_u16(p, OFF(ff_effect, trigger) + 2),
		    load_u16(p, OFF(ff_effect, replay)), load_u16(p, OFF(ff_effect, replay) + 2));
	u = p + OFF(ff_effect, u);
	switch (type) {
	case FF_CONSTANT:
		strbuf_addf(c->out, ", constant={level=%d, ", (int16_t)load_u16(u, 0));
		print_envelope(c, u + OFF(ff_constant_effect, envelope));
		strbuf_addc(c->out, '}');
		break;
	case FF_RAMP:
		strbuf_addf(c->out, ", ramp={start_level=%d, end_level=%d, ", (int16_t)load_u16(u, 0),
			    (int16_t)load_u16(u, 2));
		print_envelope(c, u + OFF(ff_ramp_effect, envelope));
		strbuf_addc(c->out, '}');
		break;
	case FF_PERIODIC:
		strbuf_addf(c->out, ", periodic={waveform=%u, period=%u, magnitude=%d, offset=%d, "
				    "phase=%u, ",
			    load_u16(u, 0), load_u16(u, 2), (int16_t)load_u16(u, 4),
			    (int16_t)load_u16(u, 6), load_u16(u, 8));
		print_envelope(c, u + OFF(ff_periodic_effect, envelope));
		strbuf_addf(c->out, ", custom_len=%u, custom_data=",
			    load_u32(u, OFF(ff_periodic_effect, custom_len)));
		fmt_addr(c->out, load_u64(u, OFF(ff_periodic_effect, custom_data)));
		strbuf_addc(c->out, '}');
		break;
	case FF_RUMBLE:
		strbuf_addf(c->out, ", rumble={strong_magnitude=%u, weak_magnitude=%u}",
			    load_u16(u, 0), load_u16(u, 2));
		break;
	}
	strbuf_addc(c->out, '}');
}

/* The write requests: at entry. */
static void print_write(const struct ioctl_call *c)
{
	unsigned nr = _IOC_NR(c->code);
	const char *p;

	switch (c->code) {
	case EVIOCSREP:
		if ((p = ioctl_in(c, 8)))
			strbuf_addf(c->out, "[%u, %u]", load_u32(p, 0), load_u32(p, 4));
		return;
	case EVIOCSKEYCODE:
		print_keycode(c, ioctl_in(c, 8));
		return;
	case EVIOCSKEYCODE_V2:
		print_keymap_entry(c, ioctl_in(c, sizeof(struct input_keymap_entry)));
		return;
	case EVIOCRMFF:
		strbuf_addf(c->out, "%d", (int)c->arg);
		return;
	case EVIOCGRAB:
	case EVIOCREVOKE:
		strbuf_addf(c->out, "%llu", (unsigned long long)c->arg);
		return;
	case EVIOCSCLOCKID:
		if ((p = ioctl_in(c, 4)))
			strbuf_addf(c->out, "[%u]", load_u32(p, 0));
		return;
	case EVIOCSFF:
		print_ff_effect(c);
		return;
	}
	if (nr >= 0xc0)
		print_abs(c, false);
	else
		fmt_addr(c->out, c->arg);
}

enum ioctl_res ioctl_evdev_decode(const struct ioctl_call *c)
{
	switch (_IOC_DIR(c->code)) {
	case _IOC_READ:
		print_read(c);
		return IOCTL_ARG;
	case _IOC_WRITE:
		print_write(c);
		return IOCTL_ARG;
	}
	return IOCTL_UNKNOWN;
}
