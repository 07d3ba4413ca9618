// SPDX-License-Identifier: MIT
/*
 * ioctl requests of loop devices (type 'L', <linux/loop.h>) as strace 6.1
 * prints them: struct loop_info and loop_info64 (without -v the main
 * fields, the encryption ones only when encryption is set), loop_config,
 * descriptors, numbers and the loop-control requests.
 */
#include <stddef.h>
#include <sys/sysmacros.h>
#include <linux/loop.h>

#include "ioctl.h"
#include "xlat_ioctl.h"

#define OFF(type, field) offsetof(struct type, field)

/* "name=makedev(0x1, 0x2)" of a 64-bit device number, after sep */
static void print_dev(const struct ioctl_call *c, const char *sep, const char *name,
		      uint64_t dev)
{
	strbuf_addf(c->out, "%s%s=makedev(%#x, %#x)", sep, name, major(dev), minor(dev));
}

/* ", lo_encrypt_key=\"...\"": as many bytes as the key size says, at most LO_KEY_SIZE */
static void print_key(const struct ioctl_call *c, const char *key, uint32_t size)
{
	strbuf_adds(c->out, ", lo_encrypt_key=");
	format_quoted(c->out, key, size < LO_KEY_SIZE ? size : LO_KEY_SIZE, false, c->o);
}

static void print_info(const struct ioctl_call *c, const char *p)
{
	bool v = c->o->verbose;
	uint32_t type = load_u32(p, OFF(loop_info, lo_encrypt_type)),
		 keysize = load_u32(p, OFF(loop_info, lo_encrypt_key_size));

	strbuf_addf(c->out, "{lo_number=%d", (int32_t)load_u32(p, OFF(loop_info, lo_number)));
	if (v) {
		print_dev(c, ", ", "lo_device", load_u64(p, OFF(loop_info, lo_device)));
		strbuf_addf(c->out, ", lo_inode=%llu",
			    (unsigned long long)load_u64(p, OFF(loop_info, lo_inode)));
		print_dev(c, ", ", "lo_rdevice", load_u64(p, OFF(loop_info, lo_rdevice)));
	}
	strbuf_addf(c->out, ", lo_offset=%#x", load_u32(p, OFF(loop_info, lo_offset)));
	if (v || type != LO_CRYPT_NONE) {
		strbuf_adds(c->out, ", lo_encrypt_type=");
		ioctl_enum(c, &loop_crypt_names, type);
		strbuf_addf(c->out, ", lo_encrypt_key_size=%u", keysize);
	}
	strbuf_adds(c->out, ", lo_flags=");
	ioctl_flags(c, &loop_flag_names, load_u32(p, OFF(loop_info, lo_flags)));
	strbuf_adds(c->out, ", lo_name=");
	ioctl_cstring(c, p + OFF(loop_info, lo_name), LO_NAME_SIZE);
	if (v || type != LO_CRYPT_NONE)
		print_key(c, p + OFF(loop_info, lo_encrypt_key), keysize);
	if (!v) {
		strbuf_adds(c->out, ", ...}");
		return;
	}
	strbuf_adds(c->out, ", lo_init=");
	ioctl_uarray(c, p + OFF(loop_info, lo_init), 2, 8, true);
	strbuf_adds(c->out, ", reserved=");
	ioctl_uarray(c, p + OFF(loop_info, reserved), 4, 1, true);
	strbuf_addc(c->out, '}');
}

