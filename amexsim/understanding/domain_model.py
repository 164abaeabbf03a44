"""The learnt domain scorer: a linear model over words, word pairs and pieces of words.

Hand-written rules are precise but only know the phrasings someone thought of; a customer
who calls a charge "bogus" or says the dog "chewed" the card needs words the rules never
listed. This scorer reads every example utterance of every intent and learns, per domain,
how much each word (stemmed), each pair of neighbouring words and each 2-5 letter piece of a
word counts. Pieces of words let "demagnetised" borrow from "magnetic" and "fraudulent" from
"fraud", and make typos cost little.

A message's vector is the sum of its words' vectors and its word pairs' vectors, divided by
its length (the square root of the summed squared weights, unknown words included, so a
message mostly made of words no example has scores low everywhere). A domain's score is
its bias plus the dot product; the softmax turns scores into probabilities. Because a word's
part of the sum depends on the word alone, it is computed once per word and cached, which
keeps a message down to a few dictionary look-ups.

The weights are fitted by :mod:`amexsim.understanding.training` and shipped as
``amexsim/data/domain_model.json``; see that module for how.
"""

from __future__ import annotations

import json
import math
import re
import struct
from array import array
from collections.abc import Iterator, Mapping, Sequence
from itertools import compress
from math import exp
from operator import itemgetter, sub
from pathlib import Path
from typing import NamedTuple

from ..errors import DataFileError
from .normalize import stem

FORMAT = 1
GRAM_SIZES = (2, 3, 4, 5)
_DIGIT = re.compile(r"\d")
_CACHE_LIMIT = 50_000  # word vectors kept; beyond this the cache starts again (results are identical)


def word_form(word: str) -> str:
    """Digits become 0: "$45" and "$25" are the same kind of word to the model."""
    return _DIGIT.sub("0", word) if not word.isalpha() else word


def char_grams(word: str) -> list[str]:
    """The 2-5 letter pieces of a word, with a space marking where it starts and ends."""
    padded = f" {word} "
    return [padded[i : i + n] for n in GRAM_SIZES for i in range(len(padded) - n + 1)]


def word_features(word: str, word_stem: str) -> dict[str, int]:
    """The features one word brings: its stem and its letter pieces, with counts."""
    features: dict[str, int] = {"w:" + word_form(word_stem): 1}
    for gram in char_grams(word_form(word)):
        key = "c:" + gram
        features[key] = features.get(key, 0) + 1
    return features


def pair_features(stems: Sequence[str]) -> list[str]:
    """Neighbouring stem pairs ("not recogn", "money back")."""
    forms = [word_form(s) for s in stems]
    return ["b:" + a + " " + b for a, b in zip(forms, forms[1:])]


# A word's contribution is packed into one Python integer: one 64-bit lane per domain, then
# lanes for its squared length, its stem's squared weight, and the same when the stem is known.
# A message's total is then a single C-level sum() of integers instead of a Python loop per
# domain, which is most of the speed of a turn. Lanes hold fixed-point values (2^-20 steps)
# plus an offset that keeps them positive; the offsets of n terms are taken off after summing.
_LANE_BITS = 64
_LANE_MASK = (1 << _LANE_BITS) - 1
_OFFSET = 1 << 40  # lets a lane hold -2^20..2^20, and 2^24 terms before it could overflow
_SCALE = float(1 << 20)
_EXTRA = 3  # squared length, stem weight squared, known stem weight squared


_PACKED, _FORM = itemgetter(0), itemgetter(1)  # of a word's entry (see ``word_vector``); a pair's packed weights are first too


def _pack(values: Sequence[float]) -> int:
    return sum((round(v * _SCALE) + _OFFSET) << (_LANE_BITS * i) for i, v in enumerate(values))


class Terms:
    """A message's words and word pairs with their weights, spelt out only when a trace asks."""

    __slots__ = ("entries", "pairs", "words")

    def __init__(self, words: Sequence[str], entries: Sequence[tuple], pairs: list[tuple[int, tuple[float, ...]] | None]) -> None:
        self.words, self.entries = words, entries
        self.pairs = pairs  # per pair of neighbouring words: None, or (packed, weights) when the examples have it

    def __iter__(self) -> Iterator[tuple[str, tuple[float, ...]]]:
        for word, entry in zip(self.words, self.entries):
            yield word, entry[2]
        for position, pair in enumerate(self.pairs):
            if pair is not None:
                yield f"{self.words[position]} {self.words[position + 1]}", pair[1]

    def top_gains(self, mine: int, theirs: int, count: int) -> list[tuple[str, float]]:
        """The terms that most raised domain ``mine`` over domain ``theirs`` (positive gains only)."""
        words, pairs = self.words, self.pairs
        positions = list(compress(range(len(pairs)), pairs))  # the pairs the examples have
        vectors = [*map(itemgetter(2), self.entries), *map(itemgetter(1), compress(pairs, pairs))]
        gains = list(map(sub, map(itemgetter(mine), vectors), map(itemgetter(theirs), vectors)))
        size = len(words)
        best: list[tuple[str, float]] = []
        named: set[str] = set()  # a word said twice is named once
        for i in sorted(range(len(gains)), key=gains.__getitem__, reverse=True):
            gain = gains[i]
            if gain <= 0:
                break
            term = words[i] if i < size else f"{words[positions[i - size]]} {words[positions[i - size] + 1]}"
            if term not in named:
                named.add(term)
                best.append((term, gain))
                if len(best) == count:
                    break
        return best


