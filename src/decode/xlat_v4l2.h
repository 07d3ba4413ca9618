/* SPDX-License-Identifier: MIT */
/* The constant tables of the V4L2 ioctl decoder (xlat_v4l2.c). */
#ifndef SCT_DECODE_XLAT_V4L2_H
#define SCT_DECODE_XLAT_V4L2_H

#include "flags.h"

extern const struct flag_table v4l2_cap_names, v4l2_buf_type_names, v4l2_fmt_flag_names,
	v4l2_field_names, v4l2_colorspace_names, v4l2_vbi_flag_names, v4l2_sliced_flag_names,
	v4l2_memory_names, v4l2_buf_flag_names, v4l2_buf_ts_type_names, v4l2_buf_ts_src_names,
	v4l2_streaming_cap_names, v4l2_capture_mode_names, v4l2_input_type_names,
	v4l2_ctrl_class_names, v4l2_ctrl_query_flag_names, v4l2_tuner_type_names,
	v4l2_tuner_cap_names, v4l2_tuner_sub_names, v4l2_tuner_mode_names, v4l2_ctrl_type_names,
	v4l2_ctrl_flag_names, v4l2_framesize_type_names, v4l2_frameinterval_type_names,
	v4l2_sdr_fmt_names, v4l2_meta_fmt_names, v4l2_pix_fmt_names, v4l2_cid_names;

#endif
