"""The built assistant kept between runs, so a chat starts without reading every data file again.

What is kept is everything the assistant derives from its data (the intents, the matcher's
index, the flows, slots, answers, policies, routing, staffing, agents...), pickled into the
user's cache folder (``paths.cache_dir()``). The account is not kept: it is read afresh each
time (small, and the file a user edits most), and attached to the kept assistant.

The file is keyed by a hash (BLAKE2b) over the amexsim version, the Python version, the code
(each module's size and modification time) and the contents of every data file that can go
into the build: every file under ``amexsim/data/``, every ``*.yaml`` of the intents folder and
the staffing file. Any change gives another key, so a stale file is never read. A kept file is
also checked against a CRC-32 and the length of its contents (``sealed.py``), and anything
wrong while reading it (a truncated or foreign file, a class that moved) means building afresh
and writing it again, atomically: the cache can make start-up faster, never different.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import struct
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..paths import PACKAGE, cache_dir, shipped_intents_dir
from . import codegen
from .accelerators import Pickler, Unpickler, UnpicklingError, blake2b
from .regexes import serving
from .sealed import read_sealed, write_sealed

if TYPE_CHECKING:
    from ..dialogue.engine import Assistant

FORMAT = b"amexsim-assistant 1\n"
KEEP = 8  # kept assistants (one per intents folder and staffing file in use); older ones are removed
_ACCOUNT = "account"  # the persistent id that stands for the account in a kept file


def load_assistant(
    intents: str | Path | None = None, account: str | Path | None = None, *, seed: int = 0, staffing: str | Path | None = None
) -> Assistant:
    """``Assistant.load(intents, account, seed=seed, staffing=staffing)``, from the cache when it
    holds this build, else built and kept for next time."""
    folder = cache_dir()
    with start_up(folder):  # the modules' own patterns and classes, and those of the kept assistant, from the cache
        from ..bank.account_file import load_account
        from ..dialogue.engine import Assistant

        source = load_account(account)
        key = _key(intents, staffing)
        path = _path(folder, key) if key else None
        kept = read(path, key, source) if path and key else None
        if isinstance(kept, Assistant):
            with contextlib.suppress(OSError):
                os.utime(path)  # recently used: kept when older ones are pruned
            return kept.with_seed(seed)
        built = Assistant.load(intents, account, seed=seed, staffing=staffing)
        if path and key:
            _afterwards(lambda: _keep(folder, path, key, built))  # outside the pattern cache: pickle finds re._compile as it is
    return built


def _keep(folder: Path, path: Path, key: str, built: Assistant) -> None:
    with contextlib.suppress(Exception):  # a cache that cannot be written is only slower next time
        write(path, key, built)
        prune(folder, keep=path)


_starting = threading.local()  # .after: what waits for the end of this thread's start_up(), while one is active


@contextlib.contextmanager
def start_up(folder: Path | None = None) -> Iterator[None]:
    """The caches of compiled patterns and of generated code (``regexes.py``, ``codegen.py``) for
    what a command loads before its first message: the assistant, and the modules the command
    imports next (a chat's transcript and terminal modules). Inside one already active on this
    thread, nothing more; work that must run outside them (writing a kept assistant) runs on
    the way out of the outermost."""
    if getattr(_starting, "after", None) is not None:
        yield
        return
    folder = folder if folder is not None else cache_dir()
    after: list[Callable[[], None]] = []
    _starting.after = after
    try:
        with serving(folder), codegen.serving(folder):
            yield
    finally:
        _starting.after = None
        for task in after:
            task()


def _afterwards(task: Callable[[], None]) -> None:
    _starting.after.append(task)


def first_screen(intents: str | Path | None = None, staffing: str | Path | None = None) -> dict[str, str] | None:
    """What a chat shows before its assistant is loaded (``welcome``), kept beside the assistant;
    None before the first start on this data. Reads no YAML and imports none of the assistant."""
    import json

    key = _key(intents, staffing)
    if key is None:
        return None
    try:
        value = json.loads(_path(cache_dir(), key).with_suffix(".json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) and isinstance(value.get("welcome"), str) else None


def _key(intents: str | Path | None, staffing: str | Path | None) -> str | None:
    try:
        return build_key(Path(intents) if intents is not None else shipped_intents_dir(), Path(staffing) if staffing is not None else None)
    except OSError:  # a missing folder or file: building says which, in one line
        return None


def _path(folder: Path, key: str) -> Path:
    return folder / f"assistant-{key[:32]}.pickle"


def build_key(intents_dir: Path, staffing: Path | None) -> str:
    """The hash (BLAKE2b, 256 bits) naming one build: versions, the package's files (each module
    and shipped data file by its size and modification time, as installed) and the contents of
    the intents and staffing files (the ones a user edits)."""
    digest = blake2b(digest_size=32)
    digest.update(f"{FORMAT!r} {__version__} {sys.version} {sys.implementation.cache_tag}\n".encode())
    for relative, size, modified in _package_stamps(str(PACKAGE)):
        digest.update(f"code {relative} {size} {modified}\n".encode())
    intents = sorted(intents_dir.glob("*.yaml"))
    files = [("intents", p) for p in intents] + ([("staffing", staffing)] if staffing else [])
    digest.update(f"intents {intents_dir.resolve()}\n".encode())
    for kind, path in files:
        content = path.read_bytes()
        digest.update(f"{kind} {path.name} {len(content)}\n".encode())
        digest.update(content)
    return digest.hexdigest()


def _package_stamps(root: str) -> list[tuple[str, int, int]]:
    """(path, size, modification time) of every module of the package and every file under its
    ``data/`` (scandir: a third of os.walk's time, a ninth of pathlib's rglob, which start-up
    feels; the 1.2 MB of shipped data read and hashed on every start cost about 1.3 ms)."""
    stamps: list[tuple[str, int, int]] = []

    def visit(folder: str, prefix: str, data: bool) -> None:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        visit(entry.path, prefix + entry.name + "/", data or (not prefix and entry.name == "data"))
                elif data or entry.name.endswith(".py"):
                    info = entry.stat()
                    stamps.append((prefix + entry.name, info.st_size, info.st_mtime_ns))

    visit(root, "", False)
    return sorted(stamps)


class _Pickler(Pickler):
    """Leaves the account out, and writes what pickle cannot take as it is: the regular-expression
    parser's named constants (plain ints) and ``struct.Struct`` (its format)."""

    def persistent_id(self, obj: object) -> str | None:
        from ..bank.account_file import AccountSource

        return _ACCOUNT if isinstance(obj, AccountSource) else None

    def reducer_override(self, obj: object):
        if type(obj) is _NAMED_INT:
            return int, (int(obj),)
        if type(obj) is struct.Struct:
            return struct.Struct, (obj.format,)
        return NotImplemented


