"""The simulated agent who joins after a hand-off, and the satisfaction question that follows.

Scripted, per team, from ``amexsim/data/agents.yaml``. The agent's first line is built from
the hand-off packet (topic, case, what the chat collected, verified or not, accommodations), so
the customer never repeats themselves; a few scripted lines follow, one per customer message;
the closing names the case (with a written summary first when the customer asked for one), the
chat with the agent ends (the session frees the agent) and a one-question rating (1 to 5) is
asked and recorded. Pure like the rest of the core: it works on the turn being built.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..errors import DataFileError
from ..paths import package_data
from ..queue.staffing import Team
from ..understanding.normalize import Normalizer
from ..yamlnodes import ANY_KEY, YamlDoc
from .state import LiveChat, LogEntry, Rating

if TYPE_CHECKING:
    from .engine import TurnBuilder

_PLAIN = Normalizer()
FIELDS = {"agent", "team", "case", "topic", "name", "details", "items", "score", "primary"}
SENTENCES = (
    "hello",
    "hello_named",
    "read",
    "details",
    "verified",
    "verified_authorized_user",
    "authorized_user_line",
    "unverified",
    "summary",
    "rating_ask",
    "rating_again",
    "rating_thanks",
    "rating_skipped",
)
_SCORE = re.compile(r"(?<![\d.])([1-5])(?![\d.,])")
_SCORE_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5}
MAX_RATING_ASKS = 2
MAX_RATING_WORDS = 3  # a longer message without a score is a new request, not an answer to the rating


class Script(NamedTuple):
    """What one team's agent says."""

    skill: str
    agent: str
    language: str
    lines: tuple[str, ...]
    closing: str


@dataclass(frozen=True)
class Agents:
    """The scripts by skill, the sentences around them by language, and the answer words."""

    scripts: Mapping[str, Script]
    sentences: Mapping[str, Mapping[str, str]]  # language -> key -> text
    done: frozenset[str]
    skip: frozenset[str]
    unsaid: frozenset[str] = frozenset()  # slots the first line does not read back
    team_names: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # language -> skill -> the team's name in it

    def script(self, team: Team) -> Script:
        """The script of the team's first skill that has one, else general's."""
        for skill in (*team.skills, team.name):
            if skill in self.scripts:
                return self.scripts[skill]
        return self.scripts["general"]

    def say(self, language: str, key: str, **fields: str) -> str:
        return self.sentences.get(language, self.sentences["en"])[key].format(**fields)

    def team_name(self, team: Team, language: str) -> str:
        """The team as a sentence in ``language`` names it (its first skill named there), else its
        display name: a Spanish sentence says "del equipo de atención en español"."""
        names = self.team_names.get(language, {})
        return next((names[skill] for skill in (*team.skills, team.name) if skill in names), team.display_name)

    def is_done(self, text: str) -> bool:
        normalised = _PLAIN.text(text).strip()
        return normalised in self.done or any(normalised.startswith(phrase + " ") for phrase in self.done if len(phrase.split()) > 1)

    def is_skip(self, text: str) -> bool:
        return _PLAIN.text(text).strip() in self.skip


def read_score(text: str) -> int | None:
    """A rating from 1 to 5 in a short answer ("4", "4/5", "five stars", "cuatro"), else None."""
    found = _SCORE.search(text)
    if found:
        return int(found.group(1))
    for word in _PLAIN.text(text).split():
        if word in _SCORE_WORDS:
            return _SCORE_WORDS[word]
    return None


