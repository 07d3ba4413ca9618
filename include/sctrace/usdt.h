/* SPDX-License-Identifier: MIT */
/*
 * libsctusdt: USDT (SystemTap SDT) probes defined at run time.
 *
 *   struct sct_usdt_provider *prov = sct_usdt_provider_new("myapp");
 *   struct sct_usdt_probe *req = sct_usdt_probe_add(prov, "request", "i32,str");
 *   sct_usdt_provider_load(prov);          // probes become visible to tracers
 *   ...
 *   SCT_USDT_FIRE(req, status, path);      // ~1 ns when no tracer is attached
 *   ...
 *   sct_usdt_provider_free(prov);          // unloads if loaded
 *
 * Loading builds a small ELF shared object with one .note.stapsdt note and one
 * semaphore per probe in a sealed memfd and maps it; tracers (sctrace --usdt,
 * bpftrace, libbpf) find it through /proc/PID/maps as "/memfd:sctusdt:NAME"
 * and open it through /proc/PID/map_files. While loaded, the memfd stays
 * open (close-on-exec; bcc, under bpftrace -p and tplist -p, looks for memfds
 * in /proc/PID/fd). Nothing is written to disk.
 *
 * Names (provider and probe) match [A-Za-z_][A-Za-z0-9_]* and have at most
 * SCT_USDT_NAME_MAX characters. Argument types are a comma-separated list of
 * at most SCT_USDT_MAX_ARGS of: i8 i16 i32 i64 u8 u16 u32 u64 str ptr
 * (spaces around items are allowed; "" or NULL means no arguments).
 *
 * Errors are negative numbers: either -errno from a failed system call or one
 * of the SCT_USDT_E* codes below; sct_usdt_strerror() describes both. Functions
 * returning a pointer return NULL and set errno to the positive code.
 * The library never prints and never exits.
 *
 * Threads: firing (SCT_USDT_FIRE, sct_usdt_fire*, sct_usdt_enabled) is safe
 * from any number of threads at once, also while the provider is being
 * loaded. Unloading or freeing a provider must not overlap with firing its
 * probes (as with dlclose). Configuration calls on one provider are
 * serialised internally; different providers are independent.
 */
#ifndef SCTRACE_USDT_H
#define SCTRACE_USDT_H

#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SCT_USDT_MAX_ARGS 6
#define SCT_USDT_NAME_MAX 128

/* Error codes (negative; system-call failures are reported as -errno). */
#define SCT_USDT_EINVAL (-1001)    /* NULL or otherwise invalid argument */
#define SCT_USDT_ENAME (-1002)     /* name is not [A-Za-z_][A-Za-z0-9_]* or too long */
#define SCT_USDT_EEXIST (-1003)    /* provider already has a probe of that name */
#define SCT_USDT_ETOOMANY (-1004)  /* more than SCT_USDT_MAX_ARGS argument types */
#define SCT_USDT_EARGTYPE (-1005)  /* unknown or empty argument type */
#define SCT_USDT_ELOADED (-1006)   /* provider is loaded (unload it first) */
#define SCT_USDT_ENOTLOADED (-1007) /* provider is not loaded */
#define SCT_USDT_EARCH (-1008)     /* unsupported architecture or page size */

struct sct_usdt_provider;
struct sct_usdt_probe;

/* A new, empty provider named NAME. NULL and errno on failure. */
struct sct_usdt_provider *sct_usdt_provider_new(const char *name);

/*
 * Add probe NAME with ARGTYPES (see above) to an unloaded provider. The probe
 * belongs to the provider and lives until sct_usdt_provider_free().
 * NULL and errno on failure (SCT_USDT_ENAME, _EEXIST, _ETOOMANY, _EARGTYPE,
 * _ELOADED, ...).
 */
struct sct_usdt_probe *sct_usdt_probe_add(struct sct_usdt_provider *provider, const char *name,
					  const char *argtypes);

/* Build and map the provider's object. 0 or a negative error. */
int sct_usdt_provider_load(struct sct_usdt_provider *provider);

/* Unmap the object; probes can be added and the provider loaded again. */
int sct_usdt_provider_unload(struct sct_usdt_provider *provider);

/* Unload if needed and free the provider and its probes. NULL is a no-op. */
void sct_usdt_provider_free(struct sct_usdt_provider *provider);

/* True while a tracer is attached to PROBE (its semaphore is non-zero). */
bool sct_usdt_enabled(const struct sct_usdt_probe *probe);

/*
 * Fire PROBE with exactly as many arguments as it has types, passed as:
 * i8 i16 i32 -> int, u8 u16 u32 -> unsigned int, i64 -> int64_t,
 * u64 -> uint64_t, str -> const char *, ptr -> const void *.
 * Does nothing while the provider is not loaded. Prefer SCT_USDT_FIRE.
 */
void sct_usdt_fire(const struct sct_usdt_probe *probe, ...);

/*
 * Fire PROBE with its arguments already widened to 64 bits (what
 * SCT_USDT_FIRE calls); each is narrowed to the probe's declared type and
 * sign- or zero-extended again, unused ones are ignored.
 */
