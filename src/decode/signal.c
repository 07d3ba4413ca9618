// SPDX-License-Identifier: MIT
/*
 * Signals as strace 6.1 prints them on x86_64: a signal number (SIGCHLD, or
 * the number when it names none), signal sets ([INT TERM], ~[RTMIN RT_1]: the
 * complement when 2/3 or more of the 64 signals are in the set), and
 * {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x...}.
 * The kernel's struct sigaction (not glibc's): handler 8 bytes, flags 8,
 * restorer 8, mask 8.
 */
#include <stdio.h>

#include "flags.h"
#include "fmt.h"

#define SIGSET_SIZE 8
#define SA_RESTORER_BIT 0x04000000ull

void print_signal(struct strbuf *out, int sig)
{
	const char *name = signal_name(sig);

	if (name)
		strbuf_adds(out, name);
	else
		strbuf_addf(out, "%d", sig);
}

/* A signal number under -X: 10, 10 / * SIGUSR1 * / (decimal, unlike other constants). */
void print_signal_x(struct strbuf *out, int sig, int xlat)
{
	struct strbuf name;
	char raw[16];

	strbuf_init(&name);
	print_signal(&name, sig);
	snprintf(raw, sizeof(raw), "%d", sig);
	print_xlat_text(out, xlat, raw, name.data);
	strbuf_free(&name);
}

bool fmt_signal(struct strbuf *out, const struct sc_event *ev, unsigned i,
		const struct decode_opts *o)
{
	(void)o;
	print_signal(out, (int)ev->args[i]);
	return true;
}

/* -X raw prints the numbers ([2 15]), -X verbose both ([2 / * INT * / 15 / * TERM * /]). */
void print_sigset(struct strbuf *out, uint64_t mask, int xlat)
{
	char sep = '[';

	if (__builtin_popcountll(mask) >= 64 * 2 / 3) {
		strbuf_addc(out, '~');
		mask = ~mask;
	}
	for (int bit = 0; bit < 64; bit++) {
		const char *name;

		if (!(mask & (1ull << bit)))
			continue;
		strbuf_addc(out, sep);
		sep = ' ';
		name = signal_name(bit + 1);
		if (name && xlat == XLAT_ABBREV)
			strbuf_adds(out, name + 3); /* without "SIG" */
		else if (name && xlat == XLAT_VERBOSE)
			strbuf_addf(out, "%d /* %s */", bit + 1, name + 3);
		else
			strbuf_addf(out, "%d", bit + 1);
	}
	if (sep == '[')
		strbuf_addc(out, '[');
	strbuf_addc(out, ']');
}

/* The sigsetsize argument: the first size_t argument after the set. */
static uint64_t sigsetsize_of(const struct sc_event *ev, unsigned i)
{
	if (!ev->desc)
		return SIGSET_SIZE;
	for (unsigned k = i + 1; k < ev->desc->nargs && k < SCT_MAX_ARGS; k++)
		if (ev->desc->arg[k] == AT_ULONG)
			return ev->args[k];
	return SIGSET_SIZE;
}

static bool print_sigset_arg(struct strbuf *out, const struct sc_event *ev, unsigned i, bool output,
			     int xlat)
{
	const char *p;

	if (sigsetsize_of(ev, i) != SIGSET_SIZE) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	p = fmt_struct(out, ev, i, SIGSET_SIZE, output);
	if (p)
		print_sigset(out, load_u64(p, 0), xlat);
	return true;
}

bool fmt_sigset_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	return print_sigset_arg(out, ev, i, false, o->xlat);
}

bool fmt_sigset_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	return print_sigset_arg(out, ev, i, true, o->xlat);
}

static void print_sigaction(struct strbuf *out, const char *p, int xlat)
{
	uint64_t handler = load_u64(p, 0), flags = load_u64(p, 8);
	const char *name = flag_lookup(&sa_handler_names, handler);
	char raw[24];

	strbuf_adds(out, "{sa_handler=");
	snprintf(raw, sizeof(raw), "%#llx", (unsigned long long)handler);
	print_xlat_text(out, xlat, raw, name ? name : raw);
	strbuf_adds(out, ", sa_mask=");
	print_sigset(out, load_u64(p, 24), xlat);
	strbuf_adds(out, ", sa_flags=");
	print_flags_x(out, &sa_flag_names, flags, xlat);
	if (flags & SA_RESTORER_BIT) {
		strbuf_adds(out, ", sa_restorer=");
		fmt_addr(out, load_u64(p, 16));
	}
	strbuf_addc(out, '}');
}

bool fmt_sigaction_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, 32, false);

	if (p)
		print_sigaction(out, p, o->xlat);
	return true;
}

bool fmt_sigaction_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		       const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, 32, true);

	if (p)
		print_sigaction(out, p, o->xlat);
	return true;
}

/* rt_sigqueueinfo's siginfo: what the "--- SIG... {...} ---" line of the signal prints. */
/* An output siginfo_t: {} when the kernel wrote none (waitid's WNOHANG, no child). */
bool fmt_siginfo_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, SCT_SIGINFO_SIZE, true);
	int sig;

	if (!p)
		return true;
	sig = (int)load_u32(p, 0);
	if (!sig)
		strbuf_adds(out, "{}");
	else
		decode_siginfo_opts(out, sig, (const uint8_t *)p, o);
	return true;
}

bool fmt_siginfo_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, SCT_SIGINFO_SIZE, false);

	if (p)
		decode_siginfo_opts(out, (int)load_u32(p, 0), (const uint8_t *)p, o);
	return true;
}
