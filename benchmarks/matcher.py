"""Whole-turn speed of the assistant: shipped intents, 1,000 intents and the python-aiml peer.

Run from the repo root: ``python benchmarks/matcher.py [--passes N] [--check PATH]``.

This machine's speed drifts by 10-30% between runs, so every figure that is compared with
another is measured in the same run, and the passes are interleaved (one pass of each system
in turn) so that drift within the run hits all of them alike. Everything runs on one core.

What is timed per message is ``assistant.respond(fresh_state, text, fixed_now)``: guard,
normalisation, matching, entities and the reply (including verification prompts), i.e. a
whole turn, not the matcher alone.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import io
import json
import math
import pstats
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

REPO_ROOT = Path(__file__).resolve().parent.parent
try:
    import amexsim  # noqa: F401
except ImportError:  # run from a checkout without installing
    sys.path.insert(0, str(REPO_ROOT))

from _aiml_corpus import write_aiml  # noqa: E402

from amexsim.bank.account_file import load_account  # noqa: E402
from amexsim.dialogue.engine import Assistant  # noqa: E402
from amexsim.dialogue.replies import load_system_replies  # noqa: E402
from amexsim.understanding.entities import extract  # noqa: E402
from amexsim.understanding.intents import Example, Intent, IntentSet, KeywordRule, RegexRule, load_intents  # noqa: E402
from amexsim.understanding.matcher import Matcher, MatcherSettings  # noqa: E402
from amexsim.understanding.normalize import Normalizer, stem  # noqa: E402
from amexsim.understanding.settings import load_matcher_settings, load_spelling  # noqa: E402
from amexsim.understanding.training import fit, model_for  # noqa: E402

DEFAULT_CHECK = REPO_ROOT.parent / "shared" / "benchmarks" / "intents" / "check.jsonl"
NOW = datetime(2025, 3, 14, 10, 30)  # a fixed clock: turns are pure, so every pass does the same work
LARGE_SIZE = 1000
BUILD_REPEATS = 3

P99_TARGET_US = 1000.0  # p99 of a whole turn at shipped size
SCALE_TARGET = 1.5  # per-message cost at 1,000 intents / at shipped size, at most
PEER_TARGET = 0.8  # our msgs/s / python-aiml msgs/s at shipped size, at least


# ----- synthetic intents ------------------------------------------------------------------
#
# The 1,000-intent set is the shipped intents plus copies. Each copy is an existing intent
# under a new name with its OWN vocabulary: every content word of its keyword patterns,
# synonyms, examples, label and regex literals becomes a made-up word derived from the word and
# the copy number ("charge" in copy 7 -> e.g. "drelo7"). Real intents added later would bring
# their own vocabulary too (new products, new problems), so copies that re-used the shipped
# words would overstate the cost: every message would hit 10x longer posting lists, which is
# not what growing the intent set looks like. Stopwords and words of one or two letters are
# kept, as a real intent would keep them, and so is the regex structure; the index has to cope
# with those shared words. The pseudo-words are built from the word's stem, so inflections
# that meet in the original ("card"/"cards") still meet in the copy.

_ONSETS = ("b", "bl", "br", "d", "dr", "f", "fl", "g", "gr", "k", "kl", "l", "m", "n", "p", "pl", "r", "s", "sk", "t", "tr", "v", "z")
_VOWELS = ("a", "e", "i", "o", "u", "ai", "ou", "ee")
_CODAS = ("", "", "n", "r", "l", "m", "st", "x")
_WORD_RUN = re.compile(r"[a-z]+")
# Regex tokens that must survive a copy untouched: escapes, classes, group openers, repeats.
_REGEX_TOKEN = re.compile(
    r"\\[pPN]\{[^}]*\}|\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\(\?(?:P<\w+>|P=\w+\)|<[=!]|[=!:>]|[aiLmsux-]+[:)])|\{\d*,?\d*\}|[a-z]+|.",
    re.S,
)
_QUANTIFIER = ("?", "*", "+", "{")


@dataclass
class CopyVocabulary:
    """Made-up words for one copy: deterministic, one per stem, never two stems on one word."""

    copy: int
    stopwords: frozenset[str]
    words: dict[str, str] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    def is_content(self, word: str) -> bool:
        """Words a new intent would not share with the old ones (stopwords and 1-2 letter words are shared)."""
        return len(word) >= 3 and word.isalpha() and word not in self.stopwords and stem(word) not in self.stopwords

    def pseudo(self, word: str) -> str:
        """The made-up word for a word of this copy (the same for all its inflections)."""
        key = stem(word)
        if key not in self.words:
            salt = 0
            while (made := _pseudo_word(key, self.copy, salt)) in self.used:
                salt += 1
            self.words[key] = made
            self.used.add(made)
        return self.words[key]

    def text(self, normalised: str) -> str:
        """Already-normalised text with every content word replaced."""
        return " ".join(self.pseudo(word) if self.is_content(word) else word for word in normalised.split())

    def regex(self, pattern: str) -> str:
        """The pattern with its literal content words replaced and its structure kept.

        A word run followed by a quantifier (``cards?``) keeps its last letter, which the
        quantifier applies to, so the copy stays optional in the same place.
        """
        tokens = _REGEX_TOKEN.findall(pattern)
        out = []
        for i, token in enumerate(tokens):
            quantified = i + 1 < len(tokens) and tokens[i + 1].startswith(_QUANTIFIER)
            body, tail = (token[:-1], token[-1]) if quantified else (token, "")
            out.append(self.pseudo(body) + tail if _WORD_RUN.fullmatch(token) and self.is_content(body) else token)
        return "".join(out)


def _pseudo_word(key: str, copy: int, salt: int) -> str:
    """A pronounceable made-up word about as long as the original, ending in the copy number."""
    digest = hashlib.blake2b(f"{key}\0{copy}\0{salt}".encode(), digest_size=12).digest()
    syllables = max(1, min(3, round(len(key) / 3)))
    parts = []
    for n in range(syllables):
        a, b, c = digest[3 * n : 3 * n + 3]
        parts.append(_ONSETS[a % len(_ONSETS)] + _VOWELS[b % len(_VOWELS)] + _CODAS[c % len(_CODAS)])
    return "".join(parts) + str(copy)


@dataclass
class CopyTally:
    """What the copying did to rules and examples (printed, so the reader knows).

    A copy must not answer to the original's words: a copy of the example "how are you" or of
    the alternative "help me with" (stopwords only, so unchanged) would tie with the original
    on exactly its messages, which no real new intent does. Such pieces are left out.
    """

    regexes_mutated: int = 0
    regexes_invalid: int = 0
    regexes_left_out: int = 0  # still match one of the original's own examples
    rules_left_out: int = 0  # every group would still match with original words only
    alternatives_left_out: int = 0  # stopword-only alternatives next to made-up ones
    examples_left_out: int = 0  # no content word at all


@dataclass
class Enlarger:
    """Makes synthetic copies of intents (see the comment above ``CopyVocabulary``)."""

    normalizer: Normalizer
    stopwords: frozenset[str]
    tally: CopyTally = field(default_factory=CopyTally)

    def enlarge(self, intents: IntentSet, size: int) -> IntentSet:
        """The intents plus copies, cycling through them, until there are ``size`` in all."""
        originals = list(intents)
        copies = [self.copy(originals[j % len(originals)], j // len(originals) + 1) for j in range(max(0, size - len(originals)))]
        return IntentSet(tuple(originals + copies))

    def copy(self, intent: Intent, number: int) -> Intent:
        """Copy ``number`` of an intent: new name, made-up vocabulary, same structure and replies."""
        vocabulary = CopyVocabulary(number, self.stopwords)
        words = self._words(vocabulary)
        own_examples = [self.normalizer.text(example.text) for example in intent.examples]
        rules = (
            self._keyword_rule(rule, vocabulary) if isinstance(rule, KeywordRule) else self._regex_rule(rule, vocabulary, own_examples)
            for rule in intent.rules
        )
        return replace(
            intent,
            name=f"{intent.name}_copy{number}",
            label=words(intent.label),
            rules=tuple(rule for rule in rules if rule is not None),
            synonyms={words(word): tuple(words(s) for s in synonyms) for word, synonyms in intent.synonyms.items()},
            examples=tuple(example for example in (self._example(example, vocabulary) for example in intent.examples) if example),
        )

    def _words(self, vocabulary: CopyVocabulary) -> Callable[[str], str]:
        return lambda raw: vocabulary.text(self.normalizer.text(raw))

    def _example(self, example: Example, vocabulary: CopyVocabulary) -> Example | None:
        text = self._words(vocabulary)(example.text)
        if text == self.normalizer.text(example.text):
            self.tally.examples_left_out += 1
            return None
        return Example(text, example.source)

    def _regex_rule(self, rule: RegexRule, vocabulary: CopyVocabulary, own_examples: list[str]) -> RegexRule | None:
        try:
            compiled = re.compile(vocabulary.regex(rule.regex.pattern), rule.regex.flags)
        except re.error:
            self.tally.regexes_invalid += 1
            return None
        if any(compiled.search(example) for example in own_examples):
            self.tally.regexes_left_out += 1
            return None
        self.tally.regexes_mutated += 1
        return RegexRule(compiled, rule.source)

    def _keyword_rule(self, rule: KeywordRule, vocabulary: CopyVocabulary) -> KeywordRule | None:
        words = self._words(vocabulary)
        # (copied, original) per alternative; a copied rule fires on original words alone if
        # every group keeps an unchanged alternative.
        groups = [[(words(alternative), self.normalizer.text(alternative)) for alternative in group] for group in rule.groups]
        if all(any(new == old for new, old in group) for group in groups):
            trimmed = [[pair for pair in group if pair[0] != pair[1]] or group for group in groups]
            self.tally.alternatives_left_out += sum(len(group) for group in groups) - sum(len(group) for group in trimmed)
            groups = trimmed
            if all(any(new == old for new, old in group) for group in groups):
                self.tally.rules_left_out += 1
                return None
        copied = tuple(tuple(new for new, _ in group) for group in groups)
        unless = tuple(words(word) for word in rule.unless)
        return KeywordRule(copied, unless, " + ".join("|".join(group) for group in copied), rule.source)


# ----- timing -----------------------------------------------------------------------------


@dataclass
class Timing:
    """Per-message latencies of one system, one list per timed pass.

    The machine is shared and noisy: a message that happens to be pre-empted once costs
    milliseconds. So each message's latency is the median of its passes (a spike must hit most
    passes to count), and msgs/s is one over the mean of those medians. The raw figures over
    every sample are kept too and printed next to them.
    """

    name: str
    passes: list[list[int]] = field(default_factory=list)

    @property
    def per_message_ns(self) -> list[float]:
        return [statistics.median(samples) for samples in zip(*self.passes)]

    @property
    def mean_ns(self) -> float:
        return statistics.fmean(self.per_message_ns)

    @property
    def per_second(self) -> float:
        return 1e9 / self.mean_ns

    def percentile_us(self, p: float) -> float:
        return _percentile(self.per_message_ns, p) / 1000

    @property
    def raw_per_second(self) -> float:
        return 1e9 * sum(len(one) for one in self.passes) / sum(sum(one) for one in self.passes)

    def raw_percentile_us(self, p: float) -> float:
        return _percentile([ns for one in self.passes for ns in one], p) / 1000


def _percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def time_turns(assistant: Assistant, messages: list[str]) -> list[int]:
    """One pass of whole turns, each from a fresh conversation (so verification prompts are included)."""
    clock = time.perf_counter_ns
    out = []
    for text in messages:
        state = assistant.start(NOW)
        start = clock()
        assistant.respond(state, text, NOW)
        out.append(clock() - start)
    return out


def time_calls(respond: Callable[[str], object], messages: list[str]) -> list[int]:
    """One pass of a peer's ``respond(text)``."""
    clock = time.perf_counter_ns
    out = []
    for text in messages:
        start = clock()
        respond(text)
        out.append(clock() - start)
    return out


