"""Values handed over sentences after the cue that named them.

"You said you sent me a code. My phone was charging. Here, it says 597812." The cue names what
is wanted; a phrase further on hands a value over ("it says", "here:", "I gave him", "I typed",
"... is what I type"). The value counts when it fits the kind of the nearest cue before the
phrase (within a few sentences) and closes its sentence: "it says 404 not found" is no value.
Two more ways a value comes late: after an aside set off by commas that ", is" closes ("my PIN, the
one for the ATM at the Chase on 5th, ..., is 3329"), and, for a password, alone at a line's end after
a colon further on or answering the question that named it on the line before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .codes import digits_fit
from .cues import CODE_QUALIFIER, CUE_RULES, CueRule
from .kinds import Hit
from .passwords import PASSWORD_CUE, looks_secret
from .words import LONG_TEXT, WordStartFamily, after_non_word, alternation, at_word_start, may_start_a_word, word_matches

# How far back the cue may be, in characters (a few sentences).
_REACH = 240
# The phrases that hand a value over, each starting with a literal letter (alternation).
_HANDING = re.compile(
    "(?:"
    + alternation(
        [
            "it (?:says|said|reads|shows|showed)",
            # "first code expired, the new one they sent is 130324": "one" stands for what the cue named.
            r"the (?:new|newer|latest|last|second|other|next|right) one(?: (?:they|you|u|amex) (?:just )?sent(?: me)?)?(?= ?(?:is|was|:))"
            r"(?: is| was)?",
            # "the email code was 960967 but now I got another one 879651": a second of what the cue named
            r"another one(?: (?:they|you|u|amex) (?:just )?sent(?: me)?| (?:just )?(?:came|arrived)(?: in| through)?)?(?: is| was)?",
            "says",
            # "... i checked like 5 times, cleared cookies, still nothing, anyway its 214": "it" is what the cue named
            "it's",
            "its",
            "it is",
            r"the (?:number|code|digits)(?: (?:is|was|are))",
            # "my social ends in 7183, full one is 219467183": the whole of a value whose part was given first
            *(rf"{whole} (?:one|number|thing|value)(?: (?:is|was))?" for whole in ("full", "whole", "complete", "entire")),
            r"the (?:full|whole|complete|entire) (?:one|number|thing|value)(?: (?:is|was))?",
            "here(?: it is| you go| it says)?(?=[ \t]*+[:,])",
            "i (?:gave|told|sent)(?: (?:him|her|them|it|the guy|the man|the caller))?",
            "i (?:typed|entered|put in|put|said)",
            # "Here's my SSN as requested\n754952586"
            "as (?:requested|asked)",
            # "the 3 numbers on the back by the signature strip? Those are 208.", "Mine reads 7158."
            "those are",
            "these are",
            "mine (?:reads|says|shows|is)",
            # "... so I'm giving it to you: 270"
            "giving (?:it|them|this) to you",
            "here you are",
            "like you asked",
            "dice",
            "aqui (?:esta|dice)",
            "le (?:di|dije|mande)",
        ]
    )
    + r")\b"
)
_HANDING_AFTER_NON_WORD = after_non_word(_HANDING)
# In a long text, found from space to space (and after punctuation) instead of at every letter that could start one.
_HANDINGS = WordStartFamily([_HANDING])
# The value: digits (up to three groups) or one token, maybe quoted, closing its sentence.
_VALUE = re.compile(
    r"[ \t]{0,3}+[:,]?[ \t\n]{0,3}+[\"'“‘]?(?P<value>[0-9]{1,9}(?:[ -][0-9]{1,9}){0,2}|[^\s\"'“”‘’]{3,64})[\"'”’]?"
    # ("full one is 219467183 if you need it": an offer after the value ends its clause too)
    r"(?=[ \t]*+(?:$|[.!?,;\n)]|(?:if you need|in case you need|if needed|if that helps)\b))"
)
# "Bluebird2012 is what I type": the value first.
_VALUE_BEFORE = re.compile(r"(?P<value>[^\s\"'“”‘’]{3,64})[\"'”’]?[ \t]++is what i (?:type|typed|enter|entered|use|used|put in)\b")
_TRAILING = ".,;:!?)"


def presented_hits(s: str) -> list[Hit]:
    """Values handed over after (or, "X is what I type", before) a phrase, fitting the nearest cue's kind."""
    handing: Iterable[re.Match[str]] | None
    if len(s) < LONG_TEXT or (handing := _HANDINGS.matches(s)) is None:
        handing = word_matches(_HANDING, s) if may_start_a_word(_HANDING, _HANDING_AFTER_NON_WORD, s) else ()
    hits = [hit for m in handing if (hit := _handed(s, m.start(), m.end(), after=True))]
    if "typed" in s or "entered" in s or "put in" in s or "tried" in s or "input" in s or "used" in s or "using" in s:
        hits += _tried_for(s) + _typed_into(s)
    if ("valid" in s or "wrong" in s or "incorrect" in s or "expired" in s or "bad" in s) and _TYPING_WORDS.search(s):
        hits += _tried(s)
    if "got" in s or "received" in s or "came" in s or "arrived" in s or " in with " in s:
        hits += _arrived_or_logged_in(s)
    if " to log" in s or " to sign" in s:
        hits += _login_then_value(s)
    if "," in s and ", " in s:  # one character first: a memchr in C, where ", " reads the whole of a long text
        hits += _after_long_asides(s)
    if ":" in s or "?" in s:
        hits += _alone_at_line_end(s)
    if "is what i" in s:
        hits += [hit for m in _VALUE_BEFORE.finditer(s) if (hit := _handed(s, m.start(), m.end(), after=False, value=m) or _login(s, m))]
    return hits


