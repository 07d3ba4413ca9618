#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Measures sctrace against strace's own test suite (strace 6.1 by default): builds strace and
# its test programs from a strace source given at run time (nothing of strace is kept in this
# repository), runs the suite twice -- once with strace as the tracer (the baseline), once
# with STRACE=build/sctrace -- and reports how many of the tests that pass with strace pass
# with sctrace, with the failures broken down by cause. A manual or nightly measurement, not
# part of `make check`: a full run takes about an hour on 2 cores. doc/STRACE-SUITE.md has
# the figures measured so far.
#
# Usage: scripts/strace-testsuite.sh [OPTIONS]
#   --source PATH    strace source: a git repository (bare or not; --ref is checked out of
#                    it), a source directory (a release tree with ./configure, or a git tree
#                    to bootstrap), or a release tarball (strace-6.1.tar.xz). Default:
#                    /work/.mirror/strace+strace/repo when it exists (there is no network
#                    clone: give the path).
#   --ref REF        tag or commit to check out of a git source (default v6.1)
#   --workdir DIR    where strace is built and the results go (default
#                    ${XDG_CACHE_HOME:-~/.cache}/sctrace/strace-<ref>). The build is
#                    reused by later runs; --rebuild starts it again.
#   --sctrace PATH   the sctrace to measure (default: build/sctrace of this checkout, built
#                    with make if missing)
#   --jobs N         parallel make jobs and tests (default 2)
#   --timeout SECS   per-test time limit, strace's TIMEOUT_DURATION (default 120)
#   --tests "A B"    run only these tests (names as in tests/Makefile.am: foo.gen.test ...)
#   --skip-baseline  reuse the strace pass of an earlier run in the same workdir
#   --report-only    run nothing: classify the results already in the workdir again
#   --rebuild        remove the workdir's strace source and build first
#   -h, --help       this text
#
# Debian packages it needs (installed with apt-get when missing, as root), beyond sctrace's
# own (scripts/install-deps.sh build): autoconf automake (strace's ./bootstrap), gawk (the
# suite's match_awk checks; without it those tests are skipped), git (a git source), xz-utils
# (a .tar.xz source), gcc make diffutils util-linux (unshare) coreutils (timeout), python3
# (the report).
#
# Output, in the workdir: results/strace/ and results/sctrace/ (each test's .log and .trs as
# the automake harness wrote them), summary.tsv (test, strace result, sctrace result,
# cause, option or detail), summary.txt (what is printed at the end), run.log (build and
# run timings).
#
# Causes in summary.tsv, for a test that passes with strace and not with sctrace:
#   rejected-option  sctrace refused the command line (unknown option, unsupported -e
#                    qualifier, unknown syscall class...); the option column names it
#   output-diff      sctrace ran and its output differed from what the test expects (diff,
#                    grep patterns or awk check failed); the option column lists syscalls
#                    seen in the differing lines. The *-syntax tests, which compare the
#                    tracer's error messages for bad command lines, count here too
#   timeout          the test hit --timeout
#   tracer-exit      sctrace (or the traced program under it) exited with an unexpected code
#   skipped          the test skipped itself under sctrace (a feature probe failed)
#   other            anything else (the option column has the test's failure line)
# Tests that do not pass with strace get cause "baseline-not-pass" and are not counted.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
source_path=
ref=v6.1
workdir=
sctrace=
jobs=2
timeout=120
tests=
skip_baseline=0
report_only=0
rebuild=0

usage() { sed -n '/^# Usage:/,/^#   -h, --help/s/^# \{0,1\}//p' "$0"; }
die() { echo "strace-testsuite.sh: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
	case "$1" in
	--source) source_path=${2:?}; shift 2 ;;
	--ref) ref=${2:?}; shift 2 ;;
	--workdir) workdir=${2:?}; shift 2 ;;
	--sctrace) sctrace=${2:?}; shift 2 ;;
	--jobs) jobs=${2:?}; shift 2 ;;
	--timeout) timeout=${2:?}; shift 2 ;;
	--tests) tests=${2?}; shift 2 ;;
	--skip-baseline) skip_baseline=1; shift ;;
	--report-only) report_only=1; shift ;;
	--rebuild) rebuild=1; shift ;;
	-h | --help) usage; exit 0 ;;
	*) usage >&2; die "unknown argument '$1'" ;;
	esac
done

