// SPDX-License-Identifier: MIT
/* JSON string writing: see json_string.h. */
#include "json_string.h"
#include "realtime.h"

#include <stdint.h>
#include <string.h>
#include <time.h>

static unsigned utf8_len(const unsigned char *p, size_t n)
{
	unsigned len;
	uint32_t cp;

	if (p[0] < 0x80)
		return 1;
	if ((p[0] & 0xe0) == 0xc0)
		len = 2, cp = p[0] & 0x1f;
	else if ((p[0] & 0xf0) == 0xe0)
		len = 3, cp = p[0] & 0x0f;
	else if ((p[0] & 0xf8) == 0xf0)
		len = 4, cp = p[0] & 0x07;
	else
		return 0;
	if (n < len)
		return 0;
	for (unsigned i = 1; i < len; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (p[i] & 0x3f);
	}
	/* Overlong forms, surrogates and values past U+10FFFF are not UTF-8. */
	if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
	    (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
		return 0;
	return len;
}

void json_add_string(struct strbuf *out, const void *data, size_t len)
{
	const unsigned char *p = data;

	strbuf_addc(out, '"');
	for (size_t i = 0; i < len;) {
		unsigned char c = p[i];
		unsigned n;

		if (c == '"' || c == '\\') {
			strbuf_addc(out, '\\');
			strbuf_addc(out, (char)c);
			i++;
		} else if (c < 0x20 || c == 0x7f) {
			static const char short_esc[] = { ['\b'] = 'b', ['\f'] = 'f', ['\n'] = 'n',
							   ['\r'] = 'r', ['\t'] = 't' };

			if (c < sizeof(short_esc) && short_esc[c])
				strbuf_addf(out, "\\%c", short_esc[c]);
			else
				strbuf_addf(out, "\\u%04x", c);
			i++;
		} else if ((n = utf8_len(p + i, len - i)) > 0) {
			strbuf_add(out, p + i, n);
			i += n;
		} else {
			strbuf_addf(out, "\\udc%02x", c); /* surrogateescape */
			i++;
		}
	}
	strbuf_addc(out, '"');
}

void json_add_head(struct strbuf *out, const char *type, uint64_t mono_ns, int64_t offset_ns,
		   uint32_t pid, uint32_t tid, const char *comm)
{
	struct realtime t = realtime_of(mono_ns, offset_ns);
	struct tm tm;

	realtime_tm(&t, &tm, 0);
	strbuf_addf(out, "{\"type\":\"%s\",\"time\":\"%04lld-%02d-%02dT%02d:%02d:%02d.%09uZ\"", type,
		    tm.tm_year + 1900LL, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
		    t.nsec);
	/* ts_ns exceeds 2^53, which jq 1.6 rounds: seconds and nanoseconds are exact */
	strbuf_addf(out, ",\"ts_ns\":%lld,\"ts_sec\":%lld,\"ts_nsec\":%u,\"pid\":%u,\"tid\":%u",
		    (long long)t.ns, (long long)t.sec, t.nsec, pid, tid);
	strbuf_adds(out, ",\"comm\":");
	if (comm && comm[0])
		json_add_string(out, comm, strlen(comm));
	else
		strbuf_adds(out, "null");
}
