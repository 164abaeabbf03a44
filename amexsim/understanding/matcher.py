"""The intent matcher: a learnt domain scorer, hand-written rules, and per-domain word counts.

1. The learnt scorer (:mod:`amexsim.understanding.domain_model`) gives every domain a
   probability from the message's words, word pairs and pieces of words.
2. Rules (:mod:`amexsim.understanding.rules`) are precise: a fired rule multiplies its
   domain's odds by ``exp(rule_boost)``. A rule wins unless the scorer is all but sure of
   another domain; rules of domains the boost could not lift to the top are not even tried.
3. Within the chosen domain, the fired rule's intent answers; otherwise the intent the
   domain's examples make most likely (:mod:`amexsim.understanding.intent_choice`).
4. The domain's share after the rules is the score: at or above ``route`` it answers, close
   to a rival domain or between ``clarify`` and ``route`` it asks (unless it leads every rival
   by ``lead``, or is ``lead_ratio`` times a rival that does not reach ``clarify``: it answers),
   below it falls back. So
   does a message whose words are mostly unknown to every example, unless a rule fired.

Every message word is looked up once, in one table that holds what each stage needs of it
(its stem, its packed weights, the rules filed under it): that, and summing packed weights
in one go, is what keeps a turn fast.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter
from typing import Literal, NamedTuple

from .disclaimers import request_after_disclaimer
from .domain_model import DomainModel, DomainScores
from .intent_choice import IntentChooser
from .intents import Example, Intent, IntentSet, Source
from .normalize import Normalizer
from .normalize import plain as plain_of
from .normalize import stems as stems_of
from .request_clause import final_request
from .rules import Fired, RuleIndex
from .typos import TypoReader

Outcome = Literal["intent", "clarify", "fallback"]


@dataclass(frozen=True)
class MatcherSettings:
    """Thresholds and weights, read from ``amexsim/data/matcher.yaml``."""

    route: float = 0.5
    clarify: float = 0.3
    margin: float = 0.1
    two_requests_margin: float = 0.3
    lead: float = 1.0  # under route but at least clarify: still answer when this far ahead of every rival
    lead_ratio: float = math.inf  # ... or when no rival reaches clarify and the best is this many times the next
    rule_boost: float = 4.0
    known_floor: float = 0.3
    shown_floor: float = 0.1
    stopwords: frozenset[str] = frozenset()


_PERSON_DOMAIN = "agent_request"


class Candidate(NamedTuple):
    """One intent's score for a message and the evidence behind it (a named tuple: the
    matcher makes one or two per message, and tuples are the cheapest record Python has)."""

    intent: Intent
    score: float  # the domain's share after the learnt scorer and the rules
    learnt: float = 0.0  # the scorer's probability for the intent's domain, before rules
    rule: str | None = None
    rule_source: Source | None = None
    example: Example | None = None  # an example of the intent holding the message's most telling word
    scores: DomainScores | None = None  # to name the words that decided, when asked
    against: str | None = None  # the domain those words are weighed against
    model_source: str = ""
    shown: tuple[str, str] = ("", "")  # the rule and the example as traces print them, written once each

    def words(self, count: int = 3) -> list[tuple[str, float]]:
        """The message's words and word pairs that most raised this domain over the rival."""
        if self.scores is None or self.against is None:
            return []
        return self.scores.deciding_terms(self.intent.domain, self.against, count)

    def evidence(self) -> str:
        """What decided, with file:line, for traces: the rule that fired or, when none did, the
        words the learnt scorer weighed most (against the next domain); and an example."""
        rule, example = self.shown
        parts = [rule] if rule else []
        if self.scores is not None:
            learnt = f"learnt {self.intent.domain} {self.learnt:.2f}"
            if not rule and self.against:
                words = ", ".join([f"{word!r} {weight:+.2f}" for word, weight in self.words()]) or "no word in particular"
                learnt += f" from {words} over {self.against}"
            parts.append(f"{learnt} ({self.model_source})")
        if example:
            parts.append(example)
        return "; ".join(parts) or "nothing"


class Match(NamedTuple):
    """The matcher's decision for one message: the best candidate of the likeliest domain and,
    when another domain is in the running, the best candidate of that one."""

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


_TABLE_LIMIT = 50_000  # words kept in the matcher's table; beyond this it starts again (same results)
_STEM, _MODEL, _RULES, _REGEXES = (itemgetter(i) for i in range(4))
# The first words a disclaimer can open with (request_after_disclaimer is tried only after them).
_DISCLAIMER_STARTS = frozenset(
    ["hi", "hey", "ok", "okay", "so", "no", "well", "look", "listen", "um", "uh", "sorry", "i", "im", "not", "do"]
    + ["besides", "aside", "apart", "other", "except", "my", "the", "our"]
)  # the fields of a _WordEntry, read in C


