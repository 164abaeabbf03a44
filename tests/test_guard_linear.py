"""The guard runs in linear time: checked on the structure of every compiled pattern.

The guard sees every message before any length limit, so one message that makes a regex
backtrack would stall the chat. Two structural rules, on every compiled pattern of the guard:
an unbounded repeat must be possessive or atomic, so it never gives characters back; and a
pattern must not start with an unbounded repeat that something after it can fail, unless a
lookbehind first stops a search from restarting inside the stretch ("[0-9]++[.,]" searched over
a long number would consume the rest of it from every position). Timing belongs to
benchmarks/guard_linear.py (a million characters of each class, every regex, and scan after
every cue word), not to the test suite.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache
from pathlib import Path
from re import _compiler
from re import _constants as sre
from re import _parser as sre_parse

import amexsim.guard

_UNBOUNDED = sre.MAXREPEAT
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


@cache
def guard_patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern held by a module of the guard package."""
    names = [m.name for m in pkgutil.walk_packages(amexsim.guard.__path__, "amexsim.guard.")]
    modules = [amexsim.guard, *map(importlib.import_module, names)]
    return {f"{mod.__name__}.{name}": value for mod in modules for name, value in vars(mod).items() if isinstance(value, re.Pattern)}


def backtracking_repeats(tree: sre_parse.SubPattern | list, atomic: bool = False) -> list[str]:
    """Unbounded repeats that may give characters back (greedy or lazy, outside an atomic group)."""
    found: list[str] = []
    for op, av in tree:
        if op in _REPEATS:
            low, high, sub = av
            if high == _UNBOUNDED and op != sre.POSSESSIVE_REPEAT and not atomic:
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


def restarts_inside_a_stretch(tree: sre_parse.SubPattern) -> bool:
    """True when the pattern can start with an unbounded repeat that what follows can fail.

    A search tries such a pattern at every position of a long stretch, and each try consumes
    the rest of the stretch before failing: quadratic, even with possessive repeats.
    """
    return _leading_repeat_can_fail(list(tree), tree.state)


def _leading_repeat_can_fail(seq: list, state: sre_parse.State) -> bool:
    if not seq:
        return False
    op, av = seq[0]
    if op in (sre.ASSERT, sre.ASSERT_NOT) and av[0] == -1:
        return False  # a lookbehind first: only the start of a stretch can begin a match
    if op == sre.SUBPATTERN:
        return _leading_repeat_can_fail([*av[-1], *seq[1:]], state)
    if op == sre.BRANCH:
        return any(_leading_repeat_can_fail([*branch, *seq[1:]], state) for branch in av[1])
    # "(?:\s++i use)?\s*+is": the match may start inside the optional part or after it
    if (
        op in _REPEATS
        and av[0] == 0
        and av[1] != _UNBOUNDED
        and (_leading_repeat_can_fail([*av[2], *seq[1:]], state) or _leading_repeat_can_fail(seq[1:], state))
    ):
        return True
    if op in _REPEATS and av[1] != _UNBOUNDED and _matches_almost_anything(av[2]):
        # "[^\s,;()]{3,64}" fits inside a stretch of dots, so what follows it starts there too
        # (not inside a stretch of spaces: a repeat of spaces after it starts where they start)
        return _shares_a_stretch(av[2], seq[1:], state) and _leading_repeat_can_fail(seq[1:], state)
    if op in _REPEATS and av[1] == _UNBOUNDED:
        rest = seq[1:]
        can_fail = any(o in (sre.ASSERT, sre.ASSERT_NOT, sre.AT) for o, _ in rest)
        return can_fail or sre_parse.SubPattern(state, rest).getwidth()[0] > 0
    return False


# Characters a long stretch could be made of (benchmarks/guard_linear.py uses the same kinds).
STRETCH_CHARS = " \u00a0\n\t\u200baox1-.:/,#='*"


