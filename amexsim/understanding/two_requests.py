"""Two requests in one message: "my card was stolen and I also want to dispute the Lyft charge",
"lock my green card and tell me my balance".

The matcher reads a message as one request; the second would be dropped without a word. The
message is split once at the join ("and i also", "also", "plus", a sentence break before
"also"), and the part after it must read as a request of its own; the engine then matches each
part and takes the second up when the first is done (``TurnBuilder.second_request``). Most
messages with "and" are one request told as a story, so the split is only a candidate: both
parts must be matched by a rule, to different domains, one of them the whole message's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .request_clause import reads_as_request

_JOIN = re.compile(
    # "first, what is my balance, and second, I am moving ...": a second request counted off
    r"\s*+(?:[,;.!?]\s*+)?\b(?P<join>and (?:secondly|second)[,:]?\s++|(?:secondly|second)[,:]\s*+"
    r"|and (?:i )?(?:also |then |can you |could you |please )?|also |then |plus )(?=[a-z])"
    r"|\s*+[;.!?]\s++(?P<next>also |and )?",
    re.IGNORECASE,
)
_MIN_WORDS = 3
_OPENING_JOIN = re.compile(r"^(?:(?:and|also|plus|oh|ok|okay|then)\s++)++", re.IGNORECASE)


@dataclass(frozen=True)
class Split:
    """A message cut at its join; ``said_also`` when the join says a second request follows."""

    first: str
    second: str
    said_also: bool
    borrowed: bool = False  # the second part is a bare object given the first part's verb ("... and my email")

    def asks(self, part: str) -> bool:
        """Whether ``part`` may stand as a request beside the other: after "also" any part may;
        after a bare "and" the part must read as something asked for, not a story."""
        return self.said_also or reads_as_request(part)


def split_requests(text: str) -> Split | None:
    """The two parts of a message that may hold two requests, or None."""
    text = _OPENING_JOIN.sub("", text.strip())  # "also lock my card and ...": the first request's own join
    found = _JOIN.search(text)
    if found is None:
        return None
    return _split_at(text, found)


_MAX_CANDIDATES = 3


def split_candidates(text: str) -> list[Split]:
    """Where a long message may be cut into two requests, the likeliest first: a story told with "and
    now ..." before "and also can you tell me my points" has its second request at the later join.
    The first join comes first (as ``split_requests`` cuts), then joins that say a second request
    follows ("also", "plus", "and second"); a few at most, each to be matched by the caller."""
    text = _OPENING_JOIN.sub("", text.strip())
    joins = list(_JOIN.finditer(text))
    if not joins:
        return []
    # (a later bare "and" or sentence break is no candidate: each costs the matcher a reading of a long message)
    ordered = [joins[0]] + [m for m in joins[1:] if _says_also(m)]
    splits = (_split_at(text, found) for found in ordered)
    return [split for split in splits if split is not None][:_MAX_CANDIDATES]


def _says_also(join: re.Match[str]) -> bool:
    said = (join.group("join") or join.group("next") or "").lower()
    return "also" in said or "plus" in said or "second" in said


def _split_at(text: str, found: re.Match[str]) -> Split | None:
    first, second = text[: found.start()].strip(" ,.!?"), text[found.end() :].strip(" ,.!?")
    join = (found.group("join") or found.group("next") or "").lower()
    said_also = "also" in join or "plus" in join or "second" in join
    # "unlock it and also ...": a join that says a second request follows lets a two-word first one stand
    shortest = _MIN_WORDS - 1 if said_also else _MIN_WORDS
    borrowed = False
    if len(second.split()) < _MIN_WORDS and _BARE_OBJECT.match(second) and (verb := _VERB_BEFORE_OBJECT.match(first)) is not None:
        # "update my phone number and my email": the second object takes the first one's verb
        second, borrowed = f"{verb.group('verb')} {second}", True
    if len(first.split()) < shortest or len(second.split()) < _MIN_WORDS:
        return None
    return Split(first, second, said_also, borrowed)


# "my email", "the address too": an object with no verb of its own
_BARE_OBJECT = re.compile(r"(?:my|the|our|his|her|their) [a-z' ]{2,30}$", re.IGNORECASE)
# "I need to update my phone number": the words up to the verb that acts on the first object
_VERB_BEFORE_OBJECT = re.compile(
    r"(?P<verb>.{0,40}?\b(?:update|change|correct|fix|edit|add|remove|lock|unlock|replace|freeze|unfreeze|cancel|check|show me|tell me"
    r"|what's|what s|whats|what is|what are|how much is))"
    r"\s+(?:my|the|our|his|her|their)\b",
    re.IGNORECASE,
)
