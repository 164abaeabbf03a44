"""Load and validate the intents YAML into records that remember their file and line.

Content people edit lives in ``intents/*.yaml`` (see docs/intents.md). Everything is
checked here, once, so the matcher and engine can trust what they are given.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import yaml

from ..errors import IntentFileError
from ..paths import shipped_intents_dir
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
# Names of slots, handlers, actions, reply fields and teams are defined once, by the dialogue
# (amexsim/dialogue/catalog.py) and the staffing file; this loader checks structure only.
STEP_KINDS = ("collect", "check", "do", "confirm", "prompt", "say", "set", "handoff", "flow", "verify", "include")
END = "end"
_STEP_KEYS = {
    "collect": {"ask", "with", "on"},
    "check": {"with", "on"},
    "do": {"with", "on"},
    "confirm": {"with", "on"},  # with: {resume: "no"}: an offer another request moves on from
    "prompt": {"on"},
    "say": set(),
    "set": set(),
    "handoff": {"with"},
    "flow": set(),
    "verify": set(),
    "include": set(),
}

_FILE_KEYS = {"domain", "description", "synonyms", "flows", "intents"}
_SHARED_FLOW_KEYS = {"description", "steps", "replies"}
_INTENT_KEYS = {
    "name",
    "label",
    "description",
    "patterns",
    "synonyms",
    "examples",
    "slots",
    "needs_verification",
    "secure_prompt",
    "primary_only",
    "ends_conversation",
    "offers",
    "called",
    "learn",
    "rules_only",
    "flow",
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


class FlowStep(NamedTuple):
    """One step of a flow, as written: ``collect: card``, ``do: lock_card``, ``say: done``...

    ``on`` maps an outcome of the step to the id of the step to go to (or ``end``);
    ``next`` jumps after the step whatever happened; ``values`` are the step's parameters
    (``with:``) or, for ``set``, the slot values it sets."""

    kind: str
    arg: str
    source: Source
    id: str | None = None
    on: tuple[tuple[str, str], ...] = ()
    next: str | None = None
    ask: str | None = None
    values: tuple[tuple[str, str], ...] = ()

    def target(self, outcome: str) -> str | None:
        return dict(self.on).get(outcome)

    @property
    def params(self) -> dict[str, str]:
        return dict(self.values)


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
    secure_prompt: bool
    flow: tuple[FlowStep, ...]
    ends_conversation: bool
    handler: str
    team: str | None
    replies: dict[str, tuple[str, ...]]
    source: Source
    reply_lines: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)
    # False: its examples choose among its domain's intents but are not learnt by the domain scorer
    # (a question its own rules answer exactly; learning it would move every other decision)
    learn: bool = True
    # True: chosen only when one of its rules fires, never on its examples' words alone ("what did you
    # just do, in short?" is no question about mortgages): its domain's other intent answers instead
    rules_only: bool = False
    # the intent its reply offers to go on with ("I can start a dispute; would you like to?"): a yes next starts it
    offers: str | None = None
    # True: it changes the account itself (address, credit limit, users...), which only the primary
    # card member may ask for; an authorized user verified with their own card is told so
    primary_only: bool = False
    # what "it" or "them" stands for right after this intent answered ("can you waive it" after the
    # annual fee: "my annual fee"); the message is read again with those words in the pronoun's place
    called: str = ""

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
    return shipped_intents_dir()


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
    library = _shared_flows(doc, top["flows"]) if "flows" in top else {}
    items = doc.sequence(top["intents"], "intents")
    if not items:
        raise doc.fail(top["intents"], "intents must list at least one intent")
    names: set[str] = set()
    intents = []
    for node in items:
        intent = _intent(doc, node, domain, shared, library)
        if intent.name in names:
            raise doc.fail(node, f"duplicate intent name {intent.name!r}")
        names.add(intent.name)
        intents.append(intent)
    return intents


def _intent(doc: YamlDoc, node: yaml.Node, domain: str, shared: dict[str, tuple[str, ...]], library: dict[str, SharedFlow]) -> Intent:
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
    verification = doc.boolean(keys["needs_verification"], "needs_verification") if "needs_verification" in keys else False
    secure_prompt = doc.boolean(keys["secure_prompt"], "secure_prompt") if "secure_prompt" in keys else False
    primary_only = doc.boolean(keys["primary_only"], "primary_only") if "primary_only" in keys else False
    ends = doc.boolean(keys["ends_conversation"], "ends_conversation") if "ends_conversation" in keys else False
    learn = doc.boolean(keys["learn"], "learn") if "learn" in keys else True
    rules_only = doc.boolean(keys["rules_only"], "rules_only") if "rules_only" in keys else False
    offers = doc.string(keys["offers"], "offers") if "offers" in keys else None
    called = doc.string(keys["called"], "called") if "called" in keys else ""
    handler = doc.string(keys["handler"], "handler") if "handler" in keys else "reply"
    team = doc.string(keys["team"], "team") if "team" in keys else None
    if handler == "handoff" and team is None:
        raise doc.fail(node, f"{where} uses the handoff handler and must name a team")
    if "flow" in keys and "handler" in keys:
        raise doc.fail(keys["handler"], f"{where} has a flow; a flow's steps say what happens, so 'handler' goes")
    replies, reply_lines = _replies(doc, keys["replies"], where)
    flow: tuple[FlowStep, ...] = ()
    if "flow" in keys:
        flow, used = _expand(doc, _flow_steps(doc, keys["flow"], where), library, where)
        for shared_name in used:  # a shared flow's replies, unless the intent says it its own way
            for case, texts in library[shared_name].replies.items():
                replies.setdefault(case, texts)
                reply_lines.setdefault(case, library[shared_name].reply_lines[case])
        _check_jumps(doc, keys["flow"], flow, where)
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
        secure_prompt=secure_prompt,
        flow=flow,
        ends_conversation=ends,
        learn=learn,
        rules_only=rules_only,
        offers=offers,
        handler=handler,
        team=team,
        replies=replies,
        source=Source(str(doc.path), line_of(node)),
        reply_lines=reply_lines,
        primary_only=primary_only,
        called=called,
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


def _replies(
    doc: YamlDoc, node: yaml.Node, where: str, *, required: bool = True
) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[int, ...]]]:
    if isinstance(node, yaml.MappingNode):
        cases = doc.mapping(node, f"replies of {where}", ANY_KEY, {"default"} if required else set())
    else:
        cases = {"default": node}
    replies: dict[str, tuple[str, ...]] = {}
    lines: dict[str, tuple[int, ...]] = {}
    for case, case_node in cases.items():
        texts = doc.strings(case_node, f"replies of {where}")
        if not texts:
            raise doc.fail(case_node, f"{where} has no reply for case {case!r}")
        for text, line in texts:
            check_template_syntax(doc.path, text, line, where)
        replies[case] = tuple(text for text, _ in texts)
        lines[case] = tuple(line for _, line in texts)
    return replies, lines


def template_fields(text: str) -> list[str]:
    """The ``{group.field}`` names a reply template uses (syntax already checked)."""
    return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]


def check_template_syntax(path: Path, text: str, line: int, where: str) -> None:
    """Reject templates that would fail or misbehave when rendered: broken braces, positional
    fields, and any format spec or conversion (``{slots.amount:>999999999}`` would print a gigabyte)."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise IntentFileError(path, line, f"bad reply template in {where}: {exc}") from None
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if spec or conversion:
            raise IntentFileError(path, line, f"reply field {{{name}}} in {where} may not carry a format spec or conversion")
        group, dot, attribute = name.partition(".")
        if not (dot and _NAME.match(group) and _NAME.match(attribute)):
            raise IntentFileError(path, line, f"reply field {{{name}}} in {where} must look like {{group.field}}")


