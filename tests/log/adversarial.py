#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The adversarial log corpus: hand-made malicious sctrace logs (doc/FORMAT.md) made
from a small recorded log, each with its checksums redone so that the reader's other
checks are what must catch it. tests/log/adversarial.sh replays every case under the
ASan/UBSan build. Writes OUTDIR/NAME.log and OUTDIR/cases ("NAME EXPECT" lines, EXPECT
"fatal": one error line and exit 1; "read": read with warnings or none, exit 0 or 1).
Usage: adversarial.py BASE.log OUTDIR [quick|all]"""
import os
import random
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from crc32c import crc32c  # noqa: E402

U64 = (1 << 64) - 1
HDR = struct.Struct('<QIIHHI')  # sct_rec_hdr: ts tid tgid type size cpu
CHUNK = struct.Struct('<IIQQQIIII')  # magic cpu seq lost watermark len nrecords crc reserved
CHUNK_MAGIC = 0x4b484353
USER = 0xffffffff
T_SYSCALL, T_ENTER, T_EXIT, T_FORK, T_TASK_EXIT, T_SIGNAL, T_TASK_NEW, T_LOSS, T_END, \
    T_USDT, T_USDT_PROBE, T_FD_SNAPSHOT, T_EXEC = range(1, 14)


class Log:
    def __init__(self, data):
        self.hlen = struct.unpack_from('<I', data, 12)[0]
        self.header = bytearray(data[:self.hlen])
        self.chunks = []  # [header fields list, payload bytearray]
        off = self.hlen
        while off + 48 <= len(data):
            f = list(CHUNK.unpack_from(data, off))
            self.chunks.append([f, bytearray(data[off + 48:off + 48 + f[5]])])
            off += 48 + f[5]

    def fields(self):
        """(offset of the field header, type, len) of each header field."""
        out, off = [], 24
        for _ in range(struct.unpack_from('<I', self.header, 16)[0]):
            ftype, _flags, flen = struct.unpack_from('<HHI', self.header, off)
            out.append((off, ftype, flen))
            off += 8 + ((flen + 7) & ~7)
        return out

    def set_field(self, ftype, value):
        """Replace a header field's data (the header grows or shrinks)."""
        for off, t, flen in self.fields():
            if t == ftype:
                pad = (len(value) + 7) & ~7
                new = struct.pack('<HHI', t, 0, len(value)) + value + bytes(pad - len(value))
                self.header[off:off + 8 + ((flen + 7) & ~7)] = new
                struct.pack_into('<I', self.header, 12, len(self.header))
                return
        raise KeyError(ftype)

    def records(self, i):
        """(offset, type, size) of the records of chunk i."""
        p, out, off = self.chunks[i][1], [], 0
        while off + 24 <= len(p):
            _ts, _tid, _tgid, rtype, size, _cpu = HDR.unpack_from(p, off)
            out.append((off, rtype, size))
            if size < 24:
                break
            off += size
        return out

    def find(self, want):
        """(chunk, offset, size) of the first record want(rtype, payload, off) accepts."""
        for i in range(len(self.chunks)):
            for off, rtype, size in self.records(i):
                if want(rtype, self.chunks[i][1], off):
                    return i, off, size
        raise LookupError('no such record in the base log')

    def bytes(self, fix_header=True, fix_chunks=True):
        h = bytearray(self.header)
        if fix_header:
            struct.pack_into('<I', h, 20, 0)
            struct.pack_into('<I', h, 20, crc32c(bytes(h[:self.hlen_now(h)])))
        out = h
        for f, p in self.chunks:
            f = list(f)
            if fix_chunks:
                f[7] = 0
                f[7] = crc32c(CHUNK.pack(*f) + bytes(p))
            out += CHUNK.pack(*f) + p
        return bytes(out)

    @staticmethod
    def hlen_now(h):
        return min(len(h), struct.unpack_from('<I', h, 12)[0])


def rec(rtype, body, ts=1000, tid=1, tgid=1, cpu=0, size=None):
    body = bytes(body)
    n = 24 + len(body)
    pad = (8 - n % 8) % 8
    return HDR.pack(ts, tid, tgid, rtype, size if size is not None else n + pad, cpu) + body + bytes(pad)


