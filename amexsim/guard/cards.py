"""Card numbers: a run or a window of its groups passing Luhn, or a run named as a card that fails it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import ge, sub

from .kinds import Hit
from .labels import issued_shape, labelled_other
from .luhn import LuhnSums, luhn
from .runs import GAP, GROUP, THOUSANDS, Run, Runs
from .words import at_word_start

_CARD_WORDS = r"card|cards|acct|account|a/c|cc|ccn|amex|visa|mastercard|discover|diners|jcb|credit|debit|pan|tarjeta|cuenta|credito|debito"
# "the full number is 3782 ...": the card's own number, named without the word card
_CARD_WORDS += r"|full number|whole number|long number|entire number|complete number|numero completo"
_REFERENCE_WORDS = (
    r"order|tracking|track|invoice|inv|confirmation|conf|reference|ref|case|ticket"
    r"|claim|dispute|transaction|txn|receipt|booking|reservation|shipment|package|parcel"
    r"|serial|model|member|membership|loyalty|policy|routing|iban|imei|sku|upc|isbn|vin"
    r"|phone|tel|fax|mobile|cell|report|incident|rma|po|id|ach|trace|pmt|epayment"
    r"|pedido|orden|referencia|seguimiento|factura|telefono|celular|caso|folio"
)
# Accounts that are not a card's ("savings account number", "at the credit union"): named before the
# card words that start them, so the whole name is found and read as another number's.
_OTHER_ACCOUNTS = (
    "savings account|checking account|chequing account|bank account|brokerage account|retirement account|deposit account"
    "|credit union account|credit union|cuenta de ahorros?|cuenta de cheques|cuenta bancaria|gift cards?|giftcard|tarjeta de regalo"
    "|store card account|store card|store account|utility account|electric account|electricity account|gas account|water account"
    "|phone account|cable account|internet account|insurance account|mortgage account|loan account"
)
# An account number beside these is a bank's ("routing 687668378, account 860115481077").
_BANK_CONTEXT = re.compile(r"\b(?:routing|aba|checking|chequing|savings|iban|swift|ahorros|cheques)\b")
_ACCOUNT_WORDS = frozenset(["account", "acct", "a/c", "cuenta"])
# An order number as one online shop writes it (3-7-7): its 7-7 tail can pass Luhn by chance.
_ORDER_SHAPE = re.compile(r"[0-9]{3}-[0-9]{7}-[0-9]{7}")
CARD_CUE = re.compile(rf"\b(?:{_CARD_WORDS})\b")
_CARD_WORD_SET = frozenset(_CARD_WORDS.split("|"))


# Card and reference words in one pattern; _CARD_WORD_SET tells which kind was found.
_NAMING_WORDS = [*_OTHER_ACCOUNTS.split("|"), *(re.escape(w) for w in [*_CARD_WORDS.split("|"), *_REFERENCE_WORDS.split("|")])]
_NAMING_CUE = re.compile(rf"(?:{at_word_start(_NAMING_WORDS)})\b")
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
    if word in _CARD_WORD_SET and _OTHER_NUMBER_SUBJECT.search(s, max(0, run.start - 64), run.start):
        return None  # "the tracking number for my replacement card is 4140...": the number is the tracking number
    # "account number 622818500013, routing 026009593": the bank's words may come after the number too.
    if word in _ACCOUNT_WORDS and _BANK_CONTEXT.search(s, max(0, run.start - 64), run.end + 32):
        return None
    # "the hospital bill account number is 45860558-953153": another biller's account (the run fails Luhn here)
    if word in _ACCOUNT_WORDS and _OTHER_BILLER.search(s, max(0, run.start - 48), run.start):
        return None
    return word if word in _CARD_WORD_SET else None


_OTHER_BILLER = re.compile(
    r"\b(?:hospital|medical|utility|utilities|electric|electricity|gas|water|phone|internet|cable|insurance|policy|loan|mortgage|doctor|dentist|clinic|school|tuition)\b"
)
# A number of something else that is the sentence's subject, a card only its object (the run fails Luhn here).
_OTHER_NUMBER_SUBJECT = re.compile(
    r"\b(?:tracking|shipment|shipping|parcel|package|delivery|order|confirmation|reference|ticket|invoice|policy|claim|member|membership)"
    r"[ \t]++(?:number|num|no|#|id|code)\b"
)
_LABELS_NEXT = re.compile(r"[ \t]*+(?:(?:number|num|no)\b\.?[ \t]*+)?(?:#|:|=|-|is\b|was\b)?[ \t]*+")


def naming_word(s: str, run: Run) -> str | None:
    """The nearest cue word naming a number (a card or a reference word), if there is one.

    Looks 48 characters back and 32 ahead, matching on the whole text so that a window's edge
    never cuts a word into a cue ("japan", "por").
    """
    word, end = naming_word_before(s, run.start)
    # "the card dispute ticket is 7627..., card ending 1477": a word labelling the number right
    # before it ("ticket is", "number:") names it, whatever comes after.
    if word is not None and _LABELS_NEXT.fullmatch(s, end, run.start):
        return word
    best = (run.start - end, word) if word is not None else None
    after = _NAMING_CUE.search(s, run.end, run.end + 48)
    if after and after.start() < run.end + 32 and (best is None or after.start() - run.end < best[0]):
        best = (after.start() - run.end, after.group())
    return best[1] if best else None


def naming_word_before(s: str, pos: int) -> tuple[str | None, int]:
    """The last cue word naming a number in the 48 characters before pos, and where it ends."""
    found = None
    for found in _NAMING_CUE.finditer(s, max(0, pos - 48), pos):  # noqa: B007 - the last one is wanted
        pass
    return (found.group(), found.end()) if found else (None, pos)


def card_hits(s: str, runs: Runs) -> list[Hit]:
    hits: list[Hit] = []
    # "i'll type it backwards: 3686349018378132": whether the message says so, looked up the first
    # time a run could only be a card typed backwards.
    backwards: bool | None = None
    # Only runs of 12 or more characters can hold 12 digits; the rest are never looked at.
    for k in compress(range(len(runs)), map(ge, map(sub, runs.ends, runs.starts), repeat(12))):
        n, raw = runs.counts[k], runs.raws[k]
        if n < 12 or ("," in raw and THOUSANDS.fullmatch(raw) and not _card_in_thousands(s, run_start=runs.starts[k], raw=raw, n=n)):
            continue
        run = runs[k]
        if (
            13 <= n <= 19
            and run.digits[0] in ISSUER_DIGITS
            and luhn(run.digits)
            and not (_international_phone(s, run) or _dated(raw) or (n == 13 and _ZIP_AND_LAST_FOUR.fullmatch(raw)))
        ):
            found = [Hit("card_number", run.start, run.end, f"{n}-digit number passing the Luhn check")]
        # A card beside another number ("$200 3714...", "4111 ... 1111 12") makes a run that
        # fails as a whole: the card is a window of the run's groups (a run of one group has none).
        elif windows := (_card_windows(run) if n > 13 and not raw.isdigit() and _may_window(raw) else []):
            found = windows
        elif n <= 19 and (word := _card_word(s, run)) is not None and not (_dated(raw) or _international_phone(s, run)):
            found = [Hit("card_number", run.start, run.end, f"{n}-digit number named as {word} number, fails Luhn")]
        elif 13 <= n <= 19 and (backwards := _says_backwards(s, backwards)) and luhn(run.digits[::-1]) and _given_backwards(s, run):
            found = [Hit("card_number", run.start, run.end, f"{n}-digit number given backwards, passing the Luhn check reversed")]
        else:
            continue
        # Checked last, for the few runs that would be cards: they cost a few searches each.
        if not (
            _prefixed_identifier(s, run)
            or _program_number(s, run)
            or _last_fours_listed(s, run)
            or (not luhn(run.digits) and _device_number(s, run))
        ):
            hits.extend(found if not labelled_other(s, run.start, run.end) else _issued(s, run, found))
    return hits


# "4,911,318,368,086,084 is the number on my card": a card's digits typed as one big number. No
# amount in a chat runs to thirteen digits with no cents or currency sign, so digits grouped in
# thousands are a card when they are as many as a card's and pass its checks.
def _card_in_thousands(s: str, run_start: int, raw: str, n: int) -> bool:
    return 13 <= n <= 19 and "." not in raw and not s[max(0, run_start - 2) : run_start].strip().endswith(("$", "€", "£"))


# "49810-1596 8974", "5140 / 74148-9388": a ZIP+4 beside a card's last four, the answer the chat asks
# for when it verifies (one in ten such pairs passes Luhn as 13 digits).
_ZIP_AND_LAST_FOUR = re.compile(r"[0-9]{5}-[0-9]{4}[ \t,/]{1,3}[0-9]{4}|[0-9]{4}[ \t,/]{1,3}[0-9]{5}-[0-9]{4}")


def _may_window(raw: str) -> bool:
    """Whether a run that fails as a whole may hold a card among its groups (not an order number)."""
    return _may_hold_window(raw) and not _ORDER_SHAPE.fullmatch(raw)


def _dated(raw: str) -> bool:
    """Whether a run of at most 19 digits holds a whole date (asked only of runs that could be cards)."""
    return not raw.isdigit() and _DATED.search(raw) is not None


def _issued(s: str, run: Run, found: list[Hit]) -> list[Hit]:
    """Of the hits in a run labelled as another identifier, those shaped like an issued card and laid
    out as one; none when the run has the identifier's letters glued before it ("IBAN DE44 5001 ...")."""
    if run.start and s[run.start - 1].isalpha():
        return []
    return [h for h in found if _laid_out_as_a_card(s, h) and issued_shape("".join(GROUP.findall(s, h.start, h.end)))]


