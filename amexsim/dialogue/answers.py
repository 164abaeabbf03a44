"""Reading a short answer in context: yes, no, cancel, "the second one", "I meant ...".

The words live in ``amexsim/data/answers.yaml``; they are compared after the same
normalisation the matcher uses (so "Don't!" reads as "do not").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataFileError
from ..paths import package_data
from ..understanding.normalize import Normalizer
from ..yamlnodes import YamlDoc

_KEYS = {"yes", "no", "signs", "cancel", "cancel_ending", "filler", "correction", "other", "ordinals"}
_MODIFIERS = re.compile("[\U0001f3fb-\U0001f3ff\ufe0f\\s]")  # skin tones, the emoji variation mark, spaces
_BUT = {"but", "except", "not", "although", "however"}
# words after a yes that take it back: "yes please, no wait", "sure, actually ..."
_TAKEN_BACK = {"wait", "actually", "hold", "hang", "nevermind", "scratch", "cancel", "stop"}  # "no problem" takes nothing back
_NO_WORDS = {"no", "nope", "nah"}
_YES_AGAIN = {"yes", "yeah", "yep", "sure", "ok", "okay", "please", "it", "ahead"}
_WEAK_YES = {"ok", "okay", "k", "fine", "perfect", "cool", "great", "alright"}
_THANKS = {"thanks", "thank", "you", "thx", "ty", "cheers", "bye", "so", "much", "a", "lot", "that", "s", "is", "all", "for", "now"}
# after a weak yes, what asks or puts off something else ("ok and the total?", "ok, autopay first")
_NEW_QUESTION = frozenset(["the", "what", "how", "when", "where", "why", "which", "is", "are", "can", "do", "does", "my", "whats"])
_PUT_OFF = frozenset({"first", "later", "afterwards"})
_CANCEL_WORDS = 6  # longer messages that begin "cancel" or "stop" are requests of their own
_CANCEL_ENDING_WORDS = 8  # "oh wait, I found it, never mind"
_CALLS_OFF_WORDS = 24  # "oh wait that's my son's card, nevermind he bought a laptop"
_QUESTION = {
    "what",
    "how",
    "when",
    "why",
    "where",
    "which",
    "who",
    "whose",
    "whats",
    "hows",
    "wheres",
    "whos",
    "whens",
    "wat",
    "wats",
    "wot",
}


@dataclass(frozen=True)
class Answers:
    """The answer vocabularies, normalised."""

    yes: frozenset[str]
    no: frozenset[str]
    cancel: frozenset[str]
    cancel_ending: tuple[str, ...]
    filler: frozenset[str]
    correction: tuple[str, ...]
    other: frozenset[str]
    ordinals: tuple[tuple[str, frozenset[str]], ...]  # ("1", words), ..., ("last", words)
    signs: dict[str, str] = field(default_factory=dict)  # "👍" -> "yes"

    def sign_as_word(self, text: str) -> str | None:
        """The answer a message of signs alone gives ("👍", "👍🏽👍"): "yes" or "no", else None."""
        signs = _MODIFIERS.sub("", text)
        said = {self.signs.get(sign) for sign in signs}
        return said.pop() if signs and len(said) == 1 and None not in said else None

    def is_yes(self, normalised: str) -> bool:
        """A yes with no "but" and no new question after it ("yes, let me talk to a supervisor" is a
        yes; "ok, what's the annual fee?" asks something else), and not naming another address
        ("please send it to my new address" is no yes to the address on file)."""
        lead = _lead_length(normalised, self.yes)
        if lead == 0:
            return False
        words = normalised.split()
        if set(words[:lead]) <= _WEAK_YES and words[lead:] and set(words[lead:]) <= _THANKS:
            return False  # "ok thanks": a thank-you for the answer, not a yes to the question after it
        if set(words[:lead]) <= _WEAK_YES and " ".join(words[lead:]) in self.no:
            return False  # "ok good to know", "ok noted", "ok no": a no (answers.yaml) after a weak yes is no yes
        rest = words[lead:]
        if (
            set(words[:lead]) <= _WEAK_YES
            and rest
            and (
                (rest[0] == "and" and len(rest) > 1 and rest[1] in _NEW_QUESTION)
                or set(rest) & _PUT_OFF
                or " one at a time" in f" {' '.join(rest)}"
            )
        ):
            return False  # "ok and the total for the trip?", "ok one at a time, autopay first": heard, then something else
        if _TAKEN_BACK & set(words[lead:]) and words[-1] not in _YES_AGAIN:
            return False  # "yes please, no wait, I found it", "sure, actually my wife bought that" ("ok actually yes" is one)
        return not ((_BUT | _QUESTION) & set(words[lead:])) and not elsewhere(normalised)

    def takes_back(self, normalised: str) -> bool:
        """A yes taken back in the same breath ("ok wait no, my husband used it", "yes, wait, no,
        it was just misplaced"): a no."""
        lead = _lead_length(normalised, self.yes)
        first = set(normalised.split()[lead : lead + 4])
        return lead > 0 and bool(first & _NO_WORDS) and bool(first & _TAKEN_BACK)

    def is_no(self, normalised: str) -> bool:
        return _leads_with(normalised, self.no) or elsewhere(normalised) or self.takes_back(normalised)

    def is_cancel(self, normalised: str) -> bool:
        """The whole answer asks to stop ("never mind", "cancel that please", "actually never mind"),
        or a short one ends by calling it off ("actually I found it, never mind")."""
        words = normalised.split()
        if len(words) > _CANCEL_ENDING_WORDS:
            return False
        padded = f" {normalised}"
        if any(padded.endswith(f" {phrase}") for phrase in self.cancel_ending):
            return True  # "oh wait, I found it, never mind"
        if len(words) > _CANCEL_WORDS:
            return False
        lead = _lead_length(normalised, self.filler)  # "actually never mind, cancel that"
        rest = " ".join(words[lead:])
        return _leads_with(rest, self.cancel) or rest.removeprefix("no ").removeprefix("please ") in self.cancel

    def cancels_first(self, normalised: str) -> bool:
        """The answer starts by calling it off and goes on ("never mind, I'll call the hotel
        first", "forget it, lock my card instead"): only the phrases that cannot start a request
        ("cancel my card" and "stop payment" can)."""
        words = normalised.split()
        rest = " ".join(words[_lead_length(normalised, self.filler) :])
        return any(rest == phrase or rest.startswith(f"{phrase} ") for phrase in self.cancel_ending)

    def calls_off_within(self, normalised: str) -> bool:
        """A calling-off phrase anywhere in a message of a sentence or two ("oh wait that's my
        son's card, nevermind he bought a laptop"): the reason around it changes nothing."""
        words = normalised.split()
        if len(words) > _CALLS_OFF_WORDS:
            return False
        padded = f" {normalised} "
        return any(f" {phrase} " in padded for phrase in self.cancel_ending)

    def without_lead(self, normalised: str) -> str:
        """The message after its leading fillers and no-words ("wait no, lock the platinum
        instead" -> "lock the platinum instead"), for reading what it asks for."""
        words = normalised.split()
        lead = vocabulary = self.filler | self.no | self.yes
        while words and (lead := _lead_length(" ".join(words), vocabulary)):
            words = words[lead:]
        return " ".join(words)

    def corrects(self, normalised: str) -> bool:
        padded = f" {normalised} "
        return any(f" {cue} " in padded for cue in self.correction)

    def says_other(self, normalised: str) -> bool:
        return bool(self.other & set(normalised.split()))

    def ordinal(self, normalised: str, count: int) -> int | None:
        """The 0-based position an answer picks among ``count`` listed options ("the 2nd one", "last")."""
        words = [w for w in normalised.split() if w not in ("the", "one", "please", "it", "is", "number", "option")]
        text = " ".join(words)
        for key, vocabulary in self.ordinals:
            if text in vocabulary or (words and words[0] in vocabulary and len(words) <= 2):
                position = count - 1 if key == "last" else int(key) - 1
                return position if 0 <= position < count else None
        return None


_OTHER_PLACE = frozenset({"new", "different", "another", "other", "updated", "office", "work"})
_SEND = frozenset({"send", "ship", "mail", "deliver", "sent", "shipped", "mailed", "post"})


def elsewhere(normalised: str) -> bool:
    """Whether an answer asks for another address than the one offered ("send it to my new
    address", "to my office instead"): a no to sending it where the question said."""
    words = set(normalised.split())
    place = "address" in words or "office" in words
    if "instead" in words:
        return place or bool(words & _SEND)
    return place and bool(words & _OTHER_PLACE) and bool(words & _SEND)  # "yes, that's my new address" is a yes


def _lead_length(normalised: str, vocabulary: frozenset[str]) -> int:
    """How many leading words form a phrase of the vocabulary (0: none)."""
    words = normalised.split()
    return next((n for n in range(min(len(words), 5), 0, -1) if " ".join(words[:n]) in vocabulary), 0)


def _leads_with(normalised: str, vocabulary: frozenset[str]) -> bool:
    return _lead_length(normalised, vocabulary) > 0


def load_answers(normalizer: Normalizer, path: str | Path | None = None) -> Answers:
    """The vocabularies from ``amexsim/data/answers.yaml``, normalised with ``normalizer``."""
    location = Path(path) if path else package_data("answers.yaml")
    doc = YamlDoc(location, DataFileError)
    keys = doc.mapping(doc.root, "the answers file", _KEYS, _KEYS)

    def words(name: str) -> frozenset[str]:
        return frozenset(normalizer.text(text) for text, _ in doc.strings(keys[name], name))

    ordinals = tuple(
        (key, frozenset(normalizer.text(text) for text, _ in doc.strings(node, f"ordinal {key}")))
        for key, node in doc.mapping(keys["ordinals"], "ordinals", {str(n) for n in range(1, 9)} | {"last"}).items()
    )
    return Answers(
        yes=words("yes"),
        no=words("no"),
        cancel=words("cancel"),
        cancel_ending=tuple(sorted(words("cancel_ending"))),
        filler=words("filler"),
        correction=tuple(sorted(words("correction"))),
        other=words("other"),
        ordinals=ordinals,
        signs={
            sign: answer
            for answer, node in doc.mapping(keys["signs"], "signs", {"yes", "no"}).items()
            for text, _ in doc.strings(node, f"signs {answer}")
            for sign in _MODIFIERS.sub("", text)
        },
    )
