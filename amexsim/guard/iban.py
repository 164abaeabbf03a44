"""International bank account numbers: a card number's digits inside a valid IBAN are the account's.

An IBAN ("GB82 WEST 1234 5698 7654 32", "IT56N0300203280000400162854") carries a country code,
two check digits and up to 30 letters and digits; its digits often hold a run long enough to pass
Luhn by chance. The IBAN's own check (ISO 13616: the number mod 97 is 1) settles it: a run of
digits inside a valid IBAN is not a card. Written in the view (lower case).
"""

from __future__ import annotations

import re

# Groups of four with an optional space, or unspaced; the lookbehind keeps a search from restarting
# inside a long token. Validated by the check digits, so a greedy match is shortened until one holds.
_IBAN = re.compile(r"(?<![a-z0-9])[a-z]{2}[0-9]{2}(?: ?[a-z0-9]{4}){2,7}+(?: ?[a-z0-9]{1,3})?")
_MIN, _MAX = 15, 34  # the shortest (Norway) and longest IBANs
# The countries that issue IBANs (the registry's codes): two chance letters before a card do not make one.
_COUNTRIES = frozenset(
    """ad ae al at az ba be bg bh br by ch cr cy cz de dk do ee eg es fi fo fr gb ge gi gl gr gt hr hu ie il iq is
    it jo kw kz lb lc li lt lu lv ly mc md me mk mr mt mu nl no pk pl ps pt qa ro rs sa sc sd se si sk sm st sv tl
    tn tr ua va vg xk""".split()  # noqa: SIM905 - a word list reads better as text
)


def _valid(compact: str) -> bool:
    rearranged = compact[4:] + compact[:4]
    try:
        return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1
    except ValueError:
        return False


def in_an_iban(s: str, start: int, end: int) -> bool:
    """Whether s[start:end] lies inside a valid IBAN (looked for only around it: a long message
    holds many card-length runs, few IBANs)."""
    for m in _IBAN.finditer(s, max(0, start - _MAX - 8), min(len(s), end + _MAX + 8)):
        if m.start() > start:
            break
        text = m.group()
        if text[:2] not in _COUNTRIES or m.end() < end:
            continue
        for stop in range(len(text), end - m.start() - 1, -1):
            compact = text[:stop].replace(" ", "")
            if len(compact) < _MIN:
                break
            if len(compact) <= _MAX and text[stop - 1] != " " and _valid(compact):
                return True
    return False
