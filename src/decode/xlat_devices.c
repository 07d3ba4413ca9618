// SPDX-License-Identifier: MIT
/*
 * Constant tables of the block, SCSI generic, TEE and UBI ioctl decoders
 * (ioctl_block.c, ioctl_sg.c, ioctl_tee.c, ioctl_ubi.c): values from the
 * kernel's uapi headers, flag entries in strace 6.1's print order. Checked
 * by tests/unit/test_xlat_values.c.
 */
#include "xlat_devices.h"
#include "xlat_table.h"

#include <linux/blkpg.h>

TABLE(blkpg_op_names, "BLKPG_???", NULL, X(BLKPG_ADD_PARTITION), X(BLKPG_DEL_PARTITION),
      X(BLKPG_RESIZE_PARTITION));
