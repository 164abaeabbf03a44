"""Verification details said in everyday forms: a message that holds nothing but the last 4
digits of a card and a ZIP code, each named in any common way ("my zip code is 10001", "and the
card ends with 2468", "L4 1234 Z 10001"), and digits spelled out as words ("one two three four,
one zero zero zero one", "six oh six oh one").

The flow's own reading of details (``TurnBuilder.verification_answer``) stays the authority; this
module only says which details such a message gives, so one given unprompted is kept, not read
as a question."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIGIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
                "six": "6", "seven": "7", "eight": "8", "nine": "9"}  # fmt: skip
# "last four" names the detail; its "four" is no digit
_LAST_FOUR_WORDS = re.compile(r"\blast\s+four\b", re.IGNORECASE)
_DIGIT_WORD = "|".join(_DIGIT_WORDS)
# four digit words or more in a row, parted by spaces, commas or hyphens at most
_SPELLED_RUN = re.compile(rf"\b(?:{_DIGIT_WORD})(?:[\s,-]+(?:{_DIGIT_WORD})){{3,}}\b", re.IGNORECASE)
_WORD_SPLIT = re.compile(r"[\s,-]+")

# What names each detail, longest first; then words that may stand around them and say nothing else.
_LABELS_LAST_FOUR = re.compile(
    r"\b(?:last\s*(?:4|four)(?:\s+digits?)?(?:\s+(?:of|on)\s+(?:my|the)\s+(?:card|amex|account))?|l4"
    r"|card\s+(?:number\s+)?end(?:s|ing)?(?:\s+(?:in|with))?|end(?:s|ing)?\s+(?:in|with)|ending|card"
    r"|[úu]ltimos\s+(?:4|cuatro)(?:\s+d[íi]gitos)?|termina\s+en|terminaci[óo]n|tarjeta)\b",  # Spanish: "mis últimos 4 son 9006"
    re.IGNORECASE,
)
_LABELS_ZIP = re.compile(
    r"\b(?:(?:billing\s+)?(?:zip|postal)\s*(?:code)?(?:'s)?|zipcode|z|c[óo]digo\s+postal|cp)\b", re.IGNORECASE
)  # "my zip's 10285", "mi código postal es 33125"
_FILLER = frozenset(
    [
        "my",
        "the",
        "is",
        "are",
        "it",
        "it's",
        "its",
        "and",
        "also",
        "plus",
        "with",
        "of",
        "on",
        "here",
        "they're",
        "sure",
        "ok",
        "okay",
        "so",
        "um",
        "oh",
        "sorry",
        "i",
        "i'm",
        "live",
        "in",
        "at",
        "number",
        "digits",
        "digit",
        "code",
        "billing",
        "amex",
        "account",
        "that's",
        "thats",
        # "anyway 6021 48104", "well ok fine, 1005 10285": words that lead back to the details
        "anyway",
        "anyways",
        "well",
        "fine",
        "alright",
        "right",
        "hi",
        "hello",
        "hey",
        # Spanish: "mis últimos 4 son 9006 y mi código postal es 33125"
        "mis",
        "mi",
        "son",
        "es",
        "y",
        "la",
        "el",
        "de",
        "hola",
    ]
)
_TOKEN = re.compile(r"\d+(?:-\d+)*|[a-z']+", re.IGNORECASE)  # "94105-2001" is one token: a ZIP+4
_DIGIT_WORD_SET = frozenset(_DIGIT_WORDS)
# every word (as ``_TOKEN`` cuts them) the labels above are made of, glued ones included ("lastfour")
_LABEL_WORDS = frozenset(
    ["last", "four", "lastfour", "digit", "digits", "of", "on", "my", "the", "card", "amex", "account", "l", "number",
     "end", "ends", "ending", "in", "with", "billing", "zip", "postal", "code", "zipcode", "postalcode", "z", "zip's", "code's",
     "ultimos", "cuatro", "digitos", "termina", "en", "terminacion", "tarjeta", "codigo", "cp"]
)  # fmt: skip
_DETAIL_WORDS = _FILLER | _DIGIT_WORD_SET | _LABEL_WORDS


@dataclass(frozen=True)
class Details:
    """The last 4 digits and the ZIP code a message gives (either may be missing)."""

    last_four: str | None = None
    zip: str | None = None
    rest: str = ""  # the words around them (``details_around``): the request


def _may_spell_digits(text: str) -> bool:
    """False only when ``text`` surely has no run of digit words and no "last four" (most
    messages): a quick look before the regexes. A run of four or more words has at least two
    in its middle that stand between separators, so ASCII text with no digit word among its
    pieces has none; other text (where case-insensitive letters are more than ASCII's pairs)
    is always looked at."""
    if not text.isascii():
        return True
    lower = text.lower()
    return "four" in lower or not _DIGIT_WORD_SET.isdisjoint(lower.replace(",", " ").replace("-", " ").split())


_ANY_DIGIT = re.compile(r"\d")  # any script's digits, as the detail patterns read them


def may_hold_details(text: str) -> bool:
    """False only when ``text`` surely gives no verification detail: it has no digit (of any
    script) and no digit word, so neither a number nor a spelled one can be the last 4 or a
    ZIP code. Most messages are such; a turn asks this before looking for details at all."""
    return _ANY_DIGIT.search(text) is not None or _may_spell_digits(text)


def _only_detail_words(text: str) -> bool:
    """Whether every word of ASCII ``text`` is a number, a digit word, a filler word or a word of
    a label. Taking labels out and writing digit words as digits removes whole words only (they
    are bounded by ``\b``), and what is left of a word joined to a label by an apostrophe keeps
    the apostrophe (no filler word starts or ends with one): so any other word makes
    ``details_only`` say None, and it is seen before the substitutions run on a long message."""
    for found in _TOKEN.finditer(text):  # most messages fail at their first word or two
        token = found.group()
        if not (token[0].isdigit() or token.lower() in _DETAIL_WORDS):
            return False
    return True


# "my card ends in 6 6 2 0", "zip 3 2 8 0 3": a detail's digits typed apart, after what names it
_TYPED_APART = re.compile(
    r"(?P<cue>\b(?:ends? (?:in|with)|ending(?: in| with)?|last (?:4|four)(?: digits)?(?: are| is)?|zip(?: code)?(?: is)?)[:\s]+)"
    r"(?P<digits>\d(?:[ .-]\d){3,4})(?![\d])",
    re.IGNORECASE,
)


def details_typed_apart(text: str, *, leading_zero: bool = False) -> str:
    """``text`` with a last 4 or ZIP code typed digit by digit written whole ("ends in 6 6 2 0" ->
    "ends in 6620"), and, ``leading_zero`` (the account's ZIP code starts with 0), a ZIP code that lost
    it given it back ("2284 2134", "zip 2134": a spreadsheet or a hurried thumb drops the 0 of 02134)."""
    if _ANY_DIGIT.search(text) is None:
        return text
    text = _TYPED_APART.sub(lambda m: m["cue"] + "".join(filter(str.isdigit, m["digits"])), text)
    if not leading_zero:  # only a ZIP code that starts with 0 can lose it; "zip 9410" is a ZIP cut short, asked again
        return text
    if (pair := _TWO_FOURS.fullmatch(text)) is not None:
        return f"{pair[1]} 0{pair[2]}"
    return _ZIP_OF_FOUR.sub(lambda m: f"{m['cue']}0{m['digits']}", text)


# "2284 2134": a card's last 4, then a ZIP code of four digits
_TWO_FOURS = re.compile(r"\s*([0-9]{4})[\s,/]+([0-9]{4})\s*")
_ZIP_OF_FOUR = re.compile(r"(?P<cue>\bzip(?: code)?(?: is)?[:\s]+)(?P<digits>[0-9]{4})(?![0-9])", re.IGNORECASE)


def spelled_as_digits(text: str) -> str:
    """``text`` with each run of four or more digit words written as digits ("two four six
    eight" -> "2468"); a run of nine is the last 4 digits then the ZIP code, parted by a space."""
    if not _may_spell_digits(text):
        return text
    text = _LAST_FOUR_WORDS.sub("last 4", text)

    def digits(run: re.Match[str]) -> str:
        # the pattern ignores case the Unicode way ("ſix", "fıve" match too); a word that is no
        # digit word once lower-cased leaves the run as written
        said = "".join(_DIGIT_WORDS.get(word.lower(), "?") for word in _WORD_SPLIT.split(run.group()) if word)
        if "?" in said:
            return run.group()
        return f"{said[:4]} {said[4:]}" if len(said) == 9 else said

    return _SPELLED_RUN.sub(digits, text)


def details_only(text: str) -> Details | None:
    """The details of a message that says nothing else: a four-digit number named as a card's
    last 4 and/or a five-digit one named as a ZIP code (or both numbers, named or not), among
    words that add nothing ("and", "my", "is"). None for anything else ("my card ending 2001 was
    stolen" is a request)."""
    if text.isascii() and not _only_detail_words(text):
        return None  # a word that is no filler, label or digit stays a word whatever is taken out around it
    said = spelled_as_digits(text)
    named_last_four = _LABELS_LAST_FOUR.search(said) is not None
    named_zip = _LABELS_ZIP.search(said) is not None
    rest = _LABELS_ZIP.sub(" ", _LABELS_LAST_FOUR.sub(" ", said))
    fours: list[str] = []
    fives: list[str] = []
    for token in _TOKEN.findall(rest):
        if token.isdigit() and len(token) == 4:
            fours.append(token)
        elif token.isdigit() and len(token) == 5:
            fives.append(token)
        elif token.lower() not in _FILLER:
            return None
    if len(fours) > 1 or len(fives) > 1 or not (fours or fives):
        return None
    both = bool(fours and fives)
    if (fours and not (named_last_four or both)) or (fives and not (named_zip or both)):
        return None  # a lone number needs its name ("1234" alone may be anything)
    return Details(fours[0] if fours else None, fives[0] if fives else None)


_AROUND_WORDS = 12  # the details said before or after a request take a few words at most
_FOUR_AND_FIVE = (re.compile(r"(?<!\d)\d{4}(?!\d)"), re.compile(r"(?<!\d)\d{5}(?!\d)"))


def details_around(text: str) -> Details | None:
    """Both details said before or after a request in one message ("7001 60611 is my delta card
    locked?", "zip 98101 card 8802 when is my first statement?", "what's my balance? 1234 10001"):
    the shortest run of words at either end that :func:`details_only` reads as both, with words
    left over. None when the message is nothing but details, or gives fewer than both."""
    said = spelled_as_digits(text)
    if not all(pattern.search(said) for pattern in _FOUR_AND_FIVE):
        return None
    words = said.split()
    for size in range(2, min(len(words) - 1, _AROUND_WORDS) + 1):  # the shortest: "is my" starts the request
        for part, rest in ((words[:size], words[size:]), (words[-size:], _without_trailing_labels(words[:-size]))):
            if (found := _both_in(" ".join(part), " ".join(rest))) is not None:
                return found
    # in the middle, as whole clauses: "hey, it's Priya. card ends in 4401, I live in 02139. did my refund come through?"
    clauses = _CLAUSE.split(said)
    for size in range(1, min(len(clauses) - 1, 4) + 1):
        for start in range(len(clauses) - size + 1):
            part = " ".join(clauses[start : start + size])
            rest = " ".join(clauses[:start] + clauses[start + size :])
            if (found := _both_in(part, rest)) is not None:
                return found
    return None


def _without_trailing_labels(words: list[str]) -> list[str]:
    """The words before details given last, less the words that named them ("... update my address
    too. Card ends" + "5561 zip 07030": "Card ends" goes with the details, not the request)."""
    end = len(words)
    while end > 1 and words[end - 1].strip(".,;:!?-").lower() in _DETAIL_WORDS and not words[end - 1].endswith((".", "?", "!", ",")):
        end -= 1
    # only a clause of their own ("... too. Card ends"): "lock my card" + "1005 10285" keeps "my card"
    return words[:end] if end < len(words) and words[end - 1].endswith((".", "?", "!", ",")) else words


_CLAUSE = re.compile(r"(?<=[.,;!?])\s+|\s+[-\u2013\u2014]+\s+")


def _both_in(part: str, rest: str) -> Details | None:
    """Both details in ``part`` and a request in ``rest``: letters, and a word that is not one of
    the details' own ("my card ends 7004 and my zip is 94110" leaves "my card ends": no request)."""
    details = details_only(part.strip(" ,.;:!?-"))
    if details is None or not (details.last_four and details.zip) or not any(c.isalpha() for c in rest):
        return None
    if _only_detail_words(rest):
        return None
    return Details(details.last_four, details.zip, rest.strip(" ,.;:-"))
