"""The intent matcher: keyword and regex rules first, then similarity to examples.

When the rules of exactly one intent fire, that intent is the answer (its score is the
rule's); similarity to the example utterances decides when no rule fires, and ranks the
intents when the rules of several fire.

Both stages are indexed so that the cost of a message depends on the words in it, not on
how many intents exist:
- a keyword rule is filed under one word of its rarest group (a message without that word
  cannot fire it), so only rules that may fire are checked;
- a regex is filed under a three-letter piece of a literal it cannot match without;
- examples sit in an inverted TF-IDF index. Very common words ("card") are not walked
  through their long posting lists; they only add to examples a rarer word already found.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from ..errors import IntentFileError
from .anchors import longest_whole_match, message_keys, word_keys
from .intents import Example, Intent, IntentSet, KeywordRule, Source
from .normalize import Normalizer, stem

Outcome = Literal["intent", "clarify", "fallback"]
_REGEX_STRENGTH = 2  # a regex counts like a two-group keyword rule


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
    common_word_examples: int = 40
    similarity_floor: float = 0.1
    stopwords: frozenset[str] = frozenset()


class Candidate(NamedTuple):
    """One intent's score for a message and the evidence behind it (a named tuple: the
    matcher makes a few per message, and tuples are the cheapest record Python has)."""

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


class Match(NamedTuple):
    """The matcher's decision for one message: the best candidates (at most three) and,
    when those share one domain, the best candidate of another domain after them."""

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
        if not self.candidates:
            return None
        domain = self.candidates[0].intent.domain
        return next((c for c in self.candidates[1:] if c.intent.domain != domain), None)

    @property
    def intent(self) -> Intent | None:
        return self.best.intent if self.outcome == "intent" and self.best else None

    @property
    def score(self) -> float:
        return self.best.score if self.best else 0.0


# A keyword group as the matcher checks it: one-word stems, phrases of several stems (looked
# up among the message's word sequences), and the phrases' first stems (if none is in the
# message, no phrase can match and the sequences need not be built).
_Group = tuple[frozenset[str], frozenset[tuple[str, ...]], frozenset[str]]


@dataclass(frozen=True)
class _Rule:
    intent_index: int
    checks: tuple[_Group, ...]  # the groups that must match, then the unless group that must not
    text: str
    source: Source


@dataclass(frozen=True)
class _Regex:
    intent_index: int
    regex: re.Pattern[str]
    source: Source
    longest: int  # the longest text it can match whole (``^...$``); others: no limit


class _Ranked(NamedTuple):
    """An intent's raw score before it becomes a :class:`Candidate` (only the top few do)."""

    raw: float
    intent_index: int
    similarity: float
    example_id: int | None


