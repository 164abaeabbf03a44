"""Slot types: how a flow reads a card, a charge, a day or an address from what was said,
fills it from the account when there is only one possibility, or lists the options to ask.

Slots are declared once in ``amexsim/data/slots.yaml`` (name, type, questions); each type
here is one function ``resolve(context) -> Resolution``. A type never asks by itself: it
returns the value, or which of the slot's texts to say and the options to list.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import takewhile
from pathlib import Path
from typing import NamedTuple

import yaml

from ..bank.accounts import Account, Card, Payment, Statement, Transaction, long_date, money
from ..bank.cases import Case
from ..bank.policies import Policies
from ..errors import DataFileError
from ..guard import numbers_withheld
from ..paths import package_data
from ..understanding.entities import Amount, Entities, find_amount, find_last_four
from ..understanding.normalize import Normalizer, fold
from ..yamlnodes import ANY_KEY, YamlDoc, line_of
from .answers import Answers
from .scope import RELATIONS
from .state import EMPTY, SlotValue

# texts that explain why an answer picked nothing, then ask again ("which card do you mean?")
EXPLAINING_KEYS = (
    "ask_choice",
    "ask_choice_cards",
    "not_found",
    "a_credit",
    "card_cancelled",
    "card_replaced",
    "card_unknown",
    "card_not_held",
    "person_not_held",
)
_TEXT_KEYS = ("ask", "not_understood", "none", *EXPLAINING_KEYS)


class Option(NamedTuple):
    """One value of a choice slot, with the words that mean it (normalised)."""

    key: str
    shown: str
    words: tuple[str, ...]
    outranks: frozenset[str] = frozenset()  # options this one wins over when both are said
    opposite: str = ""  # the option meant when this one is declined ("i don't want paperless": paper)


class SlotSpec(NamedTuple):
    """A declared slot: its type, what to say to get it, and its options (choice slots)."""

    name: str
    type: str
    texts: Mapping[str, str]
    options: tuple[Option, ...] = ()
    line: int = 0
    products: frozenset[str] = frozenset()  # card slots: words that name a card product ("gold")
    otherwise: str = ""  # choice slots: the option an answer naming none of them stands for (not a question)


class SlotContext(NamedTuple):
    """What a slot type may look at."""

    spec: SlotSpec
    account: Account
    today: date
    text: str  # this turn's message (redacted)
    normalised: str  # the same, as the matcher normalised it
    answering: bool  # the message answers this slot's question: read it leniently
    slots: Mapping[str, SlotValue]
    criteria: Entities
    params: Mapping[str, str]
    choices: tuple[SlotValue, ...]  # the options the last question listed
    answers: Answers
    policies: Policies
    cases: tuple[Case, ...] = ()
    focus_card: str | None = None

    @property
    def current(self) -> SlotValue | None:
        return self.slots.get(self.spec.name)


class Resolution(NamedTuple):
    """A value, or what to say instead: a key of the slot's texts and the options to list."""

    value: SlotValue | None = None
    say: str | None = None
    choices: tuple[SlotValue, ...] = ()
    fields: Mapping[str, Mapping[str, str]] = EMPTY
    others: tuple[SlotValue, ...] = ()  # more cards the same request names ("my delta card and my gold card")


# ----- shared readers --------------------------------------------------------------------------
_WORDS = re.compile(r"[a-z0-9]+")
_FOUR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def _words(normalised: str) -> set[str]:
    return set(_WORDS.findall(_folded(normalised)))


def _folded(text: str) -> str:
    """Accents taken off ("toño" -> "tono"), so a name is one word, never its ASCII pieces ("to")."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    """The words of a card's name or a person's (a card is looked at for every message that may
    name one, so the words of each name are worked out once)."""
    return frozenset(_words(fold(name).lower()))  # "José" is matched as the message is folded: "jose"


@lru_cache(maxsize=4096)
def _product_words(name: str) -> frozenset[str]:
    """The words of a card's name that tell it from another ("gold", "delta", "everyday"), not "card" or "amex"."""
    words = _name_words(name)
    # an authorized user's "Additional Card" is what customers call an employee's or a partner's card
    return (words - _CARD_NOISE) | (_ADDITIONAL_CARD_WORDS if "additional" in words else frozenset())


_ADDITIONAL_CARD_WORDS = frozenset({"employee", "emp", "staff", "authorized", "authorised", "extra", "companion", "supplementary"})


def _said_words(ctx: SlotContext) -> set[str]:
    """The words of the answer as normalised and as typed: spelling correction knows the
    intents' words, not the account's, and turns a merchant's "steam" into "team"."""
    return _words(ctx.normalised) | _words(ctx.text.lower()) | _joined_tokens(fold(ctx.text).lower())


def _choose(ctx: SlotContext) -> SlotValue | None:
    """An answer that picks one of the listed options by position ("the second one", "2")."""
    if not (ctx.answering and ctx.choices):
        return None
    position = ctx.answers.ordinal(ctx.normalised, len(ctx.choices))
    return ctx.choices[position] if position is not None else None


def _one(items: list) -> object | None:
    return items[0] if len(items) == 1 else None


# ----- cards and people --------------------------------------------------------------------------
_CARD_NOISE = {"card", "the", "amex", "american", "express", "additional", "my"}


def card_shown(card: Card, account: Account) -> str:
    notes = []
    if card.holder != account.holder_name:
        notes.append(card.holder)
    if card.status == "locked":
        notes.append("locked")
    return card.label + (f" ({', '.join(notes)})" if notes else "")


def _card(ctx: SlotContext) -> Resolution:
    cards = ctx.account.usable_cards()
    if ctx.params.get("own") == "yes":
        cards = tuple(card for card in cards if not card.authorized_user)
    if not cards:
        return Resolution(say="none")
    options = tuple(SlotValue(card.last_four, card_shown(card, ctx.account)) for card in cards)
    by_four = {option.value: option for option in options}
    several = _all_listed(ctx, cards) if ctx.answering else _cards_in_order(ctx, cards)
    if len(several) > 1:  # "lost my delta card and my gold card": the first named now, the others after
        return Resolution(by_four[several[0].last_four], others=tuple(by_four[card.last_four] for card in several[1:]))
    picked = _choose(ctx) or _confirm_only_choice(ctx) or _card_named(ctx, cards, by_four)
    if picked is not None:
        return Resolution(picked)
    named_elsewhere = _named_not_usable(ctx, cards, options)
    if named_elsewhere is not None:  # never swapped silently for another card
        return named_elsewhere
    charged = _card_of_charge_named(ctx)
    if charged in by_four:  # "the office depot one for $133.33": the card that charge was made on
        return Resolution(by_four[charged])
    if ctx.answering:
        return Resolution(say="not_understood", choices=ctx.choices or _named_first(ctx, cards, options))  # the list asked from again
    preferred = [card for card in cards if card.status == ctx.params.get("prefer")]
    charge_card = _charge_card(ctx)
    for candidate in (charge_card, ctx.focus_card, _one(preferred) and _one(preferred).last_four, len(cards) == 1 and cards[0].last_four):
        if candidate and candidate in by_four:
            return Resolution(by_four[candidate])
    return Resolution(say="ask", choices=_named_first(ctx, cards, options))


def _named_first(ctx: SlotContext, cards: tuple[Card, ...], options: tuple[SlotValue, ...]) -> tuple[SlotValue, ...]:
    """The options to ask among: the cards the message names alike ("my gold card" on an account
    with two Gold Cards and a Hilton card asks between the two), else every card."""
    said, _ = _split_negated(ctx.normalised, cards)
    tied = _named_alike(said, cards, ctx.account.holder_name)
    if len(tied) < 2:
        return options
    kept = {card.last_four for card in tied}
    return tuple(option for option in options if option.value in kept)


