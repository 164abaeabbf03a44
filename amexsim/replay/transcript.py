"""The transcript format: what ``chat --transcript`` and ``/save`` write, and what ``replay``,
``coverage`` and the pytest plugin read.

A transcript names everything a replay needs (clock, seed, account file, intents folder,
staffing, card, the account's cases and changes at the start), paths relative to itself,
then its turns: the user's (redacted) line or ``/approve``/``/deny``/``/wait``, the assistant's
replies, the events (cases opened, account changes, hand-offs...) and expectations. Every
problem in a file is one :class:`TranscriptError` naming the file and line.

Version 3 is what a chat writes as it goes (:mod:`amexsim.replay.journal`): the same header
keys and the same turn keys, but as a YAML stream that is only ever appended to. The header
is the first document; each turn is a document of its own, opened by ``---`` and closed by
``...``. A turn whose ``...`` is missing was being written when the writer stopped (a power cut
after ``kill -9`` is no problem: each turn is one write): it is left out, and the transcript is
valid up to the turn before. Versions 1 (the first format) and 2 (one document with a
``turns`` list, as the web's download and earlier chats wrote) are still read.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from ..bank.cases import case_from_dict
from ..bank.changes import Change
from ..errors import TranscriptError
from ..guard import LABELS
from ..yamlloader import Loader as _LOADER
from ..yamlnodes import YamlDoc, line_of, read_text
from .events import Event
from .expectations import Expectations, read_expectations
from .settings import replay_settings

FORMAT_VERSION = 2  # one document with a turns list
STREAM_VERSION = 3  # a header document, then a document per turn (what chat writes as it goes)
READABLE_VERSIONS = (1, 2, 3)
COMMANDS = ("/approve", "/deny", "/wait")  # /wait: the queue moved on to the turn's time
LANGUAGES = ("en",)  # the assistant speaks English only
DEFAULT_SEED = 0

_TOP_KEYS = {
    "amexsim_transcript",
    "now",
    "seed",
    "account",
    "intents",
    "staffing",
    "card",
    "language",
    "database",
    "volatile",
    "redactions",
    "turns",
    "description",
}
_TURN_KEYS = {"user", "now", "assistant", "events", "expect", "layouts"}
# A value redacted late, as the chat saw it laid out: digits as 0, spaces, dashes, dots, slashes.
_LAYOUT = re.compile(r"^0[0 ./-]{0,39}$")
_V1_TURN_KEYS = {"user", "now", "assistant", "intent", "outcome", "command"}
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Span:
    """Where a value is written (1-based lines, 0-based columns), so ``--update`` can replace
    just that value and keep the rest of the file (comments included) as it was."""

    start_line: int
    start_column: int
    end_line: int
    end_column: int
    block: bool = False  # a block list ("- item" lines), replaced in place
    key_line: int | None = None  # the line of its key, to remove key and value together


@dataclass(frozen=True)
class Turn:
    """One turn as written: what the user sent, what the assistant said, what was expected."""

    number: int
    line: int
    user: str
    now: datetime
    replies: tuple[str, ...] | None = None  # None: not recorded (a conversation file with expectations only)
    events: tuple[Event, ...] | None = None  # None: not written
    expect: Expectations = field(default_factory=Expectations)
    replies_span: Span | None = None
    events_span: Span | None = None
    indent: int = 2  # the column of this turn's keys (for inserting an ``events`` key)
    layouts: tuple[str, ...] = ()  # of the values redacted after this turn was sent (digits as 0)

    @property
    def is_command(self) -> bool:
        return self.user in COMMANDS


@dataclass(frozen=True)
class Volatile:
    """A part of replies and events that may differ between runs without failing a replay."""

    name: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Transcript:
    """A whole transcript: the setup a replay needs, then the turns."""

    path: Path
    version: int
    now: datetime
    seed: int = DEFAULT_SEED
    account: Path | None = None  # None: the built-in demo account
    intents: Path | None = None  # None: the shipped intents
    staffing: Path | None = None  # None: the shipped staffing
    card: str | None = None
    language: str = "en"
    database: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    volatile: tuple[Volatile, ...] = ()
    redactions: tuple[str, ...] = ()
    turns: tuple[Turn, ...] = ()
    unfinished: int | None = None  # version 3: the line of a last turn that was never finished (left out)


# ----- reading ----------------------------------------------------------------------------------


def load_transcript(path: str | Path) -> Transcript:
    """Read and check one transcript (version 1, 2 or 3)."""
    path = Path(path)
    try:
        text = read_text(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise TranscriptError(path, None, f"cannot read file ({exc.__class__.__name__}: {exc})") from None
    if _STREAM.match(text):
        return _Reader(_StreamDoc(path, text)).read()
    return _Reader(YamlDoc(path, TranscriptError, text)).read()


_STREAM = re.compile(r"(?:[ \t]*(?:#[^\n]*)?\n)*amexsim_transcript:[ \t]*3[ \t]*(?:#[^\n]*)?\n")  # comments, then version 3
_DOCUMENT_END = re.compile(r"^\.\.\.[ \t]*$", re.MULTILINE)


class _StreamDoc(YamlDoc):
    """A version 3 file: ``root`` is the header, ``turn_nodes`` the turn documents; a last turn
    without its closing ``...`` (still being written when the writer stopped) is left out."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.error = TranscriptError
        self.unfinished: int | None = None
        ends = list(_DOCUMENT_END.finditer(text))
        if not ends:
            raise TranscriptError(path, 1, "a version 3 transcript closes its header and each turn with a line '...'")
        cut = ends[-1].end()
        if text[cut:].strip():
            self.unfinished = text.count("\n", 0, cut + len(text[cut:]) - len(text[cut:].lstrip())) + 1
            text = text[:cut] + "\n"
        try:
            nodes = [node for node in yaml.compose_all(text, Loader=_LOADER) if node is not None]
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            problem = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
            raise TranscriptError(path, mark.line + 1 if mark is not None else None, f"invalid YAML: {problem}") from None
        except yaml.YAMLError as exc:
            raise TranscriptError(path, None, f"invalid YAML: {exc}") from None
        self.root = nodes[0] if nodes else None
        self.turn_nodes = nodes[1:]


