"""Regex helpers for cue words: matches that begin a word, alternations grouped by first letter, typos."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain, repeat
from operator import add, lt, sub

# Words that make the number after them a count of digits ("the first four", "last 4"), not a digit.
COUNT_WORDS = (
    r"first|second|third|fourth|fifth|next|last|final|other|remaining|middle|another"
    r"|group|part|block|set|chunk|piece|grupo|parte|bloque|primeros|ultimos|siguientes|otros|otras|los|las"
)


def word_matches(pattern: re.Pattern[str], s: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """Matches of pattern that begin a word.

    Checking the boundary here instead of a leading \\b in the pattern keeps the regex
    engine's first-character scan, which makes a pass over a long message several times
    faster. The check is inlined: long messages yield tens of thousands of matches.
    """
    search = pattern.search
    endpos = len(s) if endpos is None else endpos
    while (m := search(s, pos, endpos)) is not None:
        start = m.start()
        before = s[start - 1] if start else " "
        if (before.isalnum() or before == "_") and not "\u3040" <= s[start] <= "\u9fff":
            pos = start + 1
            continue
        yield m
        end = m.end()
        pos = end if end > start else start + 1


def word_matches_of_any(patterns: list[re.Pattern[str]], s: str) -> Iterator[re.Match[str]]:
    """word_matches of the alternation of patterns that start with different literal characters (so
    at most one can match at a position): each is searched on its own, from its literal start, which
    the regex engine finds fast where a set of first characters stops it at every one of them, and
    their matches are taken in order as one search of the alternation would find them."""
    firsts = [_first_word_match(pattern, s, 0) for pattern in patterns]
    while any(firsts):
        m = min((f for f in firsts if f is not None), key=re.Match.start)
        yield m
        pos = m.end() if m.end() > m.start() else m.start() + 1
        firsts = [f if f is None or f.start() >= pos else _first_word_match(p, s, pos) for p, f in zip(patterns, firsts)]


def _first_word_match(pattern: re.Pattern[str], s: str, pos: int) -> re.Match[str] | None:
    return next(word_matches(pattern, s, pos), None)


_NOT_SPACED = re.compile(r"[^a-z0-9_ ]")


def spaced_words(s: str) -> bool:
    """Whether s holds only ASCII letters, digits, underscores and plain spaces (as long generated
    or pasted text can): then every word starts the text or follows a space, and
    spaced_word_bounds can look for matches after spaces only."""
    return _NOT_SPACED.search(s) is None


def after_space(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern after a plain space: a literal first, which the regex engine finds fast."""
    return re.compile(f" (?:{pattern.pattern})", pattern.flags)


