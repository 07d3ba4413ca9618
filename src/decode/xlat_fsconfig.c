// SPDX-License-Identifier: MIT
/*
 * fsconfig's commands (see xlat_fsconfig.h), values from the kernel's uapi
 * header; checked against it by tests/unit/test_xlat_values.c.
 */
#include "xlat_fsconfig.h"
#include "xlat_table.h"

#include <linux/mount.h>

TABLE(fsconfig_cmd_names, "FSCONFIG_???", NULL,
      X(FSCONFIG_SET_FLAG), X(FSCONFIG_SET_STRING), X(FSCONFIG_SET_BINARY), X(FSCONFIG_SET_PATH),
      X(FSCONFIG_SET_PATH_EMPTY), X(FSCONFIG_SET_FD), X(FSCONFIG_CMD_CREATE),
      X(FSCONFIG_CMD_RECONFIGURE));