@dataclass
class Matcher:
    """Index over an :class:`IntentSet`; ``match`` is the only thing callers need."""

    intents: IntentSet
    normalizer: Normalizer = field(default_factory=Normalizer)
    settings: MatcherSettings = field(default_factory=MatcherSettings)

    def __post_init__(self) -> None:
        self._intents = list(self.intents)
        self._examples: list[tuple[int, Example]] = []
        self._rules: list[_Rule] = []
        self._rule_index: dict[str, list[int]] = defaultdict(list)
        self._regexes: list[_Regex] = []
        self._regex_index: dict[str, list[int]] = defaultdict(list)
        self._unanchored: list[int] = []
        self._idf: dict[str, float] = {}
        self._unknown_idf = 1.0
        self._postings: dict[str, tuple[tuple[int, ...], tuple[float, ...]]] = {}  # feature -> example ids, weights
        self._common: frozenset[str] = frozenset()
        self._vectors: list[dict[str, float]] = []
        self._phrase_starts: dict[str, tuple[int, ...]] = {}  # first stem of a rule phrase -> phrase lengths
        self._stopword_stems = frozenset(stem(word) for word in self.settings.stopwords)
        stem_frequency, key_frequency = self._index_examples()
        for index, intent in enumerate(self._intents):
            for rule in intent.rules:
                if isinstance(rule, KeywordRule):
                    self._add_keyword_rule(index, intent, rule, stem_frequency)
                else:
                    self._regexes.append(_Regex(index, rule.regex, rule.source, longest_whole_match(rule.regex)))
        self._index_regexes(key_frequency)

    # ----- building -------------------------------------------------------------------
    def _phrases(self, words: tuple[str, ...], intent: Intent) -> set[tuple[str, ...]]:
        phrases = set()
        for word in words:
            for form in (word, *intent.synonyms.get(word, ())):
                phrase = self.normalizer.keyword(form)
                if phrase:
                    phrases.add(phrase)
        return phrases

    def _add_keyword_rule(self, index: int, intent: Intent, rule: KeywordRule, frequency: Counter[str]) -> None:
        groups = [self._phrases(group, intent) for group in rule.groups]
        if not all(groups):
            raise IntentFileError(rule.source.path, rule.source.line, f"keyword rule {rule.text!r} has a group with no words in it")
        unless = self._phrases(rule.unless, intent)
        for phrase in (p for g in (*groups, unless) for p in g if len(p) > 1):
            self._phrase_starts[phrase[0]] = tuple(sorted({*self._phrase_starts.get(phrase[0], ()), len(phrase)}))
        rule_id = len(self._rules)
        self._rules.append(_Rule(index, (*(_group(g) for g in groups), _group(unless)), rule.text, rule.source))
        # Every group must match, so the rule is filed under its rarest group: under the
        # rarest word of each alternative, which any message firing it must contain.
        stopwords = self._stopword_stems

        def rarity(word: str) -> int:
            return 10**9 if word in stopwords else frequency[word]

        def cost(group: set[tuple[str, ...]]) -> int:
            return sum(min(rarity(word) for word in phrase) + 1 for phrase in group)

        for phrase in min(groups, key=cost):
            key = min(phrase, key=rarity)
            if rule_id not in self._rule_index[key]:
                self._rule_index[key].append(rule_id)

    def _index_regexes(self, key_frequency: Counter[str]) -> None:
        for regex_id, item in enumerate(self._regexes):
            keys = word_keys(item.regex, key_frequency.__getitem__)
            if keys is None:
                self._unanchored.append(regex_id)
            for key in keys or ():
                self._regex_index[key].append(regex_id)

    def unanchored_regexes(self) -> list[tuple[str, Source]]:
        """Regexes with no word they must contain: they run on every message (lint warns)."""
        return [(self._regexes[i].regex.pattern, self._regexes[i].source) for i in self._unanchored]

    def _index_examples(self) -> tuple[Counter[str], Counter[str]]:
        """Build the TF-IDF index. Returns how many examples contain each stem and each
        word beginning: how often a message will, which is what indexing rules needs."""
        documents = []
        stem_frequency: Counter[str] = Counter()
        key_frequency: Counter[str] = Counter()
        for index, intent in enumerate(self._intents):
            for example in intent.examples:
                self._examples.append((index, example))
                words = self.normalizer.text(example.text).split()
                stems = [stem(word) for word in words]
                stem_frequency.update(set(stems))
                key_frequency.update(message_keys(words))
                documents.append(self._features(words, stems))
        frequency: Counter[str] = Counter(feature for document in documents for feature in set(document))
        total = len(documents)
        self._idf = {feature: math.log((total + 1) / (count + 1)) + 1.0 for feature, count in frequency.items()}
        self._unknown_idf = math.log(total + 1) + 1.0
        self._common = frozenset(f for f, count in frequency.items() if count > self.settings.common_word_examples)
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for example_id, document in enumerate(documents):
            vector = self._vector(document)
            self._vectors.append({f: w for f, w in vector.items() if f in self._common})
            for feature, weight in vector.items():
                postings[feature].append((example_id, weight))
        self._postings = {feature: (tuple(i for i, _ in pairs), tuple(w for _, w in pairs)) for feature, pairs in postings.items()}
        return stem_frequency, key_frequency

    def _features(self, words: list[str], stems: list[str]) -> list[str]:
        stopwords = self.settings.stopwords
        content = [s for w, s in zip(words, stems) if w not in stopwords]
        return content + [f"{a} {b}" for a, b in zip(content, content[1:])]

    def _vector(self, features: list[str]) -> dict[str, float]:
        """Unit-length TF-IDF weights. Words no example has count at full weight in the
        norm: "set the temperature" must not look like "set up autopay" just because
        "temperature" is unknown. (Unseen word pairs are too common to count.)"""
        counts = Counter(features)
        idf, unknown = self._idf, self._unknown_idf
        weights = {feature: count * idf.get(feature, 0.0 if " " in feature else unknown) for feature, count in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {feature: weight / norm for feature, weight in weights.items() if feature in idf}

    # ----- matching -------------------------------------------------------------------
    def match(self, text: str, *, without: Example | None = None) -> Match:
        """Score the intents for a (guard-redacted) message and decide what to do.

        ``without`` leaves one example out of the similarity stage, so lint can ask whether
        an example would be understood if it were not itself in the index.
        """
        normalised = self.normalizer.text(text)
        words = normalised.split()
        if not words:
            return Match("fallback", normalised)
        stems = [stem(word) for word in words]
        fired = self._fired_rules(normalised, words, stems)
        # Rules first: when the rules of exactly one intent fire, they decide. Similarity
        # is needed when no rule fires, or to rank several intents whose rules fired.
        similar = self._similar_examples(words, stems, without) if len(fired) != 1 else {}
        ranked = self._rank(fired, similar)
        if not ranked:
            return Match("fallback", normalised)
        shown = _shown(ranked, self._intents)
        return Match(self._decide(shown), normalised, tuple(self._candidate(item, fired) for item in shown))

    def _fired_rules(self, normalised: str, words: list[str], stems: list[str]) -> dict[int, tuple[int, str, Source]]:
        """Best fired rule per intent: (strength, rule text, source)."""
        fired: dict[int, tuple[int, str, Source]] = {}
        present = set(stems)
        sequences: set[tuple[str, ...]] | None = None  # built only if a phrase must be looked up
        checked: set[int] = set()
        for word in present:
            for rule_id in self._rule_index.get(word, ()):
                if rule_id in checked:
                    continue
                checked.add(rule_id)
                rule = self._rules[rule_id]
                matched = 0  # groups in a row that match; the unless group comes last
                for singles, phrases, heads in rule.checks:
                    hit = not singles.isdisjoint(present)
                    if not hit and not heads.isdisjoint(present):
                        if sequences is None:
                            sequences = _sequences(stems, self._phrase_starts)
                        hit = not phrases.isdisjoint(sequences)
                    if not hit:
                        break
                    matched += 1
                strength = len(rule.checks) - 1
                if matched == strength and fired.get(rule.intent_index, (0,))[0] < strength:
                    fired[rule.intent_index] = (strength, rule.text, rule.source)
        if self._regexes:
            regex_ids = set(self._unanchored)
            for key in message_keys(words):
                regex_ids.update(self._regex_index.get(key, ()))
            for regex_id in regex_ids:
                item = self._regexes[regex_id]
                if item.intent_index not in fired and len(normalised) <= item.longest and item.regex.search(normalised):
                    fired[item.intent_index] = (_REGEX_STRENGTH, item.regex.pattern, item.source)
        return fired

    def _similar_examples(self, words: list[str], stems: list[str], without: Example | None) -> dict[int, list]:
        """Per intent, its two most similar examples: [cosine, example id, cosine, example id].

        Examples scoring under ``similarity_floor`` are left out: too weak to change any
        decision, and most of the work for a long message."""
        query = self._vector(self._features(words, stems))
        scores: dict[int, float] = {}
        shared: Counter[int] = Counter()  # how many features each example shares with the message
        common = []
        get = scores.get
        for feature, weight in query.items():
            if feature in self._common:
                common.append((feature, weight))
                continue
            ids, weights = self._postings[feature]
            shared.update(ids)
            for example_id, example_weight in zip(ids, weights):
                scores[example_id] = get(example_id, 0.0) + weight * example_weight
        for feature, weight in common:
            for example_id in scores:
                example_weight = self._vectors[example_id].get(feature)
                if example_weight is not None:
                    scores[example_id] += weight * example_weight
                    shared[example_id] += 1
        single = self.settings.single_word_overlap  # one shared word ("see", "set") is weak evidence
        floor = self.settings.similarity_floor
        best: dict[int, list] = {}  # intent -> [best score, its example, second score, its example]
        examples = self._examples
        for example_id, score in scores.items():
            if score < floor:
                continue
            intent_index, example = examples[example_id]
            if example is without:
                continue
            if shared[example_id] == 1:
                score *= single
            top = best.get(intent_index)
            if top is None:
                best[intent_index] = [score, example_id, 0.0, None]
            elif score > top[0]:
                top[2:] = top[:2]
                top[:2] = score, example_id
            elif score > top[2]:
                top[2:] = score, example_id
        return best

    def _rank(self, fired: dict[int, tuple[int, str, Source]], similar: dict[int, list]) -> list[_Ranked]:
        """Combine the stages; a fired rule wins a tie with similarity alone."""
        s = self.settings
        ranked = []
        for intent_index in fired.keys() | similar.keys():
            top = similar.get(intent_index)
            similarity = top[0] + s.second_example * top[2] if top else 0.0
            rule = fired.get(intent_index)
            raw = similarity if rule is None else s.rule_base + s.rule_per_group * min(rule[0], 3) + s.rule_similarity * similarity
            key = (-raw, rule is None, self._intents[intent_index].name)
            ranked.append((key, _Ranked(raw, intent_index, similarity, top[1] if top else None)))
        ranked.sort(key=lambda pair: pair[0])
        return [item for _, item in ranked]

    def _candidate(self, item: _Ranked, fired: dict[int, tuple[int, str, Source]]) -> Candidate:
        example = self._examples[item.example_id][1] if item.example_id is not None else None
        rule = fired.get(item.intent_index)
        intent = self._intents[item.intent_index]
        score, similarity = min(item.raw, 1.0), min(item.similarity, 1.0)
        if rule is None:
            return Candidate(intent, score, similarity, example=example)
        return Candidate(intent, score, similarity, rule[1], rule[2], example)

    def _decide(self, shown: list[_Ranked]) -> Outcome:
        s = self.settings
        best = min(shown[0].raw, 1.0)
        if best < s.clarify:
            return "fallback"
        domain = self._intents[shown[0].intent_index].domain
        rival = next((min(r.raw, 1.0) for r in shown[1:] if self._intents[r.intent_index].domain != domain), None)
        if rival is None or rival < s.clarify:
            return "intent" if best >= s.route else "fallback"
        return "intent" if best >= s.route and best - rival >= s.margin else "clarify"


def _shown(ranked: list[_Ranked], intents: list[Intent]) -> list[_Ranked]:
    """The top three, plus the best of another domain when the top three share one."""
    shown = ranked[:3]
    domain = intents[shown[0].intent_index].domain
    if all(intents[r.intent_index].domain == domain for r in shown):
        rival = next((r for r in ranked[3:] if intents[r.intent_index].domain != domain), None)
        if rival is not None:
            shown.append(rival)
    return shown


def _group(phrases: set[tuple[str, ...]]) -> _Group:
    longer = frozenset(p for p in phrases if len(p) > 1)
    return frozenset(p[0] for p in phrases if len(p) == 1), longer, frozenset(p[0] for p in longer)


def _sequences(stems: list[str], starts: dict[str, tuple[int, ...]]) -> set[tuple[str, ...]]:
    """The runs of consecutive stems that could be a rule's phrase: only those beginning with
    a phrase's first stem, and only as long as such phrases are."""
    return {tuple(stems[i : i + n]) for i, word in enumerate(stems) for n in starts.get(word, ())}
