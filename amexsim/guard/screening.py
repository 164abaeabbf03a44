"""A conversation's guard: each message screened, a card number split over consecutive messages
caught (in any order the pieces say they go), a value sent on its own just after the message that named
it ("my password is", then "Marigold#14"), and a value whose parts or name are spread over messages
("my ssn ends in 8397", then "and it starts with 239 37"; "the card expires 04/32", then "564")."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace

from .analysis import Analysis, analyse, apply_labels
from .cards import CARD_CUE
from .corrections import CORRECTED_KINDS, CORRECTION_MARKERS, same_shape
from .kinds import Finding
from .luhn import luhn
from .passwords import holds_password_shaped
from .runs import Run
from .spelled import DIGIT_WORDS
from .words import COUNT_WORDS


@dataclass(frozen=True)
class EarlierFinding:
    """A span of an earlier message now known to be part of a sensitive value."""

    messages_back: int
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class _Fragment:
    """Trailing digits of one message that could start or continue a card number."""

    digits: str
    start: int
    end: int
    card_context: bool
    standalone: bool
    later: bool = False  # may continue a number begun in an earlier message
    groups: tuple[int, ...] = ()  # the digit groups as typed ("822463 10005": 6, 5)
    index: int = 0  # the message's number in the conversation (set when it is kept)
    opens: bool = False  # said to start the number ("full number starts 3454 178759"), though sent after another piece


@dataclass(frozen=True)
class _Tail:
    """The end of an earlier message with no finding, kept (in memory only) to read a value sent
    after it with: "my password is", then "Marigold#14"; "ssn 523", "41", then "8876"."""

    text: str
    at: int  # where it starts in its message
    index: int  # the message's number in the conversation


@dataclass(frozen=True)
class _Refused:
    """A value just refused, masked (each digit and letter replaced, its shape kept) with the
    words before it, so that a correction sent next ("sorry 428", "Rex990 sorry") is read as
    the same secret typed again, without the value itself being kept."""

    masked: str  # the message's end, its values masked
    values: tuple[tuple[str, str], ...]  # (kind, masked value)
    ttl: int = 2  # messages with no number that may still come before the value sent again
    # keyed digests of the values (the key never leaves the process): the very value typed again later in
    # a sentence ("4365 doesn't work at the atm anymore") is known without the value being kept
    digests: tuple[tuple[bytes, str], ...] = ()


@dataclass(frozen=True)
class Screening:
    """What screening one message found, its redacted text and the next guard state."""

    findings: tuple[Finding, ...]
    redacted: str
    earlier: tuple[EarlierFinding, ...]
    guard: Guard


# A card read out group by group can come in up to eight messages (4-4-4-4, 4-6-5, 3-3-3-3-3, and two
# digits at a time: "34", "16", "61", "62", "13", "47", "100").
_KEEP_MESSAGES = 7
_FRAGMENT_LETTERS = 16
_LATER_LETTERS = 40  # letters a continuing piece may carry ("6310 005, can you help me with my balance?")
# What rules a piece out: signs of money, and words that name another number. A later piece may
# say it ends the number ("and ends 6310 005", "the last 7 are 6310005"), a first one may not
# ("card ending 1005" alone stays a card's last four; a later piece counts only if the pieces pass
# the Luhn check). A colon rules out a piece alone ("10:30"), not one after a card cue ("card: 3782 8224").
_MONEY_OR_AT = r"[$€£¥%@]"
_OTHER_NUMBER = r"zip|exp|phone|call|order|case|ref|cell|mobile|tel|fax|confirmation|tracking"
_ENDING = r"ending|ends|last"
_NOT_LATER_FRAGMENT = re.compile(rf"{_MONEY_OR_AT}|\b(?:{_OTHER_NUMBER})\b")
_NOT_CARD_CONTEXT = re.compile(rf"{_MONEY_OR_AT}|\b(?:{_ENDING}|{_OTHER_NUMBER})\b")
_NOT_FRAGMENT = re.compile(rf"{_MONEY_OR_AT}|:|\b(?:{_ENDING}|{_OTHER_NUMBER})\b")
_PHONE_MARKS = re.compile(r"[+(]")  # "+33 1 42 68 53 00", "(212) 555 0143": a number alone so marked is a phone
# "first 8 digits are 37828224", "the last 7 are ...": a count before the piece is no digit of it.
_COUNT_BEFORE = re.compile(rf"\b(?:{COUNT_WORDS}|the)\s++[0-9]{{1,2}}$")
_LETTER = re.compile(r"[^\W\d_]")
# "1005 10285", "10285/1005": a card's last four and a ZIP code, the details the chat asks for to
# verify; no card is read out in groups of four and five, so such a message is no piece of one
# (two tries in a row, "3333 10285" then "1005 10285", can pass the Luhn check by chance).
_DIGIT_RUN = re.compile(r"[0-9]++")


def _only_verification_details(s: str) -> bool:
    return sorted(map(len, _DIGIT_RUN.findall(s))) == [4, 5] and not _LETTER.search(s)


# "the first twelve are 5529 5181 7560": a count of digits before the piece says it is part of a number
_FIRST_COUNT = re.compile(r"\bfirst\s++(?:[0-9]{1,2}|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)\b[^0-9]{0,24}$")
# A message that is only a value ("Marigold#14", "482", "559 021"): read with the one before it,
# whose last words may name it ("my password is", "do you need the cvv?")
_BARE_VALUE_CHARS = 48
_BARE_VALUE_WORDS = 5
_TAIL_CHARS = 120  # the end of the message before that is kept (in memory only) to read a bare value with


def _bare_value(text: str) -> bool:
    stripped = text.strip()
    # "9 1 7 2 2 4": digits typed apart are one value, however many words they make
    words = len(stripped.split()) if not _DIGITS_APART.fullmatch(stripped) else 1
    short = 0 < len(stripped) <= _BARE_VALUE_CHARS and words <= _BARE_VALUE_WORDS
    return short and not _only_verification_details(stripped)


_DIGITS_APART = re.compile(r"[0-9](?:[ .-]?[0-9])*+")


@dataclass(frozen=True)
class Guard:
    """Recent digit fragments of one conversation (kept in memory only, never serialised).

    Immutable: screen() returns the next guard in its Screening, so a conversation
    state that holds a Guard stays a value.
    """

    _recent: tuple[_Fragment | None, ...] = field(default=(), repr=False)
    _tails: tuple[_Tail, ...] = field(default=(), repr=False)  # the ends of the latest messages without a finding
    _refused: _Refused | None = field(default=None, repr=False)  # the previous message's refused values, masked
    _count: int = field(default=0, repr=False)  # messages screened so far
    _chatter: int = field(default=0, repr=False)  # messages without a number since the last piece of a card

    def __repr__(self) -> str:
        return f"Guard(<{len(self._recent)} recent message(s), digits withheld>)"

    def pending(self) -> tuple[EarlierFinding, ...]:
        """The pieces of a card number read out so far that a later message may complete ("my card
        is 3714", "6573", "8291"): a copy of the conversation written now (``/save``) must not keep
        them, though they are not yet known to be a card. Counted back from the next message."""
        parts = [f for f in self._recent if f is not None]
        digits = "".join(f.digits for f in parts)
        if not parts or (len(parts) < _PENDING_PIECES and len(digits) < _PENDING_DIGITS):
            return ()
        first = parts[0]
        if not (first.card_context or (first.standalone and digits[0] in "23456")):
            return ()  # "1005", "10285": the details the chat asked for, no card begun
        return tuple(EarlierFinding(self._count - f.index, f.start, f.end, "card_number") for f in parts)

    def screen(self, text: str) -> Screening:
        """Scan one message, joining it to the previous ones when a card is split."""
        analysis = analyse(text)
        findings = analysis.findings if analysis else ()
        waiting = bool(self._tails) or any(self._recent)  # a cue or a card's first piece waits for what comes next
        if not findings and self._tails and _NAMES_BACK.match(text) and _bare_value(self._tails[-1].text):
            # "144731", then "that's the code from the text": the value before, named now
            earlier = self._named_after(text)
            if earlier:
                return Screening((), text, earlier, Guard(_count=self._count + 1))
        if not findings and waiting and _filler(text):
            # "hold on", "let me flip the card": what came before still waits for its value
            return Screening((), text, (), replace(self, _count=self._count + 1))
        if not findings and self._chatter < _CHATTER_BETWEEN and _piece_waits(self._tails) and _chatter(text):
            # "my social is 612", "38", "sorry my dog", "4471": the pieces before still wait for the rest
            # (and the chatter may name what comes: "the verification code you sent is")
            tail = text[-_TAIL_CHARS:]
            tails = (*self._tails, _Tail(tail, len(text) - len(tail), self._count))[-_KEEP_TAILS:]
            return Screening((), text, (), replace(self, _tails=tails, _count=self._count + 1, _chatter=self._chatter + 1))
        if (
            not findings
            and self._refused is not None
            and len(text) <= _CORRECTION_CHARS
            and not _verification_details_in(text)  # "sorry, 1005 10285": the details the chat asked for
            and not _NAMES_A_DETAIL.search(text.lower())  # "last 4 1005", "zip 10285"
        ):
            corrected = _corrected(self._refused, text)
            if corrected:
                return Screening(corrected, apply_labels(text, corrected), (), Guard(_count=self._count + 1))
            if not _ANY_DIGIT.search(text) and self._refused.ttl > 0:
                # "hmm that might be wrong, let me check", then "ok it's 7319": the refused value is still the one meant
                kept = replace(self._refused, ttl=self._refused.ttl - 1)
                return Screening((), text, (), replace(self, _refused=kept, _count=self._count + 1))
        # "it is two six three, seven one, four five eight oh": as short as a bare value once its number words are digits
        spelled_bare = analysis is not None and analysis.view.text != text and _bare_value(analysis.view.text)
        if not findings and self._tails and (_bare_value(text) or spelled_bare or holds_password_shaped(text) or _names_a_part(text)):
            named = self._named_before(text)
            if named is not None:
                found, earlier = named
                return Screening(found, apply_labels(text, found), earlier, Guard(_count=self._count + 1))
        if not findings and self._tails and analysis is not None and (late := self._read_late(text, analysis)) is not None:
            return late
        fragment = _fragment(analysis) if analysis else None
        split = _split_card(self._recent, fragment, self._count)
        if split is None and analysis is not None and len(analysis.runs) > 1:
            # "5398 431 and my zip is 60614": the piece is not the message's last number
            for earlier_piece in _earlier_pieces(analysis):
                if (split := _split_card(self._recent, earlier_piece, self._count)) is not None:
                    fragment = earlier_piece
                    break
        if split is None:
            kept = replace(fragment, index=self._count) if fragment is not None else None
            if kept is None and not findings and waiting and self._chatter < _CHATTER_BETWEEN and (_chatter(text) or _other_numbers(text)):
                # "sorry my dog is barking" between two halves of a card: the halves still join
                recent = self._recent
                chatter = self._chatter + 1
            else:
                recent, chatter = (self._recent + (kept,))[-_KEEP_MESSAGES:], 0
            return Screening(findings, apply_labels(text, findings), (), self._next(text, findings, recent, chatter))
        earlier, reason = split
        assert fragment is not None
        found = Finding("card_number", fragment.start, fragment.end, reason)
        findings = tuple(sorted(findings + (found,), key=lambda f: f.start))
        return Screening(findings, apply_labels(text, findings), earlier, Guard(_count=self._count + 1))

    def _next(self, text: str, findings: tuple[Finding, ...], recent: tuple[_Fragment | None, ...], chatter: int) -> Guard:
        """The guard after a message with no split card: its end kept to read a value after it
        (and, after a bare piece such as "41", the ends before it too), or its refused values, masked."""
        count = self._count + 1
        if findings:
            return Guard(recent, (), _refused(text, findings), count, chatter)
        tail = text[-_TAIL_CHARS:]
        new = _Tail(tail, len(text) - len(tail), self._count)
        piece = _bare_value(text) and (_DIGIT_RUN.search(text) is not None or _digit_words_only(text))
        continues = self._tails and (piece or _ends_open(text))
        tails = (*self._tails, new)[-_KEEP_TAILS:] if continues else (new,)
        return Guard(recent, tails, None, count, chatter)

    def _named_after(self, text: str) -> tuple[EarlierFinding, ...]:
        """The value of the message before, when this one names it as a secret ("that's my pin")."""
        tail = self._tails[-1]
        joined = analyse(f"{tail.text} {text.lstrip('^↑<-= ')}")  # "^ that's my password": the arrow points back
        if joined is None:
            return ()
        back = self._count - tail.index
        return tuple(
            EarlierFinding(back, tail.at + f.start, tail.at + f.end, f.kind)
            for f in joined.findings
            if f.end <= len(tail.text) and f.kind != "card_number"
        )

    def _named_before(self, text: str) -> tuple[tuple[Finding, ...], tuple[EarlierFinding, ...]] | None:
        """The findings of a bare value read after the ends of the messages before it, when they
        named it: the parts in this message, and any part of the value in the ones before. Digits
        that go on from digits ("my pin is 73", "91") are read as typed on, then apart."""
        value = text.strip()
        glued = self._tails[-1].text[-1:].isdigit() and _DIGITS_APART.fullmatch(value) is not None
        glues: tuple[str, ...] = ("", " ") if glued else (" ",)
        if _a_header(self._tails[-1].text):
            glues = ("\n", *glues)  # "last4,exp,cvv", then "2284,09/29,4821": a header, then its row (read as one first)
        for glue in glues:
            named = self._read_on(text, glue)
            if named is not None:
                return named
        return None

    def _read_on(self, text: str, glue: str) -> tuple[tuple[Finding, ...], tuple[EarlierFinding, ...]] | None:
        starts, pos = [], 0
        for tail in self._tails:
            starts.append(pos)
            pos += len(tail.text) + 1
        offset = pos - 1 + len(glue)
        joined = analyse(" ".join(tail.text for tail in self._tails) + glue + text)
        if joined is None:
            return None
        found: list[Finding] = []
        earlier: list[EarlierFinding] = []
        before_only: list[Finding] = []
        for finding in joined.findings:
            if finding.kind == "card_number":
                continue  # a card is joined piece by piece (_split_card)
            if finding.end <= offset:
                before_only.append(finding)  # only in the messages before: theirs unless this one completes it
                continue
            reason = f"{finding.reason}, named in the message before"
            found.append(Finding(finding.kind, max(finding.start - offset, 0), finding.end - offset, reason))
            earlier += self._in_tails(finding, starts)  # the value began there ("my social starts 523 41", "8876")
        # "my password starts with Sun", then "and then shine18!": the first part, read only with the second
        kinds = {f.kind for f in found}
        for finding in before_only:
            if finding.kind in kinds:
                earlier += self._in_tails(finding, starts)
        return (tuple(found), tuple(earlier)) if found else None

    def _in_tails(self, finding: Finding, starts: list[int]) -> list[EarlierFinding]:
        """The parts of a finding in the joined text that lie in the kept ends of earlier messages."""
        parts = []
        for tail, start in zip(self._tails, starts):
            end = start + len(tail.text)
            if finding.start < end and start < finding.end:
                back = self._count - tail.index
                span = (tail.at + max(finding.start, start) - start, tail.at + min(finding.end, end) - start)
                parts.append(EarlierFinding(back, *span, finding.kind))
        return parts

    def _read_late(self, text: str, analysis: Analysis) -> Screening | None:
        """A value the message before makes sensitive though neither message names it alone: a bare
        code after an expiry date ("the card expires 04/32", "564"), the rest of a card whose first
        part ended the message before ("I paid $627 with 3400 456426", "70321 is the rest of the card")."""
        tail = self._tails[-1]
        if _CODE_ALONE.fullmatch(text) and _ENDS_WITH_EXPIRY.search(tail.text):
            digits = _DIGIT_RUN.search(text)
            assert digits is not None
            found = (Finding("security_code", digits.start(), digits.end(), "a bare code sent right after the card's expiry date"),)
            return Screening(found, apply_labels(text, found), (), Guard(_count=self._count + 1))
        if _REST_OF_A_CARD.search(text.lower()) is None or not analysis.runs:
            return None
        rest = _rest_of_a_card(tail, analysis, self._count)
        if rest is None:
            return None
        found, earlier = (rest[0],), (rest[1],)
        return Screening(found, apply_labels(text, found), earlier, Guard(_count=self._count + 1))


# Up to two short messages with no number in them ("sorry my dog is barking", "what time do you
# close") may come between the pieces of a card: a person reading a card out is interrupted
_CHATTER_BETWEEN = 2
_CHATTER_WORDS = 12
_HEADER_DELIMITERS = (",", "|", ";", "\t")
# "that's the code from the text", "^ that's my password btw", "that's what the text said", "is that the 4
# digits on the front you need?": the message before pointed at, then named as a secret or by how it came
# (the joined reading decides whether it is one)
_NAMES_BACK = re.compile(
    r"\W{0,3}(?:that'?s|that is|thats|this is|it'?s|its|that was|those are|these are|is that|is this|was that|is it|was it) "
    r"[^.?!\n]{0,40}?\b(?:code|pin|password|passcode|pwd|cvv|cvc|cid|csc|ssn|social|otp|text|sms|email|message|digits|numbers)\b",
    re.IGNORECASE,
)
_HEADER_CELL = 24
# "my password", then "is", then "S0mmer26"; "I want to change my pin", "the current one is", "4233": a
# message that ends on a link leaves what came before open for the value after it
_ENDS_OPEN = re.compile(r"(?:\b(?:is|was|are|it's|its|be)|[:=])[ \t.…]*+$")
# "and it starts with 239 37", "then shine18!": a message giving one part of a value named before
_A_PART = re.compile(r"\b(?:starts?|starting|begins?|beginning|first|ends?|ending|last|then|rest|remaining|followed by)\b")
_PART_WORDS = 12
# "the card expires 04/32", then "564": the expiry date ending a message, then three or four digits alone
_ENDS_WITH_EXPIRY = re.compile(
    r"\b(?:exp|expiry|expires|expiration|expiring|thru|through|vence|vencimiento)\b[^0-9\n]{0,16}+"
    r"[0-9]{1,2}[ \t]?/[ \t]?(?:[0-9]{4}|[0-9]{2})[ \t.!]*+$",
    re.IGNORECASE,
)
_CODE_ALONE = re.compile(r"[ \t]*+[0-9]{3,4}[ \t.!]*+")
# "70321 is the rest of the card", "and the last part of my card number is 70321": a piece that says it ends a card
_REST_OF_A_CARD = re.compile(
    r"\b(?:rest|remainder|remaining|last part|end|second half|other half|other part)\b[^.?!\n0-9]{0,24}?\b(?:card|number|amex|digits)\b"
)
# The last number of the message before: digits in groups, not an amount ("$627", "12.50")
_LAST_NUMBER = re.compile(r"[0-9]++(?:[ -][0-9]++)*+")
_MONEY_SIGNS = frozenset("$€£¥")
_DECIMALS = frozenset(f"{sign}{digit}" for sign in ".," for digit in "0123456789")  # "12.50": the number goes on


def _ends_open(text: str) -> bool:
    return len(text) <= _BARE_VALUE_CHARS and _ENDS_OPEN.search(text) is not None and not _ANY_DIGIT.search(text)


def _names_a_part(text: str) -> bool:
    return len(text.split()) <= _PART_WORDS and _A_PART.search(text.lower()) is not None


def _rest_of_a_card(tail: _Tail, analysis: Analysis, count: int) -> tuple[Finding, EarlierFinding] | None:
    """The message's one number joined after the last number of the message before, when together
    they are a card (13 to 19 digits started like one, passing Luhn)."""
    if len(analysis.runs) != 1:
        return None
    last = None
    for number in _LAST_NUMBER.finditer(tail.text):
        last = number
    if last is None or tail.text[last.start() - 1 : last.start()] in _MONEY_SIGNS or tail.text[last.end() : last.end() + 2] in _DECIMALS:
        return None
    run = analysis.runs[0]
    digits = "".join(filter(str.isdigit, last.group())) + run.digits
    if not (13 <= len(digits) <= 19 and digits[0] in "23456" and luhn(digits)):
        return None
    start, end = analysis.view.original(run.start, run.end)
    reason = f"{len(digits)}-digit number passing the Luhn check, its first part in the message before"
    first_part = EarlierFinding(count - tail.index, tail.at + last.start(), tail.at + last.end(), "card_number")
    return Finding("card_number", start, end, reason), first_part


def _a_header(text: str) -> bool:
    """Whether the last line of text is a line of short cells, as a spreadsheet's header is ("last4,exp,cvv",
    "name | pin"): a row sent next is read under it."""
    line = text.rstrip().rsplit("\n", 1)[-1]
    delimiter = next((d for d in _HEADER_DELIMITERS if d in line), None)
    if delimiter is None:
        return False
    cells = [cell.strip() for cell in line.split(delimiter)]
    return len(cells) >= 2 and all(0 < len(cell) <= _HEADER_CELL for cell in cells)


def _digit_words_only(text: str) -> bool:
    """ "nine zero": a piece read out in number words."""
    words = _WORD_OF_A_PAUSE.findall(text.lower())
    return bool(words) and all(word in DIGIT_WORDS for word in words)


def _chatter(text: str) -> bool:
    return not _ANY_DIGIT.search(text) and len(text.split()) <= _CHATTER_WORDS


# "order #48213 from best buy", "zip 10285", "call me at 312-555-0199" between two pieces of a card: a
# short message whose number is named as another thing interrupts the card as chatter does
_PHONE_SHAPED = re.compile(r"\b[0-9]{3}[-. )][0-9]{3}[-. ][0-9]{4}\b")


def _other_numbers(text: str) -> bool:
    if len(text.split()) > _CHATTER_WORDS:
        return False
    lower = text.lower()
    return bool(_NOT_FRAGMENT.search(lower) or _PHONE_MARKS.search(text) or _PHONE_SHAPED.search(text))


_ANY_DIGIT = re.compile(r"[0-9]")
_PENDING_PIECES = 2  # pieces withheld from a copy written mid-way: two of them, or one of many digits
_PENDING_DIGITS = 8
_KEEP_TAILS = 4  # an SSN read out in three messages ("ssn 523", "41", "8876")
# Words that say the message corrects the value just refused ("sorry 428", "no wait, it's 428",
# "Rex990 sorry", "oops typo, 248"), in the languages the cues know
_CORRECTING = re.compile(rf"\b(?:{CORRECTION_MARKERS})\b", re.IGNORECASE)
_CORRECTION_CHARS = 80
# A message that only asks for a moment ("hold on", "let me flip the card", "un momento"): its
# words all of these, and one of the _PAUSES among them ("ok" alone is an answer, not a pause)
_PAUSE_WORDS = frozenset(
    [
        "ok",
        "okay",
        "k",
        "sure",
        "yes",
        "yeah",
        "yep",
        "um",
        "umm",
        "uh",
        "hmm",
        "sorry",
        "so",
        "and",
        "oh",
        "ah",
        "wait",
        "one",
        "1",
        "a",
        "just",
        "hold",
        "hang",
        "on",
        "sec",
        "second",
        "secs",
        "moment",
        "min",
        "minute",
        "brb",
        "let",
        "me",
        "check",
        "see",
        "look",
        "find",
        "grab",
        "get",
        "flip",
        "turn",
        "the",
        "my",
        "it",
        "card",
        "over",
        "wallet",
        "purse",
        "phone",
        "app",
        "give",
        "gimme",
        "bit",
        "espera",
        "un",
        "momento",
        "dejame",
        "ver",
        "buscar",
        "la",
        "tarjeta",
    ]
)
_PAUSES = re.compile(r"\b(?:hold on|hang on|sec|second|secs|moment|minute|min|brb|let me|gimme|give me|espera|momento|dejame)\b")
_PAUSE_MOST_WORDS = 9
_WORD_OF_A_PAUSE = re.compile(r"[^\s.,!?…]++")


def _filler(text: str) -> bool:
    if len(text) > _PAUSE_MOST_CHARS:
        return False  # most messages: longer than any pause, one comparison
    lowered = text.lower()
    if _PAUSES.search(lowered) is None:
        return False
    words = _WORD_OF_A_PAUSE.findall(lowered)
    return 0 < len(words) <= _PAUSE_MOST_WORDS and _PAUSE_WORDS.issuperset(words)


_PAUSE_MOST_CHARS = 80


_MASK_DIGITS = "1357924680"


def _refused(text: str, findings: tuple[Finding, ...]) -> _Refused | None:
    """The message's end with its refused values masked, for reading a correction sent next."""
    kept = [f for f in findings if f.kind in CORRECTED_KINDS and f.kind != "card_number"]
    if not kept:
        return None
    masked = list(text)
    values = []
    for finding in kept:
        digit = 0
        for i in range(finding.start, finding.end):
            if masked[i].isdigit():
                masked[i] = _MASK_DIGITS[digit % len(_MASK_DIGITS)]
                digit += 1
            elif masked[i].isalpha():
                masked[i] = "X" if masked[i].isupper() else "x"
        values.append((finding.kind, "".join(masked[finding.start : finding.end])))
    digests = tuple((_digest(form), f.kind) for f in kept for form in _forms(text[f.start : f.end]))
    return _Refused("".join(masked)[-_TAIL_CHARS:], tuple(values), digests=digests)