def after_other_non_word(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern after an ASCII character that ends a word other than a space ("(", "?", a line
    break): a set first, which the regex engine scans for fast, and prose has few of them."""
    return re.compile(f"[^a-zA-Z0-9_ ](?:{pattern.pattern})", pattern.flags)


def after_non_word(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern after an ASCII character that ends a word (a space, "(", "?", a line break): a
    set first, which the regex engine scans for fast (see may_start_a_word)."""
    return re.compile(f"[^a-zA-Z0-9_](?:{pattern.pattern})", pattern.flags)


def may_start_a_word(pattern: re.Pattern[str], after_non_word_pattern: re.Pattern[str], s: str) -> bool:
    """Whether pattern matches somewhere a word starts in s: False means word_matches(pattern, s)
    finds nothing. In ASCII text the pattern is tried only at the start and after the characters
    that end words (after_non_word_pattern), a few places in a short message, instead of at every
    letter that could start it; in other text (where a kana or ideograph starts a word anywhere)
    everywhere."""
    if not s.isascii() or len(s) > _SHORT_TEXT:
        return pattern.search(s) is not None
    return pattern.match(s) is not None or after_non_word_pattern.search(s) is not None


# Longer texts are searched everywhere: in a long run of digits and dashes ("1-1-1-...") every dash
# would be a place to try, where a search for a letter that can start a match skips them all.
_SHORT_TEXT = 2048


def spaced_word_bounds(
    pattern: re.Pattern[str], spaced_pattern: re.Pattern[str], s: str, punctuated_places: list[int] | None = None
) -> tuple[list[int], list[int]] | None:
    """The starts and ends of word_matches(pattern, s) in ASCII text, as two lists.

    They are a match at the very start and the matches of spaced_pattern (after_space(pattern))
    one character on: one pass that skips from space to space. In text with other characters
    that end words (not spaced_words), the matches after_other_non_word(pattern) would find, one
    character on, too: read at punctuated_places (punctuated_places()), the places where some
    pattern of a family can follow such a character, found for the whole family in one pass.
    None when a match ends in a character that ends words (it could hide one starting right
    after it) or two found by the two passes overlap (one of them would hide a third):
    word_matches is then the way.
    """
    first = pattern.match(s)
    at = first.end() - 1 if first else 0
    found = list(chain.from_iterable(map(re.Match.span, spaced_pattern.finditer(s, at))))
    starts, ends = list(map(add, found[0::2], repeat(1))), found[1::2]
    if punctuated_places is not None and (other := _matches_at_places(pattern, s, punctuated_places, at)):
        bounds = sorted(zip(chain(starts, other[0::2]), chain(ends, other[1::2])))
        starts, ends = [a for a, _ in bounds], [b for _, b in bounds]
        if any(map(lt, starts[1:], ends)):
            return None
    if first:
        starts.insert(0, first.start())
        ends.insert(0, first.end())
    last = set(map(s.__getitem__, map(sub, ends, repeat(1))))
    return None if not all(c.isalnum() or c == "_" for c in last) else (starts, ends)


def punctuated_places(family: re.Pattern[str], s: str) -> list[int]:
    """Where an ASCII character that ends a word, other than a space, has a match of one of a family
    of patterns right after it (family: any_after_other_non_word of them): one pass for the family
    instead of one per pattern."""
    return list(map(re.Match.start, family.finditer(s)))


def any_after_other_non_word(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
    """The pattern punctuated_places needs: an ASCII character that ends a word, not a space, before
    a match of any of patterns (in a lookahead, so a match takes one character and hides no place)."""
    return re.compile("[^a-zA-Z0-9_ ](?=" + "|".join(f"(?:{p.pattern})" for p in patterns) + ")")


def _matches_at_places(pattern: re.Pattern[str], s: str, places: list[int], at: int) -> list[int]:
    """The starts and ends (flat) of the matches after_other_non_word(pattern).finditer(s, at) would
    find, one character on: the pattern tried after each place in turn, skipping those a match covers."""
    found: list[int] = []
    match = pattern.match
    covered = at
    for place in places:
        if place >= covered and (m := match(s, place + 1)) is not None:
            covered = m.end()
            found += (place + 1, covered)
    return found


# Long texts only: a short message costs no more searched everywhere, and would pay for the extra passes.
LONG_TEXT = 512
# The last text's layout (its text and the way to find word starts in it): the stages reading one long
# text each ask, and a regex pass over all of "random words and digits" finds no other character.
_last_layout: tuple[str, str] = ("", "everywhere")


def _layout(s: str) -> str:
    """How word starts are found in s: "spaced" (after spaces only: spaced_words), "punctuated" (after
    spaces and the other characters that end words), or "everywhere" (word_matches).

    A pass from space to space pays where spaces open words of a few letters (at most one character in
    four a space): "1 1 1 ..." would have the patterns tried at every other character. Only in ASCII
    text are a space and the other characters the passes skip to all that can end a word.
    """
    global _last_layout
    last = _last_layout
    if last[0] is s:
        return last[1]
    spaces = s.count(" ")
    if len(s) < LONG_TEXT or spaces * 4 > len(s) or not s.isascii():
        layout = "everywhere"
    elif spaced_words(s):
        layout = "spaced"
    elif spaces * 8 > len(s):  # prose: a space every few letters, punctuation now and then
        layout = "punctuated"
    else:  # "1-1-1-...": a dash at every other character would be a place to try
        layout = "everywhere"
    _last_layout = (s, layout)
    return layout


class WordStartFamily:
    """Patterns whose matches begin words, found in a long text with one pass from space to space per
    pattern and one pass after the other word-ending characters for the whole family."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        self._spaced = tuple(map(after_space, patterns))
        self._punctuated = any_after_other_non_word(patterns)

    def bounds(self, s: str) -> tuple[tuple[list[int], list[int]] | None, ...]:
        """Each pattern's spaced_word_bounds in s, or None where word_matches must find them."""
        layout = _layout(s) if len(s) >= LONG_TEXT else "everywhere"
        if layout == "everywhere":
            return (None,) * len(self.patterns)
        places = punctuated_places(self._punctuated, s) if layout == "punctuated" else None
        return tuple(map(spaced_word_bounds, self.patterns, self._spaced, repeat(s), repeat(places)))

    def matches(self, s: str) -> list[re.Match[str]] | None:
        """The word_matches of a family of one pattern in s, or None where word_matches must find them."""
        if len(s) < LONG_TEXT:  # checked first: every short message asks
            return None
        (found,) = self.bounds(s)
        return None if found is None else list(map(self.patterns[0].match, repeat(s), found[0]))


def by_first_letter(words: list[str]) -> str:
    """An alternation of words with those sharing a first letter grouped: "c(?:ard|c)|a(?:cct)".

    The regex engine tries the alternatives of a flat list one by one at every word start;
    grouped, it tries only the words with the right first letter. With a word boundary
    after it, at most one word can match at a position, so the order changes no match.
    """
    tails: dict[str, list[str]] = {}
    for word in words:
        tails.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{_factored(rest)})" for first, rest in tails.items())


def typo(word: str, *short: str) -> str:
    """A regex for word, word with one slip after its first letter, or a short form (a regex).

    The slips are a letter dropped, added or replaced, or two neighbours swapped ("secuirty",
    "socail", "pasword"). The regex starts with the literal first letter, so a cue pattern
    using it keeps the engine's first-character scan; alternatives sharing a second letter are grouped.
    """
    any_letter = "[a-z]"
    variants = {word, *short}
    for i in range(1, len(word) + 1):
        variants.add(word[:i] + any_letter + word[i:])
    for i in range(1, len(word)):
        variants.add(word[:i] + word[i + 1 :])
        variants.add(word[:i] + any_letter + word[i + 1 :])
    for i in range(1, len(word) - 1):
        variants.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    # Longest first: inside a longer cue, a shorter variant must not win and leave letters over.
    tails: dict[str, list[str]] = {}
    for v in sorted(variants, key=lambda v: (-len(v), v)):
        second = v[1] if v[1:2].isalpha() else ""
        tails.setdefault(second, []).append(v[1 + len(second) :])
    groups = [f"{second}(?:{'|'.join(rest)})" if second else "|".join(rest) for second, rest in tails.items()]
    return f"{word[0]}(?:{'|'.join(groups)})"


def after_one_of(words: tuple[str, ...], word: str) -> str:
    """A regex for word when one of words comes just before it (fixed-width lookbehinds, one each)."""
    return word + "(?:" + "|".join(rf"(?<=\b{w} {word})" for w in words) + ")"


def alternation(alternatives: list[str]) -> str:
    """Regex alternatives grouped by their first character, in order within each group.

    Every alternative must start with a literal letter or digit: then the regex engine can
    skip over a long text to the characters that start one (a single group or lookaround first
    would make it try the whole pattern at every position), and at each it tries only the
    alternatives sharing that first character. Only one group can match at a position, so
    the grouping changes no match.
    """
    return "|".join(f"{first}(?:{_factored(rests)})" for first, rests in _by_first_character(alternatives).items())


def _factored(alternatives: list[str]) -> str:
    """Alternatives joined with "|", those sharing a literal first character grouped under it once,
    level by level ("that's x|thats x|that y" reads "t(?:hat(?:'s x|s x| y))").

    The regex engine then tries a shared start once instead of once per alternative, which is
    most of the cost of a big alternation tried at every word of a long text. The order of the
    alternatives that could match at the same position is kept: two with different literal
    first characters never can, and one starting otherwise (a class, a group, a quantified
    character) is a barrier that no alternative is moved across.
    """
    groups: list[tuple[str | None, list[str]]] = []
    for alternative in alternatives:
        head = alternative[:1] if _LITERAL_HEAD.match(alternative) else None
        target = None
        if head is not None:
            for group_head, members in reversed(groups):
                if group_head is None:
                    break
                if group_head == head:
                    target = members
                    break
        if target is not None:
            target.append(alternative[1:])
        else:
            groups.append((head, [alternative[1:]] if head is not None else [alternative]))
    return "|".join(
        members[0] if head is None else head + members[0] if len(members) == 1 else f"{head}(?:{_factored(members)})"
        for head, members in groups
    )


# A literal character (a lower-case letter, digit, space or apostrophe) not followed by a quantifier.
_LITERAL_HEAD = re.compile(r"[a-z0-9 '](?![?*+{])")


def at_word_start(alternatives: list[str]) -> str:
    """alternation(), each alternative matching only where a word starts (as after a \\b).

    The boundary is a lookbehind after the first character ("c(?<!\\wc)ard"): a \\b first would
    make the engine try the pattern at every position of the text it searches.
    """
    return "|".join(f"{first}{_starts_a_word(first)}(?:{_factored(rests)})" for first, rests in _by_first_character(alternatives).items())


def _starts_a_word(first: str) -> str:
    return "" if is_cjk(first) else f"(?<!\\w{first})"


def is_cjk(c: str) -> bool:
    """Kana and CJK ideographs: words are not set off by spaces, so a cue in them needs no boundary."""
    return "\u3040" <= c <= "\u9fff"


# A cue ending in kana or an ideograph ends there ("验证码是 ...": no space before the link).
CJK_END = "(?<=[\u3040-\u9fff])"


def _by_first_character(alternatives: list[str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        first, rest = alternative[:1], alternative[1:]
        if not first.isalnum() or rest[:1] in ("?", "*", "+", "{"):
            raise ValueError(f"an alternative must start with a literal letter or digit (not {alternative!r})")
        groups.setdefault(first, []).append(rest)
    return groups
