"""Load and validate the intents YAML into records that remember their file and line.

Content people edit lives in ``intents/*.yaml`` (see docs/intents.md). Everything is
checked here, once, so the matcher and engine can trust what they are given.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from ..bank.accounts import TEMPLATE_FIELDS as ACCOUNT_FIELDS
from ..errors import IntentFileError
from ..yamlnodes import ANY_KEY, YamlDoc, line_of
from .regex_safety import backtracking_risk

SERVICE_DOMAINS = (
    "billing_payment",
    "dispute_charge",
    "card_replacement",
    "card_lock",
    "rewards",
    "account_change",
    "credit_review",
    "travel",
    "fraud_report",
    "agent_request",
)
OTHER_DOMAINS = ("smalltalk", "faq", "unsupported")
DOMAINS = SERVICE_DOMAINS + OTHER_DOMAINS
SLOTS = ("amount", "date", "merchant", "last_four", "zip")
HANDLERS = ("reply", "dispute", "handoff", "lock", "unlock")
TEAMS = ("general", "disputes", "credit", "rewards", "travel", "fraud", "spanish", "supervisor")

_FILE_KEYS = {"domain", "description", "synonyms", "intents"}
_INTENT_KEYS = {
    "name",
    "label",
    "description",
    "patterns",
    "synonyms",
    "examples",
    "slots",
    "needs_verification",
    "handler",
    "team",
    "replies",
}
_PATTERN_KEYS = {"keywords", "unless", "regex"}
# Intents are read whole and kept in memory, and YAML costs about 40 times its size there:
# far above what hand-written intents need (the shipped ones are about 150 kB in all).
MAX_FILE_BYTES = 1_000_000
MAX_TOTAL_BYTES = 4_000_000
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Source:
    """Where a piece of content was written: shown in traces and errors."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class KeywordRule:
    """Every group must match; each group lists alternative words or phrases (raw text)."""

    groups: tuple[tuple[str, ...], ...]
    unless: tuple[str, ...]
    text: str
    source: Source


@dataclass(frozen=True)
class RegexRule:
    """A regular expression searched in the normalised message."""

    regex: re.Pattern[str]
    source: Source

    @property
    def text(self) -> str:
        return self.regex.pattern


@dataclass(frozen=True)
class Example:
    """An example utterance and where it is written."""

    text: str
    source: Source


@dataclass(frozen=True)
class Intent:
    """One intent: how to recognise it and how to answer it."""

    name: str
    domain: str
    label: str
    description: str
    rules: tuple[KeywordRule | RegexRule, ...]
    synonyms: dict[str, tuple[str, ...]]
    examples: tuple[Example, ...]
    slots: tuple[str, ...]
    needs_verification: bool
    handler: str
    team: str | None
    replies: dict[str, tuple[str, ...]]
    source: Source

    @property
    def is_service(self) -> bool:
        return self.domain in SERVICE_DOMAINS


@dataclass(frozen=True)
class IntentSet:
    """All intents, in file order, with lookup by name."""

    intents: tuple[Intent, ...]
    by_name: dict[str, Intent] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {intent.name: intent for intent in self.intents})

    def __len__(self) -> int:
        return len(self.intents)

    def __iter__(self):
        return iter(self.intents)


def default_intents_dir() -> Path:
    """The shipped intents: inside the installed package, or ``intents/`` of a checkout."""
    packaged = Path(str(resources.files("amexsim"))) / "_intents"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "intents"


def load_intents(directory: str | Path | None = None) -> IntentSet:
    """Load every ``*.yaml`` in the directory, checking names are unique across files."""
    folder = Path(directory) if directory is not None else default_intents_dir()
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise IntentFileError(folder, None, "no intent files (*.yaml) found")
    total = 0
    for path in files:
        size = path.stat().st_size
        total += size
        if size > MAX_FILE_BYTES:
            raise IntentFileError(path, None, f"file is {size:,} bytes; an intents file may hold at most {MAX_FILE_BYTES:,}")
        if total > MAX_TOTAL_BYTES:
            raise IntentFileError(path, None, f"with this file the intents hold {total:,} bytes; at most {MAX_TOTAL_BYTES:,} in all")
    seen: dict[str, Source] = {}
    intents: list[Intent] = []
    for path in files:
        for intent in load_intent_file(path):
            if intent.name in seen:
                raise IntentFileError(
                    path, intent.source.line, f"duplicate intent name {intent.name!r} (first defined at {seen[intent.name]})"
                )
            seen[intent.name] = intent.source
            intents.append(intent)
    return IntentSet(tuple(intents))


def load_intent_file(path: Path) -> list[Intent]:
    """Validate one domain file and return its intents."""
    doc = YamlDoc(path, IntentFileError)
    top = doc.mapping(doc.root, "the file", _FILE_KEYS, {"domain", "intents"})
    domain = doc.string(top["domain"], "domain")
    if domain not in DOMAINS:
        raise doc.fail(top["domain"], f"unknown domain {domain!r} (expected one of: {', '.join(DOMAINS)})")
    shared = _synonyms(doc, top["synonyms"]) if "synonyms" in top else {}
    items = doc.sequence(top["intents"], "intents")
    if not items:
        raise doc.fail(top["intents"], "intents must list at least one intent")
    names: set[str] = set()
    intents = []
    for node in items:
        intent = _intent(doc, node, domain, shared)
        if intent.name in names:
            raise doc.fail(node, f"duplicate intent name {intent.name!r}")
        names.add(intent.name)
        intents.append(intent)
    return intents


