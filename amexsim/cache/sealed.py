"""The cache's file layout: a format line (and key lines), a check of the payload, the payload.

A kept file is only ever a shortcut, so reading one that is missing, foreign, truncated or
altered gives None (build afresh) rather than an error, and writing is atomic and private.

The check is the payload's CRC-32 and length: it catches a damaged or cut file, which is all it
is for (whoever can write the private cache folder can write a matching digest of any kind),
and costs a third of a millisecond for the ~4 MB a chat reads at start, where SHA-256 cost
about 2.5 ms and importing ``hashlib`` (OpenSSL) 2.5 ms more.
"""

from __future__ import annotations

import zlib
from pathlib import Path

_LONGEST_CHECK = len(b"crc32 %08x %d" % (0, 2**64))


def check(payload: bytes) -> bytes:
    """The line that vouches for ``payload``: its CRC-32 and length."""
    return b"crc32 %08x %d" % (zlib.crc32(payload), len(payload))


def read_sealed(path: Path, head: bytes) -> bytes | None:
    """The payload of ``path`` when it starts with ``head`` (its format line, and any key lines)
    and its check matches, else None."""
    try:
        with open(path, "rb", buffering=0) as file:  # the payload read once into its own bytes, never copied out of the file's
            start = file.read(len(head) + _LONGEST_CHECK + 1)
            if not start.startswith(head) or b"\n" not in start[len(head) :]:
                return None
            line = start[len(head) : start.index(b"\n", len(head))]
            file.seek(len(head) + len(line) + 1)
            payload = file.readall()
    except OSError:
        return None
    return payload if check(payload) == line else None


def write_sealed(path: Path, head: bytes, payload: bytes) -> None:
    """Write ``payload`` under ``head`` and its check, atomically, in a private folder."""
    from ..replay.files import private_folder, write_atomic

    private_folder(path.parent)
    write_atomic(path, head + check(payload) + b"\n" + payload)


__all__ = ["check", "read_sealed", "write_sealed"]