_PICKING = {"one", "ones", "ending", "ends", "last", "digits", "first", "second", "third", "fourth", "fifth", "number", "option"}


def says_more_than_a_card(normalised: str, account: Account, stopwords: frozenset[str], *, enough: int = 2) -> bool:
    """A request of its own around a card's name ("use points to pay for the delta charge"),
    not an answer that names the card first and then says more ("the delta card, I pay for
    flights with it"): ``enough`` words beyond naming a card, and the first word that counts
    names none."""
    naming = _CARD_NOISE | _PICKING | {"cards"}
    for card in account.cards:
        naming |= _name_words(card.name) | _name_words(card.holder)
    words = [word for word in _WORDS.findall(normalised) if word not in stopwords]
    if not words or words[0] in naming or words[0].isdigit():
        return False
    return len({word for word in words if word not in naming and not word.isdigit()}) >= enough


def _confirm_only_choice(ctx: SlotContext) -> SlotValue | None:
    """A yes to a question that listed one card ("there's no Gold Card; your card is ...")."""
    if ctx.answering and len(ctx.choices) == 1 and ctx.answers.is_yes(ctx.normalised):
        return ctx.choices[0]
    return None


def _named_not_usable(ctx: SlotContext, cards: tuple[Card, ...], options: tuple[SlotValue, ...]) -> Resolution | None:
    """The message names a card by its last four or its product, and it is none of ``cards``:
    one cancelled (or replaced), one not on the account, or a product the account lacks."""
    for digits in _FOUR.findall(ctx.text):
        gone = ctx.account.card(digits)
        if gone is not None and gone.status == "cancelled":
            successor = _successor(ctx.account, gone)
            named = {"label": gone.label, "new": successor.last_four if successor else ""}
            return Resolution(say="card_replaced" if successor else "card_cancelled", choices=options, fields={"named": named})
    digits = find_last_four(ctx.text)
    if digits and ctx.account.card(digits) is None:
        return Resolution(say="card_unknown", choices=options, fields={"named": {"digits": digits}})
    if "charge" in ctx.slots:  # "the delta charge" names a merchant, not a card
        return None
    person = _person_without_a_card(ctx.text, ctx.account)
    if person is not None:  # "lock Jake's card" with no Jake on the account: never the customer's own instead
        return Resolution(say="person_not_held", choices=options, fields={"named": {"person": person}})
    asked = _products_named(ctx.normalised.split(), ctx.spec.products)
    held = set().union(*(_name_words(card.name) for card in ctx.account.cards))
    if asked and not set(asked) & held:
        product = " ".join(word.capitalize() for word in asked)
        return Resolution(say="card_not_held", choices=options, fields={"named": {"product": product}})
    return None


_CARD_WORDS = {"card", "cards", "amex"}
# "Jake's card", "lock jakes card": a person's card named by their name
_POSSESSED_CARD = re.compile(r"\b([^\W\d_]{2,20})(?:'s|’s|s)\s++(?:[a-z]+\s++)?(?:card|amex|cards)\b", re.IGNORECASE)
# possessives that are no person's name (relations are read by the people module; products by their names)
_NOT_A_NAME = frozenset(
    """
my your his her our their its it this that the other others everyone somebody someone nobody
son daughter kid kids child children wife husband mom mum mother dad father sister brother boyfriend girlfriend
partner friend roommate employee employees boss grandma grandpa grandson granddaughter aunt uncle niece nephew
today yesterday tomorrow week month year company business work office
""".split()  # noqa: SIM905 - a word list reads better as text
)


def _person_without_a_card(text: str, account: Account) -> str | None:
    """A person whose card the message names ("Jake's card") who holds no card on the account."""
    holders = {word for card in account.cards for word in fold(card.holder).lower().split()}
    holders |= set(fold(account.holder_name).lower().split())
    for match in _POSSESSED_CARD.finditer(text):
        name = fold(match.group(1)).lower()
        if match.group(0).lower().startswith(name + "s ") and name + "s" in _NOT_A_NAME | holders:
            continue  # "its card": a word, not "it" with a lost apostrophe
        if name in _NOT_A_NAME or name in holders or name in _CARD_WORDS or not match.group(1)[:1].isalpha():
            continue
        if "'" not in match.group(0) and "’" not in match.group(0) and not match.group(1)[:1].isupper():
            continue  # "lock jakes card" is too easily a word ("lock cards card"); only a name written as one
        return match.group(1).capitalize()
    return None


def _products_named(words: list[str], products: frozenset[str]) -> list[str]:
    """Product words said of a card: "my gold card", "the delta skymiles amex" (not "a delta flight")."""
    return [word for i, word in enumerate(words) if word in products and _CARD_WORDS & set(words[i + 1 : i + 4])]


def _successor(account: Account, gone: Card) -> Card | None:
    """The card that replaced a cancelled one: same product and holder, still on its way."""
    same = (card for card in account.usable_cards() if card.name == gone.name and card.holder == gone.holder)
    return next((card for card in same if card.replacement_due is not None and card.last_four != gone.last_four), None)


def _card_of_charge_named(ctx: SlotContext) -> str | None:
    """The card of the one charge an answer names by its amount or merchant, if it names one; a
    request names it by its merchant ("someone is using my card, there's a doordash charge I didn't make")."""
    words = _said_words(ctx)
    amount = ctx.criteria.amount
    if STREET_ADDRESS.search(ctx.normalised):
        return None  # "send it to 2840 Larimer St, Denver": a city of an address, not HOME DEPOT DENVER
    if not ctx.answering and amount is None and not words & _SPEAKS_OF_A_CHARGE:
        return None  # "im in berlin and my card was stolen": a city, not a charge at a hotel there
    fits = [t for t in ctx.account.transactions if t.amount > 0 and (amount is None or t.amount == amount.value)]
    if not ctx.answering and not any(_merchant_hits(t, words) for t in fits):
        return None
    if amount is None:
        best = max((_merchant_hits(t, words) for t in fits), default=0)
        fits = [t for t in fits if best and _merchant_hits(t, words) == best]
    elif len(fits) > 1:
        fits = [t for t in fits if _merchant_hits(t, words)] or fits
    return fits[0].card if len({t.card for t in fits}) == 1 and fits else None


# a street address: a number, a name and a street's kind ("2840 larimer st", "12 oak street")
STREET_ADDRESS = re.compile(
    r"\b[0-9]{1,6} (?:[a-z0-9]{1,20} ){1,4}(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|ct|court|pl|place"
    r"|pkwy|parkway|hwy|highway|ter|terrace|cir|circle|sq|square)\b"
)
_SPEAKS_OF_A_CHARGE = frozenset(
    {"charge", "charges", "charged", "transaction", "transactions", "purchase", "purchases", "bought", "spent", "order", "ordered"}
    | {"bill", "billed", "payment", "paid", "hold", "holds", "debit", "fee", "subscription"}
)


def _charge_card(ctx: SlotContext) -> str | None:
    charge = ctx.slots.get("charge")
    if charge is None:
        return None
    found = charge_of(ctx.account, charge.value)
    return found.card if found else None


