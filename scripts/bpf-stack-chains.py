#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The deepest chains of BPF calls from a program of a BPF object, with their stack.

The kernel refuses a program whose chain of calls (bpf-to-bpf calls and
bpf_loop callbacks) takes more than 512 bytes of stack, each frame rounded up
to 16 with the JIT; its "stack depth" line lists the frames but not the
chains. This estimates them from the object: a function's frame is its
deepest r10 offset (the verifier may count up to ~24 bytes more, for spills
it adds), calls are the call relocations, callbacks the addresses of .text
functions loaded into a register.

    scripts/bpf-stack-chains.py build/capture.bpf.o syscall_hooks [N]
"""
import re
import subprocess
import sys

OBJDUMP = "llvm-objdump-14"


def functions(obj):
    """{section: {offset: name}} of the object's function symbols."""
    out = subprocess.run([OBJDUMP, "-t", obj], capture_output=True, text=True, check=True).stdout
    syms = {}
    for line in out.splitlines():
        f = line.split()
        if len(f) >= 6 and f[2] == "F":
            syms.setdefault(f[3], {})[int(f[0], 16)] = f[5]
    return syms


def graph(obj):
    """Each function's frame size and the functions it calls (callbacks marked *)."""
    syms = functions(obj)
    text = syms.get(".text", {})
    out = subprocess.run([OBJDUMP, "-dr", "--no-show-raw-insn", obj], capture_output=True,
                         text=True, check=True).stdout
    frame, calls, fn, prev = {}, {}, None, ""
    for line in out.splitlines():
        m = re.match(r"^[0-9a-f]+ <([A-Za-z_0-9]+)>:", line)
        if m and not m.group(1).startswith("LBB"):
            fn = m.group(1)
            frame.setdefault(fn, 0)
            calls.setdefault(fn, set())
            continue
        if fn is None:
            continue
        m = re.search(r"r10 - (\d+)", line)
        if m:
            frame[fn] = max(frame[fn], int(m.group(1)))
        m = re.search(r"R_BPF_64_32\s+(\S+)", line)
        if m and m.group(1) != ".text":
            calls[fn].add(m.group(1))
        if re.search(r"R_BPF_64_64\s+\.text", line):
            m = re.search(r"= (\d+) ll", prev)
            if m and int(m.group(1)) in text:
                calls[fn].add(text[int(m.group(1))] + "*")
        if "R_BPF" not in line:
            prev = line
    return frame, calls


def chains(frame, calls, fn, path=(), total=0):
    name = fn.rstrip("*")
    total += (max(frame.get(name, 0), 1) + 15) // 16 * 16
    path = path + ("%s(%d)" % (fn, frame.get(name, 0)),)
    if name in (p.split("(")[0].rstrip("*") for p in path[:-1]):
        return  # recursion: the verifier refuses it anyway
    if not calls.get(name):
        yield total, path
        return
    for c in sorted(calls[name]):
        yield from chains(frame, calls, c, path, total)


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: bpf-stack-chains.py OBJECT PROGRAM [N]")
    frame, calls = graph(sys.argv[1])
    if sys.argv[2] not in frame:
        sys.exit("bpf-stack-chains.py: no program %s in %s" % (sys.argv[2], sys.argv[1]))
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    for total, path in sorted(chains(frame, calls, sys.argv[2]), reverse=True)[:n]:
        print("%4d  %s" % (total, " -> ".join(path)))


if __name__ == "__main__":
    main()
