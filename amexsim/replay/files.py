"""Writing the files a chat leaves behind (transcripts, history) so nothing is lost, half
written, readable by others or written where it should not be.

- Only regular files are written: a path that exists and is anything else (``/dev/full``, a
  folder, a FIFO) is refused with :class:`~amexsim.errors.TranscriptError`, never replaced.
- Files are created 0600, in folders created 0700 (the user's data folder is tightened to 0700).
- A whole-file write goes to a temporary file beside the target, is flushed to disk and renamed
  over it, so a reader sees the old file or the new one. The temporary name carries the
  writer's process id (``.NAME.PID.RANDOM.tmp``): one left behind by a process that was killed
  mid-write is removed by the next write into that folder (:func:`sweep`).
- :func:`reserve` creates a new file under a name no other file has (``NAME``, ``NAME-2``, ...),
  atomically, so two chats started with the same fixed clock keep two files.
"""

from __future__ import annotations

import os
import re
import stat
import time
from pathlib import Path

from ..errors import TranscriptError

FILE_MODE = 0o600
FOLDER_MODE = 0o700
STALE_SECONDS = 24 * 3600  # a temporary file of a process that may still run is left alone for this long
_TEMPORARY = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[A-Za-z0-9_-]+\.tmp$")
_OLD_TEMPORARY = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")  # tempfile.mkstemp's names, written by earlier versions


def check_writable(path: Path) -> Path:
    """``path`` (resolved, so a link is followed once and for all) if it may be written: missing
    or a regular file, in a folder. Anything else is a one-line error."""
    try:
        target = path.expanduser().resolve()
        info = target.stat()
    except FileNotFoundError:
        return target
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop
        raise TranscriptError(path, None, f"cannot save the transcript there ({getattr(exc, 'strerror', None) or exc})") from None
    if not stat.S_ISREG(info.st_mode):
        raise TranscriptError(path, None, f"cannot save the transcript there: {_kind(info.st_mode)}, not a regular file")
    return target


def private_folder(folder: Path, *, tighten: bool = False) -> Path:
    """Create ``folder`` (and its parents) 0700; ``tighten``: also take group and other access
    away from one that exists (the user's own data folders)."""
    missing = [folder, *(parent for parent in folder.parents if not parent.exists())] if not folder.exists() else []
    for each in reversed(missing):  # Path.mkdir(parents=True) would make the parents with the default mode
        each.mkdir(mode=FOLDER_MODE, exist_ok=True)
    if not folder.is_dir():
        raise NotADirectoryError(20, "Not a directory", str(folder))
    if tighten:
        mode = stat.S_IMODE(folder.stat().st_mode)
        if mode & 0o077:
            folder.chmod(mode & ~0o077)
    return folder


def reserve(folder: Path, stem: str, suffix: str = ".yaml") -> Path:
    """A new empty file ``folder/stem.suffix``, or ``stem-2``, ``stem-3``... when taken."""
    for number in range(1, 10_000):
        path = folder / f"{stem}{'' if number == 1 else f'-{number}'}{suffix}"
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), FILE_MODE))
        except FileExistsError:
            continue
        return path
    raise TranscriptError(folder / f"{stem}{suffix}", None, "no free file name left (9,999 taken)")


def write_atomic(path: Path, text: str | bytes, *, keep_mode: bool = False) -> Path:
    """Write ``text`` (UTF-8) or bytes to ``path`` so readers see the old file or the new one, never
    a mix. The file is 0600, or with ``keep_mode`` keeps the mode of the file it replaces
    (``replay --update`` rewriting a transcript kept in a repository)."""
    target = check_writable(path)
    private_folder(target.parent)
    sweep(target.parent)
    mode = FILE_MODE
    if keep_mode and target.exists():
        mode = stat.S_IMODE(target.stat().st_mode)
    temporary = target.parent / f".{target.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp"
    data = text.encode("utf-8") if isinstance(text, str) else text
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), FILE_MODE)
    try:
        try:
            if mode != FILE_MODE:
                os.fchmod(fd, mode)
            write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    sync_folder(target.parent)
    return target


def write_all(fd: int, data: bytes) -> None:
    """``os.write`` until every byte is written (a write may take only part)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def sync_folder(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def sweep(folder: Path) -> int:
    """Remove the temporary files of writers that died mid-write in ``folder``: ours whose process
    is gone (or older than a day), and those of earlier versions older than a day."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    now = time.time()
    for entry in entries:
        if not entry.name.endswith(".tmp") or not entry.name.startswith("."):
            continue
        found = _TEMPORARY.match(entry.name)
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_SECONDS
            if (found and (old or not _alive(int(found["pid"])))) or (not found and _OLD_TEMPORARY.match(entry.name) and old):
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def _kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "not a regular file"


__all__ = ["check_writable", "private_folder", "reserve", "sweep", "sync_folder", "write_all", "write_atomic"]
