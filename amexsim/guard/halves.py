"""Numbers given in parts that sequence words do not join (pieces.py joins those).

A card whose groups are split by an aside ("5479 2499 0037 uh, ok where was I, 3162"), and parts
named by where they sit, in any order ("last eight: 09218098. first eight: 64996905", "social
ends 4693 and starts 247 32"). Both need the parts to make a whole that could only be the value:
a card laid out as cards are, passing Luhn; an SSN the SSA could issue, named as one.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .cards import CARD_CUE, card_layout, naming_word_before
from .codes import ssn_issuable
from .cues import CUE_RULES
from .kinds import Hit
from .luhn import luhn
from .runs import GROUP, Runs
from .words import word_matches

# A run of card-like groups (3 to 6 digits, one space or dash between): never a date or an amount.
_CARD_GROUPS = re.compile(r"[0-9]{3,6}+(?:[ -][0-9]{3,6}+)*+")
_MAX_ASIDE = 64
# Words that name a number as something else, just before the second part ("... order 1234").
_OTHER_NUMBER = re.compile(
    r"\b(?:order|ref|reference|case|ticket|phone|tel|call|zip|exp|cvv|cvc|pin|code|ssn|id|account|acct|routing|tracking|confirmation"
    r"|invoice|password|pw|passcode|limit|balance|owe|paid|pay|amount|fee|total|points|miles|apt|suite|street|flight|year|years"
    r"|born|since|pedido|telefono|caso|codigo|saldo)\b[\s:#=.]{0,4}(?:(?:number|no|num|is|are|es)\b[\s:#=.]{0,4})?$"
)
# The most digits a part may have: a part holding a whole card is no part of a split one.
_MAX_PART = 12


def aside_card_hits(s: str, runs: Runs, joined_next: list[int]) -> list[Hit]:
    """Two neighbouring runs of card-like groups, neither a card alone, with an aside of up to 64
    characters on one line between them, together laid out like a card, 13 to 19 digits passing
    Luhn, started like a card or named as one, the second not named as another number."""
    if len(runs) < 2:
        return []
    hits: list[Hit] = []
    counts, starts, ends, raws = runs.counts, runs.starts, runs.ends, runs.raws
    candidates = [
        k
        for k in range(len(runs) - 1)
        if 13 <= counts[k] + counts[k + 1] <= 19
        and counts[k] <= _MAX_PART
        and counts[k + 1] <= _MAX_PART
        and starts[k + 1] - ends[k] <= _MAX_ASIDE
        and joined_next[k] != k + 1
    ]
    for k in candidates:
        if not (_CARD_GROUPS.fullmatch(raws[k]) and _CARD_GROUPS.fullmatch(raws[k + 1])) or "\n" in s[ends[k] : starts[k + 1]]:
            continue
        lengths = [len(g) for g in GROUP.findall(raws[k])] + [len(g) for g in GROUP.findall(raws[k + 1])]
        first, second = runs[k], runs[k + 1]
        digits = first.digits + second.digits
        if not (card_layout(lengths) and luhn(digits)) or _OTHER_NUMBER.search(s, max(0, second.start - 24), second.start):
            continue
        named = _named_before(s, first.start)
        if (named is not None and not CARD_CUE.fullmatch(named)) or (named is None and digits[0] not in "23456"):
            continue
        hits.append(Hit("card_number", first.start, second.end, f"{len(digits)}-digit number split by an aside, passing the Luhn check"))
    return hits


def _named_before(s: str, pos: int) -> str | None:
    """The nearest word naming a number before pos (the aside after the first part is not read)."""
    return naming_word_before(s, pos)[0]


_HEAD, _MIDDLE, _TAIL = 0, 1, 2
# How far a part may stand after the word placing it ("first half of the card is 30534129").
_LABEL_REACH = 32
_LABEL = re.compile(
    r"\b(?:(?P<head>first|start|starts|starting|begins|begin|beginning|primeros|primero|primeras|primera|empieza|comienza)"
    r"|(?P<middle>middle|medio)|(?P<tail>last|ends|ending|end|final|ultimos|ultimo|termina|second half|other half|back half"
    # "los primeros ocho son ... y los otros ocho ...": the other part, after a first one.
    r"|other|otros|otras))\b"
    rf"(?=[^0-9.;!?\n]{{0,{_LABEL_REACH}}}[0-9])"
)
_HEAD_WORDS = ("first", "start", "begin", "primer", "empieza", "comienza")
_TAIL_WORDS = ("last", "end", "final", "ultimo", "termina", "half", "other", "otros", "otras")
_SSN_RULE = next(rule for rule in CUE_RULES if rule.kind == "ssn")


def labelled_part_hits(s: str, runs: Runs) -> list[Hit]:
    """Two or three neighbouring runs, each right after a word saying where it sits (first, middle,
    last), that make a card or an SSN when put in that order, whatever order they came in."""
    if len(runs) < 2 or not (any(map(s.__contains__, _HEAD_WORDS)) and any(map(s.__contains__, _TAIL_WORDS))):
        return []
    labels: dict[int, int] = {}
    for m in word_matches(_LABEL, s):
        k = bisect_left(runs.starts, m.end())
        if k < len(runs) and runs.starts[k] - m.end() <= _LABEL_REACH:
            labels[k] = _HEAD if m.group("head") else _MIDDLE if m.group("middle") else _TAIL
    hits: list[Hit] = []
    for k in sorted(labels):
        for size in (2, 3):
            group = list(range(k, k + size))
            if not all(j in labels for j in group) or runs.ends[group[-1]] - runs.starts[k] > 96:
                continue
            if sorted(labels[j] for j in group) != ([_HEAD, _TAIL] if size == 2 else [_HEAD, _MIDDLE, _TAIL]):
                continue
            # "ending in 5383 ... starts 650, middle 75, ends 6928": a later part of the same place
            # takes over, and the parts are read in their own order.
            if labels.get(k + size) == labels[k]:
                continue
            digits = "".join(runs[j].digits for j in sorted(group, key=labels.__getitem__))
            start, end = runs.starts[k], runs.ends[group[-1]]
            if _card(s, digits, start):
                hits.append(
                    Hit("card_number", start, end, f"{len(digits)}-digit number in parts named first and last, passing the Luhn check")
                )
            elif _ssn(s, digits, start, end):
                hits.append(Hit("ssn", start, end, "9 digits in parts named first and last, named as an SSN"))
    return hits


def _card(s: str, digits: str, start: int) -> bool:
    if not (13 <= len(digits) <= 19 and luhn(digits)):
        return False
    named = _named_before(s, start)
    return bool(CARD_CUE.fullmatch(named)) if named is not None else digits[0] in "23456"


def _ssn(s: str, digits: str, start: int, end: int) -> bool:
    if len(digits) != 9 or not ssn_issuable(digits):
        return False
    return any(True for _ in word_matches(_SSN_RULE.cue, s, max(0, start - 48), min(len(s), end + 32)))
