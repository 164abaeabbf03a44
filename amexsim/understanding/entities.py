"""Entities found in a message: amounts, dates, merchant names, last four digits, ZIP codes.

Extraction runs on the guard-redacted text (so it never sees a full card number) and
resolves relative dates against the injected clock, never the wall clock.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import NamedTuple

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_WORD = "|".join(sorted(_MONTHS, key=len, reverse=True))

_AMOUNT = re.compile(
    r"(?P<cur>[$£€])\s?(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,9}(?:[.,]\d{1,2})?)(?!\d)"
    r"|(?<![\d.,])(?P<num2>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,9}(?:\.\d{1,2})?)\s?(?P<word>dollars?|usd|bucks|euros?|pounds?)\b"
    # without a sign: dollars and cents ("it was 28.14 not 82.14"), or a number said of a charge ("the 356 charge")
    r"|(?<![\d.,/:#-])(?P<num3>\d{1,3}(?:,\d{3})+\.\d{2}|\d{1,7}\.\d{2})(?![\d%]|\.\d|,\d)"
    r"|\b(?:the|a|that|this)\s+(?P<num4>\d{1,5})\s+(?:dollar\s+)?(?:charge|charges|purchase|transaction)\b"
    r"|\b(?:the|that|this)\s+(?P<num5>\d{1,3})\s+one\b",  # not "the 4401 one", a card's last four
    re.IGNORECASE,
)
_NUMERIC_DATE = re.compile(r"(?<![\d/$.,])(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/(?P<y>\d{2}|\d{4}))?(?![\d/])")
_EXPIRY_BEFORE = re.compile(
    r"\b(?:exp|expiry|expires|expiring|expiration|exp date|valid thru|valid through|good thru)\b\W{0,3}(?:date\W{0,3})?(?:is\W{1,3})?$",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")
_NAMED_DATE = re.compile(
    rf"\b(?P<month>{_MONTH_WORD})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d{{2}})(?!\d))?"
    rf"|(?<![0-9][.,])\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH_WORD})\b(?:,?\s+(?P<year2>(?:19|20)\d{{2}})(?!\d))?",
    re.IGNORECASE,
)
# A day of the month alone, said of when something happened: "it was the 3rd", "on the 30th"
# (not "the 3rd one", which picks from a list, nor "the 3rd of November", a named date).
_DAY_ALONE = re.compile(
    rf"\b(?:on|was|from|since|not)\s+the\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)\b"
    rf"(?!\s+(?:of\s+)?(?:{_MONTH_WORD})\b)(?!\s+(?:one|ones|charge|charges|card|cards|option|item|transaction|payment|time)\b)",
    re.IGNORECASE,
)
_RELATIVE_DATE = re.compile(
    r"\b(?P<word>today|yesterday|day before yesterday)\b"
    r"|\b(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven)\s+(?P<unit>days?|weeks?)\s+ago\b"
    rf"|\blast\s+(?P<weekday>{'|'.join(_WEEKDAYS)})\b|\blast\s+week\b",
    re.IGNORECASE,
)
_SMALL_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_LAST_FOUR = re.compile(
    r"\b(?:last[\s-]*(?:four|4)(?:\s+digits)?(?:\s+(?:of|on)\s+(?:my|the)\s+(?:card|amex|account))?"
    r"|ending\s+(?:in|with)|ends\s+(?:in|with)|(?:card|one|amex)\s+(?:ending|ends))\s*(?:is|are|=|:|-)?\s*(?P<digits>\d{4})(?!\d)",
    re.IGNORECASE,
)
_ZIP = re.compile(r"\b(?:zip|zipcode|postal)(?:\s+code)?\s*(?:is|=|:|-)?\s*(?P<zip>\d{5})(?:-\d{4})?(?!\d)", re.IGNORECASE)
_MERCHANT = re.compile(
    r"\b(?:from|at|by|with)\s+(?P<name>(?:[A-Z0-9][\w&'.-]*)(?:\s+(?:[A-Z0-9&][\w&'.-]*|of|and|the))*)"
    r"|\b(?:from|at|by)\s+(?P<lower>[a-z][\w&'-]*(?:\s+[a-z][\w&'-]*){0,2}?)(?=\s+(?:on|for|that|which|last|yesterday|today|in|and|but|was|is|i|$)|[.,!?]|$)",
)
_DIGIT = re.compile(r"\d")
_DATE_WORDS = ("today", "yesterday", "ago", "last")  # a relative date holds one of these (_RELATIVE_DATE)
_DATE_WORD = re.compile(rf"\b(?:{'|'.join(_DATE_WORDS)})\b")
_MERCHANT_CUE = re.compile(r"\b(?:from|at|by|with)\s")
_NOT_MERCHANTS = {
    "my",
    "your",
    "our",
    "the",
    "a",
    "an",
    "this",
    "that",
    "it",
    "me",
    "you",
    "us",
    "them",
    "home",
    "least",
    "all",
    "first",
    "last",
    "work",
    "once",
    "some",
    "any",
    "i",
    "amex",
    "american",
}


@dataclass(frozen=True)
class Amount:
    """A sum of money as written, with its currency symbol."""

    value: Decimal
    currency: str

    def __str__(self) -> str:
        return f"{self.currency}{self.value:,.2f}"


class Entities(NamedTuple):
    """Everything extracted from one message; ``None`` where nothing was found."""

    amount: Amount | None = None
    date: date | None = None
    merchant: str | None = None
    last_four: str | None = None
    zip: str | None = None

    def as_dict(self) -> dict[str, str]:
        """Plain strings for traces, JSON output and reply templates."""
        if self.count(None) == len(self):  # most messages: nothing found
            return {}
        values = {"amount": self.amount, "date": self.date, "merchant": self.merchant, "last_four": self.last_four, "zip": self.zip}
        return {key: (value.isoformat() if isinstance(value, date) else str(value)) for key, value in values.items() if value is not None}


# "it was November 5th. Actually no, it was October 30th": what a message corrects itself to.
_SELF_CORRECTION = re.compile(
    r"\b(?:actually(?:,)? no|no wait|wait(?:,)? no|sorry(?:,)? (?:i mean|i meant|it was|it's|make that)|i mean(?:t)?|correction"
    r"|scratch that|make that|or rather|not (?:that|the) one)\b[,:;.!\s-]*",
    re.IGNORECASE,
)


def extract(text: str, now: datetime) -> Entities:
    """Find the entities of one message, resolving relative dates against ``now``; a value the
    message corrects itself to ("November 5th. Actually no, October 30th") wins over the first."""
    found = _extract(text, now)
    if found is _NOTHING_FOUND:
        return found
    last = max(_SELF_CORRECTION.finditer(text), key=re.Match.end, default=None)  # the last correction stands
    if last is None or last.end() >= len(text):
        return found
    corrected = _extract(text[last.end() :], now)
    return Entities(*(new if new is not None else old for new, old in zip(corrected, found)))


def _extract(text: str, now: datetime) -> Entities:
    """The entities of a text (most messages hold no digit and no date word; cheap checks skip
    the patterns that could not match them)."""
    has_digit = _DIGIT.search(text) is not None
    lower = text.lower()
    dated = has_digit or _has_date_word(lower)
    merchant = find_merchant(text) if _MERCHANT_CUE.search(lower) else None
    if not dated and merchant is None:
        return _NOTHING_FOUND
    return Entities(
        amount=find_amount(text) if has_digit else None,
        date=find_date(text, now.date()) if dated else None,
        merchant=merchant,
        last_four=find_last_four(text) if has_digit else None,
        zip=_group(_ZIP, text, "zip") if has_digit else None,
    )


_NOTHING_FOUND = Entities()


def find_last_four(text: str) -> str | None:
    """Four digits the message names as a card's last four ("the card ending 4417"); not a bank
    account's ("from my checking account ending in 2231")."""
    for match in _LAST_FOUR.finditer(text):
        if not _BANK_ACCOUNT_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            return match.group("digits")
    return None