def _cards_in_order(ctx: SlotContext, cards: tuple[Card, ...]) -> tuple[Card, ...]:
    """The cards a request names one by one, in the order it names them: by last four, or by a
    word of a product name no other card shares ("delta", "gold"). A card said after "not" is
    left out ("the gold card, not the delta one" names one)."""
    if _split_negated(ctx.normalised, cards)[1]:
        return ()
    if _EVERY_CARD.search(ctx.normalised):  # "lock both my cards", "freeze all of my cards": the customer's own
        own = tuple(card for card in cards if not card.authorized_user)
        return own if len(own) > 1 else ()
    if (every := _EVERY_PRODUCT_CARD.search(ctx.normalised)) is not None:  # "both gold cards": the cards of that product
        of_product = tuple(card for card in cards if every.group("product") in _product_words(card.name))
        if len(of_product) > 1:
            return of_product
    owners: dict[str, Card] = {}
    for card in cards:
        for word in _product_words(card.name):
            owners[word] = card if word not in owners else _SHARED
        owners[card.last_four] = card
    named: list[Card] = []
    for word in _WORDS.findall(ctx.normalised):
        card = owners.get(word)
        if card is not None and card is not _SHARED and card not in named:
            named.append(card)
    return tuple(named)


_EVERY_CARD = re.compile(r"\b(?:both|all)(?: of)?(?: my| the| our)? (?:cards|amex cards|credit cards)\b|\bevery (?:one of my )?cards?\b")
_EVERY_PRODUCT_CARD = re.compile(r"\b(?:both|all)(?: of)?(?: my| the| our)? (?P<product>[a-z]+) (?:cards|amex cards|credit cards|ones)\b")


def _all_listed(ctx: SlotContext, cards: tuple[Card, ...]) -> tuple[Card, ...]:
    """ "all of them" to "which card?" (a stolen wallet): every card the question listed."""
    if not _ALL_LISTED.fullmatch(ctx.normalised):
        return ()
    listed = {choice.value for choice in ctx.choices}
    return tuple(card for card in cards if not listed or card.last_four in listed)


_ALL_LISTED = re.compile(
    r"(?:(?:ok|okay|yes|yeah|um|uh|well|i guess|probably|they were|they re|it was|its|it s)\s+)*"
    r"(?:all|both|all of them|both of them|all of em|them all|every one|everyone|the two|the two cards|the 2|two of them|all my cards"
    r"|every single one|all \w+ of them|all \w+|all the cards|all cards|all of it|the whole wallet|everything)"
    # "both cards were in it", "all of them were in my wallet too"
    r"(?:\s+(?:please|pls|of them|of my cards|my cards|the cards|cards|were|was|are|in it|in there|in the wallet|in my wallet"
    r"|in the purse|in my purse|in the bag|in my bag|stolen|taken|gone|lost|missing|too|as well))*"
)
_OTHER_PERSON = re.compile(
    r"\bother (?:kid|kids|child|son|daughter|teen|teenager|employee|user|authorized user|person|one s|one's|guy|girl|boy)\b"
)
_SHARED = Card("", "", "")  # a product word two cards share names neither


def _card_named(ctx: SlotContext, cards: tuple[Card, ...], by_four: Mapping[str, SlotValue]) -> SlotValue | None:
    for digits in _FOUR.findall(ctx.text):
        if digits in by_four:
            return by_four[digits]
    if ctx.answers.says_other(ctx.normalised):
        current = ctx.current.value if ctx.current else ctx.focus_card
        others = [card for card in cards if card.last_four != current]
        if len(others) > 1 and _OTHER_PERSON.search(ctx.normalised):
            # "what about the other kid's" after Maya's card: the other authorized user's, not the customer's own
            others = [card for card in others if card.holder != ctx.account.holder_name]
        elif len(others) > 1:
            # "and the other one?" after the Platinum: the customer's other own card, not an authorized user's
            others = [card for card in others if card.holder == ctx.account.holder_name]
        if current and len(others) == 1:
            return by_four[others[0].last_four]
    said, negated = _split_negated(ctx.normalised, cards)
    if negated:  # "the gold card, not the delta one": the card the "not" names is out ("not priya's or tomas's": each)
        ruled_out = [_best_named(ctx, negated, cards), *(_best_named(ctx, {word}, cards) for word in negated)]
        cards = tuple(card for card in cards if card not in ruled_out)
        if len(cards) == 1 and ctx.answering:  # "just my card, not priya's or tomas's": the one card left
            return by_four[cards[0].last_four]
    named = _best_named(ctx, said, cards)
    return by_four[named.last_four] if named is not None else None


def _best_named(ctx: SlotContext, words: set[str], cards: tuple[Card, ...]) -> Card | None:
    """The one card whose name (or holder) the words name best; ``None`` if none or a tie."""
    top = _named_alike(words, cards, ctx.account.holder_name)
    return top[0] if len(top) == 1 else None


def _named_alike(words: set[str], cards: tuple[Card, ...], account_holder: str) -> list[Card]:
    """The cards whose name (or holder) the words name best, all of them when tied."""
    # "toms card", "lisas": a possessive typed without the apostrophe names the holder too
    words = words | {word[:-1] for word in words if len(word) > 3 and word.endswith("s")}
    scored = []
    for card in cards:
        name_words = _product_words(card.name)
        # every word of the holder's name said counts: "Ana Maria" tells Ana María's card from Ana Lucía's
        holder = set(fold(card.holder).lower().split()) & words if card.holder != account_holder else set()
        hits = len(name_words & words) + 2 * len(holder)
        if card.authorized_user and {"authorized", "additional", "companion"} & words:
            hits += 1
        if hits:
            scored.append((hits, card))
    if not scored:
        return []
    best = max(hits for hits, _ in scored)
    top = [card for hits, card in scored if hits == best]
    if len(top) > 1:  # "the gold card" beside a Gold Card and a Delta SkyMiles Gold Card: the name said whole wins
        top = [card for card in top if _product_words(card.name) <= words] or top
    return top


_NOT = {"not", "except"}
_BEFORE_A_NAME = {"the", "my", "a", "an", "that", "this"}


_NAME_ENDINGS = frozenset({"s", "card", "cards", "one", "ones"})  # "priya s", "the delta one"
_LIST_JOINS = frozenset({"or", "nor", "and"})


def _split_negated(normalised: str, cards: tuple[Card, ...]) -> tuple[set[str], set[str]]:
    """The message's words, and apart the card-name words said right after a "not"."""
    vocabulary = set()
    for card in cards:
        vocabulary |= _product_words(card.name) | {fold(card.holder).lower().split()[0]}
    tokens = normalised.split()
    negated_at: set[int] = set()
    for i, token in enumerate(tokens):
        if token not in _NOT:
            continue
        j = i + 1
        while j < len(tokens) and tokens[j] in _BEFORE_A_NAME:
            j += 1
        while j < len(tokens) and tokens[j] in vocabulary:
            negated_at.add(j)
            j += 1
        # "not priya's or tomas's", "not the delta or the hilton one": each name joined by "or" is ruled out too
        while True:
            k = j
            while k < len(tokens) and tokens[k] in _NAME_ENDINGS:
                k += 1
            if k >= len(tokens) or tokens[k] not in _LIST_JOINS:
                break
            k += 1
            while k < len(tokens) and tokens[k] in _BEFORE_A_NAME:
                k += 1
            if k >= len(tokens) or tokens[k] not in vocabulary:
                break
            while k < len(tokens) and tokens[k] in vocabulary:
                negated_at.add(k)
                k += 1
            j = k
    if not negated_at:
        return _words(normalised), set()
    said = _words(" ".join(token for i, token in enumerate(tokens) if i not in negated_at))
    return said, {tokens[i] for i in negated_at}


def with_heard(heard: Mapping[str, str], slots: Mapping[str, SlotValue], account: Account) -> dict[str, str]:
    """``heard`` with a flow's slots added (the latest value of each). A charge heard without a
    card of its own takes the place of a card heard before it with the card it was made on, so
    the hand-off never names one card beside a charge on another."""
    merged = dict(heard)
    merged.update({name: value.shown for name, value in slots.items()})
    if "charge" in slots and "card" not in slots and "card" in merged:
        charge = charge_of(account, slots["charge"].value)
        card = account.card(charge.card) if charge else None
        if card is not None:
            merged["card"] = card_shown(card, account)
    return merged


