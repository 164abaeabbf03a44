"""The intent matcher: keyword and regex rules first, then similarity to examples.

Both stages are indexed so that the cost of a message depends on the words in it, not on
how many intents exist: keyword rules are found through the words they need, regexes
through a literal piece of text they cannot match without, and examples through an
inverted TF-IDF index.
"""

from __future__ import annotations

import math
import re
import re._constants as sre_constants
import re._parser as sre_parser
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from .intents import Example, Intent, IntentSet, KeywordRule, RegexRule, Source
from .normalize import Normalizer

Outcome = Literal["intent", "clarify", "fallback"]


@dataclass(frozen=True)
class MatcherSettings:
    """Thresholds and weights, read from ``amexsim/data/matcher.yaml``."""

    route: float = 0.42
    clarify: float = 0.30
    margin: float = 0.02
    rule_base: float = 0.55
    rule_per_group: float = 0.04
    rule_similarity: float = 0.40
    second_example: float = 0.15
    single_word_overlap: float = 0.7
    stopwords: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Candidate:
    """One intent's score for a message and the evidence behind it."""

    intent: Intent
    score: float
    similarity: float
    rule: str | None = None
    rule_source: Source | None = None
    example: Example | None = None

    def evidence(self) -> str:
        """What matched, with file:line, for traces."""
        parts = []
        if self.rule is not None:
            parts.append(f"pattern {self.rule!r} ({self.rule_source})")
        if self.example is not None:
            parts.append(f"example {self.example.text!r} ({self.example.source}) similarity {self.similarity:.2f}")
        return "; ".join(parts) or "nothing"


@dataclass(frozen=True)
class Match:
    """The matcher's decision for one message."""

    outcome: Outcome
    normalised: str
    candidates: tuple[Candidate, ...] = ()

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None

    @property
    def runner_up(self) -> Candidate | None:
        return self.candidates[1] if len(self.candidates) > 1 else None

    @property
    def rival(self) -> Candidate | None:
        """The best candidate from another domain than the best one (what a question offers)."""
        return _rival(self.candidates)

    @property
    def intent(self) -> Intent | None:
        return self.best.intent if self.outcome == "intent" and self.best else None

    @property
    def score(self) -> float:
        return self.best.score if self.best else 0.0


@dataclass(frozen=True)
class _CompiledRule:
    intent_index: int
    groups: tuple[tuple[tuple[str, ...], ...], ...]  # group -> alternatives -> stem phrase
    unless: tuple[tuple[str, ...], ...]
    text: str
    source: Source


@dataclass(frozen=True)
class _CompiledRegex:
    intent_index: int
    regex: re.Pattern[str]
    source: Source


