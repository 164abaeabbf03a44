"""Refuse, when intents load, regexes that can backtrack catastrophically.

Every regex of the intents is searched in messages typed by anyone, so one pattern such as
``(a+)+$`` would let a 34-character message stall the assistant for half a minute. Python's
engine backtracks; its slow cases come from a repeat that can split the same text in many
ways. Two shapes cause them, and both are refused (the check is deliberately strict: the
shipped intents use ``?`` and plain alternatives and never need either shape):

- a quantifier inside a quantifier, both allowing more than one repetition:
  ``(a+)+``, ``(\\w+\\s?)*``, ``(x*){2,}``;
- alternatives that can match the same text in more than one way (two that can start with
  the same character, or one that can match nothing) under a repeat of more than one:
  ``(a|ab)+``, ``(\\w|\\w\\d)*``, ``(a|b?)+``. (Python folds ``(a|b)`` into a character
  class, which is safe, before this check sees it.)
"""

from __future__ import annotations

import re
import re._compiler as sre_compiler
import re._constants as c
import re._parser as sre_parser

_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT))
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
# Characters tried to learn which ones a character class accepts first.
_ALPHABET = "".join(chr(i) for i in range(256)) + "\u0101\u0430\u4e2d\u20ac\u2019\u00a0"
_ANY = frozenset(_ALPHABET)


def backtracking_risk(regex: re.Pattern[str]) -> str | None:
    """Why the regex can take exponential time, or None when it cannot (by the rules above)."""
    parsed = sre_parser.parse(regex.pattern, regex.flags)
    return _walk(list(parsed), parsed.state, None)


def _walk(items: list, state: sre_parser.State, outer: str | None) -> str | None:
    """``outer`` describes the enclosing repeat of more than one, if any."""
    for op, arg in items:
        if op in _REPEATS:
            low, high, body = arg
            if high > 1:
                here = _describe(low, high)
                if outer is not None:
                    return f"a quantifier {here} inside a quantifier {outer} (nested quantifiers)"
                overlap = _overlapping_branch(list(body), state)
                if overlap is not None:
                    return f"{overlap} under the quantifier {here}"
                problem = _walk(list(body), state, here)
            else:
                problem = _walk(list(body), state, outer)
        elif op is c.SUBPATTERN:
            problem = _walk(list(arg[3]), state, outer)
        elif op is c.BRANCH:
            problem = next((p for branch in arg[1] if (p := _walk(list(branch), state, outer))), None)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            problem = _walk(list(arg[1]), state, outer)
        else:
            problem = None
        if problem:
            return problem
    return None


def _overlapping_branch(items: list, state: sre_parser.State) -> str | None:
    """Alternatives in a repeated body that share a first character or can match nothing."""
    for op, arg in items:
        if op is c.BRANCH:
            firsts = []
            for branch in arg[1]:
                first, empty = _first(list(branch), state)
                if empty or any(first & seen for seen in firsts):
                    return "alternatives that can match the same text in more than one way"
                firsts.append(first)
            inner = next((p for branch in arg[1] if (p := _overlapping_branch(list(branch), state))), None)
            if inner:
                return inner
        elif op is c.SUBPATTERN:
            inner = _overlapping_branch(list(arg[3]), state)
            if inner:
                return inner
    return None


def _first(items: list, state: sre_parser.State) -> tuple[frozenset[str], bool]:
    """The characters a sequence can start with, and whether it can match the empty string."""
    first: set[str] = set()
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        if op is c.SUBPATTERN:
            inner, empty = _first(list(arg[3]), state)
        elif op is c.BRANCH:
            parts = [_first(list(branch), state) for branch in arg[1]]
            inner, empty = frozenset().union(*(p for p, _ in parts)), any(e for _, e in parts)
        elif op in _REPEATS:
            inner, empty = _first(list(arg[2]), state)
            empty = empty or arg[0] == 0
        elif op is c.LITERAL:
            inner, empty = frozenset(chr(arg)), False
        elif op in (c.IN, c.ANY, c.NOT_LITERAL, c.CATEGORY):
            inner, empty = _accepted((op, arg), state), False
        else:  # back-references and the like: assume anything
            inner, empty = _ANY, False
        first |= inner
        if not empty:
            return frozenset(first), False
    return frozenset(first), True


def _accepted(item: tuple, state: sre_parser.State) -> frozenset[str]:
    """The sample characters one single-character item accepts."""
    one = sre_parser.SubPattern(state, [item])
    compiled = sre_compiler.compile(one, state.flags)
    return frozenset(ch for ch in _ALPHABET if compiled.match(ch))


def _describe(low: int, high: int) -> str:
    if high == c.MAXREPEAT:
        return "*" if low == 0 else "+" if low == 1 else f"{{{low},}}"
    return f"{{{low},{high}}}"
