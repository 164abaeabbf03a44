"""Numbers given in pieces inside one message: "starts with 3782, then 822463, and ends with 10005".

Two digit runs are pieces of one value when only sequence words ("then", "next", "followed
by", "ends with", Spanish "luego", "y", "termina en"...), punctuation, or a count ("first four",
"last 4") come between them. Cards are found among the pieces by the Luhn check; a cue rule
(codes) reads its value from the pieces after the cue ("ssn 123 then 45 then 6789").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import accumulate, count, islice
from typing import NamedTuple

from .cards import CARD_CUE, card_layout, naming_word
from .kinds import Hit
from .luhn import luhn
from .runs import DATE, GROUP, Run, Runs
from .words import COUNT_WORDS, LONG_TEXT, by_first_letter

_SEQUENCE_WORDS = """
then next and followed by after that comes come is are it its it's the with ends ending end starts starting start
begins begin beginning first second third fourth fifth last final finally middle part bit rest group set block chunk
piece digits numbers number ones dot dash space period hyphen slash plus also so ok okay um uh like finishes finish goes go my card
one two three four five six says say reads read shows show sorry oops sry remaining hold wait hang second moment
cont contd continued continues continuing continua continuacion
y luego despues sigue seguido de del termina terminan en empieza empiezan con primero primeros primera ultimos ultimo
al final medio punto guion es son los las el la mi numero tarjeta uno dos tres cuatro cinco seis dice
""".split()  # noqa: SIM905 - a word list reads better as text
# Short words that label a number of their own, or offer another ("610-9352 or +44 20 ..."): never
# between two pieces of one value.
_LABELS = "(?:zip|exp|pin|nip|cvv|cvc|cid|csc|ssn|sin|dob|ref|apt|ste|ext|fax|tel|usd|eur|gbp|mxn|am|pm|id|po|otp|pw|pwd|ph|no|tin|or)"
# What may stand between two pieces: a count typed in digits ("first 4 are"), punctuation, a
# sequence word, or any short word ("thn", "an", "w/").
_JOIN = re.compile(
    rf"[0-9](?:\b(?:{COUNT_WORDS})\s++[1-9]\b|[\s.,;:\-/&+()'\"|~*•·>]"
    rf"|\b(?:{by_first_letter(_SEQUENCE_WORDS)}|(?!{_LABELS}\b)[a-z]{{1,3}})\b)++(?=[0-9])"
)
_MAX_GAP = 48
_WORD_OR_DOT = re.compile(r"[a-z.]")
_PLAIN = re.compile(r"[0-9]++(?:[ .,-]{1,2}[0-9]++)*+")
# Matched whole; the lookbehind keeps a search from restarting inside a long number.
_AMOUNT = re.compile(r"(?<![0-9])(?:[0-9]{1,3}(?:,[0-9]{3})++(?:\.[0-9]{2})?|[0-9]++[.,][0-9]{2})")
_MONEY = frozenset("$€£¥")
_MAX_PIECES = 7
# "1) 4992 2) 6653 ..." or "1. 6277 2. 1504": the numbers of a list, blanked when they count 1, 2, ...
# The digit first and the character before it read back by a lookbehind: a search skips ahead to the
# digits of a long text, where a lookbehind first would be tried at every character.
_LIST_MARKER = re.compile(r"([1-9])(?<![0-9.,][1-9])[.)](?=[ \t]++[0-9])")
# A marker's point or bracket and the space or tab after it, in one pass (four substring tests would
# each read the whole of a long text).
_MARKER_END = re.compile(r"[.)][ \t]")


class Links(NamedTuple):
    """For each run, the next run that continues it as a piece of one value (or -1), and
    which of those joins have only punctuation between (a list, unless laid out like a card)."""

    next: list[int]
    punctuation_only: frozenset[int]


def unlisted(s: str) -> str:
    """The text with the numbers of a numbered list blanked (same length, so offsets hold)."""
    # A marker is a point or a bracket, then a space or tab: single-character tests (a memchr in C)
    # rule most messages out, one search stopping only at those characters the rest.
    if not ("." in s or ")" in s) or _MARKER_END.search(s) is None:
        return s
    # A list counts 1, 2, ...: its first two markers say whether there is one to read at all.
    markers = _LIST_MARKER.finditer(s)
    if [int(m.group(1)) for m in islice(markers, 2)] != [1, 2]:
        return s
    markers = _LIST_MARKER.finditer(s)
    out = list(s)
    for m in markers:
        out[m.start() : m.end()] = "  "
    return "".join(out)


def piece_links(s: str, runs: Runs) -> Links:
    """Which runs continue as pieces of one value.

    The gap pattern is tried from the last digit of each run only (a run's inner separators
    never join anything), in order, as one pass of the regex engine would: a gap that holds
    a count typed in digits ("first 4") covers that count, which is never a piece.
    """
    links = [-1] * len(runs)
    punctuation_only: set[int] = set()
    if len(runs) < 2:
        return Links(links, frozenset())
    index_by_start = dict(zip(runs.starts, count()))
    match = _JOIN.match
    covered = 0
    # In a long text, the next run's start for each run (-1 after the last): a run whose next is too far
    # away to link, and opens with two digits, is not matched, as the gap would end at that start (a gap
    # takes in no digit but a count's lone one, "first 4"), linking and covering nothing.
    nexts = [*runs.starts[1:], -1] if len(s) >= LONG_TEXT else None
    for k, a in enumerate(runs.ends):
        if a <= covered or (nexts and nexts[k] - a > _MAX_GAP and s[nexts[k] + 1 : nexts[k] + 2].isdigit()):
            continue
        if (gap := match(s, a - 1)) is None:
            continue
        b = covered = gap.end()
        m = index_by_start.get(b)
        # "a las 10:08": a colon alone between two digits is a time, not two pieces of one value.
        if m is not None and b - a <= _MAX_GAP and not (b - a == 1 and s[a] == ":"):
            links[k] = m
            if not _WORD_OR_DOT.search(s, a, b):
                punctuation_only.add(k)
    return Links(links, frozenset(punctuation_only))


def joined(runs: Runs, links: Links, k: int, max_digits: int) -> Iterator[Run]:
    """Run k, then run k joined with each following piece in turn, while the digits fit."""
    first = runs[k]
    yield first
    raw, digits = first.digits, len(first.digits)
    while (k := links.next[k]) >= 0 and digits + runs.counts[k] <= max_digits:
        piece = runs[k]
        raw += " " + piece.digits
        digits += runs.counts[k]
        yield Run(first.start, piece.end, raw)


def _chains(links: Links) -> Iterator[list[int]]:
    """Each chain of two or more runs joined as pieces, as run indexes (made one at a time: a
    long message can have thousands, and lists kept alive are work for the garbage collector)."""
    following = links.next
    continued = set(following)
    for first in [k for k, after in enumerate(following) if after >= 0 and k not in continued]:
        chain = [first]
        while following[chain[-1]] >= 0:
            chain.append(following[chain[-1]])
        yield chain


def piece_hits(s: str, runs: Runs, links: Links) -> list[Hit]:
    """Cards, then SSNs, among the pieces of each chain."""
    cards: list[Hit] = []
    ssns: list[Hit] = []
    for chain in _chains(links):
        cards += _piece_card_hits(s, runs, links, chain)
        ssns += _piece_ssn_hits(s, runs, chain)
    return cards + ssns


def _piece_card_hits(s: str, runs: Runs, links: Links, chain: list[int]) -> list[Hit]:
    """Cards among the pieces of a chain: 2 to 7 plain pieces, 13 to 19 digits, passing Luhn.

    Pieces are weaker evidence than one run, so the card must also start like one (2 to 6) or
    be named as a card, and never be named as an order or other reference; pieces with only
    punctuation between must also be laid out like a card, or be three or more short pieces.
    """
    lengths = [runs.counts[k] for k in chain]
    windows = _windows(tuple(lengths)) if len(lengths) <= _CACHED_CHAIN else _count_windows(lengths)
    if not windows:
        return []
    hits: list[Hit] = []
    digits = runs.digits_of(chain)
    # Run objects only for a chain with a window passing Luhn: most have none.
    pieces: list[Run] = []
    for i, size, a, b in windows:
        if not luhn(digits[a:b]):
            continue
        pieces = pieces or [runs[k] for k in chain]
        window = pieces[i : i + size]
        listed = all(k in links.punctuation_only for k in chain[i : i + size - 1])
        if listed and not _listed_card(window, lengths[i : i + size]):
            continue
        if _plausible(s, window, digits[a]) and not _last_four_then_a_phone(s, window):
            hits.append(Hit("card_number", window[0].start, window[-1].end, f"{b - a}-digit number in pieces passing the Luhn check"))
    return hits


# Which windows of a chain hold 13 to 19 digits depends only on the pieces' lengths: worked out
# once per layout for short chains (a long message repeats a few layouts many times).
_CACHED_CHAIN = 12


def _count_windows(lengths: Sequence[int]) -> tuple[tuple[int, int, int, int], ...]:
    """Windows (first piece, pieces, first digit, end digit) of 2 to 7 pieces holding 13 to 19
    digits, by size then position (the order cards among pieces are reported in)."""
    digit_at = [0, *accumulate(lengths)]
    return tuple(
        (i, size, digit_at[i], digit_at[i + size])
        for size in range(2, _MAX_PIECES + 1)
        for i in range(len(lengths) - size + 1)
        if 13 <= digit_at[i + size] - digit_at[i] <= 19
    )


_windows = lru_cache(maxsize=4096)(_count_windows)


def _listed_card(window: list[Run], lengths: list[int]) -> bool:
    """Pieces with only punctuation between ("3419 -- 550710 -- 12333", "(374384) (60951) (56) (69)"):
    laid out like a card, or three or more short pieces of plain digits (phone numbers have dashes)."""
    if card_layout(lengths):
        return True
    return len(window) >= 3 and min(lengths) >= 2 and max(lengths) <= 7 and all(p.raw.isdigit() for p in window)


def _plausible(s: str, window: list[Run], first_digit: str) -> bool:
    if len(window[0].digits) < 2 or not all(_plain(s, p) for p in window):
        return False
    named = naming_word(s, window[0])
    if named is not None:
        return bool(CARD_CUE.fullmatch(named))
    return first_digit in "23456"


# "my old number ending 5324, the new one is (917) 758-9263": a phone's last four, then a whole phone
# number laid out as one; together they can pass Luhn, but neither is part of a card
_PHONE_LAYOUT = re.compile(r"\([0-9]{3}\)[ \t]?[0-9]{3}[-. ][0-9]{4}|[0-9]{3}([-.])[0-9]{3}\1[0-9]{4}")
_PHONE_NAMED = re.compile(r"\b(?:number|phone|cell|mobile|tel|telephone|celular|telefono)\b")


def _last_four_then_a_phone(s: str, window: list[Run]) -> bool:
    if len(window) < 2 or len(window[0].digits) != 4:
        return False
    start = window[1].start - (s[window[1].start - 1 : window[1].start] == "(")
    if _PHONE_LAYOUT.fullmatch(s, start, window[-1].end) is None:
        return False
    return _PHONE_NAMED.search(s, max(0, window[0].start - 48), window[0].start) is not None


# "zip+4 is 19103-8008, card ends 5141": a ZIP+4 is no group of a card (the answer the chat asks for).
_ZIP_PLUS_FOUR = re.compile(r"[0-9]{5}-[0-9]{4}")


def _plain(s: str, piece: Run) -> bool:
    """Digits grouped like part of a card: not an amount, a date, a ZIP+4 or a decimal number."""
    raw = piece.raw
    if not _PLAIN.fullmatch(raw) or _AMOUNT.fullmatch(raw) or DATE.fullmatch(raw) or s[piece.start - 1 : piece.start] in _MONEY:
        return False
    if _ZIP_PLUS_FOUR.fullmatch(raw):
        return False
    return not ("." in raw or "," in raw) or min(map(len, GROUP.findall(raw))) >= 3


# "the first three are 344, middle two 16, last four 8057": an SSN's 3-2-4 shape, named by counts.
_SSN_COUNTS = re.compile(r"\b(?:first|middle|last|three|two|four|primeros|medio|ultimos|tres|dos|cuatro)\b")


def _piece_ssn_hits(s: str, runs: Runs, chain: list[int]) -> list[Hit]:
    """Three pieces of 3, 2 and 4 digits in a chain that could be an SSN, their sizes named in words."""
    hits: list[Hit] = []
    counts = runs.counts
    for i in range(len(chain) - 2):
        if counts[chain[i]] != 3 or counts[chain[i + 1]] != 2 or counts[chain[i + 2]] != 4:
            continue
        area, group, serial = (runs[k] for k in chain[i : i + 3])
        if area.digits in ("000", "666") or area.digits >= "900" or group.digits == "00" or serial.digits == "0000":
            continue
        if len(set(_SSN_COUNTS.findall(s, max(0, area.start - 24), serial.start))) >= 3:
            hits.append(Hit("ssn", area.start, serial.end, "3, 2 and 4 digits given in pieces, named by their counts"))
    return hits
