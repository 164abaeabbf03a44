"""When "for", "to", "too" and "ate" are digits: speech typed by a voice-to-text engine
("my pin is three for nine ate", "social security number ate seven three, for oh, ...").

The words are among the commonest in English, so one counts only inside a run of number
words that is clearly a number read out, never as a preposition or a verb beside one
("I paid for two tickets", "from nine to five", "two for one deal", "add one to my order").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HOMOPHONES = {"for": "4", "to": "2", "too": "2", "ate": "8"}
# Rarer sounds of a digit ("the cvv is zero seven won", "my pin is for niner zero zero"): words of their own
# ("I won", "a tree") everywhere but in a short run of number words right after a secret's name (spelled.py)
CUED_HOMOPHONES = {"won": "1", "tree": "3", "niner": "9", "fore": "4"}
_OH = frozenset({"o", "oh"})

# Where a number read out begins: after a link or a label ("is", "number", ":"), a homophone may
# start it ("the number on the card is to seven to oh ..."); elsewhere "to"/"for" there is a preposition.
_LINK_BEFORE = re.compile(r"(?:\b(?:is|are|was|were|number|es|son|it's|its)|[:=#])[ \t]*+$")
# Where one ends: a homophone may close it only at the end of a clause ("... eight for.", "... too to,
# and the last four"); before a word it is a preposition again ("one two three four for the atm").
_CLAUSE_END_AFTER = re.compile(r"(?<=[a-z])[ \t]*+(?:$|[,.;:!?)\n])")
# A number plainly read out: this many other number words (not "oh") at least, and no fewer than homophones.
_CLEAR_RUN = 3
# A short number (a security code, a PIN) right after a link and closing its clause may be mostly homophones.
_SHORT_RUN = range(3, 9)
_MAX_HOMOPHONES_IN_SHORT = 2


@dataclass(frozen=True)
class Token:
    """One word of a run of number words: where it is, and the digits it stands for."""

    start: int
    end: int
    word: str
    digits: str

    @property
    def homophone(self) -> bool:
        return self.word in HOMOPHONES


def counted(s: str, tokens: list[Token], *, opened: bool = False) -> list[Token] | None:
    """The stretch of tokens (a run of number words and homophones in s) that reads as one number
    with its homophones as digits, or None when no homophone in it counts. ``opened``: a count of
    the digits stood right before the tokens ("the next four | for nine two three"), as a link does."""
    first, last = 0, len(tokens)
    opened = opened or bool(_LINK_BEFORE.search(s, max(0, tokens[0].start - 12), tokens[0].start))
    if not opened:
        while first < last and tokens[first].homophone:
            first += 1
    if not _CLAUSE_END_AFTER.match(s, tokens[-1].end):
        while last > first and tokens[last - 1].homophone:
            last -= 1
    kept = tokens[first:last]
    homophones = sum(t.homophone for t in kept)
    if not homophones:
        return None
    others = sum(not t.homophone and t.word not in _OH for t in kept)
    if others >= max(_CLEAR_RUN, homophones):
        return kept
    digits = sum(len(t.digits) for t in kept)
    short = (
        first == 0
        and last == len(tokens)
        and not kept[0].homophone
        and homophones <= _MAX_HOMOPHONES_IN_SHORT
        and digits in _SHORT_RUN
        and opened
        and _CLAUSE_END_AFTER.match(s, kept[-1].end)
    )
    return kept if short else None
