"""The guard's fast structures give what the plain definitions they stand for give.

A long message is scanned with runs kept as parallel lists, piece gaps tried from run ends
only, card windows worked out once per run shape and findings mapped back in bulk. Each is
checked here against the obvious way of computing the same thing, on texts made to hit the
corner cases (counts typed in digits, lists, mixed separators, spelled and wide digits).
"""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_guard import _cards_by_direct_search

from amexsim.guard import cards, scan, spelled, words
from amexsim.guard.cards import _shaped_spans, card_layout
from amexsim.guard.fold import normalise
from amexsim.guard.pieces import _JOIN, _MAX_GAP, _WORD_OR_DOT, piece_links
from amexsim.guard.runs import _RUN, Run, Runs

TOKENS = ["1", "4", "12", "3782", "822463", "10005", "4 1234", "12-34", "1 2", "first", "last", "four", "then", "and", "is"]
TOKENS += ["my", "card", "zip", "ok", ":", ",", ".", "-", "(", ")", "1)", "2)", "five", "one", "oh", "\n", "  ", "١٢", "４５"]


@st.composite
def texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=30))
    seps = draw(st.lists(st.sampled_from([" ", "", "  ", ", "]), min_size=len(words), max_size=len(words)))
    return "".join(w + sep for w, sep in zip(words, seps))


@settings(max_examples=300, deadline=None)
@given(texts())
def test_runs_as_lists_match_one_run_object_per_match(text: str) -> None:
    s = normalise(text).text
    runs = Runs(s)
    expected = [Run(m.start(), m.end(), m.group()) for m in _RUN.finditer(s)]
    assert len(runs) == len(expected)
    assert runs.counts == [len(r.digits) for r in expected]
    assert [(r.start, r.end, r.raw, r.digits) for r in map(runs.__getitem__, range(len(runs)))] == [
        (r.start, r.end, r.raw, r.digits) for r in expected
    ]


def _links_by_one_pass(s: str, runs: Runs) -> tuple[list[int], set[int]]:
    """Every gap the gap pattern finds in one pass over the text that joins a run's end to a run's
    start, but a colon alone between two digits (a time)."""
    links, punctuation_only = [-1] * len(runs), set()
    by_end = {e: k for k, e in enumerate(runs.ends)}
    by_start = {b: k for k, b in enumerate(runs.starts)}
    for gap in _JOIN.finditer(s):
        a, b = gap.start() + 1, gap.end()
        if a in by_end and b in by_start and b - a <= _MAX_GAP and s[a:b] != ":":
            links[by_end[a]] = by_start[b]
            if not _WORD_OR_DOT.search(s, a, b):
                punctuation_only.add(by_end[a])
    return links, punctuation_only


@settings(max_examples=400, deadline=None)
@given(texts())
def test_piece_links_from_run_ends_match_one_pass_of_the_gap_pattern(text: str) -> None:
    s = normalise(text).text
    runs = Runs(s)
    links = piece_links(s, runs)
    expected_links, expected_punctuation = _links_by_one_pass(s, runs)
    assert links.next == expected_links
    assert set(links.punctuation_only) == expected_punctuation


def test_piece_links_skip_a_count_typed_in_digits() -> None:
    s = "3782 first 4: 822463 and last 4: 10005"
    runs = Runs(s)
    assert [runs.raws[k] for k in piece_links(s, runs).next if k >= 0] == ["822463", "10005"]


def _shaped_by_definition(lengths: list[int], gaps: list[str]) -> set[tuple[int, int]]:
    """Windows of up to seven groups with 13 to 19 digits, one separator throughout, laid out like a card."""
    return {
        (i, j)
        for i in range(len(lengths))
        for j in range(i + 1, min(len(lengths), i + 7) + 1)
        if 13 <= sum(lengths[i:j]) <= 19 and len(set(gaps[i : j - 1])) <= 1 and card_layout(lengths[i:j])
    }


