// SPDX-License-Identifier: MIT
/* strace's -e trace= and -e status= expressions: see qualify.h. */
#include "qualify.h"

#include <errno.h>
#include <limits.h>
#include <regex.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../decode/decode.h"
#include "../decode/syscall_table.h"
#include "options.h"

struct class_name {
	const char *name;
	uint32_t bits;
};

static const struct class_name class_names[] = {
	{ "file", TC_FILE },
	{ "desc", TC_DESC },
	{ "network", TC_NETWORK },
	{ "net", TC_NETWORK },
	{ "process", TC_PROCESS },
	{ "memory", TC_MEMORY },
	{ "signal", TC_SIGNAL },
	{ "ipc", TC_IPC },
	{ "creds", TC_CREDS },
	{ "clock", TC_CLOCK },
	{ "pure", TC_PURE },
	{ "stat", TC_STAT },
	{ "lstat", TC_LSTAT },
	{ "fstat", TC_FSTAT },
	{ "%stat", TC_STAT_LIKE },
	{ "statfs", TC_STATFS },
	{ "fstatfs", TC_FSTATFS },
	{ "%statfs", TC_STATFS_LIKE },
};

struct status_name {
	const char *name;
	unsigned bits;
};

static const struct status_name status_names[] = {
	{ "successful", STATUS_SUCCESSFUL },
	{ "failed", STATUS_FAILED },
	{ "unfinished", STATUS_UNFINISHED },
	{ "unavailable", STATUS_UNAVAILABLE },
	{ "detached", STATUS_DETACHED },
	{ "all", STATUS_ALL },
	{ "none", 0 },
};

#define SET_WORDS (SCT_NR_MAX / 64)

static void set_bit(uint64_t *set, unsigned nr)
{
	set[nr / 64] |= 1ull << (nr % 64);
}

int qualify_fail(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
	return -EINVAL;
}

static bool add_class(uint64_t *set, const char *name)
{
	unsigned n = syscall_table_size();

	for (size_t i = 0; i < sizeof(class_names) / sizeof(class_names[0]); i++) {
		if (strcmp(class_names[i].name, name) != 0)
			continue;
		for (unsigned nr = 0; nr < n && nr < SCT_NR_MAX; nr++) {
			const struct syscall_desc *d = syscall_desc(nr);

			if (d && (d->classes & class_names[i].bits))
				set_bit(set, nr);
		}
		return true;
	}
	return false;
}

#define REGEX_MAX 256
#define REGEX_DUP_MAX 64

/*
 * glibc's regcomp needs memory exponential in stacked quantifiers ("a+++...")
 * and in large intervals: rewrite each run of * + ? as the one operator it
 * means, and refuse long patterns and big {n,m}, so a pattern cannot exhaust
 * memory. Bracket expressions and escapes are copied as they are.
 */
static int regex_tame(const char *in, char *out, char *err, size_t errlen)
{
	size_t o = 0;
	const char *bracket = NULL; /* first character inside an open [...] */

	if (strlen(in) > REGEX_MAX)
		return qualify_fail(err, errlen, "regular expression longer than %d bytes", REGEX_MAX);
	for (const char *p = in; *p; p++) {
		if (bracket) {
			/* ']' right after '[' or '[^' is a member; any other closes. */
			if (*p == ']' && p != bracket)
				bracket = NULL;
			out[o++] = *p;
		} else if (*p == '\\' && p[1]) {
			out[o++] = *p++;
			out[o++] = *p;
		} else if (*p == '[') {
			bracket = p[1] == '^' ? p + 2 : p + 1;
			out[o++] = *p;
		} else if (*p == '{') {
			char *end;
			long v = strtol(p + 1, &end, 10);

			if (v > REGEX_DUP_MAX || (*end == ',' && strtol(end + 1, NULL, 10) > REGEX_DUP_MAX))
				return qualify_fail(err, errlen, "repeat count above %d in a regular expression",
					    REGEX_DUP_MAX);
			out[o++] = *p;
		} else if (strchr("*+?", *p)) {
			char op = *p;

			while (p[1] && strchr("*+?", p[1]))
				if (*++p != op)
					op = '*';
			out[o++] = op;
		} else {
			out[o++] = *p;
		}
	}
	out[o] = '\0';
	return 0;
}