def add_user_chunk(log, payload, nrecords, seq=None, watermark=None):
    """A chunk of sctrace-made records (stream USER) before the last chunk (the end)."""
    last = log.chunks[-1][0]
    f = [CHUNK_MAGIC, USER, last[2], 0, watermark if watermark is not None else last[4],
         len(payload), nrecords, 0, 0]
    log.chunks.insert(len(log.chunks) - 1, [f, bytearray(payload)])
    for k, (g, _p) in enumerate(log.chunks):  # sequence numbers in file order again
        g[2] = k if seq is None else g[2]


def is_syscall_with_blob(rtype, p, off):
    return rtype in (T_SYSCALL, T_EXIT) and struct.unpack_from('<H', p, off + 44)[0] > 0


def cases(base, mode):
    """name -> (expect, bytes)"""
    out = {}

    def case(name, expect, mutate, **kw):
        log = Log(base)
        mutate(log)
        out[name] = (expect, log.bytes(**kw))

    # --- the header
    case('hdr_nfields_huge', 'fatal', lambda l: struct.pack_into('<I', l.header, 16, 1000))
    case('hdr_nfields_max', 'fatal', lambda l: struct.pack_into('<I', l.header, 16, 0xffffffff))

    def field_len(v):
        def m(log):
            struct.pack_into('<I', log.header, log.fields()[-1][0] + 4, v)
        return m
    case('hdr_field_len_2^32-1', 'fatal', field_len(0xffffffff))
    case('hdr_field_len_2^32-8', 'fatal', field_len(0xfffffff8))
    case('hdr_len_2^32-8', 'fatal', lambda l: struct.pack_into('<I', l.header, 12, 0xfffffff8))
    case('hdr_len_short', 'fatal', lambda l: struct.pack_into('<I', l.header, 12, 16))
    case('hdr_syscalls_garbage', 'fatal', lambda l: l.set_field(10, b'\xff\x00read 0\n' * 40))
    case('hdr_syscalls_empty', 'read', lambda l: l.set_field(10, b''))
    case('hdr_arch_escape', 'fatal', lambda l: l.set_field(1, b'x86\x1b[31m\n'))

    def hostile_strings(log):
        log.set_field(5, b'host\x1b]0;owned\x07\nname')
        log.set_field(8, b'sctrace\x00-o\x00\x1b[2J\r\x00\xff\xfe')
        log.set_field(9, b'/tmp/\x1b[1m"dir"\\\n')
        log.set_field(6, b'6.1\x9b31m')
    case('hdr_strings_escape', 'read', hostile_strings)

    for name, v in (('max', (1 << 63) - 1), ('min', -(1 << 63)), ('minus1', -1)):
        case('hdr_clock_offset_' + name, 'read',
             lambda l, v=v: l.set_field(4, struct.pack('<q', v)))
    case('hdr_bad_crc', 'fatal', lambda l: struct.pack_into('<I', l.header, 20, 1), fix_header=False)

    # --- records
    def set_all_ts(v):
        def m(log):
            for i in range(len(log.chunks)):
                for off, rtype, size in log.records(i):
                    struct.pack_into('<Q', log.chunks[i][1], off, v)
                    if rtype in (T_SYSCALL, T_ENTER, T_EXIT) and size >= 32:
                        struct.pack_into('<Q', log.chunks[i][1], off + 24, (v - 5) & U64)
        return m
    case('ts_2^63-1', 'read', set_all_ts((1 << 63) - 1))
    case('ts_2^63', 'read', set_all_ts(1 << 63))
    case('ts_2^64-1', 'read', set_all_ts(U64))

    def ts_mix(log):
        vals = [(1 << 63) - 1, 1 << 63, U64, 0, 1, 1 << 62]
        k = 0
        for i in range(len(log.chunks)):
            for off, rtype, size in log.records(i):
                struct.pack_into('<Q', log.chunks[i][1], off, vals[k % len(vals)])
                if rtype in (T_SYSCALL, T_EXIT) and size >= 32:
                    struct.pack_into('<Q', log.chunks[i][1], off + 24, vals[(k + 3) % len(vals)])
                k += 1
    case('ts_mixed', 'read', ts_mix)

    def nargs(v):
        def m(log):
            i, off, _ = log.find(lambda t, p, o: t in (T_SYSCALL, T_EXIT))
            log.chunks[i][1][off + 46] = v
        return m
    for v in (7, 128, 255):
        case('nargs_%d' % v, 'read', nargs(v))

    def blob_field(field_off, fmt, v):
        def m(log):
            i, off, _ = log.find(is_syscall_with_blob)
            p = log.chunks[i][1]
            na = p[off + 46]
            struct.pack_into(fmt, p, off + 48 + 8 * na + field_off, v)
        return m
    case('blob_len_past_record', 'read', blob_field(4, '<H', 0xfff8))
    case('blob_len_max', 'read', blob_field(4, '<H', 0xffff))
    case('blob_arg_out_of_range', 'read', blob_field(0, '<B', 200))
    case('blob_kind_unknown', 'read', blob_field(1, '<B', 250))
    case('blob_aux_max', 'read', blob_field(6, '<H', 0xffff))

    def nblobs(v):
        def m(log):
            i, off, _ = log.find(lambda t, p, o: t in (T_SYSCALL, T_EXIT))
            struct.pack_into('<H', log.chunks[i][1], off + 44, v)
        return m
    case('nblobs_max', 'read', nblobs(0xffff))

    def rec_size(v):
        def m(log):
            i, off, _ = log.find(lambda t, p, o: t == T_SYSCALL)
            struct.pack_into('<H', log.chunks[i][1], off + 18, v)
        return m
    for v in (0, 8, 20, 0xfff8):
        case('rec_size_%d' % v, 'read', rec_size(v))

    def rec_type(v):
        def m(log):
            i, off, _ = log.find(lambda t, p, o: t == T_SYSCALL)
            struct.pack_into('<H', log.chunks[i][1], off + 16, v)
        return m
    for v in (0, 14, 0xffff, T_USDT, T_LOSS, T_END, T_FD_SNAPSHOT, T_SIGNAL, T_EXEC):
        case('rec_type_%d' % v, 'read', rec_type(v))

    def nr(v):
        def m(log):
            i, off, _ = log.find(lambda t, p, o: t == T_SYSCALL)
            struct.pack_into('<H', log.chunks[i][1], off + 40, v)
        return m
    for v in (0x3ff, 0x400, 0xffff):
        case('syscall_nr_%d' % v, 'read', nr(v))

    def user_records(payloads):
        def m(log):
            add_user_chunk(log, b''.join(payloads), len(payloads))
        return m
    probe = lambda pid, nargs, strs, slen=None: rec(  # noqa: E731
        T_USDT_PROBE, struct.pack('<IHH', pid, nargs, len(strs) if slen is None else slen) +
        bytes([0x88] * 12) + bytes(4) + strs, cpu=USER)
    usdt = lambda pid, nargs, nblobs, blobs=b'': rec(  # noqa: E731
        T_USDT, struct.pack('<IHH', pid, nargs, nblobs) + struct.pack('<12Q', *([U64] * 12)) + blobs,
        cpu=USER)
    good = b'prov\x00probe\x00-8@%rax 8@%rdx\x00/bin/x\x00'
    case('usdt_probe_nargs_max', 'read', user_records([probe(1, 0xffff, good), usdt(1, 2, 0)]))
    case('usdt_probe_strs_len_max', 'read', user_records([probe(2, 2, good, 0xffff), usdt(2, 2, 0)]))
    case('usdt_probe_strs_unterminated', 'read', user_records([probe(3, 2, b'p' * 40), usdt(3, 2, 0)]))
    case('usdt_nargs_max', 'read', user_records([probe(4, 2, good), usdt(4, 0xffff, 0)]))
    case('usdt_nblobs_max', 'read', user_records([probe(5, 2, good), usdt(5, 2, 0xffff)]))
    case('usdt_blob_past_record', 'read',
         user_records([probe(6, 2, good), usdt(6, 2, 1, struct.pack('<BBHHH', 1, 1, 0, 0xfff0, 0))]))
    case('usdt_unknown_probe', 'read', user_records([usdt(0xffffffff, 12, 0)]))
    case('loss_huge', 'read', user_records([rec(T_LOSS, struct.pack('<QII', U64, 0xfffffffe, 0), cpu=USER),
                                           rec(T_LOSS, struct.pack('<QII', U64, 7, 0), cpu=USER)]))
    case('end_huge', 'read', user_records([rec(T_END, struct.pack('<5Q', *([U64] * 5)), cpu=USER)]))
    case('fd_snapshot_len_huge', 'read',
         user_records([rec(T_FD_SNAPSHOT, struct.pack('<II', 0xffffffff, 0) + b'/\x000 0 /dev/null\x00', cpu=USER)]))
    case('fd_snapshot_unterminated', 'read',
         user_records([rec(T_FD_SNAPSHOT, struct.pack('<II', 16, 0) + b'/' * 16, cpu=USER)]))
    case('signal_numbers', 'read', user_records(
        [rec(T_SIGNAL, struct.pack('<iI', s, 0xffffffff) + bytes([0xff]) * 128, cpu=USER)
         for s in (0, -1, 65, 1 << 30, 9)]))
    case('task_exit_codes', 'read', user_records(
        [rec(T_TASK_EXIT, struct.pack('<iI', c, 0xffffffff), cpu=USER, tid=1, tgid=1)
         for c in (-1, 0x7f, 0xffff, 0x80 | 64)]))
    case('fork_self', 'read', user_records([rec(T_FORK, struct.pack('<II', 1, 1), cpu=USER)]))
    case('exec_tid_zero', 'read', user_records([rec(T_EXEC, struct.pack('<II', 0, 0xffffffff), cpu=USER, tid=0)]))

    # --- chunks
    def chunk_field(k, v, which=0):
        def m(log):
            log.chunks[which][0][k] = v
        return m

    def seqs(vals):
        def m(log):
            for k, (f, _p) in enumerate(log.chunks):
                f[2] = vals[k % len(vals)]
        return m
    case('seq_wrap', 'read', seqs([U64 - 1, U64, 0, 1]))
    case('seq_2^63', 'read', seqs([1 << 63]))
    case('seq_backwards', 'read', seqs([5, 4, 3, 2, 1, 0]))
    case('chunk_len_2^32-8', 'read', chunk_field(5, 0xfffffff8, 1), fix_chunks=False)
    case('chunk_len_past_file', 'read', chunk_field(5, 1 << 20, -1), fix_chunks=False)
    case('chunk_nrecords_max', 'read', chunk_field(6, 0xffffffff, 1))
    case('chunk_cpu_huge', 'read', chunk_field(1, 0x7fffffff, 1))
    case('chunk_cpu_511', 'read', chunk_field(1, 511, 1))
    case('chunk_watermark_max', 'read', chunk_field(4, U64, 0))
    case('chunk_lost_max', 'read', lambda l: [f.__setitem__(3, U64) for f, _p in l.chunks])

    # --- random mutations, checksums redone (a seeded PRNG: the same files every run)
    rnd = random.Random(17)
    n = 0 if mode == 'quick' else 600
    for k in range(n):
        log = Log(base)
        i = rnd.randrange(len(log.chunks))
        p = log.chunks[i][1]
        for _ in range(rnd.choice((1, 2, 4, 16))):
            if not p:
                break
            at = rnd.randrange(len(p))
            how = rnd.randrange(4)
            if how == 0:
                p[at] ^= 1 << rnd.randrange(8)
            elif how == 1:
                p[at] = rnd.choice((0, 0xff, 0x7f, 0x80))
            elif how == 2 and at + 8 <= len(p):
                struct.pack_into('<Q', p, at & ~7, rnd.choice((0, U64, 1 << 63, (1 << 63) - 1, 1 << 32)))
            elif at + 2 <= len(p):
                struct.pack_into('<H', p, at & ~1, rnd.choice((0, 0xffff, 0x8000, 7, 0x400)))
        out['mutant_%03d' % k] = ('read', log.bytes())
    return out


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__.rsplit('\n', 1)[-1])
    mode = argv[3] if len(argv) > 3 else 'quick'
    base = open(argv[1], 'rb').read()
    os.makedirs(argv[2], exist_ok=True)
    made = cases(base, mode)
    with open(os.path.join(argv[2], 'cases'), 'w') as f:
        for name, (expect, data) in made.items():
            open(os.path.join(argv[2], name + '.log'), 'wb').write(data)
            f.write('%s %s\n' % (name, expect))


if __name__ == '__main__':
    main(sys.argv)
