"""Spelled-out digits ("three seven ... oh five", "double two", "forty-two", "cuarenta y uno")
become digits, mapped back to their words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain

from .homophones import CUED_HOMOPHONES, HOMOPHONES, Token, counted
from .offsets import IDENTITY, Mapping, OffsetMap
from .words import (
    COUNT_WORDS,
    LONG_TEXT,
    WordStartFamily,
    after_non_word,
    alternation,
    at_word_start,
    by_first_letter,
    may_start_a_word,
    word_matches,
)

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
_SPELLED = re.compile(rf"{_NUMBER_WORD}(?:(?:[ \t,.\-/]{{1,4}}|{_SPOKEN_SEPARATOR}){_NUMBER_WORD})*+")  # "nine... nine"
# The same, only where a word starts (word_matches' check done by the regex engine, so a long
# message's thousands of sequences need no Python call each to be found).
_SPELLED_AT_WORD_START = re.compile(f"(?:{at_word_start(_NUMBER_WORDS)}){_SPELLED.pattern[len(_NUMBER_WORD) :]}")
_SPELLED_AFTER_NON_WORD = after_non_word(_SPELLED_AT_WORD_START)
# In a long text, found from space to space (and after punctuation) instead of at every letter that could start one.
_SPELLED_SEQUENCES = WordStartFamily([_SPELLED_AT_WORD_START])
# "three for nine ate": runs of number words joined by homophones of digits (homophones.py decides
# whether they count). Small patterns, used only on a message with a homophone beside a digit word.
# The spoken separators first: a homophone after one ("... nine dash to one ...") ends no repeat too early.
_SEPARATOR = rf"(?:{_SPOKEN_SEPARATOR}|[ \t,.\-]{{1,4}})"
_HOMOPHONE = "(?:" + "|".join(sorted(HOMOPHONES, key=lambda w: (-len(w), w))) + ")"
_HOMOPHONE_WORD = re.compile(rf"\b{_HOMOPHONE}\b")
_HOMOPHONES_BETWEEN = re.compile(rf"{_SEPARATOR}(?:{_HOMOPHONE}{_SEPARATOR})++")
_HOMOPHONES_BEFORE = re.compile(rf"(?<![a-z0-9_])(?:{_HOMOPHONE}{_SEPARATOR}){{1,3}}$")
_HOMOPHONES_AFTER = re.compile(rf"(?:{_SEPARATOR}{_HOMOPHONE}\b){{1,3}}")
_DIGIT_WORD_START = by_first_letter(sorted(DIGIT_WORDS))
_DIGIT_WORDS_BY_LENGTH = {n: [w for w in sorted(DIGIT_WORDS) if len(w) == n] for n in sorted(set(map(len, DIGIT_WORDS)))}


def _homophone_beside_a_digit_word(homophone: str) -> str:
    """A regex for the homophone with a digit word after it, or before it (fixed-width lookbehinds,
    one per length of digit word and separator). It starts on the homophone, so a search over a
    long text stops only at the letters that begin one."""
    before = "|".join(
        f"(?<=(?:{'|'.join(words)}){re.escape(separator)}{homophone})"
        for words in _DIGIT_WORDS_BY_LENGTH.values()
        for separator in (" ", ",", ", ", "-")
    )
    return rf"{homophone}(?<![a-z0-9_]{homophone})\b(?:[ \t,.\-]{{1,4}}(?:{_DIGIT_WORD_START})|{before})"


_HOMOPHONE_NEAR = re.compile(alternation([_homophone_beside_a_digit_word(h) for h in HOMOPHONES]))
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
    claimed = [(a, b) for a, b, _ in quantities] if quantities else []
    if len(s) < LONG_TEXT and _ANY_HOMOPHONE.search(s):
        for a, b, new in _cued_homophone_parts(s, claimed):
            old_starts.append(a)
            old_ends.append(b)
            news.append(new)
    seqs: Iterable[re.Match[str]] = ()
    if len(s) >= LONG_TEXT and (found := _SPELLED_SEQUENCES.matches(s)) is not None:
        seqs = iter(found)
    elif may_start_a_word(_SPELLED_AT_WORD_START, _SPELLED_AFTER_NON_WORD, s):
        seqs = _SPELLED_AT_WORD_START.finditer(s)
    # Homophones of digits ("three for nine ate") matter only beside number words: looked for only
    # once the first is found (a loop, not next(), keeps a message with none as cheap as before).
    for first in seqs:
        seqs = chain((first,), seqs)
        if _HOMOPHONE_NEAR.search(s):
            seqs = list(seqs)
            for old_start, old_end, new in _homophone_parts(s, seqs, claimed):
                old_starts.append(old_start)
                old_ends.append(old_end)
                news.append(new)
        break
    for seq in seqs:
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


# "the cvv is um for ate to", "pin is for ate too seven", "passcode ate ate to one for oh": right after
# a secret's name, a short run of digits dictated as words, homophones among them (even first or all of
# them), is the value; elsewhere "for" and "to" stay words (homophones.py)
_CUED_WORD = r"(?:for|to|too|ate|won|tree|niner|fore|oh|o|zero|one|two|three|four|five|six|seven|eight|nine|[0-9])"
# ("see vee vee is zero seven won": the code's name said as its letters sound)
_CUED_RUN = re.compile(
    r"\b(?:cvv2?|cvc2?|cid|csc|see vee vee|cee vee vee|security code|code|pin|passcode|pass code|otp|ssn|social)"
    r"(?:[ \t]++(?:is|number|num|no|code|was))?[ \t:=#]*+(?:(?:um|uh|like|er|erm)[ \t,]++)?"
    rf"(?P<run>{_CUED_WORD}(?:[ \t,.-]{{1,3}}{_CUED_WORD}){{2,8}})(?=[ \t]*+(?:$|[.,;!?\n]|(?:and|thanks|thx|please|pls|its|the|i)\b))"
)
_CUED_TOKEN = re.compile(_CUED_WORD + r"\b")
_ANY_HOMOPHONE = re.compile(rf"\b(?:{'|'.join(sorted([*HOMOPHONES, *CUED_HOMOPHONES], key=lambda w: (-len(w), w)))})\b")


def _cued_homophone_parts(s: str, claimed: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The replacements of a dictated value right after its name, when homophones are among its words."""
    parts: list[tuple[int, int, str]] = []
    for found in _CUED_RUN.finditer(s):
        a, b = found.span("run")
        tokens = list(_CUED_TOKEN.finditer(s, a, b))
        words = [t.group() for t in tokens]
        if not any(w in HOMOPHONES or w in CUED_HOMOPHONES for w in words):
            continue  # plain number words or digits: the usual passes read them
        if all(w in CUED_HOMOPHONES for w in words):
            continue  # "won", "tree" count only beside other digits said ("zero seven won", "ate for tree ate")
        values = [HOMOPHONES.get(w) or CUED_HOMOPHONES.get(w) or DIGIT_WORDS.get(w) or w for w in words]
        if not all(v.isdigit() for v in values):
            continue
        claimed.append((a, b))
        parts += _parts(s, [t.span() for t in tokens], values)
    return parts


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
    values = [_digits(w.group()) for w in words]
    if len(words) > 1 and values[0] in _COUNTS and _counts_digits(s, [w.span() for w in words], values):
        words, values = words[1:], values[1:]  # "next four six one five three": the first word counts the rest
    start, end = words[0].start(), seq.end()
    if len(words) == 1 and len(values[0]) == 2 and not _among_digits(s, start, end):
        return None  # "ten", "forty", "once" alone are words, not digits ("twenty-five 17 twenty-eight": they are)
    if not _next_to_digit(s, start, end) and ({w.group() for w in words} <= _ONLY_OH or sum(map(len, values)) < _MIN_SPELLED_ALONE):
        return None
    return _parts(s, [w.span() for w in words], values)


