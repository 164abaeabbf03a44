"""Stage 2: runs of digit groups (joined by spaces, dashes, dots, slashes or commas) in the normalised view."""

from __future__ import annotations

import re
from itertools import accumulate

# Possessive repeats: a run never gives back digits or groups, so the engine keeps no backtrack state.
# A single digit first lets a search skip ahead to the next digit in C (a repeat first does not).
_RUN = re.compile(r"[0-9][0-9]*+(?:[ \t\r\n]{1,3}+[0-9]++|[ \t]?[-./_,][ \t]?[0-9]++)*+")
_RUN_SPLIT = re.compile(f"({_RUN.pattern})")
GROUP = re.compile(r"[0-9]++")
GAP = re.compile(r"[^0-9]++")
_SEPARATORS = str.maketrans("", "", " \t\r\n-./_,")
# 2026-03-31, 3/31/2026, 31.03.2026, 3/31: dates, never a secret.
DATE = re.compile(
    r"[0-9]{4}([-/.])[0-9]{1,2}\1[0-9]{1,2}|[0-9]{1,2}([-/.])[0-9]{1,2}\2(?:19|20)[0-9]{2}|[0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{2})?"
)
# 1,234,567 or 12,345.67: digits grouped in thousands are an amount, never a card.
THOUSANDS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})++(?:\.[0-9]{1,2})?")


class Run:
    """A run of digit groups in the normalised text (a plain slotted class: runs are many)."""

    __slots__ = ("digits", "end", "raw", "start")

    def __init__(self, start: int, end: int, raw: str) -> None:
        self.start = start
        self.end = end
        self.raw = raw
        self.digits = raw if raw.isdigit() else raw.translate(_SEPARATORS)

    def groups(self) -> int:
        """How many digit groups; single digits typed apart ("4 8 2 1") are one value, one group."""
        return group_count(self.raw, len(self.digits))


def group_count(raw: str, digits: int) -> int:
    """Run.groups() of a run's text and digit count, with no Run made."""
    gaps = len(GAP.findall(raw))
    return 1 if gaps + 1 == digits else gaps + 1


class Runs:
    """Every run of a text as parallel lists: where each starts and ends, its text and digit count.

    A long message holds tens of thousands of runs and most are never looked at closely (a
    short number far from any cue), so the lists come from the regex engine and C-level maps,
    and a Run object is made only for a run that a stage reads (runs[k]).
    """

    __slots__ = ("counts", "ends", "raws", "starts")

    def __init__(self, s: str) -> None:
        # One split (text between runs, then a run, ...) gives the runs and, from the lengths,
        # where each starts and ends: only strings and numbers, which the garbage collector
        # never has to look at (tens of thousands of match objects alive at once made it walk
        # the whole heap of a big process).
        parts = _RUN_SPLIT.split(s)
        bounds = list(accumulate(map(len, parts), initial=0))
        self.starts: list[int] = bounds[1:-1:2]
        self.ends: list[int] = bounds[2::2]
        self.raws: list[str] = parts[1::2]
        # One translate over all runs at once ("#" is never in a run) instead of one per run.
        self.counts = list(map(len, "#".join(self.raws).translate(_SEPARATORS).split("#"))) if self.raws else []

    def __len__(self) -> int:
        return len(self.starts)

    def digits_of(self, ks: list[int]) -> str:
        """The digits of runs ks, one after another (one translate, no Run made)."""
        return "".join([self.raws[k] for k in ks]).translate(_SEPARATORS)

    def __getitem__(self, k: int) -> Run:
        return Run(self.starts[k], self.ends[k], self.raws[k])