def run_interleaved(systems: dict[str, Callable[[list[str]], list[int]]], messages: list[str], passes: int) -> dict[str, Timing]:
    """A warm-up pass of each system, then ``passes`` rounds of one pass each, in turn."""
    for one_pass in systems.values():
        one_pass(messages)
    timings = {name: Timing(name) for name in systems}
    for _ in range(passes):
        for name, one_pass in systems.items():
            gc.collect()
            timings[name].passes.append(one_pass(messages))
    return timings


def build_ms(intents: IntentSet, normalizer: Normalizer, settings: MatcherSettings) -> float:
    """Best of a few builds of the matcher index (with a model already fitted), in milliseconds."""
    model = model_for(intents, normalizer)
    best = math.inf
    for _ in range(BUILD_REPEATS):
        start = time.perf_counter_ns()
        Matcher(intents, normalizer, settings, model)
        best = min(best, (time.perf_counter_ns() - start) / 1e6)
    return best


def fit_s(intents: IntentSet, normalizer: Normalizer) -> float:
    """Seconds to fit the learnt domain scorer on these intents' examples (done once; the shipped
    intents load their fitted weights instead)."""
    start = time.perf_counter_ns()
    fit(intents, normalizer)
    return (time.perf_counter_ns() - start) / 1e9


