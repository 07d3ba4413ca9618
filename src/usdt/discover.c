// SPDX-License-Identifier: MIT
/*
 * Finding probe sites (see discover.h): the executable mappings of a
 * process, each opened through /proc/PID/map_files so that deleted files and
 * memfd providers ("/memfd:sctusdt:PROV (deleted)") are read like any file,
 * identified by the (st_dev, st_ino) of what they map, and parsed once.
 */
#include "discover.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int usdt_maps_for_each(pid_t pid, usdt_mapping_fn fn, void *ctx)
{
	char path[64], line[4096 + 256];
	FILE *f;
	int ret = 0;

	snprintf(path, sizeof(path), "/proc/%d/maps", (int)pid);
	f = fopen(path, "re");
	if (!f)
		return -errno;
	while (!ret && fgets(line, sizeof(line), f)) {
		struct usdt_mapping m;
		char perms[8];
		int name_at = 0;
		unsigned long long ino;
		size_t len;

		memset(&m, 0, sizeof(m));
		if (sscanf(line, "%" SCNx64 "-%" SCNx64 " %7s %" SCNx64 " %*x:%*x %llu %n", &m.start,
			   &m.end, perms, &m.offset, &ino, &name_at) < 5 || !name_at)
			continue;
		len = strlen(line);
		if (len && line[len - 1] == '\n')
			line[--len] = 0;
		if (perms[2] != 'x' || !ino || line[name_at] != '/')
			continue;
		m.pid = pid;
		m.path = line + name_at;
		snprintf(m.map_file, sizeof(m.map_file), "/proc/%d/map_files/%" PRIx64 "-%" PRIx64,
			 (int)pid, m.start, m.end);
		ret = fn(ctx, &m);
	}
	fclose(f);
	return ret;
}

int usdt_mapping_stat(const struct usdt_mapping *m, dev_t *dev, ino_t *ino)
{
	struct stat st;

	if (stat(m->map_file, &st))
		return -errno;
	*dev = st.st_dev;
	*ino = st.st_ino;
	return 0;
}
