/* SPDX-License-Identifier: MIT */
/* The constant table of fsconfig (fsconfig.c): its commands. */
#ifndef SCT_DECODE_XLAT_FSCONFIG_H
#define SCT_DECODE_XLAT_FSCONFIG_H

#include "flags.h"

extern const struct flag_table fsconfig_cmd_names;

#endif
