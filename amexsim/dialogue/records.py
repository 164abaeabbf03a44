"""A quicker ``_replace`` for the named tuples a turn rebuilds many times.

``NamedTuple._replace`` pops every field name from the keyword arguments, one call per field;
a conversation state has 22 fields and a trace 20, and a turn replaces them a dozen times.
Copying the values and setting only the changed ones gives the same tuple in about half
the time.
"""

from __future__ import annotations

from typing import Any, TypeVar

T = TypeVar("T", bound=type)


def quick_replace(cls: T) -> T:
    """Give a named tuple class a ``_replace`` that touches only the changed fields (same
    result, same ``ValueError`` for an unknown field name)."""
    index = {name: position for position, name in enumerate(cls._fields)}  # type: ignore[attr-defined]
    new = tuple.__new__

    def _replace(self: Any, /, **changes: Any) -> Any:
        values = list(self)
        try:
            for name, value in changes.items():
                values[index[name]] = value
        except KeyError:
            raise ValueError(f"Got unexpected field names: {[n for n in changes if n not in index]!r}") from None
        return new(type(self), values)

    _replace.__doc__ = f"A new {cls.__name__} with the given fields replaced."
    cls._replace = _replace  # type: ignore[attr-defined]
    return cls
