"""Stage 3e: a value corrected in the same message ("cvv is 381 sorry 318", "pw Rex99, sorry I
mean Rex990", "it's 410529 not 410592 (the code)"): the other value is the same kind of secret.

A customer who mistypes a secret usually sends the right one in the same breath. Found alone,
the first value would be removed and the corrected one stored as typed, while the reply says the
secret was removed. So next to every value found, a value of the same shape set off by a
correction ("sorry", "I mean", "no", "not", "perdón", "scusa", ...) is that kind too.
"""

from __future__ import annotations

import re

from .kinds import Hit

# Words that set a corrected value off from a mistyped one, in the languages the cues know.
CORRECTION_MARKERS = (
    r"sorry|sry|oops|typo|my bad|i mean|i meant|meant|no|nope|not|wait|actually|correction|rather|instead|i mistyped"
    r"|perdon|perdona|quise decir|digo|mejor dicho|scusa|scusate|volevo dire|desole|pardon|je veux dire|plutot"
    r"|entschuldigung|ich meine|desculpa|quer dizer"
    # another value offered in its place: "cvv 7391 or maybe 7319", "604219, a new one came: 771203"
    r"|or|or maybe|maybe|o|o sea|then|ok then|okay then|ok fine|fine|try|a new one came|new one|another one|the other one"
)
_PUNCTUATION = r"[\s,.;:!()\-\u2013\u2014]"
# After a value: the correction, then (perhaps "it's") the other value.
_AFTER = re.compile(
    # an aside may come first ("219-09-9999 if you need it, no wait i mean 219 09 9999")
    r"(?:[a-z' ]{1,32}+[,;.]\s*+)?"
    rf"(?:{CORRECTION_MARKERS})\b{_PUNCTUATION}*+(?:(?:{CORRECTION_MARKERS})\b{_PUNCTUATION}*+){{0,2}}"
    r"(?:(?:it's|its|it is|is|should be|the right one is|es|e)\s++)?"
    # ("cvv is 4 8 1 no wait 4 8 2": typed a digit at a time)
    r"(?P<value>[0-9](?:[ .-][0-9]){2,18}+(?![0-9])|[^\s,;()]{3,64}+(?:[ -][0-9]{2,8}+){0,3})"
)
_PUNCTUATION_CHARS = frozenset(" \t\n,.;:!()-\u2013\u2014")
# Before a value: the other value, then "not" or "no" ("410529 not 410592"): both are the secret's.
# (the runs of punctuation are bounded: a long run of dots after a value would be read again from every start)
_BEFORE = re.compile(rf"(?P<value>[^\s,;()]{{3,64}}+){_PUNCTUATION}{{1,8}}+(?:not|no|instead of|rather than){_PUNCTUATION}{{1,8}}+$")
_DIGITS = re.compile(r"[0-9]")
_LETTER = re.compile(r"[a-z]")
_REACH = 64  # characters looked at beside a value
CORRECTED_KINDS = frozenset({"security_code", "otp", "ssn", "password", "card_number"})


_PARTS_RETYPED = frozenset({"card_number", "ssn"})  # long values whose last group is often corrected alone


def corrected_hits(s: str, hits: list[Hit]) -> list[Hit]:
    """Values beside the hits that correct them (or that they correct), as the same kind."""
    found: list[Hit] = []
    for hit in hits:
        if hit.kind not in CORRECTED_KINDS:
            continue
        value = s[hit.start : hit.end]
        pos = hit.end
        while pos < len(s) and pos - hit.end < 8 and s[pos] in _PUNCTUATION_CHARS:  # ", " or " - " before the correction
            pos += 1
        after = _AFTER.match(s, pos, min(len(s), hit.end + _REACH))
        if after is not None and same_shape(value, after.group("value"), hit.kind):
            found.append(Hit(hit.kind, after.start("value"), after.end("value"), f"{hit.reason}, corrected right after"))
        start = max(0, hit.start - _REACH)
        before = _BEFORE.search(s, start, hit.start)
        if before is not None and same_shape(value, before.group("value"), hit.kind):
            found.append(Hit(hit.kind, before.start("value"), before.end("value"), f"{hit.reason}, the value it corrects"))
    return found


def retyped_value(s: str, end: int, next_start: int) -> bool:
    """Whether the text from ``end`` (after a value) to ``next_start`` (the next run) is only a
    correction, so the next run is the value typed again ("07 no sorry 070")."""
    pos = end
    while pos < next_start and pos - end < 8 and s[pos] in _PUNCTUATION_CHARS:
        pos += 1
    after = _AFTER.match(s, pos, min(len(s), next_start + _REACH))
    return after is not None and after.start("value") == next_start


def same_shape(value: str, other: str, kind: str) -> bool:
    """Whether ``other`` could be the same secret typed again: as many digits (one more or less)
    for a number, a token with letters and digits or signs like the password for a password."""
    digits, other_digits = len(_DIGITS.findall(value)), len(_DIGITS.findall(other))
    if kind in _PARTS_RETYPED and not _LETTER.search(other) and 3 <= other_digits < digits:
        return True  # "card is 4653 ... 3743 no wait 3740", "ssn 545 48 5795 no wait 5759": a part typed again
    if kind != "password":
        return other_digits >= 3 and abs(other_digits - digits) <= 1 and not _LETTER.search(other)
    # "sorry about that" is a word, not a password; "hunter2, or maybe password123" offers another one
    return len(other) >= 4 and bool(other_digits or not other.isalnum())