static int add_regex(uint64_t *set, const char *pattern, char *err, size_t errlen)
{
	unsigned n = syscall_table_size();
	char tamed[2 * REGEX_MAX + 1];
	regex_t re;
	int rc = regex_tame(pattern, tamed, err, errlen);

	if (rc)
		return rc;
	rc = regcomp(&re, tamed, REG_EXTENDED | REG_NOSUB);

	if (rc) {
		char msg[128];

		regerror(rc, &re, msg, sizeof(msg));
		snprintf(err, errlen, "regcomp: %s: %s", pattern, msg); /* strace's words */
		return -EINVAL;
	}
	rc = -ENOENT; /* matching nothing is an error, as in strace */
	for (unsigned nr = 0; nr < n && nr < SCT_NR_MAX; nr++) {
		const struct syscall_desc *d = syscall_desc(nr);

		if (d && regexec(&re, d->name, 0, NULL, 0) == 0) {
			set_bit(set, nr);
			rc = 0;
		}
	}
	regfree(&re);
	return rc;
}

/*
 * A token's personality suffix: "@64" is the x86_64 ABI sctrace traces (the
 * same as none); "@32" and "@x32" name the i386 and x32 ABIs, whose calls
 * sctrace does not see, so they select nothing. Returns false for an unknown
 * suffix.
 */
static bool strip_personality(char *tok, bool *selects)
{
	char *at = strrchr(tok, '@');

	*selects = true;
	if (!at)
		return true;
	if (strcmp(at, "@64") && strcmp(at, "@32") && strcmp(at, "@x32"))
		return false;
	*selects = strcmp(at, "@64") == 0;
	*at = '\0';
	return true;
}

/* A syscall given by number, as strace allows ("-e trace=42"); -1 if tok is not one. */
static int syscall_number(const char *tok)
{
	char *end;
	long v;

	if (*tok < '0' || *tok > '9')
		return -1;
	v = strtol(tok, &end, 10);
	if (*end || v >= (long)syscall_table_size() || !syscall_desc((unsigned)v))
		return -1; /* strace: a number no call has is invalid */
	return (int)v;
}

