/* SPDX-License-Identifier: MIT */
/*
 * --top on the terminal: the frames of analyze/top.c redrawn in place every
 * interval on the alternate screen (as top and perf top do), keys read from
 * /dev/tty without echo; when stdout is no terminal, frames are printed one
 * after the other (top -b). The last frame stays on the screen at the end.
 */
#ifndef SCT_CLI_TOP_SCREEN_H
#define SCT_CLI_TOP_SCREEN_H

#include <stdbool.h>
#include <stdint.h>

#include "../analyze/top.h"

struct top_screen;

/* Shows top (the caller's, freed after the screen); NULL when out of memory. */
struct top_screen *top_screen_open(struct top *top, uint64_t interval_ns, bool processes);
/* Redraw when the interval has passed or a key asks; true when the user pressed q. */
bool top_screen_tick(struct top_screen *s, uint64_t now_ns);
/* The last frame, on the ordinary screen; the terminal as it was. NULL is fine. */
void top_screen_close(struct top_screen *s, uint64_t now_ns);

#endif