_NAMED_INT = type(re._constants.MAXREPEAT) if hasattr(re, "_constants") else None


class _Unpickler(Unpickler):
    def __init__(self, data: bytes, account: object) -> None:
        super().__init__(io.BytesIO(data))
        self.account = account

    def persistent_load(self, pid: object) -> object:
        if pid != _ACCOUNT:
            raise UnpicklingError(f"unknown persistent id {pid!r}")
        return self.account


def write(path: Path, key: str, assistant: Assistant) -> None:
    """Keep ``assistant`` at ``path`` (atomically, 0600 in a 0700 folder), and its first screen
    beside it (``.json``)."""
    import json
    import pickle  # writing only (see accelerators.py)

    from ..replay.files import write_atomic

    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(assistant)
    write_sealed(path, FORMAT + key.encode() + b"\n", buffer.getvalue())
    write_atomic(path.with_suffix(".json"), json.dumps({"welcome": assistant.welcome}, ensure_ascii=False))


def read(path: Path, key: str, account: object) -> object | None:
    """The kept assistant at ``path`` with ``account`` attached, or None (missing, another key,
    damaged, or anything else wrong)."""
    payload = read_sealed(path, FORMAT + key.encode() + b"\n")
    if payload is None:
        return None
    try:
        return _Unpickler(payload, account).load()
    except Exception:
        return None


def prune(folder: Path, *, keep: Path) -> None:
    """Remove all but the :data:`KEEP` most recently used kept assistants."""
    kept = sorted(folder.glob("assistant-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for path in kept[KEEP:]:
        if path != keep:
            with contextlib.suppress(OSError):
                os.unlink(path)
                os.unlink(path.with_suffix(".json"))


__all__ = ["build_key", "first_screen", "load_assistant", "read", "start_up", "write"]
