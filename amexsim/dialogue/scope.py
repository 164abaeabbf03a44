"""What an authorized user's request names beyond their own card.

An authorized user verified with their own card sees and acts on that card only (see
``Account.seen_by``). A request about someone else's card ("lock Ana's card", "what did José
spend?", "the card ending 4012", "I lost the gold card") must not become an action on their own
card, nor be told the card does not exist: it is refused, naming what the customer said and
nothing more. The account's other people and cards (``Account.scope``) are read only to
recognise such a request.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from ..bank.accounts import Account
from ..understanding.entities import find_last_four
from ..understanding.normalize import fold

# what a possessive names when it is about a card or the spending on it ("Ana's card", "Ada's doordash order")
_CARD_THINGS = r"card|cards|amex|account|charges?|purchases?|spending|balance|transactions?|orders?|activity|statements?|bill|limit"
# what someone does with a card ("what did José spend", "has Ana used it")
_CARD_DEEDS = r"spend|spends|spent|buy|buys|bought|charge|charges|charged|purchase|purchased|use|uses|used|order|ordered|make|made|put"
_APOSTROPHE = r"(?:'s|’s|'|’)"
# "my husband's card": someone close, named by who they are to the customer
_RELATION_WORDS = """
wife husband spouse partner fiance fiancee boyfriend girlfriend son daughter kid child mom mum mother dad father parent
brother sister grandma grandmother grandpa grandfather grandson granddaughter aunt uncle cousin niece nephew friend
roommate colleague boss assistant employee nanny caregiver
"""
RELATIONS = frozenset(_RELATION_WORDS.split())
_RELATIONS = "|".join(sorted(RELATIONS, key=lambda word: (-len(word), word)))
# "my sister's card", and typed without the apostrophe: "my sisters card"
_RELATIVE = re.compile(rf"\b(?:my|our) ({_RELATIONS})(?:{_APOSTROPHE}|s)?\s+(?:[a-z*&'-]+\s+){{0,2}}(?:{_CARD_THINGS})\b")
_FOUR = re.compile(r"(?<![\d$,./-])(\d{4})(?![\d]|[,./-]\d)")  # not part of an amount or a date
_CARD_WORDS = frozenset({"card", "cards", "amex"})
_WORD = re.compile(r"[a-z]+")


class Beyond(NamedTuple):
    """Something a request names that is not the authorized user's own card."""

    asked: str  # in the customer's terms: "Ana's card", "the card ending 4012", "the Gold Card"
    person: bool  # it names a person (not a card they might have mistaken for their own)


def named_beyond_own_card(text: str, account: Account, products: Iterable[str]) -> Beyond | None:
    """What ``text`` names beyond the authorized user's own card: another card's last four (or
    a card named by last four that is not theirs), another person holding a card on the account,
    someone close to them ("my wife's card"), or a card product their card is not. ``None`` for
    the primary card member's view, or a request about their own card."""
    scope = account.scope
    if scope is None:
        return None
    own = {card.last_four for card in account.cards}
    for digits in _FOUR.findall(text):
        if digits in scope.other_cards:
            return Beyond(f"the card ending {digits}", person=False)
    said = find_last_four(text)
    if said and said not in own:
        return Beyond(f"the card ending {said}", person=False)
    folded = fold(text).lower()
    person = _person_named(folded, scope.others, scope.user)
    if person is not None:
        return Beyond(f"{person}'s card", person=True)
    relative = _RELATIVE.search(folded)
    if relative is not None:
        return Beyond(f"your {relative.group(1)}'s card", person=True)
    product = _product_named(folded, products, account)
    if product is not None:
        return Beyond(f"the {product} Card", person=False)
    return None


def _person_named(folded: str, others: tuple[str, ...], user: str) -> str | None:
    """The first name (or full name) of another person, said as whose card or charges it is
    ("Ana's card", "the card for Ana", "Ana card") or as who spent ("what did José spend")."""
    own_first = fold(user).lower().split()[0]
    for name in others:
        parts = fold(name).lower().split()
        if not parts:
            continue
        # "Ana Lucia's card" said by Ana Maria: the full name (or its first two words) tells them
        # apart; the shared first name alone is the customer's own
        forms = [" ".join(parts), " ".join(parts[:2])] + ([parts[0]] if parts[0] != own_first else [])
        # "Dev's card" of Devendra: a long first name's short form, said of whose card it is
        if len(parts[0]) >= _SHORTENED and not own_first.startswith(parts[0][:3]):
            forms += [parts[0][:3], parts[0][:4]]
        for said in dict.fromkeys(forms):
            if _names_whose(folded, said):
                return " ".join(part.capitalize() for part in name.split()[: len(said.split())])
    return None


_SHORTENED = 5  # first names this long are also called by their first three or four letters


def _names_whose(folded: str, name: str) -> bool:
    whose = re.escape(name)
    forms = (
        rf"\b{whose}(?:{_APOSTROPHE}|s)\s+(?:[a-z*&'-]+\s+){{0,2}}(?:{_CARD_THINGS})\b",  # "josés card" too
        rf"\b{whose}\s+(?:card|cards|amex)\b",
        rf"\b{whose}\s+(?:has |have |had |just |already )?(?:{_CARD_DEEDS})\b",
        rf"\b(?:card|cards|amex|charges|spending|purchases) (?:of|for|belonging to) {whose}\b",
    )
    return any(re.search(form, folded) for form in forms)


def _product_named(folded: str, products: Iterable[str], account: Account) -> str | None:
    """A card product said of a card ("the gold card", "my delta skymiles amex") that the
    authorized user's own card is not."""
    mine = {word for card in account.cards for word in _WORD.findall(card.name.lower())}
    known = set(products)
    words = _WORD.findall(folded)
    for i, word in enumerate(words):
        if word not in known or word in mine:
            continue
        run = [word]
        j = i + 1
        while j < len(words) and words[j] in known:
            run.append(words[j])
            j += 1
        if _CARD_WORDS & set(words[j : j + 3]):
            return " ".join(part.capitalize() for part in run)
    return None


# A reply case said to an authorized user instead, when an intent has one ("active" ->
# "active_authorized_user"): the same answer without the account's figures.
AUTHORIZED_USER_CASE = "_authorized_user"


def withheld_from_authorized_user(text: str, account: Account) -> str:
    """A reply to an authorized user with the primary card member's contact details taken out,
    whichever reply or action brought them in ("a replacement to your address on file, 815 Pine
    St ..."): an authorized user is refused them when asking, and no other answer may show them."""
    for detail, called in (
        (account.mailing_address, "the account's mailing address"),
        (account.email, "the account's e-mail address"),
        (account.phone, "the account's phone number"),
    ):
        if detail and detail in text:
            text = text.replace(f"on file, {detail}", "on file").replace(detail, called)
    return text