class AgentDesk:
    """The agent's side of one turn: joining, answering, closing, asking for the rating."""

    def __init__(self, turn: TurnBuilder) -> None:
        self.t = turn
        self.agents = turn.assistant.agents

    @property
    def live(self) -> LiveChat:
        live = self.t.state.live
        assert live is not None, "the agent only speaks in a live chat"
        return live

    def join(self, team: str) -> None:
        """An agent of ``team`` answered: the packet-aware first line."""
        t, live = self.t, self.live
        staffing = t.assistant.routing.staffing
        spec = staffing[team] if team in staffing else staffing[live.team]
        script = self.agents.script(spec)
        packet = live.packet
        live = live._replace(phase="agent", agent=script.agent, agent_team=spec.name, position=None, minutes=0.0)
        t.state = t.state._replace(live=live)
        language = script.language
        t.notice("agent_joined", t.say("agent_joined", agent=script.agent, team=spec.display_name))
        fields = self.fields(language)
        parts = [
            self.agents.say(language, "hello_named" if packet.customer else "hello", **fields),
            self.agents.say(language, "read", **fields),
        ]
        if fields["details"]:
            parts.append(self.agents.say(language, "details", **fields))
        parts += [t.assistant.accommodations[kind].agent.get(language, "") for kind in packet.accommodations]
        verified = "verified_authorized_user" if packet.primary else "verified"
        parts.append(self.agents.say(language, verified if t.state.verified else "unverified", **fields))
        self.speak("agent", " ".join(part for part in parts if part))
        t.outcome("agent_joined")

    def answer(self, mentioned: tuple[str, ...]) -> None:
        """A customer message while the agent is in the chat: the next scripted line, or the close."""
        t, live = self.t, self.live
        script = self.script()
        t.outcome("agent")
        if mentioned:  # an accommodation asked for now: the agent says how they adjust first
            lines = [t.assistant.accommodations[kind].agent.get(script.language, "") for kind in mentioned]
            self.speak("agent", " ".join(line for line in lines if line))
        # an authorized user is told once what the agent can do for them; the team's lines speak of the account
        lines = (self.agents.say(script.language, "authorized_user_line", **self.fields(script.language)),) if live.packet.primary else None
        if self.agents.is_done(t.text) or live.lines >= len(lines or script.lines):
            self.close()
            return
        line = lines[live.lines] if lines else script.lines[live.lines].format(**self.fields(script.language))
        self.speak("agent", line)
        t.state = t.state._replace(live=live._replace(lines=live.lines + 1))

    def close(self) -> None:
        """The agent closes with the case number; the rating question follows."""
        t, live = self.t, self.live
        script = self.script()
        fields = self.fields(script.language)
        entry = LogEntry(t.now, f"Chatted with {live.agent} from the {self.team().display_name} team.", live.case)
        t.state = t.state._replace(log=t.state.log + (entry,))
        closing = script.closing.format(**fields)
        if "written_summary" in t.state.accommodations:
            items = "\n".join(f"- {e.text}" + (f" (case {e.case})" if e.case else "") for e in t.state.log)
            closing += "\n" + self.agents.say(script.language, "summary", **{**fields, "items": items})
        self.speak("agent_closing", closing)
        cases = tuple(replace(case, status="closed") if case.number == live.case else case for case in t.state.cases)
        t.state = t.state._replace(cases=cases, live=live._replace(phase="rating", asked=1))
        t.release(live.case, closed=True)
        t.notice("rating_ask", self.agents.say(script.language, "rating_ask", **fields))
        t.outcome("agent_closed")

    def rate(self) -> bool:
        """The answer to the rating question. False when it is no answer and the question is
        dropped, so the message can be answered as a request instead."""
        t, live = self.t, self.live
        language = self.script().language
        fields = self.fields(language)
        score = read_score(t.text) if len(t.text) <= 40 else None
        if score is not None:
            entry = LogEntry(t.now, f"Rated the chat with {live.agent} {score} out of 5.", live.case)
            t.state = t.state._replace(live=None, csat=score, log=t.state.log + (entry,))
            t.rate(Rating(live.case, score, t.now))
            t.notice("rating", self.agents.say(language, "rating_thanks", **{**fields, "score": str(score)}))
            t.outcome("rated")
            return True
        # no rating but a request of its own ("what's my balance?"): answer that
        request = len(t.text.split()) > MAX_RATING_WORDS or (t.text.rstrip().endswith("?") and len(t.text.split()) > 1)
        if not request and len(t.text.split()) > 1:  # "whats my balance": a request a rule reads
            reading = t.assistant.matcher.match(t.text)
            ruled = reading.best is not None and reading.best.rule is not None
            request = reading.outcome == "intent" and ruled and reading.intent.is_service
        if self.agents.is_skip(t.text) or live.asked >= MAX_RATING_ASKS or request:
            t.state = t.state._replace(live=None)
            if self.agents.is_skip(t.text):
                t.notice("rating_skipped", self.agents.say(language, "rating_skipped", **fields))
                t.outcome("rating_skipped")
                return True
            return False
        t.state = t.state._replace(live=live._replace(asked=live.asked + 1))
        t.notice("rating_ask", self.agents.say(language, "rating_again", **fields))
        t.outcome("rating_again")
        return True

    # ----- helpers ----------------------------------------------------------------------------
    def team(self) -> Team:
        """The team whose agent is in the chat (general's, after an overflow)."""
        return self.t.assistant.routing.staffing[self.live.agent_team or self.live.team]

    def script(self) -> Script:
        return self.agents.script(self.team())

    def fields(self, language: str) -> dict[str, str]:
        """The fields of what the agent says in ``language`` (the team as that language names it)."""
        live, packet = self.live, self.live.packet
        details = "; ".join(value for name, value in packet.slots if name not in self.agents.unsaid and value)
        return {
            "agent": live.agent,
            "team": self.agents.team_name(self.team(), language),
            "case": live.case,
            "topic": packet.topic,
            "name": packet.customer,
            "details": details,
            "items": "",
            "score": "",
            "primary": packet.primary,
        }

    def speak(self, kind: str, text: str) -> None:
        if text:
            self.t.agent_says(kind, text, f"{self.live.agent} ({self.team().display_name})")