void sct_usdt_fire64(const struct sct_usdt_probe *probe, uint64_t a1, uint64_t a2, uint64_t a3,
		     uint64_t a4, uint64_t a5, uint64_t a6);

/* A static description of ERR (negative); never NULL. */
const char *sct_usdt_strerror(int err);

/*
 * SCT_USDT_FIRE(probe, args...): fire PROBE if a tracer is attached. The
 * check is one inlined load of the probe's semaphore; the arguments are only
 * evaluated when it is set. Each argument may be any integer type or a
 * pointer and is converted to 64 bits by its own C type (so a negative int
 * stays negative), then to the probe's declared type.
 */
#define SCT_USDT_FIRE(...)                                                                         \
	SCT_USDT__CAT(SCT_USDT__FIRE, SCT_USDT__NARGS(__VA_ARGS__))(__VA_ARGS__)

/* ---- implementation details of SCT_USDT_FIRE, not API ---- */

/* The first member of every probe: where its semaphore is (never NULL). */
struct sct_usdt__probe_head {
	const volatile unsigned short *semaphore;
};

static inline bool sct_usdt__enabled(const struct sct_usdt_probe *probe)
{
	const struct sct_usdt__probe_head *h = (const struct sct_usdt__probe_head *)probe;

	return h && __atomic_load_n(&h->semaphore, __ATOMIC_RELAXED)[0] != 0;
}

uint64_t sct_usdt__float_arg(void)
	__attribute__((error("SCT_USDT_FIRE: floating-point arguments are not supported")));

#define SCT_USDT__CAT(a, b) SCT_USDT__CAT_(a, b)
#define SCT_USDT__CAT_(a, b) a##b
#define SCT_USDT__NARGS(...) SCT_USDT__NARGS_(__VA_ARGS__, 6, 5, 4, 3, 2, 1, 0, _)
#define SCT_USDT__NARGS_(p, a1, a2, a3, a4, a5, a6, n, ...) n
#ifdef __cplusplus
#define SCT_USDT__A(x) sct_usdt__arg(x)
#else
#define SCT_USDT__A(x)                                                                             \
	((uint64_t)_Generic((x), float: sct_usdt__float_arg(), double: sct_usdt__float_arg(),      \
			    long double: sct_usdt__float_arg(), default: (x)))
#endif
#define SCT_USDT__DO(p, a1, a2, a3, a4, a5, a6)                                                    \
	do {                                                                                       \
		const struct sct_usdt_probe *sct_usdt__p = (p);                                    \
		if (__builtin_expect(sct_usdt__enabled(sct_usdt__p), 0))                           \
			sct_usdt_fire64(sct_usdt__p, a1, a2, a3, a4, a5, a6);                      \
	} while (0)
#define SCT_USDT__FIRE0(p) SCT_USDT__DO(p, 0, 0, 0, 0, 0, 0)
#define SCT_USDT__FIRE1(p, a) SCT_USDT__DO(p, SCT_USDT__A(a), 0, 0, 0, 0, 0)
#define SCT_USDT__FIRE2(p, a, b) SCT_USDT__DO(p, SCT_USDT__A(a), SCT_USDT__A(b), 0, 0, 0, 0)
#define SCT_USDT__FIRE3(p, a, b, c)                                                                \
	SCT_USDT__DO(p, SCT_USDT__A(a), SCT_USDT__A(b), SCT_USDT__A(c), 0, 0, 0)
#define SCT_USDT__FIRE4(p, a, b, c, d)                                                             \
	SCT_USDT__DO(p, SCT_USDT__A(a), SCT_USDT__A(b), SCT_USDT__A(c), SCT_USDT__A(d), 0, 0)
#define SCT_USDT__FIRE5(p, a, b, c, d, e)                                                          \
	SCT_USDT__DO(p, SCT_USDT__A(a), SCT_USDT__A(b), SCT_USDT__A(c), SCT_USDT__A(d),            \
		     SCT_USDT__A(e), 0)
#define SCT_USDT__FIRE6(p, a, b, c, d, e, f)                                                       \
	SCT_USDT__DO(p, SCT_USDT__A(a), SCT_USDT__A(b), SCT_USDT__A(c), SCT_USDT__A(d),            \
		     SCT_USDT__A(e), SCT_USDT__A(f))

#ifdef __cplusplus
}

/*
 * C++: each argument through an overload, so that a floating-point one is a
 * compile error as in C (a cast would silently truncate it), pointers keep
 * their address and nullptr is 0.
 */
#include <cstddef>
#include <type_traits>

template <typename T> static inline uint64_t sct_usdt__arg(T *x)
{
	return (uint64_t)(uintptr_t)x;
}

static inline uint64_t sct_usdt__arg(std::nullptr_t)
{
	return 0;
}

template <typename T> static inline uint64_t sct_usdt__arg(T x)
{
	static_assert(!std::is_floating_point<T>::value,
		      "SCT_USDT_FIRE: floating-point arguments are not supported");
	static_assert(std::is_integral<T>::value || std::is_enum<T>::value,
		      "SCT_USDT_FIRE: arguments are integers, enums or pointers");
	return (uint64_t)x;
}
#endif

#endif /* SCTRACE_USDT_H */
