"""One-slip typos in words the examples never use, read as the example word they slip from.

The misspellings table (``amexsim/data/spelling.yaml``) lists slips seen in data; people make
others ("chnage", "updte", "cancle"). When the examples know too little of a message to route it
(the matcher's ``known_floor``), each word no example uses, of five letters or more, is read as
the word of the examples one slip away from it: a letter left out or doubled, or two neighbours
swapped (a letter replaced is left alone: "staff" and "stuff" are both words).

Only then: a word the scorer does not know still tells it something through its letter pieces
("cancelled" leans to disputes, "canceled" in the examples to closing an account), so a message
it can already read keeps its words. Only words in at least two examples are candidates, the
most common wins (then the first in alphabetical order, so the choice never depends on a hash
seed), and a word with no such neighbour is left as it is. Deterministic and explainable: the
corrected word is what the trace's normalised text shows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
MIN_LENGTH = 5  # shorter words have too many real neighbours ("card" and "cart", "bill" and "pill")
MIN_EXAMPLES = 2
_READ_LIMIT = 10_000  # readings kept; beyond this they are worked out again (same results)


class TypoReader:
    """Known words by how often the examples use them, and the one-slip neighbours of a word."""

    def __init__(self, texts: Iterable[str]) -> None:
        counts = Counter(word for text in texts for word in set(text.split()))
        self.seen = frozenset(counts)
        self.known = {word: n for word, n in counts.items() if n >= MIN_EXAMPLES and word.isalpha()}
        self._read: dict[str, str | None] = {}  # a word's reading, worked out once (a few hundred look-ups)

    def read(self, word: str) -> str | None:
        """The known word one slip from ``word``, or None (an example has it, too short, not
        letters, none near)."""
        if len(word) < MIN_LENGTH or word in self.seen or not word.isalpha() or not word.isascii():
            return None
        if word in self._read:
            return self._read[word]
        if len(self._read) >= _READ_LIMIT:
            self._read.clear()
        self._read[word] = reading = self._nearest(word)
        return reading

    def _nearest(self, word: str) -> str | None:
        known = self.known
        best: tuple[int, str] | None = None
        for candidate in _one_slip(word):
            n = known.get(candidate)
            if n is not None and (best is None or (-n, candidate) < best):
                best = (-n, candidate)
        return best[1] if best else None

    def fixed(self, words: list[str]) -> str | None:
        """The words joined with every typo read, or None when no word changed."""
        read = [self.read(word) or word for word in words]
        return " ".join(read) if read != words else None


def _one_slip(word: str) -> set[str]:
    """The words a slip could have come from: one with a letter more ("updte" from "update"), one
    letter less ("adresss"), or two neighbours swapped back ("chnage")."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    extra_typed = {a + b[1:] for a, b in splits if b}
    swapped = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    left_out = {a + c + b for a, b in splits for c in _LETTERS}
    return (extra_typed | swapped | left_out) - {word}
