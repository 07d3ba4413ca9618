// SPDX-License-Identifier: MIT
/* Choosing and driving the output sink: see sink.h. */
#include "sink.h"

#include <errno.h>
#include <string.h>

#include "../decode/fdtable.h"

static int text_flush(void *impl)
{
	return text_sink_flush(impl);
}

static void text_free(void *impl)
{
	text_sink_free(impl);
}

static int json_flush(void *impl)
{
	return json_sink_flush(impl);
}

static void json_free(void *impl)
{
	json_sink_free(impl);
}

/* A syscall record outside -e trace=: not shown, not counted. */
static bool hidden(const struct sink *s, const struct sct_rec_hdr *rec)
{
	unsigned nr;

	if (!s->shown || (rec->type != SCT_REC_SYSCALL && rec->type != SCT_REC_ENTER &&
			  rec->type != SCT_REC_EXIT) ||
	    rec->size < sizeof(struct sct_rec_syscall))
		return false;
	nr = ((const struct sct_rec_syscall *)rec)->nr;
	return nr >= SCT_NR_MAX || !(s->shown[nr / 64] >> (nr % 64) & 1);
}

static int sink_record(void *impl, const struct sct_rec_hdr *rec)
{
	struct sink *s = impl;

	if (hidden(s, rec))
		return s->fds && s->out ? text_sink_hidden(s->out, rec) : 0;
	if (s->summary)
		summary_record(s->summary, rec);
	return s->out ? s->out_record(s->out, rec) : 0;
}

static int sink_flush(void *impl)
{
	struct sink *s = impl;

	return s->out ? s->out_flush(s->out) : 0;
}

static int open_writer(struct sink *s, const struct sink_config *cfg)
{
	if (cfg->format == SINK_JSON) {
		struct json_config jc = {
			.out = cfg->text.out,
			.dec = cfg->text.dec,
			.realtime_offset_ns = cfg->text.realtime_offset_ns,
			.status = cfg->text.status,
			.signals = cfg->text.signals,
		};

		jc.dec.decode_fds = 0; /* -y is for the text format: JSON has the numbers */
		s->out = json_sink_new(&jc);
		s->out_record = json_sink_record;
		s->out_flush = json_flush;
		s->out_free = json_free;
	} else {
		struct text_config tc = cfg->text;

		if (tc.dec.decode_fds) {
			s->fds = fdtable_new();
			if (!s->fds)
				return -ENOMEM;
			tc.fds = s->fds;
			tc.dec.fd_path = fdtable_path_hook;
			tc.dec.fd_ctx = s->fds;
		}
		s->out = text_sink_new(&tc);
		s->out_record = text_sink_record;
		s->out_flush = text_flush;
		s->out_free = text_free;
	}
	return s->out ? 0 : -ENOMEM;
}

int sink_open(struct sink *s, const struct sink_config *cfg)
{
	memset(s, 0, sizeof(*s));
	s->shown = cfg->shown;
	s->record = sink_record;
	s->flush = sink_flush;
	s->impl = s;
	if (cfg->summary != SUMMARY_ONLY && open_writer(s, cfg))
		return -ENOMEM;
	if (cfg->summary != SUMMARY_NONE) {
		s->summary = summary_new(cfg->sort);
		s->summary_file = cfg->text.out;
		if (!s->summary)
			return -ENOMEM;
	}
	return 0;
}

int sink_close(struct sink *s)
{
	int err = 0;

	if (s->out) {
		err = s->out_flush(s->out);
		s->out_free(s->out);
	}
	if (s->summary) {
		summary_print(s->summary, s->summary_file);
		if (fflush(s->summary_file) && !err)
			err = -errno;
		summary_free(s->summary);
	}
	fdtable_free(s->fds);
	memset(s, 0, sizeof(*s));
	return err;
}