_BANK_ACCOUNT_BEFORE = re.compile(
    r"\b(?:checking|chequing|savings|bank|brokerage|routing)(?: account| acct)?(?: number| no\.?)?[ \t]*+$", re.IGNORECASE
)


def _has_date_word(lower: str) -> bool:
    """``_DATE_WORD`` on lower-cased text, its words looked for as plain text first (quicker)."""
    return any(map(lower.__contains__, _DATE_WORDS)) and _DATE_WORD.search(lower) is not None


def _group(pattern: re.Pattern[str], text: str, name: str) -> str | None:
    match = pattern.search(text)
    return match.group(name) if match else None


def find_amount(text: str) -> Amount | None:
    """The first amount of money: ``$127.43``, ``$1,234``, ``40 dollars``, ``€15``."""
    match = _AMOUNT.search(text)
    if not match:
        return None
    number = _plain_number(match.group("num") or match.group("num2") or match.group("num3") or match.group("num4") or match.group("num5"))
    symbol = match.group("cur")
    if symbol is None:
        word = (match.group("word") or "dollars").lower()
        symbol = "€" if word.startswith("euro") else "£" if word.startswith("pound") else "$"
    return Amount(Decimal(number), symbol)


def _plain_number(written: str) -> str:
    """``1.234,56`` (European) and ``1,234.56`` (US) both become ``1234.56``."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+,\d{1,2}", written):
        return written.replace(".", "").replace(",", ".")
    return written.replace(",", "")


def find_date(text: str, today: date) -> date | None:
    """The first date; a date without a year is taken as the latest such date not after today."""
    found: list[tuple[int, date]] = []
    # Patterns that cannot match are skipped on what they must contain: a digit (the first
    # three), a "-" or a "/", or (ASCII text) one of the relative date words.
    has_digit = _DIGIT.search(text) is not None
    if has_digit and "-" in text:
        for match in _ISO_DATE.finditer(text):
            _append(found, match.start(), int(match["y"]), int(match["m"]), int(match["d"]))
    if has_digit and "/" in text:
        for match in _NUMERIC_DATE.finditer(text):
            if _EXPIRY_BEFORE.search(text, max(0, match.start() - 24), match.start()):
                continue  # "exp 09/29": a card's expiry (month and year), no day a charge was made
            year = match["y"]
            _append_loose(found, match.start(), today, int(match["m"]), int(match["d"]), year)
    if has_digit:
        for match in _NAMED_DATE.finditer(text):
            month = _MONTHS[(match["month"] or match["month2"]).lower()]
            day = int(match["day"] or match["day2"])
            _append_loose(found, match.start(), today, month, day, match["year"] or match["year2"])
        for match in _DAY_ALONE.finditer(text):
            _append_day(found, match.start(), today, int(match["day"]))
    if not text.isascii() or _has_date_word(text.lower()):  # IGNORECASE folds some non-ASCII letters too
        for match in _RELATIVE_DATE.finditer(text):
            found.append((match.start(), _relative(match, today)))
    return min(found)[1] if found else None


def _append(found: list[tuple[int, date]], position: int, year: int, month: int, day: int) -> None:
    with contextlib.suppress(ValueError):  # 31 February and friends are not dates
        found.append((position, date(year, month, day)))


def _append_day(found: list[tuple[int, date]], position: int, today: date, day: int) -> None:
    """The latest date with this day of the month not after today (this month's, or last month's)."""
    month, year = today.month, today.year
    for _ in range(3):
        with contextlib.suppress(ValueError):
            candidate = date(year, month, day)
            if candidate <= today:
                found.append((position, candidate))
                return
        month, year = (month - 1, year) if month > 1 else (12, year - 1)


def _append_loose(found: list[tuple[int, date]], position: int, today: date, month: int, day: int, year: str | None) -> None:
    if year is not None:
        full = int(year) + (2000 if len(year) == 2 else 0)
        _append(found, position, full, month, day)
        return
    for candidate_year in (today.year, today.year - 1):
        try:
            candidate = date(candidate_year, month, day)
        except ValueError:
            return
        if candidate <= today:
            found.append((position, candidate))
            return


def _relative(match: re.Match[str], today: date) -> date:
    word = (match["word"] or "").lower()
    if word == "today":
        return today
    if word == "yesterday":
        return today - timedelta(days=1)
    if word == "day before yesterday":
        return today - timedelta(days=2)
    if match["n"]:
        count = _SMALL_NUMBERS.get(match["n"].lower()) or int(match["n"])
        return today - timedelta(days=count * (7 if match["unit"].lower().startswith("week") else 1))
    if match["weekday"]:
        target = _WEEKDAYS.index(match["weekday"].lower())
        back = (today.weekday() - target) % 7 or 7
        return today - timedelta(days=back)
    return today - timedelta(days=7)


def find_merchant(text: str) -> str | None:
    """A merchant named after from/at/by: ``from XYZ Store``, ``at amazon``."""
    for match in _MERCHANT.finditer(text):
        name = match["name"] or match["lower"]
        words = name.split()
        if "I" in words:  # "from Spotify I don't recognise": the pronoun ends the name
            words = words[: words.index("I")]
        while words and words[-1].lower() in {"of", "and", "the", "on", "for"}:
            words.pop()
        if not words or words[0].lower() in _NOT_MERCHANTS or words[0][0].isdigit() or words[0].startswith("$"):
            continue
        if re.fullmatch(r"\d[\d/.-]*", words[0]):
            continue
        return " ".join(words).rstrip(".,")
    return None
