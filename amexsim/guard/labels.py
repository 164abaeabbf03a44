"""Numbers labelled, right before them, as an identifier that is neither a card nor an SSN.

A phone's IMEI uses the Luhn check; a tracking number, an IBAN or a log id is long enough to
pass it by chance; an insurance policy number can be laid out 3-2-4. Named so, with no card or
SSN word near to say otherwise ("my card, not the tracking number, is ..."), the number is that
identifier. A number that passes Luhn and is shaped like an issued card ("tracking 4144 8326
6536 7038") stays a card whatever it is called: the label only settles the numbers no card
network issues (issued_shape) and those with the identifier's own letters glued on ("DE44 ...").
"""

from __future__ import annotations

import re

from .words import at_word_start, by_first_letter

_IDENTIFIERS = """
tracking iban imei imeisv meid iccid esn sim serial s/n trace traceability waybill awb usps ups fedex dhl shipment
parcel package policy confirmation conf claim ticket invoice booking reservation itinerary pnr routing aba swift bic
vin isbn upc ean gtin sku asin model device license licence passport patient npi medicare medicaid timestamp
""".split()  # noqa: SIM905 - a word list reads better as text
# Words that say which id a number is ("log id", "request id"): a number named so is a record's id.
_ID_OWNERS = "log|request|session|correlation|event|error|device|build|job|batch|transaction|trace|message|incident|ticket|user"
_ID_OWNERS += "|employee|student|customer|badge|staff|booking|order"
# What may stand between a label and its number: "number", a link ("#", ":", "is").
_NUMBER_LINK = r"(?:\s++(?:number|num|no|id|code|ref|reference))?\b\.?[ \t]*+(?:#|:|=|-|is\b|was\b|es\b|era\b)?[ \t]*+"
_OWNED_BY = r"(?:[ \t]++(?:of|for|on)[ \t]++(?:my|the|our|this|his|her)[ \t]++[a-z]{2,12})?"
_LABEL = re.compile(
    # "IMEI2 3579...": a label may carry its own index digit.
    # "the IMEI of my phone is ...": what the identifier belongs to may come between.
    rf"\b(?:(?:{by_first_letter(_IDENTIFIERS)})[0-9]?{_OWNED_BY}{_NUMBER_LINK}"
    rf"|(?:{_ID_OWNERS})[ -]?id{_NUMBER_LINK})"
    # A short letter prefix glued to the number ("IBAN DE44 ...", "serial SN-4111").
    r"(?:[a-z]{1,4}-?)?$"
)
# An SSN's 3-2-4 layout is no card's, so a plain reference label settles it too ("case 412-73-9018").
_REFERENCE_LABEL = re.compile(
    rf"\b(?:case|order|ref|reference|reservation|member|membership|loan|referencia|reclamo|reclamacion|folio|caso|pedido|orden"
    rf"|expediente|solicitud){_NUMBER_LINK}$"
)
# Card and SSN words: either naming the number keeps it a secret whatever else labels it. An SSN word
# anywhere near does; a card word only where it names this number (a card is bought with, not an IMEI).
_SSN_WORDS = "ssn|social|security|soc|tax ?id|seguro"
_SECRET_WORDS = f"card|cards|amex|visa|mastercard|discover|credit|debit|cc|ccn|pan|tarjeta|{_SSN_WORDS}"
# After the number: a device for cards names no card ("the card reader stopped working"), and a
# plural names cards in general ("keeps rejecting chip cards"), not this number.
# "..., I bought it with the card": a card paid with is not the number.
_SECRET_WORD_AFTER = re.compile(
    rf"(?<!with the )(?<!with my )(?<!using the )(?<!using my )\b(?:{_SECRET_WORDS.replace('|cards|', '|')})\b"
    r"(?! (?:reader|readers|machine|terminal|slot|swiper))"
)
# Started on a letter (at_word_start), so a search skips ahead to the letters that can start a match.
_SECRET_WORD_BEFORE = re.compile(rf"(?:{at_word_start(_SECRET_WORDS.split('|'))})(?<!sim card)[ \t]*+$")  # a SIM card is no payment card
_SSN_WORD = re.compile(rf"(?:{at_word_start(_SSN_WORDS.split('|'))})\b")


def issued_shape(digits: str) -> bool:
    """Whether a card network issues numbers of this length starting so (Amex 34/37 with 15 digits,
    Visa 4 with 13, 16 or 19, Mastercard 51-55 and 2221-2720 with 16, Diners, JCB, Discover, UnionPay, Maestro)."""
    n, two = len(digits), digits[:2]
    if two in ("34", "37"):
        return n == 15
    if two[:1] == "4":
        return n in (13, 16, 19)
    if "51" <= two <= "55" or "2221" <= digits[:4] <= "2720":
        return n == 16
    if two in ("30", "36", "38", "39"):
        return n >= 14
    return (two == "35" and n >= 16) or two[:1] in ("5", "6")


def labelled_other(s: str, start: int, end: int, label: re.Pattern[str] = _LABEL) -> bool:
    """Whether the number at s[start:end] is labelled right before it as another identifier, with
    no card or SSN word naming it: between the label and the number, within 32 characters after it,
    or right before the label ("card tracking number ..."); an SSN word within 48 characters before it.
    A card word further back names something else ("the phone I bought with my card has IMEI ...")."""
    labelled = label.search(s, max(0, start - 40), start)
    if not labelled:
        return False
    if _SECRET_WORD_BEFORE.search(s, max(0, labelled.start() - 24), labelled.start()) or _SSN_WORD.search(s, max(0, start - 48), start):
        return False
    return not _SECRET_WORD_AFTER.search(s, labelled.start(), min(len(s), end + 32))


def labelled_reference(s: str, start: int, end: int) -> bool:
    """Whether the SSN-shaped number at s[start:end] is labelled as another identifier or a reference."""
    return labelled_other(s, start, end) or labelled_other(s, start, end, _REFERENCE_LABEL)
