"""The guard runs in linear time: no pattern can backtrack over a long stretch, and scan time grows with length.

The guard sees every message before any length limit, so one message that makes a regex
backtrack would stall the chat. The check here is structural, on every compiled pattern of the
guard: an unbounded repeat must be possessive or atomic, so it never gives characters back.
Timing belongs to benchmarks/guard_linear.py (a million characters of each class after every
cue word, ten times the text taking about ten times as long), not to the test suite.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from re import _constants as sre
from re import _parser as sre_parse

import amexsim.guard


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
