// SPDX-License-Identifier: MIT
// Virtual terminal console ioctls (type 'K') and GPIO answers over 320 bytes, with every ioctl's result injected so that the kernel's answers (" => ...") print: tones, LEDs, modes, key map entries, key strings, accent tables, key codes, screen and unicode maps, fonts, font operations; arrays and strings at a page's end.
// TRACE: -e trace=ioctl,exit_group -e inject=ioctl:retval=42
// START: first
#include <sys/mman.h>

#include "e2e.h"

/* after e2e.h: <linux/keyboard.h> names macros P_*, as <sys/wait.h>'s idtype_t members */
#include <linux/gpio.h>
#include <linux/kd.h>
#include <linux/keyboard.h>

#define INJ "42 (INJECTED)"

/* size bytes that end where the page ends (the next page is unmapped) */
static void *at_page_end(size_t size)
{
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	munmap(p + 4096, 4096);
	return p + 4096 - size;
}

static void tones_and_modes(void)
{
	unsigned char *led = at_page_end(1);
	int *mode = at_page_end(sizeof(*mode));

	SC(SYS_ioctl, -1, KIOCSOUND, 440UL);
	line(INJ, "ioctl(-1, KIOCSOUND, 440 /* 2711 Hz */)");
	SC(SYS_ioctl, -1, KIOCSOUND, 0UL);
	line(INJ, "ioctl(-1, KIOCSOUND, 0 /* off */)");
	SC(SYS_ioctl, -1, KDMKTONE, (100UL << 16) | 1000);
	line(INJ, "ioctl(-1, KDMKTONE, 100<<16|1000 /* 1193 Hz, 100 ms */)");
	SC(SYS_ioctl, -1, KDSETLED, (unsigned long)(LED_NUM | LED_CAP | 0x10));
	line(INJ, "ioctl(-1, KDSETLED, LED_NUM|LED_CAP|0x10)");
	*led = LED_SCR << 4 | LED_CAP;
	SC(SYS_ioctl, -1, KDGKBLED, led);
	line(INJ, "ioctl(-1, KDGKBLED, [LED_CAP|LED_SCR<<4])");
	SC(SYS_ioctl, -1, KDGKBTYPE, NULL);
	line(INJ, "ioctl(-1, KDGKBTYPE, NULL)");
	SC(SYS_ioctl, -1, KDADDIO, 0x3c0UL);
	line(INJ, "ioctl(-1, KDADDIO, 0x3c0 /* GPFIRST + 12 */)");
	SC(SYS_ioctl, -1, KDENABIO, 0UL);
	line(INJ, "ioctl(-1, KDENABIO)");
	SC(SYS_ioctl, -1, KDSETMODE, (unsigned long)KD_GRAPHICS);
	line(INJ, "ioctl(-1, KDSETMODE, KD_GRAPHICS)");
	*mode = K_UNICODE;
	SC(SYS_ioctl, -1, KDGKBMODE, mode);
	line(INJ, "ioctl(-1, KDGKBMODE, [K_UNICODE])");
	SC(SYS_ioctl, -1, KDSKBMODE, 7UL);
	line(INJ, "ioctl(-1, KDSKBMODE, 7 /* K_??? */)");
	SC(SYS_ioctl, -1, KDSIGACCEPT, (unsigned long)SIGUSR1);
	line(INJ, "ioctl(-1, KDSIGACCEPT, SIGUSR1)");
}

