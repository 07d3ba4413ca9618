// SPDX-License-Identifier: MIT
/* Choosing and driving the output sink: see sink.h. */
#include "sink.h"

#include <errno.h>
#include <string.h>

#include "../util/msg.h"

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

static int sink_record(void *impl, const struct sct_rec_hdr *rec)
{
	struct sink *s = impl;

	return calls_record(s->calls, rec);
}

static int sink_flush(void *impl)
{
	struct sink *s = impl;

	return s->out ? s->out_flush(s->out) : 0;
}

/* The writer the options chose, as an output of the call assembly. */
static int open_writer(struct sink *s, const struct sink_config *cfg, struct calls_output *o)
{
	if (cfg->format == SINK_JSON) {
		struct json_config jc = {
			.out = cfg->text.out,
			.realtime_offset_ns = cfg->text.realtime_offset_ns,
			.signals = cfg->text.signals,
		};

		s->out = json_sink_new(&jc);
		o->event = json_sink_event;
		s->out_flush = json_flush;
		s->out_free = json_free;
	} else {
		s->out = text_sink_new(&cfg->text);
		o->event = text_sink_event;
		s->out_flush = text_flush;
		s->out_free = text_free;
	}
	o->impl = s->out;
	return s->out ? 0 : -ENOMEM;
}

/* --diagnose: an output that sees every call, as -c's; it writes where -c's table goes. */
static int open_diagnose(struct sink *s, const struct sink_config *cfg, struct calls_output *o)
{
	struct diagnose_config dc = {
		.json = cfg->format == SINK_JSON,
		.realtime_offset_ns = cfg->text.realtime_offset_ns,
	};

	s->diagnose = diagnose_new(&dc);
	s->summary_file = cfg->text.out;
	*o = (struct calls_output){ .event = diagnose_event, .impl = s->diagnose, .all_calls = true };
	return s->diagnose ? 0 : -ENOMEM;
}

int sink_open(struct sink *s, const struct sink_config *cfg)
{
	struct calls_config cc = {
		.shown = cfg->shown,
		.status = cfg->status,
		.dec = cfg->text.dec,
		.abbrev = cfg->abbrev,
		.verbose = cfg->verbose,
		.raw = cfg->raw,
		.paths = cfg->paths,
		.npaths = cfg->npaths,
		.names = cfg->format == SINK_JSON || cfg->metrics_comm || cfg->top,
		.filter = cfg->filter ? filter_match : NULL,
		.filter_ctx = cfg->filter,
	};

	int err;

	memset(s, 0, sizeof(*s));
	s->record = sink_record;
	s->flush = sink_flush;
	s->impl = s;
	if (cfg->summary != SUMMARY_ONLY && !(cfg->histogram && cfg->summary == SUMMARY_NONE) &&
	    !cfg->findings_only && cfg->format != SINK_NONE &&
	    open_writer(s, cfg, &cc.outputs[cc.noutputs++]))
		return -ENOMEM;
	if (cfg->ctf) {
		s->ctf = ctf_sink_new(cfg->ctf, &err);
		if (!s->ctf) {
			msg_error("cannot write a CTF trace to '%s': %s", cfg->ctf->dir,
				  err == -EEXIST ? "it holds a trace already" : strerror(-err));
			return err;
		}
		cc.outputs[cc.noutputs++] = (struct calls_output){ .event = ctf_sink_event,
								   .impl = s->ctf };
	}
	if (cfg->summary != SUMMARY_NONE || cfg->histogram) {
		struct summary_config sc = {
			.sort = cfg->sort,
			.columns = cfg->summary_columns,
			.per_process = cfg->summary_per_process,
			.wall = cfg->summary_wall,
			.overhead_ns = cfg->summary_overhead_ns,
			.json = cfg->format == SINK_JSON,
			.histogram = cfg->histogram,
			.histogram_fd = cfg->histogram_fd,
			.no_table = cfg->summary == SUMMARY_NONE,
			.realtime_offset_ns = cfg->text.realtime_offset_ns,
			.live_comm = cfg->live_comm,
		};

		s->summary = summary_new(&sc);
		s->summary_file = cfg->text.out;
		if (!s->summary)
			return -ENOMEM;
		cc.outputs[cc.noutputs++] = (struct calls_output){
			.event = summary_event, .impl = s->summary, .all_calls = true
		};
	}
	if (cfg->diagnose && open_diagnose(s, cfg, &cc.outputs[cc.noutputs++]))
		return -ENOMEM;
	if (cfg->metrics)
		cc.outputs[cc.noutputs++] = (struct calls_output){
			.event = metrics_event, .impl = cfg->metrics, .all_calls = true
		};
	if (cfg->top)
		cc.outputs[cc.noutputs++] = (struct calls_output){ .event = top_event,
								   .impl = cfg->top,
								   .all_calls = true };
	s->calls = calls_new(&cc);
	if (!s->calls)
		return -ENOMEM;
	s->fds = calls_fdtable(s->calls);
	if (cfg->format == SINK_TEXT && s->out)
		text_sink_use_pid_names(s->out, calls_decode_opts(s->calls));
	return 0;
}

int sink_close_ctf(struct sink *s)
{
	int err = 0;

	if (s->calls && !s->finished) {
		s->finish_err = calls_finish(s->calls);
		s->finished = true;
	}
	if (s->ctf) {
		int r = ctf_sink_flush(s->ctf);

		if (r)
			err = r;
		ctf_sink_free(s->ctf);
		s->ctf = NULL;
	}
	return err;
}

int sink_close(struct sink *s)
{
	int err = s->calls && !s->finished ? calls_finish(s->calls) : s->finish_err;

	s->finished = true;

	if (s->out) {
		int r = s->out_flush(s->out);

		if (r && !err)
			err = r;
		s->out_free(s->out);
	}
	sink_close_ctf(s);
	if (s->summary) {
		summary_print(s->summary, s->summary_file);
		if (fflush(s->summary_file) && !err)
			err = -errno;
		summary_free(s->summary);
	}
	if (s->diagnose) {
		diagnose_print(s->diagnose, s->summary_file);
		if (fflush(s->summary_file) && !err)
			err = -errno;
		diagnose_free(s->diagnose);
	}
	calls_free(s->calls);
	memset(s, 0, sizeof(*s));
	return err;
}