_DIGEST_KEY = os.urandom(16)


def _digest(value: str) -> bytes:
    import hashlib  # only once a value was refused: a chat starts without it

    return hashlib.blake2b(value.encode(), key=_DIGEST_KEY, digest_size=16).digest()


def _forms(value: str) -> set[str]:
    """A value as typed and as its digits alone ("4365", "43 65")."""
    digits = "".join(filter(str.isdigit, value))
    return {value.strip(), digits} - {""} if len(digits) >= 3 or not digits else {value.strip()}


def _typed_again(refused: _Refused, text: str) -> list[Finding]:
    """The very value refused before, typed again anywhere in the message."""
    if not refused.digests:
        return []
    kinds = dict(refused.digests)
    found = []
    for token in _TOKEN.finditer(text):
        typed = token.group().rstrip(".,;:!?)'\"")
        kind = next((kinds[d] for d in map(_digest, _forms(typed)) if d in kinds), None)
        if kind is not None:
            found.append(Finding(kind, token.start(), token.start() + len(typed), "the value refused before, typed again"))
    # "ok its 512 44 9083 then", "its seven seven three zero one five": the same digits, grouped or said otherwise
    analysis = analyse(text)
    for k in range(len(analysis.runs) if analysis else 0):
        assert analysis is not None
        digits = analysis.runs.digits_of([k])
        kind = kinds.get(_digest(digits)) if len(digits) >= 3 else None
        if kind is None:
            continue
        start, end = analysis.view.original(analysis.runs.starts[k], analysis.runs.ends[k])
        if not any(f.start < end and start < f.end for f in found):
            found.append(Finding(kind, start, end, "the value refused before, typed again"))
    return found


