#!/bin/bash
# SPDX-License-Identifier: MIT
# --metrics: while the program (helpers/metrics_calls) waits, its counters over HTTP are
# the calls it made: 1000 getppid, 7 close(-1) failing EBADF, 3 openat failing ENOENT,
# with --metrics-per-comm 5 getppid of its child "mchild" apart; every latency histogram
# ends in a +Inf bucket equal to its count; promtool's check passes; a real Prometheus
# server scraping the endpoint answers the same values to PromQL; other paths get 404;
# nothing of the trace is printed; a bad address and --replay are refused in one line.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

prog=$BIN/metrics_calls
[ -x "$prog" ] || fail "metrics_calls not built"
command -v prometheus >/dev/null || skip "prometheus missing [needs prometheus]"
command -v curl >/dev/null || skip "curl missing [needs curl]"

mkfifo "$T/in"
(cd "$T" && exec "$TRACER" --metrics 127.0.0.1:0 -f --metrics-per-comm "$prog" 1000 7 3 5 <"$T/in" 2>"$T/err") &
sct=$!
E2E_PIDS+=("$sct")
exec 3>"$T/in"
wait_lines "$T/err" 'metrics on port [0-9]+' 1 10 || fail "no port announced: $(cat "$T/err")"
port=$(sed -n 's/.*metrics on port \([0-9]*\).*/\1/p' "$T/err")
url=http://127.0.0.1:$port/metrics

# The program's calls reach the counters once their records are drained (tens of ms).
for _ in $(seq 50); do
	curl -sf "$url" >"$T/m.txt" || fail "GET /metrics failed"
	grep -q '^sctrace_syscalls_total{comm="mchild",syscall="getppid"} 5$' "$T/m.txt" && break
	sleep 0.1
done
want() {
	grep -qxF -- "$1" "$T/m.txt" || fail "no line '$1' in: $(grep -F "${1%%\{*}" "$T/m.txt" | head -5)"
}
want 'sctrace_syscalls_total{comm="metrics_calls",syscall="getppid"} 1000'
want 'sctrace_syscalls_total{comm="mchild",syscall="getppid"} 5'
want 'sctrace_syscall_errors_total{comm="metrics_calls",syscall="close",errno="EBADF"} 7'
want 'sctrace_syscall_errors_total{comm="metrics_calls",syscall="openat",errno="ENOENT"} 3'
want 'sctrace_syscall_duration_seconds_count{comm="metrics_calls",syscall="getppid"} 1000'
want 'sctrace_syscall_duration_seconds_bucket{comm="metrics_calls",syscall="getppid",le="+Inf"} 1000'
want 'sctrace_lost_events_total 0'
want '# TYPE sctrace_syscall_duration_seconds histogram'
# Buckets are cumulative and end at the count, for every series.
awk '/_bucket\{/ { k = $1; sub(/,le=.*/, "", k); if (k == pk && $2 < pv) bad = bad " " $1; pk = k; pv = $2
		if ($1 ~ /le="\+Inf"/) inf[k] = $2 }
	/_count\{/ { k = $1; sub(/_count/, "_bucket", k); sub(/\}$/, "", k); cnt[k] = $2 }
	END { for (k in cnt) if (inf[k] != cnt[k]) bad = bad " " k; if (bad != "") { print bad; exit 1 } }' \
	"$T/m.txt" >"$T/bad" || fail "buckets not cumulative or +Inf != count:$(head -c 300 "$T/bad")"
promtool check metrics <"$T/m.txt" >"$T/lint" 2>&1 || fail "promtool check metrics: $(head -5 "$T/lint")"
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/nothing")
[ "$code" = 404 ] || fail "GET /nothing answered $code, not 404"
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$url")
[ "$code" = 405 ] || fail "POST answered $code, not 405"

# A real Prometheus server scrapes it and answers PromQL with the same numbers.
pport=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat >"$T/prom.yml" <<EOF
global: { scrape_interval: 1s, evaluation_interval: 1s }
scrape_configs:
  - job_name: sctrace
    static_configs: [ { targets: ['127.0.0.1:$port'] } ]
EOF
prometheus --config.file="$T/prom.yml" --storage.tsdb.path="$T/tsdb" \
	--web.listen-address="127.0.0.1:$pport" >"$T/prom.log" 2>&1 3>&- &
E2E_PIDS+=("$!")
q='sum by (syscall) (sctrace_syscall_errors_total{job="sctrace"})'
for _ in $(seq 100); do
	curl -sf "http://127.0.0.1:$pport/api/v1/query" --data-urlencode "query=$q" >"$T/q.json" 2>/dev/null &&
		jq -e '.data.result | length > 0' "$T/q.json" >/dev/null && break
	sleep 0.1
done
got=$(jq -r '.data.result[] | "\(.metric.syscall)=\(.value[1])"' "$T/q.json" 2>/dev/null | sort | tr '\n' ' ')
[ "$got" = "close=7 openat=3 " ] || fail "Prometheus answered '$got' (log: $(tail -3 "$T/prom.log"))"
q='sctrace_syscalls_total{syscall="getppid",comm="metrics_calls"}'
curl -sf "http://127.0.0.1:$pport/api/v1/query" --data-urlencode "query=$q" >"$T/q.json"
[ "$(jq -r '.data.result[0].value[1]' "$T/q.json")" = 1000 ] || fail "Prometheus: getppid $(cat "$T/q.json")"

exec 3>&-
wait_exit "$sct" 10 || fail "sctrace did not end when the program did"
[ "$status" = 0 ] || fail "sctrace exited $status: $(cat "$T/err")"
[ "$(wc -l <"$T/err")" = 1 ] || fail "more than the port on stderr (a trace?): $(head -3 "$T/err")"

"$TRACER" --metrics 127.0.0.1:notaport true 2>"$T/e1" && fail "--metrics 127.0.0.1:notaport accepted"
[ "$(wc -l <"$T/e1")" = 1 ] || fail "bad --metrics: not one error line: $(cat "$T/e1")"
"$TRACER" --metrics :0 --replay /dev/null 2>"$T/e2" && fail "--metrics --replay accepted"
[ "$(wc -l <"$T/e2")" = 1 ] || fail "--metrics --replay: not one error line"
"$TRACER" --metrics-per-comm true 2>"$T/e3" && fail "--metrics-per-comm alone accepted"
echo "counters, errnos and histograms as the program made them; promtool passes; scraped by Prometheus"
exit 0
