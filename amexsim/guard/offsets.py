"""Offset maps from a rewritten text back to the text it was rewritten from, and the normalised view."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate, repeat
from operator import add, sub


class OffsetMap:
    """Maps positions of a rewritten string back to the string it was rewritten from.

    Only the rewritten chunks are recorded, as parallel lists (a long message can have tens of
    thousands); text between them maps one to one.
    """

    __slots__ = ("_ends", "_old_ends", "_old_starts", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._old_starts: list[int] = []
        self._old_ends: list[int] = []

    @classmethod
    def of(cls, old_starts: list[int], old_ends: list[int], news: list[str]) -> OffsetMap:
        """The map of a text whose chunks old_starts[i]:old_ends[i] (in order) became news[i]."""
        mapping = cls()
        # Each chunk starts where it did, shifted by how much longer the chunks before it grew.
        grown = accumulate(map(sub, map(len, news), map(sub, old_ends, old_starts)), initial=0)
        mapping._starts = list(map(add, old_starts, grown))
        mapping._ends = list(map(add, mapping._starts, map(len, news)))
        mapping._old_starts, mapping._old_ends = old_starts, old_ends
        return mapping

    def add(self, new_start: int, new_end: int, old_start: int, old_end: int) -> None:
        self._starts.append(new_start)
        self._ends.append(new_end)
        self._old_starts.append(old_start)
        self._old_ends.append(old_end)

    def _char(self, p: int) -> tuple[int, int]:
        k = bisect_right(self._starts, p) - 1
        if k < 0:
            return p, p + 1
        if p < self._ends[k]:
            return self._old_starts[k], self._old_ends[k]
        q = p - self._ends[k] + self._old_ends[k]
        return q, q + 1

    def span(self, a: int, b: int) -> tuple[int, int]:
        if not self._starts:
            return a, b
        return self._char(a)[0], self._char(b - 1)[1]

    def spans(self, firsts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
        """span() for many spans at once, as lists of starts and ends (numbers only, which the
        garbage collector never walks): the chunks are looked up by C-level bisects, and a
        sentinel chunk ending at 0 stands before the first, so every lookup finds one."""
        if not self._starts:
            return firsts, ends
        starts, new_ends = [-1, *self._starts], [0, *self._ends]
        old_starts, old_ends = [0, *self._old_starts], [0, *self._old_ends]
        ks = map(bisect_right, repeat(starts), firsts)
        firsts = [old_starts[k - 1] if a < new_ends[k - 1] else a - new_ends[k - 1] + old_ends[k - 1] for a, k in zip(firsts, ks)]
        ks = map(bisect_right, repeat(starts), map(sub, ends, repeat(1)))
        ends = [old_ends[k - 1] if b - 1 < new_ends[k - 1] else b - new_ends[k - 1] + old_ends[k - 1] for b, k in zip(ends, ks)]
        return firsts, ends


IDENTITY = OffsetMap()


class Deleted:
    """Maps positions of a string with single characters deleted back to the original.

    Built from the pieces left between deletions, with no Python work per deleted character:
    a megabyte with an invisible character between every two digits maps in milliseconds.
    """

    __slots__ = ("_starts",)

    def __init__(self, pieces: list[str]) -> None:
        # Where each piece starts in the new string; piece k follows k deleted characters.
        self._starts = list(accumulate(map(len, pieces[:-1]), initial=0))

    def _char(self, p: int) -> int:
        return p + bisect_right(self._starts, p) - 1

    def span(self, a: int, b: int) -> tuple[int, int]:
        return self._char(a), self._char(b - 1) + 1

    def spans(self, firsts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
        """span() for many spans at once, the pieces looked up by C-level bisects."""
        starts = self._starts
        firsts = [a + k - 1 for a, k in zip(firsts, map(bisect_right, repeat(starts), firsts))]
        ends = [b + k - 1 for b, k in zip(ends, map(bisect_right, repeat(starts), map(sub, ends, repeat(1))))]
        return firsts, ends


Mapping = OffsetMap | Deleted


@dataclass(frozen=True)
class View:
    """The normalised text and the maps (innermost last) back to the original."""

    text: str
    maps: tuple[Mapping, ...]

    def original(self, a: int, b: int) -> tuple[int, int]:
        for mapping in self.maps:
            a, b = mapping.span(a, b)
        return a, b

    def originals(self, starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
        """original() for many spans at once (a long message can have thousands of findings)."""
        for mapping in self.maps:
            starts, ends = mapping.spans(starts, ends)
        return starts, ends
