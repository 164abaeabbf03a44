"""The guard runs in linear time: no pattern can backtrack over a long stretch, and scan time grows with length.

The guard sees every message before any length limit, so one message that makes a regex
backtrack would stall the chat. Two checks: a structural one on every compiled pattern of
the guard (an unbounded repeat must be possessive or atomic, so it never gives characters
back), and a timing one on the whole guard (ten times the text takes about ten times as
long, for every cue word followed by long stretches of each kind of character). The
million-character version of the timing check is benchmarks/guard_linear.py.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from collections.abc import Callable
from re import _constants as sre
from re import _parser as sre_parse

import amexsim.guard
from amexsim.guard import scan

# Characters a long stretch could be made of: every kind the guard's patterns treat apart.
CLASSES = [" ", "\u00a0", "\n", "\t", "\u200b", "a", "o", "x", "1", "-", ".", ":", "/", ",", "#", "=", "'", "*"]


def guard_patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern held by a module of the guard package."""
    names = [m.name for m in pkgutil.walk_packages(amexsim.guard.__path__, "amexsim.guard.")]
    modules = [amexsim.guard, *map(importlib.import_module, names)]
    return {f"{mod.__name__}.{name}": value for mod in modules for name, value in vars(mod).items() if isinstance(value, re.Pattern)}


def backtracking_repeats(tree: sre_parse.SubPattern | list, atomic: bool = False) -> list[str]:
    """Unbounded repeats that may give characters back (greedy or lazy, outside an atomic group)."""
    found: list[str] = []
    for op, av in tree:
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, sub = av
            if high == sre.MAXREPEAT and op != sre.POSSESSIVE_REPEAT and not atomic:
                found.append(f"{op} {low}.. of {sub}")
            found += backtracking_repeats(sub, atomic or op == sre.POSSESSIVE_REPEAT)
        elif op == sre.SUBPATTERN:
            found += backtracking_repeats(av[-1], atomic)
        elif op == sre.ATOMIC_GROUP:
            found += backtracking_repeats(av, True)
        elif op == sre.BRANCH:
            for branch in av[1]:
                found += backtracking_repeats(branch, atomic)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            found += backtracking_repeats(av[1], atomic)
    return found


def test_the_guard_has_patterns_to_check() -> None:
    assert len(guard_patterns()) >= 20


def test_no_guard_pattern_can_backtrack_over_a_long_stretch() -> None:
    bad = {name: reps for name, p in guard_patterns().items() if (reps := backtracking_repeats(sre_parse.parse(p.pattern, p.flags)))}
    assert bad == {}


def test_the_structural_check_finds_backtracking_repeats() -> None:
    assert backtracking_repeats(sre_parse.parse(r"login\s*(?:is)?\s*x"))
    assert backtracking_repeats(sre_parse.parse(r"(?:a|b(?=c*d))"))
    assert not backtracking_repeats(sre_parse.parse(r"login\s*+(?:is)?\s*+x(?>y*)[a-z]{1,64}"))


def cue_words() -> list[str]:
    """Every word of three or more letters in the guard's patterns that a cue pattern (one that
    finds nothing in a made-up word) finds a match in: the words that start the guard's work."""
    patterns = guard_patterns().values()
    cues = [p for p in patterns if not p.search("zqzq qzqz")]
    words = {w for p in patterns for w in re.findall(r"[a-z]{3,}", p.pattern)}
    return ["", *sorted(w for w in words if any(p.search(w) for p in cues))]


def best_time(text: str, repeats: int = 3, run: Callable[[str], object] = scan) -> float:
    """The best of a few runs of the guard (or of run) over text: timing drifts on a shared machine."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        run(text)
        best = min(best, time.perf_counter() - start)
    return best


# The kinds the test times (the benchmark times them all): whitespace, letters, digits, separators.
TIMED_CLASSES = [" ", "\u00a0", "\n", "a", "1", "-", ".", ":"]


def stretches(word: str, n: int) -> str:
    """The cue word followed by n of each kind of character and a letter, one kind per line."""
    return "\n".join(word + c * n + "x" for c in TIMED_CLASSES)


def test_scan_time_grows_linearly_after_every_cue_word() -> None:
    """Ten times longer stretches take about ten times as long (a quadratic pattern: a hundred)."""
    slow = []
    for word in cue_words():
        ratio = best_time(stretches(word, 2000)) / best_time(stretches(word, 200))
        # Timing drifts on a shared machine: confirm a high ratio twice on longer text before
        # failing (a quadratic pattern gives about 100 every time, a hiccup once).
        for _ in range(2):
            if ratio > 30:
                ratio = best_time(stretches(word, 20_000), 5) / best_time(stretches(word, 2000), 5)
        if ratio > 30:
            slow.append((word, round(ratio)))
    assert slow == []


def test_every_pattern_searches_a_long_stretch_of_each_class_quickly() -> None:
    """A search restarts at every position; a pattern that then consumes the rest of a stretch
    each time is quadratic under search even when possessive. 20,000 characters take well under
    a millisecond per pattern if linear; a quadratic one takes seconds."""
    slow = []
    for name, pattern in guard_patterns().items():
        for c in CLASSES:
            text = c * 20_000 + "x"
            if best_time(text, 1, pattern.findall) > 0.1 and best_time(text, 3, pattern.findall) > 0.1:
                slow.append((name, c))
    assert slow == []
