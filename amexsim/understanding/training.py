"""Fitting the domain scorer from the intents' examples (pure Python, deterministic).

Every example utterance of every intent is a training row labelled with its intent's domain:
the rows of the shared benchmark files (``examples.jsonl``, ``examples_extra.jsonl``) are all
in the intents, next to the phrasings the team wrote. The model is a multinomial logistic
regression fitted by AdaGrad over a seeded shuffle, with the weights averaged over the steps
(averaging steadies a few passes about as well as many). Same examples, same weights, to
the last digit: the order is seeded and the weights are rounded.

The shipped weights are ``amexsim/data/domain_model.json``; rebuild them with

    python -m amexsim.understanding.training

A model carries a fingerprint of what it was fitted on (the examples, their domains, the
misspellings table and the settings below). When the intents in use do not match the
shipped fingerprint (another ``--intents`` folder, a cross-validation fold, intents edited
since), the matcher fits a model for them when it is built.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from operator import itemgetter, mul
from pathlib import Path

from ..paths import package_data
from .domain_model import FORMAT, DomainModel, Feature, pair_features, word_features
from .intents import DOMAINS, IntentSet
from .normalize import Normalizer, stem

# Settings of the fit. Changing one changes the fingerprint, so the shipped file is refitted.
EPOCHS = 10  # passes over the examples, as long as that stays within STEPS updates
STEPS = 20_000  # 10 passes for the shipped ~1,900 examples; 2 for 20,000 (a 1,000-intent set)
LEARNING_RATE = 0.3
L2 = 1e-4
CHAR_WEIGHT = 0.4  # letter pieces count this much next to whole words
MIN_PIECE_EXAMPLES = 2  # pieces and pairs seen in fewer examples are unknown to the model
SEED = 20251201
_SETTINGS = (FORMAT, EPOCHS, STEPS, LEARNING_RATE, L2, CHAR_WEIGHT, MIN_PIECE_EXAMPLES, SEED)


def shipped_model_path() -> Path:
    return package_data("domain_model.json")


def training_rows(intents: IntentSet, normalizer: Normalizer) -> list[tuple[list[str], str]]:
    """(normalised words, domain) for every example, in file order."""
    rows = []
    for intent in intents:
        if not intent.learn:
            continue
        for example in intent.examples:
            rows.append((normalizer.text(example.text).split(), intent.domain))
    return rows


def fingerprint(intents: IntentSet, normalizer: Normalizer) -> str:
    """What a fit depends on, hashed: examples and domains, misspellings, settings."""
    digest = hashlib.sha256(repr(_SETTINGS).encode())
    digest.update(json.dumps(sorted(normalizer.spelling.items())).encode())
    for intent in intents:
        if not intent.learn:
            continue
        for example in intent.examples:
            digest.update(f"{intent.domain}\t{example.text}\n".encode())
    return digest.hexdigest()[:16]


def fit(intents: IntentSet, normalizer: Normalizer) -> DomainModel:
    """Fit the domain scorer on the intents' examples."""
    rows = training_rows(intents, normalizer)
    domains = [d for d in DOMAINS if any(domain == d for _, domain in rows)]
    if not rows or len(domains) < 2:
        return _constant_model(domains or list(DOMAINS[:1]), fingerprint(intents, normalizer))
    per_row = [_row_features(words) for words in rows_words(rows)]
    frequency: Counter[str] = Counter(name for features in per_row for name in features)
    vocabulary = {name for name, count in frequency.items() if name[0] == "w" or count >= MIN_PIECE_EXAMPLES}
    total = len(rows)
    idf = {name: round(math.log((total + 1) / (frequency[name] + 1)) + 1.0, 4) for name in sorted(vocabulary)}
    unknown_idf = round(math.log(total + 1) + 1.0, 4)
    index = {name: i for i, name in enumerate(idf)}
    vectors = [_vector(words, idf, index, unknown_idf) for words in rows_words(rows)]
    labels = [domains.index(domain) for _, domain in rows]
    weights, bias = _train(vectors, labels, len(domains), len(index))
    features = {}
    for name, i in index.items():
        column = [weights[k][i] for k in range(len(domains))]
        mean = sum(column) / len(column)  # the softmax ignores a shift shared by all domains
        centred = tuple(round(w - mean, 4) for w in column)
        features[name] = Feature(idf[name], centred if any(centred) else ())
    mean = sum(bias) / len(bias)
    return DomainModel(
        domains,
        [round(b - mean, 4) for b in bias],
        features,
        char_weight=CHAR_WEIGHT,
        unknown_idf=unknown_idf,
        fingerprint=fingerprint(intents, normalizer),
    )


def rows_words(rows: Iterable[tuple[list[str], str]]) -> Iterable[list[str]]:
    return (words for words, _ in rows)


def _row_features(words: list[str]) -> set[str]:
    stems = [stem(word) for word in words]
    names = {name for word, word_stem in zip(words, stems) for name in word_features(word, word_stem)}
    names.update(pair_features(stems))
    return names