def _corrected(refused: _Refused, text: str) -> tuple[Finding, ...]:
    """The value in a correction sent right after a refused one ("sorry 428"), as its kind: read
    after the masked message (the same-message correction rule decides), else any token of the
    refused value's shape ("Rex990 sorry")."""
    offset = len(refused.masked) + 1
    kinds = {kind for kind, _ in refused.values}
    joined = analyse(f"{refused.masked} {text}")
    found = [
        Finding(f.kind, max(f.start - offset, 0), f.end - offset, f"{f.reason}, a correction of the value refused just before")
        for f in (joined.findings if joined else ())
        if f.end > offset and f.kind in kinds
    ]
    # "ok" after a refused password is no password typed again: only a word shaped like one
    found = [
        f
        for f in found
        if f.kind != "password" or any(same_shape(value, text[f.start : f.end], kind) for kind, value in refused.values if kind == f.kind)
    ]
    taken_again = [f for f in _typed_again(refused, text) if not any(g.start < f.end and f.start < g.end for g in found)]
    found += taken_again
    corrects = _CORRECTING.search(text) is not None
    if len(text.split()) > (_RETYPED_WORDS if corrects else _RETYPED_WORDS_PLAIN) and not _A_VALUE_GIVEN.search(text):
        return tuple(sorted(found, key=lambda f: f.start))  # "no I want to pay 2000": a request, not the value typed again
    # "or was it sunset2026, or Palmtree!9": every value offered, not only the one a rule read
    taken = [(f.start, f.end) for f in found]
    for token in _TOKEN.finditer(text):
        if any(a < token.end() and token.start() < b for a, b in taken):
            continue
        value_typed = token.group().rstrip(".,;:!?)")
        for kind, value in refused.values:
            # with a correction word, a value one digit longer or shorter; without one, the very shape
            if same_shape(value, value_typed, kind) and (corrects or _exactly_shaped(value, value_typed, kind)):
                reason = "the same shape as the value refused just before"
                found.append(Finding(kind, token.start(), token.start() + len(value_typed), reason))
                break
    return tuple(sorted(found, key=lambda f: f.start))