class Split(NamedTuple):
    """Where a whole turn's time goes, in microseconds per message (best of a few passes)."""

    turn: float
    guard: float
    normalise: float
    match: float  # normalisation included
    evidence: float  # the trace's explanation of the match
    entities: float

    @property
    def rest(self) -> float:
        """The engine: state, handlers, replies, trace (and what the stages cost together)."""
        return self.turn - self.guard - self.match - self.evidence - self.entities


def split(assistant: Assistant, messages: list[str], passes: int = 5) -> Split:
    """Time the stages of a turn separately, on the same messages."""
    guard = assistant.start(NOW).guard
    matches = [assistant.matcher.match(text) for text in messages]
    stages = {
        "turn": lambda: [assistant.respond(assistant.start(NOW), text, NOW) for text in messages],
        "guard": lambda: [guard.screen(text) for text in messages],
        "normalise": lambda: [assistant.matcher.normalizer.text(text) for text in messages],
        "match": lambda: [assistant.matcher.match(text) for text in messages],
        "evidence": lambda: [match.best.evidence() for match in matches if match.best],
        "entities": lambda: [extract(text, NOW) for text in messages],
    }
    best = dict.fromkeys(stages, math.inf)
    for _ in range(passes):
        for name, stage in stages.items():
            gc.collect()
            start = time.perf_counter_ns()
            stage()
            best[name] = min(best[name], (time.perf_counter_ns() - start) / len(messages) / 1000)
    return Split(**best)


