#!/bin/bash
# SPDX-License-Identifier: MIT
# --diagnose on programs without a pathology (true, cat of a file, a shell running a
# command, with -f): one line "diagnose: no findings in N calls" and nothing else, in
# text; in JSON one "diagnose" object with 0 findings and no "finding" object.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"
. "$E2E_DIR/helpers/diag.sh"

n=0
for cmd in "/bin/true" "cat /etc/os-release" "sh -c true"; do
	# shellcheck disable=SC2086
	"$TRACER" -f --diagnose -o "$T/trace" $cmd >/dev/null 2>"$T/err" || fail "$cmd: exit $?: $(cat "$T/err")"
	section=$(sed -n '/^diagnose: /,$p' "$T/trace")
	[[ $section =~ ^diagnose:\ no\ findings\ in\ [1-9][0-9]*\ calls$ ]] ||
		fail "$cmd: $(printf '%s\n' "expected no findings, got:" "$section")"
	n=$((n + 1))
done
"$TRACER" --json --diagnose -o "$T/trace.json" /bin/true 2>"$T/err" || fail "json: $(cat "$T/err")"
python3 "$E2E_DIR/../log/check_json.py" "$T/trace.json" syscall diagnose >"$T/check" ||
	fail "json: $(cat "$T/check")"
python3 - "$T/trace.json" <<'PY' || fail "json: no diagnose object with 0 findings, or a finding"
import json, sys
objs = [json.loads(l) for l in open(sys.argv[1])]
d = [o for o in objs if o["type"] == "diagnose"]
calls = sum(o["type"] == "syscall" for o in objs)
assert len(d) == 1 and d[0]["findings"] == 0 and objs[-1] is d[0], d
assert d[0]["calls"] == calls - 1 > 0, (d, calls)  # exit_group returns no value: not examined
assert not [o for o in objs if o["type"] == "finding"]
PY
echo "$n programs and JSON: no findings"
exit 0