def _exactly_shaped(refused: str, typed: str, kind: str) -> bool:
    """ "7319" after "cvv 7391", "Redfox#7780" after a password: as many digits (a number), or a
    password's shape (letters with digits or signs)."""
    if kind == "password":
        return len(typed) >= 6 and not typed.isalpha() and not typed.isdigit()
    digits = sum(c.isdigit() for c in typed)
    return digits == sum(c.isdigit() for c in refused) and not any(c.isalpha() for c in typed)


_TOKEN = re.compile(r"[^\s,;()]{3,64}+")
_RETYPED_WORDS = 3  # "Rex990 sorry", "oops 428": the value again, with a word or two
_RETYPED_WORDS_PLAIN = 4  # "7319", "ok fine: 7319", "or maybe Redfox#7780": the value again, no correction word
# "why did you remove it? it is 7319", "try Redfox#7780", "a new one came: 771203": the value given again in a sentence
# ("sorry i mean 7319": the correction's own words before it)
_A_VALUE_GIVEN = re.compile(
    r"(?:\b(?:it is|it s|its|is|try|use|then|came|one|or|it|maybe|mean|meant|sorry|oops|actually|wait)\b|:)\s*+[^\s]{3,64}+\s*+$"
)
# the details the chat asks for to verify, named ("last 4 1005", "zip 10285"): never a value typed
# again, nor the rest of a card (nor is the "4" of "last 4")
_DETAIL_WORDS = r"last ?4|last four|ending|ends|zip|postal"
_NAMES_A_DETAIL = re.compile(rf"\b(?:{_DETAIL_WORDS})\b")
_DETAIL_BEFORE = re.compile(rf"\b(?:{_DETAIL_WORDS}|last)(?: in| code)?\W*+$")


