"""Spelled-out digits ("three seven ... oh five", "double two", "forty-two", "cuarenta y uno")
become digits, mapped back to their words."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

from .homophones import HOMOPHONES, Token, counted
from .offsets import IDENTITY, Mapping, OffsetMap
from .words import COUNT_WORDS, alternation, at_word_start, word_matches

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
# Numbers read out in pairs ("forty-two", "thirteen", "cuarenta y uno", "veintitres"): two digits each.
_TENS = {
    "twenty": "2", "thirty": "3", "forty": "4", "fourty": "4", "fifty": "5", "sixty": "6", "seventy": "7", "eighty": "8",
    "ninety": "9", "veinte": "2", "treinta": "3", "cuarenta": "4", "cincuenta": "5", "sesenta": "6", "setenta": "7", "ochenta": "8",
    "noventa": "9",
}  # fmt: skip
_PAIRS = {
    "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16",
    "seventeen": "17", "eighteen": "18", "nineteen": "19", "diez": "10", "once": "11", "doce": "12", "trece": "13",
    "catorce": "14", "quince": "15", "dieciseis": "16", "diecisiete": "17", "dieciocho": "18", "diecinueve": "19",
    "veintiuno": "21", "veintidos": "22", "veintitres": "23", "veinticuatro": "24", "veinticinco": "25",
    "veintiseis": "26", "veintisiete": "27", "veintiocho": "28", "veintinueve": "29",
}  # fmt: skip
_UNITS = {w: d for w, d in DIGIT_WORDS.items() if d != "0"}
_WORD_PATTERNS = {"one": "one(?![ -]?time)"}
REPEAT_WORDS = {"double": 2, "triple": 3, "doble": 2}


def _alternatives(words: dict[str, str] | list[str]) -> str:
    """Whole words, longest first. The lookbehind rejects a word's tail ("o" in "to", "ten" in
    "written") inside the regex engine instead of in word_matches, where it costs a Python call."""
    return "|".join(rf"{_WORD_PATTERNS.get(w, w)}\b(?<![a-z0-9_]{w})" for w in sorted(words, key=lambda w: (-len(w), w)))


_UNIT = f"(?:{_alternatives(_UNITS)})"
_DIGIT_WORD = f"(?:{_alternatives(DIGIT_WORDS)})"
# One number word: a repeated digit, a tens word with its unit, a pair, or a digit. Flat
# alternatives, each starting with a literal letter, so the regex engine can skip ahead fast.
_NUMBER_WORDS = [
    *(rf"{r}[ -]++{_DIGIT_WORD}" for r in REPEAT_WORDS),
    *(rf"{t}(?:[ -]|\sy\s){_UNIT}" for t in sorted(_TENS, key=len, reverse=True)),
    *_alternatives([*_TENS, *_PAIRS]).split("|"),
    *_alternatives(DIGIT_WORDS).split("|"),
]
_NUMBER_WORD = f"(?:{alternation(_NUMBER_WORDS)})"
# Words between spelled groups that read as a separator ("... eight period two oh ...").
# "two five eight, then three six, then ...": a group read aloud, then the next.
_SPOKEN_SEPARATOR = r" (?:period|dot|dash|hyphen|space|slash|punto|guion|espacio|barra) |[,.]{0,3}+ (?:and then|then|luego|y luego) "
_SPELLED = re.compile(rf"{_NUMBER_WORD}(?:(?:[ \t,.\-]{{1,4}}|{_SPOKEN_SEPARATOR}){_NUMBER_WORD})*+")  # "nine... nine"
# The same, only where a word starts (word_matches' check done by the regex engine, so a long
# message's thousands of sequences need no Python call each to be found).
_SPELLED_AT_WORD_START = re.compile(f"(?:{at_word_start(_NUMBER_WORDS)}){_SPELLED.pattern[len(_NUMBER_WORD) :]}")
# "three for nine ate": the same with the homophones of digits in it (homophones.py decides whether they count).
_HOMOPHONE_WORDS = _alternatives(HOMOPHONES).split("|")
_SPOKEN_WORDS = [*_NUMBER_WORDS, *_HOMOPHONE_WORDS]
_SPOKEN_RUN = re.compile(
    f"(?:{at_word_start(_SPOKEN_WORDS)})(?:(?:[ \\t,.\\-]{{1,4}}|{_SPOKEN_SEPARATOR})(?:{alternation(_SPOKEN_WORDS)}))*+"
)
_SPOKEN_TOKEN = re.compile(alternation(_SPOKEN_WORDS))
# A homophone right before or after a digit word: only then is a run with one looked for.
_HOMOPHONE_NEAR = re.compile(
    alternation(
        [
            *(rf"{h}[ \t,.\-]{{1,4}}(?:{_DIGIT_WORD})" for h in _HOMOPHONE_WORDS),
            *(rf"{d}[ \t,.\-]{{1,4}}(?:{'|'.join(_HOMOPHONE_WORDS)})" for d in _alternatives(DIGIT_WORDS).split("|")),
        ]
    )
)
_MAX_SPELLED_WORDS = 40  # longer sequences cannot be one card (or a card and its extras)
_TOKEN = re.compile(_NUMBER_WORD)
_PARSE = re.compile(rf"(?:(?P<rep>{'|'.join(REPEAT_WORDS)})[ -]++)?(?P<head>[a-z]++)(?:(?:[ -]|\sy\s)(?P<unit>[a-z]++))?")
_ONLY_OH = frozenset({"o", "oh"})
# Nothing sensitive is shorter than a three-digit security code, so shorter spelled
# sequences matter only when they touch digits ("four 111 1111 ...").
_MIN_SPELLED_ALONE = 3
# "the first four 4111, next four 1111": a number word after one of these counts digits, it is not one.
_COUNTING = re.compile(rf"\b(?:{COUNT_WORDS})[ \t]++$")


def spell_out(s: str) -> tuple[str, Mapping]:
    """Stage 1c: spelled-out digits become digits; the words map back to their spans.

    Inside a spelled sequence, plain spaces are dropped (so "three seven" is "37") and a
    comma, dot, dash or spoken separator becomes a group separator. A lone "oh"/"o" counts
    only next to digits; a lone word counts only as a digit next to digits.
    """
    # The rewrites, as parallel lists (old start, old end, new text): the text and its map are
    # built from them at the end, in C-level joins and sums.
    old_starts: list[int] = []
    old_ends: list[int] = []
    news: list[str] = []
    quantities = _quantities(s) if "hundred" in s or "thousand" in s else []
    for a, b, number in quantities:
        old_starts.append(a)
        old_ends.append(b)
        news.append(number)
    claimed = [(a, b) for a, b, _ in quantities]
    if _HOMOPHONE_NEAR.search(s):
        for old_start, old_end, new in _homophone_parts(s, claimed):
            old_starts.append(old_start)
            old_ends.append(old_end)
            news.append(new)
    for seq in _SPELLED_AT_WORD_START.finditer(s):
        a, b = seq.span()
        if claimed and any(qa < b and a < qb for qa, qb in claimed):
            continue
        digit = DIGIT_WORDS.get(seq.group())
        # "¿El CVC es 915 o me estoy confundiendo?": a lone "o" after a number is Spanish "or"
        # unless digits follow it.
        if seq.group() == "o" and not s[b : b + 3].lstrip()[:1].isdigit():
            continue
        if digit is not None:
            # One plain word, by far the commonest sequence in long messages: too short to
            # stand alone, so it counts only next to digits (a count word before it, "last four
            # 4321", makes it a count; only spaces may come between, so not after a digit).
            after_a_digit = s[max(0, a - 3) : a].rstrip()[-1:].isdigit()
            if not after_a_digit and (not s[b : b + 3].lstrip()[:1].isdigit() or _COUNTING.search(s, max(0, a - 16), a)):
                continue
            old_starts.append(a)
            old_ends.append(b)
            news.append(digit)
            continue
        parts = _spelled_parts(s, seq)
        if parts is not None:
            for old_start, old_end, new in parts:
                old_starts.append(old_start)
                old_ends.append(old_end)
                news.append(new)
    if not news:
        return s, IDENTITY
    if claimed:
        old_starts, old_ends, news = map(list, zip(*sorted(zip(old_starts, old_ends, news))))
    kept = [s[end:start] for end, start in zip([0, *old_ends], old_starts)]
    text = "".join(chain.from_iterable(zip(kept, news))) + s[old_ends[-1] :]
    return text, OffsetMap.of(old_starts, old_ends, news)


# Long messages repeat a few number words thousands of times: each is parsed once.
@lru_cache(maxsize=1024)
def _digits(token: str) -> str:
    """The digits one number word stands for: "double two" 22, "forty-two" 42, "forty" 40, "trece" 13."""
    m = _PARSE.fullmatch(token)
    assert m is not None
    head, unit, rep = m.group("head"), m.group("unit"), m.group("rep")
    if rep:
        return DIGIT_WORDS[head] * REPEAT_WORDS[rep]
    if unit:
        return _TENS[head] + _UNITS[unit]
    if head in _TENS:
        return _TENS[head] + "0"
    return _PAIRS.get(head) or DIGIT_WORDS[head]


def _spelled_parts(s: str, seq: re.Match[str]) -> list[tuple[int, int, str]] | None:
    """The replacement for each word and separator of a spelled sequence, or None if it does not count."""
    words = list(word_matches(_TOKEN, s, seq.start(), seq.end()))
    if len(words) > _MAX_SPELLED_WORDS:
        return None
    tokens = _without_count(s, [Token(w.start(), w.end(), w.group(), _digits(w.group())) for w in words])
    start, end = tokens[0].start, seq.end()
    if len(tokens) == 1 and len(tokens[0].digits) == 2 and not _among_digits(s, start, end):
        return None  # "ten", "forty", "once" alone are words, not digits ("twenty-five 17 twenty-eight": they are)
    if not _next_to_digit(s, start, end) and (
        {t.word for t in tokens} <= _ONLY_OH or sum(len(t.digits) for t in tokens) < _MIN_SPELLED_ALONE
    ):
        return None
    return _parts(s, tokens)


def _without_count(s: str, tokens: list[Token]) -> list[Token]:
    """The tokens without the first when it counts the digits read out after it, up to the next
    separator, right after a count word ("next four six one five three, then ...")."""
    count = tokens[0].digits
    if len(tokens) < 2 or len(count) != 1 or count in "01" or not _COUNTING.search(s, max(0, tokens[0].start - 16), tokens[0].start):
        return tokens
    group = 0
    for before, token in zip(tokens, tokens[1:]):
        if not s[before.end : token.start].isspace():
            break
        group += len(token.digits)
    return tokens[1:] if group == int(count) else tokens


def _parts(s: str, tokens: list[Token]) -> list[tuple[int, int, str]]:
    """The replacement of each word and separator: words become their digits, spaces between them
    go ("three seven" is "37"), any other separator becomes one space (a group break)."""
    # "seven 0 9 1 6 nine three 7 2": among digits typed apart, the words stay apart too.
    joined = "" if not _among_digits_apart(s, tokens[0].start, tokens[-1].end) else " "
    parts: list[tuple[int, int, str]] = []
    prev_end = tokens[0].start
    for token in tokens:
        gap = s[prev_end : token.start]
        if gap:
            parts.append((prev_end, token.start, joined if gap.isspace() else " "))
        parts.append((token.start, token.end, token.digits))
        prev_end = token.end
    return parts


def _homophone_parts(s: str, claimed: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The replacements of the runs of number words whose homophones count as digits ("three for
    nine ate"); each run's span is added to claimed, so the plain spelled pass leaves it alone."""
    parts: list[tuple[int, int, str]] = []
    for run in _SPOKEN_RUN.finditer(s):
        a, b = run.span()
        if claimed and any(qa < b and a < qb for qa, qb in claimed):
            continue
        words = list(word_matches(_SPOKEN_TOKEN, s, a, b))
        if len(words) < 2 or len(words) > _MAX_SPELLED_WORDS or not any(w.group() in HOMOPHONES for w in words):
            continue
        tokens = [Token(w.start(), w.end(), w.group(), HOMOPHONES.get(w.group()) or _digits(w.group())) for w in words]
        uncounted = _without_count(s, tokens)
        kept = counted(s, uncounted, opened=len(uncounted) < len(tokens))
        if kept is None:
            continue
        claimed.append((kept[0].start, kept[-1].end))
        parts += _parts(s, kept)
    return parts


