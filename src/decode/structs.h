/* SPDX-License-Identifier: MIT */
/* Sizes of the structures the decoders read: what the capture plan asks the kernel side for. */
#ifndef SCT_DECODE_STRUCTS_H
#define SCT_DECODE_STRUCTS_H

#define SCT_STAT_SIZE 144
#define SCT_STATX_SIZE 256
#define SCT_STATFS_SIZE 120

#define SCT_RLIMIT_SIZE 16

/* Fixed-size captures of the structure decoders (at most SCT_MEM_CAP_MAX). */
#define SCT_SOCKADDR_CAP 128 /* sizeof(struct sockaddr_storage) */
#define SCT_SOCKOPT_CAP 256 /* a socket option's value (struct group_req is 136 bytes) */
#define SCT_POLLFD_CAP 256 /* 32 struct pollfd */
#define SCT_EPOLL_EVENTS_CAP 252 /* 21 struct epoll_event (12 bytes, packed) */
#define SCT_UTSNAME_CAP 390 /* struct utsname whole: -v prints every field */
#define SCT_TERMIOS_SIZE 36 /* struct termios as the kernel's TCGETS writes it */
/* ioctl's third argument when its request has no size: read up to this, not past its page */
#define SCT_IOCTL_ARG_CAP 320 /* struct loop_config, the largest of them decoded */
/*
 * Extensible structures (open_how, clone_args) are read as far as the size
 * argument says, up to this: the known fields and the start of any bytes the
 * caller added, which strace prints when they are not all zero.
 */
#define SCT_EXT_STRUCT_CAP 256
/* Arrays (SCT_CAP_ARRAY_*): 64 longs, more than strace prints with its default -s 32 */
#define SCT_ARRAY_CAP 512

#endif
