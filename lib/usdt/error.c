// SPDX-License-Identifier: MIT
/* sct_usdt_strerror: the library's own codes, then errno values. */
#include <string.h>

#include "sctrace/usdt.h"

static const char *const messages[] = {
	[-SCT_USDT_EINVAL - 1001] = "invalid argument (NULL provider, probe or name)",
	[-SCT_USDT_ENAME - 1001] = "invalid name: must match [A-Za-z_][A-Za-z0-9_]* and have at most 128 characters",
	[-SCT_USDT_EEXIST - 1001] = "the provider already has a probe of that name",
	[-SCT_USDT_ETOOMANY - 1001] = "too many argument types (at most 6)",
	[-SCT_USDT_EARGTYPE - 1001] = "unknown or empty argument type (use i8 i16 i32 i64 u8 u16 u32 u64 str ptr, comma-separated)",
	[-SCT_USDT_ELOADED - 1001] = "the provider is loaded (unload it first)",
	[-SCT_USDT_ENOTLOADED - 1001] = "the provider is not loaded",
	[-SCT_USDT_EARCH - 1001] = "unsupported architecture or page size",
};

const char *sct_usdt_strerror(int err)
{
	const char *s;

	if (err == 0)
		return "success";
	if (err <= SCT_USDT_EINVAL && err > SCT_USDT_EINVAL - (int)(sizeof(messages) / sizeof(messages[0])))
		return messages[-err - 1001];
	if (err < 0 && err > -4096) {
#ifdef __GLIBC__
		s = strerrordesc_np(-err); /* thread-safe, untranslated */
#else
		s = strerror(-err); /* musl: static strings, thread-safe */
#endif
		if (s)
			return s;
	}
	return "unknown error";
}
