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

#include <linux/tee.h>

TABLE(tee_gen_cap_names, "TEE_GEN_CAP_???", NULL, X(TEE_GEN_CAP_GP), X(TEE_GEN_CAP_PRIVILEGED),
      X(TEE_GEN_CAP_REG_MEM), X(TEE_GEN_CAP_MEMREF_NULL));
TABLE(tee_impl_id_names, "TEE_IMPL_ID_???", NULL, X(TEE_IMPL_ID_OPTEE), X(TEE_IMPL_ID_AMDTEE));
TABLE(tee_optee_cap_names, "TEE_OPTEE_CAP_???", NULL, X(TEE_OPTEE_CAP_TZ));
TABLE(tee_login_names, "TEE_IOCTL_LOGIN_???", NULL, X(TEE_IOCTL_LOGIN_PUBLIC),
      X(TEE_IOCTL_LOGIN_USER), X(TEE_IOCTL_LOGIN_GROUP), X(TEE_IOCTL_LOGIN_APPLICATION),
      X(TEE_IOCTL_LOGIN_USER_APPLICATION), X(TEE_IOCTL_LOGIN_GROUP_APPLICATION));
/* strace's comment for an unknown type is the prefix alone */
TABLE(tee_param_attr_names, "TEE_IOCTL_PARAM_ATTR_", NULL, X(TEE_IOCTL_PARAM_ATTR_TYPE_NONE),
      X(TEE_IOCTL_PARAM_ATTR_TYPE_VALUE_INPUT), X(TEE_IOCTL_PARAM_ATTR_TYPE_VALUE_OUTPUT),
      X(TEE_IOCTL_PARAM_ATTR_TYPE_VALUE_INOUT), X(TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_INPUT),
      X(TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_OUTPUT), X(TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_INOUT));
/* the kernel's drivers/tee/tee_private.h and OP-TEE's tee_client_api.h: no uapi header has them */
TABLE(tee_shm_flag_names, "TEE_IOCTL_SHM_???", NULL, N(0x1, "TEE_IOCTL_SHM_MAPPED"),
      N(0x2, "TEE_IOCTL_SHM_DMA_BUF"), N(0x4, "TEE_IOCTL_SHM_EXT_DMA_BUF"),
      N(0x8, "TEE_IOCTL_SHM_REGISTER"), N(0x10, "TEE_IOCTL_SHM_USER_MAPPED"),
      N(0x20, "TEE_IOCTL_SHM_POOL"), N(0x40, "TEE_IOCTL_SHM_KERNEL_MAPPED"));
TABLE(tee_origin_names, "TEEC_ORIGIN_???", NULL, N(1, "TEEC_ORIGIN_API"), N(2, "TEEC_ORIGIN_COMMS"),
      N(3, "TEEC_ORIGIN_TEE"), N(4, "TEEC_ORIGIN_TRUSTED_APP"));

#include <scsi/sg.h>
#include <linux/bsg.h>

TABLE(sg_dxfer_names, "SG_DXFER_???", NULL, U32(SG_DXFER_NONE), U32(SG_DXFER_TO_DEV),
      U32(SG_DXFER_FROM_DEV), U32(SG_DXFER_TO_FROM_DEV));
/* the kernel's scsi/sg.h (not uapi; glibc's copy is older): its names for 2, 4, 0x10, 0x20 */
TABLE(sg_flag_names, "SG_FLAG_???", NULL, X(SG_FLAG_DIRECT_IO), N(0x2, "SG_FLAG_UNUSED_LUN_INHIBIT"),
      N(0x4, "SG_FLAG_MMAP_IO"), X(SG_FLAG_NO_DXFER), N(0x10, "SG_FLAG_Q_AT_TAIL"),
      N(0x20, "SG_FLAG_Q_AT_HEAD"));
TABLE(sg_info_names, "SG_INFO_???", NULL, X(SG_INFO_CHECK), X(SG_INFO_DIRECT_IO), X(SG_INFO_MIXED_IO));
TABLE(bsg_protocol_names, "BSG_PROTOCOL_???", NULL, X(BSG_PROTOCOL_SCSI));
TABLE(bsg_subprotocol_names, "BSG_SUB_PROTOCOL_???", NULL, X(BSG_SUB_PROTOCOL_SCSI_CMD),
      X(BSG_SUB_PROTOCOL_SCSI_TMF), X(BSG_SUB_PROTOCOL_SCSI_TRANSPORT));
TABLE(bsg_flag_names, "BSG_FLAG_???", NULL, X(BSG_FLAG_Q_AT_TAIL), X(BSG_FLAG_Q_AT_HEAD));

#include <linux/ioctl.h>
#include <mtd/ubi-user.h>

TABLE(ubi_volume_type_names, "UBI_???_VOLUME", NULL, X(UBI_DYNAMIC_VOLUME), X(UBI_STATIC_VOLUME));
TABLE(ubi_volume_flag_names, "UBI_VOL_???", NULL, X(UBI_VOL_SKIP_CRC_CHECK_FLG));
TABLE(ubi_volume_prop_names, "UBI_VOL_PROP_???", NULL, X(UBI_VOL_PROP_DIRECT_WRITE));
/* the data types of older headers (gone from the kernel's, still in strace's table) */
TABLE(ubi_data_type_names, "UBI_???", NULL, N(1, "UBI_LONGTERM"), N(2, "UBI_SHORTTERM"),
      N(3, "UBI_UNKNOWN"));