static void print_info64(const struct ioctl_call *c, const char *p)
{
	bool v = c->o->verbose;
	uint32_t type = load_u32(p, OFF(loop_info64, lo_encrypt_type)),
		 keysize = load_u32(p, OFF(loop_info64, lo_encrypt_key_size));

	if (v) {
		print_dev(c, "{", "lo_device", load_u64(p, OFF(loop_info64, lo_device)));
		strbuf_addf(c->out, ", lo_inode=%llu",
			    (unsigned long long)load_u64(p, OFF(loop_info64, lo_inode)));
		print_dev(c, ", ", "lo_rdevice", load_u64(p, OFF(loop_info64, lo_rdevice)));
		strbuf_addf(c->out, ", lo_offset=%#llx, lo_sizelimit=%llu",
			    (unsigned long long)load_u64(p, OFF(loop_info64, lo_offset)),
			    (unsigned long long)load_u64(p, OFF(loop_info64, lo_sizelimit)));
	} else {
		strbuf_addf(c->out, "{lo_offset=%#llx",
			    (unsigned long long)load_u64(p, OFF(loop_info64, lo_offset)));
	}
	strbuf_addf(c->out, ", lo_number=%u", load_u32(p, OFF(loop_info64, lo_number)));
	if (v || type != LO_CRYPT_NONE) {
		strbuf_adds(c->out, ", lo_encrypt_type=");
		ioctl_enum(c, &loop_crypt_names, type);
		strbuf_addf(c->out, ", lo_encrypt_key_size=%u", keysize);
	}
	strbuf_adds(c->out, ", lo_flags=");
	ioctl_flags(c, &loop_flag_names, load_u32(p, OFF(loop_info64, lo_flags)));
	strbuf_adds(c->out, ", lo_file_name=");
	ioctl_cstring(c, p + OFF(loop_info64, lo_file_name), LO_NAME_SIZE);
	if (v || type != LO_CRYPT_NONE) {
		strbuf_adds(c->out, ", lo_crypt_name=");
		ioctl_cstring(c, p + OFF(loop_info64, lo_crypt_name), LO_NAME_SIZE);
		print_key(c, p + OFF(loop_info64, lo_encrypt_key), keysize);
	}
	if (!v) {
		strbuf_adds(c->out, ", ...}");
		return;
	}
	strbuf_adds(c->out, ", lo_init=");
	ioctl_uarray(c, p + OFF(loop_info64, lo_init), 2, 8, true);
	strbuf_addc(c->out, '}');
}

static void print_config(const struct ioctl_call *c, const char *p)
{
	const char *rsv = p + OFF(loop_config, __reserved);
	int fd = (int32_t)load_u32(p, OFF(loop_config, fd));

	strbuf_addf(c->out, "{fd=%d", fd);
	decode_fd_suffix(c->out, fd, c->o);
	strbuf_addf(c->out, ", block_size=%u, info=", load_u32(p, OFF(loop_config, block_size)));
	print_info64(c, p + OFF(loop_config, info));
	for (unsigned k = 0; k < 8; k++)
		if (load_u64(rsv, 8 * k)) {
			strbuf_adds(c->out, ", __reserved=");
			ioctl_uarray(c, rsv, 8, 8, true);
			break;
		}
	strbuf_addc(c->out, '}');
}

enum ioctl_res ioctl_loop_decode(const struct ioctl_call *c)
{
	const char *p;

	switch (c->code) {
	case LOOP_GET_STATUS:
	case LOOP_SET_STATUS:
		p = c->code == LOOP_GET_STATUS ? ioctl_out(c, sizeof(struct loop_info)) :
						 ioctl_in(c, sizeof(struct loop_info));
		if (p)
			print_info(c, p);
		break;
	case LOOP_GET_STATUS64:
	case LOOP_SET_STATUS64:
		p = c->code == LOOP_GET_STATUS64 ? ioctl_out(c, sizeof(struct loop_info64)) :
						   ioctl_in(c, sizeof(struct loop_info64));
		if (p)
			print_info64(c, p);
		break;
	case LOOP_CONFIGURE:
		if ((p = ioctl_in(c, sizeof(struct loop_config))))
			print_config(c, p);
		break;
	case LOOP_CLR_FD:
	case LOOP_SET_CAPACITY:
	case LOOP_CTL_GET_FREE:
		return IOCTL_NO_ARG;
	case LOOP_SET_FD:
	case LOOP_CHANGE_FD:
		strbuf_addf(c->out, "%d", (int)c->arg);
		decode_fd_suffix(c->out, (int)c->arg, c->o);
		break;
	case LOOP_CTL_ADD:
	case LOOP_CTL_REMOVE:
		strbuf_addf(c->out, "%d", (int)c->arg);
		break;
	case LOOP_SET_DIRECT_IO:
	case LOOP_SET_BLOCK_SIZE:
		strbuf_addf(c->out, "%llu", (unsigned long long)c->arg);
		break;
	default:
		return IOCTL_UNKNOWN;
	}
	return IOCTL_ARG;
}