static void keys(void)
{
	struct kbentry *e = at_page_end(sizeof(*e));
	struct kbsentry *s = at_page_end(sizeof(*s));
	struct kbkeycode *kc = at_page_end(sizeof(*kc));
	struct kbd_repeat *rep = at_page_end(sizeof(*rep));
	unsigned char *half = at_page_end(2);

	*e = (struct kbentry){ .kb_table = K_SHIFTTAB, .kb_index = 30, .kb_value = K_F13 };
	SC(SYS_ioctl, -1, KDSKBENT, e);
	line(INJ, "ioctl(-1, KDSKBENT, {kb_table=K_SHIFTTAB, kb_index=30, kb_value=%#x /* K_F13 */})",
	     K_F13);
	*e = (struct kbentry){ .kb_table = 1 << KG_CTRL | 1 << KG_ALT, .kb_index = 2,
			       .kb_value = K(KT_LATIN, 'q') };
	SC(SYS_ioctl, -1, KDGKBENT, e);
	line(INJ, "ioctl(-1, KDGKBENT, {kb_table=1<<KG_CTRL|1<<KG_ALT, kb_index=2, "
		  "kb_value=0x71 /* K(KT_LATIN, 'q') */})");
	half[0] = K_ALTTAB;
	half[1] = 9;
	SC(SYS_ioctl, -1, KDSKBENT, half);
	line(INJ, "ioctl(-1, KDSKBENT, {kb_table=K_ALTTAB, kb_index=9, kb_value=???})");
	s->kb_func = KVAL(K_PGUP);
	strcpy((char *)s->kb_string, "\033[5~");
	SC(SYS_ioctl, -1, KDSKBSENT, s);
	line(INJ, "ioctl(-1, KDSKBSENT, {kb_func=KVAL(K_PGUP), kb_string=\"\\33[5~\"})");
	s->kb_func = KVAL(K_F30);
	memset(s->kb_string, 'x', sizeof(s->kb_string));
	SC(SYS_ioctl, -1, KDGKBSENT, s);
	line(INJ, "ioctl(-1, KDGKBSENT, {kb_func=KVAL(K_F30), kb_string=\"%.32s\"...})",
	     (char *)s->kb_string);
	*kc = (struct kbkeycode){ .scancode = 0x1e, .keycode = 0x30 };
	SC(SYS_ioctl, -1, KDGETKEYCODE, kc);
	line(INJ, "ioctl(-1, KDGETKEYCODE, {scancode=0x1e, keycode=0x30 => 0x30})");
	*rep = (struct kbd_repeat){ .delay = 250, .period = -1 };
	SC(SYS_ioctl, -1, KDKBDREP, rep);
	line(INJ, "ioctl(-1, KDKBDREP, {delay=250, period=-1} => {delay=250, period=-1})");
}

static void accents(void)
{
	const size_t room = 4 + 3 * 3; /* kb_cnt and three entries of the 256 */
	struct kbdiacrs *d = at_page_end(room);

	d->kb_cnt = 2;
	d->kbdiacr[0] = (struct kbdiacr){ '`', 'a', 0xe0 };
	d->kbdiacr[1] = (struct kbdiacr){ '\'', '\n', 'b' };
	SC(SYS_ioctl, -1, KDSKBDIACR, d);
	line(INJ, "ioctl(-1, KDSKBDIACR, {kb_cnt=2, kbdiacr=[{diacr='`', base='a', result='\\xe0'}, "
		  "{diacr='\\'', base='\\n', result='b'}]})");
	d->kb_cnt = 5; /* the fourth is past the page */
	SC(SYS_ioctl, -1, KDGKBDIACR, d);
	line(INJ, "ioctl(-1, KDGKBDIACR, {kb_cnt=5, kbdiacr=[{diacr='`', base='a', result='\\xe0'}, "
		  "{diacr='\\'', base='\\n', result='b'}, {diacr='\\x00', base='\\x00', "
		  "result='\\x00'}, ... /* %p */]})", (void *)((char *)d + room));
}