def _flow_steps(doc: YamlDoc, node: yaml.Node, where: str) -> list[FlowStep]:
    steps = [_step(doc, item, where) for item in doc.sequence(node, f"flow of {where}")]
    if not steps:
        raise doc.fail(node, f"the flow of {where} has no steps")
    return steps


def _expand(doc: YamlDoc, steps: list[FlowStep], library: dict[str, SharedFlow], where: str) -> tuple[tuple[FlowStep, ...], list[str]]:
    """Replace each ``include: name`` by the steps of that shared flow (one level deep)."""
    expanded: list[FlowStep] = []
    used: list[str] = []
    for step in steps:
        if step.kind != "include":
            expanded.append(step)
            continue
        if step.arg not in library:
            known = ", ".join(library) or "none in this file"
            raise IntentFileError(doc.path, step.source.line, f"{where} includes unknown flow {step.arg!r} (shared flows: {known})")
        expanded.extend(library[step.arg].steps)
        used.append(step.arg)
    return tuple(expanded), used


def _check_jumps(doc: YamlDoc, node: yaml.Node, steps: tuple[FlowStep, ...], where: str) -> None:
    """Ids are unique and every jump lands on a step of this flow (or ``end``)."""
    ids: dict[str, FlowStep] = {}
    for step in steps:
        if step.id is not None:
            if step.id in ids or step.id == END:
                raise IntentFileError(doc.path, step.source.line, f"step id {step.id!r} is used twice in the flow of {where}")
            ids[step.id] = step
    for step in steps:
        for target in [target for _, target in step.on] + ([step.next] if step.next else []):
            if target != END and target not in ids:
                problem = f"the flow of {where} jumps to {target!r}, which is no step id of that flow"
                raise IntentFileError(doc.path, step.source.line, problem)


