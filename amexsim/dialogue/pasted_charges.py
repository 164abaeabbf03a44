"""A charge named by its line alone: "11/08/2026 HOTEL BAIRRO ALTO LISBOA LISBON PT $412.30", "spotify
usa 11.99?", "Nov 19  SEPHORA  -6690  $64.20 - I don't remember this".

Customers paste a line of their statement, or type a merchant and an amount, and expect the charge to
be looked at. The matcher knows no account: a merchant's name and a sum read to it as nothing it
serves (off-topic, or no reading at all). When such a message names a charge of the account by its
merchant and its exact amount, it is a question about that charge: read as "what is this charge"
(or as what the rest of the message says of it, "i don't remember this"), while the message itself,
kept as typed, gives the flow the merchant, the amount and the date to find the charge by.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..bank.accounts import Account
from ..understanding.matcher import Match, Matcher
from .slots import merchant_words, merchants_named

# Domains that serve no request: a reading of these leaves the message free to name a charge
_NO_REQUEST = frozenset({"unsupported", "smalltalk"})
_ABOUT_A_CHARGE = frozenset({"dispute_charge", "fraud_report", "billing_payment"})
_MONEY = re.compile(r"(?<![\d.,])\$?(\d{1,3}(?:,\d{3})+|\d+)\.(\d{2})(?![\d])")
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_QUESTION = "what is this charge"
_MONTHS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


def charge_named_alone(match: Match, text: str, account: Account, matcher: Matcher) -> Match:
    """``match``, or, when it reads no request and the message names one of the account's charges by
    its merchant and exact amount, the reading of a question about that charge."""
    if match.outcome == "intent" and match.intent is not None and match.intent.domain not in _NO_REQUEST:
        return match
    amounts = set(_amounts(text))
    if not amounts:
        return match
    merchants = merchants_named(account, text)
    named = [t for t in account.transactions if t.merchant in merchants and abs(t.amount) in amounts]
    if not named:
        return match
    rest = _rest(text, {word for t in named for word in merchant_words(t.merchant)})
    if len(rest.split()) >= 2:
        # "... - I don't remember this": what the message says of the charge
        other = matcher.match(f"{rest} this charge")
        if other.outcome == "intent" and other.intent is not None and other.intent.domain in _ABOUT_A_CHARGE:
            return other._replace(normalised=match.normalised)
    question = matcher.match(_QUESTION)
    return question._replace(normalised=match.normalised) if question.intent is not None else match


def _amounts(text: str) -> list[Decimal]:
    out = []
    for whole, cents in _MONEY.findall(text):
        try:
            out.append(Decimal(f"{whole.replace(',', '')}.{cents}"))
        except InvalidOperation:
            continue
    return out


def _rest(text: str, merchant: set[str]) -> str:
    """The message's own words: not the merchant's, not a pasted line's capitals ("LISBON PT", the
    card member's name), not its numbers, dates or card ending."""
    words = [w for w in _WORD.findall(text) if not w.isupper() and w.lower() not in merchant and w.lower() not in _MONTHS]
    return " ".join(words).strip()
