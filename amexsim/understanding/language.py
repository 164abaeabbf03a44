"""Which language a message is written in: English, or Spanish.

A small detector that can explain itself: it counts the message's words found in two lists
(``amexsim/data/language.yaml``), Spanish words and particles against English words, and says
which words decided. One Spanish word in an English message, or a merchant's name such as "La
Casa de Toño", is never enough (see the data file for the rule).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from ..errors import DataFileError
from ..paths import package_data
from ..yamlnodes import YamlDoc
from .normalize import Normalizer

_PLAIN = Normalizer()  # folding and contractions only: no spelling fixes, which are English


class Detection(NamedTuple):
    """The language found and the words that decided it."""

    language: str  # "es" or "en"
    spanish: tuple[str, ...]
    english: tuple[str, ...]

    def explain(self) -> str:
        name = "Spanish" if self.language == "es" else "not Spanish"
        spanish, english = ", ".join(self.spanish) or "none", ", ".join(self.english) or "none"
        return f"{name}: Spanish words {spanish} ({len(self.spanish)}) against English {english} ({len(self.english)})"


_ENGLISH = Detection("en", (), ())


@dataclass(frozen=True)
class LanguageDetector:
    """The word lists and the rule of ``language.yaml``."""

    spanish: frozenset[str]
    particles: frozenset[str]
    english: frozenset[str]
    min_words: int = 2
    intent: str = "spanish_agent"

    def detect(self, text: str, *, plain: str | None = None) -> Detection:
        """The language of ``text``; ``plain`` is its :func:`normalize.plain` form when the caller has it already."""
        words = (_PLAIN.text(text) if plain is None else plain).split()
        if self.spanish.isdisjoint(words):  # no strong Spanish word: English, and nothing to explain
            return _ENGLISH
        spanish = tuple(w for w in words if w in self.spanish or w in self.particles)
        english = tuple(w for w in words if w in self.english)
        strong = any(w in self.spanish for w in spanish)
        is_spanish = strong and len(spanish) >= self.min_words and len(spanish) > 2 * len(english)
        return Detection("es" if is_spanish else "en", spanish, english)


def load_language(path: str | Path | None = None) -> LanguageDetector:
    """The detector of ``amexsim/data/language.yaml`` (or the given file)."""
    location = Path(path) if path else package_data("language.yaml")
    doc = YamlDoc(location, DataFileError)
    keys = doc.mapping(doc.root, "the language file", {"spanish", "english"}, {"spanish", "english"})
    spanish = doc.mapping(keys["spanish"], "spanish", {"min_words", "intent", "words", "particles"}, {"words", "particles"})
    english = doc.mapping(keys["english"], "english", {"words"}, {"words"})

    def words(node, what: str) -> frozenset[str]:
        return frozenset(_PLAIN.text(word) for word, _ in doc.strings(node, what))

    minimum = doc.plain(spanish["min_words"]) if "min_words" in spanish else 2
    if isinstance(minimum, bool) or not isinstance(minimum, int) or minimum < 1:
        raise doc.fail(spanish["min_words"], f"min_words must be a whole number of at least 1 (not {minimum!r})")
    spanish_words, particles, english_words = (
        words(spanish["words"], "words"),
        words(spanish["particles"], "particles"),
        words(english["words"], "words"),
    )
    shared = sorted((spanish_words | particles) & english_words)
    if shared:
        raise doc.fail(english["words"], f"words in both languages decide nothing; remove them from one list: {', '.join(shared)}")
    intent = doc.string(spanish["intent"], "intent") if "intent" in spanish else "spanish_agent"
    return LanguageDetector(spanish_words, particles, english_words, minimum, intent)