# How cards are printed: 4-4-4-4 (and 4-4-4-4-3 for 19 digits), Amex 4-6-5, Diners 4-6-4.
_CARD_LAYOUTS = frozenset({(4, 4, 4, 4), (4, 4, 4, 4, 3), (4, 6, 5), (4, 6, 4)})


def _laid_out_as_a_card(s: str, hit: Hit) -> bool:
    """Whether a hit in a labelled run is whole groups laid out as a card ("usps tracking 9429 5731
    6989 5155 5129 09": the last four groups pass Luhn, but 4-4-4-2 is a tracking number's tail)."""
    lengths = tuple(map(len, GROUP.findall(s, hit.start, hit.end)))
    return len(lengths) == 1 or lengths in _CARD_LAYOUTS


# A payment card starts with its major industry identifier (ISO/IEC 7812): 2 to 6 (Mastercard's
# 2-series, Amex, Diners and JCB 3, Visa 4, Mastercard 5, Discover and UnionPay 6). A number
# starting otherwise (a tracking or trace number, a zero-padded reference) is a card only when named one.
ISSUER_DIGITS = "23456"
# A whole date in a run ("10/04/2026 - 11/03/2026", "2026-11-05 1432"): dates joined are never one card.
_DATED = re.compile(r"(?<![0-9])(?:[0-9]{1,2}([-/.])[0-9]{1,2}\1(?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}([-/.])[0-9]{1,2}\2[0-9]{1,2})(?![0-9])")