class _Reader:
    def __init__(self, doc: YamlDoc) -> None:
        self.doc = doc
        self.folder = doc.path.parent

    def read(self) -> Transcript:
        doc = self.doc
        stream = isinstance(doc, _StreamDoc)
        if not isinstance(doc.root, yaml.MappingNode):
            raise doc.fail(doc.root, "a transcript must be a mapping that starts with 'amexsim_transcript: 3'")
        top = _TOP_KEYS - {"turns"} if stream else _TOP_KEYS
        keys = doc.mapping(doc.root, "the transcript" if not stream else "the transcript's header", top, {"amexsim_transcript"})
        version_node = keys["amexsim_transcript"]
        version = self.integer(version_node, "amexsim_transcript")
        if version not in READABLE_VERSIONS:
            raise doc.fail(version_node, f"transcript version {version} is not one this amexsim reads (expected 1, 2 or 3)")
        if not stream and version == 3:
            raise doc.fail(version_node, "a version 3 transcript is a header document, then one document per turn (---)")
        if not stream and "turns" not in keys:
            raise doc.fail(doc.root, "the transcript is missing required key 'turns'")
        if version == 1:
            return self.read_v1(keys)
        if "now" not in keys:
            raise doc.fail(doc.root, "the transcript is missing required key 'now' (the clock at the start, e.g. 2026-11-29T10:00)")
        now = self.moment(keys["now"], "now")
        language = self.optional_string(keys, "language") or "en"
        if language not in LANGUAGES:
            raise doc.fail(
                keys["language"], f"language {language!r} is not one the assistant speaks (expected one of: {', '.join(LANGUAGES)})"
            )
        turns_node = doc.root if stream else keys["turns"]
        turns: list[Turn] = []
        clock = now
        nodes = doc.turn_nodes if isinstance(doc, _StreamDoc) else doc.sequence(turns_node, "turns")
        for number, node in enumerate(nodes, start=1):
            turn = self.turn(node, number, clock)
            clock = turn.now
            turns.append(turn)
        if not turns:
            raise doc.fail(turns_node, "the transcript has no turns")
        return Transcript(
            path=doc.path,
            version=version,
            now=now,
            seed=self.integer(keys["seed"], "seed") if "seed" in keys and not _null(keys["seed"]) else DEFAULT_SEED,
            account=self.file(keys, "account"),
            intents=self.file(keys, "intents", folder=True),
            staffing=self.file(keys, "staffing"),
            card=self.card(keys),
            language=language,
            database=self.database(keys.get("database")),
            volatile=self.volatile(keys.get("volatile")),
            redactions=tuple(text for text, _ in doc.strings(keys["redactions"], "redactions")) if "redactions" in keys else (),
            turns=tuple(turns),
            unfinished=doc.unfinished if isinstance(doc, _StreamDoc) else None,
        )

    # ----- a turn -----------------------------------------------------------------------------
    def turn(self, node: yaml.Node, number: int, clock: datetime) -> Turn:
        doc = self.doc
        what = f"turn {number}"
        keys = doc.mapping(node, what, _TURN_KEYS, {"user"})
        user = self.user_line(keys["user"], what)
        now = self.moment(keys["now"], f"now of {what}") if "now" in keys else clock
        replies, replies_span = None, None
        if "assistant" in keys:
            replies, replies_span = self.replies(keys["assistant"], what)
        events, events_span = None, None
        if "events" in keys:
            events, events_span = self.events(keys["events"], what), _span(keys["events"], key_line=_key_line(node, "events"))
        expect = read_expectations(doc, keys["expect"], what) if "expect" in keys else Expectations()
        if replies == () and not events:  # the assistant may say nothing only when the queue or the agent did
            raise doc.fail(
                keys["assistant"],
                f"the assistant's replies in {what} are empty: record what it said, or leave the key out and give expectations",
            )
        if replies is None and not expect:
            raise doc.fail(node, f"{what} has neither the assistant's replies nor expectations, so nothing would be checked")
        layouts = self.layouts(keys["layouts"], what) if "layouts" in keys else ()
        return Turn(number, line_of(node), user, now, replies, events, expect, replies_span, events_span, node.start_mark.column, layouts)

    def layouts(self, node: yaml.Node, what: str) -> tuple[str, ...]:
        doc = self.doc
        label = f"each layout in {what}"
        found = tuple(self.text(item, label) for item in doc.sequence(node, f"layouts of {what}"))
        for item, layout in zip(node.value, found):
            if not _LAYOUT.match(layout):
                raise doc.fail(item, f"{label} must be digits written as 0 with spaces, dashes, dots or slashes (not {layout!r})")
        return found

    def replies(self, node: yaml.Node, what: str) -> tuple[tuple[str, ...], Span]:
        doc = self.doc
        if isinstance(node, yaml.ScalarNode) and not _null(node):
            return (self.text(node, f"the assistant's reply in {what}"),), _span(node)
        if isinstance(node, yaml.SequenceNode) and not node.value:
            return (), _span(node)  # nothing from the assistant (the agent or the queue spoke): checked against the events
        if not isinstance(node, yaml.SequenceNode):
            raise doc.fail(
                node, f"the assistant's replies in {what} are empty: record what it said, or leave the key out and give expectations"
            )
        label = f"each assistant reply in {what}"
        return tuple([self.text(item, label) for item in node.value]), _span(node)

    def events(self, node: yaml.Node, what: str) -> tuple[Event, ...]:
        doc = self.doc
        events = []
        for item in doc.sequence(node, f"events of {what}"):
            if not isinstance(item, yaml.MappingNode):
                raise doc.fail(item, f"each event of {what} must be a mapping with a 'kind'")
            fields: dict[str, str] = {}
            for key_node, value_node in item.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
                if not isinstance(key, str) or not _NAME.match(key):
                    raise doc.fail(key_node, f"event fields of {what} are lower-case names (not {key!r})")
                if not isinstance(value_node, yaml.ScalarNode) or _null(value_node):
                    raise doc.fail(value_node, f"the event field {key!r} of {what} must be a text value")
                fields[key] = str(value_node.value)
            if "kind" not in fields:
                raise doc.fail(item, f"an event of {what} is missing its 'kind'")
            kind = fields.pop("kind")
            events.append(Event(kind, tuple(fields.items())))
        return tuple(events)

    # ----- the setup --------------------------------------------------------------------------
    def file(self, keys: dict[str, yaml.Node], name: str, *, folder: bool = False) -> Path | None:
        if name not in keys or _null(keys[name]):
            return None
        node = keys[name]
        location = Path(self.doc.string(node, name))
        resolved = location if location.is_absolute() else self.folder / location
        if not (resolved.is_dir() if folder else resolved.is_file()):
            kind = "folder" if folder else "file"
            raise self.doc.fail(node, f"{name} {kind} {str(location)!r} not found (paths are relative to the transcript)")
        return resolved

    def card(self, keys: dict[str, yaml.Node]) -> str | None:
        if "card" not in keys or _null(keys["card"]):
            return None
        card = self.doc.string(keys["card"], "card")
        if not re.fullmatch(r"\d{4}", card):
            raise self.doc.fail(keys["card"], f"card must be the last 4 digits of a card, quoted (not {card!r})")
        return card

    def database(self, node: yaml.Node | None) -> Mapping[str, Any]:
        """The account's cases and changes at the start, checked here so a replay never trips on them."""
        if node is None or _null(node):
            return MappingProxyType({})
        doc = self.doc
        keys = doc.mapping(node, "database", {"cases", "changes"})
        data: dict[str, Any] = {}
        for name, items_node in keys.items():
            items = []
            for item in doc.sequence(items_node, f"database {name}"):
                value = doc.plain(item)
                try:
                    if not isinstance(value, dict):
                        raise TypeError("expected a mapping")
                    value = {key: (str(v) if isinstance(v, datetime) else v) for key, v in value.items()}
                    (case_from_dict if name == "cases" else _change_from_dict)(value)
                except (KeyError, TypeError, ValueError) as exc:
                    raise doc.fail(item, f"a recorded {name[:-1]} cannot be read ({exc.__class__.__name__}: {exc})") from None
                items.append(value)
            data[name] = items
        return MappingProxyType(data)

    def volatile(self, node: yaml.Node | None) -> tuple[Volatile, ...]:
        if node is None or _null(node):
            return ()
        doc = self.doc
        known = replay_settings().volatile
        found = []
        for text, line in doc.strings(node, "volatile"):
            if _NAME.match(text):
                if text not in known:
                    raise self.doc.error(
                        doc.path, line, f"unknown volatile name {text!r} (expected one of: {', '.join(known)}, or a regular expression)"
                    )
                found.append(Volatile(text, known[text]))
                continue
            try:
                found.append(Volatile(text, re.compile(text)))
            except re.error as exc:
                raise self.doc.error(doc.path, line, f"bad regular expression in volatile: {exc}") from None
        return tuple(found)

    # ----- version 1 ----------------------------------------------------------------------------
    def read_v1(self, keys: dict[str, yaml.Node]) -> Transcript:
        """The first format: account (as typed, relative to the transcript or the folder it was
        recorded in), seed, now, card, and turns of now, user, assistant, intent, outcome."""
        doc = self.doc
        turn_nodes = doc.sequence(keys["turns"], "turns")
        if not turn_nodes:
            raise doc.fail(keys["turns"], "the transcript has no turns")
        turns = []
        clock: datetime | None = None
        for number, node in enumerate(turn_nodes, start=1):
            what = f"turn {number}"
            tk = doc.mapping(node, what, _V1_TURN_KEYS, {"now", "user", "assistant"})
            now = self.moment(tk["now"], f"now of {what}")
            clock = clock or now
            user = self.text(tk["command"] if "command" in tk else tk["user"], f"the user line of {what}")
            replies, span = self.replies(tk["assistant"], what)
            expect = Expectations(
                intent=self.optional_string(tk, "intent"),
                outcome=self.optional_string(tk, "outcome"),
                refused=tuple(kind for kind, label in LABELS.items() if label in user) or None,
            )
            turns.append(Turn(number, line_of(node), user, now, replies, None, expect, span, None, node.start_mark.column))
        fixed = self.moment(keys["now"], "now") if "now" in keys and not _null(keys["now"]) else None
        account = None
        if "account" in keys and not _null(keys["account"]):
            typed = Path(doc.string(keys["account"], "account"))
            account = next((p for p in (self.folder / typed, Path.cwd() / typed) if p.is_file()), None)
            if account is None:
                raise doc.fail(keys["account"], f"account file {str(typed)!r} not found beside the transcript or in the current folder")
        seed = self.integer(keys["seed"], "seed") if "seed" in keys else DEFAULT_SEED
        return Transcript(doc.path, 1, fixed or turns[0].now, seed, account, card=self.card(keys), turns=tuple(turns))

    # ----- scalars ------------------------------------------------------------------------------
    def text(self, node: yaml.Node, what: str) -> str:
        if not isinstance(node, yaml.ScalarNode) or node.tag == _NULL:
            raise self.doc.fail(node, f"{what} must be text")
        value = str(node.value)
        if not value.strip():
            raise self.doc.fail(node, f"{what} is empty")
        return value

    def user_line(self, node: yaml.Node, what: str) -> str:
        """The user's line of a turn: any text, even empty or only spaces (the chat answers an empty
        message too, and records it as ``user: ''``); only a missing value (``user:``) is an error."""
        if not isinstance(node, yaml.ScalarNode) or node.tag == _NULL:
            raise self.doc.fail(node, f"the user line of {what} must be text (an empty message is written user: '')")
        return str(node.value)

    def optional_string(self, keys: dict[str, yaml.Node], name: str) -> str | None:
        if name not in keys or _null(keys[name]):
            return None
        return self.doc.string(keys[name], name)

    def integer(self, node: yaml.Node, what: str) -> int:
        if not isinstance(node, yaml.ScalarNode) or not re.fullmatch(r"-?\d{1,18}", str(node.value)):
            raise self.doc.fail(node, f"{what} must be a whole number")
        return int(node.value)

    def moment(self, node: yaml.Node, what: str) -> datetime:
        text = str(node.value) if isinstance(node, yaml.ScalarNode) else ""
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise self.doc.fail(node, f"{what} must be an ISO date-time such as 2026-11-29T10:00 (not {text!r})") from None
        return moment


