/* SPDX-License-Identifier: MIT */
/*
 * Loads of fixed-width integers from any byte address, in host order: the
 * captured structures, siginfo, ELF notes and log fields user space reads sit
 * at offsets with no alignment promise. memcpy() is how C allows it; the
 * compiler turns each into one load on x86_64.
 */
#ifndef SCT_UTIL_UNALIGNED_H
#define SCT_UTIL_UNALIGNED_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static inline uint16_t load_u16(const void *p, size_t off)
{
	uint16_t v;

	memcpy(&v, (const char *)p + off, sizeof(v));
	return v;
}

static inline uint32_t load_u32(const void *p, size_t off)
{
	uint32_t v;

	memcpy(&v, (const char *)p + off, sizeof(v));
	return v;
}

static inline uint64_t load_u64(const void *p, size_t off)
{
	uint64_t v;

	memcpy(&v, (const char *)p + off, sizeof(v));
	return v;
}

static inline int32_t load_s32(const void *p, size_t off)
{
	return (int32_t)load_u32(p, off);
}

static inline int64_t load_s64(const void *p, size_t off)
{
	return (int64_t)load_u64(p, off);
}

#endif
