"""The hand-written rules of the intents, indexed so a message only checks rules it can fire.

- A keyword rule is filed under one word of its rarest group (a message without that word
  cannot fire it), so only rules that may fire are checked.
- A regex is filed under the first letters of a word it cannot match without (see
  :mod:`amexsim.understanding.anchors`); the few with no such word run on every message.

A message can also name the domains worth checking: rules of other domains are skipped, which
is how the matcher spends no time on rules the learnt scorer has already ruled out.
"""

from __future__ import annotations

import re
import re._constants as c
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from itertools import chain
from typing import NamedTuple

from ..errors import IntentFileError
from .anchors import KEY_LENGTH, longest_whole_match, message_keys, start_key, start_texts, word_keys
from .intents import Intent, KeywordRule, Source
from .normalize import Normalizer, stem

REGEX_STRENGTH = 2  # a regex counts like a two-group keyword rule

# A keyword group as the matcher checks it: every stem it can start with (a message holding none
# of them cannot match it: one set operation rules most groups out), its one-word stems, and
# its phrases of several stems filed by their first stem (each spelt " a b " and searched in the
# message's stems joined the same way; only phrases whose first stem the message holds are
# searched for).
_Group = tuple[frozenset[str], frozenset[str], dict[str, tuple[str, ...]]]


class Fired(NamedTuple):
    """The strongest rule of one intent that fired: its number of groups, text and place."""

    strength: int
    text: str
    source: Source
    shown: str  # "pattern '...' (file:line)", written once per rule: traces print it every turn


def _shown(text: str, source: Source) -> str:
    return f"pattern {text!r} ({source})"


class _Rule(NamedTuple):
    intent_index: int
    domain: str
    checks: tuple[_Group, ...]  # the groups that must all match
    unless: _Group  # the group that must not
    fired: Fired  # what a message firing it reports


class _Regex(NamedTuple):
    intent_index: int
    domain: str
    regex: re.Pattern[str]
    source: Source
    longest: int  # the longest text it can match whole (``^...$``); others: no limit
    fired: Fired


class _DomainRules(NamedTuple):
    """One domain's rules and regexes by number: ``check`` keeps a message's to them in one set operation."""

    rules: frozenset[int]
    regexes: frozenset[int]
    unanchored: frozenset[int]  # its regexes that run on every message


_NO_RULES = _DomainRules(frozenset(), frozenset(), frozenset())


