"""Benchmark the sensitive-data guard: throughput, 1 MB messages, and peers on the corpus.

Run from the repository root: ``python benchmarks/guard.py``. Prints

* messages/second on a deterministic chat mix (mostly short benign messages, some with
  numbers, some sensitive), on one core;
* the time to scan a few kinds of 1 MB message;
* recall and precision on tests/data/guard_corpus.jsonl, overall and on the card and SSN
  lines only, side by side with Microsoft Presidio's card and SSN recognizers and with
  scrubadub when they are installed (``pip install presidio-analyzer spacy scrubadub``).
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# This folder off the path: benchmarks/queue.py would shadow the standard library's queue, which Presidio imports.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() not in (HERE, ROOT)]

from amexsim.guard import scan  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "guard_corpus.jsonl"
NEIGHBOURS = ROOT / "tests" / "data" / "card_neighbours.jsonl"
SEED = 20261129
MEGABYTE = 1_000_000

Detector = Callable[[str], bool]

BENIGN_SHORT = [
    "hi",
    "hello there",
    "what's my balance?",
    "I lost my card",
    "freeze my card please",
    "can I talk to a person",
    "thanks!",
    "why was I charged twice",
    "is my payment late?",
    "how do I dispute a charge",
    "what is my credit limit",
    "I want to close my account",
    "can you increase my limit",
    "my card was declined at the store",
    "where is my new card",
    "how do rewards points work",
    "I forgot my password",
    "can I get a new CID?",
    "ok",
    "yes",
    "no that's wrong",
    "when is my statement due",
    "report fraud",
]
BENIGN_NUMBERS = [
    "card ending in {l4}",
    "I was charged ${a}",
    "my zip is {zip}",
    "on {d} I paid ${a}",
    "call 1-800-528-4800",
    "order number {order}",
    "exp {m}/{y}",
    "at {h}:{mm} today",
    "last four {l4}",
    "I live at {h}00 Main Street",
    "the fee was {h} dollars",
]
SENSITIVE = [
    "my card is {card}",
    "the cvv is {cvv}",
    "my ssn is {ssn}",
    "the code you texted is {otp}",
    "my password is hunter{h}",
    "pin {l4}",
]


def _luhn_card(rng: random.Random) -> str:
    body = "37" + "".join(rng.choice("0123456789") for _ in range(12))
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def chat_mix(n: int, seed: int = SEED) -> list[str]:
    """A deterministic mix: 75% short benign, 20% benign with numbers, 5% sensitive."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        roll = rng.random()
        values = {
            "l4": f"{rng.randint(0, 9999):04d}",
            "a": f"{rng.randint(1, 4000)}.{rng.randint(0, 99):02d}",
            "zip": f"{rng.randint(10000, 99999)}",
            "d": f"{rng.randint(1, 12)}/{rng.randint(1, 28)}",
            "order": f"{rng.randint(10**9, 10**10)}",
            "m": f"{rng.randint(1, 12):02d}",
            "y": f"{rng.randint(26, 31)}",
            "h": f"{rng.randint(1, 12)}",
            "mm": f"{rng.randint(0, 59):02d}",
            "card": _luhn_card(rng),
            "cvv": f"{rng.randint(100, 9999)}",
            "ssn": f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
            "otp": f"{rng.randint(100000, 999999)}",
        }
        pool = BENIGN_SHORT if roll < 0.75 else BENIGN_NUMBERS if roll < 0.95 else SENSITIVE
        out.append(rng.choice(pool).format(**values))
    return out