def _authorized_user(ctx: SlotContext) -> Resolution:
    users = ctx.account.authorized_users
    if not users:
        return Resolution(say="none")
    options = tuple(SlotValue(user.last_four, f"{user.name} (card ending {user.last_four})") for user in users)
    picked = _choose(ctx) or _confirm_only_choice(ctx)  # "yes" when the one user was listed
    if picked is None:
        words = _said_words(ctx)
        digits = set(_FOUR.findall(ctx.text))
        # names folded as the message is ("José García" is said "jose" as often as "josé")
        named = {opt: len(_words(fold(user.name).lower()) & words) for user, opt in zip(users, options)}
        by_digits = [opt for user, opt in zip(users, options) if user.last_four in digits]
        most = max(named.values(), default=0)
        # "Ana Maria" beside Ana Lucía and Ana María: the user the most words name
        picked = _one(by_digits) if by_digits else _one([opt for opt, count in named.items() if most and count == most])
    if picked is not None:
        return Resolution(picked)
    if not ctx.answering and len(users) == 1 and ctx.params.get("ask") != "always":
        return Resolution(options[0])
    return Resolution(say="not_understood" if ctx.answering else "ask", choices=options)


# ----- charges and statements ------------------------------------------------------------------
_MERCHANT_NOISE = {"the", "inc", "com", "store", "online", "llc", "co", "shop", "market", "www", "and", "of", "trip", "oil", "pay"}
# words that pick a card or an option, not a merchant: "the new one" is no charge at HILTON NEW YORK
_MERCHANT_NOISE |= {"new", "old", "newer", "older", "newest", "oldest", "one", "other", "my", "card"}


def charge_of(account: Account, key: str) -> Transaction | None:
    try:
        return account.transactions[int(key)]
    except (ValueError, IndexError):
        return None


def charge_shown(charge: Transaction) -> str:
    pending = " (pending)" if charge.pending else ""
    return f"{money(charge.amount)} at {charge.merchant} on {long_date(charge.date)}{pending}"


def latest_disputed_charge(account: Account, cases: tuple[Case, ...]) -> SlotValue | None:
    """The charge of the latest dispute or fraud claim on the account, as a charge slot's value."""
    disputes = [case for case in cases if case.charge and case.account == account.id and case.kind in DISPUTE_KINDS]
    if not disputes:
        return None
    shown = max(disputes, key=lambda case: case.opened).charge
    found = next((i for i, t in enumerate(account.transactions) if charge_shown(t) == shown), None)
    return SlotValue(str(found), shown) if found is not None else None


DISPUTE_KINDS = frozenset({"dispute", "fraud_claim", "dispute_review"})


# words of merchants' names that everyday questions use too ("what did i buy", "my city", "a hotel")
_EVERYDAY_WORDS = frozenset(
    {"buy", "best", "whole", "foods", "food", "city", "parking", "air", "lines", "coffee", "hotel", "bill", "cash", "bar"}
    | {"grill", "cafe", "restaurant", "pharmacy", "travel", "airlines", "gas", "station", "service", "services", "center"}
    | {"club", "bank", "home", "house", "kitchen", "market", "express", "apple", "target", "delta", "spirit", "frontier"}
)


def names_a_merchant(account: Account, text: str, normalised: str, *, distinctly: bool = False) -> bool:
    """Whether a message names a merchant of one of the account's charges; ``distinctly``: by a
    word of its name that everyday questions do not use ("staples", "netflix"; not "buy" of BEST
    BUY or "city" of CITY PARKING)."""
    words = _words(normalised) | _words(text.lower())
    if distinctly:
        words -= _EVERYDAY_WORDS
    return any(_merchant_hits(t, words) for t in account.transactions if t.amount > 0)


def merchants_named(account: Account, text: str, *, credits: bool = False) -> frozenset[str]:
    """The merchants of the account's charges (or, ``credits``, of its refunds) whose names the
    message holds the most words of ("trader joes" is TRADER JOE'S, "dunkin" DUNKIN #3314); none
    when it names none."""
    words = _words(fold(text).lower()) - (_EVERYDAY_WORDS if credits else frozenset())
    hits = {t.merchant: _merchant_hits(t, words) for t in account.transactions if (t.amount < 0 if credits else t.amount > 0)}
    best = max(hits.values(), default=0)
    return frozenset(merchant for merchant, hit in hits.items() if hit and hit == best)


def _merchant_hits(charge: Transaction, words: set[str]) -> int:
    names = merchant_words(charge.merchant)
    return len(names & words) if names else 0


@lru_cache(maxsize=4096)
def merchant_words(merchant: str) -> frozenset[str]:
    """The words that name a merchant ("TOÑO" is "tono", not "to" and "o"): a merchant's charges
    are looked at for every message that may name one, so its words are worked out once. A
    single letter names it only when nothing else does: CHICK-FIL-A is not "a charge"."""
    folded = fold(merchant).lower()
    words = frozenset(_words(folded) - _MERCHANT_NOISE) | _joined_tokens(folded)
    aliases = merchant_aliases()
    words |= {alias for word in words for alias in aliases.get(word, ())}  # AMZN is "amazon" too
    return frozenset(word for word in words if len(word) > 1) or words


@lru_cache(maxsize=1)
def merchant_aliases() -> Mapping[str, tuple[str, ...]]:
    """``amexsim/data/merchant_aliases.yaml``: the names customers use for descriptor words."""
    doc = YamlDoc(package_data("merchant_aliases.yaml"), DataFileError)
    return {
        str(word): tuple(str(name) for name, _ in doc.strings(node, f"names of {word!r}"))
        for word, node in doc.mapping(doc.root, "the merchant aliases file", ANY_KEY).items()
    }


def _joined_tokens(text: str) -> frozenset[str]:
    """ "B&H", "AT&T": a name joined by "&" as one word ("bh"), which its letters alone are too short to be."""
    return frozenset(re.sub(r"[^a-z0-9]", "", token) for token in text.split() if "&" in token and len(token) <= 8) - {""}


def _charge(ctx: SlotContext) -> Resolution:
    """The charge meant. A flow that wants charges of one status (``status: posted``) looks among
    those first; a charge named that only has the other status is still found, so the flow's
    check can say why it won't do (Pay with Points on a pending charge) instead of asking again."""
    charges = [(i, t) for i, t in enumerate(ctx.account.transactions) if t.amount > 0 and t.date <= ctx.today]
    if not charges:  # nothing to choose from: say so rather than list nothing
        return Resolution(say="none")
    credit = _credit_named(ctx, charges)
    if credit is not None:
        return credit
    status = ctx.params.get("status")
    if status not in ("posted", "pending"):
        return _charge_among(ctx, charges)
    found = _charge_among(ctx, [(i, t) for i, t in charges if t.status == status])
    if found.value is not None or found.say == "ask_choice":
        return found
    other = _charge_among(ctx, [(i, t) for i, t in charges if t.status != status])
    return other if other.value is not None or other.say == "ask_choice" else found


_BARE_NUMBER = re.compile(r"(?<![0-9])[0-9]{1,6}(?:\.[0-9]{2})?(?![0-9])")


def _bare_amount(normalised: str, charges: list[tuple[int, Transaction]]) -> Amount | None:
    """A number said alone, in answer to which charge it is, that is a charge's amount in dollars
    (with or without its cents): "329" for $329.00. Other numbers (a day, a count) are left alone."""
    amounts = {t.amount for _, t in charges} | {t.amount.to_integral_value(rounding="ROUND_FLOOR") for _, t in charges}
    for found in _BARE_NUMBER.findall(normalised):
        value = Decimal(found)
        if value in amounts and value >= 10:
            return Amount(value, "$")
    return None