# "serial SN-4111-1111-1111-1111": a letter prefix joined by the number's own separator, with the
# number called a serial, makes one device identifier, not a card (unless a card word names it).
_LETTER_PREFIX = re.compile(r"(?<![a-z0-9])[a-z][a-z0-9/]{0,5}$")
_SERIAL = re.compile(r"\b(?:serial|s/n|sn|device|imei|model|licen[cs]e|product key|asset tag|part)\b")


# "loyalty card 6871 ...": a number named by a loyalty, membership or other programme, with no
# word of payment near it, is that programme's number (they use the Luhn check too).
# (not "hotel" or "airline": places one pays with a card, "the hotel wants my card 4539 ...")
_PROGRAM_WORDS = ["loyalty", "membership", "library", "gym", "insurance", "student", "frequent fl[yi]er"]
_PROGRAM = re.compile(rf"(?:{at_word_start([*_PROGRAM_WORDS, 'program', 'programa', 'lealtad'])})\b")
_PAYMENT_WORDS = "amex visa mastercard discover diners jcb unionpay maestro credit debit payment pay charge charged charges"
_PAYMENT_WORDS += " bill cvv cvc cid exp credito debito pago"
# paying with it: "the card I used for the hotel", "I paid the hotel with 4111..."
_PAYMENT_WORDS += " paid used using booked bought purchase purchased spent pague use usar declined decline rejected rechazada refusee"
_PAYMENT = re.compile(rf"(?:{at_word_start(_PAYMENT_WORDS.split())})\b")
_CARD_NOUN = re.compile(r"\b(?:card|cards|tarjeta|tarjetas|carte|cartes|cartao|cartoes)\b")
# the programme names the card itself ("loyalty card", "gym membership card", "frequent flyer card"), not
# a sentence before it ("the gym wants my card")
_PROGRAM_NAMES_IT = re.compile(rf"{_PROGRAM.pattern}(?:[ \t]++[a-z]++)?[ \t]++$")
_PROGRAM_AFTER = re.compile(r"^[ \t]++(?:de[ \t]++)?(?:lealtad|fidelidad|membres[ií]a|socio)\b")