# "typed 573100 and it says invalid code??": a value tried, then refused as a code or PIN.
# ("I keep entering 4471 at the atm and it says wrong pin", "punched in 4471, incorrect pin": any way of typing it)
_TYPING = ["typed", "typing", "type", "entered", "entering", "enter", "put in", "putting in", "tried", "trying", "try", "input"]
_TYPING += ["inputting", "punched in", "punching in", "punch in", "keyed in", "keying in", "key in"]
_TYPING_WORDS = re.compile(r"typ|ent|put|tr[iy]|punch|key")  # what each of _TYPING holds, for a cheap search first
_TRIED = re.compile(
    f"(?:{at_word_start(_TYPING)})"
    r"[ \t]++(?:in[ \t]++)?(?P<value>[0-9]{4,8})\b"
    r"(?![ \t]*+(?:times|x\b|tries|attempts|min|sec|hour|day|dollar|point|usd|as (?:my |the |a )?(?:zip|postal|address|amount|phone)))"
    r"[^.?!\n0-9]{0,40}?"
    r"\b(?:invalid|wrong|incorrect|expired|bad|not valid|not a valid)[ \t]++(?:(?:one[ -]time|verification|security)[ \t]++)?"
    r"(?P<what>code|passcode|otp|pin)\b"
)


def _tried(s: str) -> list[Hit]:
    out = []
    for m in _TRIED.finditer(s):
        kind = "password" if m.group("what") == "pin" else "otp"
        out.append(Hit(kind, *m.span("value"), "value tried and refused as a code"))
    return out


# "tried !TIGE102rs and #OSIT438to for the password": values tried for a password or PIN, named after.
_TRIED_FOR = re.compile(
    f"(?:{at_word_start(['tried', 'typed', 'entered', 'used', 'put in', 'using'])})"
    r"[ \t]++(?P<first>[^\s\"'“”‘’,]{3,64}+)"
    r"(?:,?[ \t]++(?:and|or|then)[ \t]++(?P<second>[^\s\"'“”‘’,]{3,64}+))?"
    r"[ \t]++(?:for|as)[ \t]++(?:the|my|your|a)[ \t]++(?P<what>password|passcode|pin|pass word|passwd|pw)\b"
)


# "I typed '413' where it asked for the security code", "I typed '894964227' in the social security field",
# "I typed '780 682' but it said the code expired": a quoted value typed into a field the sentence names
_TYPED_INTO = re.compile(
    f"(?:{at_word_start(['typed', 'entered', 'put in', 'input', 'filled in', 'tried'])})"
    r"[ \t]++[\"'“‘](?P<value>[^\"'”’\n]{2,40}+)[\"'”’][ \t]++"
    r"(?:(?:in|into|for|as|under|on)[ \t]++(?:(?:the|my|a|your)[ \t]++)?"
    r"|where[ \t]++it[ \t]++(?:asked|asks|said|says)[ \t]++for[ \t]++(?:(?:the|my|a)[ \t]++)?"
    r"|but[ \t]++it[ \t]++(?:said|says)[ \t]++(?:(?:the|my)[ \t]++)?)"
    r"(?P<what>password|pass word|passcode|one time code|verification code|security code|code|pin|cvv|cvc|cid|social security|ssn|social)\b"
)
# what the field's name makes a value of so many digits (a password takes anything shaped like one)
_FIELD_KINDS = (
    (("security code", "cvv", "cvc", "cid"), "security_code", 3, 4),
    (("social security", "ssn", "social"), "ssn", 9, 9),
    (("passcode", "one time code", "verification code", "code"), "otp", 4, 8),
    (("pin",), "password", 4, 12),
)


