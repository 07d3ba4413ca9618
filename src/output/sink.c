// SPDX-License-Identifier: MIT
/* Choosing and driving the output sink: see sink.h. */
#include "sink.h"

#include <errno.h>
#include <string.h>

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

int sink_open(struct sink *s, const struct sink_config *cfg)
{
	memset(s, 0, sizeof(*s));
	if (cfg->format == SINK_JSON) {
		struct json_config jc = {
			.out = cfg->text.out,
			.dec = cfg->text.dec,
			.realtime_offset_ns = cfg->text.realtime_offset_ns,
			.status = cfg->text.status,
			.signals = cfg->text.signals,
		};

		s->impl = json_sink_new(&jc);
		s->record = json_sink_record;
		s->flush = json_flush;
		s->free = json_free;
	} else {
		s->impl = text_sink_new(&cfg->text);
		s->record = text_sink_record;
		s->flush = text_flush;
		s->free = text_free;
	}
	return s->impl ? 0 : -ENOMEM;
}

void sink_close(struct sink *s)
{
	if (s->impl)
		s->free(s->impl);
	memset(s, 0, sizeof(*s));
}
