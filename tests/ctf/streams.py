#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks the packets of a CTF trace directory sctrace wrote (doc/CTF.md) and
prints the events_discarded total over its streams.

Every stream file channel0_N is a whole number of packets, each with the
magic, the metadata's UUID, content_size == packet_size, packet_seq_num
0, 1, 2..., cpu_id N, timestamp_begin <= timestamp_end, packets in time order,
events_discarded never decreasing. Usage: streams.py DIR; exits 1 with the
reasons on stderr."""
import os
import re
import struct
import sys

HEADER = struct.Struct('<I16sI6QI')  # magic, uuid, stream_id, context, cpu_id


def check_stream(path, cpu, uuid, errors):
    data = open(path, 'rb').read()
    off, seq, prev_end, prev_disc = 0, 0, 0, 0
    while off < len(data):
        if len(data) - off < HEADER.size:
            errors.append(f'{path}: {len(data) - off} bytes after the last packet')
            break
        magic, u, sid, tb, te, content, size, pseq, disc, pcpu = HEADER.unpack_from(data, off)
        where = f'{path} packet {seq} at {off}'
        if magic != 0xC1FC1FC1:
            errors.append(f'{where}: magic {magic:#x}')
            break
        if u != uuid:
            errors.append(f'{where}: uuid differs from the metadata')
        if sid != 0 or pseq != seq or pcpu != cpu:
            errors.append(f'{where}: stream_id {sid}, seq {pseq}, cpu_id {pcpu}')
        if content != size or size % 8 or size // 8 < HEADER.size or off + size // 8 > len(data):
            errors.append(f'{where}: content_size {content}, packet_size {size}')
            break
        if not prev_end <= tb <= te:
            errors.append(f'{where}: times {tb}..{te} after {prev_end}')
        if disc < prev_disc:
            errors.append(f'{where}: events_discarded {disc} < {prev_disc}')
        prev_end, prev_disc = te, disc
        off += size // 8
        seq += 1
    return prev_disc


def main():
    d = sys.argv[1]
    meta = open(os.path.join(d, 'metadata')).read()
    m = re.search(r'trace \{[^}]*?uuid = "([0-9a-f-]{36})"', meta, re.S)
    if not meta.startswith('/* CTF 1.8') or not m:
        sys.exit('metadata: no CTF 1.8 signature or trace uuid')
    uuid = bytes.fromhex(m.group(1).replace('-', ''))
    errors, total, files = [], 0, 0
    for name in sorted(os.listdir(d)):
        m = re.fullmatch(r'channel0_(\d+)', name)
        if m:
            files += 1
            total += check_stream(os.path.join(d, name), int(m.group(1)), uuid, errors)
        elif name != 'metadata':
            errors.append(f'unexpected file {name}')
    if not files:
        errors.append('no stream file')
    for e in errors:
        print(e, file=sys.stderr)
    print(total)
    sys.exit(1 if errors else 0)


main()
