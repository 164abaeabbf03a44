"""Checks on the intents that loading alone cannot make.

- overlapping patterns: the plainest message one keyword rule accepts also fires a rule of
  another intent;
- examples that the matcher routes to a different intent than their own;
- intents that no example reaches;
- regexes with no literal anchor (they run on every message and slow the matcher).
"""

from __future__ import annotations

from dataclasses import dataclass

from .intents import KeywordRule, Source
from .matcher import Matcher


@dataclass(frozen=True)
class LintProblem:
    source: Source
    kind: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.kind}: {self.message}"


def lint(matcher: Matcher) -> list[LintProblem]:
    return _degenerate_rules(matcher) + _overlaps(matcher) + _example_checks(matcher) + _unanchored(matcher)


def _degenerate_rules(matcher: Matcher) -> list[LintProblem]:
    """Keyword rules where one word satisfies two groups ("shipping|... + ship|..." fires on
    "ship"), or where an ``unless`` word is a word the rule needs (it can never fire)."""
    problems = []
    for intent in matcher.intents:
        for rule in intent.rules:
            if not isinstance(rule, KeywordRule):
                continue
            seen: dict[tuple[str, ...], tuple[int, str]] = {}
            for index, group in enumerate(rule.groups):
                for word in group:
                    stems = matcher.normalizer.keyword(word)
                    first = seen.setdefault(stems, (index, word))
                    if first[0] != index:
                        problems.append(
                            LintProblem(
                                rule.source,
                                "degenerate rule",
                                f"{word!r} and {first[1]!r} are the same word to the matcher, one word fills two groups of {rule.text!r}",
                            )
                        )
            for word in rule.unless:
                first = seen.get(matcher.normalizer.keyword(word))
                if first is not None:
                    problems.append(
                        LintProblem(
                            rule.source,
                            "degenerate rule",
                            f"unless word {word!r} is {first[1]!r} to the matcher, so {first[1]!r} can never fire {rule.text!r}",
                        )
                    )
    return problems


def _overlaps(matcher: Matcher) -> list[LintProblem]:
    problems = []
    for intent in matcher.intents:
        for rule in intent.rules:
            if not isinstance(rule, KeywordRule):
                continue
            plainest = " ".join(group[0] for group in rule.groups)
            match = matcher.match(plainest)
            for candidate in match.candidates:
                if candidate.rule is not None and candidate.intent.name != intent.name and candidate.intent.domain != intent.domain:
                    problems.append(
                        LintProblem(
                            rule.source,
                            "overlap",
                            f"{plainest!r} (rule {rule.text!r} of {intent.name}) also fires"
                            f" {candidate.rule!r} of {candidate.intent.name} ({candidate.rule_source})",
                        )
                    )
    return problems


def _example_checks(matcher: Matcher) -> list[LintProblem]:
    """Examples routed elsewhere, and intents that no example reaches (one pass over examples).

    Each example is matched with itself left out of the index: an example that only its own
    copy can route teaches the matcher nothing about messages like it.
    """
    problems = []
    reached = set()
    for intent in matcher.intents:
        for example in intent.examples:
            match = matcher.match(example.text, without=example)
            best = match.best
            if match.intent is not None:
                reached.add(match.intent.name)
            if match.outcome != "intent" or best is None or best.intent.name != intent.name:
                got = f"{match.outcome} {best.intent.name}" if best else match.outcome
                evidence = best.evidence() if best else "no match"
                problems.append(
                    LintProblem(example.source, "stray example", f"{example.text!r} of {intent.name} goes to {got} ({evidence})")
                )
    problems += [LintProblem(i.source, "unreached", f"no example routes to {i.name}") for i in matcher.intents if i.name not in reached]
    return problems


def _unanchored(matcher: Matcher) -> list[LintProblem]:
    return [
        LintProblem(source, "unanchored regex", f"{pattern!r} spells out no word it must contain, so it runs on every message")
        for pattern, source in matcher.unanchored_regexes()
    ]
