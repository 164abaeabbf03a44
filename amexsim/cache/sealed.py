"""The cache's file layout: a format line (and key lines), a SHA-256 of the payload, the payload.

A kept file is only ever a shortcut, so reading one that is missing, foreign, truncated or
altered gives None (build afresh) rather than an error, and writing is atomic and private.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def read_sealed(path: Path, head: bytes) -> bytes | None:
    """The payload of ``path`` when it starts with ``head`` (its format line, and any key lines)
    and its digest matches, else None."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if not data.startswith(head):
        return None
    digest, _, payload = data[len(head) :].partition(b"\n")
    return payload if hashlib.sha256(payload).hexdigest().encode() == digest else None


def write_sealed(path: Path, head: bytes, payload: bytes) -> None:
    """Write ``payload`` under ``head`` and its digest, atomically, in a private folder."""
    from ..replay.files import private_folder, write_atomic

    private_folder(path.parent)
    write_atomic(path, head + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)


__all__ = ["read_sealed", "write_sealed"]