_NULL = "tag:yaml.org,2002:null"


def _null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == _NULL


def _span(node: yaml.Node, *, key_line: int | None = None) -> Span:
    """Where a value is written; a block list ends where its last item ends (not at the next key)."""
    block = isinstance(node, yaml.SequenceNode) and not node.flow_style and bool(node.value)
    end = node.value[-1] if block else node
    return Span(line_of(node), node.start_mark.column, end.end_mark.line + 1, end.end_mark.column, block, key_line)


def _key_line(mapping: yaml.MappingNode, key: str) -> int | None:
    return next((line_of(k) for k, _ in mapping.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)


def _change_from_dict(data: dict[str, Any]) -> Change:
    values = {str(k): str(v) for k, v in data.items() if k != "kind"}
    return Change.of(str(data["kind"]), **values)


# ----- writing ----------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Replies with line breaks (lists of choices) as literal blocks, as they appear on screen."""


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    style = "|" if "\n" in text and not text.endswith((" ", "\n")) and " \n" not in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _represent_text)


def to_yaml(data: Any) -> str:
    """YAML the way transcripts are written: keys in order, Unicode as is, 100 columns."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def turn_text(entry: Mapping[str, Any]) -> str:
    """One turn as a version 3 document: opened by ``---``, closed by ``...`` (its end, written last)."""
    return "---\n" + to_yaml(dict(entry)) + "...\n"


def stream_text(header: Mapping[str, Any], entries: list[dict[str, Any]]) -> str:
    """A whole version 3 transcript: the header document, then a document per turn."""
    return to_yaml(dict(header)) + "...\n" + "".join(turn_text(entry) for entry in entries)


def relative_to(target: Path | None, folder: Path) -> str | None:
    """A path as written in a transcript: relative to the transcript's folder."""
    if target is None:
        return None
    return Path(os.path.relpath(Path(target).resolve(), folder.resolve())).as_posix()
