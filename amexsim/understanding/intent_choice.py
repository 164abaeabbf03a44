"""Which intent of a domain a message means, once the domain is known.

Intents of one domain differ by a few telling words ("lost", "stolen", "bent"), so a naive
Bayes count is enough (Bernoulli: for each word the domain's examples use, the share of an
intent's examples holding it, or lacking it when the message lacks it, plus the log of the
intent's number of examples). Words no example of the domain holds say nothing about which
of its intents is meant and are skipped. It is fitted by counting (no training pass), and an
example can be taken out exactly by taking its counts out, which is how lint asks whether an
example would find its intent without itself.

The trace cites, for the chosen intent, one of its examples that holds the message's most
telling word (the one the fewest of the domain's examples hold), with its file and line.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Sequence
from typing import NamedTuple

from .intents import Example, Intent
from .normalize import Normalizer, stems

SMOOTHING = 0.1


class Choice(NamedTuple):
    """The chosen intent (its index in the intent list) and an example that shows why."""

    intent_index: int
    example: Example | None
    word: str | None  # the message's stem that example holds


class _Domain:
    """One domain's counts, and the same as per-stem score vectors over its intents."""

    def __init__(self) -> None:
        self.members: list[int] = []  # intent indexes, in file order
        self.counts: dict[str, dict[int, int]] = {}  # stem -> intent index -> its examples holding it
        self.totals: dict[int, int] = {}  # intent index -> number of examples
        self.cited: dict[int, dict[str, list[Example]]] = {}  # intent -> stem -> first two examples holding it
        self.base: tuple[float, ...] = ()  # each intent's score for a message holding none of the domain's words
        self.vectors: dict[str, tuple[float, ...]] = {}  # stem -> what holding it adds to each intent's score
        self.held_by: dict[str, int] = {}  # stem -> examples of the domain holding it

    def finish(self) -> None:
        members, totals = self.members, self.totals
        self.base = tuple(_base(self.counts, i, totals[i]) for i in members)
        self.vectors = {s: tuple(_odds(per.get(i, 0), totals[i]) for i in members) for s, per in self.counts.items()}
        self.held_by = {s: sum(per.values()) for s, per in self.counts.items()}


def _odds(count: int, total: int) -> float:
    """log P(holds the word) - log P(lacks it), smoothed."""
    return math.log(count + SMOOTHING) - math.log(total - count + SMOOTHING)


def _base(counts: dict[str, dict[int, int]], index: int, total: int) -> float:
    """log(examples + 1) + the log share of the intent's examples lacking each of the domain's words."""
    if total <= 0:
        return -math.inf
    lacking = sum(math.log(total - per.get(index, 0) + SMOOTHING) for per in counts.values())
    return math.log(total + 1) + lacking - len(counts) * math.log(total + 2 * SMOOTHING)


class IntentChooser:
    """Per-domain counts of the stems in the intents' examples."""

    def __init__(self, intents: Sequence[Intent], normalizer: Normalizer, stopwords: Collection[str] = ()) -> None:
        self.normalizer = normalizer
        self.stopwords = frozenset(stopwords)
        self._domains: dict[str, _Domain] = {}
        # example -> (intent index, its stems); keyed by the example's value (its text and file line), not
        # its id(): a built assistant is kept pickled, and ids change when it is read back (lint's
        # leave-one-out then found no owner and every example found itself)
        self._owner: dict[Example, tuple[int, frozenset[str]]] = {}
        self._shown: dict[Example, str] = {}
        for index, intent in enumerate(intents):
            domain = self._domains.setdefault(intent.domain, _Domain())
            domain.members.append(index)
            domain.totals[index] = len(intent.examples)
            for example in intent.examples:
                held = self._stems(example.text)
                self._owner[example] = (index, held)
                for word_stem in held:
                    per_intent = domain.counts.setdefault(word_stem, {})
                    per_intent[index] = per_intent.get(index, 0) + 1
                    cited = domain.cited.setdefault(index, {}).setdefault(word_stem, [])
                    if len(cited) < 2:
                        cited.append(example)
        for domain in self._domains.values():
            domain.finish()

    def shown(self, example: Example) -> str:
        """An example as traces print it (written once per example)."""
        text = self._shown.get(example)
        if text is None:
            text = self._shown[example] = f"example {example.text!r} ({example.source})"
        return text

    def _stems(self, text: str) -> frozenset[str]:
        words = self.normalizer.text(text).split()
        return frozenset(s for w, s in zip(words, stems(words)) if w not in self.stopwords)

    def choose(self, domain: str, message_stems: Sequence[str], *, without: Example | None = None) -> Choice | None:
        """The domain's most likely intent for a message's stems (``without`` one example)."""
        found = self._domains.get(domain)
        if found is None:
            return None
        held = dict.fromkeys(message_stems)  # each stem once, in message order: the same sums every run
        owner = self._owner.get(without) if without is not None else None
        if owner is None:
            vectors = found.vectors
            rows = [found.base] + [vectors[s] for s in held if s in vectors]
            scores = [sum(column) for column in zip(*rows)]
        else:
            scores = self._scores_without(found, list(held), *owner)
        best = max(range(len(scores)), key=scores.__getitem__)  # the first of equal scores, in file order
        return self._cite(found, found.members[best], held, without)

    def _scores_without(self, found: _Domain, held: list[str], owner: int, owned: frozenset[str]) -> list[float]:
        """The scores as if one example were not there (slow; for lint): its counts taken out,
        and words only it held no longer the domain's."""
        counts = {}
        for word_stem, per in found.counts.items():
            if word_stem in owned:
                per = {i: c - (i == owner) for i, c in per.items()}
                if not any(per.values()):
                    continue
            counts[word_stem] = per
        totals = {i: found.totals[i] - (i == owner) for i in found.members}
        scores = []
        for index in found.members:
            score = _base(counts, index, totals[index])
            for word_stem in held:
                if word_stem in counts:
                    score += _odds(counts[word_stem].get(index, 0), totals[index])
            scores.append(score)
        return scores

    def _cite(self, found: _Domain, index: int, held: Iterable[str], without: Example | None) -> Choice:
        """The chosen intent's example holding the message's rarest word in this domain."""
        cited, held_by = found.cited.get(index, {}), found.held_by
        telling = sorted([(held_by[s], s) for s in held if s in cited])
        for _, word_stem in telling:
            for example in cited[word_stem]:
                if example is not without:
                    return Choice(index, example, word_stem)
        return Choice(index, None, None)