def _intent(doc: YamlDoc, node: yaml.Node, domain: str, shared: dict[str, tuple[str, ...]]) -> Intent:
    keys = doc.mapping(node, "an intent", _INTENT_KEYS, {"name", "label", "examples", "replies"})
    name = doc.string(keys["name"], "name")
    if not _NAME.match(name):
        raise doc.fail(keys["name"], f"intent name {name!r} must be snake_case (a-z, 0-9, _)")
    where = f"intent {name!r}"
    synonyms = dict(shared)
    if "synonyms" in keys:
        synonyms.update(_synonyms(doc, keys["synonyms"]))
    rules = tuple(_rule(doc, item, where) for item in doc.sequence(keys["patterns"], "patterns")) if "patterns" in keys else ()
    examples = tuple(Example(text, Source(str(doc.path), line)) for text, line in doc.strings(keys["examples"], "examples"))
    if not examples:
        raise doc.fail(keys["examples"], f"{where} needs at least one example")
    slots = tuple(text for text, _ in doc.strings(keys["slots"], "slots")) if "slots" in keys else ()
    for slot in slots:
        if slot not in SLOTS:
            raise doc.fail(keys["slots"], f"unknown slot {slot!r} in {where} (expected one of: {', '.join(SLOTS)})")
    verification = doc.boolean(keys["needs_verification"], "needs_verification") if "needs_verification" in keys else False
    handler = doc.string(keys["handler"], "handler") if "handler" in keys else "reply"
    if handler not in HANDLERS:
        raise doc.fail(keys["handler"], f"unknown handler {handler!r} in {where} (expected one of: {', '.join(HANDLERS)})")
    team = doc.string(keys["team"], "team") if "team" in keys else None
    if team is not None and team not in TEAMS:
        raise doc.fail(keys["team"], f"unknown team {team!r} in {where} (expected one of: {', '.join(TEAMS)})")
    if handler == "handoff" and team is None:
        raise doc.fail(node, f"{where} uses the handoff handler and must name a team")
    replies = _replies(doc, keys["replies"], where, verification)
    return Intent(
        name=name,
        domain=domain,
        label=doc.string(keys["label"], "label"),
        description=doc.string(keys["description"], "description") if "description" in keys else "",
        rules=rules,
        synonyms=synonyms,
        examples=examples,
        slots=slots,
        needs_verification=verification,
        handler=handler,
        team=team,
        replies=replies,
        source=Source(str(doc.path), line_of(node)),
    )


def _synonyms(doc: YamlDoc, node: yaml.Node) -> dict[str, tuple[str, ...]]:
    keys = doc.mapping(node, "synonyms", ANY_KEY)
    return {word: tuple(text for text, _ in doc.strings(value, f"synonyms of {word!r}")) for word, value in keys.items()}


def _rule(doc: YamlDoc, node: yaml.Node, where: str) -> KeywordRule | RegexRule:
    keys = doc.mapping(node, f"a pattern of {where}", _PATTERN_KEYS)
    source = Source(str(doc.path), line_of(node))
    if ("regex" in keys) == ("keywords" in keys):
        raise doc.fail(node, f"a pattern of {where} needs exactly one of 'keywords' or 'regex'")
    if "regex" in keys:
        if "unless" in keys:
            raise doc.fail(keys["unless"], f"'unless' goes with 'keywords', not 'regex' ({where})")
        text = doc.string(keys["regex"], "regex")
        try:
            regex = re.compile(text)
        except re.error as exc:
            raise doc.fail(keys["regex"], f"bad regex {text!r} in {where}: {exc}") from None
        risk = backtracking_risk(regex)
        if risk:
            raise doc.fail(keys["regex"], f"regex {text!r} in {where} could take exponential time on some messages: {risk}")
        return RegexRule(regex, source)
    text = doc.string(keys["keywords"], "keywords")
    groups = tuple(_alternatives(group) for group in text.split("+"))
    if any(not group for group in groups):
        raise doc.fail(keys["keywords"], f"empty keyword group in {text!r} ({where})")
    unless = _alternatives(doc.string(keys["unless"], "unless")) if "unless" in keys else ()
    return KeywordRule(groups, unless, text, source)


def _alternatives(group: str) -> tuple[str, ...]:
    return tuple(word.strip() for word in group.split("|") if word.strip())


def _replies(doc: YamlDoc, node: yaml.Node, where: str, verified: bool) -> dict[str, tuple[str, ...]]:
    if isinstance(node, yaml.MappingNode):
        cases = doc.mapping(node, f"replies of {where}", ANY_KEY, {"default"})
    else:
        cases = {"default": node}
    replies: dict[str, tuple[str, ...]] = {}
    for case, case_node in cases.items():
        texts = doc.strings(case_node, f"replies of {where}")
        if not texts:
            raise doc.fail(case_node, f"{where} has no reply for case {case!r}")
        for text, line in texts:
            _check_template(doc, text, line, where, verified)
        replies[case] = tuple(text for text, _ in texts)
    return replies


_FIELDS = {
    "account": set(ACCOUNT_FIELDS),
    "slots": set(SLOTS),
    "fcba": {"dispute_deadline", "acknowledge_by", "resolve_by", "statement_date"},
    "handoff": {"team", "case_number", "position", "wait", "minutes"},
}


def _check_template(doc: YamlDoc, text: str, line: int, where: str, verified: bool) -> None:
    """Reject reply templates that would fail or leak at run time."""
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError as exc:
        raise IntentFileError(doc.path, line, f"bad reply template in {where}: {exc}") from None
    for name in fields:
        group, _, attribute = name.partition(".")
        if group not in _FIELDS or attribute not in _FIELDS[group]:
            raise IntentFileError(doc.path, line, f"unknown reply field {{{name}}} in {where}")
        if group == "account" and not verified:
            raise IntentFileError(
                doc.path, line, f"reply field {{{name}}} in {where} reveals account details but the intent lacks needs_verification: true"
            )