def load_agents(path: str | Path | None = None) -> Agents:
    """The scripts of ``amexsim/data/agents.yaml`` (or the given file), checked."""
    location = Path(path) if path else package_data("agents.yaml")
    doc = YamlDoc(location, DataFileError)
    required = {"languages", "done", "skip", "agents"}
    keys = doc.mapping(doc.root, "the agents file", required | {"unsaid_slots"}, required)

    def text(node, what: str) -> str:
        value = doc.string(node, what)
        try:
            names = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
        except ValueError as exc:
            raise doc.fail(node, f"{what}: {exc} (write a literal brace as {{{{ or }}}})") from None
        unknown = sorted(names - FIELDS)
        if unknown:
            raise doc.fail(node, f"{what} uses unknown field {{{unknown[0]}}} (expected one of: {', '.join(sorted(FIELDS))})")
        return value

    sentences, team_names = {}, {}
    for language, node in doc.mapping(keys["languages"], "languages", ANY_KEY).items():
        entries = doc.mapping(node, f"language {language!r}", {*SENTENCES, "teams"}, set(SENTENCES))
        if "teams" in entries:
            named = doc.mapping(entries.pop("teams"), f"{language} teams", ANY_KEY)
            team_names[language] = {skill: doc.string(value, f"{language} team {skill}") for skill, value in named.items()}
        sentences[language] = {key: text(value, f"{language} {key}") for key, value in entries.items()}
    if "en" not in sentences:
        raise doc.fail(keys["languages"], "languages must include en (the fallback)")
    scripts = {}
    for skill, node in doc.mapping(keys["agents"], "agents", ANY_KEY).items():
        entries = doc.mapping(
            node, f"agent {skill!r}", {"agent", "language", "lines", "closing"}, {"agent", "language", "lines", "closing"}
        )
        language = doc.string(entries["language"], "language")
        if language not in sentences:
            raise doc.fail(
                entries["language"], f"agent {skill!r} speaks {language!r}, which languages lacks (expected one of: {', '.join(sentences)})"
            )
        lines = tuple(text(item, f"a line of agent {skill!r}") for item in doc.sequence(entries["lines"], "lines"))
        scripts[skill] = Script(skill, doc.string(entries["agent"], "agent"), language, lines, text(entries["closing"], "closing"))
    if "general" not in scripts:
        raise doc.fail(keys["agents"], "agents must include general (the script of any team without its own)")
    done = frozenset(_PLAIN.text(phrase) for phrase, _ in doc.strings(keys["done"], "done"))
    skip = frozenset(_PLAIN.text(phrase) for phrase, _ in doc.strings(keys["skip"], "skip"))
    unsaid = frozenset(name for name, _ in doc.strings(keys["unsaid_slots"], "unsaid_slots")) if "unsaid_slots" in keys else frozenset()
    return Agents(scripts, sentences, done, skip, unsaid, team_names)