[ -n "$source_path" ] || {
	[ -d /work/.mirror/strace+strace/repo ] && source_path=/work/.mirror/strace+strace/repo
}
[ -n "$workdir" ] || workdir=${XDG_CACHE_HOME:-$HOME/.cache}/sctrace/strace-${ref#v}
mkdir -p "$workdir"
workdir=$(cd "$workdir" && pwd)
[ -n "$sctrace" ] || sctrace=$repo/build/sctrace
case "$jobs" in '' | *[!0-9]*) die "--jobs needs a number" ;; esac
case "$timeout" in '' | *[!0-9]*) die "--timeout needs a number of seconds" ;; esac

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$workdir/run.log" >&2; }

# --- packages -------------------------------------------------------------------------
pkgs=(autoconf automake gawk git xz-utils gcc make diffutils util-linux coreutils python3)
install_pkgs() {
	local missing=() p
	for p in "${pkgs[@]}"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
			missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	[ "$(id -u)" -eq 0 ] || die "missing packages: ${missing[*]}; run as root or install them"
	log "installing ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null 2>&1 ||
		{ apt-get update -q >/dev/null 2>&1 &&
			apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; }
}

src=$workdir/src
bld=$workdir/build
res=$workdir/results

# --- strace source and build ------------------------------------------------------------
prepare_source() {
	if [ "$rebuild" = 1 ]; then
		log "removing $src and $bld"
		rm -rf "$src" "$bld"
	fi
	[ -e "$src/.sctrace-source-ready" ] && return 0
	[ -n "$source_path" ] || die "no strace source: give --source PATH (a git repository, a directory or a tarball)"
	[ -e "$source_path" ] || die "--source '$source_path' does not exist"
	rm -rf "$src" "$bld"
	if [ -f "$source_path" ]; then
		log "extracting $source_path"
		mkdir -p "$src"
		tar -xf "$source_path" -C "$src" --strip-components=1
	elif git --git-dir="$source_path" rev-parse --git-dir >/dev/null 2>&1 ||
		git -C "$source_path" rev-parse --git-dir >/dev/null 2>&1; then
		# A clone, not `git archive`: strace's .gitattributes leaves everything out of an
		# archive, and its version comes from `git describe`.
		log "cloning $ref of $source_path"
		git clone -q --shared --no-checkout "$source_path" "$src"
		git -C "$src" -c advice.detachedHead=false checkout -q "$ref"
	elif [ -d "$source_path" ]; then
		log "copying $source_path"
		cp -a "$source_path" "$src"
	else
		die "--source '$source_path' is not a git repository, a directory or a tarball"
	fi
	if [ ! -x "$src/configure" ]; then
		[ -e "$src/.tarball-version" ] || git -C "$src" describe >/dev/null 2>&1 ||
			die "$source_path has neither ./configure nor a git history nor .tarball-version (a forge's autogenerated archive?): give a release tarball or the git repository"
		log "bootstrapping (autoreconf)"
		(cd "$src" && ./bootstrap) >"$workdir/bootstrap.log" 2>&1 ||
			die "./bootstrap failed: see $workdir/bootstrap.log"
	fi
	touch "$src/.sctrace-source-ready"
}

build_strace() {
	mkdir -p "$bld"
	if [ ! -e "$bld/.sctrace-configured" ]; then
		log "configuring (no mpers, bundled kernel headers, no -Werror)"
		# Bundled headers: strace 6.1 does not build against newer linux-libc-dev (struct
		# nexthop_grp lost its resvd1 field); mpers: the m32/mx32 tests are not measured.
		(cd "$bld" && "$src/configure" --enable-mpers=no --enable-bundled=yes \
			--disable-gcc-Werror) >"$workdir/configure.log" 2>&1 ||
			die "configure failed: see $workdir/configure.log"
		touch "$bld/.sctrace-configured"
	fi
	if [ ! -e "$bld/.sctrace-built" ]; then
		log "building strace and its test programs (make -j$jobs)"
		make -C "$bld" -j"$jobs" >"$workdir/make.log" 2>&1 ||
			die "building strace failed: see $workdir/make.log"
		make -C "$bld/tests" -j"$jobs" check TESTS= >"$workdir/make-tests.log" 2>&1 ||
			die "building the test programs failed: see $workdir/make-tests.log"
		touch "$bld/.sctrace-built"
	fi
	"$bld/src/strace" -V | head -n 1 | tee -a "$workdir/run.log" >&2
}

