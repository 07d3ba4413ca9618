/* SPDX-License-Identifier: MIT */
/*
 * The constant tables of io_uring_register's arguments (uring_register.c):
 * its opcodes, the submission opcodes and flags a probe or a restriction
 * names, the resource flags and io-wq's worker kinds.
 */
#ifndef SCT_DECODE_XLAT_URING_H
#define SCT_DECODE_XLAT_URING_H

#include "flags.h"

extern const struct flag_table uring_register_op_names, uring_op_names, uring_op_flag_names,
	uring_sqe_flag_names, uring_restriction_names, uring_rsrc_flag_names,
	uring_files_update_fd_names, uring_iowq_acct_names, aio_cmd_names, aio_iocb_flag_names;

#endif
