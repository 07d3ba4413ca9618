// SPDX-License-Identifier: MIT
/*
 * Loading a provider: build its object (elf_writer.c), put it in a sealed
 * memfd and map its two PT_LOAD segments ourselves, as the dynamic loader
 * would. The mappings keep the memfd alive and name it in /proc/PID/maps
 * ("/memfd:sctusdt:NAME (deleted)"), where tracers find it and open it
 * through /proc/PID/map_files. The fd stays open while the provider is
 * loaded, because bcc (bpftrace -p, tplist -p) finds a memfd mapping only
 * through /proc/PID/fd, by inode; an application that closes it (closefrom)
 * loses nothing else, and unloading closes it only if it still names the same
 * inode. When the process dies, the mappings go and with them the object:
 * nothing is ever written to a file system.
 *
 * Why not dlopen("/proc/self/fd/N"): it needs /proc mounted in the process,
 * runs our object through the dynamic loader (and its lock) for nothing, and
 * dlclose may keep it mapped. Mapping it ourselves gives the exact layout
 * tracers expect: the r-x text mapping at file offset 0 and a private,
 * writable, file-backed mapping of the semaphores, which is where the kernel
 * looks for them (uprobe ref_ctr_offset, Linux 4.20).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arch.h"
#include "elf_writer.h"
#include "usdt_internal.h"

#ifndef MFD_NOEXEC_SEAL
#define MFD_NOEXEC_SEAL 0x0008U /* Linux 6.3; execve() of the memfd is never needed */
#endif

static uint64_t page_up(uint64_t v)
{
	return (v + sctusdt_arch.page_size - 1) & ~(uint64_t)(sctusdt_arch.page_size - 1);
}

static int make_memfd(const char *provider)
{
	char name[SCT_USDT_NAME_MAX + 16];
	int fd;

	snprintf(name, sizeof(name), "sctusdt:%s", provider);
	fd = memfd_create(name, MFD_CLOEXEC | MFD_ALLOW_SEALING | MFD_NOEXEC_SEAL);
	if (fd < 0 && errno == EINVAL) /* before Linux 6.3 */
		fd = memfd_create(name, MFD_CLOEXEC | MFD_ALLOW_SEALING);
	return fd < 0 ? -errno : fd;
}

static int write_all(int fd, const unsigned char *p, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, p, len);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Map IMG's segments from FD; the text mapping reserves the whole span. */
static int map_image(int fd, const struct sctusdt_elf_image *img, unsigned char **base,
		     size_t *len)
{
	size_t span = img->rw_start + page_up(img->rw_size);
	unsigned char *b, *rw;

	b = mmap(NULL, span, PROT_READ | PROT_EXEC, MAP_PRIVATE, fd, 0);
	if (b == MAP_FAILED)
		return -errno;
	rw = mmap(b + img->rw_start, page_up(img->rw_size), PROT_READ | PROT_WRITE,
		  MAP_PRIVATE | MAP_FIXED, fd, (off_t)img->rw_start);
	if (rw == MAP_FAILED) {
		int err = -errno;

		munmap(b, span);
		return err;
	}
	*base = b;
	*len = span;
	return 0;
}

/* Keep fd open for other tracers, remembering what it is. */
static void keep_memfd(struct sct_usdt_provider *prov, int fd)
{
	struct stat st;

	if (fstat(fd, &st)) {
		close(fd);
		prov->memfd = -1;
		return;
	}
	prov->memfd = fd;
	prov->memfd_dev = (uint64_t)st.st_dev;
	prov->memfd_ino = (uint64_t)st.st_ino;
}

/* Close the kept fd, unless the application closed it and the number now names another file. */
static void close_memfd(struct sct_usdt_provider *prov)
{
	struct stat st;

	if (prov->memfd >= 0 && !fstat(prov->memfd, &st) && (uint64_t)st.st_dev == prov->memfd_dev &&
	    (uint64_t)st.st_ino == prov->memfd_ino)
		close(prov->memfd);
	prov->memfd = -1;
}

int sctusdt_map_provider(struct sct_usdt_provider *prov)
{
	struct sctusdt_elf_image img = { 0 };
	struct sctusdt_elf_probe *ep;
	struct sct_usdt_probe *p;
	long page = sysconf(_SC_PAGESIZE);
	int fd = -1, err;
	size_t i;

	if (page <= 0 || (unsigned long)page > sctusdt_arch.page_size ||
	    sctusdt_arch.page_size % (unsigned long)page)
		return SCT_USDT_EARCH;
	ep = calloc(prov->nprobes ? prov->nprobes : 1, sizeof(*ep));
	if (!ep)
		return -ENOMEM;
	for (p = prov->probes, i = 0; p; p = p->next, i++) {
		ep[i].name = p->name;
		ep[i].args = p->argspec;
		ep[i].types = p->typespec;
	}
	err = sctusdt_elf_build(prov->name, ep, prov->nprobes, &img);
	if (err)
		goto out;
	fd = make_memfd(prov->name);
	if (fd < 0) {
		err = fd;
		goto out;
	}
	err = write_all(fd, img.data, img.size);
	if (err)
		goto out;
	if (fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL) < 0) {
		err = -errno;
		goto out;
	}
	err = map_image(fd, &img, &prov->base, &prov->map_len);
	if (err)
		goto out;
	keep_memfd(prov, fd);
	fd = -1;
	for (p = prov->probes, i = 0; p; p = p->next, i++) {
		p->pc = ep[i].pc;
		p->semaphore = ep[i].semaphore;
		__atomic_store_n(&p->stub, (const void *)(prov->base + ep[i].stub),
				 __ATOMIC_RELEASE);
		__atomic_store_n(&p->head.semaphore,
				 (const volatile unsigned short *)(prov->base + ep[i].semaphore),
				 __ATOMIC_RELEASE);
	}
out:
	if (fd >= 0)
		close(fd);
	sctusdt_elf_image_free(&img);
	free(ep);
	return err;
}

void sctusdt_unmap_provider(struct sct_usdt_provider *prov)
{
	struct sct_usdt_probe *p;

	for (p = prov->probes; p; p = p->next) {
		__atomic_store_n(&p->head.semaphore, &sctusdt_zero_semaphore, __ATOMIC_RELEASE);
		__atomic_store_n(&p->stub, NULL, __ATOMIC_RELEASE);
	}
	munmap(prov->base, prov->map_len);
	close_memfd(prov);
	prov->base = NULL;
	prov->map_len = 0;
}