def _says_backwards(s: str, known: bool | None) -> bool:
    return known if known is not None else any(map(s.__contains__, _BACKWARDS_WORDS))


def _given_backwards(s: str, run: Run) -> bool:
    """Said to be typed backwards, and not named as an order or other reference number."""
    if not _BACKWARDS.search(s, max(0, run.start - 64), run.end + 32):
        return False
    word = naming_word(s, run)
    return word is None or word in _CARD_WORD_SET


def _program_number(s: str, run: Run) -> bool:
    near = max(0, run.start - 48), min(len(s), run.end + 48)
    if not _PROGRAM.search(s, *near) or _PAYMENT.search(s, *near):
        return False
    # a card named before its programme ("the card for the hotel", "card number ... - hotel") is a payment
    # card; "loyalty card", "the membership ID on my Costco card", "tarjeta de lealtad" are the programme's
    return all(
        _PROGRAM_NAMES_IT.search(s, max(0, card.start() - 40), card.start()) or _PROGRAM_AFTER.match(s[card.end() : card.end() + 24])
        for card in _CARD_NOUN.finditer(s, *near)
    )


# "IMEI 35-209900-176148-1", "the serial number ... is SN 8842-1193-5521": a device's number, named
# right before it (an IMEI passes the Luhn check as a card does)
_DEVICE_NUMBER_BEFORE = re.compile(r"\b(?:imei|meid|serial|s/n|sn)(?:[ \t]*+(?:number|num|no|#))?[ \t]*+(?:is|:|=|#|-)?[ \t]*+$")


def _device_number(s: str, run: Run) -> bool:
    return _DEVICE_NUMBER_BEFORE.search(s, max(0, run.start - 24), run.start) is not None


# "my cards end in 1005, 2211, 3390 and 4471": last fours listed, one per card (a card typed in
# groups of four is not said to end in them, and is never "cards")
_FOURS_LISTED = re.compile(r"[0-9]{4}(?:[ \t]*+,[ \t]*+(?:and[ \t]++)?[0-9]{4})++")
_LAST_FOURS_BEFORE = re.compile(r"\b(?:cards|ending|ends|end|last (?:four|4)s?|last digits)\b[^.?!\n]{0,24}$")


def _last_fours_listed(s: str, run: Run) -> bool:
    if "," not in run.raw or not _FOURS_LISTED.fullmatch(run.raw):
        return False
    said = _LAST_FOURS_BEFORE.search(s, max(0, run.start - 40), run.start)
    return said is not None and (not luhn(run.digits) or "cards" in said.group() or said.group().startswith("last"))


def _prefixed_identifier(s: str, run: Run) -> bool:
    joint = s[run.start - 1 : run.start] if run.start else ""
    if not joint or joint not in "-./_" or joint not in run.raw:
        return False
    if not _LETTER_PREFIX.search(s, max(0, run.start - 8), run.start - 1):
        return False
    return bool(_SERIAL.search(s, max(0, run.start - 48), run.start)) and _card_word(s, run) is None


_DIAL_OUT = re.compile(r"00|011[ .-]")
_BACKWARDS_WORDS = ("backward", "revers", "al reves")
_BACKWARDS = re.compile(r"\b(?:backwards?|reversed?|in reverse|reverse order|al reves)\b")