def _credit_named(ctx: SlotContext, charges: list[tuple[int, Transaction]]) -> Resolution | None:
    """ "dispute the $25.00 trader joe's credit": an amount that no charge has but a credit (money
    the merchant gave back) has is that credit, said as such; never swapped for the merchant's
    charge of another amount. The merchant's charges are listed, in case the refund was short."""
    amount = ctx.criteria.amount
    if amount is None or any(t.amount == amount.value for _, t in charges):
        return None
    words = _said_words(ctx) | (_words(ctx.criteria.merchant.lower()) if ctx.criteria.merchant else set())
    credits = [t for t in ctx.account.transactions if t.amount == -amount.value and t.date <= ctx.today]
    named = [t for t in credits if _merchant_hits(t, words)]
    if not named and any(_merchant_hits(t, words) for _, t in charges):
        return None  # the merchant named has no such credit: the amount may be what is wrong with its charge
    credit = max(named or credits, key=lambda t: t.date, default=None)
    if credit is None:
        return None
    same_merchant = [(i, t) for i, t in charges if t.merchant == credit.merchant and t.date <= credit.date]
    listed = sorted(same_merchant or charges, key=lambda it: it[1].date, reverse=True)[:6]
    choices = tuple(SlotValue(str(i), charge_shown(t)) for i, t in listed)
    fields = {"credit": {"amount": money(-credit.amount), "merchant": credit.merchant, "date": long_date(credit.date), "card": credit.card}}
    return Resolution(say="a_credit", choices=choices, fields=fields)


def _cards_said(ctx: SlotContext) -> set[str]:
    """The cards a message names by their last four or their holder's first name ("Chidi's card")."""
    words = _said_words(ctx)
    named = {digits for digits in _FOUR.findall(ctx.text) if ctx.account.card(digits) is not None}
    for card in ctx.account.cards:
        if card.holder != ctx.account.holder_name and card.holder.lower().split()[0] in words:
            named.add(card.last_four)
    return named


def _charge_with_card(charge: Transaction, account: Account) -> str:
    card = account.card(charge.card)
    holder = f" ({card.holder})" if card is not None and card.holder != account.holder_name else ""
    return f"{charge_shown(charge)}, on the card ending {charge.card}{holder}"


def _charge_among(ctx: SlotContext, charges: list[tuple[int, Transaction]]) -> Resolution:
    def value(item: tuple[int, Transaction]) -> SlotValue:
        return SlotValue(str(item[0]), charge_shown(item[1]))

    def recent() -> tuple[SlotValue, ...]:  # shown only when asking again: not worked out otherwise
        return tuple(value(item) for item in sorted(charges, key=lambda it: it[1].date, reverse=True)[:6])

    picked = _choose(ctx)
    if picked is not None:
        return Resolution(picked)
    words = _said_words(ctx)
    if in_month := _listed_in_month(ctx, charges, words):
        # "the september one" to a list that differs only by date ("actually, the november one": of the charge's twins)
        if len({(t.merchant, t.amount, t.date) for _, t in in_month}) == 1:  # one charge, or copies of it: the later
            return Resolution(value(max(in_month, key=lambda it: (it[1].date, it[0]))))
        return Resolution(say="ask_choice", choices=tuple(value(item) for item in in_month))
    amount, when = ctx.criteria.amount, ctx.criteria.date
    if amount is None and ctx.answering:
        amount = _bare_amount(ctx.normalised, charges)  # "yeah that's the one, 329" to "which charge is it?"
    merchant_words = words | (_words(ctx.criteria.merchant.lower()) if ctx.criteria.merchant else set())
    by_merchant = any(_merchant_hits(t, merchant_words) for _, t in charges)
    if amount is None and when is None and not by_merchant:
        if ctx.answering:
            return Resolution(say="not_understood", choices=ctx.choices or recent())
        return Resolution(say="ask")
    fits = charges
    if amount is not None:
        with_amount = [(i, t) for i, t in fits if t.amount == amount.value]
        if not with_amount and amount.value == amount.value.to_integral_value():
            # "the 167 one" of $167.21: dollars said without the cents
            with_amount = [(i, t) for i, t in fits if t.amount.to_integral_value(rounding="ROUND_FLOOR") == amount.value]
        # "the ristorante roma charge, they charged me $98.20 but the bill was $88.20": when no charge
        # has the amount, the merchant named decides (the amount may be what is wrong with it)
        fits = with_amount if with_amount or not by_merchant else fits
    if by_merchant:
        best = max(_merchant_hits(t, merchant_words) for _, t in fits) if fits else 0
        fits = [(i, t) for i, t in fits if best and _merchant_hits(t, merchant_words) == best]
    if when is None and len(fits) > 1 and len(months := _months_named(words - _NOT_ONLY_A_MONTH)) == 1:
        fits = [(i, t) for i, t in fits if t.date.month == months[0]] or fits  # "the HEB one from september"
    near = fits
    if when is not None:
        exact = [(i, t) for i, t in fits if t.date == when]
        near = exact or [(i, t) for i, t in fits if abs((t.date - when).days) <= 3]
    if ctx.choices and len(near) > 1:  # an answer narrowing the listed options
        listed = {c.value for c in ctx.choices}
        near = [(i, t) for i, t in near if str(i) in listed] or near
    if len(near) > 1:  # "the apple store charge on Chidi's card": the card named picks among them
        on_cards = _cards_said(ctx)
        near = [(i, t) for i, t in near if t.card in on_cards] or near
    reason = ctx.slots.get("reason")
    latest = ctx.params.get("identical") == "latest" or (reason is not None and reason.value == "duplicate")
    if latest and len(near) > 1:  # charged twice: the charges that have a twin
        twice = [(i, t) for i, t in near if sum((u.merchant, u.amount) == (t.merchant, t.amount) for _, u in near) > 1]
        near = twice or near
    same = len({(t.merchant, t.amount) for _, t in near}) == 1
    one_card = len({t.card for _, t in near}) == 1  # the same purchase on two cards is two purchases, not one billed twice
    if len(near) > 1 and same and one_card and (latest or len({t.date for _, t in near}) == 1):
        near = [max(near, key=lambda it: (it[1].date, it[0]))]  # copies of one charge: the later is the one to dispute
    if len(near) == 1:
        return Resolution(value(near[0]))
    if len(near) > 1:
        listed = sorted(near, key=lambda it: it[1].date, reverse=True)[:8]
        if one_card or not same:
            return Resolution(say="ask_choice", choices=tuple(value(item) for item in listed))
        choices = tuple(SlotValue(str(i), _charge_with_card(t, ctx.account)) for i, t in listed)  # told apart by their cards
        return Resolution(say="ask_choice_cards", choices=choices)
    if when is not None and len(fits) == 1 and (amount is not None or by_merchant):
        return Resolution(value(fits[0]))  # the date was off by more than a few days: amount and merchant decide
    described = " ".join(
        part
        for part in (
            f"a {amount} charge" if amount is not None else "a charge",
            f"at {ctx.criteria.merchant}" if ctx.criteria.merchant else "",
            f"on {long_date(when)}" if when is not None else "",
        )
        if part
    )
    return Resolution(say="not_found", choices=recent(), fields={"criteria": {"text": described}})


