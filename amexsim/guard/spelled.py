"""Spelled-out digits ("three seven ... oh five", "double two") become digits, mapped back to their words."""

from __future__ import annotations

import re

from .offsets import IDENTITY, Mapping, OffsetMap
from .words import COUNT_WORDS, word_matches

# English and Spanish digit words ("uno dos tres" reads as "one two three").
DIGIT_WORDS = {
    "zero": "0",
    "oh": "0",
    "o": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "cero": "0",
    "uno": "1",
    "dos": "2",
    "tres": "3",
    "cuatro": "4",
    "cinco": "5",
    "seis": "6",
    "siete": "7",
    "ocho": "8",
    "nueve": "9",
}
_WORD_PATTERNS = {"one": "one(?![ -]?time)"}
_DIGIT_WORD_ALTERNATIVES = [rf"{_WORD_PATTERNS.get(w, w)}\b" for w in sorted(DIGIT_WORDS, key=lambda w: (-len(w), w))]
_DIGIT_WORD = "(?:" + "|".join(_DIGIT_WORD_ALTERNATIVES) + ")"
_REPEATS = {"double": 2, "triple": 3, "doble": 2}
# Flat alternatives, each starting with a literal letter, so the regex engine can skip ahead fast.
_NUMBER_WORD = "(?:" + "|".join([*(rf"{r}[ -]++{_DIGIT_WORD}" for r in _REPEATS), *_DIGIT_WORD_ALTERNATIVES]) + ")"
_SPELLED = re.compile(rf"{_NUMBER_WORD}(?:[ \t,.\-]{{1,3}}{_NUMBER_WORD})*+")
_MAX_SPELLED_WORDS = 40  # longer sequences cannot be one card (or a card and its extras)
_SPELLED_WORD = re.compile(rf"(?:({'|'.join(_REPEATS)})[ -]++)?([a-z]++)")
_ONLY_OH = frozenset({"o", "oh"})
# Nothing sensitive is shorter than a three-digit security code, so shorter spelled
# sequences matter only when they touch digits ("four 111 1111 ...").
_MIN_SPELLED_ALONE = 3
# "the first four 4111, next four 1111": a number word after one of these counts digits, it is not one.
_COUNTING = re.compile(rf"\b(?:{COUNT_WORDS})[ \t]++$")


def spell_out(s: str) -> tuple[str, Mapping]:
    """Stage 1c: spelled-out digits become digits; the words map back to their spans.

    Inside a spelled sequence, plain spaces are dropped (so "three seven" is "37") and a
    comma, dot or dash becomes a group separator. A lone "oh"/"o" counts only next to digits.
    """
    pieces: list[str] = []
    mapping = OffsetMap()
    pos = new_pos = 0
    for seq in word_matches(_SPELLED, s):
        a, b = seq.span()
        digit = DIGIT_WORDS.get(seq.group())
        if digit is not None:
            # One plain word, by far the commonest sequence in long messages: too short to
            # stand alone, so it counts only next to digits, and needs no splitting into words.
            if not _next_to_digit(s, a, b) or _COUNTING.search(s, max(0, a - 16), a):
                continue
            parts = [(a, b, digit)]
        else:
            parts = _spelled_parts(s, seq)
            if parts is None:
                continue
        pieces.append(s[pos:a])
        new_pos += a - pos
        for old_start, old_end, new in parts:
            pieces.append(new)
            mapping.add(new_pos, new_pos + len(new), old_start, old_end)
            new_pos += len(new)
        pos = b
    if not pieces:
        return s, IDENTITY
    pieces.append(s[pos:])
    return "".join(pieces), mapping


def _spelled_parts(s: str, seq: re.Match[str]) -> list[tuple[int, int, str]] | None:
    """The replacement for each word and separator of a spelled sequence, or None if it does not count."""
    words = list(_SPELLED_WORD.finditer(s, seq.start(), seq.end()))
    if len(words) > _MAX_SPELLED_WORDS:
        return None
    if not _next_to_digit(s, seq.start(), seq.end()) and (
        {w.group(2) for w in words} <= _ONLY_OH or sum(_REPEATS.get(w.group(1), 1) for w in words) < _MIN_SPELLED_ALONE
    ):
        return None
    parts: list[tuple[int, int, str]] = []
    prev_end = seq.start()
    for w in words:
        gap = s[prev_end : w.start()]
        if gap:
            parts.append((prev_end, w.start(), "" if gap.isspace() else " "))
        parts.append((w.start(), w.end(), DIGIT_WORDS[w.group(2)] * _REPEATS.get(w.group(1), 1)))
        prev_end = w.end()
    return parts


def _next_to_digit(s: str, a: int, b: int) -> bool:
    return s[max(0, a - 3) : a].rstrip()[-1:].isdigit() or s[b : b + 3].lstrip()[:1].isdigit()
