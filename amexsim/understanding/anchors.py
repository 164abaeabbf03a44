"""Word keys of regular expressions: the matcher runs a regex only when the message has a
word beginning with one of the regex's keys.

A key is the first three letters of a word that a regex spells out literally at the start
of a word (after ``\\b``, ``^``, a space or another non-word character). Every text the
regex matches contains that word beginning, so a message without it need not be tried.
Regexes have patterns (``^(hi|hey)``) that yield no key; they run on every message.

A regex anchored at the start (``^(what|which) ...$``) can also only match messages that begin
with one of a few texts ("what ", "which "): :func:`start_texts` lists them, so such a regex
is tried only on messages beginning so (see :func:`start_key`).
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


START_LENGTH = 6  # the letters of a message's start that pick the anchored regexes worth trying
_END = "\0"  # ends a start text that is the whole message ("ok" + _END for ``^ok$``)
_MAX_STARTS = 2000  # a regex with more possible starts is tried on every message
_MAX_LEAST_REPEATS = 20


def start_key(text: str) -> str:
    """How a text begins, as :func:`start_texts` lists it: its first letters, or the whole
    text and an end mark when it is shorter."""
    return text[:START_LENGTH] if len(text) >= START_LENGTH else text + _END


def start_texts(regex: re.Pattern[str]) -> frozenset[str] | None:
    """The :func:`start_key` of every text the regex finds, when it can only match at the start
    (``^``, ``\\A``); None when they cannot be listed (not anchored, flags, ``.``, character
    classes too wide to spell out, too many)."""
    if regex.flags != re.UNICODE:
        return None  # MULTILINE lets "^" match after a newline; IGNORECASE widens every letter
    items = list(sre_parser.parse(regex.pattern, regex.flags))
    if not items or items[0] not in ((c.AT, c.AT_BEGINNING), (c.AT, c.AT_BEGINNING_STRING)):
        return None  # "^a|b" is a branch: its "b" matches anywhere
    found = _starts(items, frozenset({""}))
    if found is None or not all(map(_finished, found)):
        return None  # a match could end short of START_LENGTH letters before the text does
    return found


def _finished(text: str) -> bool:
    return len(text) >= START_LENGTH or text.endswith(_END)


def _starts(items: list, texts: frozenset[str]) -> frozenset[str] | None:
    """The start texts once ``items`` have matched after each of ``texts`` (finished ones stay).
    Every letter a match can take is spelt out; what matches no letter (``\\b``, a lookahead)
    is passed over, which can only list more starts than there are, never fewer."""
    done = frozenset(filter(_finished, texts))
    going = texts - done
    for op, arg in items:
        if not going:
            break
        after: frozenset[str] | None
        if op is c.LITERAL:
            after = frozenset(text + chr(arg) for text in going)
        elif op is c.IN:
            chars = _spelt_out(arg)
            after = None if chars is None else frozenset(text + char for text in going for char in chars)
        elif op is c.AT and arg in (c.AT_END, c.AT_END_STRING):
            after = frozenset(text + _END for text in going)
            if arg is c.AT_END:  # "$" also matches before a newline that ends the text
                after |= frozenset(start_key(text + "\n") for text in going)
        elif op is c.AT or op in (c.ASSERT, c.ASSERT_NOT):
            after = going
        elif op is c.SUBPATTERN:
            after = None if arg[1] or arg[2] else _starts(list(arg[3]), going)  # (?i:...): not listed
        elif op is c.BRANCH:
            options = [_starts(list(branch), going) for branch in arg[1]]
            after = None if None in options else frozenset().union(*options)
        elif op in _REPEATS:
            after = _repeated(arg, going)
        else:
            return None
        if after is None:
            return None
        finished = frozenset(filter(_finished, after))
        done, going = done | finished, after - finished
        if len(done) + len(going) > _MAX_STARTS:
            return None
    return done | going


def _repeated(arg: tuple, texts: frozenset[str]) -> frozenset[str] | None:
    """The start texts after ``inner{least,most}``. A round that takes no letter changes no
    text, so rounds past ``least + START_LENGTH + 1`` (enough to finish every text) add nothing."""
    least, most, inner = arg
    if least > _MAX_LEAST_REPEATS:
        return None
    found = set(texts) if least == 0 else set()
    current: frozenset[str] | None = texts
    for rounds in range(1, min(most, least + START_LENGTH + 1) + 1):
        current = _starts(list(inner), current)
        if current is None:
            return None
        if rounds >= least:
            found |= current
    return frozenset(found)


def _spelt_out(items: list) -> set[str] | None:
    """The characters of a character class, when it lists a few (``[a-z]``, ``[ !.,]``)."""
    chars: set[str] = set()
    for op, arg in items:
        if op is c.LITERAL:
            chars.add(chr(arg))
        elif op is c.RANGE and arg[1] - arg[0] < 64:
            chars.update(map(chr, range(arg[0], arg[1] + 1)))
        else:
            return None  # negated, \d (any script's digits), \s, wide ranges
    return chars