class Feature(NamedTuple):
    """One feature's IDF and its weight per domain (domains listed in the model; empty: all zero)."""

    idf: float
    weights: tuple[float, ...]


class PackedFeatures(Mapping[str, Feature]):
    """The features as one array of floats (a row per feature: its IDF, then its weights), made
    into :class:`Feature` records only when looked up. A kept model (``amexsim.cache``) loads its
    ~10,000 features as two objects instead of ~150,000: a third of a kept assistant's loading
    time at start-up. Only words never seen before look features up (``word_vector`` caches)."""

    def __init__(self, index: dict[str, int], values: array, width: int, unweighted: frozenset[str]) -> None:
        self._index = index  # name -> row
        self._values = values
        self._width = width  # 1 + the number of domains
        self._unweighted = unweighted  # features whose weights are all zero (stored as ())

    @classmethod
    def pack(cls, features: Mapping[str, Feature], domains: int) -> PackedFeatures:
        width = 1 + domains
        values = array("d")
        zero = (0.0,) * domains
        for feature in features.values():
            values.append(feature.idf)
            values.extend(feature.weights or zero)
        index = dict(zip(features, range(len(features))))
        return cls(index, values, width, frozenset(name for name, f in features.items() if not f.weights))

    def get(self, name: str, default: Feature | None = None) -> Feature | None:  # type: ignore[override]
        row = self._index.get(name)
        if row is None:
            return default
        start = row * self._width
        weights = () if name in self._unweighted else tuple(self._values[start + 1 : start + self._width])
        return Feature(self._values[start], weights)

    def __getitem__(self, name: str) -> Feature:
        found = self.get(name)
        if found is None:
            raise KeyError(name)
        return found

    def __contains__(self, name: object) -> bool:
        return name in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def __reduce__(self) -> tuple:
        return (PackedFeatures, (self._index, self._values, self._width, self._unweighted))


class DomainScores(NamedTuple):
    """Probabilities per domain for one message, and what each word brought."""

    domains: tuple[str, ...]
    probabilities: tuple[float, ...]
    terms: Terms  # the words and word pairs and their weights per domain
    norm: float  # the message's length: a term's share of a score is its weight / norm
    known: float  # share of the message's word weight (stems, by IDF) that some example has

    def probability(self, domain: str) -> float:
        return self.probabilities[self.domains.index(domain)] if domain in self.domains else 0.0

    def ranked(self) -> list[tuple[str, float]]:
        return sorted(zip(self.domains, self.probabilities), key=lambda pair: (-pair[1], pair[0]))

    def runner_up(self, domain: str) -> str | None:
        """The most probable domain after ``domain``."""
        rest = [(p, d) for d, p in zip(self.domains, self.probabilities) if d != domain]
        return max(rest)[1] if rest else None

    def deciding_terms(self, domain: str, against: str, count: int = 3) -> list[tuple[str, float]]:
        """The words (and word pairs) that most raised ``domain`` over ``against``."""
        best = self.terms.top_gains(self.domains.index(domain), self.domains.index(against), count)
        return [(name, gain / self.norm) for name, gain in best]