static int cmp_name(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

/* A name only the i386 ABI has (mmap2, _llseek...): strace takes it in any set. */
static bool i386_only(const char *name)
{
	static const char *const names[] = {
#include "gen/syscall_names_32.h"
	};

	return bsearch(name, names, sizeof(names) / sizeof(names[0]), sizeof(names[0]), cmp_name);
}

/* One token of a syscall set. */
static int add_token(uint64_t *set, const char *token, char *err, size_t errlen)
{
	char tokbuf[256], *tok = tokbuf;
	bool optional = false, selects;
	int nr;

	if (snprintf(tokbuf, sizeof(tokbuf), "%s", token) >= (int)sizeof(tokbuf))
		return qualify_fail(err, errlen, "invalid system call '%.64s...'", token);
	if (*tok == '?') {
		optional = true;
		tok++;
	}
	if (!strip_personality(tok, &selects))
		return qualify_fail(err, errlen, "invalid system call '%s'", token);
	if (!selects)
		return 0; /* another ABI's calls: never traced here */
	if (!*tok)
		return qualify_fail(err, errlen, "invalid system call '%s'", token);
	if (*tok == '/') {
		int rc = add_regex(set, tok + 1, err, errlen);

		if (rc != -ENOENT)
			return rc;
		return optional ? 0 : qualify_fail(err, errlen, "invalid system call '%s'", token);
	}
	if (strcmp(tok, "all") == 0) {
		memset(set, 0xff, SET_WORDS * sizeof(uint64_t));
		return 0;
	}
	if (strcmp(tok, "none") == 0) /* the whole set only: walk_list refuses it in a list */
		return 0;
	if (*tok == '%') {
		if (add_class(set, tok + 1) || optional)
			return 0;
		return qualify_fail(err, errlen, "invalid system call '%s'", token);
	}
	nr = syscall_by_name(tok);
	if (nr < 0)
		nr = syscall_number(tok);
	if (nr >= 0 && nr < SCT_NR_MAX) {
		set_bit(set, (unsigned)nr);
		return 0;
	}
	/* strace still accepts the old class names without '%' (ipc before i386's ipc call). */
	if (add_class(set, tok))
		return 0;
	if (i386_only(tok) || optional)
		return 0; /* another ABI's call: never traced here */
	return qualify_fail(err, errlen, "invalid system call '%s'", token);
}

/*
 * The shape every -e set shares, as strace reads it: leading '!'s (negation,
 * which the caller applies), then "all" or "none" alone, or comma-separated
 * tokens each handed to add(). In a list "none" is no token, nor "all" but
 * in a syscall set (where it is a class). A set with no token is named
 * whole in the error: "invalid descriptor '!,'".
 */
static int walk_list(const char *spec, const char *what, bool *negate,
		     int (*add)(void *ctx, const char *tok, char *err, size_t errlen), void *ctx,
		     char *err, size_t errlen)
{
	const char *s = spec;
	char *copy, *tok, *save = NULL;
	bool all_token = strcmp(what, "system call") == 0;
	int rc = 0, ntok = 0;

	*negate = false;
	while (*s == '!') {
		*negate = !*negate;
		s++;
	}
	if (strcmp(s, "all") == 0 || strcmp(s, "none") == 0)
		return add(ctx, s, err, errlen);
	copy = strdup(s);
	if (!copy)
		return -ENOMEM;
	for (tok = strtok_r(copy, ",", &save); tok && !rc; tok = strtok_r(NULL, ",", &save), ntok++)
		if (strcmp(tok, "none") == 0 || (!all_token && strcmp(tok, "all") == 0))
			rc = qualify_fail(err, errlen, "invalid %s '%s'", what, tok);
		else
			rc = add(ctx, tok, err, errlen);
	free(copy);
	if (!rc && !ntok)
		rc = qualify_fail(err, errlen, "invalid %s '%s'", what, spec);
	return rc;
}

static int add_syscall_token(void *ctx, const char *tok, char *err, size_t errlen)
{
	return add_token(ctx, tok, err, errlen);
}

int qualify_syscalls(uint64_t set[SCT_NR_MAX / 64], const char *spec, char *err, size_t errlen)
{
	uint64_t tmp[SET_WORDS] = { 0 };
	bool negate;
	int rc = walk_list(spec, "system call", &negate, add_syscall_token, tmp, err, errlen);

	if (rc)
		return rc;
	for (int i = 0; i < SET_WORDS; i++)
		set[i] = negate ? ~tmp[i] : tmp[i];
	return 0;
}

static int add_status_token(void *ctx, const char *tok, char *err, size_t errlen)
{
	unsigned *m = ctx;

	for (size_t i = 0; i < sizeof(status_names) / sizeof(status_names[0]); i++)
		if (strcmp(status_names[i].name, tok) == 0) {
			*m |= status_names[i].bits;
			return 0;
		}
	return qualify_fail(err, errlen, "invalid status '%s'", tok);
}

int qualify_status(unsigned *mask, const char *spec, char *err, size_t errlen)
{
	unsigned m = 0;
	bool negate;
	int rc = walk_list(spec, "status", &negate, add_status_token, &m, err, errlen);

	if (rc)
		return rc;
	*mask = negate ? (~m & STATUS_ALL) : m;
	return 0;
}

/* One signal: a name with or without "SIG", or a number 1..64; 0 if none. */
int qualify_signal_number(const char *tok)
{
	char *end;
	long v = strtol(tok, &end, 10);

	if (end != tok && !*end)
		return v >= 1 && v <= 64 ? (int)v : 0;
	for (int sig = 1; sig <= 64; sig++) {
		const char *name = signal_name(sig);

		if (name && (strcasecmp(name, tok) == 0 || strcasecmp(name + 3, tok) == 0))
			return sig;
	}
	return 0;
}

static int add_signal_token(void *ctx, const char *tok, char *err, size_t errlen)
{
	uint64_t *m = ctx;
	int sig;

	if (strcmp(tok, "all") == 0) {
		*m = ~0ull;
		return 0;
	}
	if (strcmp(tok, "none") == 0)
		return 0;
	sig = qualify_signal_number(tok);
	if (!sig)
		return qualify_fail(err, errlen, "invalid signal '%s'", tok);
	*m |= 1ull << (sig - 1);
	return 0;
}

int qualify_signals(uint64_t *mask, const char *spec, char *err, size_t errlen)
{
	uint64_t m = 0;
	bool negate;
	int rc = walk_list(spec, "signal", &negate, add_signal_token, &m, err, errlen);

	if (rc)
		return rc;
	*mask = negate ? ~m : m;
	return 0;
}

static int add_fd_token(void *ctx, const char *tok, char *err, size_t errlen)
{
	uint64_t *set = ctx;
	char *end;
	long fd;

	if (strcmp(tok, "all") == 0) {
		memset(set, 0xff, SCT_DUMP_FDS_MAX / 8);
		return 0;
	}
	if (strcmp(tok, "none") == 0)
		return 0;
	fd = strtol(tok, &end, 10);
	if (end == tok || *end || fd < 0 || fd > INT_MAX)
		return qualify_fail(err, errlen, "invalid descriptor '%s'", tok);
	if (fd >= SCT_DUMP_FDS_MAX) /* valid for strace, beyond what sctrace dumps */
		return qualify_fail(err, errlen, "descriptor %ld: -e read=/write= take 0 to %d",
				    fd, SCT_DUMP_FDS_MAX - 1);
	set[fd / 64] |= 1ull << (fd % 64);
	return 0;
}

/* -e read=SET / -e write=SET: descriptors whose data is dumped in hex. */
static int qualify_fds(uint64_t *set, const char *spec, char *err, size_t errlen)
{
	uint64_t tmp[SCT_DUMP_FDS_MAX / 64] = { 0 };
	bool negate;
	int rc = walk_list(spec, "descriptor", &negate, add_fd_token, tmp, err, errlen);

	if (rc)
		return rc;
	for (int i = 0; i < SCT_DUMP_FDS_MAX / 64; i++)
		set[i] = negate ? ~tmp[i] : tmp[i];
	return 0;
}

/* A named item of a set: -e quiet=, -e decode-fds=, -e decode-pids=. */
struct set_item {
	const char *name;
	unsigned bits;
};

static const struct set_item quiet_items[] = {
	{ "attach", QUIET_ATTACH },
	{ "exit", QUIET_EXIT },
	{ "exits", QUIET_EXIT },
	{ "path-resolution", QUIET_PATH_RESOLVE },
	{ "personality", QUIET_PERSONALITY },
	{ "superseded", QUIET_THREAD_EXECVE },
	{ "thread-execve", QUIET_THREAD_EXECVE },
	{ "all", QUIET_ALL },
	{ "none", 0 },
};

static const struct set_item decode_fd_items[] = {
	{ "path", DECODE_FDS_PATH },
	{ "socket", DECODE_FDS_SOCKET },
	{ "dev", DECODE_FDS_DEV },
	{ "pidfd", DECODE_FDS_PIDFD },
	{ "all", DECODE_FD_ALL },
	{ "none", 0 },
};

static const struct set_item decode_pid_items[] = {
	{ "pidns", DECODE_PID_NS },
	{ "comm", DECODE_PID_COMM },
	{ "all", DECODE_PID_NS | DECODE_PID_COMM },
	{ "none", 0 },
};

struct item_walk {
	const struct set_item *items;
	size_t n;
	const char *what;
	unsigned bits;
};

static int add_item_token(void *ctx, const char *tok, char *err, size_t errlen)
{
	struct item_walk *w = ctx;

	for (size_t i = 0; i < w->n; i++)
		if (strcmp(w->items[i].name, tok) == 0) {
			w->bits |= w->items[i].bits;
			return 0;
		}
	return qualify_fail(err, errlen, "invalid %s '%s'", w->what, tok);
}

static int qualify_items(unsigned *mask, unsigned all, const struct set_item *items, size_t n,
			 const char *what, const char *spec, char *err, size_t errlen)
{
	struct item_walk w = { items, n, what, 0 };
	bool negate;
	int rc = walk_list(spec, what, &negate, add_item_token, &w, err, errlen);

	if (rc)
		return rc;
	*mask = negate ? (~w.bits & all) : w.bits;
	return 0;
}

#define ITEMS(a) a, sizeof(a) / sizeof((a)[0])

/*
 * -e trace=: numbers the table has no name for are traced whatever the set says, as
 * strace does (no name can select or exclude them; nsyscalls.test): syscall_0x1f4(...).
 */
static int apply_trace(struct qualify_sets *s, const char *spec, char *err, size_t errlen)
{
	int rc = qualify_syscalls(s->syscalls, spec, err, errlen);

	s->syscalls_given = true;
	for (unsigned nr = 0; !rc && nr < SCT_NR_MAX; nr++)
		if (!syscall_desc(nr))
			s->syscalls[nr / 64] |= 1ull << (nr % 64);
	return rc;
}

static int apply_abbrev(struct qualify_sets *s, const char *spec, char *err, size_t errlen)
{
	return qualify_syscalls(s->abbrev, spec, err, errlen);
}

static int apply_verbose(struct qualify_sets *s, const char *spec, char *err, size_t errlen)
{
	return qualify_syscalls(s->verbose, spec, err, errlen);
}

static int apply_raw(struct qualify_sets *s, const char *spec, char *err, size_t errlen)
{
	return qualify_syscalls(s->raw, spec, err, errlen);
}

static int apply_signal(struct qualify_sets *s, const char *spec, char *err, size_t errlen)
{
	return qualify_signals(&s->signals, spec, err, errlen);
}

static int apply_status(struct qualify_sets *s, const char *spec, char *err, size_t errlen)
{
	return qualify_status(&s->status, spec, err, errlen);
}

static int apply_read(struct qualify_sets *s, const char *spec, char *err, size_t errlen)
{
	return qualify_fds(s->read_fds, spec, err, errlen);
}

static int apply_write(struct qualify_sets *s, const char *spec, char *err, size_t errlen)
{
	return qualify_fds(s->write_fds, spec, err, errlen);
}

static int apply_quiet(struct qualify_sets *s, const char *spec, char *err, size_t errlen)
{
	s->quiet_given = true;
	return qualify_items(&s->quiet, QUIET_ALL, ITEMS(quiet_items), "quiet", spec, err, errlen);
}

static int apply_decode_fds(struct qualify_sets *s, const char *spec, char *err, size_t errlen)
{
	return qualify_items(&s->decode_fds, DECODE_FD_ALL, ITEMS(decode_fd_items), "decode-fds",
			     spec, err, errlen);
}

static int apply_decode_pids(struct qualify_sets *s, const char *spec, char *err, size_t errlen)
{
	return qualify_items(&s->decode_pids, DECODE_PID_NS | DECODE_PID_COMM, ITEMS(decode_pid_items),
			     "decode-pids", spec, err, errlen);
}

static int apply_inject(struct qualify_sets *s, const char *spec, char *err, size_t errlen)
{
	return inject_spec_apply(s, spec, false, err, errlen);
}

static int apply_fault(struct qualify_sets *s, const char *spec, char *err, size_t errlen)
{
	return inject_spec_apply(s, spec, true, err, errlen);
}

/* -e kvm=vcpu: KVM_RUN's exit reason, read by the kernel side from the vCPU's struct kvm_run. */
static int apply_kvm(struct qualify_sets *s, const char *spec, char *err, size_t errlen)
{
	if (strcmp(spec, "vcpu") != 0)
		return qualify_fail(err, errlen, "invalid -e kvm= argument: '%s'", spec);
	s->kvm_vcpu = true;
	return 0;
}

static int refuse_secontext(struct qualify_sets *s, const char *spec, char *err, size_t errlen)
{
	return qualify_fail(err, errlen, "-e secontext= is not supported: sctrace has no SELinux support");
}

static const struct qualifier {
	const char *name;
	int (*apply)(struct qualify_sets *s, const char *spec, char *err, size_t errlen);
} qualifiers[] = {
	{ "trace", apply_trace },	  { "t", apply_trace },
	{ "abbrev", apply_abbrev },	  { "a", apply_abbrev },
	{ "verbose", apply_verbose },	  { "v", apply_verbose },
	{ "raw", apply_raw },		  { "x", apply_raw },
	{ "signal", apply_signal },	  { "signals", apply_signal },
	{ "s", apply_signal },		  { "status", apply_status },
	{ "quiet", apply_quiet },	  { "silent", apply_quiet },
	{ "silence", apply_quiet },	  { "q", apply_quiet },
	{ "read", apply_read },		  { "reads", apply_read },
	{ "r", apply_read },		  { "write", apply_write },
	{ "writes", apply_write },	  { "w", apply_write },
	{ "decode-fd", apply_decode_fds }, { "decode-fds", apply_decode_fds },
	{ "decode-pid", apply_decode_pids }, { "decode-pids", apply_decode_pids },
	{ "fault", apply_fault },	  { "inject", apply_inject },
	{ "kvm", apply_kvm },		  { "secontext", refuse_secontext },
};

int qualify_named(const char *name, const char *spec, struct qualify_sets *sets, char *err,
		  size_t errlen)
{
	for (size_t i = 0; i < sizeof(qualifiers) / sizeof(qualifiers[0]); i++)
		if (strcmp(qualifiers[i].name, name) == 0)
			return qualifiers[i].apply(sets, spec, err, errlen);
	return qualify_fail(err, errlen, "invalid -e qualifier '%s'", name);
}

int qualify_apply(const char *expr, struct qualify_sets *sets, char *err, size_t errlen)
{
	const char *eq = strchr(expr, '=');
	char name[32];

	if (!eq)
		return apply_trace(sets, expr, err, errlen);
	if ((size_t)(eq - expr) >= sizeof(name))
		return qualify_fail(err, errlen, "invalid -e qualifier '%.*s'", 32, expr);
	memcpy(name, expr, (size_t)(eq - expr));
	name[eq - expr] = '\0';
	return qualify_named(name, eq + 1, sets, err, errlen);
}

void qualify_defaults(struct qualify_sets *s)
{
	memset(s, 0, sizeof(*s));
	memset(s->syscalls, 0xff, sizeof(s->syscalls));
	memset(s->abbrev, 0xff, sizeof(s->abbrev));
	memset(s->verbose, 0xff, sizeof(s->verbose));
	s->status = STATUS_ALL;
	s->signals = ~0ull;
}

void qualify_free(struct qualify_sets *s)
{
	while (s->pokes) {
		struct inject_pokes *next = s->pokes->next;

		free(s->pokes);
		s->pokes = next;
	}
	for (unsigned nr = 0; nr < SCT_NR_MAX; nr++)
		s->inject[nr].pokes = NULL;
}
