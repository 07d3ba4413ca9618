// SPDX-License-Identifier: MIT
/*
 * Constant tables of the ioctl decoders (see xlat_ioctl.h), as flags.c's:
 * values from the kernel's uapi headers, entries in strace 6.1's print order.
 * Checked against the headers by tests/unit/test_xlat_values.c.
 */
#include "xlat_ioctl.h"
#include "xlat_table.h"

#include <linux/fiemap.h>
#include <linux/fs.h>

TABLE(fiemap_flag_names, "FIEMAP_FLAG_???", NULL,
      X(FIEMAP_FLAG_SYNC), X(FIEMAP_FLAG_XATTR), X(FIEMAP_FLAG_CACHE));
TABLE(fiemap_extent_flag_names, "FIEMAP_EXTENT_???", NULL,
      X(FIEMAP_EXTENT_LAST), X(FIEMAP_EXTENT_UNKNOWN), X(FIEMAP_EXTENT_DELALLOC),
      X(FIEMAP_EXTENT_ENCODED), X(FIEMAP_EXTENT_DATA_ENCRYPTED), X(FIEMAP_EXTENT_NOT_ALIGNED),
      X(FIEMAP_EXTENT_DATA_INLINE), X(FIEMAP_EXTENT_DATA_TAIL), X(FIEMAP_EXTENT_UNWRITTEN),
      X(FIEMAP_EXTENT_MERGED), X(FIEMAP_EXTENT_SHARED));
TABLE(fs_xflag_names, "FS_XFLAG_???", NULL,
      X(FS_XFLAG_REALTIME), X(FS_XFLAG_PREALLOC), X(FS_XFLAG_IMMUTABLE), X(FS_XFLAG_APPEND),
      X(FS_XFLAG_SYNC), X(FS_XFLAG_NOATIME), X(FS_XFLAG_NODUMP), X(FS_XFLAG_RTINHERIT),
      X(FS_XFLAG_PROJINHERIT), X(FS_XFLAG_NOSYMLINKS), X(FS_XFLAG_EXTSIZE),
      X(FS_XFLAG_EXTSZINHERIT), X(FS_XFLAG_NODEFRAG), X(FS_XFLAG_FILESTREAM), X(FS_XFLAG_DAX),
      X(FS_XFLAG_COWEXTSIZE), X(FS_XFLAG_HASATTR));