def _shares_a_stretch(prefix: sre_parse.SubPattern, rest: list, state: sre_parse.State) -> bool:
    """Whether some stretch character fits both the prefix and the repeat right after it."""
    if not rest or rest[0][0] not in _REPEATS:
        return True
    first = _compiler.compile(sre_parse.SubPattern(state, list(prefix)))
    after = _compiler.compile(sre_parse.SubPattern(state, list(rest[0][1][2])))
    return any(first.fullmatch(c) and after.fullmatch(c) for c in STRETCH_CHARS)


def _matches_almost_anything(sub: sre_parse.SubPattern) -> bool:
    """A single negated class or "." (most characters of any stretch fit it)."""
    items = list(sub)
    if len(items) != 1:
        return False
    op, av = items[0]
    return op in (sre.ANY, sre.NOT_LITERAL) or (op == sre.IN and bool(av) and av[0][0] == sre.NEGATE)


def test_the_guard_has_patterns_to_check() -> None:
    assert len(guard_patterns()) >= 20


@cache
def _parsed() -> dict[str, sre_parse.SubPattern]:
    """Every guard pattern parsed once, for both structural checks."""
    return {name: sre_parse.parse(p.pattern, p.flags) for name, p in guard_patterns().items()}


def test_no_guard_pattern_can_backtrack_over_a_long_stretch() -> None:
    bad = {name: reps for name, tree in _parsed().items() if (reps := backtracking_repeats(tree))}
    assert bad == {}


@cache
def _guard_sources() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in Path(amexsim.guard.__path__[0]).glob("*.py"))


def anchored_only(name: str) -> bool:
    """Whether the guard only ever tries the pattern at one position (``.match``, ``.fullmatch``):
    a search never restarts it, so a repeat it starts with is read once per call."""
    short = name.rsplit(".", 1)[-1]
    sources = _guard_sources()
    anchored = re.search(rf"\b{short}\.(?:match|fullmatch)\(", sources)
    searched = re.search(rf"\b{short}\.(?:search|finditer|findall|sub|subn|split|scanner)\(|[(,][ \t]*{short}[ \t]*[,)]", sources)
    return bool(anchored) and not searched


def test_no_guard_pattern_restarts_inside_a_stretch() -> None:
    bad = [name for name, tree in _parsed().items() if restarts_inside_a_stretch(tree) and not anchored_only(name)]
    assert bad == []


def test_only_patterns_tried_at_one_position_are_let_off() -> None:
    assert anchored_only("amexsim.guard.passwords._LINK_AFTER_CUE")  # _LINK_AFTER_CUE.match(s, cue.end())
    assert not anchored_only("amexsim.guard.corrections._BEFORE")  # _BEFORE.search(s, start, hit.start)


def test_the_structural_checks_find_what_they_look_for() -> None:
    assert backtracking_repeats(sre_parse.parse(r"login\s*(?:is)?\s*x"))
    assert backtracking_repeats(sre_parse.parse(r"(?:a|b(?=c*d))"))
    assert not backtracking_repeats(sre_parse.parse(r"login\s*+(?:is)?\s*+x(?>y*)[a-z]{1,64}"))
    assert restarts_inside_a_stretch(sre_parse.parse(r"[0-9]{1,3}|[0-9]++[.,][0-9]{2}"))
    assert restarts_inside_a_stretch(sre_parse.parse(r"\s*+(?:for)?x"))
    assert restarts_inside_a_stretch(sre_parse.parse(r"[0-9]++$"))
    assert not restarts_inside_a_stretch(sre_parse.parse(r"(?<![0-9])[0-9]++[.,][0-9]{2}"))
    assert not restarts_inside_a_stretch(sre_parse.parse(r"[0-9]++(?:[ -][0-9]++)*+"))
    assert not restarts_inside_a_stretch(sre_parse.parse(r"x[0-9]++y"))
    assert restarts_inside_a_stretch(sre_parse.parse(r"[^\s,]{3,64}+[.-]++(?:not|no)$"))
    assert not restarts_inside_a_stretch(sre_parse.parse(r"[^\s,]{3,64}+[.-]{1,8}+(?:not|no)$"))
