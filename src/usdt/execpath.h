/* SPDX-License-Identifier: MIT */
/*
 * The program a thread is about to run: the file its pending execve or
 * execveat names (its arguments, and /proc/TID/mem, while a seccomp
 * listener holds the call), as a path sctrace can open (through
 * /proc/TID/root, /proc/TID/cwd or /proc/TID/fd/N), and the interpreter of
 * a "#!" script.
 */
#ifndef SCT_USDT_EXECPATH_H
#define SCT_USDT_EXECPATH_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* The file tid's pending execve/execveat (nr, args) runs, in out; 0 or -errno. */
int usdt_exec_path(pid_t tid, long nr, const uint64_t *args, char *out, size_t len);
/* The interpreter of the script at path (its "#!" line, as tid sees it), in out; 0 or -errno. */
int usdt_script_interpreter(pid_t tid, const char *path, char *out, size_t len);

#endif
