// SPDX-License-Identifier: MIT
// btrfs ioctls (type 0x94) with every ioctl's result injected, so that the kernel's answers (" => ...") print: subvolume arguments (v2 with a qgroup_inherit pointed to), defrag ranges, tree search keys and results, inode paths and logical inodes (the containers pointed to), space and device info, features, flags, u64 arguments, dedupe ranges, labels, device replace.
// TRACE: -e trace=ioctl,exit_group -e inject=ioctl:retval=0
// START: first
#include <linux/btrfs.h>
#include <linux/btrfs_tree.h>
#include <linux/fs.h>
#include <stdint.h>
#include <sys/mman.h>

#include "e2e.h"

#define OK "0 (INJECTED)"

static void subvolumes(void)
{
	struct btrfs_ioctl_vol_args *va = calloc(1, sizeof(*va));
	struct btrfs_ioctl_vol_args_v2 *v2 = calloc(1, sizeof(*v2));
	struct btrfs_qgroup_inherit *qi = calloc(1, sizeof(*qi) + 2 * 8);
	uint64_t *u = calloc(1, 8);

	va->fd = 3;
	strcpy(va->name, "snap");
	SC(SYS_ioctl, -1, BTRFS_IOC_SNAP_CREATE, va);
	line(OK, "ioctl(-1, BTRFS_IOC_SNAP_CREATE, {fd=3, name=\"snap\"})");
	qi->flags = BTRFS_QGROUP_INHERIT_SET_LIMITS;
	qi->num_qgroups = 2;
	qi->lim.flags = BTRFS_QGROUP_LIMIT_MAX_RFER;
	qi->lim.max_rfer = 1 << 20;
	qi->qgroups[0] = 257;
	qi->qgroups[1] = 258;
	v2->fd = 4;
	v2->transid = 77;
	v2->flags = BTRFS_SUBVOL_RDONLY | BTRFS_SUBVOL_QGROUP_INHERIT;
	v2->size = sizeof(*qi) + 16;
	v2->qgroup_inherit = qi;
	strcpy(v2->name, "sub");
	SC(SYS_ioctl, -1, BTRFS_IOC_SUBVOL_CREATE_V2, v2);
	line(OK, "ioctl(-1, BTRFS_IOC_SUBVOL_CREATE_V2, {fd=4, flags=BTRFS_SUBVOL_RDONLY|"
		 "BTRFS_SUBVOL_QGROUP_INHERIT, size=88, qgroup_inherit={flags="
		 "BTRFS_QGROUP_INHERIT_SET_LIMITS, num_qgroups=2, num_ref_copies=0, "
		 "num_excl_copies=0, lim={flags=BTRFS_QGROUP_LIMIT_MAX_RFER, max_rfer=1048576, "
		 "max_excl=0, rsv_rfer=0, rsv_excl=0}, ...}, name=\"sub\"} => {transid=77})");
	*u = BTRFS_SUBVOL_RDONLY;
	SC(SYS_ioctl, -1, BTRFS_IOC_SUBVOL_GETFLAGS, u);
	line(OK, "ioctl(-1, BTRFS_IOC_SUBVOL_GETFLAGS, BTRFS_SUBVOL_RDONLY)");
	*u = 12345;
	SC(SYS_ioctl, -1, BTRFS_IOC_WAIT_SYNC, u);
	line(OK, "ioctl(-1, BTRFS_IOC_WAIT_SYNC, [12345])");
	SC(SYS_ioctl, -1, BTRFS_IOC_BALANCE_CTL, (unsigned long)BTRFS_BALANCE_CTL_PAUSE);
	line(OK, "ioctl(-1, BTRFS_IOC_BALANCE_CTL, BTRFS_BALANCE_CTL_PAUSE)");
	SC(SYS_ioctl, -1, BTRFS_IOC_SYNC, 0UL);
	line(OK, "ioctl(-1, BTRFS_IOC_SYNC)");
}

