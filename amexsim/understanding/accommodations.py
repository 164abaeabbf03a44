"""Accommodations a customer mentions: a slower pace, a written summary, a screen reader, hearing.

Phrases are data (``amexsim/data/accommodations.yaml``), matched as whole words after folding.
The detector also says whether the message *only* states an accommodation ("I use a screen
reader"), so the dialogue does not take it as the answer to a pending question.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ..errors import DataFileError
from ..paths import package_data
from ..yamlnodes import ANY_KEY, YamlDoc
from .normalize import Normalizer

_PLAIN = Normalizer()


class Accommodation(NamedTuple):
    """One kind: how it is mentioned and what is said about it."""

    kind: str
    shown: str
    cues: tuple[str, ...]  # normalised phrases
    noted: str  # the assistant's acknowledgement
    agent: Mapping[str, str]  # language -> the agent's line about it


class Mention(NamedTuple):
    """The kinds a message mentions, and whether it says nothing else."""

    kinds: tuple[str, ...]
    only: bool


_NOTHING = Mention((), False)


@dataclass(frozen=True)
class Accommodations:
    """Every kind, in file order, and the filler words."""

    kinds: Mapping[str, Accommodation]
    filler: frozenset[str]
    first_words: frozenset[str] = frozenset()  # a message with none of these mentions nothing
    # first word -> (kind's position, cue's position, " cue "): a message is only searched for
    # the cues that start with one of its words ("can", "in", "more" are in many messages)
    by_first_word: Mapping[str, tuple[tuple[int, int, str], ...]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        firsts = frozenset(cue.split()[0] for item in self.kinds.values() for cue in item.cues)
        object.__setattr__(self, "first_words", firsts)
        index: dict[str, list[tuple[int, int, str]]] = {}
        for kind_position, item in enumerate(self.kinds.values()):
            for cue_position, cue in enumerate(item.cues):
                index.setdefault(cue.split()[0], []).append((kind_position, cue_position, f" {cue} "))
        object.__setattr__(self, "by_first_word", {word: tuple(cues) for word, cues in index.items()})

    def __getitem__(self, kind: str) -> Accommodation:
        return self.kinds[kind]

    def detect(self, text: str, *, plain: str | None = None) -> Mention:
        """The kinds ``text`` mentions; ``plain`` is its :func:`normalize.plain` form when the caller has it already."""
        if plain is None:
            plain = _PLAIN.text(text)
        words = plain.split()
        starts = self.first_words.intersection(words)
        if not starts:  # most messages: no cue can start anywhere
            return _NOTHING
        # the cues that can be there, in file order (removing a cue only removes words, so no
        # other cue can appear), each kind's hits taken out longest first
        possible = sorted(cue for word in starts for cue in self.by_first_word[word])
        padded = f" {plain} "
        if not any(cue in padded for _, _, cue in possible):
            return _NOTHING
        kinds = list(self.kinds.values())
        found = []
        for kind_position in dict.fromkeys(position for position, _, _ in possible):
            hits = [cue for position, _, cue in possible if position == kind_position and cue in padded]
            if hits:
                found.append(kinds[kind_position].kind)
                for cue in sorted(hits, key=len, reverse=True):
                    padded = padded.replace(cue, " ")
        rest = [word for word in padded.split() if word not in self.filler]
        return Mention(tuple(found), bool(found) and not rest)


def load_accommodations(path: str | Path | None = None) -> Accommodations:
    """The kinds of ``amexsim/data/accommodations.yaml`` (or the given file)."""
    location = Path(path) if path else package_data("accommodations.yaml")
    doc = YamlDoc(location, DataFileError)
    keys = doc.mapping(doc.root, "the accommodations file", {"filler", "kinds"}, {"filler", "kinds"})
    kinds = {}
    for kind, node in doc.mapping(keys["kinds"], "kinds", ANY_KEY).items():
        fields = doc.mapping(node, f"accommodation {kind!r}", {"shown", "cues", "noted", "agent"}, {"shown", "cues", "noted", "agent"})
        cues = tuple(_PLAIN.text(cue) for cue, _ in doc.strings(fields["cues"], f"cues of {kind!r}"))
        if not all(cues):
            raise doc.fail(fields["cues"], f"a cue of {kind!r} has no words")
        agent = {
            language: doc.string(text, f"agent line of {kind!r}")
            for language, text in doc.mapping(fields["agent"], "agent", ANY_KEY).items()
        }
        kinds[kind] = Accommodation(kind, doc.string(fields["shown"], "shown"), cues, doc.string(fields["noted"], "noted"), agent)
    filler = frozenset(_PLAIN.text(word) for word, _ in doc.strings(keys["filler"], "filler"))
    return Accommodations(kinds, filler)
