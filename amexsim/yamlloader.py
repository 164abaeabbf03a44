"""PyYAML's safe loader with a memo for plain scalars' tags.

libyaml's composer calls the Python ``resolve`` once per node, and for a plain scalar that
tries every implicit resolver's regular expression for its first character. A transcript
repeats the same keys and words (``user``, ``assistant``, ``kind``...) many times, so the tag
of each (kind, value, implicit flags) is looked up once. The tag depends only on those (the
safe loader has no path resolvers), so the result is exactly PyYAML's. The memo is an
``lru_cache`` (bounded, and in C): a tag already seen costs the composer no Python call at all,
which matters when a replay reads a transcript per conversation.

For the same reason the composer's two calls per node into the path-resolver bookkeeping
(``descend_resolver``, ``ascend_resolver``), which return at once without path resolvers, are
C built-ins that do nothing instead of Python methods: a transcript has about 70 nodes a turn.
"""

from __future__ import annotations

import functools
import operator
from typing import Any

import yaml

MEMO_SIZE = 4096  # (kind, value, flags) remembered; the least recently used go first (bounded memory)

_BASE: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml where present; its nodes keep marks too
_resolve = _BASE.resolve


@functools.lru_cache(maxsize=MEMO_SIZE)
def _memo_resolve(kind: type, value: Any, implicit: Any) -> str:
    """The tag PyYAML's resolver gives; it reads only class-level tables, so the class serves as ``self``."""
    return _resolve(_BASE, kind, value, implicit)


class Loader(_BASE):  # type: ignore[misc,valid-type]
    """The safe loader (libyaml's when present), resolving each plain scalar's tag once."""

    if not _BASE.yaml_path_resolvers:  # no path resolvers: a node's tag depends on it alone (see the module docstring)
        descend_resolver = staticmethod(operator.is_)  # (node, index) -> ignored
        ascend_resolver = staticmethod(tuple)  # () -> ignored
        resolve = staticmethod(_memo_resolve)
