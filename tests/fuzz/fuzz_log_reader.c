// SPDX-License-Identifier: MIT
/*
 * libFuzzer target: the binary log reader and everything a replayed record
 * reaches (the decoder, the text and JSON sinks, --diagnose's rules). Input is
 * a whole log file.
 */
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
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
		sink_open(&sinks[0], &sc);
		sc.format = SINK_JSON;
		sink_open(&sinks[1], &sc);
		log_reader_run(r, both, sinks, NULL);
		sink_close(&sinks[0]);
		sink_close(&sinks[1]);
		syscall_table_use(NULL, 0);
		log_reader_close(r);
	}
	unlink(path);
	return 0;
}