def _listed_in_month(ctx: SlotContext, charges: list[tuple[int, Transaction]], words: set[str]) -> list[tuple[int, Transaction]]:
    """The listed charges (or, correcting a charge, its twins: same merchant and amount) made in
    the one month the answer names ("the november one"), if any."""
    current = charge_of(ctx.account, ctx.current.value) if ctx.current is not None else None
    if not (ctx.choices or current) or not ctx.answering:
        return []
    months = _months_named(words)
    if len(months) != 1:
        return []
    if ctx.choices:
        listed = {choice.value for choice in ctx.choices}
        return [(i, t) for i, t in charges if str(i) in listed and t.date.month == months[0]]
    assert current is not None
    twins = [(i, t) for i, t in charges if (t.merchant, t.amount) == (current.merchant, current.amount) and t.date.month == months[0]]
    # "what about the other one from october": the same merchant's charge that month, if no twin was
    return twins or [(i, t) for i, t in charges if t.merchant == current.merchant and t.date.month == months[0] and t is not current]


_NOT_ONLY_A_MONTH = frozenset({"may", "mar"})  # "it may be the other one": no month unless a date says so


def _months_named(words: set[str]) -> list[int]:
    """The months (1-12) the words name, by name or its first three letters ("sept" aside)."""
    return [number for number, name in enumerate(MONTHS, start=1) if name in words or name[:3] in words]


MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")


def statement_shown(statement: Statement) -> str:
    return f"the statement that closed on {long_date(statement.closing)}"


def _statement(ctx: SlotContext) -> Resolution:
    closed = sorted((s for s in ctx.account.statements if s.closing <= ctx.today), key=lambda s: s.closing, reverse=True)
    if not closed:
        return Resolution(say="none")
    options = tuple(SlotValue(s.closing.isoformat(), statement_shown(s)) for s in closed)
    picked = _choose(ctx)
    if picked is not None:
        return Resolution(picked)
    words = _words(ctx.normalised)
    when = ctx.criteria.date
    if when is not None and "due" in words:  # "my December 25 due date": the statement due that day (the year is often guessed)
        due_then = [i for i, s in enumerate(closed) if (s.due.month, s.due.day) == (when.month, when.day)]
        if len(due_then) == 1:
            return Resolution(options[due_then[0]])
    named = [i for i, s in enumerate(closed) if MONTHS[s.closing.month - 1] in words or MONTHS[s.closing.month - 1][:3] in words]
    if len(named) == 1:
        return Resolution(options[named[0]])
    keys = [option.value for option in options]
    if {"previous", "prior", "before", "earlier"} & words and ctx.current is not None and ctx.current.value in keys[:-1]:
        return Resolution(options[keys.index(ctx.current.value) + 1])  # "the one before that": before the one just talked about
    if {"previous", "prior", "before"} & words or "last month" in ctx.normalised:
        return Resolution(options[1] if len(options) > 1 and "last month" not in ctx.normalised else options[0])
    if ctx.criteria.date is not None:
        covering = [i for i, s in enumerate(closed) if s.closing >= ctx.criteria.date]
        if covering:
            return Resolution(options[covering[-1]])
    if ctx.answering:
        return Resolution(say="not_understood", choices=options)
    return Resolution(options[0], say="latest")  # the latest statement, unless another was named (or "it" points back)


def payment_value(payment: Payment) -> SlotValue:
    """A payment as a slot value: its date and amount, which name it on the account."""
    return SlotValue(f"{payment.date.isoformat()} {payment.amount}", f"{money(payment.amount)} on {long_date(payment.date)}")


def payment_of(account: Account, value: str) -> Payment | None:
    """The account's payment a payment slot value names."""
    return next((p for p in account.payments if payment_value(p).value == value), None)


def payment_fits(payment: Payment, amount: Amount | None, when: date | None) -> bool:
    """A payment named by its amount and a date within three days of it (either may be missing)."""
    return (amount is None or payment.amount == amount.value) and (when is None or abs((payment.date - when).days) <= 3)


def _payment(ctx: SlotContext) -> Resolution:
    """A payment named by amount or date ("the $140 one", "the one on the 27th"), else the latest
    (or the one the conversation was just about: see the flow's referred_back)."""
    payments = sorted(ctx.account.payments, key=lambda p: p.date, reverse=True)
    if not payments:
        return Resolution(say="none")
    options = tuple(map(payment_value, payments))
    picked = _choose(ctx)
    if picked is not None:
        return Resolution(picked)
    amount, when = ctx.criteria.amount, ctx.criteria.date
    fits = [option for payment, option in zip(payments, options) if (amount or when) and payment_fits(payment, amount, when)]
    if fits:
        return Resolution(fits[0])
    if ctx.answering:
        return Resolution(say="not_understood", choices=options)
    return Resolution(options[0], say="latest")


# ----- values typed by the customer ----------------------------------------------------------------
_ORDINAL_DAYS = {
    word: number
    for number, word in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ],
        start=1,
    )
}
_ORDINAL_DAYS.update({f"twenty {word}": 20 + n for word, n in list(_ORDINAL_DAYS.items())[:9]})
_DAY = re.compile(r"(?<![\d$.,/])(\d{1,2})(st|nd|rd|th)?(?![\d.,/]|\s*(?:dollars|%|am|pm))")


def _day_of_month(ctx: SlotContext) -> Resolution:
    text = ctx.normalised
    number = None
    for found in _DAY.finditer(ctx.text.lower()):
        before = ctx.text.lower()[max(0, found.start() - 8) : found.start()]
        if found.group(2) or ctx.answering or re.search(r"(?:the|to|on)\s*$", before):
            number = int(found.group(1))
            break
    if number is None:
        for word, value in sorted(_ORDINAL_DAYS.items(), key=lambda item: -len(item[0])):
            if re.search(rf"\bthe {word}\b", text) or (ctx.answering and re.search(rf"\b{word}\b", text)):
                number = value
                break
    if number is None:
        return Resolution(say="not_understood" if ctx.answering else "ask")
    if not ctx.policies.earliest_due_day <= number <= ctx.policies.latest_due_day:
        return Resolution(say="not_understood")
    return Resolution(SlotValue(str(number), ordinal(number)))


def ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


_BARE_AMOUNT = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*(k|thousand)?\b", re.IGNORECASE)


def _amount(ctx: SlotContext) -> Resolution:
    found = find_amount(ctx.text)
    value = found.value if found else None
    if value is None and ctx.answering:
        bare = _BARE_AMOUNT.search(ctx.text)
        if bare:
            try:
                value = Decimal(bare.group(1).replace(",", "") + (f".{bare.group(2)}" if bare.group(2) else ""))
            except InvalidOperation:
                value = None
            if value is not None and bare.group(3):
                value *= 1000
    if value is None or value <= 0 or value > Decimal(10_000_000):
        return Resolution(say="not_understood" if ctx.answering else "ask")
    return Resolution(SlotValue(str(value.quantize(Decimal("0.01"))), money(value)))


_ZIP_CODE = re.compile(r"(?<![\d$.,/-])\d{5}(?:-\d{4})?(?!\d|[.,/-]\d)")
_STREET_START = re.compile(r"(?<![\w$.,/-])\d{1,6}[A-Za-z]?\s+[A-Za-z]")
_STATE = re.compile(r"\b[A-Za-z]{2}\s*,?\s*$")
_ANY_DIGIT = re.compile(r"\d")


def may_hold_address(text: str) -> bool:
    """False when ``text`` surely holds no address (it has no digit, so no ZIP code): most
    messages are not looked at closely."""
    return _ANY_DIGIT.search(text) is not None


def _address(ctx: SlotContext) -> Resolution:
    address = address_in(ctx.text)
    if address is None:
        return Resolution(say="not_understood" if ctx.answering else "ask")
    return Resolution(SlotValue(address, address))


