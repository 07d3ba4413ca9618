#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Rewrite a version 3 sctrace log as version 1 or 2 (doc/FORMAT.md): each packed
syscall record (types 1-3) widened to 96 bytes before its blobs (all six arguments),
the chunk checksums redone, then the version and the header checksum set. Streams
512+n are kept as they are (a version 1 writer never made them; readers accept them).
Used by tests/log/run.sh (8b) and tests/log/golden/regen.sh.
Usage: downgrade.py IN.log VERSION:OUT.log...   (VERSION 1 or 2)"""
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from crc32c import crc32c  # noqa: E402


def widen(rec):
    rtype = struct.unpack_from('<H', rec, 16)[0]
    if rtype not in (1, 2, 3):
        return rec
    nr, flags, nblobs, nargs = struct.unpack_from('<HHHB', rec, 40)
    args = list(struct.unpack_from('<%dQ' % nargs, rec, 48)) + [0] * (6 - nargs)
    rest = rec[48 + 8 * nargs:]
    out = bytearray(rec[:40]) + struct.pack('<6QHHHH', *args, nr, flags, nblobs, 0) + rest
    struct.pack_into('<H', out, 18, len(out))
    return out


def widen_log(d):
    """The header as it is, then every chunk with its records widened."""
    hlen = struct.unpack_from('<I', d, 12)[0]
    out, off = bytearray(d[:hlen]), hlen
    while off + 48 <= len(d):
        h = bytearray(d[off:off + 48])
        plen = struct.unpack_from('<I', h, 32)[0]
        p, payload = d[off + 48:off + 48 + plen], bytearray()
        q = 0
        while q < plen:
            size = struct.unpack_from('<H', p, q + 18)[0]
            payload += widen(p[q:q + size])
            q += size
        struct.pack_into('<I', h, 32, len(payload))
        struct.pack_into('<I', h, 40, 0)
        struct.pack_into('<I', h, 40, crc32c(bytes(h) + bytes(payload)))
        out += h + payload
        off += 48 + plen
    return out, hlen


def main(argv):
    if len(argv) < 3 or any(a[:2] not in ('1:', '2:') for a in argv[2:]):
        sys.exit(__doc__.rsplit('\n', 1)[-1])
    d = open(argv[1], 'rb').read()
    if struct.unpack_from('<I', d, 8)[0] != 3:
        sys.exit('downgrade.py: %s is not a version 3 log' % argv[1])
    wide, hlen = widen_log(d)
    for spec in argv[2:]:
        version, path = int(spec[0]), spec[2:]
        v = bytearray(wide)
        struct.pack_into('<I', v, 8, version)
        struct.pack_into('<I', v, 20, 0)
        struct.pack_into('<I', v, 20, crc32c(v[:hlen]))
        open(path, 'wb').write(v)


if __name__ == '__main__':
    main(sys.argv)