build_sctrace() {
	if [ ! -x "$sctrace" ]; then
		[ "$sctrace" = "$repo/build/sctrace" ] || die "--sctrace '$sctrace' is not executable"
		log "building sctrace"
		"$repo/scripts/install-deps.sh" build
		make -C "$repo" -j"$jobs" >"$workdir/make-sctrace.log" 2>&1 ||
			die "building sctrace failed: see $workdir/make-sctrace.log"
	fi
	sctrace=$(cd "$(dirname "$sctrace")" && pwd)/$(basename "$sctrace")
	"$sctrace" -V | tee -a "$workdir/run.log" >&2
}

# One pass of the suite with tracer $2, results into results/$1.
run_pass() {
	local name=$1 tracer=$2 t0 t1 args=()
	[ -n "$tests" ] && args=("TESTS=$tests")
	log "pass '$name': STRACE=$tracer, $jobs jobs, ${timeout}s per test"
	rm -f "$bld"/tests/*.trs "$bld"/tests/*.log
	t0=$(date +%s)
	# The suite reads STRACE and TIMEOUT_DURATION from the environment (tests/init.sh);
	# make check exits non-zero when a test fails, which is expected here.
	STRACE=$tracer TIMEOUT_DURATION=$timeout \
		make -C "$bld/tests" -k -j"$jobs" check "${args[@]}" >"$workdir/check-$name.log" 2>&1 || true
	t1=$(date +%s)
	rm -rf "${res:?}/$name"
	mkdir -p "$res/$name"
	cp "$bld"/tests/*.trs "$bld"/tests/*.log "$res/$name/" 2>/dev/null || true
	# Tests that send the tracer's stderr to a file of their own (NAME.dir/log.err...)
	# leave its complaints there, not in NAME.log: keep them for the report.
	grep -rsIH -m 20 "^$(basename "$tracer"): " "$bld"/tests/*.dir >"$res/$name/.dir-messages" || true
	echo "$((t1 - t0))" >"$res/$name/.seconds"
	log "pass '$name' done in $((t1 - t0)) s: $(ls "$res/$name"/*.trs 2>/dev/null | wc -l) tests"
}

if [ "$report_only" = 0 ]; then
	install_pkgs
	[ "$(id -u)" -eq 0 ] || die "sctrace needs root (BPF): run as root"
	: >"$workdir/run.log"
	prepare_source
	build_strace
	build_sctrace
	if [ "$skip_baseline" = 1 ] && [ -d "$res/strace" ]; then
		log "reusing the strace pass in $res/strace"
	else
		run_pass strace "$bld/src/strace"
	fi
	run_pass sctrace "$sctrace"
fi
[ -d "$res/strace" ] && [ -d "$res/sctrace" ] || die "no results in $res: run without --report-only first"

# --- report -------------------------------------------------------------------------------
SCTRACE_REPO=$repo python3 - "$res" "$workdir" <<'EOF' | tee "$workdir/summary.txt"
import collections, glob, os, re, sys

res, workdir = sys.argv[1], sys.argv[2]

def results(name):
    out = {}
    for trs in glob.glob(os.path.join(res, name, "*.trs")):
        test = os.path.basename(trs)[:-4] + ".test"
        r = "?"
        with open(trs, errors="replace") as f:
            for line in f:
                if line.startswith(":test-result:"):
                    r = line.split(":", 2)[2].strip()
        out[test] = r
    return out

dir_messages = collections.defaultdict(str)
try:
    with open(os.path.join(res, "sctrace", ".dir-messages"), errors="replace") as f:
        for line in f:
            m = re.match(r"^.*/([^/]+)\.dir/[^:]*:(.*\n?)$", line)
            if m:
                dir_messages[m.group(1) + ".test"] += m.group(2)
except OSError:
    pass

def read_log(name, test):
    try:
        with open(os.path.join(res, name, test[:-5] + ".log"), errors="replace") as f:
            text = f.read()
    except OSError:
        text = ""
    return text + (dir_messages.get(test, "") if name == "sctrace" else "")

# sctrace's long options that take no argument, as "name" -> "-x" (src/cli/options.c):
# given as --name=ARG, getopt reports the short option, so the report names the long one.
repo_options = os.path.join(os.environ.get("SCTRACE_REPO", ""), "src/cli/options.c")
noarg_long = collections.defaultdict(list)
try:
    for m in re.finditer(r'\{ "([\w-]+)", no_argument, NULL, \'(\w)\' \}', open(repo_options).read()):
        noarg_long["-" + m.group(2)].append(m.group(1))
except OSError:
    pass

def long_form(short, text):
    for name in noarg_long.get(short, ()):
        if re.search(r"(?:^|\s)--" + re.escape(name) + r"=", text, re.M):
            return "--" + name + "=ARG"
    return short

# sctrace's refusals of a command line (src/cli/options.c, src/cli/qualify.c).
REJECT = [
    (re.compile(r"^\S*sctrace: unknown option '(-[^'=]*)"), lambda m: m.group(1)),
    (re.compile(r"^\S*sctrace: give one of COMMAND, -p PID.*not several"), lambda m: "-p PID with a COMMAND"),
    (re.compile(r"^\S*sctrace: option '([^']*)' needs an argument"), lambda m: m.group(1)),
    (re.compile(r"^\S*sctrace: unsupported -e qualifier '([^']*)'"), lambda m: "-e " + m.group(1) + "="),
    (re.compile(r"^\S*sctrace: invalid -e qualifier '([^']*)'"), lambda m: "-e " + m.group(1) + "="),
    (re.compile(r"^\S*sctrace: (-e \w+=)(?: and -e \w+=)? (?:other than all )?(?:are|is) not supported"), lambda m: m.group(1)),
    (re.compile(r"^\S*sctrace: (-\w(?:/--[\w-]+)?|--[\w-]+) is not supported"), lambda m: m.group(1)),
    (re.compile(r"^\S*sctrace: invalid system call class '([^']*)'"), lambda m: "-e trace=" + m.group(1)),
    (re.compile(r"^\S*sctrace: invalid system call '([^']*)'"), lambda m: "-e trace=" + m.group(1)),
    (re.compile(r"^\S*sctrace: invalid (-\w|--[\w-]+) "), lambda m: m.group(1) + " (value)"),
    (re.compile(r"^\S*sctrace: invalid (signal|status|descriptor|regular expression)"),
     lambda m: "-e " + {"descriptor": "read/write", "regular expression": "trace=/regex"}.get(m.group(1), m.group(1)) + " (value)"),
    (re.compile(r"^\S*sctrace: (must have COMMAND|give one of COMMAND)"), lambda m: "(no command: " + m.group(1) + ")"),
    (re.compile(r"^\S*sctrace: (empty \w+.* set|--\S+ .*)"), lambda m: m.group(1)[:40]),
]

SYSCALL = re.compile(r"^(?:\[pid +\d+\] |\d+ +)?(?:[\d:.]+ +)?(?:<\.\.\. )?([a-z_][a-z0-9_]*)(?:\(| resumed>)")
PATTERN = re.compile(r"^#\d+: \^?(?:\\\[pid.*?\] )?([a-z_][a-z0-9_]*)\\?\(")
HEADER = re.compile(r"^(---|\+\+\+) \S+\t")

def diff_syscalls(text):
    names = set()
    for line in text.splitlines():
        if HEADER.match(line):
            continue
        if line[:1] in "-+" and not line.startswith(("---", "+++ ")) or line.startswith("++++"):
            m = SYSCALL.match(line[1:])
            if m:
                names.add(m.group(1))
        else:
            m = PATTERN.match(line)
            if m:
                names.add(m.group(1))
    return names

def failure_line(text):
    for pat in (r"^\S+\.test: failed test: .*", r"^\S+\.test: skipped test: .*",
                r"^\S+\.test: framework (?:failure|skip): .*"):
        m = re.search(pat, text, re.M)
        if m:
            return m.group(0)
    lines = [l for l in text.splitlines() if l.strip()]
    return " / ".join(lines[-2:]) if lines else "(empty log)"

def classify(r, text):
    # The *-syntax tests give invalid command lines on purpose and compare the tracer's
    # error message and exit status with strace's: a difference there is one of output.
    if re.search(r"failed to print expected diagnostics|failed to handle the error properly", text):
        return "output-diff", "(error messages of a *-syntax test)"
    for line in text.splitlines():
        for rx, key in REJECT:
            m = rx.match(line)
            if m:
                k = key(m)
                return "rejected-option", long_form(k, text) if len(k) == 2 else k
    if r == "SKIP":
        return "skipped", failure_line(text)[:160]
    if re.search(r"time limit \(\d+\) exceeded", text):
        return "timeout", failure_line(text)[:160]
    if (re.search(r"output mismatch|^Failed patterns of expected output|^@@ -\d", text, re.M)):
        return "output-diff", ",".join(sorted(diff_syscalls(text)))
    if re.search(r"failed with code \d+", text):
        return "tracer-exit", failure_line(text)[:160]
    return "other", failure_line(text)[:160]

base, sct = results("strace"), results("sctrace")
# Both passes ran the same tests unless --tests narrowed one of them: compare those in both.
tests = sorted(set(base) & set(sct))
passes = lambda r: r in ("PASS", "XFAIL")
rows = []
for t in tests:
    b, s = base.get(t, "-"), sct.get(t, "-")
    if not passes(b):
        cause, detail = "baseline-not-pass", ""
    elif passes(s):
        cause, detail = "pass", ""
    else:
        cause, detail = classify(s, read_log("sctrace", t))
    rows.append((t, b, s, cause, detail.replace("\t", " ").replace("\n", " ")))

with open(os.path.join(workdir, "summary.tsv"), "w") as f:
    f.write("test\tstrace\tsctrace\tcause\toption_or_detail\n")
    for r in rows:
        f.write("\t".join(r) + "\n")

n = len(rows)
p = sum(1 for r in rows if passes(r[1]))
s = sum(1 for r in rows if r[3] == "pass")
extra = sum(1 for r in rows if not passes(r[1]) and passes(r[2]))
bc = collections.Counter(r[1] for r in rows)
sc = collections.Counter(r[2] for r in rows)
causes = collections.Counter(r[3] for r in rows if r[3] not in ("pass", "baseline-not-pass"))

def secs(name):
    try:
        return int(open(os.path.join(res, name, ".seconds")).read())
    except (OSError, ValueError):
        return None

print("strace test suite, %s" % os.path.basename(workdir))
print("tests run:                 %d" % n)
print("passing with strace:       %d   (%s)" % (p, ", ".join("%s %d" % kv for kv in sorted(bc.items()))))
print("passing with sctrace:      %d of those %d   (all results: %s)" % (s, p, ", ".join("%s %d" % kv for kv in sorted(sc.items()))))
print("sctrace / strace:          %.1f%%" % (100.0 * s / p if p else 0.0))
if extra:
    print("pass with sctrace only:    %d (not counted)" % extra)
for name in ("strace", "sctrace"):
    t = secs(name)
    if t is not None:
        print("time of the %-7s pass:   %d min %02d s" % (name, t // 60, t % 60))
print()
print("sctrace failures among the %d strace passes, by cause:" % p)
labels = {"rejected-option": "(a) sctrace rejected an option",
          "output-diff": "(b) output differed",
          "timeout": "(c) timeout",
          "tracer-exit": "(c) tracer or traced program exited with an unexpected code",
          "skipped": "(c) test skipped itself under sctrace",
          "other": "(c) other"}
for c in ("rejected-option", "output-diff", "timeout", "tracer-exit", "skipped", "other"):
    print("  %-64s %5d" % (labels[c], causes.get(c, 0)))
    if c == "output-diff":
        syn = sum(1 for r in rows if r[3] == c and r[4].startswith("(error messages"))
        if syn:
            print("  %-64s %5d" % ("    of which *-syntax tests (error messages, exit status)", syn))

opts = collections.Counter(r[4] for r in rows if r[3] == "rejected-option")
print()
print("top rejected options (tests):")
for o, c in opts.most_common(30):
    print("  %5d  %s" % (c, o))

sysc = collections.Counter()
for r in rows:
    if r[3] == "output-diff":
        for name in filter(None, r[4].split(",") if not r[4].startswith("(") else []):
            sysc[name] += 1
print()
print("most frequent syscalls in the differing lines of output-diff tests (tests):")
for o, c in sysc.most_common(30):
    print("  %5d  %s" % (c, o))

for c in ("timeout", "tracer-exit", "skipped", "other"):
    ex = [r for r in rows if r[3] == c]
    if ex:
        print()
        print("%s (%d), first examples:" % (c, len(ex)))
        for r in ex[:8]:
            print("  %-32s %s" % (r[0], r[4][:110]))
print()
print("per-test table: %s" % os.path.join(workdir, "summary.tsv"))
EOF
