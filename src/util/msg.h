/* SPDX-License-Identifier: MIT */
/*
 * sctrace's messages on stderr: "sctrace: ..." lines, the name as it was
 * invoked (argv[0]: "/usr/bin/sctrace: ..." when run by its path, as strace). Errors always print,
 * info lines unless -q, debug lines only with -v.
 */
#ifndef SCT_UTIL_MSG_H
#define SCT_UTIL_MSG_H

enum msg_level { MSG_ERROR, MSG_WARN, MSG_INFO, MSG_DEBUG };

void msg_set_level(enum msg_level max);
void msg_print(enum msg_level level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#define msg_error(...) msg_print(MSG_ERROR, __VA_ARGS__)
#define msg_warn(...) msg_print(MSG_WARN, __VA_ARGS__)
#define msg_info(...) msg_print(MSG_INFO, __VA_ARGS__)
#define msg_debug(...) msg_print(MSG_DEBUG, __VA_ARGS__)

#endif