class RuleIndex:
    """Every rule of a list of intents, filed by the words that can fire it."""

    def __init__(self, intents: Sequence[Intent], normalizer: Normalizer, stopwords: Collection[str] = ()) -> None:
        self.normalizer = normalizer
        self._rules: list[_Rule] = []
        self._rule_index: dict[str, list[int]] = defaultdict(list)  # stem -> keyword rules filed under it
        self._regexes: list[_Regex] = []
        self._regex_index: dict[str, list[int]] = defaultdict(list)  # word start -> regexes filed under it
        self._unanchored: tuple[int, ...] = ()
        self._stopword_stems = frozenset(stem(word) for word in stopwords)
        stem_frequency: Counter[str] = Counter()
        key_frequency: Counter[str] = Counter()  # how often a message will hold a word: what filing needs
        for intent in intents:
            for example in intent.examples:
                words = normalizer.text(example.text).split()
                stem_frequency.update({stem(word) for word in words})
                key_frequency.update(message_keys(words))
        for index, intent in enumerate(intents):
            for rule in intent.rules:
                if isinstance(rule, KeywordRule):
                    self._add_keyword_rule(index, intent, rule, stem_frequency)
                else:
                    shown = Fired(REGEX_STRENGTH, rule.regex.pattern, rule.source, _shown(rule.regex.pattern, rule.source))
                    self._regexes.append(_Regex(index, intent.domain, rule.regex, rule.source, longest_whole_match(rule.regex), shown))
        unanchored = []
        for regex_id, item in enumerate(self._regexes):
            keys = word_keys(item.regex, key_frequency.__getitem__)
            if keys is None:
                unanchored.append(regex_id)
            for key in keys or ():
                self._regex_index[key].append(regex_id)
        self._unanchored = tuple(unanchored)
        # Regexes that must match a whole message ("^(what|which) ... address ... on file$"): the
        # most precise evidence there is, so they are checked whatever the scorer makes of the words.
        self._whole = frozenset(i for i, item in enumerate(self._regexes) if _matches_whole(item.regex.pattern))
        # ... and they can only match messages that begin one of a few ways ("what ", "which ").
        self._whole_by_start, self._whole_anywhere = _by_start({i: self._regexes[i].regex for i in self._whole})
        self._rule_domain = [rule.domain for rule in self._rules]
        self._regex_domain = [item.domain for item in self._regexes]
        self._domains = _by_domain(self._rules, self._regexes, frozenset(self._unanchored))

    def _phrases(self, words: tuple[str, ...], intent: Intent) -> set[tuple[str, ...]]:
        phrases = set()
        for word in words:
            for form in (word, *intent.synonyms.get(word, ())):
                phrase = self.normalizer.keyword(form)
                if phrase:
                    phrases.add(phrase)
                if len(phrase) == 1 and form.isalpha() and not form.endswith("s"):
                    # "mile" means "miles" too, though the stemmer files them apart ("mile", "mil")
                    plural = self.normalizer.keyword(form + "s")
                    if plural:
                        phrases.add(plural)
        return phrases

    def _add_keyword_rule(self, index: int, intent: Intent, rule: KeywordRule, frequency: Counter[str]) -> None:
        groups = [self._phrases(group, intent) for group in rule.groups]
        if not all(groups):
            raise IntentFileError(rule.source.path, rule.source.line, f"keyword rule {rule.text!r} has a group with no words in it")
        unless = self._phrases(rule.unless, intent)
        rule_id = len(self._rules)
        checks = tuple(_group(g) for g in groups)
        fired = Fired(len(groups), rule.text, rule.source, _shown(rule.text, rule.source))
        self._rules.append(_Rule(index, intent.domain, checks, _group(unless), fired))
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

    def unanchored(self) -> list[tuple[str, Source]]:
        """Regexes with no word they must contain and no bound on what they match whole: they
        run on every message (lint warns). ``^(hi|hey)$`` is tried only on messages that short."""
        unbounded = [self._regexes[i] for i in self._unanchored if self._regexes[i].longest >= c.MAXREPEAT]
        return [(item.regex.pattern, item.source) for item in unbounded]

    def filed_under(self, word: str, word_stem: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The keyword rules and the regexes a message holding this word must check."""
        rules = tuple(self._rule_index.get(word_stem, ()))
        regexes = tuple(self._regex_index.get(word[:KEY_LENGTH], ())) if len(word) >= KEY_LENGTH else ()
        return rules, regexes

    def fired(self, normalised: str, words: list[str], stems: list[str], domains: Collection[str] | None = None) -> dict[int, Fired]:
        """Best fired rule per intent index, among the rules of ``domains`` (all if None)."""
        filed = [self.filed_under(word, word_stem) for word, word_stem in zip(words, stems)]
        return self.check(
            normalised, stems, [r for rules, _ in filed for r in rules], [r for _, regexes in filed for r in regexes], domains
        )

    def whole_message(self, normalised: str, regex_ids: Iterable[int]) -> dict[int, Fired]:
        """Regexes that match the whole message: by intent index, the first in file order."""
        fired: dict[int, Fired] = {}
        regexes = self._regexes
        worth_trying = self._whole_by_start.get(start_key(normalised), self._whole_anywhere)
        for regex_id in sorted(worth_trying.intersection(regex_ids)):
            item = regexes[regex_id]
            if item.intent_index not in fired and len(normalised) <= item.longest and item.regex.search(normalised):
                fired[item.intent_index] = item.fired
        return fired

    def check(
        self,
        normalised: str,
        stems: list[str],
        rule_ids: Iterable[int],
        regex_ids: Iterable[int],
        domains: Collection[str] | None = None,
    ) -> dict[int, Fired]:
        """Best fired rule per intent index among the given rules (those the message's words
        are filed under) and the regexes that run on every message, of ``domains`` only."""
        fired: dict[int, Fired] = {}
        rules, regexes = self._rules, self._regexes
        if domains is not None and len(domains) == 1:  # the usual case: set operations in C
            (domain,) = domains
            kept = self._domains.get(domain, _NO_RULES)
            rule_ids = kept.rules.intersection(rule_ids)
            regex_ids = kept.regexes.intersection(regex_ids)
            if kept.unanchored:
                regex_ids = regex_ids.union(kept.unanchored)
        else:
            rule_ids, regex_ids = set(rule_ids), {*regex_ids, *self._unanchored}
            if domains is not None:
                rule_domain, regex_domain = self._rule_domain, self._regex_domain
                rule_ids = {i for i in rule_ids if rule_domain[i] in domains}
                regex_ids = {i for i in regex_ids if regex_domain[i] in domains}
        present = set(stems)
        line: str | None = None  # the stems joined, built only if a phrase must be looked up
        for rule_id in sorted(rule_ids):  # in file order: the same rule wins a tie every run
            rule = rules[rule_id]
            for starts, singles, phrases in rule.checks:  # every group must match...
                if starts.isdisjoint(present):
                    break
                if singles.isdisjoint(present):
                    if line is None:
                        line = f" {' '.join(stems)} "
                    if not any(map(line.__contains__, chain.from_iterable(map(phrases.__getitem__, phrases.keys() & present)))):
                        break
            else:
                starts, singles, phrases = rule.unless  # ...and the unless group must not
                if not starts.isdisjoint(present):
                    if not singles.isdisjoint(present):
                        continue
                    if line is None:
                        line = f" {' '.join(stems)} "
                    if any(map(line.__contains__, chain.from_iterable(map(phrases.__getitem__, phrases.keys() & present)))):
                        continue
                previous = fired.get(rule.intent_index)
                if previous is None or previous.strength < rule.fired.strength:
                    fired[rule.intent_index] = rule.fired
        for regex_id in sorted(regex_ids):
            item = regexes[regex_id]
            if item.intent_index not in fired and len(normalised) <= item.longest and item.regex.search(normalised):
                fired[item.intent_index] = item.fired
        return fired


def _matches_whole(pattern: str) -> bool:
    """Anchored at both ends, with no alternative that escapes the anchors."""
    if not (pattern.startswith("^") and pattern.endswith("$")) or pattern.endswith("\\$"):
        return False
    depth = 0
    for index, char in enumerate(pattern[1:-1], start=1):
        if char == "(" and pattern[index - 1] != "\\":
            depth += 1
        elif char == ")" and pattern[index - 1] != "\\":
            depth -= 1
        elif char == "|" and depth == 0 and pattern[index - 1] != "\\":
            return False
    return True


def _by_domain(rules: Sequence[_Rule], regexes: Sequence[_Regex], unanchored: frozenset[int]) -> dict[str, _DomainRules]:
    rule_ids: dict[str, set[int]] = defaultdict(set)
    regex_ids: dict[str, set[int]] = defaultdict(set)
    for index, rule in enumerate(rules):
        rule_ids[rule.domain].add(index)
    for index, item in enumerate(regexes):
        regex_ids[item.domain].add(index)
    kept = {}
    for domain in {*rule_ids, *regex_ids}:
        regexes_of = frozenset(regex_ids.get(domain, ()))
        kept[domain] = _DomainRules(frozenset(rule_ids.get(domain, ())), regexes_of, regexes_of & unanchored)
    return kept


def _by_start(regexes: dict[int, re.Pattern[str]]) -> tuple[dict[str, frozenset[int]], frozenset[int]]:
    """By how a message begins (``anchors.start_key``), the regexes that can match it; and those
    whose starts cannot be listed, which can match a message beginning any way (in every set)."""
    starts = {regex_id: start_texts(regex) for regex_id, regex in regexes.items()}
    anywhere = frozenset(regex_id for regex_id, texts in starts.items() if texts is None)
    by_start: dict[str, set[int]] = defaultdict(set)
    for regex_id, texts in starts.items():
        for text in texts or ():
            by_start[text].add(regex_id)
    return {text: frozenset(ids) | anywhere for text, ids in by_start.items()}, anywhere


def _group(phrases: set[tuple[str, ...]]) -> _Group:
    by_head: dict[str, list[str]] = defaultdict(list)
    for phrase in sorted(p for p in phrases if len(p) > 1):
        by_head[phrase[0]].append(f" {' '.join(phrase)} ")
    singles = frozenset(p[0] for p in phrases if len(p) == 1)
    return singles | by_head.keys(), singles, {head: tuple(found) for head, found in by_head.items()}
