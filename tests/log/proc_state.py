#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Print the PROC_STATE records (type 14) of an sctrace log, one a line:
# "tid tgid ppid pid_ns comm arg0 arg1 ..." (fields separated by '|'), for the tests of
# the state dump. Reads intact chunks only (the tests' logs are whole).
import struct
import sys

PROC_STATE = 14


def main(path):
    data = open(path, "rb").read()
    off = struct.unpack_from("<I", data, 12)[0]
    while off + 48 <= len(data):
        length, nrecords = struct.unpack_from("<II", data, off + 32)
        p = off + 48
        for _ in range(nrecords):
            _ts, tid, tgid, rtype, size = struct.unpack_from("<QIIHH", data, p)
            if rtype == PROC_STATE:
                ppid, blen, pid_ns = struct.unpack_from("<IIQ", data, p + 24)
                body = data[p + 40:p + 40 + blen].decode("utf-8", "replace").split("\0")[:-1]
                print("|".join([str(tid), str(tgid), str(ppid), str(pid_ns)] + body))
            p += size
        off += 48 + length


if __name__ == "__main__":
    main(sys.argv[1])