def megabyte_messages(seed: int = SEED) -> dict[str, str]:
    rng = random.Random(seed)
    prose = " ".join(chat_mix(60_000, seed + 1))
    words = ["the", "my", "card", "is", "pay", "one", "oh", "two", "cvv", "code", "pin", "password", "ssn", "order", "zip", "please"]
    mix, size = [], 0
    while size < MEGABYTE:
        part = rng.choice(words) if rng.random() < 0.6 else str(rng.randint(0, 10 ** rng.randint(1, 8)))
        mix.append(part)
        size += len(part) + 1
    return {
        "chat prose": prose[:MEGABYTE],
        "random words and digits": " ".join(mix)[:MEGABYTE],
        "digits only": "".join(rng.choice("0123456789") for _ in range(MEGABYTE)),
        "'1 1 1 ...'": "1 " * (MEGABYTE // 2),
        "'1-1-1-...'": "1-" * (MEGABYTE // 2),
        "'1234 1234 ...'": "1234 " * (MEGABYTE // 5),
        "zero-width between digits": "1\u200b" * (MEGABYTE // 2),
    }


@dataclass(frozen=True)
class Scores:
    """How a detector did on the corpus."""

    precision: float
    recall: float
    recall_card_ssn: float


def corpus_rows() -> list[dict]:
    with open(CORPUS, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score(detect: Detector, rows: list[dict]) -> Scores:
    tp = fp = fn = 0
    card_ssn_hit = card_ssn_total = 0
    for row in rows:
        flagged = detect(row["text"])
        if row["sensitive"]:
            tp += flagged
            fn += not flagged
            if row.get("kind") in ("card_number", "ssn"):
                card_ssn_total += 1
                card_ssn_hit += flagged
        else:
            fp += flagged
    return Scores(
        precision=tp / (tp + fp) if tp + fp else 1.0,
        recall=tp / (tp + fn) if tp + fn else 1.0,
        recall_card_ssn=card_ssn_hit / card_ssn_total if card_ssn_total else 1.0,
    )


def leaked_cards() -> tuple[int, int]:
    """How many of the generated cards beside other numbers keep a digit after redaction."""
    rows = [json.loads(line) for line in NEIGHBOURS.read_text(encoding="utf-8").splitlines()]
    leaked = 0
    for row in rows:
        covered = {i for f in scan(row["text"]) for i in range(f.start, f.end)}
        leaked += any(row["text"][i].isdigit() and i not in covered for i in range(row["start"], row["end"]))
    return leaked, len(rows)


def throughput(detect: Detector, messages: list[str], min_seconds: float = 1.0) -> float:
    """Messages per second, repeating the list until at least min_seconds have passed."""
    done, start = 0, time.perf_counter()
    while True:
        for message in messages:
            detect(message)
        done += len(messages)
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return done / elapsed


def ours(text: str) -> bool:
    return bool(scan(text))


def presidio() -> Detector | str:
    try:
        from presidio_analyzer.predefined_recognizers import CreditCardRecognizer, UsSsnRecognizer
    except ImportError:
        return "not installed (pip install presidio-analyzer spacy)"
    card, ssn = CreditCardRecognizer(), UsSsnRecognizer()

    def detect(text: str) -> bool:
        return bool(card.analyze(text, ["CREDIT_CARD"], None) or ssn.analyze(text, ["US_SSN"], None))

    return detect


def scrubadub() -> Detector | str:
    try:
        import scrubadub as scrub
    except ImportError:
        return "not installed (pip install scrubadub)"
    scrubber = scrub.Scrubber()
    wanted = {"credit_card", "social_security_number", "credential"}

    def detect(text: str) -> bool:
        return any(filth.type in wanted for filth in scrubber.iter_filth(text))

    return detect


PEER_BUDGET = 20.0  # seconds: a peer slower than this on one 1 MB case is not run on the rest
REPEATS = 5  # each 1 MB case is timed this many times per detector, interleaved, and the median shown


def megabyte_table(peers: list[tuple[str, Detector | str]]) -> None:
    """Seconds to scan each 1 MB message, ours beside each installed peer, in the same run.

    The detectors take turns on each case, REPEATS times over, and each cell is the median:
    the machine's cores are shared, so a single timing says as much about the neighbours as about us.
    """
    usable = [(name, detect) for name, detect in peers if not isinstance(detect, str)]
    print(f"\n1 MB messages, median seconds of {REPEATS} runs (the peers in the same run, taking turns):")
    print(f"  {'case':<28} " + " ".join(f"{name[:22]:>23}" for name, _ in usable))
    over_budget: set[str] = set()
    for case, text in megabyte_messages().items():
        times: dict[str, list[float]] = {name: [] for name, _ in usable}
        for _ in range(REPEATS):
            for name, detect in usable:
                if name in over_budget:
                    continue
                start = time.perf_counter()
                detect(text)
                elapsed = time.perf_counter() - start
                times[name].append(elapsed)
                over_budget.update([name] if elapsed > PEER_BUDGET else [])
        cells = [f"{statistics.median(times[name]):>23.3f}" if times[name] else f"{'(skipped)':>23}" for name, _ in usable]
        print(f"  {case:<28} " + " ".join(cells))


def main() -> None:
    messages = chat_mix(20_000)
    rows = corpus_rows()
    print(f"guard benchmark (python {sys.version.split()[0]}, one core)")
    print(f"chat mix: {len(messages)} messages, mean {sum(map(len, messages)) / len(messages):.0f} characters")
    ours_rate = throughput(ours, messages, 2.0)
    print(f"  amexsim guard: {ours_rate:,.0f} messages/second")

    peers: list[tuple[str, Detector | str]] = [
        ("amexsim guard", ours),
        ("Presidio CreditCard + UsSsn", presidio()),
        ("scrubadub (card, SSN, credential)", scrubadub()),
    ]
    megabyte_table(peers)

    leaked, total = leaked_cards()
    print(f"\ncards beside other numbers ({NEIGHBOURS.relative_to(ROOT)}): {leaked} of {total} keep a digit after redaction")

    print(f"\ncorpus {CORPUS.relative_to(ROOT)}: {len(rows)} lines, {sum(r['sensitive'] for r in rows)} sensitive")
    header = f"  {'detector':<34} {'precision':>9} {'recall':>7} {'recall card+SSN':>16} {'msgs/s':>10} {'ours is':>9}"
    print(header)
    sample = messages[:2000]
    for name, detect in peers:
        if isinstance(detect, str):
            print(f"  {name:<34} {detect}")
            continue
        s = score(detect, rows)
        rate = ours_rate if detect is ours else throughput(detect, sample, 1.0)
        ratio = "" if detect is ours else f"{ours_rate / rate:,.1f}x"
        print(f"  {name:<34} {s.precision:>9.3f} {s.recall:>7.3f} {s.recall_card_ssn:>16.3f} {rate:>10,.0f} {ratio:>9}")


if __name__ == "__main__":
    main()
