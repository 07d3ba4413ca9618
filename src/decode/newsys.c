// SPDX-License-Identifier: MIT
/*
 * Flag arguments of newer calls that need no structure: memfd_secret's
 * flags, pkey_alloc's access rights, userfaultfd's flags.
 */
#include "fmt.h"
#include "xlat_newsys.h"

#define NEWSYS_FLAGS(fn, table, type)                                                      \
	bool fn(struct strbuf *out, const struct sc_event *ev, unsigned i,                 \
		const struct decode_opts *o)                                               \
	{                                                                                  \
		(void)o;                                                                   \
		print_flags(out, &table, (type)ev->args[i]);                               \
		return true;                                                               \
	}

NEWSYS_FLAGS(fmt_memfd_secret_flags, memfd_secret_flag_names, uint32_t)
NEWSYS_FLAGS(fmt_pkey_access, pkey_access_names, uint64_t)
NEWSYS_FLAGS(fmt_uffd_flags, uffd_flag_names, uint32_t)