def _piece_waits(tails: tuple[_Tail, ...]) -> bool:
    """Whether the messages before hold a number the next ones may complete ("my social is 612")."""
    return any(_ANY_DIGIT.search(tail.text) for tail in tails)


def _verification_details_in(text: str) -> bool:
    """A card's last four and a ZIP code among the message's numbers."""
    return sorted(len(run) for run in _DIGIT_RUN.findall(text) if len(run) in (4, 5))[:2] == [4, 5]


def _fragment(analysis: Analysis) -> _Fragment | None:
    """The last digit run of a message, if unflagged and it could be part of a split card."""
    s = analysis.view.text
    if not analysis.runs or _only_verification_details(s):
        return None
    run = analysis.runs[-1]
    if not _may_be_a_piece(analysis, run):
        return None
    after_letters = len(_LETTER.findall(s, run.end))
    if after_letters > _LATER_LETTERS:
        return None
    before = s[max(0, run.start - 48) : run.start]
    cue = _last_card_cue(before)
    # "last 4? ok my card is 3782": words before the card's cue (the question quoted) say nothing of the piece
    cued = cue is not None and not _NOT_CARD_CONTEXT.search(before, cue)
    card_context = after_letters <= _FRAGMENT_LETTERS // 2 and cued
    runs = [r for r in analysis.runs if not (len(r.digits) <= 2 and _COUNT_BEFORE.search(s, max(0, r.start - 24), r.end))]
    only_run = len(runs) == 1 and runs[0].start == run.start
    letters = len(_LETTER.findall(s))
    alone = only_run and letters <= _FRAGMENT_LETTERS and after_letters <= _FRAGMENT_LETTERS // 2
    standalone = alone and not _NOT_FRAGMENT.search(s) and not _PHONE_MARKS.search(s)
    # a piece that continues a number may run on into a short request ("6310 005 and I need
    # help"): only joined to earlier pieces that make a Luhn-valid card, so a longer tail is safe
    later = only_run and letters <= _LATER_LETTERS and not _NOT_LATER_FRAGMENT.search(s)
    if not (card_context or standalone or later):
        return None
    start, end = analysis.view.original(run.start, run.end)
    opens = _OPENS.search(before) is not None
    return _Fragment(run.digits, start, end, card_context, standalone, later or standalone, _groups(run), opens=opens)