class _WordEntry(NamedTuple):
    """What every stage needs to know about one word, looked up once per message word."""

    stem: str
    model: tuple  # the learnt scorer's entry (see DomainModel.word_vector)
    rules: tuple[int, ...]  # keyword rules filed under the word's stem
    regexes: tuple[int, ...]  # regexes filed under the word's first letters


@dataclass
class Matcher:
    """Index over an :class:`IntentSet`; ``match`` is the only thing callers need.

    ``model`` defaults to the shipped weights when they were fitted on these intents, and to
    a model fitted now otherwise (see :func:`amexsim.understanding.training.model_for`)."""

    intents: IntentSet
    normalizer: Normalizer = field(default_factory=Normalizer)
    settings: MatcherSettings = field(default_factory=MatcherSettings)
    model: DomainModel | None = None

    def __post_init__(self) -> None:
        if self.model is None:
            from .training import model_for

            self.model = model_for(self.intents, self.normalizer)
        s = self.settings
        self._intents = list(self.intents)
        self._rules = RuleIndex(self._intents, self.normalizer, s.stopwords)
        self._chooser = IntentChooser(self._intents, self.normalizer, s.stopwords)
        self._boost = math.exp(s.rule_boost)
        self._by_domain: dict[str, list[int]] = {}
        for index, intent in enumerate(self._intents):
            self._by_domain.setdefault(intent.domain, []).append(index)
        self._domain_of = [intent.domain for intent in self._intents]
        self._domain_index = {domain: i for i, domain in enumerate(self.model.domains)}
        self._table: dict[str, _WordEntry] = {}
        self._model_source = self.model.source
        self._typos = TypoReader(self.normalizer.text(example.text) for intent in self._intents for example in intent.examples)

    def unanchored_regexes(self) -> list[tuple[str, Source]]:
        """Regexes with no word they must contain: they run on every message (lint warns)."""
        return self._rules.unanchored()

    def fired_rules(self, text: str) -> list[tuple[Intent, Fired]]:
        """Every intent whose rules fire on a message, whatever the scorer thinks (for lint)."""
        normalised = self.normalizer.text(text)
        words = normalised.split()
        fired = self._rules.fired(normalised, words, stems_of(words))
        return [(self._intents[index], rule) for index, rule in sorted(fired.items())]

    def _word(self, word: str) -> _WordEntry:
        word_stem = stems_of([word])[0]
        entry = _WordEntry(word_stem, self.model.word_vector(word), *self._rules.filed_under(word, word_stem))
        if len(self._table) >= _TABLE_LIMIT:
            self._table.clear()
        self._table[word] = entry
        return entry

    # ----- matching -------------------------------------------------------------------
    def match(self, text: str, *, without: Example | None = None, plain: str | None = None) -> Match:
        """Score the intents for a (guard-redacted) message and decide what to do.

        ``without`` leaves one example out of the nearest-example stage, so lint can ask
        whether an example would find its own intent if it were not itself listed. ``plain``
        is the message's :func:`normalize.plain` form, when the caller has folded it already.
        """
        normalised, words = self.normalizer.spelled_words(plain_of(text) if plain is None else plain)
        if not words:
            return Match("fallback", normalised)
        if words[0] in _DISCLAIMER_STARTS and (request := request_after_disclaimer(normalised)) is not None:
            # "i dont want a new card, i just want to lock it": the request after the disclaimer decides
            return self.match(request, without=without, plain=request)
        entries = list(map(self._table.get, words))
        if None in entries:
            entries = [entry or self._word(word) for word, entry in zip(words, entries)]
        stems = list(map(_STEM, entries))
        scores = self.model.score_entries(words, list(map(_MODEL, entries)))
        if scores.known < self.settings.known_floor and (fixed := self._typos.fixed(words)) is not None:
            # Mostly unknown words: read again with one-slip typos corrected ("chnage my adress").
            return self.match(fixed, without=without, plain=fixed)
        domains, learnt = scores.domains, scores.probabilities
        boost = self._boost
        # "<a story>. can you freeze it": the closing request may lift a domain whose rule fires
        request = final_request(text)
        asked = self._request_scores(request) if request is not None else None
        lifted = learnt if asked is None else tuple(map(max, learnt, asked))
        reach = max(learnt) / boost  # a domain below this stays below the top even with a rule
        within = {domain for domain, p in zip(domains, lifted) if p >= reach}
        rule_ids = chain.from_iterable(map(_RULES, entries))
        regex_ids = list(chain.from_iterable(map(_REGEXES, entries)))
        fired = self._rules.check(normalised, stems, rule_ids, regex_ids, within)
        if request is not None and _PERSON_DOMAIN in within:
            # "is this a bot? i want a person": a closing request for a person is one even where a
            # word of the story would veto it ("is this" keeps "a person" from asking for one).
            # Only for a person: a closing "can you freeze it" must not outvote a fraud story.
            closing_words = self.normalizer.text(request).split()
            closing = self._rules.fired(" ".join(closing_words), closing_words, stems_of(closing_words), (_PERSON_DOMAIN,))
            for index, rule in closing.items():
                fired.setdefault(index, rule)
        odds = list(learnt)
        for domain in {self._domain_of[index] for index in fired}:
            at = self._domain_index[domain]
            odds[at] = lifted[at] * boost
        if regex_ids and (whole := self._rules.whole_message(normalised, regex_ids)):
            # "what cards do i have" to a scorer sure of rewards: a whole-message pattern decides
            fired.update(whole)
            top = max(odds)
            for domain in {self._domain_of[index] for index in whole}:
                odds[self._domain_index[domain]] = top * boost
        total = sum(odds)
        first = odds.index(max(odds))  # ties: the first domain in DOMAINS order
        rest = odds.copy()
        rest[first] = -1.0
        second = rest.index(max(rest)) if len(rest) > 1 else None
        against = domains[second] if second is not None else None
        candidates = [self._candidate_of(domains[first], odds[first] / total, learnt[first], fired, stems, scores, against, without)]
        if second is not None and odds[second] / total >= self.settings.shown_floor:
            share = odds[second] / total
            candidates.append(self._candidate_of(domains[second], share, learnt[second], fired, stems, scores, domains[first], without))
        decided = Match(self._decide(candidates, scores), normalised, tuple(candidates))
        if request is not None and decided.outcome == "clarify":
            # the story's domain and the request's both fired: a rule in the request itself settles it
            # (which intent of the domain, the story often says: "charged twice ... i want my money back")
            closing = self.match(request, without=without)
            fired_domains = {self._domain_of[index] for index in fired}
            if closing.outcome == "intent" and closing.best.rule is not None and closing.intent.domain in fired_domains:
                return closing
        return decided

    def _request_scores(self, request: str) -> tuple[float, ...] | None:
        """The scorer's reading of the message's closing request alone."""
        words = self.normalizer.text(request).split()
        if not words:
            return None
        entries = [self._table.get(word) or self._word(word) for word in words]
        return self.model.score_entries(words, list(map(_MODEL, entries))).probabilities

    def _candidate_of(
        self,
        domain: str,
        share: float,
        learnt: float,
        fired: dict[int, Fired],
        stems: list[str],
        scores: DomainScores,
        against: str | None,
        without: Example | None = None,
    ) -> Candidate:
        """A domain's intent: the one whose rule fired (the strongest, if several), else the
        one the domain's examples make most likely (see IntentChooser)."""
        members = self._by_domain.get(domain, ())
        domain_of = self._domain_of  # fired holds a rule or two: cheaper to walk than the domain's intents
        ruled = sorted([index for index in fired if domain_of[index] == domain]) if fired else []
        if len(ruled) == 1:  # the rule says which intent; no need to weigh the examples
            return self._make(ruled[0], share, learnt, fired, None, scores, against)
        choice = self._chooser.choose(domain, stems, without=without)
        if ruled:
            strongest = max(fired[index].strength for index in ruled)
            ruled = [index for index in ruled if fired[index].strength == strongest]
            index = choice.intent_index if choice is not None and choice.intent_index in ruled else ruled[0]
        else:
            index = choice.intent_index if choice is not None else members[0]
            if self._intents[index].rules_only:  # no rule of it fired: the domain's general intent answers
                index = next((member for member in members if not self._intents[member].rules_only), index)
        example = choice.example if choice is not None and choice.intent_index == index else None
        return self._make(index, share, learnt, fired, example, scores, against)

    def _make(
        self,
        index: int,
        share: float,
        learnt: float,
        fired: dict[int, Fired],
        example: Example | None,
        scores: DomainScores,
        against: str | None,
    ) -> Candidate:
        rule = fired.get(index)
        shown = (rule.shown if rule else "", self._chooser.shown(example) if example else "")
        text, source = (rule.text, rule.source) if rule else (None, None)
        return Candidate(self._intents[index], share, learnt, text, source, example, scores, against, self._model_source, shown)

    def _decide(self, candidates: list[Candidate], scores: DomainScores) -> Outcome:
        """Answer, ask or fall back. Two domains whose rules both fired, neither far behind,
        are two requests in one message ("pay my bill and dispute a charge"): ask which first."""
        s = self.settings
        best = candidates[0]
        if best.rule is None and scores.known < s.known_floor:
            return "fallback"
        if best.score < s.clarify:
            return "fallback"
        rival = candidates[1] if len(candidates) > 1 else None
        rival_score = rival.score if rival else 0.0
        both_ruled = rival is not None and best.rule is not None and rival.rule is not None
        margin = s.two_requests_margin if both_ruled else s.margin
        if best.score >= s.route and best.score - rival_score >= margin:
            return "intent"
        if best.score - rival_score >= s.lead:
            return "intent"
        if rival_score < s.clarify and best.score >= s.lead_ratio * rival_score:
            return "intent"  # "i'll be using my mastercard in iceland this weekend": travel 0.46, the next 0.12
        return "clarify" if rival_score >= s.clarify or best.score >= s.route else "fallback"
