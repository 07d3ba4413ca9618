// SPDX-License-Identifier: MIT
/*
 * --top's terminal side (see top_screen.h): VT100 sequences, which every
 * terminal sctrace runs in understands, rather than a curses library; termios
 * for the keys. Signals still work (ISIG stays on): ^C ends the trace, and the
 * terminal is restored on the way out.
 */
#include "top_screen.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "../util/strbuf.h"

#define ALT_SCREEN_ON "\033[?1049h\033[?25l" /* and the cursor hidden */
#define ALT_SCREEN_OFF "\033[?25h\033[?1049l"

struct top_screen {
	struct top *top;
	uint64_t interval_ns, next_ns;
	int out; /* stdout as it was at the start: run.c gives the command's up once it runs */
	bool screen; /* it is a terminal: redraw in place */
	int tty; /* keys, or -1 */
	struct termios saved;
	bool raw;
	struct strbuf buf;
};

static void write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);

		if (w <= 0)
			return; /* a closed terminal: the trace goes on without the view */
		p += w;
		n -= (size_t)w;
	}
}

/* No echo, no line buffering, reads that do not wait. */
static void keys_open(struct top_screen *s)
{
	struct termios t;

	s->tty = open("/dev/tty", O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (s->tty < 0 || tcgetattr(s->tty, &s->saved))
		return;
	t = s->saved;
	t.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
	t.c_cc[VMIN] = 0;
	t.c_cc[VTIME] = 0;
	s->raw = !tcsetattr(s->tty, TCSANOW, &t);
}

struct top_screen *top_screen_open(struct top *top, uint64_t interval_ns, bool processes)
{
	struct top_screen *s = calloc(1, sizeof(*s));

	if (!s)
		return NULL;
	s->top = top;
	top_show_processes(s->top, processes);
	s->interval_ns = interval_ns;
	s->tty = -1;
	strbuf_init(&s->buf);
	s->out = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
	if (s->out < 0) {
		free(s);
		return NULL;
	}
	s->screen = isatty(s->out);
	if (s->screen) {
		keys_open(s);
		write_all(s->out, ALT_SCREEN_ON, strlen(ALT_SCREEN_ON));
	}
	return s;
}

static void size_of_screen(const struct top_screen *s, unsigned *rows, unsigned *cols)
{
	struct winsize ws;

	*rows = *cols = 0;
	if (s->screen && !ioctl(s->out, TIOCGWINSZ, &ws)) {
		*rows = ws.ws_row;
		*cols = ws.ws_col;
	}
}

/* A frame: in place on the screen (each line cleared to its end, then the rest), or after the previous one. */
static void draw(struct top_screen *s, uint64_t now_ns, bool in_place, bool whole)
{
	unsigned rows, cols;
	struct strbuf frame;

	size_of_screen(s, &rows, &cols);
	strbuf_init(&frame);
	top_frame(s->top, now_ns, whole, rows, cols, &frame);
	strbuf_reset(&s->buf);
	if (in_place) {
		strbuf_adds(&s->buf, "\033[H");
		for (const char *p = frame.data; p && *p;) {
			const char *nl = strchr(p, '\n');

			strbuf_add(&s->buf, p, (size_t)(nl - p));
			strbuf_adds(&s->buf, "\033[K");
			p = nl + 1;
			if (*p)
				strbuf_adds(&s->buf, "\r\n");
		}
		strbuf_adds(&s->buf, "\033[J");
	} else if (frame.data) {
		strbuf_add(&s->buf, frame.data, frame.len);
		strbuf_addc(&s->buf, '\n');
	}
	if (!s->buf.failed)
		write_all(s->out, s->buf.data, s->buf.len);
	strbuf_free(&frame);
	s->next_ns = now_ns + s->interval_ns;
}

bool top_screen_tick(struct top_screen *s, uint64_t now_ns)
{
	bool redraw = !s->next_ns || now_ns >= s->next_ns;
	char keys[16];
	ssize_t n;

	while (s->tty >= 0 && (n = read(s->tty, keys, sizeof(keys))) > 0)
		for (ssize_t i = 0; i < n; i++) {
			if (keys[i] == 'q')
				return true;
			redraw |= top_key(s->top, keys[i]);
		}
	if (redraw)
		draw(s, now_ns, s->screen, false);
	return false;
}

void top_screen_close(struct top_screen *s, uint64_t now_ns)
{
	if (!s)
		return;
	if (s->screen)
		write_all(s->out, ALT_SCREEN_OFF, strlen(ALT_SCREEN_OFF));
	if (s->raw)
		tcsetattr(s->tty, TCSANOW, &s->saved);
	if (s->tty >= 0)
		close(s->tty);
	if (s->next_ns) /* not when sctrace failed before tracing: there is nothing to show */
		draw(s, now_ns, false, true);
	strbuf_free(&s->buf);
	close(s->out);
	free(s);
}
