"""Values named by a cue word: security codes, SSNs, one-time passcodes and PINs; and the dashed SSN form."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .kinds import Hit
from .runs import Run
from .words import typo, word_matches

_SECURITY = typo("security")
_SECURITY_OR_SEC = typo("security", r"sec\.?")
_SOCIAL = typo("social")
_SOCIAL_OR_SOC = typo("social", "soc")
_VERIFICATION = typo("verification")


@dataclass(frozen=True)
class _CueRule:
    """A cue that names the digits next to it: which kind, how many digits and groups."""

    kind: str
    cue: re.Pattern[str]
    min_digits: int
    max_digits: int
    max_groups: int
    what: str
    breaker: re.Pattern[str]
    # Words just before the cue that make it name something else ("social security 1234").
    not_after: re.Pattern[str] | None = None


_BREAKER = (
    r"zip|postal|post code|receipt|statement|exp|expiry|expires|expiration|expiring|date|ending|ends"
    r"|end|last|amount|balance|charged|paid|pay|payment|dollars|bucks|address|street|st|apt"
    r"|suite|order|case|ref|reference|minutes|mins|hours|days|weeks|months|years|times"
    r"|attempts|tries|digits|characters|chars|am|pm|number of|instead|new|replacement"
    r"|at|after|before|around|until|since|within|by|error|errors|status|version"
)
_SENTENCE_END = r"(?<!\bno)[.!?;](?:\s|$)|\n|[$€£¥]"
_GAP_BREAKER = re.compile(rf"\b(?:{_BREAKER})\b|{_SENTENCE_END}")
_SEC_GAP_BREAKER = re.compile(rf"\b(?:{_BREAKER}|texted|text|sent|sms|email|emailed|got|received)\b|{_SENTENCE_END}")
_BEFORE_GAP = re.compile(r"[\s:=,\-]*+(?:(?:is|was|are|'s|=|as|that's|thats|that is|it's|its|which is)\s++)?(?:(?:my|the|our|your)\s++)?")
# Only a link ("is", ":", "=") between cue and value: the value counts even on the next line.
_LINK_GAP = re.compile(r"[\s:=#\-]*+(?:(?:is|was|are|'s)\b[\s:=\-]*+)?")
# A cue ends at a word boundary, after its own abbreviation dot ("S.S.N."), or glued to digits ("cvv123").
_CUE_END = r"(?:\b|(?<=[.#])|(?=[0-9]))"
_SOCIAL_BEFORE = re.compile(rf"\b{_SOCIAL_OR_SOC}\.?\s*+$")

# Cue patterns keep every alternative starting with a plain letter (no group, lookaround or
# digit first) so the regex engine can skip ahead by first character over a long message.
_MESSAGES = ("text", "sms", "message", "email", "e-mail")
_MESSAGE = "(?:" + "|".join(_MESSAGES) + ")"
# "the text said 481 902": the match starts at "said" (a literal the engine scans for fast),
# looks back for the message word.
# and looks back for the message word; the value must follow at once ("the text said your card ..." is not one).
_MESSAGE_SAID = "sa(?:id|ys)(?:" + "|".join(f"(?<={m} sa[iy][ds])" for m in _MESSAGES) + r")(?=[\s:\"'“]{1,3}[0-9])"
_SENT_TO_ME = r"(?:you|u|that you|amex|they|your team) ?(?:just )?(?:texted|sent|emailed|gave)(?: me)?"
_ON_CARD = r" (?:printed )?on (?:the )?(?:front|back)(?: of (?:the|my) card)?"
_SEC_CUE = re.compile(
    r"(?:cid|cvv2?|ccv|cvc2?|cv2|cvn|csc|cav2?|cvd|card security code|card code"
    rf"|{_SECURITY_OR_SEC} ?(?:code|cod\b|#|no\b|num(?:ber)?)|{_SECURITY}(?= ?[:=#-]? ?[0-9])"
    rf"|card {_VERIFICATION} (?:code|value|number)|digit (?:security |card )?(?:code|number)"
    rf"|digits?{_ON_CARD}|numbers?{_ON_CARD}|code{_ON_CARD}|front code|back code"
    rf"|back of (?:the |my |your )?card|front of (?:the |my |your )?card){_CUE_END}"
)
_OTP_CUE = re.compile(
    r"(?:otp|one[- ]?time (?:pass ?code|password|code|pin|passcode)|one[- ]?time"
    r"|time (?:pass ?code|password|code|pin|passcode)"
    rf"|passcode|pass code|{_VERIFICATION} (?:code|number|pin|#|no)|verify code|auth(?:entication"
    r")? code|2fa(?: code)?|mfa(?: code)?|sms code|text code|login code"
    rf"|access code|activation code|security code(?: ?{_SENT_TO_ME})?|{_MESSAGE_SAID}"
    # A code named by how it came ("code you emailed", "code from the text") is a passcode
    # whatever word comes before it; only a bare "code" can be qualified ("zip code").
    rf"|code(?: ?{_SENT_TO_ME}| (?:from|in) (?:the|your|my|ur|that) {_MESSAGE})?)" + _CUE_END
)
_CODE_QUALIFIER = re.compile(
    r"\b(?:zip|postal|post|area|promo|promotional|error|reason|merchant|mcc|sort|swift|bic"
    r"|discount|status|referral|country|dial|dialing|bank|branch|offer|coupon|product"
    r"|tracking|reference|confirmation|order|gift|voucher|qr|bar|source|tax|program|access"
    r"|transaction|category|billing|security|card|cid|cvv|dispute|decline|approval"
    r"|authorization|response|return|item|style|class|course|room|door|gate|building|lock"
    r"|wifi|garage|alarm|locker|parking|entry)\s*+$"
)
# "code 7788 for the wifi", "code 2024 promo": a bare code named by its purpose after the value.
# Matched right after a number; the lookbehind keeps a search from restarting inside a stretch of spaces.
_CODE_PURPOSE_AFTER = re.compile(
    r"(?<!\s)\s*+(?:(?:for|as|is|of)\s++(?:the|a|my|our|your)?\s*+)?(?:promo|promotional|wifi|wi-fi|door|gate|garage|alarm|locker"
    r"|parking|entry|room|building|lock|discount|coupon|voucher|gift|zip|postal|area|error|status)\b"
)
_PIN_CUE = re.compile(rf"(?:atm pin|pincode|pin)(?: number| code| no| #)?{_CUE_END}")
_SSN_CUE = re.compile(
    rf"(?:ssn|s\.s\.n\.?|ss ?#|ss ?no|ss num(?:ber)?|{_SOCIAL_OR_SOC}\.? ?{_SECURITY_OR_SEC}(?: ?(?:number|num|no\.?|#))?"
    rf"|{_SOCIAL}(?: number| no)?"
    rf"|soc|tax ?id(?: number)?|tin|itin|taxpayer id(?:entification)?(?: number)?){_CUE_END}"
)

_CUE_RULES = (
    _CueRule("security_code", _SEC_CUE, 3, 4, 1, "security code", _SEC_GAP_BREAKER, _SOCIAL_BEFORE),
    _CueRule("ssn", _SSN_CUE, 9, 9, 3, "SSN", _GAP_BREAKER),
    _CueRule("otp", _OTP_CUE, 4, 8, 3, "one-time passcode", _GAP_BREAKER),
    _CueRule("password", _PIN_CUE, 4, 12, 1, "PIN", _GAP_BREAKER),
)


def cue_hits(s: str, runs: list[Run]) -> list[Hit]:
    hits: list[Hit] = []
    starts = [r.start for r in runs]
    ends = [r.end for r in runs]
    # Digit counts, with a 0 that index len(runs) (no run after) and -1 (none before) both reach.
    # Checked before the gap regexes: in a long message most cues sit next to numbers of the
    # wrong length, whichever one they name.
    counts = [len(r.digits) for r in runs] + [0]
    for rule in _CUE_RULES:
        low, high = rule.min_digits, rule.max_digits
        for cue in word_matches(rule.cue, s):
            cue_start, cue_end = cue.span()
            after = bisect_left(starts, cue_end)
            before = bisect_right(ends, cue_start) - 1
            if not (low <= counts[after] <= high or low <= counts[before] <= high):
                continue
            run = _value_after(s, cue_end, runs, after, rule) or _value_before(s, cue_start, runs, before)
            if run is not None and _fits(s, run, rule) and not _names_something_else(s, cue, run, rule):
                reason = f"{len(run.digits)}-digit value named as {rule.what}"
                hits.append(Hit(rule.kind, run.start, run.end, reason))
    return hits


def _names_something_else(s: str, cue: re.Match[str], run: Run, rule: _CueRule) -> bool:
    """A qualified cue: "zip code 10001", "code 7788 for the wifi", "social security 1234".

    Checked last, only for cues that have a fitting value, because long messages have many cues.
    """
    before = max(0, cue.start() - 16)
    if rule.not_after is not None and rule.not_after.search(s, before, cue.start()):
        return True
    if cue.group() != "code":
        return False
    return bool(_CODE_QUALIFIER.search(s, before, cue.start()) or _CODE_PURPOSE_AFTER.match(s, run.end))


def _value_after(s: str, pos: int, runs: list[Run], k: int, rule: _CueRule) -> Run | None:
    """Run k (the first starting at or after pos) if it follows the cue closely with no breaker between."""
    if k == len(runs) or runs[k].start - pos > 32:
        return None
    if _LINK_GAP.fullmatch(s, pos, runs[k].start) is None and rule.breaker.search(s, pos, runs[k].start):
        return None
    return runs[k]


def _value_before(s: str, pos: int, runs: list[Run], k: int) -> Run | None:
    """Run k (the last ending at or before pos) if only a link like "is" or ":" separates it from the cue."""
    if k < 0 or pos - runs[k].end > 16:
        return None
    gap = _BEFORE_GAP.match(s, runs[k].end, pos)
    return runs[k] if gap and gap.end() == pos else None


_MASK_OR_MONEY = frozenset("x*•$€£¥")
_TIME_OR_AMOUNT_AFTER = re.compile(r"[:,][0-9]|%")
_TIME_OR_AMOUNT_BEFORE = re.compile(r"[0-9][:,]$")


def _fits(s: str, run: Run, rule: _CueRule) -> bool:
    """Digits and groups in range, and not a masked number, an amount, a list or a time."""
    if not rule.min_digits <= len(run.digits) <= rule.max_digits or "," in run.raw:
        return False
    if run.groups() > rule.max_groups:
        return False
    if s[max(0, run.start - 1) : run.start] in _MASK_OR_MONEY:
        return False
    return not (_TIME_OR_AMOUNT_AFTER.match(s, run.end) or _TIME_OR_AMOUNT_BEFORE.search(s, max(0, run.start - 2), run.start))


# Starts at the first dash (a literal the engine finds fast); the area is checked by hand.
_SSN_DASHED_TAIL = re.compile(r"-([0-9]{2})-([0-9]{4})(?![0-9]|-[0-9])")


def ssn_hits(s: str) -> list[Hit]:
    """The dashed 3-2-4 form anywhere, unless the SSA could never have issued it."""
    hits = []
    for m in _SSN_DASHED_TAIL.finditer(s, 3):
        start = m.start() - 3
        area = s[start : m.start()]
        if not (area.isascii() and area.isdigit()) or (start and s[start - 1] in "0123456789-"):
            continue
        group, serial = m.groups()
        if area in ("000", "666") or area >= "900" or group == "00" or serial == "0000":
            continue
        hits.append(Hit("ssn", start, m.end(), "dashed 3-2-4 number shaped like an SSN"))
    return hits
