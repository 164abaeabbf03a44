"""Property tests: every Luhn-valid 15/16-digit number, however written, is found and removed."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from amexsim.guard import redact, scan

SCRIPTS = {
    "ascii": "0123456789",
    "fullwidth": "".join(chr(0xFF10 + i) for i in range(10)),
    "arabic-indic": "".join(chr(0x0660 + i) for i in range(10)),
    "devanagari": "".join(chr(0x0966 + i) for i in range(10)),
}
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
SEPARATORS = [" ", "-", "."]
WORDS = ["please", "my", "card", "is", "thanks", "hi", "the", "number", "for", "amex", "ok", "so"]


def luhn_complete(body: str) -> str:
    """Append the check digit that makes body pass Luhn."""
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


@st.composite
def card_numbers(draw: st.DrawFn) -> str:
    length = draw(st.sampled_from([15, 16]))
    first = draw(st.sampled_from("23456"))
    body = first + "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=length - 2, max_size=length - 2)))
    return luhn_complete(body)


def grouped(digits: str, sizes: list[int], seps: list[str]) -> str:
    out, i = [], 0
    for k, size in enumerate(sizes):
        out.append(digits[i : i + size])
        i += size
        if k < len(sizes) - 1:
            out.append(seps[k % len(seps)])
    return "".join(out)


@st.composite
def written_cards(draw: st.DrawFn) -> tuple[str, str]:
    """A card number written in some grouping, separators, script and invisible characters."""
    digits = draw(card_numbers())
    if len(digits) == 15:
        sizes = draw(st.sampled_from([[4, 6, 5], [15], [5, 5, 5], [3, 3, 3, 3, 3]]))
    else:
        sizes = draw(st.sampled_from([[4, 4, 4, 4], [16], [4, 6, 6], [8, 8]]))
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=1, max_size=3))
    text = grouped(digits, sizes, seps)
    table = SCRIPTS[draw(st.sampled_from(sorted(SCRIPTS)))]
    text = "".join(table[int(c)] if c.isdigit() else c for c in text)
    if draw(st.booleans()):
        mark = draw(st.sampled_from(INVISIBLE))
        positions = draw(st.sets(st.integers(1, len(text) - 1), max_size=4))
        text = "".join(mark + c if i in positions else c for i, c in enumerate(text))
    return digits, text


def ascii_only_digits(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text)
    return "".join(str(unicodedata.decimal(c)) for c in folded if c.isdecimal())


surrounding = st.lists(st.sampled_from(WORDS), max_size=5).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(written_cards(), surrounding, surrounding, st.sampled_from([" ", ": ", "#", " (", "\n"]))
def test_every_luhn_valid_card_is_found_and_redacted(card: tuple[str, str], before: str, after: str, glue: str) -> None:
    digits, written = card
    text = f"{before}{glue}{written} {after}".strip()
    findings = scan(text)
    assert any(f.kind == "card_number" and written in text[f.start : f.end] for f in findings)
    leftover = ascii_only_digits(redact(text))
    assert digits not in leftover
    for i in range(len(digits) - 3):
        assert digits[i : i + 4] not in leftover


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_sorted_non_overlapping_spans(text: str) -> None:
    findings = scan(text)
    assert all(0 <= f.start < f.end <= len(text) for f in findings)
    assert all(a.end <= b.start for a, b in zip(findings, findings[1:]))


CARD_GROUPINGS = {
    13: [[13], [4, 4, 5]],
    14: [[14], [4, 6, 4]],
    15: [[15], [4, 6, 5], [5, 5, 5], [3, 3, 3, 3, 3]],
    16: [[16], [4, 4, 4, 4], [8, 8], [4, 6, 6], [3, 3, 3, 3, 3, 1]],
    17: [[17], [4, 4, 4, 5]],
    18: [[18], [4, 4, 4, 6]],
    19: [[19], [4, 4, 4, 4, 3]],
}
NEIGHBOUR_WORDS = ["pay", "the", "order", "on", "at", "one", "two", "ok", "amount", "date", "ref", "$", "#", "USD"]
GLUES = [" ", "  ", ", ", " - ", "-", ".", "/", " / ", "\n", ": ", "; "]


@st.composite
def numbers(draw: st.DrawFn) -> str:
    """A harmless-looking number: digits, an amount, a date or a phone number."""
    digit = st.sampled_from("0123456789")
    plain = st.lists(digit, min_size=1, max_size=12).map("".join)
    form = draw(st.sampled_from(["plain", "amount", "date", "phone"]))
    if form == "amount":
        return f"{draw(st.integers(1, 99999)):,}.{draw(st.integers(0, 99)):02d}"
    if form == "date":
        return f"{draw(st.integers(1, 12)):02d}/{draw(st.integers(1, 28)):02d}/{draw(st.integers(2000, 2030))}"
    if form == "phone":
        return f"1-800-{draw(st.integers(100, 999))}-{draw(st.integers(1000, 9999))}"
    return draw(plain)


@st.composite
def cards_among_numbers(draw: st.DrawFn) -> tuple[str, int, int]:
    """A card written in one grouping and separator, with numbers and words on either side."""
    length = draw(st.sampled_from(sorted(CARD_GROUPINGS)))
    body = draw(st.sampled_from("23456")) + "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=length - 2, max_size=length - 2)))
    digits = luhn_complete(body)
    sizes = draw(st.sampled_from([*CARD_GROUPINGS[length], [1] * length]))
    written = grouped(digits, sizes, [draw(st.sampled_from([" ", "-", ".", "\u00a0"]))])
    side = st.lists(st.one_of(numbers(), st.sampled_from(NEIGHBOUR_WORDS)), max_size=4)
    before, after = draw(side), draw(side)
    parts = [*(p + draw(st.sampled_from(GLUES)) for p in before)]
    head = "".join(parts)
    tail = "".join(draw(st.sampled_from(GLUES)) + p for p in after)
    return head + written + tail, len(head), len(head) + len(written)


@settings(max_examples=400, deadline=None)
@given(cards_among_numbers())
def test_a_card_among_other_numbers_is_refused_and_none_of_its_digits_survive(case: tuple[str, int, int]) -> None:
    text, start, end = case
    covered = set()
    for finding in scan(text):
        covered.update(range(finding.start, finding.end))
    assert {i for i in range(start, end) if text[i].isdigit()} <= covered, redact(text)
    assert any(f.kind == "card_number" for f in scan(text))