class DomainModel:
    """A fitted model, ready to score messages. Build it with :meth:`load` or from weights."""

    def __init__(
        self,
        domains: Sequence[str],
        bias: Sequence[float],
        features: Mapping[str, Feature],
        *,
        char_weight: float,
        unknown_idf: float,
        fingerprint: str = "",
        source: str = "fitted at start-up from the intents' examples",
    ) -> None:
        self.source = source  # where the weights come from, for traces
        self.domains = tuple(domains)
        self.bias = tuple(bias)
        self.features = features
        self.char_weight = char_weight
        self.unknown_idf = unknown_idf
        self.fingerprint = fingerprint
        self._count = len(self.domains)
        self._lanes = struct.Struct(f"<{self._count + _EXTRA}Q")  # reads every lane of a sum at once
        self._bytes = self._lanes.size
        # word -> (packed weights and lengths, its stem as pairs spell it, its weights as floats)
        self._words: dict[str, tuple[int, str, tuple[float, ...]]] = {}
        self._pairs: dict[tuple[str, str], tuple[int, tuple[float, ...]]] = {}
        zero = (0.0,) * len(self.domains)
        for name, feature in features.items():
            if name[0] == "b":
                first, _, second = name[2:].partition(" ")
                vector = tuple(feature.idf * w for w in feature.weights) if feature.weights else zero
                self._pairs[(first, second)] = (_pack([*vector, feature.idf * feature.idf, 0.0, 0.0]), vector)

    def __getstate__(self) -> dict[str, object]:
        """Pickled (the start-up cache) with the features packed: see :class:`PackedFeatures`."""
        state = dict(self.__dict__)
        if not isinstance(self.features, PackedFeatures):
            state["features"] = PackedFeatures.pack(self.features, len(self.domains))
        return state

    # ----- scoring ----------------------------------------------------------------------
    def word_vector(self, word: str) -> tuple[int, str, tuple[float, ...]]:
        """A word's packed weights and squared lengths, and its stem's form (cached per word)."""
        cached = self._words.get(word)
        if cached is not None:
            return cached
        word_stem = stem(word)
        total = [0.0] * self._count
        squares = 0.0
        stem_squares = self.unknown_idf**2
        known = 0.0
        features = self.features
        for name, count in word_features(word, word_stem).items():
            scale = count * (self.char_weight if name[0] == "c" else 1.0)
            feature = features.get(name)
            if feature is None:
                squares += (scale * self.unknown_idf) ** 2
                continue
            value = scale * feature.idf
            squares += value * value
            if name[0] == "w":
                known = stem_squares = value * value
            for i, weight in enumerate(feature.weights):
                total[i] += value * weight
        result = (_pack([*total, squares, stem_squares, known]), word_form(word_stem), tuple(total))
        if len(self._words) >= _CACHE_LIMIT:
            self._words.clear()
        self._words[word] = result
        return result

    def score(self, words: Sequence[str]) -> DomainScores:
        """Probabilities per domain for a normalised message (its words)."""
        get, lookup = self._words.get, self.word_vector
        return self.score_entries(words, [get(word) or lookup(word) for word in words])

    def score_entries(self, words: Sequence[str], entries: Sequence[tuple[int, str, tuple[float, ...]]]) -> DomainScores:
        """:meth:`score` for words already looked up with :meth:`word_vector` (the matcher keeps
        its own table of words, so a message's words are looked up once for every stage)."""
        forms = list(map(_FORM, entries))
        found_pairs = list(map(self._pairs.get, zip(forms, forms[1:])))  # unseen pairs: None, and not counted
        hits = list(compress(found_pairs, found_pairs))
        total = sum(map(_PACKED, entries)) + sum(map(_PACKED, hits))
        k = self._count
        raw = self._lanes.unpack(total.to_bytes(self._bytes, "little"))
        offset = (len(entries) + len(hits)) * _OFFSET
        squares, stem_total, stem_known = raw[k] - offset, raw[k + 1] - offset, raw[k + 2] - offset
        step = 1.0 / (_SCALE * (math.sqrt(max(squares / _SCALE, 0.0)) or 1.0))
        logits = [b + (lane - offset) * step for b, lane in zip(self.bias, raw)]
        top = max(logits)
        exps = [exp(value - top) for value in logits]
        scale = 1.0 / sum(exps)
        probabilities = tuple([value * scale for value in exps])
        known = stem_known / stem_total if stem_total > 0 else 0.0
        norm = 1.0 / (step * _SCALE)
        terms = Terms(words, entries, found_pairs)
        return DomainScores(self.domains, probabilities, terms, norm, known)

    # ----- files ------------------------------------------------------------------------
    def as_json(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "fingerprint": self.fingerprint,
            "domains": list(self.domains),
            "bias": list(self.bias),
            "char_weight": self.char_weight,
            "unknown_idf": self.unknown_idf,
            "features": {name: [f.idf, *f.weights] for name, f in sorted(self.features.items())},
        }

    def save(self, path: Path) -> None:
        """Write the weights as compact JSON (one file, sorted: the same fit gives the same bytes)."""
        text = json.dumps(self.as_json(), separators=(",", ":"), sort_keys=False)
        path.write_text(text.replace(',"', ',\n"') + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> DomainModel:
        """Read a weights file; a damaged one is a one-line DataFileError."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise DataFileError(path, None, f"cannot read the domain model ({exc.__class__.__name__})") from None
        try:
            if data["format"] != FORMAT:
                raise DataFileError(path, None, f"domain model format {data['format']!r} (expected {FORMAT})")
            domains = [str(d) for d in data["domains"]]
            features = {str(name): Feature(float(v[0]), tuple(float(w) for w in v[1:])) for name, v in data["features"].items()}
            if any(len(f.weights) not in (0, len(domains)) for f in features.values()) or len(data["bias"]) != len(domains):
                raise DataFileError(path, None, "domain model weights do not match its domains")
            return cls(
                domains,
                [float(b) for b in data["bias"]],
                features,
                char_weight=float(data["char_weight"]),
                unknown_idf=float(data["unknown_idf"]),
                fingerprint=str(data["fingerprint"]),
                source=str(path),
            )
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise DataFileError(path, None, f"malformed domain model ({exc.__class__.__name__}: {exc})") from None
