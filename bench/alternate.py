#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Alternating runs of commands: the median and minimum wall time of each and its CPU time
(the command's and its children's, from wait4), without a shell's start-up in the figure.
A manual start-up comparison beside `make bench`'s case 5 (doc/PERFORMANCE.md).

  bench/alternate.py RUNS PAUSE_S "CMD ARGS..." ["CMD ARGS..." ...]

PAUSE_S seconds pass before each run: 0 for runs back to back (as scripts and test suites
run a tracer), more than a second for runs the kept object's links no longer serve.
"""
import os
import statistics
import sys
import time


def main(argv):
    if len(argv) < 4:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    runs, pause = int(argv[1]), float(argv[2])
    cmds = [c.split() for c in argv[3:]]
    wall = [[] for _ in cmds]
    cpu = [[] for _ in cmds]
    null = os.open(os.devnull, os.O_WRONLY)
    quiet = [(os.POSIX_SPAWN_DUP2, null, 1), (os.POSIX_SPAWN_DUP2, null, 2)]
    for _ in range(runs):
        for i, cmd in enumerate(cmds):
            time.sleep(pause)
            t0 = time.perf_counter_ns()
            pid = os.posix_spawnp(cmd[0], cmd, os.environ, file_actions=quiet)
            _, status, usage = os.wait4(pid, 0)
            t1 = time.perf_counter_ns()
            if os.waitstatus_to_exitcode(status) != 0:
                print(f"{' '.join(cmd)}: exit status {os.waitstatus_to_exitcode(status)}",
                      file=sys.stderr)
                return 1
            wall[i].append((t1 - t0) / 1e6)
            cpu[i].append((usage.ru_utime + usage.ru_stime) * 1e3)
    for i, cmd in enumerate(cmds):
        print(f"{' '.join(cmd)[:50]:50s} wall median {statistics.median(wall[i]):7.2f} ms"
              f" (min {min(wall[i]):6.2f})  CPU median {statistics.median(cpu[i]):7.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
