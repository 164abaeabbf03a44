"""The account's authorized users named in a message, as the matcher can read them.

The matcher knows no account, so "remove Sam Park from my account" is words it has never seen
around a verb, and the learnt scorer's guess may be a card lock. Read with the account's
people written as "authorized user", the same message fires the rule that removes one. That
reading is used only when it lets a rule speak where none did: a rule is the surest evidence,
and a message a rule already understood keeps its own reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..bank.accounts import Account
from ..understanding.matcher import Match, Matcher
from ..understanding.normalize import fold

_STANDS_FOR = "authorized user"
# readings that cannot be about someone already on the account ("priya got charged ..." adds nobody)
_NOT_OF_PEOPLE_ON_FILE = frozenset({"add_authorized_user"})


def people_pattern(account: Account) -> re.Pattern[str] | None:
    """The names of the account's authorized users (and other holders of its cards; for an
    authorized user's view, the others on the account), whole or by first name ("remove José
    from the account"), longest first; ``None`` when there are none."""
    names = {user.name for user in account.authorized_users}
    names |= {card.holder for card in account.cards if card.holder != account.holder_name}
    if account.scope is not None:
        names = (names | set(account.scope.others)) - {account.scope.user}
    return _pattern_naming(frozenset(names))


@lru_cache(maxsize=256)
def _pattern_naming(names: frozenset[str]) -> re.Pattern[str] | None:
    """The pattern for these people, built once for each set of them (a turn that no rule read
    asks for it, and the account's people change rarely)."""
    said = {name.strip() for name in names if len(name.split()) >= 2}
    said |= {fold(name) for name in said}  # "José García" typed without its accents: "jose"
    said |= {name.split()[0] for name in said if len(name.split()[0]) >= 3}
    if not said:
        return None
    alternatives = "|".join(re.escape(name) for name in sorted(said, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def with_people(match: Match, text: str, account: Account, matcher: Matcher) -> Match:
    """``match``, or the reading of ``text`` with the account's people named as "authorized
    user" when that reading fires a rule and ``match`` fired none. The match keeps the
    message's own normalised words, so a slot can still read the name."""
    best = match.best
    if best is not None and best.rule is not None:
        return match
    pattern = people_pattern(account)
    if pattern is None:
        return match
    reading, count = pattern.subn(_STANDS_FOR, text)
    if not count:
        return match
    other = matcher.match(reading)
    if other.intent is None or other.best is None or other.best.rule is None or other.intent.name in _NOT_OF_PEOPLE_ON_FILE:
        return match

    return other._replace(normalised=match.normalised)


_NAME_WORD = re.compile(r"[a-z]+")


def holders_named_best(text: str, holders: Iterable[str]) -> list[str]:
    """The card holders a message names best: by the most words of their name ("jordan staples"
    is Jordan Staples, not Jordan Stapleton), a first name counting before a surname; all of
    them when tied (two Jordans), none when it names nobody."""
    words = set(_NAME_WORD.findall(fold(text).lower()))
    scored = []
    for holder in sorted(set(holders)):
        parts = fold(holder).lower().split()
        if parts and (hits := len(set(parts) & words)):
            scored.append((hits + (parts[0] in words), holder))
    best = max((score for score, _ in scored), default=0)
    return [holder for score, holder in scored if score == best]