def _typed_into(s: str) -> list[Hit]:
    out = []
    for m in _TYPED_INTO.finditer(s):
        a, b = m.span("value")
        what, digits = m.group("what"), "".join(filter(str.isdigit, m.group("value")))
        why = f"value typed in for the {what}"
        if what in ("password", "pass word") or (what == "pin" and not digits):
            if hit := _password(s, a, b, why, trim=False):
                out.append(hit)
            continue
        for names, kind, low, high in _FIELD_KINDS:
            if what in names and low <= len(digits) <= high and not any(c.isalpha() for c in m.group("value")):
                out.append(Hit(kind, a, b, why))
                break
    return out


def _tried_for(s: str) -> list[Hit]:
    out = []
    for m in _TRIED_FOR.finditer(s):
        pin = m.group("what") == "pin"
        for name in ("first", "second"):
            if m.group(name) is None:
                continue
            a, b = m.span(name)
            why = f"value tried for the {m.group('what')}"
            if pin and s[a:b].isdigit() and 4 <= b - a <= 12:
                out.append(Hit("password", a, b, why))
            elif not pin and (hit := _password(s, a, b, why, trim=False)):
                out.append(hit)
    return out


# "yes got it, 340924": a passcode the chat asked for, said to have arrived, the message's last word.
# "it just came in, 745672": that it came in too.
_CAME_IN = "it (?:just |finally )?(?:came|arrived)(?: in| through| thru)?"
_GOT_IT = re.compile(
    f"(?:{at_word_start(['got it', 'received it', 'got the code', 'got one', _CAME_IN])})"
    r"[,:.!]?[ \t]*+"
    r"(?P<value>[0-9]{4,8})[ \t.!]*+$"
)
# "i tried logging in with pollito_oti6 and it says wrong password": what one logs in with, where
# the message talks of a password, is the password.
_LOGGING_IN_WITH = re.compile(
    f"(?:{at_word_start(['log(?:ging|ged)? ?in', 'sign(?:ing|ed)? ?in'])})" r" with (?P<value>[^\s\"'“”‘’,]{3,64}+)"
)


# The longest phrase _GOT_IT starts with ("it finally arrived through"), and then some.
_GOT_IT_PHRASE = 64


def _got_it_from(s: str) -> int:
    """Where a _GOT_IT match could start at the earliest: it ends the text, so it starts a phrase before
    the marks, spaces and digits that end the text (slices and strips copy in C; no pass of the engine)."""
    end = len(s.rstrip(" \t.!\n"))
    end = len(s[:end].rstrip("0123456789"))
    return max(0, len(s[:end].rstrip(" \t,:.!")) - _GOT_IT_PHRASE)


def _arrived_or_logged_in(s: str) -> list[Hit]:
    got_it = _GOT_IT.finditer(s, _got_it_from(s) if len(s) >= LONG_TEXT else 0)
    out = [Hit("otp", *m.span("value"), "passcode said to have arrived") for m in got_it]
    # "log in with jsmith88" names a user; with a password word in the message, the value is it
    # (every phrase of logging in ends "in with ": a substring search rules most long texts out).
    logs_in_with = "in with " in s and ("password" in s or "passwd" in s or " pw" in s)
    for m in _LOGGING_IN_WITH.finditer(s) if logs_in_with else ():
        if hit := _password(s, *m.span("value"), _LOGS_IN_WITH):
            out.append(hit)
    return out


# "*ROCK841et is what i use to log in": what one logs in with is a password, no cue needed.
_TO_LOG_IN = re.compile(
    r"(?:(?:to|for)[ \t]++(?:log ?in|login|sign ?in|get in|access my account)"
    r"|when[ \t]++(?:i[ \t]++)?(?:log(?:ging)?[ \t]?in|login|sign(?:ing)?[ \t]?in))\b"
)


