"""Word keys of regular expressions: the matcher runs a regex only when the message has a
word beginning with one of the regex's keys.

A key is the first three letters of a word that a regex spells out literally at the start
of a word (after ``\\b``, ``^``, a space or another non-word character). Every text the
regex matches contains that word beginning, so a message without it need not be tried.
Regexes have patterns (``^(hi|hey)``) that yield no key; they run on every message.
"""

from __future__ import annotations

import re
import re._constants as c
import re._parser as sre_parser
from collections.abc import Callable

KEY_LENGTH = 3
_WORD_START_AT = (c.AT_BEGINNING, c.AT_BEGINNING_STRING, c.AT_BOUNDARY)
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT))


def word_keys(regex: re.Pattern[str], rarity: Callable[[str], int] = lambda key: 0) -> frozenset[str] | None:
    """The rarest set of keys one of which every match contains, or None if there is none."""
    if regex.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parser.parse(regex.pattern, regex.flags)
    except re.error:  # pragma: no cover - the loader compiled it already
        return None
    found, _ = _keys(list(parsed), True)
    if not found:
        return None
    return min(found, key=lambda keys: sum(rarity(key) + 1 for key in keys))


def longest_whole_match(regex: re.Pattern[str]) -> int:
    """For a regex anchored at both ends (``^...$``), the longest text it can match; so
    longer messages need not be tried (most small-talk patterns are whole-message ones)."""
    parsed = sre_parser.parse(regex.pattern, regex.flags)
    items = list(parsed)
    starts = len(items) > 1 and items[0] == (c.AT, c.AT_BEGINNING)
    ends = len(items) > 1 and items[-1][0] is c.AT and items[-1][1] in (c.AT_END, c.AT_END_STRING)
    return min(parsed.getwidth()[1], c.MAXREPEAT) if starts and ends else c.MAXREPEAT


def message_keys(words: list[str]) -> set[str]:
    """The keys a message offers: the first letters of each of its words."""
    return {word[:KEY_LENGTH] for word in words if len(word) >= KEY_LENGTH}


def _keys(items: list, word_start: bool) -> tuple[list[frozenset[str]], bool]:
    """Key sets of the mandatory parts of a sequence, and whether it ends at a word start."""
    found: list[frozenset[str]] = []
    piece: list[str] = []
    piece_starts_word = False

    def close() -> None:
        if piece_starts_word and len(piece) >= KEY_LENGTH:
            found.append(frozenset({"".join(piece[:KEY_LENGTH])}))
        piece.clear()

    for op, arg in items:
        if op is c.LITERAL and chr(arg).isalnum():
            if not piece:
                piece_starts_word = word_start
            piece.append(chr(arg))
            word_start = False
            continue
        close()
        if op is c.LITERAL:
            word_start = True  # after a space or other non-word character
        elif op is c.AT:
            word_start = arg in _WORD_START_AT
        elif op is c.SUBPATTERN:
            inner, word_start = _keys(list(arg[3]), word_start)
            found.extend(inner)
        elif op is c.BRANCH:
            options = [_keys(list(branch), word_start) for branch in arg[1]]
            if all(keys for keys, _ in options):
                found.append(frozenset().union(*(min(keys, key=len) for keys, _ in options)))
            word_start = all(end for _, end in options)
        elif op in _REPEATS:
            inner, end = _keys(list(arg[2]), word_start)
            if arg[0] >= 1:
                found.extend(inner)
                word_start = end
            else:
                word_start = word_start and end
        elif op is c.IN:
            word_start = all(kind is c.CATEGORY and value is c.CATEGORY_SPACE for kind, value in arg)
        else:
            word_start = False
    close()
    return found, word_start
