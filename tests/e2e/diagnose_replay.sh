#!/bin/bash
# SPDX-License-Identifier: MIT
# --diagnose through --record/--replay: the findings of a replayed log are the live ones,
# byte for byte (text with the 1-byte read and EAGAIN program, JSON with the epoll one), and
# the JSON findings carry the program's numbers as typed evidence.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"
. "$E2E_DIR/helpers/diag.sh"
{ [ -x "$BIN/diag_io" ] && [ -x "$BIN/diag_epoll" ]; } || skip "diag_io or diag_epoll not built"

section() { sed -n '/^diagnose: /,$p' "$1"; }

"$TRACER" --record "$T/io.log" --diagnose -o "$T/live" "$BIN/diag_io" >"$T/want" 2>"$T/err" ||
	fail "record: $(cat "$T/err")"
"$TRACER" --replay "$T/io.log" --diagnose -o "$T/replay" 2>"$T/err" || fail "replay: $(cat "$T/err")"
diag_compare "$T/replay" "$T/want"
[ "$(section "$T/live")" = "$(section "$T/replay")" ] ||
	fail "text: $(diff <(section "$T/live") <(section "$T/replay") | head -5)"

# --record alone: the findings only, on stderr; the replay prints them again.
"$TRACER" --record "$T/alone.log" --diagnose "$BIN/diag_io" >"$T/want" 2>"$T/alone" || fail "record alone"
"$TRACER" --replay "$T/alone.log" --diagnose -o "$T/alone.replay" 2>"$T/err" || fail "replay: $(cat "$T/err")"
[ "$(head -c 10 "$T/alone")" = "diagnose: " ] || fail "record alone: not only the findings: $(head -n 2 "$T/alone")"
diag_compare "$T/alone" "$T/want"
[ "$(cat "$T/alone")" = "$(section "$T/alone.replay")" ] || fail "record alone: the replay differs"

"$TRACER" --record "$T/ep.log" --json --diagnose -o "$T/live.json" "$BIN/diag_epoll" >"$T/want" 2>"$T/err" ||
	fail "record json: $(cat "$T/err")"
"$TRACER" --replay "$T/ep.log" --json --diagnose -o "$T/replay.json" 2>"$T/err" ||
	fail "replay json: $(cat "$T/err")"
cmp -s <(grep -E '"type":"(finding|diagnose)"' "$T/live.json") \
	<(grep -E '"type":"(finding|diagnose)"' "$T/replay.json") || fail "json: live and replay differ"
python3 "$E2E_DIR/../log/check_json.py" "$T/replay.json" syscall finding diagnose >"$T/check" ||
	fail "json: $(cat "$T/check")"
# The JSON evidence is the text's: the expected evidence lines, parsed, against the objects.
python3 - "$T/replay.json" "$T/want" <<'PY' || fail "json evidence differs from the expected lines"
import json, sys
objs = [json.loads(l) for l in open(sys.argv[1])]
found = [o for o in objs if o["type"] == "finding"]
want = [l.rstrip("\n") for l in open(sys.argv[2]) if l.startswith("  evidence: ")]
assert len(found) == len(want) == 2, (found, want)
for o, w in zip(found, want):
    items = dict(kv.split("=", 1) for kv in w[len("  evidence: "):].split(" "))
    assert o["pid"] == int(items.pop("pid")), o
    for k, v in items.items():
        if v.endswith("*"):
            continue
        got = o["evidence"][k]
        exp = float(v[:-1]) if v.endswith("%") else (int(v) if v.lstrip("-").isdigit() else v)
        assert got == exp and type(got) is type(exp), (k, got, exp)
d = objs[-1]
assert d["type"] == "diagnose" and d["findings"] == 2, d
PY
echo "text and JSON findings replay as recorded"
exit 0
