#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Real-program parity: how many of strace's lines sctrace prints identically.

Runs everyday programs (ls, find, git, gcc, tar, python, sqlite3, ip, ss...) once
under strace and once under sctrace, both with -f -o FILE, normalises both traces
the same way and reports, per program and overall, the share of lines that are
identical. A measurement, not a pass/fail test: `make parity` runs it.

Normalisation (the same for both sides):
  - pids become P1, P2... in order of first appearance (line prefixes and every
    other occurrence of the number: clone's result, wait4's argument...);
  - addresses (0x followed by 5 or more hex digits) become 0xADDR;
  - an "<unfinished ...>" line and its "<... resumed>" line are joined into the
    whole call, since where a call is interrupted depends on timing;
  - getrandom's bytes become "RANDOM" (they differ from run to run), and the
    tracer's pid, getppid()'s result in the first process, becomes PPID.
Lines are then aligned per process (difflib), and identical lines are counted.
A line of one trace that the other does not have counts against the score:
score = identical / max(lines of strace, lines of sctrace).

--self runs strace against strace instead: the noise floor of the method
(programs that read the clock, /proc or random data differ between any runs).
"""

import argparse
import collections
import fcntl
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

WORK = "/tmp/sctrace-parity/work"  # the same path in every run: paths appear in traces

# name, shell command run in WORK (a fresh copy of the template each time)
PROGRAMS = [
    ("ls", "ls -la /etc"),
    ("ls-R", "ls -lR ."),
    ("find", "find /usr/share/doc/coreutils /usr/share/doc/tar -maxdepth 2"),
    ("id", "id"),
    ("df", "df -h"),
    ("du", "du -s /usr/share/doc"),
    ("cat", "cat /etc/os-release"),
    ("stat", "stat /etc/passwd"),
    ("git-status", "git status"),
    ("git-log", "git log --oneline"),
    ("gcc", "gcc -c hello.c -o hello.o"),
    ("tar-c", "tar cf out.tar src"),
    ("tar-t", "tar tf src.tar"),
    ("gzip", "gzip -k src/a.txt"),
    ("xz", "xz -k src/b.txt"),
    ("sha256sum", "sha256sum src/a.txt src/b.txt"),
    ("sort", "sort src/b.txt"),
    ("grep", "grep -r line src"),
    ("sed", "sed -n 2p src/a.txt"),
    ("awk", "awk '{n++} END {print n}' src/b.txt"),
    ("python3", "/usr/bin/python3 -c 'import json; print(json.dumps({\"a\": 1}))'"),
    ("perl", "perl -e 'print \"x\\n\"'"),
    ("sqlite3", "sqlite3 db.sqlite 'create table t(a); insert into t values(1); select * from t;'"),
    ("ip-addr", "ip addr"),
    ("ip-link", "ip link"),
    ("ss", "ss -t -a"),
    ("uname", "uname -a"),
    ("hostname", "hostname"),
    ("sh-pipe", "sh -c 'echo hi | cat'"),
    ("make", "make -n"),
    ("cp-rm", "cp -r src dst && rm -r dst"),
]

PID_PREFIX = re.compile(r"^(\d+) +")
ADDR = re.compile(r"0x[0-9a-f]{5,}")
UNFINISHED = re.compile(r"^(?P<pfx>P\d+ )?(?P<call>.*) <unfinished \.\.\.>$")
RESUMED = re.compile(r"^(?P<pfx>P\d+ )?<\.\.\. (?P<name>[\w]+) resumed>(?P<rest>.*)$")
FORK_RESULT = re.compile(r"^(?:<\.\.\. )?(?:clone|clone3|fork|vfork)\b.*= (\d+)$")
GETRANDOM = re.compile(r'^(?P<pfx>(P\d+ )?getrandom\()"(?:[^"\\]|\\.)*"')


def make_template(root):
    src = os.path.join(root, "src")
    os.makedirs(src)
    with open(os.path.join(src, "a.txt"), "w") as f:
        f.write("".join("line %d of a\n" % i for i in range(50)))
    with open(os.path.join(src, "b.txt"), "w") as f:
        f.write("".join("line %d\n" % ((i * 7919) % 1000) for i in range(2000)))
    with open(os.path.join(root, "hello.c"), "w") as f:
        f.write("#include <stdio.h>\nint main(void) { puts(\"hello\"); return 0; }\n")
    with open(os.path.join(root, "Makefile"), "w") as f:
        f.write("all: hello\nhello: hello.c\n\tcc -o hello hello.c\n")
    env = dict(os.environ, GIT_AUTHOR_DATE="2026-01-01T00:00:00Z",
               GIT_COMMITTER_DATE="2026-01-01T00:00:00Z")
    git = ["git", "-c", "user.name=p", "-c", "user.email=p@p", "-c", "init.defaultBranch=main"]
    subprocess.run(git + ["init", "-q"], cwd=root, check=True, env=env)
    subprocess.run(git + ["add", "src", "hello.c"], cwd=root, check=True, env=env)
    subprocess.run(git + ["commit", "-qm", "one"], cwd=root, check=True, env=env)
    subprocess.run(["tar", "cf", "src.tar", "src"], cwd=root, check=True)


def run_traced(tracer, template, cmd, out):
    shutil.rmtree(WORK, ignore_errors=True)
    shutil.copytree(template, WORK, symlinks=True)
    argv = [tracer, "-f", "-o", out, "sh", "-c", cmd]
    subprocess.run(argv, cwd=WORK, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=120)


def label_pids(raw):
    """{pid: "P1"...}: the first process is P1, then children in the order
    their parent's fork/clone returned them, breadth first (the order in which
    children first print depends on scheduling)."""
    lines = collections.OrderedDict()
    for line in raw:
        m = PID_PREFIX.match(line)
        lines.setdefault(m.group(1) if m else "0", []).append(line[m.end():] if m else line)
    order = list(lines)[:1]
    for pid in order:
        for body in lines[pid]:
            c = FORK_RESULT.match(body)
            if c and c.group(1) in lines and c.group(1) not in order:
                order.append(c.group(1))
    order += [p for p in lines if p not in order]
    return {pid: "P%d" % (i + 1) for i, pid in enumerate(order)}


def normalise(path):
    """The trace as {process label: [lines]}, normalised as the module says."""
    per_pid = collections.OrderedDict()
    pending = {}
    with open(path, errors="replace") as f:
        raw = f.read().splitlines()
    pids = label_pids(raw)
    pid_word = re.compile(r"\b(%s)\b" % "|".join(sorted(pids, key=len, reverse=True))) \
        if pids else None
    for line in raw:
        m = PID_PREFIX.match(line)
        pid = m.group(1) if m else "0"
        body = line[m.end():] if m else line
        if pid_word:
            body = pid_word.sub(lambda w: pids[w.group(1)], body)
        body = ADDR.sub("0xADDR", body)
        # the parent of the first process is the tracer itself
        body = re.sub(r"^getppid\(\) += \d+$", "getppid() = PPID", body)
        body = GETRANDOM.sub(lambda g: g.group("pfx") + '"RANDOM"', body)
        lab = pids[pid]
        u = UNFINISHED.match(body)
        if u:
            pending[lab] = u.group("call")
            continue
        r = RESUMED.match(body)
        if r and lab in pending:
            body = pending.pop(lab) + r.group("rest")
        # the padding before " = " depends on the joined text: collapse it
        body = re.sub(r"\) +=", ") =", body)
        per_pid.setdefault(lab, []).append(body)
    for lab, call in pending.items():
        per_pid.setdefault(lab, []).append(call + " <unfinished ...>")
    return per_pid


def compare(a, b):
    """(identical lines, total, unmatched lines of a, unmatched of b)"""
    same = total = 0
    only_a, only_b = [], []
    for lab in list(a) + [k for k in b if k not in a]:
        la, lb = a.get(lab, []), b.get(lab, [])
        sm = difflib.SequenceMatcher(None, la, lb, autojunk=False)
        matched = 0
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            if tag == "equal":
                matched += i2 - i1
            else:
                only_a.extend(la[i1:i2])
                only_b.extend(lb[j1:j2])
        same += matched
        total += max(len(la), len(lb))
    return same, total, only_a, only_b


def call_name(line):
    m = re.match(r"(?:P\d+ )?([a-z_0-9]+)\(", line)
    return m.group(1) if m else "(other)"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sctrace", default=os.path.join(os.path.dirname(__file__),
                                                      "../../build/sctrace"))
    ap.add_argument("--strace", default="strace")
    ap.add_argument("--self", action="store_true", help="strace against strace")
    ap.add_argument("--keep", help="keep both traces of each program in this directory")
    ap.add_argument("--show", type=int, default=0,
                    help="print up to N differing lines of each side per program")
    ap.add_argument("programs", nargs="*", help="names from the list (default: all)")
    args = ap.parse_args()
    other = args.strace if args.self else os.path.abspath(args.sctrace)
    chosen = [p for p in PROGRAMS if not args.programs or p[0] in args.programs]
    if not chosen:
        sys.exit("parity: no such program; known: " + " ".join(p[0] for p in PROGRAMS))
    # WORK is one path for every run (it appears in the traces): one run at a time
    lock = open("/tmp/sctrace-parity.lock", "w")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        print("parity: another run holds /tmp/sctrace-parity.lock; waiting", file=sys.stderr)
        fcntl.flock(lock, fcntl.LOCK_EX)
    tmp = tempfile.mkdtemp(prefix="sctrace-parity.")
    template = os.path.join(tmp, "template")
    make_template(template)
    keep = args.keep or tmp
    os.makedirs(keep, exist_ok=True)
    all_same = all_total = 0
    missing = collections.Counter()
    name_b = "strace#2" if args.self else "sctrace"
    for name, cmd in chosen:
        if not shutil.which(cmd.split()[0]):
            print("%-12s skipped: %s is not installed" % (name, cmd.split()[0]))
            continue
        ta, tb = os.path.join(keep, name + ".strace"), os.path.join(keep, name + ".other")
        try:
            run_traced(args.strace, template, cmd, ta)
            run_traced(other, template, cmd, tb)
        except subprocess.TimeoutExpired:
            print("%-12s timed out" % name)
            continue
        same, total, only_a, only_b = compare(normalise(ta), normalise(tb))
        all_same += same
        all_total += total
        for line in only_a:
            missing[call_name(line)] += 1
        pct = 100.0 * same / total if total else 100.0
        print("%-12s %6.2f%%  (%d of %d lines)" % (name, pct, same, total))
        for line in only_a[:args.show]:
            print("    strace:  " + line)
        for line in only_b[:args.show]:
            print("    %s: %s" % (name_b, line))
    if all_total:
        print("overall      %6.2f%%  (%d of %d lines), strace against %s"
              % (100.0 * all_same / all_total, all_same, all_total, name_b))
    print("calls of strace's lines that differ, most first: " +
          ", ".join("%s %d" % kv for kv in missing.most_common(15)))
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(os.path.dirname(WORK), ignore_errors=True)


if __name__ == "__main__":
    main()
