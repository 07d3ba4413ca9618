/* SPDX-License-Identifier: MIT */
/* The constant tables of the block, SCSI generic, TEE and UBI ioctl decoders (xlat_devices.c). */
#ifndef SCT_DECODE_XLAT_DEVICES_H
#define SCT_DECODE_XLAT_DEVICES_H

#include "flags.h"

extern const struct flag_table blkpg_op_names;

#endif
