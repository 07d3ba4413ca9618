/* SPDX-License-Identifier: MIT */
/*
 * Parsing of what applications pass in: probe and provider names and the
 * argument type list ("i32,str"). Pure functions, fuzzed by
 * tests/fuzz/fuzz_usdt_argtypes.c.
 */
#ifndef SCT_USDT_ARGTYPES_H
#define SCT_USDT_ARGTYPES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sctrace/usdt.h"

enum sctusdt_type {
	SCTUSDT_I8,
	SCTUSDT_I16,
	SCTUSDT_I32,
	SCTUSDT_I64,
	SCTUSDT_U8,
	SCTUSDT_U16,
	SCTUSDT_U32,
	SCTUSDT_U64,
	SCTUSDT_STR,
	SCTUSDT_PTR,
};

struct sctusdt_args {
	unsigned count;
	enum sctusdt_type type[SCT_USDT_MAX_ARGS];
};

/* 0 if NAME is a valid provider or probe name, else SCT_USDT_ENAME/_EINVAL. */
int sctusdt_check_name(const char *name);

/* Parse ARGTYPES (NULL means none) into OUT. 0 or SCT_USDT_ETOOMANY/_EARGTYPE. */
int sctusdt_parse_argtypes(const char *argtypes, struct sctusdt_args *out);

/* The canonical list "i32,str" of ARGS in BUF (for the type note). 0 or SCT_USDT_EINVAL. */
int sctusdt_format_argtypes(const struct sctusdt_args *args, char *buf, size_t len);

/* Size in bytes (1, 2, 4, 8) and signedness of a type as the tracer reads it. */
unsigned sctusdt_type_size(enum sctusdt_type t);
bool sctusdt_type_signed(enum sctusdt_type t);

/* Narrow V to type T and sign- or zero-extend it back to 64 bits. */
static inline uint64_t sctusdt_normalize(enum sctusdt_type t, uint64_t v)
{
	unsigned shift = 64 - 8 * sctusdt_type_size(t);

	if (sctusdt_type_signed(t))
		return (uint64_t)((int64_t)(v << shift) >> shift);
	return (v << shift) >> shift;
}

#endif