# "The one I use to log in? It's Lakers#1958.": what one logs in with, the value after it.
_LOGIN_THEN_VALUE = re.compile(
    f"(?:{at_word_start(['the one', 'the thing', 'what'])})"
    r" i (?:use|type|enter) to (?:log ?in|sign ?in)\??[ \t]*+(?:it's|its|it is)[ \t]++"
    r"(?P<value>[^\s\"'“”‘’]{3,64}+)"
)


def _login_then_value(s: str) -> list[Hit]:
    return [hit for m in _LOGIN_THEN_VALUE.finditer(s) if (hit := _password(s, *m.span("value"), _LOGS_IN_WITH))]


def _login(s: str, value: re.Match[str]) -> Hit | None:
    after = value.end()
    after += len(s[after : after + 8]) - len(s[after : after + 8].lstrip(" \t"))
    return _password(s, *value.span("value"), _LOGS_IN_WITH, trim=False) if _TO_LOG_IN.match(s, after) else None


_LOGS_IN_WITH = "what the customer logs in with"


def _password(s: str, start: int, end: int, why: str, *, trim: bool = True) -> Hit | None:
    """s[start:end] as a password when it looks like one (not a number, not a plain word); ``trim``
    takes off punctuation that closes the sentence ("It's Lakers#1958.")."""
    while trim and end > start and s[end - 1] in _TRAILING:
        end -= 1
    token = s[start:end]
    return Hit("password", start, end, why) if not token.isdigit() and looks_secret(token) else None


def _handed(s: str, start: int, end: int, *, after: bool, value: re.Match[str] | None = None) -> Hit | None:
    kind, rule = _nearest_cue(s, start)
    if kind is None:
        return None
    if after:
        value = _VALUE.match(s, end)
    if value is None:
        return None
    a, b = value.span("value")
    while b > a and s[b - 1] in _TRAILING:
        b -= 1
    token = s[a:b]
    if rule is not None and _fits_digits(token, rule):
        return Hit(kind, a, b, f"value handed over after naming the {rule.what}")
    if kind == "password" and rule is None and not token.isdigit() and looks_secret(token):
        return Hit(kind, a, b, "value handed over after naming the password")
    return None


# "My social security number, which I memorized back in 1978 when I got my first job, is 542 03 5895",
# "my PIN, the one for the ATM at the Chase on 5th, not this card, ..., is 3329": the subject (a cue and
# the words after it) closed by a comma and a link after an aside that may hold numbers of its own.
_ASIDE_CLOSED = re.compile(r",[ \t]*+(?:is|was|would be|should be|has been|is still|was still)[ \t]++")
_CLOSING_VALUE = re.compile(
    r"[\"'“‘]?(?P<value>[0-9]{1,9}(?:[ -][0-9]{1,9}){0,2}|[^\s\"'“”‘’]{3,64})[\"'”’]?"
    r"(?=[ \t]*+(?:$|[.!?,;\n)]|(?:and|but|so|which|though|lol|please|pls|i think|i believe|i guess)\b))"
)
_SENTENCE_BREAK = re.compile(r"[.!?\n](?:\s|$)")
_LONG_ASIDE_REACH = 200
_MONEY = re.compile(r"\b(?:amount|balance|charge|charged|paid|payment|dollars|bucks|total|fee|owe|owed|refund|price|cost)\b|[$€£¥]")


def _after_long_asides(s: str) -> list[Hit]:
    """A value after ", is" that closes the subject a cue opened, an aside of commas between them."""
    hits = []
    for link in _ASIDE_CLOSED.finditer(s):
        low = max(0, link.start() - _LONG_ASIDE_REACH)
        for stop in _SENTENCE_BREAK.finditer(s, low, link.start()):
            low = stop.end()
        kind, rule, cue_end = _nearest_cue_at(s, link.start(), low)
        # The aside opens with a comma after the cue (or the words naming what it is: "passcode you sent,").
        if kind is None or "," not in s[cue_end : link.start()] or (value := _CLOSING_VALUE.match(s, link.end())) is None:
            continue
        # "The message you sent me, about the balance, was 1200.": an aside about money names an amount.
        if _MONEY.search(s, cue_end, link.start()):
            continue
        a, b = value.span("value")
        while b > a and s[b - 1] in _TRAILING:
            b -= 1
        token = s[a:b]
        if rule is not None and _fits_digits(token, rule):
            hits.append(Hit(kind, a, b, f"value after an aside closing the subject named {rule.what}"))
        elif rule is None and not token.isdigit() and looks_secret(token):
            hits.append(Hit(kind, a, b, "value after an aside closing the subject named the password"))
    return hits


