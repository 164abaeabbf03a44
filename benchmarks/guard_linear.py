"""Every regex of the guard runs in linear time on a million repeated characters of each class.

Run from the repository root: ``python benchmarks/guard_linear.py``. For each compiled pattern
of the guard package and each kind of character, a text of 100,000 and one of 1,000,000
characters is made of the pattern's own words, each followed by a long stretch of that
character (the shape that makes a backtracking pattern explode: "login" + spaces + "x").
Every match of the pattern over the text is found, as a scan would; the worst ratio of the two
times is printed per pattern (linear: about 10; quadratic: about 100). Then the same for the
whole guard, scan() on a million characters of each kind after every cue word.
"""

from __future__ import annotations

import re
import sys
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "tests"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from test_guard_linear import anchored_only, guard_patterns  # noqa: E402

from amexsim.guard import scan  # noqa: E402

# Characters a long stretch could be made of: every kind the guard's patterns treat apart.
CLASSES = [" ", "\u00a0", "\n", "\t", "\u200b", "a", "o", "x", "1", "-", ".", ":", "/", ",", "#", "=", "'", "*"]

SMALL, LARGE = 100_000, 1_000_000
_WORDS = re.compile(r"[a-z]++")
LIMIT = 30  # a ratio above this is reported as not linear...
FAST = 0.25  # ...unless a million characters took less than this: a quadratic pass would take minutes


def cue_words() -> list[str]:
    """Every word of three or more letters in the guard's patterns or in the guard's source (where
    word lists are written out whole: a pattern may hold them with shared starts taken out, "p(?:in|w)")
    that a cue pattern (one that finds nothing in a made-up word) finds a match in: the words that
    start the guard's work."""
    patterns = guard_patterns().values()
    cues = [p for p in patterns if not p.search("zqzq qzqz")]
    words = {w for p in patterns for w in re.findall(r"[a-z]{3,}", p.pattern)}
    sources = [path.read_text(encoding="utf-8") for path in (ROOT / "amexsim" / "guard").glob("*.py")]
    words |= {w for source in sources for w in re.findall(r"[a-z]{3,}", source)}
    return ["", *sorted(w for w in words if any(p.search(w) for p in cues))]


def best_time(text: str, repeats: int, run: Callable[[str], object]) -> float:
    """The best of a few runs: timing drifts on a shared machine."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        run(text)
        best = min(best, time.perf_counter() - start)
    return best


def stretched(words: list[str], c: str, n: int) -> str:
    """About n characters: each word followed by an equal stretch of c, then a letter."""
    each = max(1, n // max(1, len(words)))
    return "".join(w + c * each for w in words) + "x"


def worst_ratio(run, words: list[str]) -> tuple[float, str, float]:
    """The worst time ratio over the classes, its class, and the time on the largest text."""
    worst = (0.0, "", 0.0)
    for c in CLASSES:
        small = best_time(stretched(words, c, SMALL), 5, run)
        large = best_time(stretched(words, c, LARGE), 2, run)
        ratio = large / max(small, 1e-6)
        if ratio > worst[0]:
            worst = (ratio, c, large)
    return worst


def main() -> None:
    print(f"linear-time check of the guard (python {sys.version.split()[0]}); ratio = time on {LARGE:,} / {SMALL:,} characters")
    failures = 0
    for name, pattern in sorted(guard_patterns().items()):
        # The name first: a pattern that does not finish shows which it is.
        print(f"  {name:<48} ", end="", flush=True)
        words = sorted(set(re.findall(r"[a-z]{2,}", pattern.pattern)))[:40] or [""]
        if anchored_only(name):
            # tried only at one position (after a cue, the end of a value): tried after every word here
            run = lambda t, p=pattern: [p.match(t, m.end()) for m in _WORDS.finditer(t)]  # noqa: E731
        else:
            run = lambda t, p=pattern: deque(p.finditer(t), maxlen=0)  # noqa: E731 - a one-line runner
        ratio, c, large = worst_ratio(run, words)
        if ratio > LIMIT and large >= FAST:
            # Timing drifts on a shared machine: measure the worst class again before reporting it.
            ratio = best_time(stretched(words, c, LARGE), 3, run) / max(best_time(stretched(words, c, SMALL), 5, run), 1e-6)
        flag = "" if ratio <= LIMIT or large < FAST else "  NOT LINEAR"
        failures += bool(flag)
        print(f"worst ratio {ratio:5.1f} ({c!r:>10})  {large:6.3f} s on 1 MB{flag}", flush=True)
    words = cue_words()
    ratio, c, large = worst_ratio(scan, words)
    print(f"\nscan() after each of {len(words)} cue words: worst ratio {ratio:.1f} ({c!r}), {large:.3f} s on 1 MB")
    print(f"\n{failures} pattern(s) not linear")


if __name__ == "__main__":
    main()