@dataclass(frozen=True)
class SharedFlow:
    """Steps and replies several intents of a file share (``include: name`` in their flows)."""

    steps: tuple[FlowStep, ...]
    replies: dict[str, tuple[str, ...]]
    reply_lines: dict[str, tuple[int, ...]]


def _shared_flows(doc: YamlDoc, node: yaml.Node) -> dict[str, SharedFlow]:
    library = {}
    for name, item in doc.mapping(node, "flows", ANY_KEY).items():
        if not _NAME.match(name):
            raise doc.fail(item, f"shared flow name {name!r} must be snake_case")
        keys = doc.mapping(item, f"shared flow {name!r}", _SHARED_FLOW_KEYS, {"steps"})
        where = f"shared flow {name!r}"
        steps = _flow_steps(doc, keys["steps"], where)
        if any(step.kind == "include" for step in steps):
            raise doc.fail(keys["steps"], f"{where} may not include another shared flow")
        replies, lines = _replies(doc, keys["replies"], where, required=False) if "replies" in keys else ({}, {})
        library[name] = SharedFlow(tuple(steps), replies, lines)
    return library


def _step(doc: YamlDoc, node: yaml.Node, where: str) -> FlowStep:
    if not isinstance(node, yaml.MappingNode):
        raise doc.fail(node, f"each step of the flow of {where} must be a mapping such as 'collect: card'")
    names = [key.value for key, _ in node.value if isinstance(key, yaml.ScalarNode)]
    kinds = [name for name in names if name in STEP_KINDS]
    if len(kinds) != 1:
        raise doc.fail(node, f"a step of the flow of {where} needs exactly one of: {', '.join(STEP_KINDS)}")
    kind = kinds[0]
    keys = doc.mapping(node, f"a '{kind}' step of {where}", {kind, "id", "next"} | _STEP_KEYS[kind])
    source = Source(str(doc.path), line_of(node))
    if kind == "set":
        values = _pairs(doc, keys["set"], f"the 'set' step of {where}")
        arg = ", ".join(name for name, _ in values)
    else:
        arg = doc.string(keys[kind], kind)
        values = _pairs(doc, keys["with"], f"'with' of {where}") if "with" in keys else ()
        if not _NAME.match(arg):
            raise doc.fail(keys[kind], f"{kind} {arg!r} in {where} must be a snake_case name")
    return FlowStep(
        kind=kind,
        arg=arg,
        source=source,
        id=doc.string(keys["id"], "id") if "id" in keys else None,
        on=_pairs(doc, keys["on"], f"'on' of {where}") if "on" in keys else (),
        next=doc.string(keys["next"], "next") if "next" in keys else None,
        ask=doc.string(keys["ask"], "ask") if "ask" in keys else None,
        values=values,
    )


def _pairs(doc: YamlDoc, node: yaml.Node, what: str) -> tuple[tuple[str, str], ...]:
    return tuple((key, doc.string(value, f"{key} in {what}")) for key, value in doc.mapping(node, what, ANY_KEY).items())
