// SPDX-License-Identifier: MIT
/*
 * libFuzzer target: the binary log reader and everything a replayed record
 * reaches (the decoder, the text, JSON and CTF sinks, -C's table, --diagnose's rules).
 * Input is a whole log file.
 */
#include <dirent.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "decode/syscall_table.h"
#include "log/reader.h"
#include "output/sink.h"
#include "calls/status.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int both(void *ctx, const struct sct_rec_hdr *rec)
{
	struct sink *s = ctx;

	s[0].record(s[0].impl, rec);
	s[1].record(s[1].impl, rec);
	return 0;
}

/* Empty the CTF directory for the next input (the sink refuses one holding a trace). */
static void clear_dir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char path[512];

	if (!d)
		return;
	while ((e = readdir(d)))
		if (e->d_name[0] != '.' || e->d_name[1] == 'm') { /* .metadata.tmp too */
			snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
			unlink(path);
		}
	closedir(d);
}

static char ctf_dir[] = "/tmp/sctrace-fuzz-ctf.XXXXXX";

static void remove_dir(void)
{
	clear_dir(ctf_dir);
	rmdir(ctf_dir);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static bool have_dir;
	struct ctf_config ctf = { .dir = ctf_dir };
	static FILE *devnull;
	char path[] = "/tmp/sctrace-fuzz-log.XXXXXX";
	struct sink sinks[2];
	struct sink_config sc = { 0 };
	struct log_reader *r;
	int fd = mkstemp(path);

	if (fd < 0)
		return 0;
	if (write(fd, data, size) != (ssize_t)size) {
		close(fd);
		unlink(path);
		return 0;
	}
	close(fd);
	if (!devnull)
		devnull = fopen("/dev/null", "w");
	if (!have_dir && !mkdtemp(ctf_dir)) {
		unlink(path);
		return 0;
	}
	if (!have_dir)
		atexit(remove_dir);
	have_dir = true;
	if (log_reader_open(&r, path, true) == 0) {
		const struct log_info *in = log_reader_info(r);

		syscall_table_use(in->table, in->table_size);
		sc.text.out = devnull;
		sc.text.prefix_always = true;
		sc.text.acolumn = 40;
		sc.status = STATUS_ALL;
		sc.text.signals = ~0ull;
		sc.text.dec.str_max = 32;
		sc.text.dec.decode_fds = DECODE_FDS_PATH | DECODE_FDS_SOCKET | DECODE_FDS_DEV | DECODE_FDS_PIDFD; /* -yy: descriptor tables and their snapshots too */
		sc.diagnose = true; /* its rules read arguments and captured memory too */
		sc.format = SINK_TEXT;
		sc.summary = SUMMARY_TOO; /* -C: the table reads the exits' CPU-time blobs */
		int err = sink_open(&sinks[0], &sc);

		sc.summary = SUMMARY_NONE;

		sc.format = SINK_JSON;
		ctf_env_live(&ctf.env, ctf_dir, 0);
		sc.ctf = &ctf; /* beside JSON, as --json --ctf */
		if (sink_open(&sinks[1], &sc) || err)
			abort(); /* only out of memory, or a CTF directory that is not empty */
		log_reader_run(r, both, sinks, NULL);
		sink_close(&sinks[0]);
		sink_close_ctf(&sinks[1]);
		sink_close(&sinks[1]);
		clear_dir(ctf_dir);
		syscall_table_use(NULL, 0);
		log_reader_close(r);
	}
	unlink(path);
	return 0;
}