def test_card_shaped_windows_walked_from_each_group_match_the_definition() -> None:
    rng = random.Random(3)
    for _ in range(20_000):
        lengths = [rng.choice([1, 2, 3, 4, 4, 4, 5, 5, 6, 6, 7, 8, 9, 13, 16, 19, 20]) for _ in range(rng.randint(1, 12))]
        gaps = [rng.choice([" ", " ", "-", "  ", "."]) for _ in range(len(lengths) - 1)]
        assert set(_shaped_spans(lengths, gaps)) == _shaped_by_definition(lengths, gaps), (lengths, gaps)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["one", "two ", "oh", "4", " ", "x", "\u200b", "１", "٣", "ß", "ﬁ", "five-two", "9"]), max_size=25))
def test_findings_mapped_back_in_bulk_match_one_at_a_time(parts: list[str]) -> None:
    text = "".join(parts)
    view = normalise(text)
    n = len(view.text)
    pairs = [(a, b) for a in range(n) for b in range(a + 1, min(n, a + 6) + 1)]
    starts, ends = view.originals([a for a, _ in pairs], [b for _, b in pairs])
    assert list(zip(starts, ends)) == [view.original(a, b) for a, b in pairs]


def test_shapes_of_long_runs_are_not_kept() -> None:
    """A run's shape is remembered only when short: a long message cannot fill the memory with them."""
    cards._cached_windows.cache_clear()
    long_run = " ".join(["1234567"] * 11)
    assert len(long_run) > cards._CACHED_SHAPE
    cards._card_windows(Run(0, len(long_run), long_run))
    assert cards._cached_windows.cache_info().currsize == 0


@pytest.mark.parametrize(
    "unit",
    [
        ["4111", "1111", "1111", "1111"],
        ["3782", "822463", "10005"],
        ["1234"],
        ["4992", "7398", "716"],
        ["5", "1", "0", "5"],
        ["378", "2822"],
    ],
    ids=lambda unit: "-".join(unit),
)
def test_cards_in_long_repeating_runs_match_a_direct_window_search(unit: list[str]) -> None:
    """A run repeating itself is checked once per distinct window: the same cards as window by window."""
    groups = unit * (90 // len(unit))
    text = " ".join(groups)
    cards = [text[f.start : f.end] for f in scan(text) if f.kind == "card_number"]
    assert cards == _cards_by_direct_search(groups)


# Alternatives sharing starts, with barriers (a class, a group, a quantified letter) and lookarounds.
_ALTERNATIVES = ["ab", "abc", "a", "a[bc]?d", "ab(?:c|d)", "b", "ba", "abd", "a b", "a(?=b)", "ab?", "ac", "b[a-z]", "bb", "(?:a|b)c", "c"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ALTERNATIVES), min_size=1, max_size=8), st.text(alphabet="abcd 1", max_size=30))
# An alternative that does not start with a literal keeps its place: one after it must not win by moving before it.
@example(["ac", "a[bc]?d", "ab"], "abd")
@example(["ad", "(?:a|b)c", "a"], "ac")
def test_alternatives_with_shared_starts_taken_out_match_as_listed(alternatives: list[str], text: str) -> None:
    """Shared literal starts taken out once (words._factored) change no match at any position."""
    plain, factored = re.compile("|".join(alternatives)), re.compile(words._factored(alternatives))
    for pos in range(len(text) + 1):
        expected, got = plain.match(text, pos), factored.match(text, pos)
        assert (expected and expected.span()) == (got and got.span()), (alternatives, text, pos)


_SPELLED_PARTS = ["one", "two", "oh", "o", "forty", "-", "double", "ten", "y", "uno", "x", "4", " ", ", ", "_", "ß"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SPELLED_PARTS), max_size=25))
def test_spelled_numbers_at_word_starts_are_those_word_matches_finds(parts: list[str]) -> None:
    """The engine's own word-start check finds the sequences that word_matches' check in Python finds."""
    s = "".join(parts)
    assert [m.span() for m in spelled._SPELLED_AT_WORD_START.finditer(s)] == [m.span() for m in words.word_matches(spelled._SPELLED, s)]
