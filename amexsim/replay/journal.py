"""A chat's transcript file, written turn by turn as the conversation goes.

The file is format 3 (see :mod:`amexsim.replay.transcript`): a header document, then one YAML
document per turn, each closed by ``...``. A turn is appended with one ``write`` and flushed to
disk (``fsync``) before the chat shows its reply, so whatever ends the chat (Ctrl-D, a closed
window, ``kill -9``, a power cut after the flush) leaves a valid transcript up to its last
turn. A write that fails half way (disk full) is cut back to the last whole turn.

When a late redaction changes a user line already written (a card number split over two
messages: the first part only becomes a card number with the second), the whole file is
rewritten atomically (a new file renamed over the old one), so the unredacted part never stays
on disk longer than the turn that revealed it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import TranscriptError
from .files import check_writable, write_all, write_atomic

if TYPE_CHECKING:
    from .recorder import TranscriptRecorder


class Journal:
    """The transcript file of one chat. ``reserved``: the (empty) file was created for this chat
    and is removed again if the chat ends without a turn."""

    def __init__(self, path: Path, *, reserved: bool = False) -> None:
        self.path = check_writable(path)
        self.reserved = reserved
        self.written: list[str] = []  # the user line of each turn in the file, as written
        self.rewrites = 0  # whole-file rewrites after a late redaction
        self._fd: int | None = None
        self._size = 0

    @property
    def turns(self) -> int:
        return len(self.written)

    def write(self, recorder: TranscriptRecorder) -> None:
        """Bring the file up to date with ``recorder``: append the new turns, or rewrite it all when
        an earlier user line changed. Raises :class:`TranscriptError`; the file then still holds
        the turns written before."""
        from .transcript import turn_text  # here, at the first turn: a chat starts without the transcript format

        users = recorder.users()
        try:
            if self._fd is None or users[: len(self.written)] != self.written:
                self.rewrites += self._fd is not None
                self._rewrite(recorder.text(self.path))
            else:
                self._append("".join(turn_text(recorder.entry(index, users[index])) for index in range(len(self.written), len(users))))
        except OSError as exc:
            raise TranscriptError(self.path, None, f"cannot save the transcript ({exc.strerror or exc})") from None
        self.written = users

    def close(self) -> Path | None:
        """Finish the file; the path when it holds a turn (else a reserved file is removed)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self.written:
            return self.path
        if self.reserved:
            self.path.unlink(missing_ok=True)
        return None

    def _rewrite(self, text: str) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        write_atomic(self.path, text)
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | getattr(os, "O_CLOEXEC", 0))
        self._size = os.fstat(self._fd).st_size

    def _append(self, text: str) -> None:
        assert self._fd is not None
        data = text.encode("utf-8")
        try:
            write_all(self._fd, data)
            os.fsync(self._fd)
        except OSError:
            try:  # never leave half a turn: cut back to the last whole one
                os.ftruncate(self._fd, self._size)
                os.fsync(self._fd)
            except OSError:
                pass
            raise
        self._size += len(data)


def open_journal(path: Path | None, default: Path, *, tighten: bool = True) -> Journal:
    """The journal of a new chat: at ``path`` (``--transcript``, replaced at the first turn), or a
    new file named after ``default`` (``chat-20261129-100000.yaml``, ``...-2.yaml`` when taken).
    ``tighten``: ``default``'s folder is the user's own (group and other access is taken away)."""
    from .files import private_folder, reserve, sweep

    where = path if path is not None else default
    try:
        if path is not None:
            target = check_writable(path)
            private_folder(target.parent)
            sweep(target.parent)
            return Journal(target)
        folder = private_folder(default.parent, tighten=tighten)
        sweep(folder)
        # not synced to disk yet (an fsync of the folder, ~4 ms before the first prompt): the first
        # turn replaces the empty file atomically and syncs the folder (write_atomic)
        return Journal(reserve(folder, default.stem, default.suffix), reserved=True)
    except OSError as exc:
        raise TranscriptError(where, None, f"cannot save the transcript there ({exc.strerror or exc})") from None


__all__ = ["Journal", "open_journal"]