def _international_phone(s: str, run: Run) -> bool:
    """An international phone number (+44 ..., 0044 ..., 011 44 ...) is not a card; no card starts with 0."""
    if len(run.digits) > 15:
        return False
    return s[max(0, run.start - 2) : run.start].strip().endswith("+") or bool(_DIAL_OUT.match(run.raw))


_MAX_WINDOW_GROUPS = 7
# Two neighbouring groups that can open a card-shaped window of a few groups (see _shaped_spans):
# two equal groups of 3 to 8 digits (4-4-4-4, 5-5-5), 6-7, 7-6, 8 then 5 to 7, or 4-6; or one
# group of 13 or more digits. Most runs of a long message have none, and skip the window search.
_WINDOW_PAIR = "|".join(
    [*(f"[0-9]{{{n}}}[^0-9]{{1,3}}[0-9]{{{n}}}" for n in range(3, 9)), "[0-9]{6}[^0-9]{1,3}[0-9]{7}", "[0-9]{7}[^0-9]{1,3}[0-9]{6}"]
    + ["[0-9]{8}[^0-9]{1,3}[0-9]{5,7}", "[0-9]{4}[^0-9]{1,3}[0-9]{6}"]
)
_WINDOW_HINT = re.compile(rf"(?<![0-9])(?:{_WINDOW_PAIR})(?![0-9])|[0-9]{{13}}")


