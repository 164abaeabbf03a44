"""Reading labelled JSONL files (``eval`` and ``guard-eval``) with one-line errors.

A missing file, bytes that are not UTF-8, a line that is not JSON or not an object with a
"text" string, a file or a line too large to be a labelled message, JSON nested too deeply
to read: each is a TranscriptError naming the file and the line, never a traceback.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import TranscriptError

MAX_FILE_BYTES = 64_000_000
MAX_LINE_BYTES = 100_000  # a labelled message; the assistant itself reads at most 2,000 characters


def read_objects(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; every object has a "text" string."""
    location = Path(path)
    try:
        size = location.stat().st_size
        if size > MAX_FILE_BYTES:
            raise TranscriptError(location, None, f"file is {size:,} bytes; at most {MAX_FILE_BYTES:,} are read")
        raw = location.read_bytes()
    except OSError as exc:
        raise TranscriptError(location, None, f"cannot read file ({exc.strerror or exc})") from None
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        if len(line) > MAX_LINE_BYTES:
            raise TranscriptError(location, number, f"line is {len(line):,} bytes; at most {MAX_LINE_BYTES:,} are read")
        try:
            row = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError:
            raise TranscriptError(location, number, "not UTF-8 text") from None
        except json.JSONDecodeError as exc:
            raise TranscriptError(location, number, f"not valid JSON ({exc.msg})") from None
        except RecursionError:
            raise TranscriptError(location, number, "not valid JSON (nested too deeply)") from None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise TranscriptError(location, number, 'expected an object with a "text" string')
        yield number, row
