"""Numbers given in pieces inside one message: "starts with 3782, then 822463, and ends with 10005".

Two digit runs are pieces of one value when only sequence words ("then", "next", "followed
by", "ends with", Spanish "luego", "y", "termina en"...), punctuation, or a count ("first four",
"last 4") come between them. Cards are found among the pieces by the Luhn check; a cue rule
(codes) reads its value from the pieces after the cue ("ssn 123 then 45 then 6789").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .cards import CARD_CUE, naming_word
from .kinds import Hit
from .luhn import LuhnSums
from .runs import Run
from .words import COUNT_WORDS, by_first_letter

_SEQUENCE_WORDS = """
then next and followed by after that comes come is are it its it's the with ends ending end starts starting start
begins begin beginning first second third fourth fifth last final finally middle part bit rest group set block chunk
piece digits numbers number ones dot dash space plus also so ok okay um uh like finishes finish goes go my card
one two three four five six
y luego despues sigue seguido de del termina terminan en empieza empiezan con primero primeros primera ultimos ultimo
al final medio punto guion es son los las el la mi numero tarjeta uno dos tres cuatro cinco seis
""".split()  # noqa: SIM905 - a word list reads better as text
# What may stand between two pieces: punctuation, sequence words, and a count typed in digits ("first 4 are").
_JOIN = re.compile(
    rf"(?<=[0-9])(?:\b(?:{COUNT_WORDS})\s++[0-9]{{1,2}}\b|[\s.,;:\-/&+()'\"]|\b(?:{by_first_letter(_SEQUENCE_WORDS)})\b)++(?=[0-9])"
)
_MAX_GAP = 48
# Runs joined by punctuation alone ("/", ",") are lists of numbers, or already one run; pieces
# of one value have a word or a dot between them.
_WORD_OR_DOT = re.compile(r"[a-z.]")
_PLAIN = re.compile(r"[0-9]++(?:[ -][0-9]++)*+")
_MONEY = frozenset("$€£¥")
_MAX_PIECES = 7


def piece_links(s: str, runs: list[Run]) -> list[int]:
    """For each run, the index of the next run that continues it as a piece of one value, or -1.

    One pass of the regex engine over the text finds every gap that could join two runs;
    a count typed in digits ("first 4") is part of a gap, never a piece.
    """
    links = [-1] * len(runs)
    if len(runs) < 2:
        return links
    index_by_end = {run.end: k for k, run in enumerate(runs)}
    index_by_start = {run.start: k for k, run in enumerate(runs)}
    for gap in _JOIN.finditer(s):
        a, b = gap.span()
        k, m = index_by_end.get(a), index_by_start.get(b)
        if k is not None and m is not None and b - a <= _MAX_GAP and _WORD_OR_DOT.search(s, a, b):
            links[k] = m
    return links


def joined(runs: list[Run], links: list[int], k: int, max_digits: int) -> Iterator[Run]:
    """Run k, then run k joined with each following piece in turn, while the digits fit."""
    first, raw, count = runs[k], runs[k].digits, len(runs[k].digits)
    yield first
    while (k := links[k]) >= 0 and count + len(runs[k].digits) <= max_digits:
        raw += " " + runs[k].digits
        count += len(runs[k].digits)
        yield Run(first.start, runs[k].end, raw)


def piece_card_hits(s: str, runs: list[Run], links: list[int]) -> list[Hit]:
    """Cards among the pieces of each chain: 2 to 7 plain pieces, 13 to 19 digits, passing Luhn.

    Pieces joined by words are weaker evidence than one run, so the card must also start like
    one (2 to 6) or be named as a card, and never be named as an order or other reference.
    """
    hits: list[Hit] = []
    continued = set(links)
    for first in range(len(runs)):
        if first in continued or links[first] < 0:
            continue
        chain = [first]
        while links[chain[-1]] >= 0:
            chain.append(links[chain[-1]])
        pieces = [runs[k] for k in chain]
        lengths = [len(p.digits) for p in pieces]
        digits = "".join(p.digits for p in pieces)
        digit_at = [0]
        for n in lengths:
            digit_at.append(digit_at[-1] + n)
        sums = LuhnSums(digits)
        for size in range(2, _MAX_PIECES + 1):
            for i in sums.passing(digit_at, size):
                window = pieces[i : i + size]
                if _plausible(s, window, digits[digit_at[i]]):
                    reason = f"{digit_at[i + size] - digit_at[i]}-digit number in pieces passing the Luhn check"
                    hits.append(Hit("card_number", window[0].start, window[-1].end, reason))
    return hits


def _plausible(s: str, window: list[Run], first_digit: str) -> bool:
    if len(window[0].digits) < 3 or not all(_PLAIN.fullmatch(p.raw) and s[p.start - 1 : p.start] not in _MONEY for p in window):
        return False
    named = naming_word(s, window[0])
    if named is not None:
        return bool(CARD_CUE.fullmatch(named))
    return first_digit in "23456"