def address_in(text: str) -> str | None:
    """A US address: a street number, words, a city, a state and a ZIP code, the last such in
    the message; words may follow it ("..., MA 02139 instead", "..., MA 02118, my ssn is ...").
    Read with anchored searches, never a backtracking pattern."""
    for line in reversed(text.splitlines() or [text]):
        for zip_found in reversed(list(_ZIP_CODE.finditer(line))):
            start = _STREET_START.search(line, 0, zip_found.start())
            if not start:
                continue
            body = line[start.start() : zip_found.start()].strip(" ,")
            has_state = _STATE.search(body) is not None
            if len(_words(body.lower())) < 3 or not (has_state or "," in body):
                continue
            return " ".join(f"{body} {zip_found.group(0)}".replace(" ,", ",").split())
    return None


_PHONE = re.compile(r"(?<![\d\w])(?:\+?1[\s.-]?)?\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})(?!\d)")


def _phone(ctx: SlotContext) -> Resolution:
    found = _PHONE.search(ctx.text)
    if not found:
        return Resolution(say="not_understood" if ctx.answering else "ask")
    area, exchange, line = found.groups()
    if area[0] in "01" or exchange[0] in "01":
        return Resolution(say="not_understood")
    shown = f"({area}) {exchange}-{line}"
    return Resolution(SlotValue(shown, shown))


_EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24}\b")


def _email(ctx: SlotContext) -> Resolution:
    found = _EMAIL.search(ctx.text)
    if not found:
        return Resolution(say="not_understood" if ctx.answering else "ask")
    address = found.group(0).lower()
    return Resolution(SlotValue(address, address))


# A word of a name, in any script's letters ("Seán Ó Briain", "O'Connor-Núñez"); capitalised unless
# it follows "my brother", "my wife" ... (the relation says a name comes)
_NAME_WORD = r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_])){0,30}"
_NAME_LEAD = re.compile(r"\b(?:named|name is|called|add|for)\s+(?:(?:my|our)\s+(?P<relation>\w+)\s+)?")
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}")
_LEAD_IN = re.compile(r"^(?:(?:her|his|their|the)\s+(?:full\s+)?name\s+is|it\s+is|it's|its|that's|that\s+is|name:?)\s+", re.IGNORECASE)
_PLAIN_NAME = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}$")
# Words no one's name is made of: a request or a question ("show my recent transactions", "what is
# her name") is not a name, so it is answered as what it is, or the name is asked for again. Short
# words that are also names (An, Do, Ok, So, Lock, Fee, On, Last) are left out.
_NOT_NAME_WORDS = """
    i me my mine you your we our us it its this that these those he she him her his they them their
    what who whom whose which when where why how is are am was were be been does did can could would
    should shall must has have had not no yes okay please thanks thank the a to of for in at
    with from about and or show tell give get list see check help want need like pay send
    add remove cancel dispute card cards account accounts balance payment payments statement
    statements transaction transactions charge charges points recent due agent person human
"""
_NOT_NAME = frozenset(_NOT_NAME_WORDS.split())
_AFTER_A_NAME = frozenset({"as", "on", "too", "also", "please", "pls", "today", "now", "asap"})


def _person_name(ctx: SlotContext) -> Resolution:
    name = None
    for lead in _NAME_LEAD.finditer(ctx.text):
        found = _NAME_RUN.match(ctx.text, lead.end())
        if found is None:
            continue
        words = found.group().split()
        # the words up to the first that is no name ("Seán Ó Briain as an authorized user": three)
        kept = list(takewhile(lambda word: word.lower() not in _NOT_NAME and word.lower() not in _AFTER_A_NAME, words))
        capitalised = all(word[0].isupper() for word in kept)
        if len(kept) >= 2 and (capitalised or (lead.group("relation") or "").lower() in RELATIONS):
            name = " ".join(kept)
            break
    if name is None and ctx.answering:
        candidate = _LEAD_IN.sub("", ctx.text.strip().strip(".!"))
        if _PLAIN_NAME.match(candidate) and not _words(candidate.lower()) & _NOT_NAME:
            name = candidate
    if name is None:
        return Resolution(say="not_understood" if ctx.answering else "ask")
    name = " ".join(part[:1].upper() + part[1:] for part in name.split())
    return Resolution(SlotValue(name, name))


_ABOUT = re.compile(
    r"\b(?:about|regarding|concerning|for|with)\s+(?P<topic>(?:my|a|an|the|some)\s+\w.{2,}|\w+ing\b.*|\w.{6,})", re.IGNORECASE
)
_ALNUM = re.compile(r"[^\W_]")
_NO_TOPIC = {"a", "an", "the", "some", "my", "agent", "person", "human", "someone", "somebody", "representative", "rep", "live",
             "real", "actual", "operator", "please", "now", "you", "me", "chat", "talk", "speak", "line", "queue", "wait"}  # fmt: skip
_TOPIC_LEAD = re.compile(r"^(?:(?:it|this)(?:'s| is)\s+)?(?:about|regarding|concerning|re:?)\s+", re.IGNORECASE)


_STORY_WORDS = 12  # a request this long tells what happened ("third time I'm contacting you about ...")


def _text(ctx: SlotContext) -> Resolution:
    """Free text (what a hand-off or a complaint is about), long numbers withheld: it is copied
    into the agent's greeting, the packet and cases, where a later redaction cannot reach."""
    if ctx.answering:
        text = numbers_withheld(_TOPIC_LEAD.sub("", " ".join(ctx.text.split())))
        only_filler = set(ctx.normalised.split()) <= _FILLER_WORDS
        if len(_ALNUM.findall(text)) < 3 or only_filler or ctx.answers.is_yes(ctx.normalised) or ctx.answers.is_no(ctx.normalised):
            return Resolution(say="not_understood")  # "yes", "hmm ok" tell nothing that went wrong
        return Resolution(SlotValue(text[:300], text[:300]))
    if ctx.params.get("from_message") == "story":  # the request itself, when it tells the story
        text = numbers_withheld(" ".join(ctx.text.split()))
        return Resolution(SlotValue(text[:300], text[:300])) if len(text.split()) >= _STORY_WORDS else Resolution(say="ask")
    found = _ABOUT.search(ctx.text) if ctx.params.get("from_message") != "no" else None
    if found:
        topic = numbers_withheld(" ".join(found.group("topic").split()).strip(" .!?"))[:300]
        if not _words(topic.lower()) <= _NO_TOPIC:  # "for an agent" names no problem
            return Resolution(SlotValue(topic, topic))
    return Resolution(say="ask")


_FILLER_WORDS = frozenset(
    ["hmm", "hm", "mm", "ok", "okay", "k", "kk", "sure", "fine", "alright", "right", "um", "uh", "er", "yeah", "yep", "ya"]
    + ["cool", "thanks", "thank", "you", "got", "it", "i", "see", "oh", "ah", "well"]
)
_CASE = re.compile(r"\b([A-Za-z]{1,2})[- ]?(\d{7})\b")


def _case_number(ctx: SlotContext) -> Resolution:
    cases = sorted(ctx.cases, key=lambda case: case.opened, reverse=True)
    if not cases:
        return Resolution(say="none")
    options = tuple(SlotValue(case.number, f"{case.number}: {case.summary}") for case in cases[:8])
    numbers = {case.number for case in cases}
    for prefix, digits in _CASE.findall(ctx.text):
        number = prefix.upper() + digits
        if number in numbers:
            return Resolution(SlotValue(number, number))
        return Resolution(say="not_understood", choices=options)
    picked = _choose(ctx)
    if picked is not None:
        return Resolution(picked)
    named = _cases_naming_their_merchant(ctx, cases)
    if len(named) == 1 and not ctx.answering:  # "my Electro World dispute": that one, not the latest
        return Resolution(SlotValue(named[0].number, named[0].number))
    kind = ctx.params.get("kind")
    of_kind = [case for case in cases if kind and case.kind == kind]
    family = DISPUTE_KINDS if kind == "dispute" else {kind}
    if kind and not of_kind and not ctx.answering and not any(case.kind in family for case in cases):
        return Resolution(say="none")  # asked about a callback, a case of another kind is no answer
    if not ctx.answering and (of_kind or len(cases) == 1):
        chosen = (of_kind or cases)[0]
        return Resolution(SlotValue(chosen.number, chosen.number))
    return Resolution(say="not_understood" if ctx.answering else "ask", choices=options)


