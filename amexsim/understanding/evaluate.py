"""Intent-matching evaluation on labelled JSONL: accuracy, macro-F1, out-of-scope recall.

Only the ten service domains are routes; anything else the assistant does (small talk,
FAQ, polite refusals, clarifying questions, fallback) counts as ``out_of_scope``.

Cross-validation (:func:`cross_validate`) measures messages the matcher has not seen: the
labelled lines are split into K folds by a hash of their normalised text; for each fold,
every example with the text of one of its lines is taken out of the intents, the matcher is
built again without them (whatever it learns from examples is learnt again), and the fold is
scored. Hand-written rules stay: they were written by people who had read those lines, so
for messages a rule fires on, cross-validation flatters.
"""

from __future__ import annotations

import dataclasses
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ..errors import TranscriptError
from ..jsonl import read_objects
from .intents import SERVICE_DOMAINS, IntentSet
from .matcher import Match
from .normalize import Normalizer

OUT_OF_SCOPE = "out_of_scope"
LABELS = SERVICE_DOMAINS + (OUT_OF_SCOPE,)


@dataclass(frozen=True)
class LabelScore:
    support: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.support if self.support else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class EvalReport:
    """Figures for one labelled file."""

    n: int
    correct: int
    per_label: dict[str, LabelScore]
    confusions: Counter[tuple[str, str]]
    outcomes: Counter[str]
    errors: list[tuple[int, str, str, str]] = field(default_factory=list)  # line, text, gold, predicted
    folds: tuple[float, ...] = ()  # accuracy of each fold, when cross-validated

    @property
    def accuracy(self) -> float:
        return self.correct / self.n if self.n else 0.0

    @property
    def macro_f1(self) -> float:
        scored = [score.f1 for score in self.per_label.values() if score.support or score.predicted]
        return sum(scored) / len(scored) if scored else 0.0

    @property
    def oos_recall(self) -> float:
        return self.per_label[OUT_OF_SCOPE].recall

    def as_dict(self) -> dict[str, object]:
        return {
            "n": self.n,
            "accuracy": round(self.accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            "oos_recall": round(self.oos_recall, 4),
            "outcomes": dict(self.outcomes),
            "per_label": {
                label: {"support": s.support, "precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4)}
                for label, s in self.per_label.items()
            },
            "confusions": [{"gold": g, "predicted": p, "count": c} for (g, p), c in self.confusions.most_common()],
            **({"folds": [round(a, 4) for a in self.folds]} if self.folds else {}),
        }


class Labelled(NamedTuple):
    """One labelled line: where it is, what it says, the domain it belongs to."""

    path: str
    line: int
    text: str
    label: str


def read_labelled(paths: str | Path | Sequence[str | Path]) -> list[Labelled]:
    """Every non-blank line of one or more files; a bad line, or no line at all, is a TranscriptError."""
    rows = []
    for path in [paths] if isinstance(paths, (str, Path)) else paths:
        for number, row in read_objects(path):
            label = row.get("label")
            if label not in LABELS:
                raise TranscriptError(path, number, f"unknown label {label!r} (expected one of: {', '.join(LABELS)})")
            rows.append(Labelled(str(path), number, row["text"], label))
        if not rows or rows[-1].path != str(path):
            raise TranscriptError(path, None, "no labelled lines")
    return rows


def predicted_label(match: Match) -> str:
    """The service domain routed to, or out_of_scope."""
    intent = match.intent
    return intent.domain if intent is not None and intent.domain in SERVICE_DOMAINS else OUT_OF_SCOPE


def evaluate(source: str | Path | Sequence[str | Path], match: Callable[[str], Match]) -> EvalReport:
    """Run ``match`` over every labelled line of the file(s) and score the routes."""
    return _report(_scored(read_labelled(source), match))


def _scored(rows: Iterable[Labelled], match: Callable[[str], Match]) -> list[tuple[Labelled, str, str]]:
    return [(row, predicted_label(result), result.outcome) for row in rows for result in (match(row.text),)]


def _report(results: Iterable[tuple[Labelled, str, str]], folds: tuple[float, ...] = ()) -> EvalReport:
    support: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    confusions: Counter[tuple[str, str]] = Counter()
    outcomes: Counter[str] = Counter()
    errors = []
    for row, guess, outcome in results:
        outcomes[outcome] += 1
        support[row.label] += 1
        predicted[guess] += 1
        if guess == row.label:
            correct[row.label] += 1
        else:
            confusions[(row.label, guess)] += 1
            errors.append((row.line, row.text, row.label, guess))
    per_label = {label: LabelScore(support[label], predicted[label], correct[label]) for label in LABELS}
    return EvalReport(sum(support.values()), sum(correct.values()), per_label, confusions, outcomes, errors, folds)


def fold_of(normalised: str, folds: int) -> int:
    """A line's fold: a hash of its normalised text, so copies of one text share a fold."""
    return zlib.crc32(normalised.encode("utf-8")) % folds


def without_examples(intents: IntentSet, normalizer: Normalizer, texts: set[str]) -> IntentSet:
    """The intents with every example whose normalised text is in ``texts`` taken out."""
    return IntentSet(
        tuple(
            dataclasses.replace(intent, examples=tuple(e for e in intent.examples if normalizer.text(e.text) not in texts))
            for intent in intents
        )
    )


def cross_validate(
    source: str | Path | Sequence[str | Path],
    intents: IntentSet,
    normalizer: Normalizer,
    build: Callable[[IntentSet], Callable[[str], Match]],
    *,
    folds: int,
) -> EvalReport:
    """K-fold cross-validation: each fold is scored by a matcher built without its lines.

    ``build`` makes the matching function from intents (the CLI builds a whole assistant,
    so the guard runs first as in ``eval``)."""
    if folds < 2:
        raise ValueError(f"--folds needs at least 2 folds (not {folds})")
    rows = read_labelled(source)
    keyed = [(row, normalizer.text(row.text)) for row in rows]
    results = []
    accuracies = []
    for fold in range(folds):
        held = [(row, text) for row, text in keyed if fold_of(text, folds) == fold]
        if not held:
            continue
        match = build(without_examples(intents, normalizer, {text for _, text in held}))
        scored = _scored((row for row, _ in held), match)
        accuracies.append(sum(guess == row.label for row, guess, _ in scored) / len(scored))
        results.extend(scored)
    return _report(results, tuple(accuracies))


def format_report(report: EvalReport, *, show_errors: int = 0) -> str:
    lines = [
        f"messages       {report.n}",
        f"accuracy       {report.accuracy:.3f}",
        f"macro-F1       {report.macro_f1:.3f}",
        f"oos recall     {report.oos_recall:.3f}",
        "outcomes       " + ", ".join(f"{k} {v}" for k, v in sorted(report.outcomes.items())),
        "",
        f"{'label':<18}{'support':>8}{'precision':>11}{'recall':>8}{'F1':>7}",
    ]
    if report.folds:
        lines.insert(1, f"folds          {len(report.folds)}, accuracy per fold {', '.join(f'{a:.3f}' for a in report.folds)}")
    for label, score in report.per_label.items():
        if score.support or score.predicted:
            lines.append(f"{label:<18}{score.support:>8}{score.precision:>11.3f}{score.recall:>8.3f}{score.f1:>7.3f}")
    if report.confusions:
        lines += ["", "confusions (gold -> predicted):"]
        lines += [f"  {gold} -> {guess}: {count}" for (gold, guess), count in report.confusions.most_common()]
    if show_errors:
        lines += ["", "errors:"]
        lines += [f"  line {n}: [{gold} -> {guess}] {text}" for n, text, gold, guess in report.errors[:show_errors]]
    return "\n".join(lines)
