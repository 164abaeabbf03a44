"""Sensitive-data guard: find card numbers, security codes, SSNs, passcodes and passwords.

The guard sees every chat message before anything else does. It works in four stages:

1. fold the text into a normalised view (NFKC, digits of any script to ASCII, invisible
   characters dropped, spelled-out digits and O/l typos turned into digits), keeping an
   offset map back to the original text;
2. find digit runs (groups joined by space, dash, dot or slash) in that view;
3. classify runs by the Luhn check and by the cue words around them, and find the
   values that follow password cues;
4. map every hit back to offsets into the ORIGINAL text.

All patterns use bounded repeats or unambiguous sequences, so scanning is linear in the
length of the message. This module imports nothing from amexsim on purpose: it is the
first thing to touch user text and must stay small enough to audit.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import Literal, NamedTuple

__all__ = [
    "LABELS",
    "EarlierFinding",
    "Finding",
    "Guard",
    "Kind",
    "Screening",
    "redact",
    "scan",
]

Kind = Literal["card_number", "security_code", "ssn", "otp", "password"]

LABELS: dict[str, str] = {
    "card_number": "[card number removed]",
    "security_code": "[security code removed]",
    "ssn": "[SSN removed]",
    "otp": "[passcode removed]",
    "password": "[password removed]",
}

# When two hits overlap, the one with the lower rank wins.
_RANK = {"card_number": 0, "ssn": 1, "security_code": 2, "otp": 3, "password": 4}


@dataclass(frozen=True)
class Finding:
    """One sensitive value: its kind, its span in the original text and a safe reason."""

    kind: str
    start: int
    end: int
    reason: str


def _word_matches(pattern: re.Pattern[str], s: str) -> Iterator[re.Match[str]]:
    """Matches of pattern that begin a word.

    Checking the boundary here instead of a leading \\b in the pattern keeps the regex
    engine's first-character scan, which makes a pass over a long message several times
    faster. The check is inlined: long messages yield tens of thousands of matches.
    """
    pos = 0
    search = pattern.search
    while (m := search(s, pos)) is not None:
        start = m.start()
        before = s[start - 1] if start else " "
        if before.isalnum() or before == "_":
            pos = start + 1
            continue
        yield m
        end = m.end()
        pos = end if end > start else start + 1


# ---------------------------------------------------------------------------
# Stage 1: the normalised view and its offset map
# ---------------------------------------------------------------------------

_EXTRA_INVISIBLE = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0")


@lru_cache(maxsize=8192)
def _fold_char(c: str) -> str:
    """Fold one character: lower case, ASCII digits, plain space and dash, or nothing."""
    if c.isascii():
        return c.lower()
    if c in _EXTRA_INVISIBLE or unicodedata.category(c) in ("Cf", "Mn", "Me"):
        return ""
    out = []
    for ch in unicodedata.normalize("NFKC", c):
        if ch.isdecimal():
            out.append(str(unicodedata.decimal(ch)))
        elif ch.isspace():
            out.append(" ")
        elif ch == "\u2212" or unicodedata.category(ch) == "Pd":
            out.append("-")
        else:
            out.append(ch.lower())
    return "".join(out)


class _Map:
    """Maps positions of a rewritten string back to the string it was rewritten from.

    Only the rewritten chunks are recorded; text between them maps one to one.
    """

    __slots__ = ("_edits", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._edits: list[tuple[int, int, int, int]] = []

    def add(self, new_start: int, new_end: int, old_start: int, old_end: int) -> None:
        self._starts.append(new_start)
        self._edits.append((new_start, new_end, old_start, old_end))

    def _char(self, p: int) -> tuple[int, int]:
        k = bisect_right(self._starts, p) - 1
        if k < 0:
            return p, p + 1
        _, new_end, old_start, old_end = self._edits[k]
        if p < new_end:
            return old_start, old_end
        q = p - new_end + old_end
        return q, q + 1

    def span(self, a: int, b: int) -> tuple[int, int]:
        if not self._edits:
            return a, b
        return self._char(a)[0], self._char(b - 1)[1]


_IDENTITY = _Map()


class _Deleted:
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


_Mapping = _Map | _Deleted


def _fold_text(text: str) -> tuple[str, _Mapping]:
    """Stage 1a: per-character folding; the map is identity unless lengths change."""
    if text.isascii():
        return text.lower(), _IDENTITY
    table: dict[int, str] = {}
    resized: list[str] = []
    for c in set(text):
        folded = _fold_char(c)
        if len(folded) != 1:
            resized.append(c)
        elif folded != c:
            table[ord(c)] = folded
    if not resized:
        return text.translate(table), _IDENTITY
    pattern = re.compile("[" + "".join(re.escape(c) for c in resized) + "]")
    if not any(map(_fold_char, resized)):
        pieces = pattern.split(text)
        kept = "".join(pieces)
        return kept.translate(table) if table else kept, _Deleted(pieces)
    pieces: list[str] = []
    mapping = _Map()
    pos = new_pos = 0
    for m in pattern.finditer(text):
        i = m.start()
        chunk = text[pos:i].translate(table)
        pieces.append(chunk)
        new_pos += len(chunk)
        folded = _fold_char(text[i])
        pieces.append(folded)
        mapping.add(new_pos, new_pos + len(folded), i, i + 1)
        new_pos += len(folded)
        pos = i + 1
    pieces.append(text[pos:].translate(table))
    return "".join(pieces), mapping


_TYPO_TOKEN = re.compile(r"(?<![a-z0-9])(?:[0-9]++[oil]|[oil]++[0-9])[0-9oil]*+(?![a-z0-9])")
# The inner and group patterns start on the letter, with the digit before it checked by a
# lookbehind: digits are common in long messages, letters o/i/l touching them are not, so the
# engine's first-character scan skips ahead. Digits never change, so leaving them out of the
# match fixes the same letters.
_TYPO_INNER = re.compile(r"[oil](?<=[0-9][oil])[oil]{0,2}(?=[0-9])")
_TYPO_GROUP = re.compile(r"[oil](?<=[0-9][ .-][oil])[oil]{0,5}(?:[ .-][oil]{1,6})*+(?=[ .-][0-9])")
_TYPO_TABLE = str.maketrans("oil", "011")
# A token or inner typo needs an o/i/l touching a digit; a group typo one a separator away.
_TYPO_TOUCHING = re.compile(r"[oil](?:[0-9]|(?<=[0-9][oil]))")
_TYPO_HINT = re.compile(r"[oil](?:[0-9]|(?<=[0-9][oil])|(?<=[0-9][ .-][oil]))")


def _fix_typos(s: str) -> str:
    """Stage 1b: O for 0 and l/I for 1 in digit tokens and groups (same length, same offsets).

    Each full-text pass runs only when a cheap search shows it could change something:
    a long message with many "two 5"-like word-digit pairs would otherwise pay for all three.
    """
    if not _TYPO_HINT.search(s):
        return s
    if _TYPO_TOUCHING.search(s):
        s = _TYPO_TOKEN.sub(_typo_fixed, s)
        s = _TYPO_INNER.sub(_typo_fixed, s)
    return _TYPO_GROUP.sub(_typo_fixed, s)


def _typo_fixed(m: re.Match[str]) -> str:
    return m.group().translate(_TYPO_TABLE)


_DIGIT_WORDS = {
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
}
_DIGIT_WORD_ALTERNATIVES = [
    rf"{w}\b" for w in ("zero", "oh", "one(?![ -]?time)", "two", "three", "four", "five", "six", "seven", "eight", "nine", "o")
]
_DIGIT_WORD = "(?:" + "|".join(_DIGIT_WORD_ALTERNATIVES) + ")"
# Flat alternatives, each starting with a literal letter, so the regex engine can skip ahead fast.
_NUMBER_WORD = "(?:" + "|".join([rf"double[ -]++{_DIGIT_WORD}", rf"triple[ -]++{_DIGIT_WORD}", *_DIGIT_WORD_ALTERNATIVES]) + ")"
_SPELLED = re.compile(rf"{_NUMBER_WORD}(?:[ \t,.\-]{{1,3}}{_NUMBER_WORD})*+")
_MAX_SPELLED_WORDS = 40  # longer sequences cannot be one card (or a card and its extras)
_SPELLED_WORD = re.compile(r"(?:(double|triple)[ -]++)?([a-z]++)")
_ONLY_OH = frozenset({"o", "oh"})
_REPEATS = {"double": 2, "triple": 3}
# Nothing sensitive is shorter than a three-digit security code, so shorter spelled
# sequences matter only when they touch digits ("four 111 1111 ...").
_MIN_SPELLED_ALONE = 3


def _spell_out(s: str) -> tuple[str, _Mapping]:
    """Stage 1c: spelled-out digits become digits; the words map back to their spans.

    Inside a spelled sequence, plain spaces are dropped (so "three seven" is "37") and a
    comma, dot or dash becomes a group separator. A lone "oh"/"o" counts only next to digits.
    """
    pieces: list[str] = []
    mapping = _Map()
    pos = new_pos = 0
    for seq in _word_matches(_SPELLED, s):
        a, b = seq.span()
        digit = _DIGIT_WORDS.get(seq.group())
        if digit is not None:
            # One plain word, by far the commonest sequence in long messages: too short to
            # stand alone, so it counts only next to digits, and needs no splitting into words.
            if not _next_to_digit(s, a, b):
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
        return s, _IDENTITY
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
        parts.append((w.start(), w.end(), _DIGIT_WORDS[w.group(2)] * _REPEATS.get(w.group(1), 1)))
        prev_end = w.end()
    return parts


def _next_to_digit(s: str, a: int, b: int) -> bool:
    return s[max(0, a - 3) : a].rstrip()[-1:].isdigit() or s[b : b + 3].lstrip()[:1].isdigit()


@dataclass(frozen=True)
class _View:
    """The normalised text and the maps (innermost last) back to the original."""

    text: str
    maps: tuple[_Mapping, ...]

    def original(self, a: int, b: int) -> tuple[int, int]:
        for mapping in self.maps:
            a, b = mapping.span(a, b)
        return a, b


def _normalise(text: str) -> _View:
    folded, fold_map = _fold_text(text)
    spelled, spell_map = _spell_out(_fix_typos(folded))
    return _View(spelled, (spell_map, fold_map))


# ---------------------------------------------------------------------------
# Stage 2: digit runs
# ---------------------------------------------------------------------------

# Possessive repeats: a run never gives back digits or groups, so the engine keeps no backtrack state.
_RUN = re.compile(r"[0-9]++(?:[ \t\r\n]{1,3}+[0-9]++|[ \t]?[-./_,][ \t]?[0-9]++)*+")
_GROUP = re.compile(r"[0-9]++")
_LONG_GROUP = re.compile(r"[0-9]{3}")
_GAP = re.compile(r"[^0-9]++")
_SEPARATORS = str.maketrans("", "", " \t\r\n-./_,")
# 1,234,567 or 12,345.67: digits grouped in thousands are an amount, never a card.
_THOUSANDS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})++(?:\.[0-9]{1,2})?")


class _Run:
    """A run of digit groups in the normalised text (a plain slotted class: runs are many)."""

    __slots__ = ("digits", "end", "raw", "start")

    def __init__(self, start: int, end: int, raw: str) -> None:
        self.start = start
        self.end = end
        self.raw = raw
        self.digits = raw.translate(_SEPARATORS) if len(raw) > 3 else raw

    def groups(self) -> int:
        """How many digit groups; single digits typed apart ("4 8 2 1") are one value, one group."""
        gaps = len(_GAP.findall(self.raw))
        return 1 if gaps + 1 == len(self.digits) else gaps + 1


def _runs(s: str) -> list[_Run]:
    return [_Run(m.start(), m.end(), m.group()) for m in _RUN.finditer(s)]


# ---------------------------------------------------------------------------
# Stage 3: classification
# ---------------------------------------------------------------------------


class _Hit(NamedTuple):
    """A finding in normalised-text coordinates (a named tuple: a long message makes thousands)."""

    kind: str
    start: int
    end: int
    reason: str


_LUHN_DOUBLE = str.maketrans("0123456789", "0246813579")
_DIGIT_VALUE = bytes.maketrans(b"0123456789", bytes(range(10)))


def _luhn(digits: str) -> bool:
    """Luhn check with byte sums instead of a Python loop (keeps long scans fast)."""
    plain = digits[-1::-2].encode()
    doubled = digits[-2::-2].translate(_LUHN_DOUBLE).encode()
    return (sum(plain) + sum(doubled) - 48 * len(digits)) % 10 == 0


_CARD_WORDS = r"card|cards|acct|account|a/c|cc|ccn|amex|visa|mastercard|discover|diners|jcb|credit|debit|pan"
_REFERENCE_WORDS = (
    r"order|tracking|track|invoice|inv|confirmation|conf|reference|ref|case|ticket"
    r"|claim|dispute|transaction|txn|receipt|booking|reservation|shipment|package|parcel"
    r"|serial|model|member|membership|loyalty|policy|routing|iban|imei|sku|upc|isbn|vin"
    r"|phone|tel|fax|mobile|cell|report|incident|rma|po|id"
)
_CARD_CUE = re.compile(rf"\b(?:{_CARD_WORDS})\b")
_CARD_WORD_SET = frozenset(_CARD_WORDS.split("|"))


def _by_first_letter(words: list[str]) -> str:
    """An alternation of words with those sharing a first letter grouped: "c(?:ard|c)|a(?:cct)".

    The regex engine tries the alternatives of a flat list one by one at every word start;
    grouped, it tries only the words with the right first letter. With a word boundary
    after it, at most one word can match at a position, so the order changes no match.
    """
    tails: dict[str, list[str]] = {}
    for word in words:
        tails.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in tails.items())


# Card and reference words in one pattern; _CARD_WORD_SET tells which kind was found.
_NAMING_CUE = re.compile(rf"\b(?:{_by_first_letter([*_CARD_WORDS.split('|'), *_REFERENCE_WORDS.split('|')])})\b")
# Any card word, even inside another word: a cheap test that rules most runs out before _naming.
_CARD_WORD_ANYWHERE = re.compile(_CARD_WORDS)


def _card_word(s: str, run: _Run) -> str | None:
    """The card word naming the run, when the nearest naming word is one.

    The nearest naming word can only be a card word if one occurs somewhere in the windows
    _naming reads, so one search with no word boundaries (which the regex engine scans fast)
    spares the full look at both windows for most long runs in a long message.
    """
    if not _CARD_WORD_ANYWHERE.search(s, max(0, run.start - 48), run.end + 32):
        return None
    word = _naming(s, run)
    return word if word in _CARD_WORD_SET else None


def _naming(s: str, run: _Run) -> str | None:
    """The nearest cue word naming a number (a card or a reference word), if there is one."""
    best: tuple[int, re.Match[str]] | None = None
    before = s[max(0, run.start - 48) : run.start]
    for m in _NAMING_CUE.finditer(before):
        best = (len(before) - m.end(), m)
    after = _NAMING_CUE.search(s[run.end : run.end + 32])
    if after and (best is None or after.start() < best[0]):
        best = (after.start(), after)
    return best[1].group() if best else None


def _card_hits(s: str, runs: list[_Run]) -> list[_Hit]:
    hits: list[_Hit] = []
    for run in runs:
        n = len(run.digits) if run.end - run.start >= 12 else 0
        if n < 12 or ("," in run.raw and _THOUSANDS.fullmatch(run.raw)):
            continue
        if 13 <= n <= 19 and _luhn(run.digits) and not _international_phone(s, run):
            hits.append(_Hit("card_number", run.start, run.end, f"{n}-digit number passing the Luhn check"))
            continue
        # A card beside another number ("$200 3714...", "4111 ... 1111 12") makes a run that
        # fails as a whole: the card is a window of the run's groups.
        windows = _card_windows(run) if n > 13 else []
        if windows:
            hits.extend(windows)
        elif n <= 19 and (word := _card_word(s, run)) is not None:
            hits.append(_Hit("card_number", run.start, run.end, f"{n}-digit number named as {word} number, fails Luhn"))
    return hits


_DIAL_OUT = re.compile(r"00|011[ .-]")


def _international_phone(s: str, run: _Run) -> bool:
    """An international phone number (+44 ..., 0044 ..., 011 44 ...) is not a card; no card starts with 0."""
    if len(run.digits) > 15:
        return False
    return s[max(0, run.start - 2) : run.start].strip().endswith("+") or bool(_DIAL_OUT.match(run.raw))


_MAX_WINDOW_GROUPS = 7
# A stretch of single digits typed apart ("3 7 8 2 ...") is searched for a card only up to this
# length: nobody types a card apart inside a longer string of lone digits. It is found in the
# run written one character per group ("1" a lone digit, "L" a longer group), all in C.
_LONGER_GROUP = re.compile(r"[0-9]{2,}+")
_TYPED_APART = re.compile(r"(?<!1)1{13,40}(?!1)")
_LONE_DIGITS = str.maketrans("023456789", "111111111", " \t\r\n-./_,")


def _card_windows(run: _Run) -> list[_Hit]:
    """Cards among the groups of a run that fails as a whole (a card beside other numbers).

    A window is a sequence of whole groups with 13 to 19 digits passing Luhn, either up to
    seven groups starting with one of three or more digits, or single digits typed apart.
    Every passing window is redacted (overlapping windows merge), so no other window can
    hide part of the card. Windows are found one size at a time from prefix sums (no Python
    loop per group), because an adversarial run can hold hundreds of thousands of groups.
    """
    long_groups = _LONG_GROUP.search(run.raw) is not None
    by_group = _LONGER_GROUP.sub("L", run.raw).translate(_LONE_DIGITS)
    stretches = [m.span() for m in _TYPED_APART.finditer(by_group)]
    if not (long_groups or stretches) or len(by_group) < 2:
        return []
    lengths = list(map(len, _GROUP.findall(run.raw)))
    digit_at = [0, *accumulate(lengths)]
    sums = _LuhnSums(run.digits)
    spans: list[tuple[int, int]] = []
    if long_groups:
        gaps: list[str] = []
        for size in _window_sizes(lengths):
            for i in sums.passing(digit_at, size):
                gaps = gaps or _GAP.findall(run.raw)
                if _card_shaped(lengths, gaps, i, i + size):
                    spans.append((i, i + size))
    for a, b in stretches:
        for size in range(13, 20):
            spans += [(a + i, a + i + size) for i in sums.passing(digit_at[a : b + 1], size)]
    if not spans:
        return []
    groups = [g.span() for g in _GROUP.finditer(run.raw)]
    hits: list[_Hit] = []
    for i, j in _merged(spans):
        n = digit_at[j] - digit_at[i]
        reason = f"{n}-digit number passing the Luhn check" if n <= 19 else "numbers passing the Luhn check among other digits"
        hits.append(_Hit("card_number", run.start + groups[i][0], run.start + groups[j - 1][1], reason))
    return hits


def _card_shaped(lengths: list[int], gaps: list[str], i: int, j: int) -> bool:
    """Groups i to j read as one written card: one separator throughout, and every group but
    the last of three or more digits (so a window never cuts into a date, a phone number or
    an amount: "2026-06-28", "1-800-...", "405.26")."""
    return min(lengths[i : j - 1], default=3) >= 3 and lengths[i] >= 3 and len(set(gaps[i : j - 1])) <= 1


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping half-open spans merged into one."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _window_sizes(lengths: list[int]) -> list[int]:
    """Group counts that could make 13 to 19 digits, given the shortest and longest group."""
    shortest, longest = min(lengths), max(lengths)
    return [k for k in range(1, _MAX_WINDOW_GROUPS + 1) if k * shortest <= 19 and k * longest >= 13]


class _LuhnSums:
    """Luhn sums of any slice of a digit string in O(1), from two prefix-sum tables."""

    __slots__ = ("_tables",)

    def __init__(self, digits: str) -> None:
        plain = digits.encode().translate(_DIGIT_VALUE)
        doubled = digits.translate(_LUHN_DOUBLE).encode().translate(_DIGIT_VALUE)
        # Table p: digits at even index are doubled when p is 1, at odd index when p is 0.
        tables = []
        for parity in (0, 1):
            mixed = bytearray(plain)
            mixed[1 - parity :: 2] = doubled[1 - parity :: 2]
            tables.append([0, *accumulate(mixed)])
        self._tables = tables

    def passing(self, digit_at: list[int], size: int) -> list[int]:
        """Indexes i where digits digit_at[i] to digit_at[i + size] are 13 to 19 long and pass Luhn.

        The last digit (index b - 1) is never doubled, so its parity picks the table.
        """
        odd_end, even_end = self._tables
        return [
            i
            for i, (a, b) in enumerate(zip(digit_at, digit_at[size:]))
            if 13 <= b - a <= 19 and (even_end[b] - even_end[a] if b % 2 == 0 else odd_end[b] - odd_end[a]) % 10 == 0
        ]


def _typo(word: str, *short: str) -> str:
    """A regex for word, word with one slip after its first letter, or a short form (a regex).

    The slips are a letter dropped, added or replaced, or two neighbours swapped ("secuirty",
    "socail", "pasword"). The regex starts with the literal first letter, so a cue pattern
    using it keeps the engine's first-character scan; alternatives sharing a second letter are grouped.
    """
    any_letter = "[a-z]"
    variants = {word, *short}
    for i in range(1, len(word) + 1):
        variants.add(word[:i] + any_letter + word[i:])
    for i in range(1, len(word)):
        variants.add(word[:i] + word[i + 1 :])
        variants.add(word[:i] + any_letter + word[i + 1 :])
    for i in range(1, len(word) - 1):
        variants.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    # Longest first: inside a longer cue, a shorter variant must not win and leave letters over.
    tails: dict[str, list[str]] = {}
    for v in sorted(variants, key=lambda v: (-len(v), v)):
        second = v[1] if v[1:2].isalpha() else ""
        tails.setdefault(second, []).append(v[1 + len(second) :])
    groups = [f"{second}(?:{'|'.join(rest)})" if second else "|".join(rest) for second, rest in tails.items()]
    return f"{word[0]}(?:{'|'.join(groups)})"


_SECURITY = _typo("security")
_SECURITY_OR_SEC = _typo("security", r"sec\.?")
_SOCIAL = _typo("social")
_SOCIAL_OR_SOC = _typo("social", "soc")
_PASSWORD = _typo("password")
_VERIFICATION = _typo("verification")


@dataclass(frozen=True)
class _CueRule:
    """A cue that names the digits next to it: which kind, how many digits and groups."""

    kind: str
    cue: re.Pattern[str]
    min_digits: int
    max_digits: int
    max_groups: int
    what: str
    breaker: re.Pattern[str]
    # Words just before the cue that make it name something else ("social security 1234").
    not_after: re.Pattern[str] | None = None


_BREAKER = (
    r"zip|postal|post code|receipt|statement|exp|expiry|expires|expiration|expiring|date|ending|ends"
    r"|end|last|amount|balance|charged|paid|pay|payment|dollars|bucks|address|street|st|apt"
    r"|suite|order|case|ref|reference|minutes|mins|hours|days|weeks|months|years|times"
    r"|attempts|tries|digits|characters|chars|am|pm|number of|instead|new|replacement"
    r"|at|after|before|around|until|since|within|by|error|errors|status|version"
)
_SENTENCE_END = r"(?<!\bno)[.!?;](?:\s|$)|\n|[$€£¥]"
_GAP_BREAKER = re.compile(rf"\b(?:{_BREAKER})\b|{_SENTENCE_END}")
_SEC_GAP_BREAKER = re.compile(rf"\b(?:{_BREAKER}|texted|text|sent|sms|email|emailed|got|received)\b|{_SENTENCE_END}")
_BEFORE_GAP = re.compile(r"[\s:=,\-]*+(?:(?:is|was|are|'s|=|as|that's|thats|that is|it's|its|which is)\s++)?(?:(?:my|the|our|your)\s++)?")
# Only a link ("is", ":", "=") between cue and value: the value counts even on the next line.
_LINK_GAP = re.compile(r"[\s:=#\-]*+(?:(?:is|was|are|'s)\b[\s:=\-]*+)?")
# A cue ends at a word boundary, after its own abbreviation dot ("S.S.N."), or glued to digits ("cvv123").
_CUE_END = r"(?:\b|(?<=[.#])|(?=[0-9]))"
_SOCIAL_BEFORE = re.compile(rf"\b{_SOCIAL_OR_SOC}\.?\s*+$")

# Cue patterns keep every alternative starting with a plain letter (no group, lookaround or
# digit first) so the regex engine can skip ahead by first character over a long message.
_MESSAGES = ("text", "sms", "message", "email", "e-mail")
_MESSAGE = "(?:" + "|".join(_MESSAGES) + ")"
# "the text said 481 902": the match starts at "said" (a literal the engine scans for fast),
# looks back for the message word.
# and looks back for the message word; the value must follow at once ("the text said your card ..." is not one).
_MESSAGE_SAID = "sa(?:id|ys)(?:" + "|".join(f"(?<={m} sa[iy][ds])" for m in _MESSAGES) + r")(?=[\s:\"'“]{1,3}[0-9])"
_SENT_TO_ME = r"(?:you|u|that you|amex|they|your team) ?(?:just )?(?:texted|sent|emailed|gave)(?: me)?"
_ON_CARD = r" (?:printed )?on (?:the )?(?:front|back)(?: of (?:the|my) card)?"
_SEC_CUE = re.compile(
    r"(?:cid|cvv2?|ccv|cvc2?|cv2|cvn|csc|cav2?|cvd|card security code|card code"
    rf"|{_SECURITY_OR_SEC} ?(?:code|cod\b|#|no\b|num(?:ber)?)|{_SECURITY}(?= ?[:=#-]? ?[0-9])"
    rf"|card {_VERIFICATION} (?:code|value|number)|digit (?:security |card )?(?:code|number)"
    rf"|digits?{_ON_CARD}|numbers?{_ON_CARD}|code{_ON_CARD}|front code|back code"
    rf"|back of (?:the |my |your )?card|front of (?:the |my |your )?card){_CUE_END}"
)
_OTP_CUE = re.compile(
    r"(?:otp|one[- ]?time (?:pass ?code|password|code|pin|passcode)|one[- ]?time"
    r"|time (?:pass ?code|password|code|pin|passcode)"
    rf"|passcode|pass code|{_VERIFICATION} (?:code|number|pin|#|no)|verify code|auth(?:entication"
    r")? code|2fa(?: code)?|mfa(?: code)?|sms code|text code|login code"
    rf"|access code|activation code|security code(?: ?{_SENT_TO_ME})?|{_MESSAGE_SAID}"
    # A code named by how it came ("code you emailed", "code from the text") is a passcode
    # whatever word comes before it; only a bare "code" can be qualified ("zip code").
    rf"|code(?: ?{_SENT_TO_ME}| (?:from|in) (?:the|your|my|ur|that) {_MESSAGE})?)" + _CUE_END
)
_CODE_QUALIFIER = re.compile(
    r"\b(?:zip|postal|post|area|promo|promotional|error|reason|merchant|mcc|sort|swift|bic"
    r"|discount|status|referral|country|dial|dialing|bank|branch|offer|coupon|product"
    r"|tracking|reference|confirmation|order|gift|voucher|qr|bar|source|tax|program|access"
    r"|transaction|category|billing|security|card|cid|cvv|dispute|decline|approval"
    r"|authorization|response|return|item|style|class|course|room|door|gate|building|lock"
    r"|wifi|garage|alarm|locker|parking|entry)\s*+$"
)
# "code 7788 for the wifi", "code 2024 promo": a bare code named by its purpose after the value.
# Matched right after a number; the lookbehind keeps a search from restarting inside a stretch of spaces.
_CODE_PURPOSE_AFTER = re.compile(
    r"(?<!\s)\s*+(?:(?:for|as|is|of)\s++(?:the|a|my|our|your)?\s*+)?(?:promo|promotional|wifi|wi-fi|door|gate|garage|alarm|locker"
    r"|parking|entry|room|building|lock|discount|coupon|voucher|gift|zip|postal|area|error|status)\b"
)
_PIN_CUE = re.compile(rf"(?:atm pin|pincode|pin)(?: number| code| no| #)?{_CUE_END}")
_SSN_CUE = re.compile(
    rf"(?:ssn|s\.s\.n\.?|ss ?#|ss ?no|ss num(?:ber)?|{_SOCIAL_OR_SOC}\.? ?{_SECURITY_OR_SEC}(?: ?(?:number|num|no\.?|#))?"
    rf"|{_SOCIAL}(?: number| no)?"
    rf"|soc|tax ?id(?: number)?|tin|itin|taxpayer id(?:entification)?(?: number)?){_CUE_END}"
)

_CUE_RULES = (
    _CueRule("security_code", _SEC_CUE, 3, 4, 1, "security code", _SEC_GAP_BREAKER, _SOCIAL_BEFORE),
    _CueRule("ssn", _SSN_CUE, 9, 9, 3, "SSN", _GAP_BREAKER),
    _CueRule("otp", _OTP_CUE, 4, 8, 3, "one-time passcode", _GAP_BREAKER),
    _CueRule("password", _PIN_CUE, 4, 12, 1, "PIN", _GAP_BREAKER),
)


def _cue_hits(s: str, runs: list[_Run]) -> list[_Hit]:
    hits: list[_Hit] = []
    starts = [r.start for r in runs]
    ends = [r.end for r in runs]
    # Digit counts, with a 0 that index len(runs) (no run after) and -1 (none before) both reach.
    # Checked before the gap regexes: in a long message most cues sit next to numbers of the
    # wrong length, whichever one they name.
    counts = [len(r.digits) for r in runs] + [0]
    for rule in _CUE_RULES:
        low, high = rule.min_digits, rule.max_digits
        for cue in _word_matches(rule.cue, s):
            cue_start, cue_end = cue.span()
            after = bisect_left(starts, cue_end)
            before = bisect_right(ends, cue_start) - 1
            if not (low <= counts[after] <= high or low <= counts[before] <= high):
                continue
            run = _value_after(s, cue_end, runs, after, rule) or _value_before(s, cue_start, runs, before)
            if run is not None and _fits(s, run, rule) and not _names_something_else(s, cue, run, rule):
                reason = f"{len(run.digits)}-digit value named as {rule.what}"
                hits.append(_Hit(rule.kind, run.start, run.end, reason))
    return hits


def _names_something_else(s: str, cue: re.Match[str], run: _Run, rule: _CueRule) -> bool:
    """A qualified cue: "zip code 10001", "code 7788 for the wifi", "social security 1234".

    Checked last, only for cues that have a fitting value, because long messages have many cues.
    """
    before = max(0, cue.start() - 16)
    if rule.not_after is not None and rule.not_after.search(s, before, cue.start()):
        return True
    if cue.group() != "code":
        return False
    return bool(_CODE_QUALIFIER.search(s, before, cue.start()) or _CODE_PURPOSE_AFTER.match(s, run.end))


def _value_after(s: str, pos: int, runs: list[_Run], k: int, rule: _CueRule) -> _Run | None:
    """Run k (the first starting at or after pos) if it follows the cue closely with no breaker between."""
    if k == len(runs) or runs[k].start - pos > 32:
        return None
    if _LINK_GAP.fullmatch(s, pos, runs[k].start) is None and rule.breaker.search(s, pos, runs[k].start):
        return None
    return runs[k]


def _value_before(s: str, pos: int, runs: list[_Run], k: int) -> _Run | None:
    """Run k (the last ending at or before pos) if only a link like "is" or ":" separates it from the cue."""
    if k < 0 or pos - runs[k].end > 16:
        return None
    gap = _BEFORE_GAP.match(s, runs[k].end, pos)
    return runs[k] if gap and gap.end() == pos else None


_MASK_OR_MONEY = frozenset("x*•$€£¥")
_TIME_OR_AMOUNT_AFTER = re.compile(r"[:,][0-9]|%")
_TIME_OR_AMOUNT_BEFORE = re.compile(r"[0-9][:,]$")


def _fits(s: str, run: _Run, rule: _CueRule) -> bool:
    """Digits and groups in range, and not a masked number, an amount, a list or a time."""
    if not rule.min_digits <= len(run.digits) <= rule.max_digits or "," in run.raw:
        return False
    if run.groups() > rule.max_groups:
        return False
    if s[max(0, run.start - 1) : run.start] in _MASK_OR_MONEY:
        return False
    return not (_TIME_OR_AMOUNT_AFTER.match(s, run.end) or _TIME_OR_AMOUNT_BEFORE.search(s, max(0, run.start - 2), run.start))


# Starts at the first dash (a literal the engine finds fast); the area is checked by hand.
_SSN_DASHED_TAIL = re.compile(r"-([0-9]{2})-([0-9]{4})(?![0-9]|-[0-9])")


def _ssn_hits(s: str) -> list[_Hit]:
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
        hits.append(_Hit("ssn", start, m.end(), "dashed 3-2-4 number shaped like an SSN"))
    return hits


_PW_CUE = re.compile(
    rf"(?:{_PASSWORD}|passwd|paswd|pswd|pword|pwd|pw|p/w|pass word|passphrase|pass phrase|passcode"
    r"|pass(?=\s*+[:=])|my pass(?=\s++(?:is|was)\b))\b"
)
_PW_LINK = re.compile(
    r"(?:\s++(?:for|on|to|of)\s++(?:(?:my|the|your|this)\s++)?[a-z]{1,20}(?:\s++[a-z]{1,20})?)?"
    # "the password i set was ...": who chose it, between cue and link.
    r"(?:\s++(?:that\s++)?(?:i|we|u|you)\s++(?:set|chose|picked|made|created|use|used|typed|entered|put|tried|gave))?"
    r"\s*+(?P<link>'s\b|[:=]|->|-|\bto\b|\bis\b|\bwas\b|\bare\b|\bwill be\b|\bshould be\b|\bset to\b"
    r"|\bchanged to\b|\bis now\b)?"
    r"(?:\s++(?:now|still|currently|just|literally|actually|probably))?\s*+(?P<colon>[:=])?\s*+"
)
_LOGIN_PAIR = re.compile(
    r"(?:login|log-?in|sign-?in|credentials|creds|user(?:name)? ?(?:/|and|&) ?pass(?:word)?)"
    r"(?: details| info)?\s*+(?:is|are|was|:|=)?\s*+[:=]?\s*+"
    r"[^\s/|,:]{1,64}\s*+(?:/|\||,|:)\s*+(?P<secret>[^\s]{1,128})"
)
_USER_PASS = re.compile(r"user(?:name)?\s*+[:=]?\s*+[^\s]{1,64}\s++(?:pass|password|passwd|pwd|pw)\b\s*+[:=]?\s*+(?P<secret>[^\s]{1,128})")
_TOKEN = re.compile(r"[^\s]{1,128}")
_QUOTED = re.compile(r"[\"'“‘]([^\"'”’\n]{1,64})[\"'”’]")
_TRAILING = ".,;:)'\"?”’"
_NOT_A_SECRET = frozenset(
    """
    a an the my your our his her their its this that these those it i you we they he she is was are
    be been being not no none nothing something anything everything same wrong incorrect invalid
    expired locked blocked working broken correct right fine ok okay new old too very so still also
    just only really probably definitely stuck rejected accepted valid secure safe weak strong short
    long longer shorter case sensitive required needed missing lost forgotten forgot reset changed
    change compromised stolen hacked saved stored set empty blank and or but for to from with in on
    at of by as if when where how why what which who there here now then please help because since
    showing saying coming asking causing getting going having giving supposed different similar hard
    easy complicated doesn't don't isn't wasn't won't can't cannot didn't through into
    about over under again never always link page field box screen option settings
    requirements rules policy update updated requirement expiring due unknown gone there's that's
    it's pw pwd password pass passcode pin login username user email account phone
    keeps says doesnt dont isnt wasnt wont cant didnt aint
    text sms app website online mobile
    """.split()  # noqa: SIM905 - a word list reads better as text
)
_NOT_A_SECRET_ENDINGS = ("ing", "ed", "ly")
_MASKED_TOKEN = re.compile(r"[*•#.\-_'\"]++|x{3,}+")


def _password_hits(s: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for cue in _word_matches(_PW_CUE, s):
        link = _PW_LINK.match(s, cue.end())
        explicit = bool(link.group("colon")) or link.group("link") in (":", "=")
        linked = explicit or link.group("link") is not None
        span = _secret_at(s, link.end())
        if span and _looks_secret(s[span[0] : span[1]], explicit, linked):
            hits.append(_Hit("password", span[0], span[1], f"value given after '{cue.group()}'"))
        elif explicit and (phrase := _passphrase(s, link.end())):
            hits.append(_Hit("password", *phrase, f"passphrase given after '{cue.group()}'"))
    for pattern in (_LOGIN_PAIR, _USER_PASS):
        for m in _word_matches(pattern, s):
            a, b = _trim(s, m.start("secret"), m.end("secret"))
            if b > a and _looks_secret(s[a:b], True, True):
                hits.append(_Hit("password", a, b, "password given after a login name"))
    return hits


# "password: correct horse battery staple": three to five plain words ending the line, none a
# function word ("password: not working since monday" is a complaint, not a passphrase).
_PASSPHRASE = re.compile(r"[a-z]{2,20}(?: [a-z]{2,20}){2,4}(?=[ \t]*+(?:$|\n|[.!]))")
_FUNCTION_WORDS = frozenset(
    """
    a an the my your our his her their its this that these those it i you we they he she me us them is was are
    be been being am do does did not no and or but for to from with in on at of by as if when where how why what
    which who there here now then still too very so just again anymore any some all since until after before
    please help can will would should could has have had get got keeps keep""".split()  # noqa: SIM905 - a word list reads better as text
)


def _passphrase(s: str, pos: int) -> tuple[int, int] | None:
    m = _PASSPHRASE.match(s, pos)
    if m is None:
        return None
    words = m.group().split()
    if any(w in _FUNCTION_WORDS or w.endswith(_NOT_A_SECRET_ENDINGS) for w in words):
        return None
    return m.span()


def _secret_at(s: str, pos: int) -> tuple[int, int] | None:
    quoted = _QUOTED.match(s, pos)
    if quoted:
        return quoted.start(1), quoted.end(1)
    token = _TOKEN.match(s, pos)
    if not token:
        return None
    a, b = _trim(s, token.start(), token.end())
    return (a, b) if b > a else None


def _trim(s: str, a: int, b: int) -> tuple[int, int]:
    while b > a and s[b - 1] in _TRAILING:
        b -= 1
    return a, b


def _looks_secret(token: str, explicit: bool, linked: bool) -> bool:
    """Tell a shared secret from ordinary words after a cue ("my password is wrong")."""
    if token in _NOT_A_SECRET or _MASKED_TOKEN.fullmatch(token):
        return False
    plain_word = token.isalpha()
    if plain_word and token.endswith(_NOT_A_SECRET_ENDINGS):
        return False
    if explicit:
        return True
    if linked:
        return len(token) >= 3
    return len(token) >= 4 and not plain_word


# ---------------------------------------------------------------------------
# Stage 4: back to the original text
# ---------------------------------------------------------------------------

# Anything sensitive needs a digit (of any script), a password cue, or at least two
# number words in a row; messages with none of these skip every other stage.
_NUMBER_WORDS = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|oh|o)"
_DIGIT_OR_WIDE = re.compile(r"[0-9]|[^\x00-\x7f]")
_TRIGGER_WORDS = re.compile(rf"pa?s|p[a-z]ssw|pw|p/w|pin|log|sign|cred(?!it)|user|{_NUMBER_WORDS}[ \t,.-]{{1,3}}{_NUMBER_WORDS}")


def _may_hold_secret(text: str) -> bool:
    return bool(_DIGIT_OR_WIDE.search(text) or _TRIGGER_WORDS.search(text.lower()))


@dataclass(frozen=True)
class _Analysis:
    view: _View
    runs: list[_Run]
    hits: tuple[_Hit, ...]
    findings: tuple[Finding, ...]


def _analyse(text: str) -> _Analysis | None:
    """All four stages, or None when the text cannot hold a sensitive value at all."""
    if not _may_hold_secret(text):
        return None
    view = _normalise(text)
    s = view.text
    runs = _runs(s)
    hits = _resolve(_card_hits(s, runs) + _ssn_hits(s) + _cue_hits(s, runs) + _password_hits(s))
    findings = tuple(Finding(h.kind, *view.original(h.start, h.end), h.reason) for h in hits)
    return _Analysis(view, runs, hits, findings)


def _resolve(hits: list[_Hit]) -> tuple[_Hit, ...]:
    """Order hits by position; two overlapping hits merge into one covering both.

    Merging keeps every sensitive character covered. The merged hit is named by a hit that
    strictly contains the other ("Kiki2015" after "passcode is" is a password, though its
    digits alone read as a passcode), otherwise by the stronger kind, then the longer hit.
    """
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, _RANK[h.kind], h.start - h.end)):
        if kept and hit.start < kept[-1].end:
            last = kept[-1]
            winner = _namer(last, hit)
            kept[-1] = _Hit(winner.kind, last.start, max(last.end, hit.end), winner.reason)
            continue
        kept.append(hit)
    return tuple(kept)


def _namer(a: _Hit, b: _Hit) -> _Hit:
    """Which of two overlapping hits names their merged span."""
    if a.start <= b.start and b.end <= a.end and a.end - a.start > b.end - b.start:
        return a
    if b.start <= a.start and a.end <= b.end and b.end - b.start > a.end - a.start:
        return b
    return b if (_RANK[b.kind], b.start - b.end) < (_RANK[a.kind], a.start - a.end) else a


def scan(text: str) -> list[Finding]:
    """Find sensitive values in one message; spans index the original text."""
    analysis = _analyse(text)
    return list(analysis.findings) if analysis else []


def _apply(text: str, findings: tuple[Finding, ...] | list[Finding]) -> str:
    pieces: list[str] = []
    pos = 0
    for f in findings:
        pieces.append(text[pos : f.start])
        pieces.append(LABELS[f.kind])
        pos = f.end
    pieces.append(text[pos:])
    return "".join(pieces)


def redact(text: str) -> str:
    """The message with each sensitive value replaced by a label naming its kind."""
    return _apply(text, scan(text))


# ---------------------------------------------------------------------------
# Conversations: a card number split over consecutive messages
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class EarlierFinding:
    """A span of an earlier message now known to be part of a sensitive value."""

    messages_back: int
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class _Fragment:
    """Trailing digits of one message that could start or continue a card number."""

    digits: str
    start: int
    end: int
    card_context: bool
    standalone: bool


@dataclass(frozen=True)
class Screening:
    """What screening one message found, its redacted text and the next guard state."""

    findings: tuple[Finding, ...]
    redacted: str
    earlier: tuple[EarlierFinding, ...]
    guard: Guard


# A card read out group by group can come in up to six messages (3-3-3-3-3, 4-4-4-4, 4-6-5).
_KEEP_MESSAGES = 5
_FRAGMENT_LETTERS = 16
_NOT_FRAGMENT = re.compile(r"[$€£¥%:@]|\b(?:ending|ends|last|zip|exp|phone|call|order|case|ref)\b")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Guard:
    """Recent digit fragments of one conversation (kept in memory only, never serialised).

    Immutable: screen() returns the next guard in its Screening, so a conversation
    state that holds a Guard stays a value.
    """

    _recent: tuple[_Fragment | None, ...] = field(default=(), repr=False)

    def __repr__(self) -> str:
        return f"Guard(<{len(self._recent)} recent message(s), digits withheld>)"

    def screen(self, text: str) -> Screening:
        """Scan one message, joining it to the previous ones when a card is split."""
        analysis = _analyse(text)
        findings = analysis.findings if analysis else ()
        fragment = _fragment(analysis) if analysis else None
        split = _split_card(self._recent, fragment)
        if split is None:
            recent = (self._recent + (fragment,))[-_KEEP_MESSAGES:]
            return Screening(findings, _apply(text, findings), (), Guard(recent))
        earlier, reason = split
        assert fragment is not None
        found = Finding("card_number", fragment.start, fragment.end, reason)
        findings = tuple(sorted(findings + (found,), key=lambda f: f.start))
        return Screening(findings, _apply(text, findings), earlier, Guard())


def _fragment(analysis: _Analysis) -> _Fragment | None:
    """The last digit run of a message, if unflagged and it could be part of a split card."""
    s = analysis.view.text
    if not analysis.runs:
        return None
    run = analysis.runs[-1]
    if len(run.digits) > 16 or any(h.start < run.end and run.start < h.end for h in analysis.hits):
        return None
    after_letters = len(_LETTER.findall(s, run.end))
    if after_letters > _FRAGMENT_LETTERS // 2:
        return None
    before = s[max(0, run.start - 48) : run.start]
    card_context = bool(_CARD_CUE.search(before)) and not _NOT_FRAGMENT.search(before)
    standalone = len(analysis.runs) == 1 and len(_LETTER.findall(s)) <= _FRAGMENT_LETTERS and not _NOT_FRAGMENT.search(s)
    if not (card_context or standalone):
        return None
    start, end = analysis.view.original(run.start, run.end)
    return _Fragment(run.digits, start, end, card_context, standalone)


def _split_card(recent: tuple[_Fragment | None, ...], current: _Fragment | None) -> tuple[tuple[EarlierFinding, ...], str] | None:
    """Join the current standalone fragment to the fewest earlier ones (up to five) that make a card."""
    if current is None or not current.standalone:
        return None
    for back in range(1, _KEEP_MESSAGES + 1):
        chain = recent[-back:] if len(recent) >= back else ()
        if len(chain) != back or any(f is None for f in chain):
            continue
        parts = [f for f in chain if f is not None]
        if not all(f.standalone for f in parts[1:]):
            continue
        digits = "".join(f.digits for f in parts) + current.digits
        first = parts[0]
        plausible = first.card_context or (first.standalone and digits[0] in "23456")
        if plausible and 13 <= len(digits) <= 19 and _luhn(digits):
            earlier = tuple(EarlierFinding(back - i, f.start, f.end, "card_number") for i, f in enumerate(parts))
            return earlier, f"{len(digits)}-digit number split over {back + 1} messages passing the Luhn check"
    return None
