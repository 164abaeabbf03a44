"""Values named by a cue word (security codes, SSNs, one-time passcodes, PINs), and the dashed SSN form."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .cues import BEFORE_GAP, CODE_PURPOSE_AFTER, CODE_QUALIFIER, CUE_RULES, LINK_GAP, NEXT_SENTENCE, CueRule
from .kinds import Hit
from .pieces import Links, joined
from .runs import DATE, Run
from .words import word_matches

_DIGIT = re.compile(r"[0-9]")
# "the sms came from 22235": the number a message came from is its sender, not its content.
_SOURCE = re.compile(r"\b(?:from|de)\s++$")


def cue_hits(s: str, runs: list[Run], links: Links) -> list[Hit]:
    """Values that a cue names, the value read from the pieces after the cue when typed apart (links)."""
    hits: list[Hit] = []
    starts = [r.start for r in runs]
    ends = [r.end for r in runs]
    # Digit counts, with a 0 that index len(runs) (no run after) and -1 (none before) both reach.
    # Checked before the gap regexes: in a long message most cues sit next to numbers of the
    # wrong length, whichever one they name; a value in pieces may start short.
    counts = [len(r.digits) for r in runs] + [0]
    for rule in CUE_RULES:
        low, high = rule.min_digits, rule.max_digits
        for cue in word_matches(rule.cue, s):
            cue_start, cue_end = cue.span()
            after = bisect_left(starts, cue_end)
            before = bisect_right(ends, cue_start) - 1
            inside = after - 1 if after and ends[after - 1] > cue_end else -1
            pieces_after = 0 < counts[after] < low and links.next[after] >= 0
            if not (low <= counts[after] <= high or pieces_after or low <= counts[before] <= high or inside >= 0):
                continue
            run = _value_after(s, cue_end, runs, after, links, rule) or _value_inside(s, cue_end, runs, inside, rule)
            run = run or _value_before(s, cue_start, runs, before, rule)
            if run is not None and not _names_something_else(s, cue, run, rule):
                reason = f"{len(run.digits)}-digit value named as {rule.what}"
                hits.append(Hit(rule.kind, run.start, run.end, reason))
    return hits


def _names_something_else(s: str, cue: re.Match[str], run: Run, rule: CueRule) -> bool:
    """A qualified cue: "zip code 10001", "code 7788 for the wifi", "social security 1234".

    Checked last, only for cues that have a fitting value, because long messages have many cues.
    """
    before = max(0, cue.start() - 16)
    if rule.not_after is not None and rule.not_after.search(s, before, cue.start()):
        return True
    if cue.group() != "code":
        return False
    return bool(CODE_QUALIFIER.search(s, before, cue.start()) or CODE_PURPOSE_AFTER.match(s, run.end))


def _value_after(s: str, pos: int, runs: list[Run], k: int, links: Links, rule: CueRule) -> Run | None:
    """Run k (the first after the cue), alone or with the pieces after it, if it fits and follows closely.

    Nothing but a link may come between, or no breaker, or a question then "it's" ("do you need
    the cvv? it's 496").
    """
    if k == len(runs) or runs[k].start - pos > 32:
        return None
    gap_end = runs[k].start
    broken = LINK_GAP.fullmatch(s, pos, gap_end) is None and rule.breaker.search(s, pos, gap_end)
    if broken and not NEXT_SENTENCE.fullmatch(s, pos, gap_end):
        return None
    before = s[max(0, gap_end - 8) : gap_end]
    if ("from" in before or "de" in before) and _SOURCE.search(before):
        return None
    return next((run for run in joined(runs, links, k, rule.max_digits) if _fits(s, run, rule)), None)


def _value_inside(s: str, pos: int, runs: list[Run], k: int, rule: CueRule) -> Run | None:
    """The part after the cue of a run that starts inside it: "cvv2 739" (the 2 is the version)."""
    if k < 0:
        return None
    first = _DIGIT.search(s, pos, runs[k].end)
    if first is None or LINK_GAP.fullmatch(s, pos, first.start()) is None:
        return None
    run = Run(first.start(), runs[k].end, s[first.start() : runs[k].end])
    return run if _fits(s, run, rule) else None


def _value_before(s: str, pos: int, runs: list[Run], k: int, rule: CueRule) -> Run | None:
    """Run k (the last ending at or before pos) if only a link like "is" or ":" separates it from the cue."""
    if k < 0 or pos - runs[k].end > 16:
        return None
    gap = BEFORE_GAP.match(s, runs[k].end, pos)
    return runs[k] if gap and gap.end() == pos and _fits(s, runs[k], rule) else None


_MASK_OR_MONEY = frozenset("x*•$€£¥")
_TIME_OR_AMOUNT_AFTER = re.compile(r"[:,][0-9]|%")
_TIME_OR_AMOUNT_BEFORE = re.compile(r"[0-9][:,]$")


def _fits(s: str, run: Run, rule: CueRule) -> bool:
    """Digits and groups in range, and not a masked number, an amount, a list, a date or a time."""
    if not rule.min_digits <= len(run.digits) <= rule.max_digits or ("," in run.raw and run.groups() > 1):
        return False
    if run.groups() > rule.max_groups or (len(run.raw) > len(run.digits) and DATE.fullmatch(run.raw)):
        return False
    if s[max(0, run.start - 1) : run.start] in _MASK_OR_MONEY:
        return False
    return not (_TIME_OR_AMOUNT_AFTER.match(s, run.end) or _TIME_OR_AMOUNT_BEFORE.search(s, max(0, run.start - 2), run.start))


# Starts at the first dash (a literal the engine finds fast); the area is checked by hand.
_SSN_DASHED_TAIL = re.compile(r"-([0-9]{2})-([0-9]{4})(?![0-9]|-[0-9])")


def ssn_hits(s: str) -> list[Hit]:
    """The dashed 3-2-4 form anywhere, unless the SSA could never have issued it."""
    hits = []
    for m in _SSN_DASHED_TAIL.finditer(s, 3):
        start = m.start() - 3
        area = s[start : m.start()]
        if not (area.isascii() and area.isdigit()) or (start and s[start - 1] in "0123456789-"):
            continue
        group, serial = m.groups()
        if area in ("000", "666") or area >= "900" or group == "00" or serial == "0000":
            continue
        hits.append(Hit("ssn", start, m.end(), "dashed 3-2-4 number shaped like an SSN"))
    return hits
