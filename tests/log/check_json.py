#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Check a --json trace: every line one JSON object with the fields doc/JSON.md
documents, of the documented types. Usage: check_json.py FILE [TYPE...]: each
TYPE must occur. Prints a one-line summary; exit 1 on the first problem."""
import json
import sys

COMMON = {"type": str, "time": str, "ts_ns": int, "ts_sec": int, "ts_nsec": int, "pid": int,
          "tid": int, "comm": (str, type(None))}
BY_TYPE = {
    "syscall": {"syscall": str, "nr": int, "args": dict, "argv": list},
    "fork": {"child_pid": int, "child_tid": int},
    "exit": {"group_dead": bool},
    "signal": {"signal": (str, int), "siginfo": str, "ignored": bool},
    "task": {"attached": bool},
    "usdt": {"provider": str, "probe": str, "probe_id": int, "args": list},
    "loss": {"lost": int, "cpu": int},
    "end": {"events": int, "lost": int, "truncated_strings": int,
            "unreadable_args": int, "missed": int},
    "finding": {"rule": str, "summary": str, "evidence": dict, "change": str},
    "diagnose": {"calls": int, "findings": int},
    "summary": {"summary_version": int, "clock": str, "syscalls": list, "total": dict},
    "sched_switch": {"cpu": int, "prev_comm": str, "prev_pid": int, "prev_tid": int,
                     "prev_prio": int, "prev_state": int, "next_comm": str, "next_pid": int,
                     "next_tid": int, "next_prio": int},
}
OPTIONAL = {
    "syscall": {"ret": (int, type(None)), "errno": (str, type(None)), "errno_value": int,
                "duration_ns": int, "unfinished": bool, "truncated_args": list,
                "injected": bool, "poked": bool, "delayed": bool, "fds": dict},
    "exit": {"exit_code": int, "killed_by": (str, int), "core_dumped": bool},
    "task": {"ppid": int},
    "usdt": {"truncated_args": list},
    "summary": {"processes": list, "fd_histograms": list, "fd_histograms_dropped": int},
}


def fail(n, msg):
    print(f"line {n}: {msg}")
    sys.exit(1)


def main():
    seen = {}
    path, wanted = sys.argv[1], sys.argv[2:]
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        for n, line in enumerate(f, 1):
            try:
                obj = json.loads(line)
            except ValueError as e:
                fail(n, f"not JSON: {e}")
            t = obj.get("type")
            if t not in BY_TYPE:
                fail(n, f"unknown type {t!r}")
            fields = dict(COMMON, **BY_TYPE[t])
            for k, typ in fields.items():
                if k not in obj:
                    fail(n, f"{t}: missing {k}")
                if not isinstance(obj[k], typ) or (typ is int and isinstance(obj[k], bool)):
                    fail(n, f"{t}: {k} is {type(obj[k]).__name__}")
            for k, v in obj.items():
                if k in fields:
                    continue
                typ = OPTIONAL.get(t, {}).get(k)
                if typ is None:
                    fail(n, f"{t}: undocumented field {k}")
                if not isinstance(v, typ):
                    fail(n, f"{t}: {k} is {type(v).__name__}")
            if t == "syscall":
                if "ret" not in obj:
                    fail(n, "syscall: missing ret")
                if obj.get("errno") and obj["ret"] not in (-1, None):
                    fail(n, "syscall: errno with a ret other than -1/null")
                if len(obj["args"]) != len(obj["argv"]):
                    fail(n, "syscall: args and argv of different lengths")
                for a in obj["argv"]:
                    if not isinstance(a, (int, str, list, dict, type(None))):
                        fail(n, f"syscall: argument of type {type(a).__name__}")
            if obj["ts_ns"] != obj["ts_sec"] * 10**9 + obj["ts_nsec"] or not 0 <= obj["ts_nsec"] < 10**9:
                fail(n, "ts_sec/ts_nsec disagree with ts_ns")
            if t == "exit" and ("exit_code" in obj) == ("killed_by" in obj):
                fail(n, "exit: exactly one of exit_code and killed_by")
            seen[t] = seen.get(t, 0) + 1
    missing = [t for t in wanted if t not in seen]
    if missing:
        print(f"no object of type {', '.join(missing)}")
        sys.exit(1)
    print(", ".join(f"{k} {v}" for k, v in sorted(seen.items())))


if __name__ == "__main__":
    main()
