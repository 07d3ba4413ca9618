#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The architecture's rules, checked on the sources (doc/DESIGN.md, "Layers"):
# no include cycle between the folders of src/, the decoders compute from
# records only (no file or /proc access in src/decode, so replay prints what
# live tracing printed), and kernel-side files include only the shared ABI
# and each other. Ends with "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
passed=0
failed=0
pass() { echo "PASS layers: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL layers: $1"; printf '    %s\n' "${@:2}"; failed=$((failed + 1)); }

# Folder edges "from to" from #include "../to/..." in src/FOLDER/*.{c,h}.
edges=$(for f in $(find src -mindepth 2 -name '*.[ch]' ! -name '*.bpf.*'); do
	from=$(basename "$(dirname "$f")")
	sed -n 's|^#include "\.\./\([a-z_]*\)/.*|\1|p' "$f" | sed "s|^|$from |"
done | awk '$1 != $2' | sort -u)

# A cycle is a folder that reaches itself (transitive closure, small graph).
cycles=$(python3 - "$edges" <<'PY'
import sys
g = {}
for line in sys.argv[1].splitlines():
    a, b = line.split()
    g.setdefault(a, set()).add(b)
def reach(start):
    seen, todo = set(), [start]
    while todo:
        for n in g.get(todo.pop(), ()):
            if n not in seen:
                seen.add(n)
                todo.append(n)
    return seen
for a in sorted(g):
    if a in reach(a):
        print(a, "->", " ".join(sorted(b for b in g[a] if a in reach(b) or b == a)))
PY
)
if [ -z "$cycles" ] && [ -n "$edges" ]; then
	pass "no include cycle between src/ folders ($(echo "$edges" | wc -l) edges)"
else
	fail "include cycles between src/ folders" $cycles
fi

# Live-system access in src/decode: the decoders see records only.
io=$(grep -nE '\b(fopen|opendir|readlink|realpath|open|openat|stat|lstat|access|getcwd)\(|"/proc' \
	src/decode/*.[ch] | grep -vE '^\S+:[0-9]+:\s*(/?\*|//)')
if [ -z "$io" ]; then
	pass "no file or /proc access in src/decode"
else
	fail "file or /proc access in src/decode" "$io"
fi

# Kernel side: BPF sources include only vmlinux.h, libbpf's headers, src/shared and each other.
bad=$(grep -nE '^#include' src/bpf/*.bpf.[ch] | grep -vE '"(vmlinux\.h|\.\./shared/[a-z_]+\.h|[a-z_]+\.bpf\.h)"|<bpf/')
if [ -z "$bad" ]; then
	pass "kernel side includes only the shared ABI"
else
	fail "kernel side includes other headers" "$bad"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