def _next_to_digit(s: str, a: int, b: int) -> bool:
    return s[max(0, a - 3) : a].rstrip()[-1:].isdigit() or s[b : b + 3].lstrip()[:1].isdigit()


_LONE_DIGIT_BEFORE = re.compile(r"(?<![0-9])[0-9][ \t]$")
_LONE_DIGIT_AFTER = re.compile(r"[ \t][0-9](?![0-9])")


def _among_digits_apart(s: str, start: int, end: int) -> bool:
    """Whether a lone digit and a space stand right before the words, or right after them."""
    return bool(_LONE_DIGIT_BEFORE.search(s, max(0, start - 3), start) or _LONE_DIGIT_AFTER.match(s, end))


_DIGITS_BEFORE = re.compile(r"[0-9][ \t]$")
_DIGITS_AFTER = re.compile(r"[ \t][0-9]")


def _among_digits(s: str, start: int, end: int) -> bool:
    """Whether digits stand a space before the words or a space after them."""
    return bool(_DIGITS_BEFORE.search(s, max(0, start - 2), start) or _DIGITS_AFTER.match(s, end))


# "one hundred thirty-five", "six thousand four hundred seventeen": a number said as a quantity
# (English; only a phrase holding "hundred" or "thousand": the digit-by-digit reading does the rest).
_ENGLISH_UNITS = {
    w: int(d) for w, d in DIGIT_WORDS.items() if w in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
}
_ENGLISH_TEENS = {w: int(d) for w, d in _PAIRS.items() if w.isascii() and w.endswith(("teen", "ten", "eleven", "twelve"))}
_ENGLISH_TENS = {w: int(d) * 10 for w, d in _TENS.items() if w.endswith("ty")}
_QUANTITY_VALUES = {**_ENGLISH_UNITS, **_ENGLISH_TEENS, **_ENGLISH_TENS}
_QUANTITY_WORD = "|".join(sorted(_QUANTITY_VALUES, key=len, reverse=True))
_QUANTITY = re.compile(rf"\b(?:{_QUANTITY_WORD})(?:[ -]++(?:{_QUANTITY_WORD}|hundred|thousand|and)\b)*+")


def _quantities(s: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of each number said as a quantity."""
    found = []
    for m in _QUANTITY.finditer(s):
        words = m.group().replace("-", " ").split()
        while words and words[-1] == "and":
            words.pop()
        if "hundred" not in words and "thousand" not in words:
            continue
        total = current = 0
        for word in words:
            if word == "hundred":
                current = max(current, 1) * 100
            elif word == "thousand":
                total += max(current, 1) * 1000
                current = 0
            elif word != "and":
                current += _QUANTITY_VALUES[word]
        end = m.start() + len(m.group().rstrip()) - (len(" and") if m.group().endswith(" and") else 0)
        found.append((m.start(), end, str(total + current)))
    return found
