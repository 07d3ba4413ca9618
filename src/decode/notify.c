// SPDX-License-Identifier: MIT
/*
 * inotify and fanotify: inotify_init1's flags, inotify_add_watch's mask,
 * fanotify_init's class and flags, fanotify_mark's flags, event mask and
 * directory descriptor (FAN_NOFD or a dirfd).
 */
#include <fcntl.h>
#include <linux/fanotify.h>

#include "fmt.h"
#include "xlat_newsys.h"

#define FAN_CLASS_BITS (FAN_CLASS_NOTIF | FAN_CLASS_CONTENT | FAN_CLASS_PRE_CONTENT)

FLAGS_FMT(fmt_inotify_init_flags, inotify_init_flag_names, uint32_t)
FLAGS_FMT(fmt_inotify_mask, inotify_flag_names, uint32_t)
FLAGS_FMT(fmt_fan_mark_flags, fan_mark_flag_names, uint32_t)
/* the mask is 64 bits in the call, whatever the kernel uses of it */
FLAGS_FMT(fmt_fan_event_mask, fan_event_flag_names, uint64_t)

/* FAN_CLASS_CONTENT|FAN_NONBLOCK: the class as a value, then the other bits. */
bool fmt_fan_init_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
			const struct decode_opts *o)
{
	uint32_t flags = (uint32_t)ev->args[i];

	(void)o;
	print_enum(out, &fan_class_names, flags & FAN_CLASS_BITS);
	flags &= ~(uint32_t)FAN_CLASS_BITS;
	if (!flags)
		return true;
	strbuf_addc(out, '|');
	print_flags(out, &fan_init_flag_names, flags);
	return true;
}

/* fanotify_mark's dirfd: FAN_NOFD (-1), AT_FDCWD or a descriptor; -X applies to the names. */
bool fmt_fan_dirfd(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	int fd = (int)ev->args[i];

	if (fd == FAN_NOFD) {
		print_xlat_text(out, o->xlat, "-1", "FAN_NOFD");
		return true;
	}
	if (fd == AT_FDCWD)
		print_xlat_text(out, o->xlat, "-100", "AT_FDCWD");
	else
		strbuf_addf(out, "%d", fd);
	if (fd >= 0 || fd == AT_FDCWD)
		decode_fd_suffix(out, fd, o);
	return true;
}
