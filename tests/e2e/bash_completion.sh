#!/bin/bash
# SPDX-License-Identifier: MIT
# The bash completion (generated from src/cli/options.c at build time) offers every long
# option of the option table, "--name=" for those that need an argument, the -e
# qualifiers after -e, files after -o, and the traced command's own completion after it;
# and sctrace -h names every long option of the table.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"
ROOT=$(cd "$E2E_DIR/../.." && pwd)
COMP=$BUILD/sctrace.bash
[ -f "$COMP" ] || fail "$COMP not built (make)"

# The table, read here on its own: { "name", X_argument, ... } inside long_options[].
sed -n '/^static const struct option long_options\[\] = {/,/^};/p' "$ROOT/src/cli/options.c" |
	sed -n 's/^[[:space:]]*{ "\([^"]*\)", \([a-z]*\)_argument.*/\1 \2/p' >"$T/table"
[ "$(wc -l <"$T/table")" -gt 60 ] || fail "long_options table not found ($(wc -l <"$T/table") rows)"

complete_words() { # WORD... : what the completion offers for the last word
	bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _sctrace; printf "%s\n" "${COMPREPLY[@]}"' \
		sh "$COMP" "$@"
}
complete_words sctrace -- >"$T/offered"
missing=""
while read -r name kind; do
	want="--$name"
	[ "$kind" = required ] && want="--$name="
	grep -qxF -- "$want" "$T/offered" || missing="$missing $want"
done <"$T/table"
[ -z "$missing" ] || fail "completion lacks:$missing"
[ "$(wc -l <"$T/offered")" = "$(sort -u "$T/table" | wc -l)" ] ||
	fail "completion offers $(wc -l <"$T/offered") long options, the table has $(wc -l <"$T/table")"

[ "$(complete_words sctrace --record-str)" = "--record-string-limit=" ] || fail "--record-str does not complete"
complete_words sctrace -e sta | grep -qx 'status=' || fail "-e sta does not offer status="
mkdir "$T/dir" && touch "$T/dir/trace.out"
[ "$(complete_words sctrace -o "$T/dir/tr")" = "$T/dir/trace.out" ] || fail "-o does not complete files"
[ "$(complete_words sctrace -f -s 64 -o x ech)" != "" ] &&
	complete_words sctrace -f -s 64 -o x ech | grep -qx echo || fail "the command after the options is not completed"

# -h: every long option, but for the spellings strace also accepts as aliases of one
# shown (daemonise/daemonized, silent/silence, failing-only, signals, reads/writes...).
"$TRACER" -h >"$T/help" 2>&1
absent=""
while read -r name kind; do
	grep -q -- "--$name\b" "$T/help" || absent="$absent --$name"
done <"$T/table"
aliases=" --daemonise --daemonized --silent --silence --failing-only --signals --timestamps"
for a in $absent; do
	case "$aliases " in *" $a "*) ;; *) fail "sctrace -h does not name $a" ;; esac
done
echo "completion: $(wc -l <"$T/offered") long options, -e qualifiers, files, the command; -h names them"
exit 0
