"""The up-arrow history of typed lines, kept across chats in the user's data folder.

Only what the guard left of a line is ever stored (the chat passes its guarded echo), and when
a late redaction changes a line already stored (a card number split over two messages), the
file is rewritten atomically with the redacted form. One JSON string per line (a pasted message
may hold line breaks), newest last, at most :data:`KEEP` entries, 0600 in a 0700 folder.
Nothing here imports prompt_toolkit or readline: the terminal and plain chat adapt it.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from ..errors import Error
from ..paths import data_dir
from ..replay.files import FILE_MODE, private_folder, write_all, write_atomic

KEEP = 1000
FILE_NAME = "history.jsonl"


def default_history_path() -> Path:
    return data_dir() / FILE_NAME


class History:
    """Typed lines, oldest first; ``path`` None keeps them in memory only."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.lines: list[str] = self._load() if path is not None else []
        self.failed = False  # the file could not be written: keep going in memory

    def _load(self) -> list[str]:
        assert self.path is not None
        if not self.path.is_file():  # missing, or something not to be read (a FIFO would block)
            return []
        try:
            raw = self.path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return []
        lines = []
        for row in raw.splitlines():
            try:
                value = json.loads(row)
            except ValueError:
                continue  # a torn last line (the chat was killed while writing it)
            if isinstance(value, str) and value.strip():
                lines.append(value)
        return lines[-KEEP:]

    def add(self, line: str) -> None:
        """Remember a (guarded) line; the same line twice in a row is kept once."""
        if not line.strip() or (self.lines and self.lines[-1] == line):
            return
        self.lines.append(line)
        if len(self.lines) > 2 * KEEP:
            self.lines = self.lines[-KEEP:]
            self._rewrite()
            return
        self._write(json.dumps(line, ensure_ascii=False) + "\n")

    def replace(self, old: str, new: str) -> None:
        """A line was redacted late: every stored copy of ``old`` becomes ``new``, on disk too."""
        if old == new or old not in self.lines:
            return
        self.lines = [new if line == old else line for line in self.lines]
        self._rewrite()

    def _write(self, text: str) -> None:
        if self.path is None or self.failed:
            return
        try:
            private_folder(self.path.parent, tighten=True)
            flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
            fd = os.open(self.path, flags, FILE_MODE)
            try:
                if not stat.S_ISREG(os.fstat(fd).st_mode):  # never a device, a FIFO or a socket
                    raise OSError(f"{self.path} is not a regular file")
                write_all(fd, text.encode("utf-8"))
            finally:
                os.close(fd)
        except OSError:
            self.failed = True

    def _rewrite(self) -> None:
        if self.path is None or self.failed:
            return
        try:
            private_folder(self.path.parent, tighten=True)
            write_atomic(self.path, "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in self.lines[-KEEP:]))
        except (OSError, Error):  # Error: the history path is not a regular file
            self.failed = True


__all__ = ["KEEP", "History", "default_history_path"]
