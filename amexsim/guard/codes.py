"""Values named by a cue word (security codes, SSNs, one-time passcodes, PINs), and the dashed SSN form."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from itertools import chain, islice, repeat

from .corrections import retyped_value
from .cues import (
    BEFORE_GAP,
    CODE_PURPOSE_AFTER,
    CODE_QUALIFIER,
    CUE_RULES,
    EXPIRY_STARTS,
    IN_MESSAGES_STARTS,
    LINK_GAP,
    MESSAGES,
    NEXT_SENTENCE,
    NOT_READ_THERE,
    QUALIFIED_CODE_BEFORE,
    QUALIFIER_AFTER_CODE,
    RECEIPT_WORDS,
    WHAT_ARRIVED_STARTS,
    CueRule,
)
from .kinds import Hit
from .labels import labelled_reference
from .pieces import Links, joined
from .runs import DATE, GROUP, Run, Runs, group_count
from .words import (
    LONG_TEXT,
    WordStartFamily,
    after_non_word,
    at_word_start,
    may_start_a_word,
    word_matches,
)

_DIGIT = re.compile(r"[0-9]")
# How far a value may stand from its cue, after it and before it.
_MAX_GAP_AFTER = 32
# A longer gap counts when it ends in a link or a pause and names no other number: "the code in
# the amex app notification to approve my login is 720985", "cvv is, um, let me flip the card... 044".
_MAX_LINKED_GAP = 64
_LINK_AT_END = re.compile(r"(?:\bis|\bwas|\bare|\bit's|[:=]|\.\.|…)[ \t]*+$")
_OTHER_OWNER = re.compile(
    r"\b(?:number|num|account|acct|order|zip|pin|ssn|balance|amount|limit|total|ref|reference|case|ticket"
    r"|confirmation|tracking|address|date|id|points|miles)\b"
)
# "... and my cell phone is 555 1234": a phone right before the link owns the value, unless the code
# was sent to it ("sent to my work phone is 55 0913": the search starts at "to", the leftmost start).
_PHONE_BEFORE_LINK = re.compile(
    r"\b(?P<to>(?:to|on|via|at|by)[ \t]++)?(?:(?:my|the|your|a)[ \t]++)?(?:(?:work|home|cell|mobile|new|old)[ \t]++)?"
    r"(?:phone|cell|mobile)[ \t]*+(?:is|was|[:=])[ \t]*+$"
)


# "the code you texted me (hold on, the dog is barking) is 976885", "the CVV — sorry, my glasses are
# upstairs — is 590", "verification code ... this is the third time this week ... 270816": an aside
# set off by brackets, dashes or ellipses between a cue and its value is read as if it were not there.
_ASIDE = re.compile(
    r"\([^()\n]{1,160}+\)|[—–][^—–\n]{1,160}+[—–]|(?<!\S)--?[ \t][^\n]{1,160}?[ \t]--?(?!\S)|(?:\.{2,3}|…)[^\n.…]{1,160}+(?:\.{2,3}|…)"
)
_ASIDE_OPENERS = ("(", "—", "–", " -", "..", "…")


def _without_asides(s: str, start: int, end: int) -> str | None:
    """The text between start and end with its asides left out, or None when it has none."""
    gap = s[start:end]
    if not any(map(gap.__contains__, _ASIDE_OPENERS)):
        return None
    bridged = _ASIDE.sub(" ", gap)
    return bridged if bridged != gap else None


def _reaches(s: str, end: int, value_start: int) -> bool:
    """Whether a value starting at value_start is close enough to a cue ending at end to be its value."""
    gap = value_start - end
    if gap <= _MAX_GAP_AFTER:
        return True
    if (bridged := _without_asides(s, end, value_start)) is not None:
        s, end, value_start = bridged, 0, len(bridged)
        if value_start <= _MAX_GAP_AFTER:
            return True
        gap = value_start
    if gap > _MAX_LINKED_GAP or not _LINK_AT_END.search(s, end, value_start) or _OTHER_OWNER.search(s, end, value_start):
        return False
    phone = _PHONE_BEFORE_LINK.search(s, end, value_start)
    return phone is None or phone.group("to") is not None


_MAX_GAP_BEFORE = 24
# "my pim is 6725 (pin sorry)", "(cvv, my bad)": the bracket may close after a word owning up to a slip.
_CLOSES = re.compile(r"[ \t]{0,3}(?:,?[ \t]{1,2}(?:sorry|sry|oops|my bad|typo|i mean|i meant|not \w{1,12}+)[ \t!.]{0,3})?[)\]]")
# "741087? thats what came in my inbox": a value asked about, then said to be how it came.
_ASKED = re.compile(r"[?!]{1,3}[ \t]{1,3}")
# "the sms came from 22235", "a text from short code 262966": the number a message came from is
# its sender, not its content.
_SOURCE = re.compile(r"\b(?:from|de)\s++(?:(?:the|a|an|this|that)\s++)?(?:(?:short ?code|sender(?: id)?)\s*+[#:]?\s*+)?$")
_SOURCE_WINDOW = 28


# Each rule's cue found in a long text from space to space, and after punctuation in one pass for all four.
_CUES = WordStartFamily([rule.cue for rule in CUE_RULES])
# Cues found after spaces only pay for the extra pass over a long text.
_LONG_TEXT = LONG_TEXT
_NOT_FOUND = (None,) * len(CUE_RULES)
# Any rule's cue anywhere: most short messages have none, and one search rules out all four.
_ANY_CUE = re.compile("|".join(f"(?:{rule.cue.pattern})" for rule in CUE_RULES))
_ANY_CUE_AFTER_NON_WORD = after_non_word(_ANY_CUE)


def cue_hits(s: str, runs: Runs, links: Links) -> list[Hit]:
    """Values that a cue names, the value read from the pieces after the cue when typed apart (links)."""
    hits: list[Hit] = []
    if len(s) < _LONG_TEXT and not may_start_a_word(_ANY_CUE, _ANY_CUE_AFTER_NON_WORD, s):
        return hits
    starts, ends, following = runs.starts, runs.ends, links.next
    # Digit counts, starts and ends with an entry that index len(runs) (no run after) and -1
    # (none before) both reach: a count of 0, a start and an end too far away. Made for the
    # first cue found: most short messages have none.
    counts: list[int] = []
    has_aside = "(" in s and len(s) < _LONG_TEXT
    for rule, found in zip(CUE_RULES, _CUES.bounds(s) if len(s) >= _LONG_TEXT else _NOT_FOUND):
        low, high = rule.min_digits, rule.max_digits
        # Only the cues' bounds are kept (numbers, which the garbage collector never walks).
        if found is not None:
            cue_starts, cue_ends = found
        elif bounds := list(chain.from_iterable(map(re.Match.span, word_matches(rule.cue, s)))):
            cue_starts, cue_ends = bounds[0::2], bounds[1::2]
        else:
            continue
        if not cue_starts:
            continue
        if not counts:
            counts = [*runs.counts, 0]
            far_starts = [*starts, len(s) + _MAX_LINKED_GAP + 1]
            far_ends = [*ends, -_MAX_GAP_BEFORE - 1]
        # For each cue, the first run after its end and (one past) the last run before its start.
        afters = map(bisect_left, repeat(starts), cue_ends)
        befores = map(bisect_right, repeat(ends), cue_starts)
        # Whether the text between a cue and the run after it lets the run be its value, by that
        # text (and the three characters before it, which the patterns' lookbehinds can read):
        # a long message repeats a few such gaps ("cvv ", "cvv is ") thousands of times.
        open_gaps: dict[str, bool] = {}
        for start, end, after, before in zip(cue_starts, cue_ends, afters, befores):
            if has_aside and after < len(starts) and "(" in s[end : starts[after]]:
                after = _past_the_aside(s, end, starts, after)  # "SSN (box 2): 400 97 2680": the 2 is the aside's
            # Whether a value could be there at all, from the digit counts and distances alone:
            # in a long message most cues sit next to numbers of the wrong length, or none close.
            n = counts[after]
            fits_after = (
                low <= n <= high or (0 < n < low and following[after] >= 0) or (n > high and _first_part_fits(runs.raws[after], rule))
            ) and _reaches(s, end, far_starts[after])
            inside = after - 1 if after and ends[after - 1] > end else -1
            before -= 1
            fits_before = low <= counts[before] <= high and start - far_ends[before] <= _MAX_GAP_BEFORE
            # The message opens with the value and points at it later ("134 is the three digits on the
            # back"): the value is the first run, the run right before the cue or the one before a count.
            opens = 0 <= before <= 1 and low <= counts[0] <= high and starts[0] <= _MAX_LEAD and start - ends[0] <= _MAX_POINTED_GAP
            # "the code texted to ***-***-6505 is 86500": the first run after the cue is where it went.
            went = after < len(starts) and starts[after] - end <= _MAX_GAP_AFTER and " to " in s[end : starts[after]]
            # "cvv is 07 no sorry 070": a try too short, then the value typed again after a correction
            retyped = _retyped(s, end, runs, after, rule) if 0 < n < low and not fits_after else None
            if not (fits_after or inside >= 0 or fits_before or went or opens or retyped):
                continue
            run = _value_after(s, end, runs, after, links, rule, open_gaps) if fits_after else retyped
            if run is None and went:
                run = _past_where_it_went(s, end, runs, after, rule)
            run = run or (_value_inside(s, end, runs, inside, rule) if inside >= 0 else None)
            run = run or (_value_before(s, start, end, runs, before, rule) if fits_before else None)
            run = run or (_value_pointed_back(s, start, runs, before, rule) if opens else None)
            if run is not None and not _names_something_else(s, start, end, run, rule):
                hits.append(Hit(rule.kind, run.start, run.end, f"{len(run.digits)}-digit value named as {rule.what}"))
                if run.end <= len(s) - 4 and _NEXT_IN_LIST.match(s, run.end) is not None:
                    hits += (
                        Hit(rule.kind, other.start, other.end, f"another {rule.what} listed after one")
                        for other in _listed_after(s, run, runs, rule)
                    )
                if run is retyped:  # the short try is most of the value too
                    hits.append(Hit(rule.kind, starts[after], ends[after], f"a first try at the {rule.what}, typed again"))
    return hits


# "660218 at 9:58 and 703391", "513 or 531", "730184, 226509": the next value of a list (a time after
# a value is the time it came, and skipped)
_NEXT_IN_LIST = re.compile(
    r"(?:[ \t]*+\(?[ \t]*+(?:(?:at|@|sent at|received at|around)[ \t]*+)?[0-9]{1,2}:[0-9]{2}(?:[ \t]*+[ap]\.?m\.?)?[ \t]*+\)?)?"
    r"[ \t]*+(?P<link>,[ \t]*+(?:(?:and|or|then)[ \t]++)?|(?:and|or|then|plus|y|o)[ \t]++|&[ \t]*+|/[ \t]*+)"
    r"(?:(?:then|also|maybe|perhaps|possibly|another)[ \t]++)?"
)


_DIGITS = re.compile(r"[0-9]++")
_STREET_AFTER = re.compile(
    r"[ \t]++(?!by the way\b)(?:[a-z]{2,20}[ \t]++){1,2}(?:st|street|ave|avenue|rd|road|blvd|dr|drive|ln|lane|way|ct|court|pl|place)\b"
)
# "9 8 2 2": one value typed a digit at a time (a group per digit is no grouping of its own)
_TYPED_APART = re.compile(r"[0-9](?:[ .-][0-9])++")
_A_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def _listed_first_fits(raw: str, low: int, high: int) -> bool:
    """ "730184, 226509": a run of values joined by a comma and a space, the first of the right length;
    "348.86.8977\n3) ...": a value whose run goes on to the next line (a list's number), its first line."""
    comma = raw.find(", ")
    if comma > 0 and low <= sum(c.isdigit() for c in raw[:comma]) <= high:
        return True
    line = raw.find("\n")
    return line > 0 and low <= sum(c.isdigit() for c in raw[:line]) <= high


_RECEIPT_REACH = 200  # a pasted receipt names itself at the top, its lines below


def _first_part_fits(raw: str, rule: CueRule) -> bool:
    """A run too long for the value whose first part fits: a list, a line, an SSN laid out 3-2-4."""
    return (
        _listed_first_fits(raw, rule.min_digits, rule.max_digits)
        or (rule.kind == "ssn" and _SSN_LAID_OUT.match(raw) is not None)
        or _CODE_THEN_EXPIRY.match(raw) is not None
    )


# "SSN 348 86 8977 3 bags": an SSN laid out 3-2-4, then a number of its own after a space
_SSN_LAID_OUT = re.compile(r"[0-9]{3}([ .-])[0-9]{2}\1[0-9]{4}(?=[ \t])")


def _listed_after(s: str, first: Run, runs: Runs, rule: CueRule) -> Iterator[Run]:
    """The values listed after one a cue named, of the kind the cue names: "I got 2 codes, 660218 at
    9:58 and 703391 at 10:01", "cvv is either 513 or 531". After a bare comma only a value as long
    as the first ("pin 4821, 2019 is when I set it" lists nothing)."""
    end = first.end
    for _ in range(4):
        link = _NEXT_IN_LIST.match(s, end)
        if link is None:
            return
        k = bisect_left(runs.starts, link.end())
        if k < len(runs.starts) and runs.starts[k] == link.end():
            run = runs[k]
        elif (digits := _DIGITS.match(s, link.end())) is not None:
            run = Run(digits.start(), digits.end(), digits.group())  # "730184, 226509": one run, joined by its comma
        else:
            return
        bare_comma = link.group("link").strip() == ","
        if not _run_fits(s, run, rule) or (bare_comma and (len(run.digits) != len(first.digits) or _A_YEAR.fullmatch(run.digits))):
            return
        yield run
        end = run.end


_ASIDE_REACH = 32  # an aside's closing bracket this close after a number inside it
_NOTE_WORD = re.compile(r"[a-z]{2}")


def _past_the_aside(s: str, cue_end: int, starts: list[int], k: int) -> int:
    """The first run after the bracketed aside that run k (the first after the cue) sits in,
    or k when the bracket opened before it closes first or stays open."""
    if ")" in s[cue_end : starts[k]]:
        return k
    close = s.find(")", starts[k], starts[k] + _ASIDE_REACH)
    opened = s.rfind("(", cue_end, starts[k])
    # a note with words ("box 2", "for the 2nd form"), not a value in brackets ("cid (1787)", "(285) 634-3135")
    if close == -1 or not _NOTE_WORD.search(s, opened, close):
        return k
    return bisect_left(starts, close)


def _retyped(s: str, cue_end: int, runs: Runs, k: int, rule: CueRule) -> Run | None:
    """Run k, linked to the cue but too short for its value, then a correction and the next run
    as the value ("cvv is 07 no sorry 070", "pin 12, i mean 1290")."""
    if k + 1 >= len(runs.starts) or runs.starts[k] - cue_end > _MAX_GAP_AFTER or LINK_GAP.fullmatch(s, cue_end, runs.starts[k]) is None:
        return None
    value = retyped_value(s, runs.ends[k], runs.starts[k + 1])
    run = runs[k + 1] if value else None
    return run if run is not None and _run_fits(s, run, rule) else None


# "typed 513359 like the text said": a value before a message word is read there, unless named otherwise.
# "promo 4455 valid for 10 minutes": a value before how soon it runs out is read the same way.
_READ_MESSAGE_OR_EXPIRY_STARTS = (*IN_MESSAGES_STARTS, *MESSAGES, *EXPIRY_STARTS)


# "the number that texted me was 263-97", "whoever messaged me is 22235": the number a message came
# from is its sender, not what it said.
_SENDING = ("texted", "txted", "messaged", "emailed", "sent")
_SENDERS = ["number", "phone", "sender", "short ?code", "who", "whoever"]
_SENDER_BEFORE = re.compile(rf"(?:{at_word_start(_SENDERS)})\s++(?:(?:that|which|who)\s++)?(?:just\s++|also\s++)?$")


# The word before a number that names a code ("the 2026 code"): any word but one that hands the value over.
_WORD_THEN_SPACE = re.compile(r"\b(?!(?:is|was|its|it's|here|here's|code|my|use|enter|entered|typed|type|got|received)\b)[a-z]{1,16}[ \t]$")


def _names_something_else(s: str, start: int, end: int, run: Run, rule: CueRule) -> bool:
    """A qualified cue (at start:end): "zip code 10001", "code 7788 for the wifi", "social security 1234".

    Checked last, only for cues that have a fitting value, because long messages have many cues.
    """
    before = max(0, start - 16)
    if rule.not_after is not None and rule.not_after.search(s, before, start):
        return True
    # The value's layout first: the words before it are read only for a value laid out so.
    if (
        rule.not_value is not None
        and rule.not_value.fullmatch(run.raw)
        and (rule.not_value_words is None or rule.not_value_words.search(s, max(0, run.start - 48), run.end + 32))
    ):
        return True
    if run.end <= start and s.startswith(IN_MESSAGES_STARTS if rule.kind != "otp" else _READ_MESSAGE_OR_EXPIRY_STARTS, start):
        year = len(run.digits) == 4 and run.digits[:2] in ("19", "20")
        named = NOT_READ_THERE.search(s, max(0, run.start - 16), run.start)
        named = named or QUALIFIED_CODE_BEFORE.search(s, max(0, run.start - 32), run.start)
        return year or "." in run.raw or "," in run.raw or bool(named)
    if rule.kind == "otp" and s.startswith(_SENDING, start) and _SENDER_BEFORE.search(s, max(0, start - 32), start):
        return True
    if rule.kind == "otp" and _NUMBER_OF_ANOTHER_THING.search(s, max(0, start - 40), end):
        return True  # "the case number they gave me is D5731110": the case's number, however it was given
    if s.startswith("auth", start) and not s.startswith("authent", start):
        return bool(RECEIPT_WORDS.search(s, max(0, start - _RECEIPT_REACH), min(len(s), run.end + 64)))
    if s[start:end] not in ("code", "codigo"):
        return False
    # "the 2026 code", "the 1099 code on my tax form", "merchant 5812 code": a code's name, not its value
    right_before = run.end + 1 == start and len(run.digits) == 4 and run.raw.isdigit()
    if right_before and _WORD_THEN_SPACE.search(s, max(0, run.start - 24), run.start):
        return True
    named_after = end < run.start and QUALIFIER_AFTER_CODE.match(s, end)
    # 'the error says "code 374515: payment declined"': an error's code, quoted
    # 'the app shows "code 448812: transaction failed"': a code then what failed, an error's code
    error = _ERROR_QUOTED.search(s, max(0, start - 32), start) or _FAILURE_AFTER.match(s, run.end)
    return bool(CODE_QUALIFIER.search(s, before, start) or CODE_PURPOSE_AFTER.match(s, run.end) or named_after or error)


_NUMBER_OF_ANOTHER_THING = re.compile(
    r"\b(?:case|dispute|claim|ticket|reference|ref|order|confirmation|tracking|booking|reservation|account)[ \t]++(?:number|no|num|#|id)\b"
    r"[^.?!\n0-9]{0,24}$"
)
_ERROR_QUOTED = re.compile(r"\b(?:error|errors|error message)\b[^.?!\n0-9]{0,20}[\"'“‘][ \t]*+$")
_FAILURE_AFTER = re.compile(
    r"[ \t]*+[:\-–][ \t]*+(?:[a-z]++[ \t]++){0,3}"
    r"(?:failed|failure|declined|denied|error|invalid|rejected|not allowed|unavailable|timed out)\b"
)


def _value_after(s: str, pos: int, runs: Runs, k: int, links: Links, rule: CueRule, open_gaps: dict[str, bool]) -> Run | None:
    """Run k (the first after the cue, which it reaches: cue_hits checked), alone or with the pieces
    after it, if it fits and nothing but a link stands between."""
    gap_end = runs.starts[k]
    # "code WELCOME2685": digits glued to another word are part of it (glued to the cue, "cvv123", or to
    # a letter or two, "C53771", they count); "safekey?txn=88213": another key names the value.
    if gap_end > pos and (s[max(pos, gap_end - 3) : gap_end].isalpha() or (s[gap_end - 1] == "=" and _OTHER_KEY.search(s, pos, gap_end))):
        return None
    # "set a PIN, in 2023 I changed it": a year after "in" or "since" is a date.
    if runs.counts[k] == 4 and runs.raws[k][:2] in ("19", "20") and _YEAR_BEFORE.search(s, max(0, gap_end - 8), gap_end):
        return None
    # an aside in brackets is left out however short ("social (all nine digits) 6 0 4 ..."): its words break nothing
    if (bridged := _without_asides(s, pos, gap_end)) is not None:
        is_open = _open_gap(s[max(0, pos - _LOOKBEHIND) : pos] + bridged, min(pos, _LOOKBEHIND), rule)
    elif pos < _LOOKBEHIND:
        is_open = _open_gap(s[:gap_end], pos, rule)
    elif (is_open := open_gaps.get(gap := s[pos - _LOOKBEHIND : gap_end])) is None:
        is_open = open_gaps[gap] = _open_gap(gap, _LOOKBEHIND, rule)
    if not is_open:
        return None
    before_run = s[max(0, gap_end - _SOURCE_WINDOW) : gap_end]
    if ("from" in before_run or "de" in before_run) and _SOURCE.search(before_run):
        return None
    n, raw = runs.counts[k], runs.raws[k]
    if _fits(s, gap_end, runs.ends[k], raw, n, rule):
        return runs[k]
    # "cvv: 951\n3) zip ...": a run going on to the next line (a list's number) holds the value on its
    # first line; "PIN 7991 / 498 dollars": a run going on past a spaced slash, before it.
    # "cvv/exp: 122 09/30": the code, then the expiry date it was asked with
    if (before_date := _CODE_THEN_EXPIRY.match(raw)) is not None:
        first = Run(gap_end, gap_end + before_date.end(1), before_date.group(1))
        if _run_fits(s, first, rule):
            return first
    for end_of_value in ("\n", " / ", ", "):
        if end_of_value in raw and (line := raw[: raw.index(end_of_value)].rstrip()):
            first = Run(gap_end, gap_end + len(line), line)
            if _run_fits(s, first, rule):
                return first
    if rule.kind == "ssn" and (laid_out := _SSN_LAID_OUT.match(raw)):
        first = Run(gap_end, gap_end + laid_out.end(), laid_out.group())
        if _run_fits(s, first, rule):
            return first
    # Joined with the pieces after it (the run alone did not fit): rarely a piece follows, and
    # in a long message of numbers one that does mostly brings too many digits.
    following = links.next[k]
    if following < 0 or n + runs.counts[following] > rule.max_digits:
        return None
    for pieces, run in enumerate(islice(joined(runs, links, k, rule.max_digits), 1, None), 2):
        if _run_fits(s, run, rule):
            return run
        # "pin starts with 11 and ends with 63": a one-group value in two pieces, said to be pieces
        # ("PIN must be 4 digits and can't be 1234" is no PIN).
        if (
            pieces == 2
            and rule.max_groups == 1
            and rule.min_digits <= len(run.digits.replace(" ", "")) <= rule.max_digits
            and _NEXT_PIECE.search(s, runs.ends[k], runs.starts[following])
        ):
            return run
    return None


# "sent to ***-***-6505 is ...", "sent to my phone ending 1234 is ...": the number a code went to,
# masked or by its last digits, then a link to the code itself.
_WHERE_IT_WENT = re.compile(
    r"\b(?:sent|texted|went|came|delivered|emailed)[ \t]++to[ \t]++(?:[a-z]++[ \t]++){0,3}?"
    r"(?:(?:ending|ending in|ends in|ends with|last 4|last four)[ \t]++)?[^0-9a-z \t]{0,12}+$"
)
# "the code you sent to 646 335 3722 is 366285": the sending verb in the cue, the phone after "to"
_SENT_IN_THE_CUE = re.compile(r"\b(?:sent|texted|emailed|messaged)(?: me)?$")
_TO_WHERE = re.compile(r"[ \t]++to[ \t]++(?:[a-z]++[ \t]++){0,3}?[^0-9a-z \t]{0,12}+$")
# A whole phone number a code went to, laid out as one: "646 335 3722", "305-290-8304", "+1 305.290.8304"
_PHONE_RUN = re.compile(r"(?:\+?1[ .-])?[0-9]{3}([ .-])[0-9]{3}\1[0-9]{4}")
_LINKS_TO_VALUE = frozenset({"is", "was", ":", "="})


def _past_where_it_went(s: str, cue_end: int, runs: Runs, k: int, rule: CueRule) -> Run | None:
    """After a cue, run k as the number the code was sent to (masked, or its ending), then a link
    and the code: the code ("sent to ***-***-6505 is 86500", "... ***-***-6138\n83286")."""
    start, raw = runs.starts[k], runs.raws[k]
    if start - cue_end > _MAX_GAP_AFTER or not _went_to(s, cue_end, start):
        return None
    if "\n" in raw:  # the code on the next line, read as one run with the number it went to
        line = raw[: raw.index("\n")].rstrip()
        rest = raw[len(line) :].lstrip()
        at = start + len(raw) - len(rest)
        value = Run(at, at + len(rest), rest)
        ok = sum(map(str.isdigit, line)) <= 4
    elif k + 1 < len(runs.starts):
        gap = s[runs.ends[k] : runs.starts[k + 1]]
        link = gap.strip(" \t\n")
        value = runs[k + 1]
        where = runs.counts[k] <= 4 or _PHONE_RUN.fullmatch(raw) is not None
        ok = where and (link in _LINKS_TO_VALUE or (not link and "\n" in gap))
    else:
        return None
    return value if ok and _run_fits(s, value, rule) else None


def _went_to(s: str, cue_end: int, start: int) -> bool:
    """Whether the text before a number says a code was sent to it ("texted to ***-***-6505", "code you sent | to 646 ...")."""
    if _WHERE_IT_WENT.search(s, cue_end, start):
        return True
    return _SENT_IN_THE_CUE.search(s, max(0, cue_end - 12), cue_end) is not None and _TO_WHERE.match(s, cue_end, start) is not None


# Words that say a second piece of one value follows ("11 and ends with 63", "4 then 82").
_NEXT_PIECE = re.compile(r"\b(?:then|ends?|ending|followed|next|last|rest|after that|second half)\b")
_OTHER_KEY = re.compile(r"[?&;,\s][a-z_]{2,16}+=$")
_YEAR_BEFORE = re.compile(r"\b(?:in|since|from|until|of|by|year)[ \t]++$")
# How far back the gap patterns can look from where they start ("(?<!\bno)" before a full stop).
_LOOKBEHIND = 3


_CODE_THEN_EXPIRY = re.compile(r"([0-9]{3,4})[ \t]++[0-9]{1,2}/(?:[0-9]{4}|[0-9]{2})$")


def _open_gap(gap: str, pos: int, rule: CueRule) -> bool:
    """Whether gap[pos:] may stand between a cue and its value: nothing but a link, or no
    breaker, or a question then "it's" ("do you need the cvv? it's 496")."""
    broken = LINK_GAP.fullmatch(gap, pos) is None and rule.breaker.search(gap, pos)
    return not broken or NEXT_SENTENCE.fullmatch(gap, pos) is not None


def _value_inside(s: str, pos: int, runs: Runs, k: int, rule: CueRule) -> Run | None:
    """The part after the cue of a run that starts inside it: "cvv2 739" (the 2 is the version)."""
    if k < 0:
        return None
    end = runs.ends[k]
    first = _DIGIT.search(s, pos, end)
    if first is None or LINK_GAP.fullmatch(s, pos, first.start()) is None:
        return None
    run = Run(first.start(), end, s[first.start() : end])
    return run if _run_fits(s, run, rule) else None


def _value_before(s: str, pos: int, cue_end: int, runs: Runs, k: int, rule: CueRule) -> Run | None:
    """Run k (the last ending at or before pos) if only a link like "is" or ":" separates it from the cue."""
    if k < 0 or pos - runs.ends[k] > _MAX_GAP_BEFORE:
        return None
    gap = BEFORE_GAP.fullmatch(s, runs.ends[k], pos)
    if not gap and not (s.startswith(WHAT_ARRIVED_STARTS, pos) and _ASKED.fullmatch(s, runs.ends[k], pos)):
        return None
    # "04 80 66 (the text code)": a bracket opened before the cue must close right after it.
    if gap and ("(" in gap.group() or "[" in gap.group()) and not _CLOSES.match(s, cue_end):
        return None
    if not _fits(s, runs.starts[k], runs.ends[k], runs.raws[k], runs.counts[k], rule):
        return None
    # "order 445566, that is the code they gave": a value named as another number right before it.
    return None if NOT_READ_THERE.search(s, max(0, runs.starts[k] - 16), runs.starts[k]) else runs[k]


# "134 is the three digits on the back", "5565. Those are the 4 little numbers on the front", "220 - sorry,
# I forgot to say, that's the number from the back of the card": a message that opens with the value
# (after a word or two at most) and, further on, points back at it with "that's", "those are" or
# "is", right before the cue. Nothing between may be another number or name one.
_MAX_LEAD = 16
_MAX_POINTED_GAP = 160
_LEAD = re.compile(r"[\s\"'“‘>*`(\[]*+(?:(?:ok|okay|so|um|uh|yes|yeah|sure|here|its|it's)\b[\s,.:!-]*+){0,2}")
_COUNT = "(?:[0-9]|three|four|six|eight|nine)"
# ("6556 is that the 4 digits on the front you need?": asked, the pointer turned round)
_POINTERS = ["that's", "thats", "that is", "that was", "those are", "these are", "they are", "this is", "it's", "its", "is", "are", "was"]
_POINTERS += ["is that", "is this", "was that", "are those", "are these", "is it"]
_POINTER = re.compile(
    rf"(?:{at_word_start(_POINTERS)})\s++(?:(?:my|the|our|your)\s++)?"
    rf"(?:{_COUNT}[ \t-]++)?(?:(?:little|small|tiny|short|printed|raised|embossed)\s++)?$"
)
_POINTER_REACH = 48
_NAMED_OTHERWISE = re.compile(
    r"\b(?:amount|balance|total|charged|charge|paid|pay|owe|fee|order|case|ref|reference|ticket|confirmation|tracking|claim"
    r"|invoice|min|mins|minutes|hours|hrs|days|weeks|months|years|times|dollars|bucks|usd|points|miles|phone|call|zip"
    r"|postal|address|street|apt|suite|ending|ends|last|am|pm)\b|[$€£¥%]"
)


def _value_pointed_back(s: str, cue_start: int, runs: Runs, before: int, rule: CueRule) -> Run | None:
    """The message's first run when the message opens with it and a pointer ("that's the", "those
    are the 4 little", "is the three") stands right before the cue, with no other number between."""
    value_end = runs.ends[0]
    pointer = _POINTER.search(s, max(value_end, cue_start - _POINTER_REACH), cue_start)
    if pointer is None or (before == 1 and runs.starts[1] < pointer.start()) or not _LEAD.fullmatch(s, 0, runs.starts[0]):
        return None
    between = s[value_end : pointer.start()]
    if _NAMED_OTHERWISE.search(between):
        return None
    raw, n = runs.raws[0], runs.counts[0]
    # Across an aside, a year is a date ("1999 was the year I opened it, that's my pin").
    if between.strip(" \t.,-") and n == 4 and raw[:2] in ("19", "20"):
        return None
    return runs[0] if _fits(s, runs.starts[0], value_end, raw, n, rule) else None


_MASK_OR_MONEY = frozenset("x*•$€£¥+")  # and "+1 (787) ...": a phone dialled with its country code
_MASK_TAIL_LINKS = frozenset("-. ")
_STARS = frozenset("*•")
_MASK_AFTER = frozenset({" •", " *", "xx", "XX", " x", " X", "-x", "-X", "-*", "-•"})
_TIME_OR_AMOUNT_AFTER = re.compile(r"[:,][0-9]|%")
_TIME_OR_AMOUNT_BEFORE = re.compile(r"[0-9][:,]$")
# The characters those two patterns need beside the run: most runs have neither, and skip both.
_AFTER_TIME_OR_AMOUNT = frozenset(":,%")
_BEFORE_TIME_OR_AMOUNT = frozenset(":,")


_CURRENCY_AFTER = re.compile(r" {1,3}(?:dollars?|bucks|usd|euros?|eur|pesos|pounds|gbp|cad|dolares)\b")


def _run_fits(s: str, run: Run, rule: CueRule) -> bool:
    return _fits(s, run.start, run.end, run.raw, len(run.digits), rule)


def _fits(s: str, start: int, end: int, raw: str, digits: int, rule: CueRule) -> bool:
    """Digits and groups in range, and not a masked number, an amount, a list, a date or a time
    (a run's start, end, text and digit count: no Run is made for the many that do not fit)."""
    if not rule.min_digits <= digits <= rule.max_digits:
        return False
    # "the notification showed 1200 dollars": an amount named by its currency after it
    if s[end : end + 1] == " " and _CURRENCY_AFTER.match(s, end):
        return False
    if (
        len(raw) > digits
        and (
            ("," in raw and group_count(raw, digits) > 1)
            or (group_count(raw, digits) > rule.max_groups and not _TYPED_APART.fullmatch(raw) and not _pin_in_pairs(raw, rule))
            or DATE.fullmatch(raw)
        )
        and not (rule.kind == "ssn" and _ssn_layout(raw))
    ):
        return False
    # A mask before the digits ("****1005"), unless it is emphasis around them ("**850**").
    if s[max(0, start - 1) : start] in _MASK_OR_MONEY and not (s[start - 1] == "*" and s[end : end + 1] == "*"):
        return False
    # A masked number's head ("344008*****9038", "4111 •••• ••••"), unless emphasis ("**850**").
    after = s[end : end + 1]
    masked_after = after in _STARS and s[end + 1 : end + 2] in _STARS and s[start - 1 : start] not in _STARS
    if after and (masked_after or s[end : end + 2] in _MASK_AFTER):
        return False
    # A masked number's tail ("sent to (•••) •••-0890", "xxx-xxx-1234") or an amount ("$ 120").
    if start >= 2 and s[start - 1] in _MASK_TAIL_LINKS and s[start - 2] in _MASK_OR_MONEY:
        return False
    if s[end : end + 1] in _AFTER_TIME_OR_AMOUNT and _TIME_OR_AMOUNT_AFTER.match(s, end):
        return False
    if s[end : end + 1] == " " and _STREET_AFTER.match(s, end):
        return False  # "4412 main st": a house number
    return not (s[max(0, start - 1) : start] in _BEFORE_TIME_OR_AMOUNT and _TIME_OR_AMOUNT_BEFORE.search(s, max(0, start - 2), start))


# "pin 37 50", "my pin is 37-50": a PIN read out as two pairs
_TWO_PAIRS = re.compile(r"[0-9]{2}[ -][0-9]{2}")  # (not "12.50": an amount)


def _pin_in_pairs(raw: str, rule: CueRule) -> bool:
    return rule.kind == "password" and _TWO_PAIRS.fullmatch(raw) is not None


def _ssn_layout(raw: str) -> bool:
    """Whether a run named as an SSN is laid out 3-2-4, its groups split by commas ("836, 81, 3045")
    or one typed digit by digit ("528-97-1 2 7 6", from "528-97-1 two 7 six")."""
    lengths: list[int] = []
    single = False
    for group in GROUP.findall(raw):
        if len(group) == 1 and single:
            lengths[-1] += 1
        else:
            lengths.append(len(group))
        single = len(group) == 1
    return lengths == [3, 2, 4]


# Starts at the first dash (a literal the engine finds fast); the area is checked by hand.
_SSN_DASHED_TAIL = re.compile(r"-([0-9]{2})-([0-9]{4})(?![0-9]|-[0-9])")


def ssn_issuable(digits: str) -> bool:
    """Whether the SSA could have issued these nine digits (no area 000, 666 or 9xx, group 00, serial 0000)."""
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return not (area in ("000", "666") or area >= "900" or group == "00" or serial == "0000")


_VALUE_SEPARATORS = str.maketrans("", "", " -")


def digits_fit(value: str, rule: CueRule) -> bool:
    """Whether a value given apart from its cue (a row under a header, a value handed over later) fits the rule."""
    digits = value.translate(_VALUE_SEPARATORS)
    if not digits.isdigit() or not rule.min_digits <= len(digits) <= rule.max_digits:
        return False
    return rule.kind != "ssn" or ssn_issuable(digits)


def ssn_hits(s: str) -> list[Hit]:
    """The dashed 3-2-4 form anywhere, unless the SSA could never have issued it."""
    hits = []
    for m in _SSN_DASHED_TAIL.finditer(s, 3):
        start = m.start() - 3
        area = s[start : m.start()]
        if not (area.isascii() and area.isdigit()) or (start and s[start - 1] in "0123456789-"):
            continue
        group, serial = m.groups()
        if not ssn_issuable(area + group + serial):
            continue
        # "policy number 412-73-9018-A": laid out 3-2-4, but labelled as another identifier.
        if labelled_reference(s, start, m.end()):
            continue
        hits.append(Hit("ssn", start, m.end(), "dashed 3-2-4 number shaped like an SSN"))
    return hits + counted_ssn_parts(s)


# "ssn last 4 is 8147 and first five 536 22", "first 3 536 middle 22 last 4 8147": an SSN's parts,
# each named by where it sits and how many digits it has, in any order. Together they are the
# whole number (the last four alone is what many forms ask for, and stays).
_SSN_NAMED = re.compile(r"\b(?:ssn|ss#|ss number|social|seguro social|nss)\b")
_COUNTED_PART = re.compile(
    r"\b(?P<where>first|last|middle|primeros|ultimos|medio)"
    r"(?:[ \t]++(?P<count>five|5|three|3|four|4|two|2|six|6|cinco|tres|cuatro|dos|seis)\b)?"
    r"(?:[ \t]++(?:digits|numbers|nums|digitos|numeros))?(?:[ \t]++(?:are|is|were|es|son))?[ \t:=-]*+"
    r"(?P<value>[0-9](?:[0-9]|[ -](?=[0-9])){0,10}+)(?![0-9])"
)
# "my zip first 5 is 10001": a part of another number
_ANOTHER_NUMBERS_PART = re.compile(
    r"\b(?:zip|postal|phone|cell|card|account|routing|member|policy|license|licence|passport)\b[^,.;]{0,12}$"
)
_PART_COUNTS = {"five": 5, "three": 3, "four": 4, "two": 2, "six": 6, "cinco": 5, "tres": 3, "cuatro": 4, "dos": 2, "seis": 6}
_PART_PLACE = {"first": "first", "primeros": "first", "last": "last", "ultimos": "last", "middle": "middle", "medio": "middle"}


def counted_ssn_parts(s: str) -> list[Hit]:
    if ("first" not in s and "primeros" not in s) or _SSN_NAMED.search(s) is None:
        return []
    parts: dict[str, tuple[int, int, int]] = {}
    for m in _COUNTED_PART.finditer(s):
        digits = sum(c.isdigit() for c in m.group("value"))
        count = m.group("count")
        named = _PART_COUNTS.get(count, int(count) if count and count.isdigit() else 2 if m.group("where") in ("middle", "medio") else 0)
        if named != digits or _ANOTHER_NUMBERS_PART.search(s, max(0, m.start() - 24), m.start()):
            continue
        parts.setdefault(_PART_PLACE[m.group("where")], (m.start("value"), m.end("value"), digits))
    if "first" not in parts or "last" not in parts or sum(part[2] for part in parts.values()) != 9:
        return []
    return [Hit("ssn", start, end, "the parts of an SSN, each named by its place and count") for start, end, _ in parts.values()]


# "my cvv is just the last three of my zip code 10639": the secret given as part of another number;
# that number holds it, so it goes too
_DERIVED = re.compile(
    r"\b(?P<cue>cvv|cvc|cid|csc|security code|pin)\b[ \t]*+(?:number[ \t]++)?(?:is|=|:)[ \t]++"
    r"(?:just[ \t]++|simply[ \t]++|basically[ \t]++)?"
    r"the[ \t]++(?:last|first|final)[ \t]++(?:three|four|3|4)[ \t]++(?:digits[ \t]++|numbers[ \t]++)?of[ \t]++(?:my|the|our)[ \t]++"
    r"[a-z ]{2,24}?[ \t]*+[,:(]?[ \t]*+(?P<value>[0-9]++(?:[) -]{1,2}[0-9]++){0,3}+)"
)
_DERIVED_KIND = {"pin": "password"}


def derived_hits(s: str) -> list[Hit]:
    """A code said to be part of another number given beside it: that number, as the code's kind."""
    if "last" not in s and "first" not in s and "final" not in s:
        return []
    hits = []
    for m in _DERIVED.finditer(s):
        kind = _DERIVED_KIND.get(m.group("cue"), "security_code")
        hits.append(Hit(kind, m.start("value"), m.end("value"), f"{m.group('cue')} given as part of another number"))
    return hits


# "343044575341882|05|29|087|JOHN/PETERS|83874", "4111111111111111:0529:123": a card pasted as a dump's
# fields, one delimiter throughout: the card, its expiry (month and year, or MMYY), then the code
_DUMP_FIELDS = re.compile(
    r"[ \t]*+(?P<sep>[|;:,])[ \t]*+(?P<month>[0-9]{2})(?:(?P=sep)|/)?[ \t]*+(?:[0-9]{4}|[0-9]{2})[ \t]*+(?P=sep)[ \t]*+"
    r"(?P<code>[0-9]{3,4})(?=[ \t]*+(?:(?P=sep)|$|\n))"
)
_DUMP_DELIMITERS = frozenset("|;:, \t")


def dumped_code_hits(s: str, hits: list[Hit]) -> list[Hit]:
    """The security code in a card dump's fields right after a card found."""
    found = []
    for hit in hits:
        if hit.kind != "card_number" or s[hit.end : hit.end + 1] not in _DUMP_DELIMITERS:
            continue
        m = _DUMP_FIELDS.match(s, hit.end)
        if m is not None and 1 <= int(m.group("month")) <= 12:
            found.append(Hit("security_code", *m.span("code"), "the code in a card dump, after the card and its expiry"))
    return found
