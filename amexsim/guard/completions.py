"""What a found value leaves beside it that is part of it too: a first try of a card number
typed just before the whole one ("3058 7857... sorry, 3058 785727 8600"), and the other words
of a password with spaces ("my password is blue moon rising 7", "I typed 'sunshine 2024!'").
Left there, the redaction would keep the first eight digits of a card, or most of a passphrase."""

from __future__ import annotations

import re
from bisect import bisect_right

from .kinds import Hit
from .runs import Runs

_FIRST_TRY_KINDS = frozenset({"card_number", "ssn"})
_FIRST_TRY_REACH = 48  # characters before the value a first try may end
_FIRST_TRY_DIGITS = 4  # shorter runs are anything (a count, a day)


def first_tries(s: str, runs: Runs, hits: list[Hit]) -> list[Hit]:
    """The runs just before a card number or an SSN whose digits begin it (a try cut short), or
    beside it that differ from it by a digit or two (a mistyped try: "3711-988105-15324 ... wait I
    mean 3711-988105-15323" would show all the card but its check digit, which the Luhn check gives
    back)."""
    found: list[Hit] = []
    for hit in hits:
        if hit.kind not in _FIRST_TRY_KINDS:
            continue
        digits = "".join(filter(str.isdigit, s[hit.start : hit.end]))
        k = bisect_right(runs.ends, hit.start) - 1
        while k >= 0 and hit.start - runs.ends[k] <= _FIRST_TRY_REACH:
            run = runs[k]
            if (_FIRST_TRY_DIGITS <= len(run.digits) < len(digits) and digits.startswith(run.digits)) or _mistyped(run.digits, digits):
                found.append(Hit(hit.kind, run.start, run.end, f"a first try at the {hit.kind.replace('_', ' ')}, typed whole after it"))
            k -= 1
        k = bisect_right(runs.starts, hit.end - 1) if hit.end else 0
        while k < len(runs.starts) and runs.starts[k] - hit.end <= _FIRST_TRY_REACH:
            if runs.starts[k] >= hit.end and _mistyped(runs[k].digits, digits):
                run = runs[k]
                found.append(Hit(hit.kind, run.start, run.end, f"a second try at the {hit.kind.replace('_', ' ')}, typed after it"))
            k += 1
    return found


_MISTYPED_DIGITS = 2  # digits a mistyped try may differ by


def _mistyped(tried: str, value: str) -> bool:
    """The same number but for a digit or two changed, or one left out or typed twice."""
    if len(tried) < len(value) - 1 or len(tried) > len(value) + 1 or len(tried) < 8 or tried == value:
        return False
    if len(tried) == len(value):
        return sum(a != b for a, b in zip(tried, value)) <= _MISTYPED_DIGITS
    short, long = sorted((tried, value), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


# A password's other words: short lowercase words up to one that holds a digit or a sign, on the
# same line ("blue moon rising 7"); a word that starts another clause ends it.
_NEXT_WORD = re.compile(r"[ \t]++([^\s]{1,16}+)")
_PHRASE_WORDS = 4
_CLAUSE_WORDS = frozenset(
    """
and but or so because the my your our his her their a an is was are it its i im i'm you we they that which when
for to on at in of with from by if y o pero
""".split()  # noqa: SIM905 - a word list reads better as text
)
_QUOTES = {"'": "'", '"': '"', "“": "”", "‘": "’", "«": "»", "`": "`"}
_QUOTE_REACH = 64


def whole_passwords(s: str, hits: list[Hit]) -> list[Hit]:
    """Each password hit stretched over the rest of its quoted value, or over the words after it
    that make one passphrase with it."""
    return [_whole(s, hit) if hit.kind == "password" else hit for hit in hits]


def _whole(s: str, hit: Hit) -> Hit:
    quoted = _quoted_around(s, hit)
    if quoted is not None:
        return Hit(hit.kind, min(hit.start, quoted[0]), max(hit.end, quoted[1]), hit.reason)
    token = s[hit.start : hit.end]
    if not token.isalpha():
        return hit
    end, pos = hit.end, hit.end
    for _ in range(_PHRASE_WORDS):
        word = _NEXT_WORD.match(s, pos)
        if word is None:
            return hit
        value = word.group(1).rstrip(".,;:!?)")
        if not value or value.lower() in _CLAUSE_WORDS or value[0].isupper():
            return hit
        pos = word.end()
        if not value.isalpha():  # "7", "88", "2019!": the passphrase's last word
            end = word.start(1) + len(value)
            return Hit(hit.kind, hit.start, end, f"{hit.reason}, its words with spaces")
    return hit


def _quoted_around(s: str, hit: Hit) -> tuple[int, int] | None:
    """The quoted value a hit lies in ("'sunshine 2024!'" around "2024!"), on one line."""
    line_start = s.rfind("\n", 0, hit.start) + 1
    window = s[max(line_start, hit.start - _QUOTE_REACH) : hit.start]
    for i in range(len(window) - 1, -1, -1):
        opener = window[i]
        closer = _QUOTES.get(opener)
        if closer is None:
            continue
        at = hit.start - len(window) + i
        if at > 0 and s[at - 1].isalnum():
            return None  # "dog's": an apostrophe, no quote
        close = s.find(closer, hit.end, hit.end + _QUOTE_REACH)
        if close < 0 or "\n" in s[hit.end : close] or (close + 1 < len(s) and s[close + 1].isalnum()):
            return None
        return at + 1, close
    return None


_REPEATED_MIN = 3  # a value shorter than this is anything (a day, a count)
_AMOUNT_LIKE = re.compile(r"[.,][0-9]{2}$|[.,][0-9]{3}")
_MONEY = frozenset("$€£¥")


def repeated_values(s: str, runs: Runs, hits: list[Hit]) -> list[Hit]:
    """Each other place the message types a value found in it, whole ("you said 522105? I typed the
    verification code 522105"; "my pin is 4821. yes, 4821"): the value is the same, named or not.
    The runs are filed by their digits once (a long message holds tens of thousands of both)."""
    if not hits or len(runs) < 2:
        return []
    values = {digits: hit for hit in hits if len(digits := "".join(filter(str.isdigit, s[hit.start : hit.end]))) >= _REPEATED_MIN}
    if not values:
        return []
    lengths = {len(digits) for digits in values}
    covered = sorted((hit.start, hit.end) for hit in hits)
    found: list[Hit] = []
    for k, count in enumerate(runs.counts):
        if count not in lengths:
            continue
        hit = values.get(runs.digits_of([k]))
        if hit is None:
            continue
        start, end = runs.starts[k], runs.ends[k]
        i = bisect_right(covered, (end, end)) - 1  # the last hit starting before the run's end: the one it may overlap
        if (i >= 0 and covered[i][1] > start) or _AMOUNT_LIKE.search(runs.raws[k]) or s[start - 1 : start] in _MONEY:
            continue  # the value itself, or "$45.20", which is no code 4520
        found.append(Hit(hit.kind, start, end, f"the {hit.kind.replace('_', ' ')} typed again"))
    return found
