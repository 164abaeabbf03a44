"""Intent-matching evaluation on labelled JSONL: accuracy, macro-F1, out-of-scope recall.

Only the ten service domains are routes; anything else the assistant does (small talk,
FAQ, polite refusals, clarifying questions, fallback) counts as ``out_of_scope``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import TranscriptError
from ..jsonl import read_objects
from .intents import SERVICE_DOMAINS
from .matcher import Match

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
        }


def read_labelled(path: str | Path) -> Iterator[tuple[int, str, str]]:
    """(line number, text, label) for each non-blank line; bad lines raise TranscriptError."""
    for number, row in read_objects(path):
        label = row.get("label")
        if label not in LABELS:
            raise TranscriptError(path, number, f"unknown label {label!r} (expected one of: {', '.join(LABELS)})")
        yield number, row["text"], label


def predicted_label(match: Match) -> str:
    """The service domain routed to, or out_of_scope."""
    intent = match.intent
    return intent.domain if intent is not None and intent.domain in SERVICE_DOMAINS else OUT_OF_SCOPE


def evaluate(path: str | Path, match: Callable[[str], Match]) -> EvalReport:
    """Run ``match`` over every labelled line and score the routes."""
    support: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    confusions: Counter[tuple[str, str]] = Counter()
    outcomes: Counter[str] = Counter()
    errors = []
    for number, text, gold in read_labelled(path):
        result = match(text)
        guess = predicted_label(result)
        outcomes[result.outcome] += 1
        support[gold] += 1
        predicted[guess] += 1
        if guess == gold:
            correct[gold] += 1
        else:
            confusions[(gold, guess)] += 1
            errors.append((number, text, gold, guess))
    per_label = {label: LabelScore(support[label], predicted[label], correct[label]) for label in LABELS}
    return EvalReport(sum(support.values()), sum(correct.values()), per_label, confusions, outcomes, errors)


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