# ----- the systems ------------------------------------------------------------------------


def load_messages(path: Path) -> list[str]:
    """The "text" field of every line of a JSONL file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def make_assistant(intents: IntentSet) -> Assistant:
    """An assistant like ``Assistant.load`` builds, over the given intents."""
    return Assistant(
        intents, load_account(), replies=load_system_replies(), normalizer=Normalizer(load_spelling()), settings=load_matcher_settings()
    )


def make_aiml_kernel(intents: IntentSet, folder: Path) -> tuple[Any, int, float] | None:
    """A python-aiml kernel that learnt one category per pattern and example; None if not installed."""
    try:
        import aiml
    except ImportError:
        return None
    path = folder / "amexsim.aiml"
    count = write_aiml(intents, path)
    kernel = aiml.Kernel()
    kernel.verbose(False)
    start = time.perf_counter_ns()
    kernel.learn(str(path))
    return kernel, count, (time.perf_counter_ns() - start) / 1e6


@dataclass(frozen=True)
class Agreement:
    """Sanity checks that the copies neither change the shipped answers nor sit there dead."""

    same_answers: int
    messages: int
    copies_routed: int
    copies_tried: int


def check_agreement(small: Assistant, large: Assistant, messages: list[str], shipped: int) -> Agreement:
    """Shipped answers should not change; a copy's own first example must reach that copy."""
    same = sum(_decision(small, text) == _decision(large, text) for text in messages)
    copies = [intent for intent in list(large.intents)[shipped:] if intent.examples]
    sample = copies[:: max(1, len(copies) // 100)]
    routed = sum(_decision(large, intent.examples[0].text)[1] == intent.name for intent in sample)
    return Agreement(same, len(messages), routed, len(sample))


def answerable(assistants: dict[str, Assistant], messages: list[str]) -> tuple[list[str], list[str]]:
    """The messages every assistant answers without raising, and one line per message that raised.

    A crash is a bug to report, not a turn to time; dropping the message from every system
    keeps the comparison on the same messages.
    """
    kept, failures = [], []
    for text in messages:
        errors = [f"{label}: {type(exc).__name__}: {exc}" for label, assistant in assistants.items() if (exc := _raises(assistant, text))]
        if errors:
            failures.append(f"{text!r} ({'; '.join(errors)})")
        else:
            kept.append(text)
    return kept, failures


def _raises(assistant: Assistant, text: str) -> Exception | None:
    try:
        assistant.respond(assistant.start(NOW), text, NOW)
    except Exception as exc:  # any crash is reported, whatever its type
        return exc
    return None


def _decision(assistant: Assistant, text: str) -> tuple[str, str | None]:
    match = assistant.match(text)
    return match.outcome, match.best.intent.name if match.best else None


# ----- profile ----------------------------------------------------------------------------


def profile(assistant: Assistant, messages: list[str], title: str, top: int = 18) -> None:
    """cProfile of whole turns, sorted by own time: shows which functions dominate."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(3):
        for text in messages:
            assistant.respond(assistant.start(NOW), text, NOW)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("tottime").print_stats(top)
    print(f"\n== cProfile: {title} ({3 * len(messages)} turns), by own time ==")
    print("\n".join(line for line in out.getvalue().splitlines() if line.strip())[:6000])


# ----- report -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """One goal from the brief, with what this run measured."""

    goal: str
    measured: str
    met: bool | None  # None: not measured


def print_lines(lines: Iterable[str]) -> None:
    print("\n".join(lines))


def verdict(met: bool | None) -> str:
    return "not measured" if met is None else ("met" if met else "NOT met")


def detail(label: str, timing: Timing) -> str:
    return (
        f"{label}: {timing.per_second:,.0f} msgs/s, p50 {timing.percentile_us(50):,.0f} us, p99 {timing.percentile_us(99):,.0f} us"
        f"   (raw, every sample: {timing.raw_per_second:,.0f} msgs/s, p99 {timing.raw_percentile_us(99):,.0f} us)"
    )


def targets(timings: dict[str, Timing]) -> list[Target]:
    """The three goals: p99 at shipped size, cost growth to 1,000 intents, speed against python-aiml."""
    small, big = timings["shipped"], timings["large"]
    p99, scale = small.percentile_us(99), big.mean_ns / small.mean_ns
    out = [
        Target(f"p99 of a whole turn at shipped size < {P99_TARGET_US:,.0f} us", f"{p99:,.0f} us", p99 < P99_TARGET_US),
        Target(f"per-message cost at {LARGE_SIZE:,} intents / shipped <= {SCALE_TARGET:g}x", f"{scale:.2f}x", scale <= SCALE_TARGET),
    ]
    peer_goal = f"amexsim msgs/s / python-aiml msgs/s at shipped size >= {PEER_TARGET:g}x"
    if "aiml" in timings:
        ratio = small.per_second / timings["aiml"].per_second
        out.append(Target(peer_goal, f"{ratio:.2f}x", ratio >= PEER_TARGET))
    else:
        out.append(Target(peer_goal, "python-aiml not installed", None))
    return out


def summary_table(timings: dict[str, Timing], labels: dict[str, str]) -> list[str]:
    """Markdown for the README: speeds, then the targets."""
    lines = ["| system | msgs/s | p50 us | p99 us |", "|---|---:|---:|---:|"]
    for key, timing in timings.items():
        lines.append(f"| {labels[key]} | {timing.per_second:,.0f} | {timing.percentile_us(50):,.0f} | {timing.percentile_us(99):,.0f} |")
    lines += ["", "| target | measured | met |", "|---|---:|:---:|"]
    for target in targets(timings):
        met = "n/a" if target.met is None else ("yes" if target.met else "**no**")
        lines.append(f"| {target.goal} | {target.measured} | {met} |")
    return lines


def print_setup(args: argparse.Namespace, messages: list[str], shipped: IntentSet, large: IntentSet, enlarger: Enlarger) -> None:
    tally = enlarger.tally
    print(f"python {sys.version.split()[0]}, one core; {len(messages)} messages from {args.check}; 1 warm-up + {args.passes} timed passes,")
    print("interleaved; a message's latency is the median of its passes, msgs/s = 1 / mean latency (whole turns: respond())")
    copies = len(large) - len(shipped)
    print(f"intents: {len(shipped)} shipped; {len(large):,} with {copies} synthetic copies (own made-up vocabulary per copy)")
    print(
        f"regex rules in copies: literal content words made up like the rest ({tally.regexes_mutated} kept, "
        f"{tally.regexes_invalid} invalid afterwards)"
    )
    print(
        f"left out of copies because they would still answer to the original's words: {tally.regexes_left_out} regexes, "
        f"{tally.rules_left_out} keyword rules, {tally.alternatives_left_out} stopword-only alternatives, "
        f"{tally.examples_left_out} examples"
    )


def print_sanity(agreement: Agreement) -> None:
    print(
        f"sanity: {agreement.same_answers}/{agreement.messages} messages get the same decision at both sizes "
        "(the learnt scorer is fitted again on ten times the examples, so borderline decisions move); "
        f"{agreement.copies_routed}/{agreement.copies_tried} sampled copies win on their own first example"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=5, help="timed passes over the messages (after one warm-up pass)")
    parser.add_argument("--check", type=Path, default=DEFAULT_CHECK, help="JSONL file of messages (field 'text')")
    parser.add_argument("--intents", type=Path, default=None, help="intents folder (default: the shipped intents)")
    parser.add_argument("--profile", action="store_true", help="also print a cProfile of whole turns at both sizes")
    parser.add_argument("--fit", action="store_true", help="also time fitting the learnt domain scorer at both sizes")
    args = parser.parse_args(argv)

    messages = load_messages(args.check)
    settings, normalizer = load_matcher_settings(), Normalizer(load_spelling())
    shipped = load_intents(args.intents)
    enlarger = Enlarger(normalizer, settings.stopwords)
    large = enlarger.enlarge(shipped, LARGE_SIZE)
    small_assistant, large_assistant = make_assistant(shipped), make_assistant(large)
    print_setup(args, messages, shipped, large, enlarger)
    messages, failures = answerable({"shipped": small_assistant, f"{len(large):,} intents": large_assistant}, messages)
    if failures:
        print(f"EXCLUDED from every timing: {len(failures)} message(s) on which amexsim raises (a bug):")
        print_lines(f"  {line}" for line in failures)
    print_sanity(check_agreement(small_assistant, large_assistant, messages, len(shipped)))
    small_build, large_build = build_ms(shipped, normalizer, settings), build_ms(large, normalizer, settings)
    print(f"matcher index build (best of {BUILD_REPEATS}): {small_build:,.1f} ms shipped, {large_build:,.1f} ms at {len(large):,} intents")
    if args.fit:
        small_fit, large_fit = fit_s(shipped, normalizer), fit_s(large, normalizer)
        print(f"fitting the learnt domain scorer: {small_fit:,.1f} s shipped (it loads its file instead), {large_fit:,.1f} s at 1,000")

    labels = {"shipped": f"amexsim, shipped ({len(shipped)} intents)", "large": f"amexsim, {len(large):,} intents"}
    systems: dict[str, Callable[[list[str]], list[int]]] = {
        "shipped": lambda batch: time_turns(small_assistant, batch),
        "large": lambda batch: time_turns(large_assistant, batch),
    }
    with tempfile.TemporaryDirectory() as folder:
        peer = make_aiml_kernel(shipped, Path(folder))
        if peer is None:
            print("python-aiml: not installed (pip install python-aiml)")
        else:
            kernel, categories, learn_ms = peer
            print(f"python-aiml: {categories:,} categories (per keyword rule and example, plus catch-all), learnt in {learn_ms:,.1f} ms")
            labels["aiml"] = f"python-aiml ({categories:,} categories)"
            systems["aiml"] = lambda batch: time_calls(kernel.respond, batch)
        timings = run_interleaved(systems, messages, args.passes)

    print()
    print_lines(detail(labels[key], timing) for key, timing in timings.items())
    parts = split(small_assistant, messages)
    print(
        f"split of a turn at shipped size, us per message (best of 5): turn {parts.turn:.1f} = guard {parts.guard:.1f}"
        f" + match {parts.match:.1f} (normalising {parts.normalise:.1f}) + trace evidence {parts.evidence:.1f}"
        f" + entities {parts.entities:.1f} + engine and the rest {parts.rest:.1f}"
    )
    if "aiml" in timings:
        aiml_us = timings["aiml"].mean_ns / 1000
        without = parts.turn - parts.match - parts.evidence
        print(f"python-aiml's whole reply takes {aiml_us:.1f} us; a turn without the matcher and its evidence {without:.1f} us")
    print()
    print_lines(f"- {t.goal}: {t.measured}: {verdict(t.met)}" for t in targets(timings))
    print()
    print_lines(summary_table(timings, labels))
    if args.profile:
        profile(small_assistant, messages, labels["shipped"])
        profile(large_assistant, messages, labels["large"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
