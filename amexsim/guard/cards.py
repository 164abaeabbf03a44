"""Card numbers: a run or a window of its groups passing Luhn, or a run named as a card that fails it."""

from __future__ import annotations

import re
from itertools import accumulate

from .kinds import Hit
from .luhn import LuhnSums, luhn
from .runs import GAP, GROUP, THOUSANDS, Run
from .words import by_first_letter

_CARD_WORDS = r"card|cards|acct|account|a/c|cc|ccn|amex|visa|mastercard|discover|diners|jcb|credit|debit|pan|tarjeta|cuenta|credito|debito"
_REFERENCE_WORDS = (
    r"order|tracking|track|invoice|inv|confirmation|conf|reference|ref|case|ticket"
    r"|claim|dispute|transaction|txn|receipt|booking|reservation|shipment|package|parcel"
    r"|serial|model|member|membership|loyalty|policy|routing|iban|imei|sku|upc|isbn|vin"
    r"|phone|tel|fax|mobile|cell|report|incident|rma|po|id"
    r"|pedido|orden|referencia|seguimiento|factura|telefono|celular|caso|folio"
)
CARD_CUE = re.compile(rf"\b(?:{_CARD_WORDS})\b")
_CARD_WORD_SET = frozenset(_CARD_WORDS.split("|"))


# Card and reference words in one pattern; _CARD_WORD_SET tells which kind was found.
_NAMING_CUE = re.compile(rf"\b(?:{by_first_letter([*_CARD_WORDS.split('|'), *_REFERENCE_WORDS.split('|')])})\b")
# Any card word, even inside another word: a cheap test that rules most runs out before _naming.
_CARD_WORD_ANYWHERE = re.compile(_CARD_WORDS)


def _card_word(s: str, run: Run) -> str | None:
    """The card word naming the run, when the nearest naming word is one.

    The nearest naming word can only be a card word if one occurs somewhere in the windows
    _naming reads, so one search with no word boundaries (which the regex engine scans fast)
    spares the full look at both windows for most long runs in a long message.
    """
    if not _CARD_WORD_ANYWHERE.search(s, max(0, run.start - 48), run.end + 32):
        return None
    word = naming_word(s, run)
    return word if word in _CARD_WORD_SET else None


def naming_word(s: str, run: Run) -> str | None:
    """The nearest cue word naming a number (a card or a reference word), if there is one.

    Looks 48 characters back and 32 ahead, matching on the whole text so that a window's edge
    never cuts a word into a cue ("japan", "por").
    """
    best: tuple[int, str] | None = None
    for m in _NAMING_CUE.finditer(s, max(0, run.start - 48), run.start):
        best = (run.start - m.end(), m.group())
    after = _NAMING_CUE.search(s, run.end, run.end + 48)
    if after and after.start() < run.end + 32 and (best is None or after.start() - run.end < best[0]):
        best = (after.start() - run.end, after.group())
    return best[1] if best else None


def card_hits(s: str, runs: list[Run]) -> list[Hit]:
    hits: list[Hit] = []
    for run in runs:
        n = len(run.digits) if run.end - run.start >= 12 else 0
        if n < 12 or ("," in run.raw and THOUSANDS.fullmatch(run.raw)):
            continue
        if 13 <= n <= 19 and luhn(run.digits) and not _international_phone(s, run):
            found = [Hit("card_number", run.start, run.end, f"{n}-digit number passing the Luhn check")]
        # A card beside another number ("$200 3714...", "4111 ... 1111 12") makes a run that
        # fails as a whole: the card is a window of the run's groups.
        elif windows := (_card_windows(run) if n > 13 else []):
            found = windows
        elif n <= 19 and (word := _card_word(s, run)) is not None:
            found = [Hit("card_number", run.start, run.end, f"{n}-digit number named as {word} number, fails Luhn")]
        else:
            continue
        # Checked last, for the few runs that would be cards: they cost two searches each.
        if not (_prefixed_identifier(s, run) or _program_number(s, run)):
            hits.extend(found)
    return hits


# "serial SN-4111-1111-1111-1111": a letter prefix joined by the number's own separator, with the
# number called a serial, makes one device identifier, not a card (unless a card word names it).
_LETTER_PREFIX = re.compile(r"(?<![a-z0-9])[a-z][a-z0-9/]{0,5}$")
_SERIAL = re.compile(r"\b(?:serial|s/n|sn|device|imei|model|licen[cs]e|product key|asset tag|part)\b")


# "loyalty card 6871 ...": a number named by a loyalty, membership or other programme, with no
# word of payment near it, is that programme's number (they use the Luhn check too).
_PROGRAM = re.compile(r"\b(?:loyalty|membership|library|gym|insurance|student|frequent fl[yi]er|hotel|airline|program|programa|lealtad)\b")
_PAYMENT = re.compile(r"\b(?:amex|visa|mastercard|discover|credit|debit|payment|pay|charge|bill|cvv|cvc|cid|exp|credito|debito|pago)\b")


def _program_number(s: str, run: Run) -> bool:
    near = max(0, run.start - 48), min(len(s), run.end + 48)
    return bool(_PROGRAM.search(s, *near)) and not _PAYMENT.search(s, *near)


