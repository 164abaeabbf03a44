"""Code that ``dataclasses`` and ``namedtuple`` generate, kept compiled between runs.

Every ``@dataclass`` writes the source of its ``__init__``, ``__repr__``, ``__eq__``... as text
and hands it to ``exec``; every ``NamedTuple`` hands its ``__new__`` to ``eval``. Compiling that
text is most of what defining a class costs: about 16 ms of a chat's start-up for our ~300
generated methods. While :func:`serving` is active, the ``exec`` and ``eval`` those two modules
call compile each source text once, keep the code object (``marshal``) in the cache folder, and
on the next start run the kept code instead of compiling again: the same source, compiled the way
``exec`` would (no inherited ``__future__`` flags, the interpreter's optimisation level), so the
classes are the ones Python would make.

The file is keyed by the Python version (``cache_tag``) and optimisation level and checked with a
CRC-32 and its length; a damaged or foreign file, or a code object that ``marshal`` refuses,
means compiling as usual: the cache can make start-up faster, never different.
"""

from __future__ import annotations

import builtins
import collections
import contextlib
import dataclasses
import marshal
import sys
from collections.abc import Iterator
from pathlib import Path
from types import CodeType, ModuleType

from .sealed import read_sealed, write_sealed

FORMAT = b"amexsim-codegen 1\n"
MAX_ENTRIES = 5000  # a file that grows past this starts again
_CLIENTS: tuple[tuple[ModuleType, str, str], ...] = (  # (module, builtin it calls, compile mode)
    (dataclasses, "exec", "exec"),
    (collections, "eval", "eval"),
)


class CodeCache:
    """Compiled code by (mode, source text), read from and written to ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[tuple[str, str], CodeType] = {}
        self.added = 0

    def load(self) -> None:
        payload = read_sealed(self.path, FORMAT)
        if payload is None:
            return
        try:
            entries = marshal.loads(payload)
            if isinstance(entries, dict) and all(isinstance(code, CodeType) for code in entries.values()):
                self.entries = entries
        except Exception:  # anything unexpected: start empty
            self.entries = {}

    def save(self) -> None:
        entries = self.entries if len(self.entries) <= MAX_ENTRIES else {}
        write_sealed(self.path, FORMAT, marshal.dumps(entries))

    def code(self, source: str, mode: str) -> CodeType:
        """The compiled ``source``: kept, or compiled now (as ``exec``/``eval`` of text would) and kept."""
        key = (mode, source)
        found = self.entries.get(key)
        if found is None:
            found = compile(source, "<string>", mode, dont_inherit=True)
            self.entries[key] = found
            self.added += 1
        return found


def _runner(cache: CodeCache, name: str, mode: str):
    """A stand-in for the builtin ``name`` (``exec`` or ``eval``) that runs kept code for text."""
    original = getattr(builtins, name)

    def run(source, *args, **kwargs):
        if isinstance(source, str):
            source = cache.code(source, mode)
        return original(source, *args, **kwargs)

    return run


@contextlib.contextmanager
def serving(folder: Path) -> Iterator[CodeCache | None]:
    """While inside, the classes ``dataclasses`` and ``namedtuple`` make run kept code from
    ``folder``; saved on the way out when something was added. Nested use does nothing more."""
    if any(name in vars(module) for module, name, _ in _CLIENTS):  # already serving (or a module of its own)
        yield None
        return
    cache = CodeCache(folder / f"codegen-{sys.implementation.cache_tag}-O{sys.flags.optimize}.marshal")
    cache.load()
    for module, name, mode in _CLIENTS:
        setattr(module, name, _runner(cache, name, mode))  # found before the builtin by the module's own calls
    try:
        yield cache
    finally:
        for module, name, _ in _CLIENTS:
            with contextlib.suppress(AttributeError):
                delattr(module, name)
        if cache.added:
            with contextlib.suppress(Exception):  # a cache that cannot be written is only slower next time
                cache.save()


__all__ = ["CodeCache", "serving"]