# "... I wrote it on a sticky note and I'm looking at it now: yankees83#", "> Which password did you
# enter?\nLucky$61": a password named sentences before, then one token alone at the end of a line,
# after a colon or as the answer to the question naming it. It must mix letters with digits or symbols.
# Searched for in the last characters of each line only: a long line costs no more than a short one.
_ALONE_AT_LINE_END = re.compile(r"(?:(?P<colon>:)|\?[ \t]*+\n)[\s>]*+[\"'“‘`]?(?P<value>[^\s\"'“”‘’`]{4,64}+)[\"'”’`]?[ \t]*+$")
_LINE_TAIL = 80
# The words that end a clause handing a value over at its colon ("I'm looking at it now:", "here it is:",
# "the new one they gave me:"); any other word names the field the value is for ("version: Chrome120").
_HANDS_OVER = re.compile(r"\b(?:it|now|is|this|here|says|said|reads|me|one|down|was|be|goes|go|are|below)[ \t]*+$")
_KEY_CLOSERS = frozenset("\"'`]")
_BRACES = frozenset("{}[]<>")
_FILE_OR_SITE = re.compile(r"[^.]\.[a-z][a-z0-9]{1,3}$")


def _line_ends(s: str) -> Iterator[int]:
    at = s.find("\n")
    while at >= 0:
        yield at
        at = s.find("\n", at + 1)
    yield len(s)


def _alone_at_line_end(s: str) -> list[Hit]:
    hits = []
    for line_end in _line_ends(s):
        m = _ALONE_AT_LINE_END.search(s, max(0, line_end - _LINE_TAIL), line_end)
        if m is None:
            continue
        a, b = m.span("value")
        while b > a and s[b - 1] in _TRAILING:
            b -= 1
        token = s[a:b]
        if not (any(map(str.isalpha, token)) and not token.isalpha() and looks_secret(token)):
            continue
        # A key's colon ('"remember": true}') or a field named before it is another field's value.
        if m.group("colon") and (
            s[m.start() - 1 : m.start()] in _KEY_CLOSERS or not _HANDS_OVER.search(s, max(0, m.start() - 12), m.start())
        ):
            continue
        # "{...}" is a structure's, "IMG_2231.png" a file's or a site's name.
        if any(map(_BRACES.__contains__, token)) or _FILE_OR_SITE.search(token):
            continue
        # An answer: the question naming the password is the line just before.
        low = 0 if m.group("colon") else s.rfind("\n", 0, m.start()) + 1
        kind, rule, _ = _nearest_cue_at(s, m.start(), max(low, m.start() - _REACH))
        if kind == "password" and rule is None:
            hits.append(Hit(kind, a, b, "value alone after naming the password"))
    return hits


def _nearest_cue(s: str, pos: int) -> tuple[str | None, CueRule | None]:
    """The kind of the last cue before pos within reach, and its rule (None for a password cue)."""
    kind, rule, _ = _nearest_cue_at(s, pos, max(0, pos - _REACH))
    return kind, rule


def _nearest_cue_at(s: str, pos: int, low: int) -> tuple[str | None, CueRule | None, int]:
    """The kind, rule and end of the last cue between low and pos."""
    best: tuple[int, str | None, CueRule | None] = (-1, None, None)
    for rule in CUE_RULES:
        for m in word_matches(rule.cue, s, low, pos):
            if m.end() > best[0] and not _qualified(s, m.start(), m.end(), rule):
                best = (m.end(), rule.kind, rule)
    for m in word_matches(PASSWORD_CUE, s, low, pos):
        if m.end() > best[0]:
            best = (m.end(), "password", None)
    return best[1], best[2], best[0]


def _qualified(s: str, start: int, end: int, rule: CueRule) -> bool:
    """A cue qualified as something else ("zip code", "promo code"): it names no secret."""
    if rule.not_after is not None and rule.not_after.search(s, max(0, start - 16), start):
        return True
    return s[start:end] in ("code", "codigo") and CODE_QUALIFIER.search(s, max(0, start - 16), start) is not None


def _fits_digits(token: str, rule: CueRule) -> bool:
    # A year is a date, not a code ("it says 2024").
    return digits_fit(token, rule) and not (len(token) == 4 and token[:2] in ("19", "20"))
