"""Text normalisation shared by the matcher and its intent patterns.

Patterns and messages go through the same functions, so a rule written as ``cards``
matches ``Card``, ``CARDS`` and ``cárds`` alike. The guard has its own normalisation
(it must map offsets back to the original text); this module serves matching only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_APOSTROPHE = re.compile(r"\b(\w+)'(\w+)\b")
_NOT_BASES = {"ca": "can", "wo": "will", "ai": "is", "sha": "shall"}
_TAILS = {"m": " am", "re": " are", "ve": " have", "ll": " will", "d": " would", "s": ""}


def _expand(match: re.Match[str]) -> str:
    """can't -> can not, don't -> do not, i'm -> i am, they're -> they are, card's -> card."""
    word, tail = match.group(1), match.group(2)
    if tail == "t" and word.endswith("n"):
        base = word[:-1]
        return _NOT_BASES.get(base, base) + " not"
    return word + _TAILS[tail] if tail in _TAILS else match.group(0)


_WORD = re.compile(r"[a-z0-9$]+")
# The same for ASCII text, in one pass over its bytes: a word's letters kept, every other byte a space.
_WORD_BYTES = bytes(byte if chr(byte) in "abcdefghijklmnopqrstuvwxyz0123456789$" else 32 for byte in range(128)) + bytes(range(128, 256))

# Suffix rules for the light stemmer, longest first. Deliberately conservative: the goal is
# that inflections of one word meet, not linguistic correctness.
_IRREGULAR = {
    "stolen": "steal",
    "stole": "steal",
    "lost": "lose",
    "losing": "lose",
    "lose": "lose",
    "paid": "pay",
    "sent": "send",
    "got": "get",
    "gotten": "get",
    "bought": "buy",
    "froze": "freez",
    "frozen": "freez",
    "spent": "spend",
    "taken": "take",
    "took": "take",
    "went": "go",
    "gone": "go",
    "made": "make",
    "children": "child",
    "people": "person",
}


_STEMS: dict[str, str] = {}  # a plain dict: looked up inline, it costs a fraction of an lru_cache call
_STEMS_LIMIT = 65_536


def stem(word: str) -> str:
    """Reduce an inflected word to a shared stem (``charges`` -> ``charg``, ``charged`` -> ``charg``)."""
    found = _STEMS.get(word)
    if found is None:
        if len(_STEMS) >= _STEMS_LIMIT:
            _STEMS.clear()
        found = _STEMS[word] = _stem(word)
    return found


def stems(words: list[str]) -> list[str]:
    """The stems of a message's words (each looked up once in the cache)."""
    get = _STEMS.get
    return [get(word) or stem(word) for word in words]


def _stem(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix, min_len in (("ies", 5), ("ing", 6), ("ed", 5), ("es", 5), ("s", 4), ("e", 5)):
        if word.endswith(suffix) and len(word) >= min_len:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            if suffix == "ies":
                return word[:-3] + "y"
            base = word[: -len(suffix)]
            if suffix in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2]:
                base = base[:-1]  # stopped -> stop, shipping -> ship
            return base.rstrip("e") if suffix != "e" else base
    return word


def fold(text: str) -> str:
    """Unicode-normalise, lower-case and strip accents, keeping only the base letters."""
    if text.isascii():  # the common case needs no Unicode work
        return text.replace("`", "'").lower()
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold()


def plain(raw: str) -> str:
    """Folded, contraction-expanded words joined by single spaces, with no spelling fixes:
    what ``Normalizer().text`` gives, and what ``Normalizer(spelling).text`` starts from."""
    text = fold(raw)
    if "'" in text:
        text = _APOSTROPHE.sub(_expand, text)
    if not text.isascii():
        return " ".join(_WORD.findall(text))
    spaced = text.encode("ascii").translate(_WORD_BYTES).decode("ascii")  # _WORD's words, with spaces between
    if "  " in spaced or spaced[:1] == " " or spaced[-1:] == " ":
        return " ".join(spaced.split())
    return spaced  # most messages: already single spaces


@dataclass(frozen=True)
class Normalizer:
    """Turns raw text into the normalised string and the stemmed tokens the matcher uses.

    ``spelling`` maps common misspellings to their correction; it is data
    (``amexsim/data/spelling.yaml``), not code.
    """

    spelling: Mapping[str, str] = field(default_factory=dict)

    def text(self, raw: str) -> str:
        """Folded, contraction-expanded, spell-corrected words, joined by single spaces."""
        return self.spell(plain(raw))

    def spell(self, plain_text: str) -> str:
        """:meth:`text` of a message already through :func:`plain` (a turn folds a message
        once for every detector that reads it, and spells it only for the matcher)."""
        return self.spelled_words(plain_text)[0]

    def spelled_words(self, plain_text: str) -> tuple[str, list[str]]:
        """:meth:`spell`, and the words of what it gives (the matcher reads both; most messages
        need no correction, and then the words split to look for one are those)."""
        words = plain_text.split()
        spelling = self.spelling  # also expands contractions typed without the apostrophe
        if not spelling or spelling.keys().isdisjoint(words):  # most messages: nothing to correct
            return plain_text, words
        spelt = " ".join(map(spelling.get, words, words))
        return spelt, spelt.split()

    def stems(self, normalised: str) -> list[str]:
        """The stemmed tokens of already-normalised text."""
        return stems(normalised.split())

    def keyword(self, word: str) -> tuple[str, ...]:
        """Stems of a pattern keyword or phrase, normalised exactly like messages are."""
        return tuple(self.stems(self.text(word)))
