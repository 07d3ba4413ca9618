// SPDX-License-Identifier: MIT
/*
 * Firing: widen every argument to 64 bits as its declared type says (sign- or
 * zero-extended), put them in the argument registers and call the probe's
 * stub. With no tracer the stub is nop; ret. With one, the kernel has put a
 * breakpoint on the nop and the tracer reads the registers named in the note.
 */
#include <stdarg.h>

#include "arch.h"
#include "usdt_internal.h"

bool sct_usdt_enabled(const struct sct_usdt_probe *probe)
{
	return sct_usdt__enabled(probe);
}

static const void *probe_stub(const struct sct_usdt_probe *probe)
{
	return probe ? __atomic_load_n(&probe->stub, __ATOMIC_ACQUIRE) : NULL;
}

void sct_usdt_fire(const struct sct_usdt_probe *probe, ...)
{
	const void *stub = probe_stub(probe);
	uint64_t a[6] = { 0 };
	va_list ap;
	unsigned i;

	if (!stub)
		return;
	va_start(ap, probe);
	for (i = 0; i < probe->args.count; i++) {
		enum sctusdt_type t = probe->args.type[i];
		uint64_t v;

		switch (t) {
		case SCTUSDT_I8:
		case SCTUSDT_I16:
		case SCTUSDT_I32:
			v = (uint64_t)(int64_t)va_arg(ap, int);
			break;
		case SCTUSDT_U8:
		case SCTUSDT_U16:
		case SCTUSDT_U32:
			v = va_arg(ap, unsigned int);
			break;
		case SCTUSDT_I64:
			v = (uint64_t)va_arg(ap, int64_t);
			break;
		case SCTUSDT_U64:
			v = va_arg(ap, uint64_t);
			break;
		default: /* str, ptr */
			v = (uint64_t)(uintptr_t)va_arg(ap, const void *);
			break;
		}
		a[i] = sctusdt_normalize(t, v);
	}
	va_end(ap);
	sctusdt_arch_call(stub, a);
}

void sct_usdt_fire64(const struct sct_usdt_probe *probe, uint64_t a1, uint64_t a2, uint64_t a3,
		     uint64_t a4, uint64_t a5, uint64_t a6)
{
	const void *stub = probe_stub(probe);
	uint64_t a[6] = { a1, a2, a3, a4, a5, a6 };
	unsigned i;

	if (!stub)
		return;
	for (i = 0; i < 6; i++)
		a[i] = i < probe->args.count ? sctusdt_normalize(probe->args.type[i], a[i]) : 0;
	sctusdt_arch_call(stub, a);
}