def _prefixed_identifier(s: str, run: Run) -> bool:
    joint = s[run.start - 1 : run.start] if run.start else ""
    if not joint or joint not in "-./_" or joint not in run.raw:
        return False
    if not _LETTER_PREFIX.search(s, max(0, run.start - 8), run.start - 1):
        return False
    return bool(_SERIAL.search(s, max(0, run.start - 48), run.start)) and _card_word(s, run) is None


_DIAL_OUT = re.compile(r"00|011[ .-]")


def _international_phone(s: str, run: Run) -> bool:
    """An international phone number (+44 ..., 0044 ..., 011 44 ...) is not a card; no card starts with 0."""
    if len(run.digits) > 15:
        return False
    return s[max(0, run.start - 2) : run.start].strip().endswith("+") or bool(_DIAL_OUT.match(run.raw))


_MAX_WINDOW_GROUPS = 7
# A stretch of single digits typed apart ("3 7 8 2 ...") is searched for a card only up to this
# length: nobody types a card apart inside a longer string of lone digits. It is found in the
# run written one character per group ("1" a lone digit, "L" a longer group), all in C.
_LONG_GROUP = re.compile(r"[0-9]{3}")
_LONGER_GROUP = re.compile(r"[0-9]{2,}+")
_TYPED_APART = re.compile(r"(?<!1)1{13,40}(?!1)")
_LONE_DIGITS = str.maketrans("023456789", "111111111", " \t\r\n-./_,")


def _card_windows(run: Run) -> list[Hit]:
    """Cards among the groups of a run that fails as a whole (a card beside other numbers).

    A window is a sequence of whole groups with 13 to 19 digits passing Luhn, either up to
    seven groups starting with one of three or more digits, or single digits typed apart.
    Every passing window is redacted (overlapping windows merge), so no other window can
    hide part of the card. Windows are found one size at a time from prefix sums (no Python
    loop per group), because an adversarial run can hold hundreds of thousands of groups.
    """
    long_groups = _LONG_GROUP.search(run.raw) is not None
    by_group = _LONGER_GROUP.sub("L", run.raw).translate(_LONE_DIGITS)
    stretches = [m.span() for m in _TYPED_APART.finditer(by_group)]
    if not (long_groups or stretches) or len(by_group) < 2:
        return []
    lengths = list(map(len, GROUP.findall(run.raw)))
    digit_at = [0, *accumulate(lengths)]
    spans: list[tuple[int, int]] = []
    if long_groups and len(lengths) <= _FEW_GROUPS:
        spans += _shaped_windows(run, lengths, digit_at)
    elif long_groups:
        sums = LuhnSums(run.digits)
        gaps: list[str] = []
        for size in _window_sizes(lengths):
            for i in sums.passing(digit_at, size):
                gaps = gaps or GAP.findall(run.raw)
                if _card_shaped(lengths, gaps, i, i + size):
                    spans.append((i, i + size))
    for a, b in stretches:
        sums = LuhnSums(run.digits)
        for size in range(13, 20):
            spans += [(a + i, a + i + size) for i in sums.passing(digit_at[a : b + 1], size)]
    if not spans:
        return []
    groups = [g.span() for g in GROUP.finditer(run.raw)]
    hits: list[Hit] = []
    for i, j in _merged(spans):
        n = digit_at[j] - digit_at[i]
        reason = f"{n}-digit number passing the Luhn check" if n <= 19 else "numbers passing the Luhn check among other digits"
        hits.append(Hit("card_number", run.start + groups[i][0], run.start + groups[j - 1][1], reason))
    return hits


# Runs of a few groups (the common case: a card beside an amount or a date) are searched window
# by window, shape first: most windows are not laid out like a card, and need no Luhn sum.
_FEW_GROUPS = 12


def _shaped_windows(run: Run, lengths: list[int], digit_at: list[int]) -> list[tuple[int, int]]:
    gaps = GAP.findall(run.raw)
    found = []
    for i in range(len(lengths)):
        for j in range(i + 1, min(len(lengths), i + _MAX_WINDOW_GROUPS) + 1):
            n = digit_at[j] - digit_at[i]
            if n > 19:
                break
            if n >= 13 and _card_shaped(lengths, gaps, i, j) and luhn(run.digits[digit_at[i] : digit_at[j]]):
                found.append((i, j))
    return found


def _card_shaped(lengths: list[int], gaps: list[str], i: int, j: int) -> bool:
    """Groups i to j read as one written card: one separator throughout, laid out like a card,
    so a window never cuts a date, a phone number or an amount out of a list of them."""
    return len(set(gaps[i : j - 1])) <= 1 and card_layout(lengths[i:j])


def card_layout(lengths: list[int]) -> bool:
    """Groups laid out as cards are printed or read out: one group; equal groups of 3 to 8
    digits and a last one of up to 8 (4-4-4-4, 4-4-4-3, 5-5-5, 8-8); or 4-6-x."""
    head, last = lengths[:-1], lengths[-1]
    if not head or head == [4, 6]:
        return True
    return 3 <= head[0] <= 8 and head.count(head[0]) == len(head) and last <= max(head[0], 7)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping half-open spans merged into one."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _window_sizes(lengths: list[int]) -> list[int]:
    """Group counts that could make 13 to 19 digits, given the shortest and longest group."""
    shortest, longest = min(lengths), max(lengths)
    return [k for k in range(1, _MAX_WINDOW_GROUPS + 1) if k * shortest <= 19 and k * longest >= 13]
