"""The account's merchants named in a message, kept from steering a hand-off.

The matcher knows no account, so "what about the pret a manger one?" holds "manger", which
its spelling fixes to "manager": a request for a supervisor nobody made. Read with the names
of the account's merchants written as "merchant", the same message is a follow-up about a
charge. That reading is used only to take back a hand-off: a person is the one request a
merchant's name must never make on its own, and every other reading keeps its words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..bank.accounts import Account
from ..understanding.matcher import Match, Matcher
from ..understanding.normalize import fold

_STANDS_FOR = "merchant"
_HAND_OFF_DOMAIN = "agent_request"
_WORD = re.compile(r"[a-z0-9']+")


def without_merchant_names(match: Match, text: str, account: Account, matcher: Matcher) -> Match:
    """``match``, or, when it hands off to a person and the message names a merchant of the
    account by two or more words of its name in a row, the reading with that name as "merchant"
    (keeping the message's own normalised words, so the charge can still be found)."""
    if match.intent is None or match.intent.domain != _HAND_OFF_DOMAIN:
        return match
    pattern = _pattern_naming(frozenset(t.merchant for t in account.transactions))
    if pattern is None:
        return match
    reading, count = pattern.subn(_STANDS_FOR, fold(text).lower())
    if not count:
        return match
    other = matcher.match(reading)
    if other.intent is not None and other.intent.domain == _HAND_OFF_DOMAIN:
        return match
    return other._replace(normalised=match.normalised)


@lru_cache(maxsize=256)
def _pattern_naming(merchants: frozenset[str]) -> re.Pattern[str] | None:
    """Two or more words of a merchant's name in the order it has them ("pret a manger" of
    PRET A MANGER LONDON), built once for each set of merchants."""
    phrases = set()
    for merchant in merchants:
        words = _WORD.findall(fold(merchant).lower())
        words = [w for w in words if not w.isdigit()]
        phrases |= {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1)}
    phrases = {p for p in phrases if sum(len(w) > 1 for w in p.split()) >= 2}
    if not phrases:
        return None
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b")