def _may_hold_window(raw: str) -> bool:
    """Whether a short run's groups could hold a card-shaped window: a cheap search before the full
    one (a long run goes straight to the full search, which is made for long runs)."""
    return len(raw) > _CACHED_SHAPE or _WINDOW_HINT.search(raw) is not None or _FEW_GROUPS_RUN.fullmatch(raw) is None


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
    hide part of the card.
    """
    raw = run.raw
    if _FEW_GROUPS_RUN.fullmatch(raw):
        shape = raw.translate(_AS_NINES)
        windows = _cached_windows(shape) if len(shape) <= _CACHED_SHAPE else _windows(shape)
        # Only windows starting like a card (the check below) are worth a Luhn sum.
        digits = run.digits
        spans = [(i, j) for i, j, a, b in windows if digits[a] in ISSUER_DIGITS and luhn(digits[a:b])]
    else:
        spans = _windows_among_many(run)
    if not spans:
        return []
    groups = [g.span() for g in GROUP.finditer(raw)]
    digit_at = [0, *accumulate(b - a for a, b in groups)]
    # A window is a card only if it starts like one (a run of other numbers holds many passing windows).
    spans = [(i, j) for i, j in spans if run.digits[digit_at[i]] in ISSUER_DIGITS]
    hits: list[Hit] = []
    for i, j in _merged(spans):
        n = digit_at[j] - digit_at[i]
        reason = f"{n}-digit number passing the Luhn check" if n <= 19 else "numbers passing the Luhn check among other digits"
        hits.append(Hit("card_number", run.start + groups[i][0], run.start + groups[j - 1][1], reason))
    return hits


# Runs of a few groups (the common case: a card beside an amount or a date) are searched window
# by window. Which windows are laid out like a card depends only on the run's shape (every digit
# written 9: the group lengths and the separators), so it is worked out once per shape: a long
# message repeats a few shapes many times.
_FEW_GROUPS = 12
_FEW_GROUPS_RUN = re.compile(rf"[0-9]++(?:[^0-9]++[0-9]++){{0,{_FEW_GROUPS - 1}}}+")
_AS_NINES = str.maketrans("0123456789", "9999999999")
_CACHED_SHAPE = 64


def _windows(shape: str) -> tuple[tuple[int, int, int, int], ...]:
    """Card-shaped windows (first group, end group, first digit, end digit) of a run's shape.

    None when there is only one group (the run itself was checked); a stretch of 13 lone digits
    typed apart cannot fit in so few groups.
    """
    lengths = list(map(len, GROUP.findall(shape)))
    if len(lengths) < 2:
        return ()
    digit_at = [0, *accumulate(lengths)]
    return tuple((i, j, digit_at[i], digit_at[j]) for i, j in _shaped_spans(lengths, GAP.findall(shape)))


_cached_windows = lru_cache(maxsize=4096)(_windows)


def _shaped_spans(lengths: list[int], gaps: list[str]) -> list[tuple[int, int]]:
    """Windows of groups (first, end) laid out like a card (card_layout) with one separator
    throughout and 13 to 19 digits: walked from each group of 3 to 8 digits along equal groups."""
    found = []
    end = len(lengths)
    for i, first in enumerate(lengths):
        if first < 3:
            continue
        if 13 <= first <= 19:
            found.append((i, i + 1))
        if first == 4 and i + 2 < end and lengths[i + 1] == 6 and gaps[i] == gaps[i + 1] and 13 <= 10 + lengths[i + 2] <= 19:
            found.append((i, i + 3))
        if first > 8:
            continue
        longest_last, head, j = max(first, 7), first, i + 1
        while j < end and j - i < _MAX_WINDOW_GROUPS:
            last = lengths[j]
            if last <= longest_last and 13 <= head + last <= 19:
                found.append((i, j + 1))
            if last != first or j + 1 == end or gaps[j] != gaps[i] or head + first > 19:
                break
            head += first
            j += 1
    return found


def _windows_among_many(run: Run) -> list[tuple[int, int]]:
    """Passing windows of a run of many groups, one window size at a time from prefix sums (no
    Python loop per group): an adversarial run can hold hundreds of thousands of groups."""
    long_groups = _LONG_GROUP.search(run.raw) is not None
    by_group = _LONGER_GROUP.sub("L", run.raw).translate(_LONE_DIGITS)
    stretches = [m.span() for m in _TYPED_APART.finditer(by_group)]
    if not (long_groups or stretches):
        return []
    lengths = list(map(len, GROUP.findall(run.raw)))
    digit_at = [0, *accumulate(lengths)]
    spans: list[tuple[int, int]] = []
    if long_groups:
        gaps: list[str] = []
        for size in _window_sizes(lengths):
            for i in _passing_windows(run.digits, digit_at, size):
                gaps = gaps or GAP.findall(run.raw)
                if _card_shaped(lengths, gaps, i, i + size):
                    spans.append((i, i + size))
    for a, b in stretches:
        sums = LuhnSums(run.digits)
        for size in range(13, 20):
            spans += [(a + i, a + i + size) for i in sums.passing(digit_at[a : b + 1], size)]
    return spans


def _card_shaped(lengths: Sequence[int], gaps: Sequence[str], i: int, j: int) -> bool:
    """Groups i to j read as one written card: one separator throughout, laid out like a card,
    so a window never cuts a date, a phone number or an amount out of a list of them."""
    return len(set(gaps[i : j - 1])) <= 1 and card_layout(lengths[i:j])


def card_layout(lengths: Sequence[int]) -> bool:
    """Groups laid out as cards are printed or read out: one group; equal groups of 3 to 8
    digits and a last one of up to 8 (4-4-4-4, 4-4-4-3, 5-5-5, 8-8); or 4-6-x."""
    head, last = tuple(lengths[:-1]), lengths[-1]
    if not head or head == (4, 6):
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


def _passing_windows(digits: str, digit_at: list[int], size: int) -> list[int]:
    """Indexes i where the digits of groups i to i + size are 13 to 19 long and pass Luhn.

    A run repeating itself ("1234 1234 ...") has few distinct windows: each is checked once
    (the windows are cut out in C). Otherwise every window is summed from prefix sums.
    """
    windows = list(map(digits.__getitem__, map(slice, digit_at, digit_at[size:])))
    distinct = set(windows)
    if len(distinct) * 4 > len(windows):
        return LuhnSums(digits).passing(digit_at, size)
    passing = {w for w in distinct if 13 <= len(w) <= 19 and luhn(w)}
    return [i for i, w in enumerate(windows) if w in passing] if passing else []


def _window_sizes(lengths: list[int]) -> list[int]:
    """Group counts that could make 13 to 19 digits, given the shortest and longest group."""
    shortest, longest = min(lengths), max(lengths)
    return [k for k in range(1, _MAX_WINDOW_GROUPS + 1) if k * shortest <= 19 and k * longest >= 13]