def _vector(words: list[str], idf: dict[str, float], index: dict[str, int], unknown_idf: float) -> tuple[list[int], list[float]]:
    """The example as the scorer sees a message: the same sums and the same length."""
    values: dict[int, float] = {}
    squares = 0.0
    stems = [stem(word) for word in words]
    for word, word_stem in zip(words, stems):
        for name, count in word_features(word, word_stem).items():
            scale = count * (CHAR_WEIGHT if name[0] == "c" else 1.0)
            weight = idf.get(name)
            if weight is None:
                squares += (scale * unknown_idf) ** 2
                continue
            squares += (scale * weight) ** 2
            values[index[name]] = values.get(index[name], 0.0) + scale * weight
    for name in pair_features(stems):
        weight = idf.get(name)
        if weight is not None:
            squares += weight * weight
            values[index[name]] = values.get(index[name], 0.0) + weight
    norm = math.sqrt(squares) or 1.0
    ids = sorted(values)
    return ids, [values[i] / norm for i in ids]


def _train(vectors: Sequence[tuple[list[int], list[float]]], labels: Sequence[int], classes: int, size: int):
    """Multinomial logistic regression by AdaGrad, weights averaged over all steps."""
    weights = [[0.0] * size for _ in range(classes)]
    sums = [[0.0] * size for _ in range(classes)]  # step-weighted updates, for the average
    squares = [[1e-8] * size for _ in range(classes)]
    bias, bias_sums = [0.0] * classes, [0.0] * classes
    order = list(range(len(vectors)))
    pickers = [_picker(ids) for ids, _ in vectors]
    rng = random.Random(SEED)
    step = 1
    sqrt, rate, l2 = math.sqrt, LEARNING_RATE, L2  # locals: the inner loop runs ten million times
    for _ in range(max(2, min(EPOCHS, STEPS // len(vectors)))):
        rng.shuffle(order)
        for row in order:
            ids, values = vectors[row]
            pick = pickers[row]
            scores = [bias[k] + sum(map(mul, pick(weights[k]), values)) for k in range(classes)]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            for k in range(classes):
                gradient = exps[k] / total - (labels[row] == k)
                if -1e-3 < gradient < 1e-3:
                    continue
                w, s, q = weights[k], sums[k], squares[k]
                at = float(step)  # the float the step becomes in step * delta, made once
                for i, x in zip(ids, values):  # the same operations in the same order as written plainly
                    wi = w[i]
                    g = gradient * x + l2 * wi
                    qi = q[i] + g * g
                    q[i] = qi
                    delta = rate * g / sqrt(qi)
                    w[i] = wi - delta
                    s[i] -= at * delta
                bias[k] -= 0.1 * gradient
                bias_sums[k] -= step * 0.1 * gradient
            step += 1
    averaged = [[w - s / step for w, s in zip(weights[k], sums[k])] for k in range(classes)]
    return averaged, [b - s / step for b, s in zip(bias, bias_sums)]


def _picker(ids: list[int]) -> Callable[[list[float]], tuple[float, ...]]:
    """``tuple(seq[i] for i in ids)`` in one call (``itemgetter``): the scores' inner loop."""
    if len(ids) > 1:
        return itemgetter(*ids)
    return lambda seq: tuple(seq[i] for i in ids)  # itemgetter of one index gives the item, of none is an error


def _constant_model(domains: list[str], mark: str) -> DomainModel:
    """With examples of one domain only there is nothing to tell apart."""
    return DomainModel(domains, [0.0] * len(domains), {}, char_weight=CHAR_WEIGHT, unknown_idf=1.0, fingerprint=mark)


@cache
def _shipped(path: Path) -> DomainModel | None:
    return DomainModel.load(path) if path.exists() else None


_fitted: dict[str, DomainModel] = {}


def model_for(intents: IntentSet, normalizer: Normalizer) -> DomainModel:
    """The shipped model if it was fitted on these intents, else one fitted now (kept for reuse)."""
    mark = fingerprint(intents, normalizer)
    shipped = _shipped(shipped_model_path())
    if shipped is not None and shipped.fingerprint == mark:
        return shipped
    if mark not in _fitted:
        if len(_fitted) >= 16:
            _fitted.clear()
        _fitted[mark] = fit(intents, normalizer)
    return _fitted[mark]


def main(argv: Sequence[str] | None = None) -> int:
    from .intents import load_intents
    from .settings import load_spelling

    parser = argparse.ArgumentParser(description="Fit the domain scorer on the intents' examples and write its weights.")
    parser.add_argument("--intents", metavar="DIR", help="intents folder (default: the shipped intents)")
    parser.add_argument("--out", metavar="FILE", type=Path, default=None, help="where to write (default: the shipped weights file)")
    parser.add_argument(
        "--check", action="store_true", help="write nothing: exit 1 unless the fit reproduces that file byte for byte (CI runs this)"
    )
    args = parser.parse_args(argv)
    intents = load_intents(args.intents)
    model = fit(intents, Normalizer(load_spelling()))
    out = args.out or shipped_model_path()
    if args.check:
        with tempfile.TemporaryDirectory() as folder:
            fitted = Path(folder) / "model.json"
            model.save(fitted)
            same = out.is_file() and fitted.read_bytes() == out.read_bytes()
        print(f"{out}: {'reproduced byte for byte' if same else 'NOT what this fit writes: run python -m amexsim.understanding.training'}")
        return 0 if same else 1
    model.save(out)
    print(f"{out}: {len(model.features):,} features, {len(model.domains)} domains, fingerprint {model.fingerprint}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