# "full number starts 3454 178759", "the first part is 3454": the piece goes before the ones sent earlier
_OPENS = re.compile(r"\b(?:starts?|starting|begins?|beginning|first)\b[^0-9]{0,24}+$")


def _may_be_a_piece(analysis: Analysis, run: Run) -> bool:
    """A run short enough to be part of a card, and not inside a value already found."""
    return len(run.digits) <= 16 and not any(h.start < run.end and run.start < h.end for h in analysis.hits)


def _groups(run: Run) -> tuple[int, ...]:
    return tuple(len(group) for group in _DIGIT_RUN.findall(run.raw))


_EARLIER_PIECES = 2  # numbers before the last one tried as a card's later piece


def _earlier_pieces(analysis: Analysis) -> list[_Fragment]:
    """The message's first numbers as later pieces of a split card, when only a short request and
    other numbers come after them ("5398 431 and my zip is 60614"): joined only if the pieces
    pass the Luhn check together, as for the last number."""
    s = analysis.view.text
    pieces = []
    for k in range(min(_EARLIER_PIECES, len(analysis.runs) - 1)):
        run = analysis.runs[k]
        if not _may_be_a_piece(analysis, run) or _DETAIL_BEFORE.search(s, max(0, run.start - 16), run.start):
            continue  # "last 4 1005 zip 10285": the details the chat asks for, not the rest of a card
        head = s[: run.end]
        if len(_LETTER.findall(head)) > _LATER_LETTERS or _NOT_LATER_FRAGMENT.search(head):
            continue
        start, end = analysis.view.original(run.start, run.end)
        pieces.append(_Fragment(run.digits, start, end, False, False, True, _groups(run)))
    return pieces


