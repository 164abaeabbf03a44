"""PyYAML's safe loader with a memo for plain scalars' tags.

libyaml's composer calls the Python ``resolve`` once per scalar, and for a plain scalar that
tries every implicit resolver's regular expression for its first character. A transcript
repeats the same keys and words (``user``, ``assistant``, ``kind``...) many times, so the tag
of each (value, implicit flags) pair is looked up once. The tag depends only on those (the
safe loader has no path resolvers), so the result is exactly PyYAML's.

For the same reason the composer's two calls per node into the path-resolver bookkeeping
(``descend_resolver``, ``ascend_resolver``), which return at once without path resolvers, are
C built-ins that do nothing instead of Python methods: a transcript has about 70 nodes a turn.
"""

from __future__ import annotations

import operator
from typing import Any, ClassVar

import yaml

MEMO_SIZE = 4096  # scalars remembered; the memo starts again when full (bounded memory)

_BASE: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml where present; its nodes keep marks too
_SCALAR = yaml.ScalarNode
_resolve = _BASE.resolve


class Loader(_BASE):  # type: ignore[misc,valid-type]
    """The safe loader (libyaml's when present), resolving each plain scalar's tag once."""

    _tags: ClassVar[dict[tuple[str, Any], str]] = {}

    if not _BASE.yaml_path_resolvers:  # no-ops, as the base's return at once (see the module docstring)
        descend_resolver = staticmethod(operator.is_)  # (node, index) -> ignored
        ascend_resolver = staticmethod(tuple)  # () -> ignored

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        if kind is not _SCALAR or self.yaml_path_resolvers:
            return _resolve(self, kind, value, implicit)
        key = (value, implicit)
        tags = self._tags
        tag = tags.get(key)
        if tag is None:
            tag = _resolve(self, kind, value, implicit)
            if len(tags) >= MEMO_SIZE:
                tags.clear()
            tags[key] = tag
        return tag
