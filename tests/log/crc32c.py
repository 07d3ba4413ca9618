# SPDX-License-Identifier: MIT
"""CRC32C (Castagnoli, reflected), the checksum of sctrace log headers and chunks
(doc/FORMAT.md), for the test scripts that rewrite logs (tests/log/run.sh,
tests/log/downgrade.py)."""

_TABLE = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ (0x82f63b78 if _c & 1 else 0)
    _TABLE.append(_c)


def crc32c(data, crc=0):
    crc ^= 0xffffffff
    for b in data:
        crc = (crc >> 8) ^ _TABLE[(crc ^ b) & 0xff]
    return crc ^ 0xffffffff
