"""Compiled regular expressions kept between runs, so start-up does not parse them again.

Python compiles a regular expression in two steps: a pure-Python parser and code generator
(``re._parser``, ``re._compiler``), which is slow (the guard's ~120 patterns take 40-100 ms),
then ``_sre.compile``, which builds the pattern object from the generated code at once. Pickling
a pattern only records its source, so it is compiled again when loaded. :func:`serving` keeps
the generated code in the cache folder instead and, while it is active, answers ``re.compile``
(``re._compile``, which every ``re`` function calls) from it: the same ``_sre.compile`` call
``re`` makes, so the pattern objects are the ones ``re`` would build.

Only patterns compiled during start-up, by the thread loading the assistant (module imports and
building the assistant: patterns from the code and the data files, never from a message), are
kept. The file is keyed by the
Python version and ``_sre.MAGIC``, checked with a CRC-32 and its length, and any problem (a corrupt or
foreign file, an ``_sre`` that refuses the code) falls back to ``re``'s own compiler: the cache
can make start-up faster, never different.
"""

from __future__ import annotations

import contextlib
import re
import sys
import threading
from array import array
from collections.abc import Iterator
from pathlib import Path

from .accelerators import loads
from .sealed import read_sealed, write_sealed

FORMAT = b"amexsim-regexes 1\n"
MAX_PATTERNS = 5000  # a file that grows past this starts again (many intents folders over time)


def _tag() -> str:
    try:
        import _sre

        magic = _sre.MAGIC
    except (ImportError, AttributeError):
        return ""
    if sys.implementation.name != "cpython" or getattr(_sre, "CODESIZE", 0) != array("I").itemsize:
        return ""
    return f"{sys.implementation.cache_tag}-{magic}"


class RegexCache:
    """Generated code of compiled patterns by (pattern, flags), read from and written to ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[tuple[str | bytes, int], tuple] = {}
        self.added = 0
        self.compiled: dict[tuple[type, str | bytes, int], re.Pattern] = {}

    def load(self) -> None:
        payload = read_sealed(self.path, FORMAT)
        if payload is None:
            return
        try:
            entries = loads(payload)
            if isinstance(entries, dict):
                self.entries = entries
        except Exception:  # anything unexpected: start empty
            self.entries = {}

    def save(self) -> None:
        import pickle  # only when there is something new to keep (see accelerators.py)

        entries = self.entries if len(self.entries) <= MAX_PATTERNS else {}
        write_sealed(self.path, FORMAT, pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL))

    def compile(self, original, pattern, flags):
        """``re._compile``: a cached pattern, or ``re``'s own compiler (recording what it generated)."""
        if isinstance(flags, re.RegexFlag):
            flags = flags.value
        if not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
            return original(pattern, flags)
        memo = (type(pattern), pattern, flags)
        found = self.compiled.get(memo)
        if found is not None:
            return found
        compiled = None
        entry = self.entries.get((pattern, flags))
        if entry is not None:
            compiled = _build(pattern, entry)
        if compiled is None:
            compiled, entry = _generate(original, pattern, flags)
            if entry is not None:
                self.entries[(pattern, flags)] = entry
                self.added += 1
        self.compiled[memo] = compiled
        return compiled


def _build(pattern: str | bytes, entry: tuple) -> re.Pattern | None:
    import _sre

    try:
        final_flags, code, groups, groupindex, indexgroup = entry
        return _sre.compile(pattern, final_flags, array("I", code).tolist(), groups, dict(groupindex), tuple(indexgroup))
    except Exception:  # code from another Python, or a damaged entry: compile it afresh
        return None


def _generate(original, pattern: str | bytes, flags: int) -> tuple[re.Pattern, tuple | None]:
    """Compile as ``re`` does, keeping the generated code; any surprise: ``re``'s compiler alone."""
    try:
        from re import _compiler, _parser

        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = (flags | parsed.state.flags, array("I", [int(c) for c in code]).tobytes(), parsed.state.groups - 1, groupindex, indexgroup)
        compiled = _build(pattern, entry)
        if compiled is not None:
            return compiled, entry
    except Exception:
        pass
    return original(pattern, flags), None


@contextlib.contextmanager
def serving(folder: Path) -> Iterator[RegexCache | None]:
    """While inside, ``re`` compiles from (and into) the cache in ``folder``; saved on the way out
    when something was added. A Python without ``_sre`` code caching runs as usual."""
    tag = _tag()
    if not tag or not hasattr(re, "_compile"):
        yield None
        return
    cache = RegexCache(folder / f"regexes-{tag}.pickle")
    cache.load()
    original = re._compile
    owner = threading.get_ident()  # only this thread's patterns: another may be handling typed text meanwhile

    def compile_(pattern, flags):
        return cache.compile(original, pattern, flags) if threading.get_ident() == owner else original(pattern, flags)

    re._compile = compile_
    try:
        yield cache
    finally:
        re._compile = original
        if cache.added:
            with contextlib.suppress(Exception):  # a cache that cannot be written is only slower next time
                cache.save()


__all__ = ["RegexCache", "serving"]