_COUNTS = frozenset("23456789")


def _counts_digits(s: str, spans: list[tuple[int, int]], values: list[str]) -> bool:
    """Whether the first word, right after a count word, is the count of the digits read out after
    it up to the next separator ("next four six one five three, then ...")."""
    if not _COUNTING.search(s, max(0, spans[0][0] - 16), spans[0][0]):
        return False
    digits = 0
    for (_, before_end), (start, _), value in zip(spans, spans[1:], values[1:]):
        if not s[before_end:start].isspace():
            break
        digits += len(value)
    return digits == int(values[0])


def _parts(s: str, spans: list[tuple[int, int]], values: list[str]) -> list[tuple[int, int, str]]:
    """The replacement of each word and separator: words become their digits, spaces between them
    go ("three seven" is "37"), any other separator becomes one space (a group break)."""
    # "seven 0 9 1 6 nine three 7 2": among digits typed apart, the words stay apart too.
    joined = "" if not _among_digits_apart(s, spans[0][0], spans[-1][1]) else " "
    parts: list[tuple[int, int, str]] = []
    prev_end = spans[0][0]
    previous = ""
    for (start, end), value in zip(spans, values):
        gap = s[prev_end:start]
        if gap:
            # "five-two-three": digits joined by single hyphens are one group, as with spaces
            together = gap.isspace() or (gap == "-" and len(previous) == 1 and len(value) == 1)
            parts.append((prev_end, start, joined if together else " "))
        previous = value
        parts.append((start, end, value))
        prev_end = end
    return parts