@dataclass
class Matcher:
    """Index over an :class:`IntentSet`; ``match`` is the only thing callers need."""

    intents: IntentSet
    normalizer: Normalizer = field(default_factory=Normalizer)
    settings: MatcherSettings = field(default_factory=MatcherSettings)

    def __post_init__(self) -> None:
        self._intents = list(self.intents)
        self._rules: list[_CompiledRule] = []
        self._rule_index: dict[str, list[int]] = defaultdict(list)
        self._regexes: list[_CompiledRegex] = []
        self._regex_index: dict[str, list[int]] = defaultdict(list)
        self._unanchored: list[int] = []
        self._examples: list[tuple[int, Example]] = []
        self._postings: dict[str, list[tuple[int, float]]] = {}
        self._idf: dict[str, float] = {}
        self._unknown_idf = 1.0
        for index, intent in enumerate(self._intents):
            for rule in intent.rules:
                if isinstance(rule, KeywordRule):
                    self._add_keyword_rule(index, intent, rule)
            for rule in intent.rules:
                if isinstance(rule, RegexRule):
                    self._regexes.append(_CompiledRegex(index, rule.regex, rule.source))
        self._index_regexes()
        self._index_examples()

    # ----- building -------------------------------------------------------------------
    def _expand(self, word: str, intent: Intent) -> set[tuple[str, ...]]:
        phrases = {self.normalizer.keyword(word)}
        for synonym in intent.synonyms.get(word, ()):
            phrases.add(self.normalizer.keyword(synonym))
        return {phrase for phrase in phrases if phrase}

    def _add_keyword_rule(self, index: int, intent: Intent, rule: KeywordRule) -> None:
        groups = tuple(tuple(sorted(set().union(*(self._expand(word, intent) for word in group)))) for group in rule.groups)
        unless = tuple(sorted(set().union(*(self._expand(word, intent) for word in rule.unless)))) if rule.unless else ()
        rule_id = len(self._rules)
        self._rules.append(_CompiledRule(index, groups, unless, rule.text, rule.source))
        # Every group must match, so indexing the smallest group is enough to find the rule.
        smallest = min(groups, key=len)
        for phrase in smallest:
            self._rule_index[phrase[0]].append(rule_id)

    def _index_regexes(self) -> None:
        anchors = [_anchors(item.regex) for item in self._regexes]
        counts: Counter[str] = Counter(gram for options in anchors if options for anchor in options for gram in _trigrams(anchor))
        for regex_id, options in enumerate(anchors):
            if not options:
                self._unanchored.append(regex_id)
                continue
            for anchor in options:
                rarest = min(_trigrams(anchor), key=lambda gram: counts[gram])
                self._regex_index[rarest].append(regex_id)

    def unanchored_regexes(self) -> list[tuple[str, Source]]:
        """Regexes with no literal of 3+ characters: they run on every message (lint warns)."""
        return [(self._regexes[i].regex.pattern, self._regexes[i].source) for i in self._unanchored]

    def _features(self, normalised: str) -> list[str]:
        stopwords = self.settings.stopwords
        stems = self.normalizer.stems(" ".join(word for word in normalised.split() if word not in stopwords))
        return stems + [f"{a} {b}" for a, b in zip(stems, stems[1:])]

    def _index_examples(self) -> None:
        documents = []
        for index, intent in enumerate(self._intents):
            for example in intent.examples:
                self._examples.append((index, example))
                documents.append(self._features(self.normalizer.text(example.text)))
        frequency: Counter[str] = Counter(feature for document in documents for feature in set(document))
        total = len(documents)
        self._idf = {feature: math.log((total + 1) / (count + 1)) + 1.0 for feature, count in frequency.items()}
        self._unknown_idf = math.log(total + 1) + 1.0
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for example_id, document in enumerate(documents):
            for feature, weight in self._vector(document).items():
                postings[feature].append((example_id, weight))
        self._postings = dict(postings)

    def _vector(self, features: list[str]) -> dict[str, float]:
        """Unit-length TF-IDF weights. Words no example has count at full weight in the
        norm: "set the temperature" must not look like "set up autopay" just because
        "temperature" is unknown. (Unseen word pairs are too common to count.)"""
        counts = Counter(features)
        weights = {
            feature: count * self._idf.get(feature, 0.0 if " " in feature else self._unknown_idf) for feature, count in counts.items()
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {feature: weight / norm for feature, weight in weights.items() if feature in self._idf}

    # ----- matching -------------------------------------------------------------------
    def match(self, text: str, *, without: Example | None = None) -> Match:
        """Score the intents for a (guard-redacted) message and decide what to do.

        ``without`` leaves one example out of the similarity stage, so lint can ask whether
        an example would be understood if it were not itself in the index.
        """
        normalised = self.normalizer.text(text)
        stems = self.normalizer.stems(normalised)
        if not stems:
            return Match("fallback", normalised)
        fired = self._fired_rules(normalised, stems)
        similar = self._similar_examples(normalised, without)
        candidates = self._score(fired, similar)
        if not candidates:
            return Match("fallback", normalised)
        return Match(self._decide(candidates), normalised, tuple(candidates[:3]))

    def _fired_rules(self, normalised: str, stems: list[str]) -> dict[int, tuple[int, str, Source]]:
        """Best fired rule per intent: (groups matched, rule text, source)."""
        fired: dict[int, tuple[int, str, Source]] = {}
        present = set(stems)
        seen: set[int] = set()
        for stem in present:
            for rule_id in self._rule_index.get(stem, ()):
                if rule_id in seen:
                    continue
                seen.add(rule_id)
                rule = self._rules[rule_id]
                if all(any(_has(phrase, present, stems) for phrase in group) for group in rule.groups) and not any(
                    _has(phrase, present, stems) for phrase in rule.unless
                ):
                    strength = len(rule.groups)
                    if rule.intent_index not in fired or fired[rule.intent_index][0] < strength:
                        fired[rule.intent_index] = (strength, rule.text, rule.source)
        if self._regexes:
            regex_ids = set(self._unanchored)
            for gram in _trigrams(normalised):
                regex_ids.update(self._regex_index.get(gram, ()))
            for regex_id in regex_ids:
                item = self._regexes[regex_id]
                if item.intent_index not in fired and item.regex.search(normalised):
                    fired[item.intent_index] = (2, item.regex.pattern, item.source)
        return fired

    def _similar_examples(self, normalised: str, without: Example | None = None) -> dict[int, list[tuple[float, int]]]:
        """Per intent, its two most similar examples as (cosine, example id)."""
        query = self._vector(self._features(normalised))
        scores: dict[int, float] = defaultdict(float)
        shared: dict[int, int] = defaultdict(int)
        for feature, weight in query.items():
            for example_id, example_weight in self._postings.get(feature, ()):
                scores[example_id] += weight * example_weight
                shared[example_id] += 1
        single = self.settings.single_word_overlap
        best: dict[int, list[tuple[float, int]]] = {}
        for example_id, score in scores.items():
            intent_index, example = self._examples[example_id]
            if example is without:
                continue
            if shared[example_id] == 1:
                score *= single  # one shared word ("see", "set", "ship") is weak evidence
            top = best.setdefault(intent_index, [])
            top.append((score, example_id))
            if len(top) > 2:
                top.sort(reverse=True)
                top.pop()
        for top in best.values():
            top.sort(reverse=True)
        return best

    def _score(self, fired: dict[int, tuple[int, str, Source]], similar: dict[int, list[tuple[float, int]]]) -> list[Candidate]:
        """Combine the two stages. Ranking uses the raw sums (a fired rule wins a tie with
        similarity alone); the reported score is capped at 1."""
        s = self.settings
        ranked = []
        for intent_index in fired.keys() | similar.keys():
            top = similar.get(intent_index, [])
            similarity = (top[0][0] + s.second_example * top[1][0]) if len(top) > 1 else (top[0][0] if top else 0.0)
            example = self._examples[top[0][1]][1] if top else None
            rule = fired.get(intent_index)
            intent = self._intents[intent_index]
            if rule is not None:
                raw = s.rule_base + s.rule_per_group * min(rule[0], 3) + s.rule_similarity * similarity
                candidate = Candidate(intent, min(raw, 1.0), min(similarity, 1.0), rule[1], rule[2], example)
            else:
                raw = similarity
                candidate = Candidate(intent, min(raw, 1.0), min(similarity, 1.0), example=example)
            ranked.append((-raw, rule is None, intent.name, candidate))
        ranked.sort(key=lambda item: item[:3])
        return [item[3] for item in ranked]

    def _decide(self, candidates: list[Candidate]) -> Outcome:
        s = self.settings
        best = candidates[0]
        if best.score < s.clarify:
            return "fallback"
        rival = _rival(candidates)
        close = rival is not None and rival.score >= s.clarify and best.score - rival.score < s.margin
        if best.score >= s.route and not close:
            return "intent"
        return "clarify" if rival is not None and rival.score >= s.clarify else ("intent" if best.score >= s.route else "fallback")


def _rival(candidates: Sequence[Candidate]) -> Candidate | None:
    if not candidates:
        return None
    return next((c for c in candidates[1:] if c.intent.domain != candidates[0].intent.domain), None)


def _has(phrase: tuple[str, ...], present: set[str], stems: list[str]) -> bool:
    if len(phrase) == 1:
        return phrase[0] in present
    if phrase[0] not in present:
        return False
    n = len(phrase)
    return any(tuple(stems[i : i + n]) == phrase for i in range(len(stems) - n + 1))


def _trigrams(text: str) -> set[str]:
    return {text[i : i + 3] for i in range(len(text) - 2)}


def _anchors(regex: re.Pattern[str]) -> list[str] | None:
    """Literal pieces one of which any match must contain, or None if there is none of 3+ chars."""
    try:
        parsed = sre_parser.parse(regex.pattern, regex.flags)
    except re.error:  # pragma: no cover - already compiled once
        return None
    if regex.flags & re.IGNORECASE:
        return None
    return _sequence_anchors(list(parsed))


def _sequence_anchors(items: list) -> list[str] | None:
    runs: list[str] = []
    current: list[str] = []
    branches: list[list[str]] = []
    for op, arg in items:
        if op is sre_constants.LITERAL:
            current.append(chr(arg))
            continue
        if current:
            runs.append("".join(current))
            current = []
        if op is sre_constants.SUBPATTERN:
            inner = _sequence_anchors(list(arg[3]))
            if inner:
                branches.append(inner)
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and arg[0] >= 1:
            inner = _sequence_anchors(list(arg[2]))
            if inner:
                branches.append(inner)
        elif op is sre_constants.BRANCH:
            options = [_sequence_anchors(list(branch)) for branch in arg[1]]
            if all(options):
                branches.append([anchor for option in options for anchor in option])
    if current:
        runs.append("".join(current))
    longest = max(runs, key=len, default="")
    if len(longest) >= 3:
        return [longest]
    if branches:
        return min(branches, key=len)
    return None