def _cases_naming_their_merchant(ctx: SlotContext, cases: list[Case]) -> list[Case]:
    """The cases about a charge whose merchant the message names."""
    text = ctx.text.lower()
    merchants = {t.merchant for t in ctx.account.transactions if re.search(rf"\b{re.escape(t.merchant.lower())}\b", text)}
    return [case for case in cases if case.charge and any(f" at {merchant} on " in case.charge for merchant in merchants)]


# "don't want", "no more", "not", "stop": the option named right after is declined
_DECLINED = re.compile(
    r"\b(?:do not want|do not need|no more|not|never|stop|hate|no longer want|turn off|switch off|disable"
    r"|instead of|rather than|in place of|en vez de|en lugar de)"
    r"(?: (?:that|the|any|those|these|this|my))? ?(?:[a-z]+ )?$"
)


def _words_said(option: Option, padded: str) -> list[str]:
    """The option's words the text (normalised, a space at each end) holds."""
    return [word for word in option.words if f" {word} " in padded]


_ONLY = 1000  # an option said with "only" or "just" outranks any other said


def names_a_card(account: Account, text: str) -> bool:
    """Whether a short answer names one of the account's cards, by its product or its last four
    ("the delta one", "4417"), and says little else."""
    words = _words(fold(text).lower())
    if len(words) > 5:
        return False
    cards = account.usable_cards()
    return any(card.last_four in words for card in cards) or len(_named_alike(set(words), cards, account.holder_name)) == 1


def options_named(options: tuple[Option, ...], normalised: str) -> frozenset[str]:
    """The keys of the options a text names: two of them in one message may be two requests."""
    padded = f" {normalised} "
    return frozenset(option.key for option in options if _words_said(option, padded))


def _choice(ctx: SlotContext) -> Resolution:
    options = ctx.spec.options
    listed = tuple(SlotValue(option.key, option.shown) for option in options)
    if ctx.answering:
        position = ctx.answers.ordinal(ctx.normalised, len(options))
        if position is not None:
            return Resolution(listed[position])
    padded = f" {ctx.normalised} "
    best: list[tuple[int, Option]] = []
    by_key = {option.key: option for option in options}
    for option in options:
        said = _words_said(option, padded)
        longest = max(map(len, said), default=0)
        if longest and all(_DECLINED.search(padded, 0, padded.index(f" {word} ") + 1) for word in said):
            if option.opposite not in by_key:
                continue  # "turn off email alerts, text only": not e-mail alerts; what is wanted is said elsewhere
            option = by_key[option.opposite]  # "i dont want that paperless thing": paper statements
        if longest and any(f" {word} only " in padded or f" only {word} " in padded or f" just {word} " in padded for word in said):
            longest += _ONLY  # "text only", "just text": the one wanted, however long the other option's words
        if longest:
            best.append((longest, option))
    if best:
        # "I didn't stay there, it's not mine": not having made the charge outranks not having received it
        best = [(length, option) for length, option in best if not any(option.key in other.outranks for _, other in best)] or best
        top = max(length for length, _ in best)
        winners = [option for length, option in best if length == top]
        if len(winners) == 1:
            return Resolution(SlotValue(winners[0].key, winners[0].shown))
    if ctx.answering and ctx.spec.otherwise and not _A_QUESTION.search(padded):
        # "waive?", "pls" to "did anything outside your control cause it?": none of the options named
        option = by_key[ctx.spec.otherwise]
        return Resolution(SlotValue(option.key, option.shown))
    return Resolution(say="not_understood" if ctx.answering else "ask", choices=listed if ctx.answering else ())


# "what do you mean?", "like what?": a question back, asked again rather than read as an answer
_A_QUESTION = re.compile(
    r"^ (?:what|which|why|how|huh|sorry|pardon|like what|such as|meaning|example|i do not understand|i don t understand|not sure)\b"
)


SLOT_TYPES: dict[str, Callable[[SlotContext], Resolution]] = {
    "card": _card,
    "authorized_user": _authorized_user,
    "charge": _charge,
    "statement": _statement,
    "payment": _payment,
    "day_of_month": _day_of_month,
    "amount": _amount,
    "address": _address,
    "phone": _phone,
    "email": _email,
    "person_name": _person_name,
    "text": _text,
    "case_number": _case_number,
    "choice": _choice,
}


@dataclass(frozen=True)
class SlotCatalog:
    """Every declared slot, by name."""

    specs: Mapping[str, SlotSpec]
    path: str

    def __contains__(self, name: object) -> bool:
        return name in self.specs

    def __getitem__(self, name: str) -> SlotSpec:
        return self.specs[name]


def load_slots(normalizer: Normalizer, path: str | Path | None = None) -> SlotCatalog:
    """Read ``amexsim/data/slots.yaml``: every slot's type, texts and options, checked."""
    location = Path(path) if path else package_data("slots.yaml")
    doc = YamlDoc(location, DataFileError)
    specs = {}
    for name, node in doc.mapping(doc.root, "the slots file", ANY_KEY).items():
        keys = doc.mapping(node, f"slot {name!r}", {"type", "options", "products", "otherwise", *_TEXT_KEYS}, {"type", "ask"})
        kind = doc.string(keys["type"], "type")
        if kind not in SLOT_TYPES:
            raise doc.fail(keys["type"], f"unknown slot type {kind!r} (expected one of: {', '.join(SLOT_TYPES)})")
        texts = {key: doc.string(keys[key], key) for key in _TEXT_KEYS if key in keys}
        options = _options(doc, keys["options"], name, normalizer) if "options" in keys else ()
        if (kind == "choice") != bool(options):
            raise doc.fail(node, f"slot {name!r}: 'options' go with type choice, and a choice slot needs them")
        products: frozenset[str] = frozenset()
        if "products" in keys:
            if kind != "card":
                raise doc.fail(keys["products"], f"slot {name!r}: 'products' go with type card")
            products = frozenset(normalizer.text(text) for text, _ in doc.strings(keys["products"], "products"))
        otherwise = doc.string(keys["otherwise"], "otherwise") if "otherwise" in keys else ""
        if otherwise and otherwise not in {option.key for option in options}:
            raise doc.fail(keys["otherwise"], f"slot {name!r}: 'otherwise' names no option of it ({otherwise!r})")
        specs[name] = SlotSpec(name, kind, texts, options, line_of(node), products, otherwise)
    return SlotCatalog(specs, str(location))


def _options(doc: YamlDoc, node: yaml.Node, slot: str, normalizer: Normalizer) -> tuple[Option, ...]:
    options = []
    for key, option_node in doc.mapping(node, f"options of slot {slot!r}", ANY_KEY).items():
        keys = doc.mapping(option_node, f"option {key!r}", {"shown", "words", "outranks", "opposite"}, {"shown", "words"})
        words = tuple(normalizer.text(text) for text, _ in doc.strings(keys["words"], "words"))
        outranks = frozenset(text for text, _ in doc.strings(keys["outranks"], "outranks")) if "outranks" in keys else frozenset()
        opposite = doc.string(keys["opposite"], "opposite") if "opposite" in keys else ""
        options.append(Option(key, doc.string(keys["shown"], "shown"), tuple(word for word in words if word), outranks, opposite))
    return tuple(options)
