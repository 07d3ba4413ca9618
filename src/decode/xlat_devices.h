/* SPDX-License-Identifier: MIT */
/* The constant tables of the block, SCSI generic, TEE and UBI ioctl decoders (xlat_devices.c). */
#ifndef SCT_DECODE_XLAT_DEVICES_H
#define SCT_DECODE_XLAT_DEVICES_H

#include "flags.h"

extern const struct flag_table blkpg_op_names;
extern const struct flag_table tee_gen_cap_names, tee_impl_id_names, tee_optee_cap_names,
	tee_login_names, tee_param_attr_names, tee_shm_flag_names, tee_origin_names;
extern const struct flag_table sg_dxfer_names, sg_flag_names, sg_info_names, bsg_protocol_names,
	bsg_subprotocol_names, bsg_flag_names;
extern const struct flag_table ubi_volume_type_names, ubi_volume_flag_names, ubi_volume_prop_names,
	ubi_data_type_names;

#endif