static void maps_and_fonts(void)
{
	unsigned char *map = at_page_end(E_TABSZ);
	unsigned short *umap = at_page_end(3 * sizeof(*umap));
	struct unimapdesc *ud = at_page_end(sizeof(*ud));
	struct unipair *pairs = at_page_end(2 * sizeof(*pairs));
	struct console_font_op *op = at_page_end(sizeof(*op));
	char *name = at_page_end(8);

	for (unsigned k = 0; k < E_TABSZ; k++)
		map[k] = (unsigned char)k;
	SC(SYS_ioctl, -1, PIO_SCRNMAP, map);
	line(INJ, "ioctl(-1, PIO_SCRNMAP, %s)", qbufx(map, E_TABSZ, 32, 2));
	SC(SYS_ioctl, -1, PIO_SCRNMAP, map + 1); /* 255 bytes are there: strace reads 33 */
	line(INJ, "ioctl(-1, PIO_SCRNMAP, %s)", qbufx(map + 1, E_TABSZ - 1, 32, 2));
	SC(SYS_ioctl, -1, PIO_SCRNMAP, map + E_TABSZ - 16);
	line(INJ, "ioctl(-1, PIO_SCRNMAP, %p)", (void *)(map + E_TABSZ - 16));
	umap[0] = 0x41;
	umap[1] = UNI_DIRECT_BASE + 0x1f;
	umap[2] = 0;
	SC(SYS_ioctl, -1, PIO_UNISCRNMAP, umap);
	line(INJ, "ioctl(-1, PIO_UNISCRNMAP, [0x41, UNI_DIRECT_BASE+0x1f, 0, ... /* %p */])",
	     (void *)(umap + 3));
	pairs[0] = (struct unipair){ 0x263a, 1 };
	pairs[1] = (struct unipair){ 0x2022, 7 };
	*ud = (struct unimapdesc){ .entry_ct = 2, .entries = pairs };
	SC(SYS_ioctl, -1, PIO_UNIMAP, ud);
	line(INJ, "ioctl(-1, PIO_UNIMAP, {entry_ct=2, entries=[{unicode=0x263a, fontpos=0x1}, "
		  "{unicode=0x2022, fontpos=0x7}]})");
	ud->entry_ct = 3;
	SC(SYS_ioctl, -1, GIO_UNIMAP, ud);
	line(INJ, "ioctl(-1, GIO_UNIMAP, {entry_ct=3 => 3, entries=[{unicode=0x263a, fontpos=0x1}, "
		  "{unicode=0x2022, fontpos=0x7}, ... /* %p */]})", (void *)(pairs + 2));
	strcpy(name, "lat1-16");
	*op = (struct console_font_op){ .op = KD_FONT_OP_SET_DEFAULT, .width = 8, .height = 16,
					.data = (unsigned char *)name };
	SC(SYS_ioctl, -1, KDFONTOP, op);
	line(INJ, "ioctl(-1, KDFONTOP, {op=KD_FONT_OP_SET_DEFAULT, width=8, height=16, "
		  "data=\"lat1-16\"} => {width=8, height=16})");
	*op = (struct console_font_op){ .op = KD_FONT_OP_GET, .flags = KD_FONT_FLAG_DONT_RECALC,
					.width = 8, .height = 16, .charcount = 1,
					.data = (unsigned char *)map };
	SC(SYS_ioctl, -1, KDFONTOP, op);
	line(INJ, "ioctl(-1, KDFONTOP, {op=KD_FONT_OP_GET, flags=KD_FONT_FLAG_DONT_RECALC, width=8, "
		  "height=16, charcount=1, data=%p} => {width=8, height=16, charcount=1, "
		  "data=%s})", (void *)map, qbufx(map, 32, 32, 2));
}

/* A GPIO request larger than the 320 bytes an ioctl argument has at least: its answer. */
static void gpio_answer(void)
{
	struct gpiohandle_request *r = at_page_end(sizeof(*r));

	memset(r, 0, sizeof(*r));
	r->lines = 1;
	r->lineoffsets[0] = 3;
	r->flags = GPIOHANDLE_REQUEST_OUTPUT;
	strcpy(r->consumer_label, "e2e");
	r->fd = 7;
	SC(SYS_ioctl, -1, GPIO_GET_LINEHANDLE_IOCTL, r);
	line(INJ, "ioctl(-1, GPIO_GET_LINEHANDLE_IOCTL, {lines=1, lineoffsets=[3], "
		  "flags=GPIOHANDLE_REQUEST_OUTPUT, default_values=[0], consumer_label=\"e2e\"} => "
		  "{fd=7})");
}

int main(void)
{
	tones_and_modes();
	keys();
	accents();
	maps_and_fonts();
	gpio_answer();
	e2e_exit(0);
}