static void searches(void)
{
	struct btrfs_ioctl_search_args *sa = calloc(1, sizeof(*sa));
	struct btrfs_ioctl_defrag_range_args *dr = calloc(1, sizeof(*dr));
	struct btrfs_ioctl_ino_path_args *ip = calloc(1, sizeof(*ip));
	struct btrfs_ioctl_logical_ino_args *li = calloc(1, sizeof(*li));
	struct btrfs_data_container *dc = calloc(1, 64);

	sa->key.tree_id = BTRFS_FS_TREE_OBJECTID;
	sa->key.min_objectid = BTRFS_FIRST_FREE_OBJECTID;
	sa->key.max_objectid = BTRFS_LAST_FREE_OBJECTID;
	sa->key.max_offset = UINT64_MAX;
	sa->key.max_transid = 100;
	sa->key.min_type = BTRFS_INODE_ITEM_KEY;
	sa->key.max_type = BTRFS_INODE_ITEM_KEY;
	sa->key.nr_items = 4;
	SC(SYS_ioctl, -1, BTRFS_IOC_TREE_SEARCH, sa);
	line(OK, "ioctl(-1, BTRFS_IOC_TREE_SEARCH, {key={tree_id=BTRFS_FS_TREE_OBJECTID, min_offset=0, "
		 "max_offset=UINT64_MAX, min_transid=0, max_transid=100, "
		 "min_type=BTRFS_INODE_ITEM_KEY, max_type=BTRFS_INODE_ITEM_KEY, nr_items=4}} => "
		 "{key={nr_items=4}, ...})");
	dr->len = UINT64_MAX;
	dr->flags = BTRFS_DEFRAG_RANGE_COMPRESS;
	dr->compress_type = 3;
	SC(SYS_ioctl, -1, BTRFS_IOC_DEFRAG_RANGE, dr);
	line(OK, "ioctl(-1, BTRFS_IOC_DEFRAG_RANGE, {start=0, len=UINT64_MAX, "
		 "flags=BTRFS_DEFRAG_RANGE_COMPRESS, extent_thresh=0, compress_type=BTRFS_COMPRESS_ZSTD})");
	dc->bytes_left = 5;
	dc->elem_cnt = 1;
	ip->inum = 256;
	ip->size = 64;
	ip->fspath = (uintptr_t)dc;
	SC(SYS_ioctl, -1, BTRFS_IOC_INO_PATHS, ip);
	line(OK, "ioctl(-1, BTRFS_IOC_INO_PATHS, {inum=256, size=64, fspath=%p} => {fspath="
		 "{bytes_left=5, bytes_missing=0, elem_cnt=1, elem_missed=0, ...}})", (void *)dc);
	li->logical = 4096;
	li->size = 64;
	li->flags = BTRFS_LOGICAL_INO_ARGS_IGNORE_OFFSET;
	li->inodes = (uintptr_t)dc;
	SC(SYS_ioctl, -1, BTRFS_IOC_LOGICAL_INO, li);
	line(OK, "ioctl(-1, BTRFS_IOC_LOGICAL_INO, {logical=4096, size=64, "
		 "flags=BTRFS_LOGICAL_INO_ARGS_IGNORE_OFFSET, inodes=%p} => {inodes={bytes_left=5, "
		 "bytes_missing=0, elem_cnt=1, elem_missed=0, ...}})", (void *)dc);
}

static void devices(void)
{
	struct btrfs_ioctl_space_args *sp = calloc(1, sizeof(*sp) + 2 * sizeof(sp->spaces[0]));
	struct btrfs_ioctl_dev_info_args *di = calloc(1, sizeof(*di));
	struct btrfs_ioctl_feature_flags *ff = calloc(2, sizeof(*ff));
	struct btrfs_ioctl_dev_replace_args *dr = calloc(1, sizeof(*dr));
	char *label = calloc(1, FSLABEL_MAX);

	sp->space_slots = 2;
	sp->total_spaces = 2;
	SC(SYS_ioctl, -1, BTRFS_IOC_SPACE_INFO, sp);
	line(OK, "ioctl(-1, BTRFS_IOC_SPACE_INFO, {space_slots=2} => {total_spaces=2, ...})");
	di->devid = 1;
	di->bytes_used = 10;
	di->total_bytes = 20;
	strcpy((char *)di->path, "/dev/vdb");
	SC(SYS_ioctl, -1, BTRFS_IOC_DEV_INFO, di);
	line(OK, "ioctl(-1, BTRFS_IOC_DEV_INFO, {devid=makedev(0, 0x1)} => {bytes_used=10, "
		 "total_bytes=20, path=\"/dev/vdb\"})");
	ff->incompat_flags = BTRFS_FEATURE_INCOMPAT_NO_HOLES;
	SC(SYS_ioctl, -1, BTRFS_IOC_GET_FEATURES, ff);
	line(OK, "ioctl(-1, BTRFS_IOC_GET_FEATURES, {compat_flags=0, compat_ro_flags=0, "
		 "incompat_flags=BTRFS_FEATURE_INCOMPAT_NO_HOLES})");
	ff[1].compat_ro_flags = BTRFS_FEATURE_COMPAT_RO_FREE_SPACE_TREE;
	SC(SYS_ioctl, -1, BTRFS_IOC_SET_FEATURES, ff);
	line(OK, "ioctl(-1, BTRFS_IOC_SET_FEATURES, [{compat_flags=0, compat_ro_flags=0, "
		 "incompat_flags=BTRFS_FEATURE_INCOMPAT_NO_HOLES}, {compat_flags=0, "
		 "compat_ro_flags=BTRFS_FEATURE_COMPAT_RO_FREE_SPACE_TREE, incompat_flags=0}])");
	dr->cmd = BTRFS_IOCTL_DEV_REPLACE_CMD_START;
	dr->start.srcdevid = 2;
	strcpy((char *)dr->start.srcdev_name, "/dev/vdb");
	strcpy((char *)dr->start.tgtdev_name, "/dev/vdc");
	SC(SYS_ioctl, -1, BTRFS_IOC_DEV_REPLACE, dr);
	line(OK, "ioctl(-1, BTRFS_IOC_DEV_REPLACE, {cmd=BTRFS_IOCTL_DEV_REPLACE_CMD_START, "
		 "start={srcdevid=makedev(0, 0x2), cont_reading_from_srcdev_mode="
		 "BTRFS_IOCTL_DEV_REPLACE_CONT_READING_FROM_SRCDEV_MODE_ALWAYS, srcdev_name="
		 "\"/dev/vdb\", tgtdev_name=\"/dev/vdc\"}} => "
		 "{result=BTRFS_IOCTL_DEV_REPLACE_RESULT_NO_ERROR})");
	strcpy(label, "data");
	SC(SYS_ioctl, -1, FS_IOC_SETFSLABEL, label);
	line(OK, "ioctl(-1, FS_IOC_SETFSLABEL, \"data\")");
}

int main(void)
{
	subvolumes();
	searches();
	devices();
	e2e_exit(0);
}