def _last_card_cue(before: str) -> int | None:
    """Where the last card cue (or "the first twelve are") before a piece ends, if there is one."""
    if not CARD_CUE.search(before) and not _FIRST_COUNT.search(before):
        return None  # most pieces have no cue before them: one search each says so
    ends = [m.end() for m in CARD_CUE.finditer(before)] + [m.end() for m in _FIRST_COUNT.finditer(before)]
    return max(ends)


# How cards are printed: Amex 4-6-5, the others 4-4-4-4 (a 16-digit number typed that way is a card's layout)
_CARD_LAYOUTS = {15: (4, 6, 5), 16: (4, 4, 4, 4)}


def _laid_out_like_a_card(parts: list[_Fragment], digits: str) -> bool:
    """Whether the pieces' groups, together, are a card's printed groups ("3782" then "822463 10005")."""
    groups = tuple(group for part in parts for group in part.groups)
    layout = _CARD_LAYOUTS.get(len(digits))
    return layout is not None and groups == layout and (len(digits) != 15 or digits[:2] in ("34", "37"))


_DETAIL_GROUPS = {(4,), (5,)}


def _verification_tries(parts: list[_Fragment]) -> bool:
    """Whether two pieces in a row are a last four and a ZIP code, each sent alone ("4408", "60615",
    then "4408", "60601" again): the details the chat asks for, tried and tried again, whose
    digits together can pass the Luhn check by chance; no card is read out in groups of four and five."""
    return any({a.groups, b.groups} == _DETAIL_GROUPS for a, b in zip(parts, parts[1:]))