def _homophone_parts(s: str, seqs: list[re.Match[str]], claimed: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The replacements of the runs of number words joined or edged by homophones whose homophones
    count as digits ("three for nine ate"); each run's span is added to claimed, so the plain
    spelled pass leaves its words alone."""
    groups: list[list[re.Match[str]]] = []
    for seq in seqs:
        if groups and _HOMOPHONES_BETWEEN.fullmatch(s, groups[-1][-1].end(), seq.start()):
            groups[-1].append(seq)
        else:
            groups.append([seq])
    parts: list[tuple[int, int, str]] = []
    for group in groups:
        a, b = group[0].start(), group[-1].end()
        before = _HOMOPHONES_BEFORE.search(s, max(0, a - 40), a)
        after = _HOMOPHONES_AFTER.match(s, b)
        if len(group) == 1 and before is None and after is None:
            continue
        a, b = before.start() if before else a, after.end() if after else b
        if claimed and any(qa < b and a < qb for qa, qb in claimed):
            continue
        tokens = _run_tokens(s, a, b, group)
        if len(tokens) > _MAX_SPELLED_WORDS:
            continue
        spans, values = [(t.start, t.end) for t in tokens], [t.digits for t in tokens]
        opened = len(tokens) > 1 and values[0] in _COUNTS and _counts_digits(s, spans, values)
        kept = counted(s, tokens[1:] if opened else tokens, opened=opened)
        if kept is None:
            continue
        claimed.append((kept[0].start, kept[-1].end))
        parts += _parts(s, [(t.start, t.end) for t in kept], [t.digits for t in kept])
    return parts


def _run_tokens(s: str, start: int, end: int, group: list[re.Match[str]]) -> list[Token]:
    """The words of a run from start to end: the number words of its spelled sequences, and the homophones around them."""
    tokens: list[Token] = []
    pos = start
    for seq in [*group, None]:
        gap_end = seq.start() if seq else end
        tokens += [Token(h.start(), h.end(), h.group(), HOMOPHONES[h.group()]) for h in _HOMOPHONE_WORD.finditer(s, pos, gap_end)]
        if seq:
            tokens += [Token(w.start(), w.end(), w.group(), _digits(w.group())) for w in word_matches(_TOKEN, s, seq.start(), seq.end())]
            pos = seq.end()
    return tokens


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
