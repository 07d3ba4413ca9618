/* SPDX-License-Identifier: MIT */
/* Formatters of structures the kernel writes (structs.c). */
#ifndef SCT_DECODE_STRUCTS_H
#define SCT_DECODE_STRUCTS_H

#include <stdbool.h>

#include "../shared/record.h"
#include "../util/strbuf.h"

#define SCT_STAT_SIZE 144

#define SCT_RLIMIT_SIZE 16

/* Fixed-size captures of the structure decoders (at most SCT_MEM_CAP_MAX). */
#define SCT_SOCKADDR_CAP 128 /* sizeof(struct sockaddr_storage) */
#define SCT_POLLFD_CAP 256 /* 32 struct pollfd */
#define SCT_EPOLL_EVENTS_CAP 252 /* 21 struct epoll_event (12 bytes, packed) */
#define SCT_UTSNAME_CAP 390 /* struct utsname whole: -v prints every field */
#define SCT_TERMIOS_SIZE 36 /* struct termios as the kernel's TCGETS writes it */
#define SCT_IOCTL_ARG_CAP SCT_TERMIOS_SIZE /* ioctl's third argument: its largest decoded structure */
/*
 * Extensible structures (open_how, clone_args) are read as far as the size
 * argument says, up to this: the known fields and the start of any bytes the
 * caller added, which strace prints when they are not all zero.
 */
#define SCT_EXT_STRUCT_CAP 256

/* {st_mode=..., st_size=..., ...}; false (nothing printed) if the blob is short. xlat: -X. */
bool print_struct_stat(struct strbuf *out, const struct sct_blob *b, int xlat);
/* {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}; xlat: -X. */
bool print_struct_rlimit(struct strbuf *out, const struct sct_blob *b, int xlat);

#endif