def _split_card(
    recent: tuple[_Fragment | None, ...], current: _Fragment | None, count: int
) -> tuple[tuple[EarlierFinding, ...], str] | None:
    """Join the current standalone fragment to the fewest earlier ones (up to seven) that make a card:
    after them, or before them when it says it starts the number."""
    if current is None or not current.later:
        return None
    for back in range(1, _KEEP_MESSAGES + 1):
        chain = recent[-back:] if len(recent) >= back else ()
        if len(chain) != back or any(f is None for f in chain):
            continue
        parts = [f for f in chain if f is not None]
        orders = [[*parts, current]] + ([[current, *parts]] if current.opens else [])
        for pieces in orders:
            digits = _card_of(pieces)
            if digits is not None:
                earlier = tuple(EarlierFinding(count - f.index, f.start, f.end, "card_number") for f in parts)
                return earlier, f"{len(digits)}-digit number split over {back + 1} messages passing the Luhn check"
    return None


def _card_of(pieces: list[_Fragment]) -> str | None:
    """The digits of the pieces in this order, when they make a card: each after the first continues
    a number, the first starts one (named as a card, or alone and started like one), Luhn passes."""
    if not all(f.later for f in pieces[1:]):
        return None
    first = pieces[0]
    if not first.card_context and _verification_tries(pieces):
        return None
    digits = "".join(f.digits for f in pieces)
    plausible = first.card_context or (first.standalone and digits[0] in "23456") or _laid_out_like_a_card(pieces, digits)
    return digits if plausible and 13 <= len(digits) <= 19 and luhn(digits) else None
