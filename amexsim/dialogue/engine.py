"""The assistant: one pure turn function behind every way in (chat, replay, tests).

``Assistant.respond(state, message, now)`` returns the replies, the next state and a trace
saying why. It reads no clock and no global randomness: the clock is passed in and every
choice is seeded, so the same inputs always give the same conversation.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import Literal, NamedTuple

from ..bank.accounts import Account, load_account
from ..guard import LABELS, EarlierFinding, Finding, Guard, Screening, redact
from ..understanding.entities import Entities, extract
from ..understanding.intents import Intent, IntentSet, load_intents
from ..understanding.matcher import Match, Matcher, MatcherSettings
from ..understanding.normalize import Normalizer
from ..understanding.settings import load_matcher_settings, load_spelling
from .handlers import HANDLERS, HandlerRequest, HandlerResult
from .replies import SystemReplies, load_system_replies, pick, render, stable_number

MAX_MESSAGE_CHARS = 2000  # longer messages are refused politely (after the guard has seen them)
MAX_STORED_CHARS = 10_000  # history keeps at most this much of one message
MAX_VERIFY_ATTEMPTS = 3
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ALNUM = re.compile(r"[^\W_]")
_LABEL = re.compile(r"\[(?:card number|security code|SSN|passcode|password) removed\]")
_BARE_LAST_FOUR = re.compile(r"(?<![\d$.,/-])\d{4}(?![\d.,/-])")
_BARE_ZIP = re.compile(r"(?<![\d$.,/-])\d{5}(?:-\d{4})?(?![\d.,/])")


class Message(NamedTuple):
    """One stored line of the conversation; user text is always the redacted form."""

    role: Literal["user", "assistant"]
    text: str
    # (start, end, replacement length) of redactions, in original offsets: lets a later
    # finding about this message (a card split over messages) be mapped onto the stored text.
    redactions: tuple[tuple[int, int, int], ...] = ()


class Pending(NamedTuple):
    """What the assistant is waiting for: verification, a clarification or missing details."""

    kind: Literal["verify", "clarify", "details"]
    intents: tuple[str, ...]


class ConversationState(NamedTuple):
    """Everything one conversation remembers between turns. Immutable: a turn returns a new
    state (``state._replace(verified=True)`` makes a variant, for tests and replays)."""

    turn: int = 0
    guard: Guard = Guard()
    history: tuple[Message, ...] = ()
    verified: bool = False
    verify_attempts: int = 0
    pending: Pending | None = None
    remembered: Entities = Entities()
    card_locked: bool = False
    cases: tuple[str, ...] = ()


class Trace(NamedTuple):
    """Why the assistant answered as it did: printed by ``/why``, ``ask --json`` and test failures.
    (A named tuple: one is made every turn, and tuples are Python's cheapest record.)"""

    outcome: str
    redacted: str
    normalised: str = ""
    findings: tuple[Finding, ...] = ()
    intent: str | None = None
    domain: str | None = None
    score: float = 0.0
    evidence: str = ""
    runner_up: str | None = None
    runner_up_score: float = 0.0
    entities: Mapping[str, str] = MappingProxyType({})
    reply_case: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "outcome": self.outcome,
            "intent": self.intent,
            "domain": self.domain,
            "score": round(self.score, 4),
            "matched": self.evidence,
            "runner_up": self.runner_up,
            "runner_up_score": round(self.runner_up_score, 4),
            "entities": self.entities,
            "guard": [{"kind": f.kind, "start": f.start, "end": f.end} for f in self.findings],
            "redacted": self.redacted,
            "reply_case": self.reply_case,
        }

    def lines(self) -> list[str]:
        """A short human-readable explanation."""
        out = [f"outcome: {self.outcome}"]
        if self.findings:
            out.append("guard: " + ", ".join(f"{f.kind} at {f.start}-{f.end}" for f in self.findings))
        if self.intent:
            out.append(f"intent: {self.intent} ({self.domain}) score {self.score:.2f}")
        if self.evidence:
            out.append(f"matched: {self.evidence}")
        if self.runner_up:
            out.append(f"runner-up: {self.runner_up} score {self.runner_up_score:.2f}")
        if self.entities:
            out.append("entities: " + ", ".join(f"{k}={v}" for k, v in self.entities.items()))
        if self.reply_case and self.reply_case != "default":
            out.append(f"reply case: {self.reply_case}")
        return out


@dataclass(frozen=True)
class Turn:
    """The result of one message."""

    replies: tuple[str, ...]
    state: ConversationState
    trace: Trace


class Assistant:
    """Intents, matcher, account and system replies, ready to answer turns."""

    def __init__(
        self,
        intents: IntentSet,
        account: Account,
        *,
        replies: SystemReplies,
        normalizer: Normalizer | None = None,
        settings: MatcherSettings | None = None,
        seed: int = 0,
    ) -> None:
        self.intents = intents
        self.account = account
        self.replies = replies
        self.seed = seed
        self.matcher = Matcher(intents, normalizer or Normalizer(), settings or MatcherSettings())

    @classmethod
    def load(cls, intents_dir: str | Path | None = None, account_path: str | Path | None = None, *, seed: int = 0) -> Assistant:
        """The assistant with the shipped data (or the given intents folder and account file)."""
        return cls(
            load_intents(intents_dir),
            load_account(account_path),
            replies=load_system_replies(),
            normalizer=Normalizer(load_spelling()),
            settings=load_matcher_settings(),
            seed=seed,
        )

    # ----- conversation ---------------------------------------------------------------
    @property
    def welcome(self) -> str:
        return str(self.replies["welcome"])

    def start(self) -> ConversationState:
        """A new conversation, opened by the welcome message."""
        return ConversationState(history=(Message("assistant", self.welcome),))

    def match(self, text: str) -> Match:
        """The matcher's view of a message, guard first (used by ``eval`` and benchmarks)."""
        return self.matcher.match(_LABEL.sub(" ", redact(text)))

    def respond(self, state: ConversationState, message: str, now: datetime) -> Turn:
        """Answer one message. Pure: the same state, message and clock give the same turn."""
        screening = state.guard.screen(message)
        history = _redact_earlier(state.history, screening.earlier) + (_stored(screening.redacted, screening.findings),)
        return _TurnBuilder(self, state, now, screening, history).run()


class _TurnBuilder:
    """Works out one turn. It keeps the state's fields as plain attributes while it works
    and builds the new state and the trace once, at the end."""

    def __init__(
        self, assistant: Assistant, state: ConversationState, now: datetime, screening: Screening, history: tuple[Message, ...]
    ) -> None:
        self.a = assistant
        self.now = now
        self.findings = screening.findings
        self.redacted = screening.redacted
        self.turn = state.turn + 1
        self.guard = screening.guard
        self.history = history
        self.verified = state.verified
        self.verify_attempts = state.verify_attempts
        self.pending = state.pending
        self.remembered = state.remembered
        self.card_locked = state.card_locked
        self.cases = state.cases
        self.replies: list[str] = []
        self.trace: dict[str, object] = {"outcome": "guard" if self.findings else "", "redacted": self.redacted, "findings": self.findings}
        self.say = assistant.replies.say

    def finish(self, **trace: object) -> Turn:
        self.trace.update(trace)
        state = ConversationState(
            turn=self.turn,
            guard=self.guard,
            history=self.history + tuple(Message("assistant", text) for text in self.replies),
            verified=self.verified,
            verify_attempts=self.verify_attempts,
            pending=self.pending,
            remembered=self.remembered,
            card_locked=self.card_locked,
            cases=self.cases,
        )
        return Turn(tuple(self.replies), state, Trace(**self.trace))

    def run(self) -> Turn:
        if self.findings:
            self.replies.append(self._refusal())
        text = _LABEL.sub(" ", self.redacted) if self.findings else self.redacted
        text = _CONTROL.sub(" ", text).strip()
        if not text:
            if not self.findings:
                self.replies.append(self.say("empty"))
            return self.finish(outcome=self.trace["outcome"] or "empty")
        if len(text) > MAX_MESSAGE_CHARS:
            self.replies.append(self.say("too_long", length=f"{len(text):,}"))
            return self.finish(outcome="too_long")
        if not _ALNUM.search(text):
            self.replies.append(self.say("unreadable"))
            return self.finish(outcome="unreadable")
        entities = extract(text, self.now)
        match = self.a.matcher.match(text)
        self.trace.update(normalised=match.normalised, entities=entities.as_dict())
        pending, self.pending = self.pending, None
        if pending is not None:
            resumed = self._resume(pending, text, entities, match)
            if resumed is not None:
                return resumed
        if entities.last_four and entities.zip and not self.verified:
            outcome = self._verify(entities.last_four, entities.zip)
            if match.outcome != "intent" or outcome == "verify_locked":
                return self.finish(outcome=outcome)
        if self.findings and (match.intent is None or not match.intent.is_service):
            return self.finish()  # the refusal says it all; "my card number is" is no question
        return self._answer(match, entities)

    # ----- guard ----------------------------------------------------------------------
    def _refusal(self) -> str:
        kinds = list(dict.fromkeys(f.kind for f in self.findings))
        whats = [self.a.replies["guard_what"][kind] for kind in kinds]
        what = whats[0] if len(whats) == 1 else ", ".join(whats[:-1]) + " and " + whats[-1]
        why = " ".join(self.a.replies["guard_why"][kind] for kind in kinds)
        return self.say("guard_refusal", what=what, why=why)

    # ----- pending questions ----------------------------------------------------------
    def _resume(self, pending: Pending, text: str, entities: Entities, match: Match) -> Turn | None:
        if pending.kind == "clarify":
            chosen = self._clarify_choice(pending, text, match)
            if chosen is None:
                return None
            return self._handle(self.a.intents.by_name[chosen], entities, outcome="intent", evidence="answer to a clarifying question")
        if pending.kind == "verify":
            return self._resume_verification(pending, text, entities, match)
        # details: a request (a dispute) waiting for its amount, merchant or date
        has_details = entities.amount is not None or entities.merchant is not None or entities.date is not None
        if has_details and (match.outcome != "intent" or match.intent.name == pending.intents[0]):
            intent = self.a.intents.by_name[pending.intents[0]]
            return self._handle(intent, entities, outcome="intent", evidence="details for the previous request")
        return None

    def _resume_verification(self, pending: Pending, text: str, entities: Entities, match: Match) -> Turn | None:
        last_four = entities.last_four or self.remembered.last_four or _first(_BARE_LAST_FOUR, text)
        zip_code = entities.zip or self.remembered.zip or _first(_BARE_ZIP, text)
        if not (last_four or zip_code) and match.outcome == "intent":
            return None  # moved on to something else
        if not (last_four and zip_code):
            missing = "ZIP code" if last_four else "last 4 digits of your card"
            self.pending = pending
            self.remembered = self.remembered._replace(last_four=last_four, zip=zip_code)
            self.replies.append(self.say("verify_need_both", missing=missing))
            return self.finish(outcome="verify")
        outcome = self._verify(last_four, zip_code)
        if outcome == "verified":
            return self._handle(self.a.intents.by_name[pending.intents[0]], entities, outcome="verified")
        if outcome == "verify_failed":
            self.pending = pending
        return self.finish(outcome=outcome)

    def _clarify_choice(self, pending: Pending, text: str, match: Match) -> str | None:
        answer = " ".join(text.lower().strip(" .!?").split())
        for position, key in enumerate(("clarify_first", "clarify_second")):
            if answer in self.a.replies[key]:
                return pending.intents[position]
        if match.outcome == "intent" and match.intent.name in pending.intents:
            return match.intent.name
        for name in pending.intents:
            if answer and answer in self.a.intents.by_name[name].label.lower():
                return name
        return None

    def _verify(self, last_four: str, zip_code: str) -> str:
        self.remembered = self.remembered._replace(last_four=None, zip=None)
        if self.verify_attempts >= MAX_VERIFY_ATTEMPTS:  # locked out: even right details no longer count
            self.replies.append(self.say("verify_locked"))
            return "verify_locked"
        if self.a.account.verify(last_four, zip_code):
            self.verified, self.verify_attempts = True, 0
            self.replies.append(self.say("verified", first_name=self.a.account.holder_name.split()[0]))
            return "verified"
        self.verify_attempts += 1
        if self.verify_attempts >= MAX_VERIFY_ATTEMPTS:
            self.replies.append(self.say("verify_locked"))
            return "verify_locked"
        self.replies.append(self.say("verify_failed", remaining=MAX_VERIFY_ATTEMPTS - self.verify_attempts))
        return "verify_failed"

    # ----- answering ------------------------------------------------------------------
    def _answer(self, match: Match, entities: Entities) -> Turn:
        best, runner = match.best, match.runner_up
        self.trace.update(
            outcome=match.outcome,
            score=match.score,
            evidence=best.evidence() if best else "",
            runner_up=runner.intent.name if runner else None,
            runner_up_score=runner.score if runner else 0.0,
        )
        if match.outcome == "fallback":
            self.replies.append(self.say("fallback"))
            return self.finish()
        if match.outcome == "clarify":
            first, second = best.intent, match.rival.intent
            self.pending = Pending("clarify", (first.name, second.name))
            self.replies.append(self.say("clarify", first=first.label, second=second.label))
            return self.finish(intent=first.name, domain=first.domain)
        return self._handle(best.intent, entities)

    def _handle(self, intent: Intent, entities: Entities, **trace: object) -> Turn:
        self.trace.update(intent=intent.name, domain=intent.domain, **trace)
        if intent.needs_verification and not self.verified:
            if self.verify_attempts >= MAX_VERIFY_ATTEMPTS:
                self.replies.append(self.say("verify_locked"))
                return self.finish(outcome="verify_locked")
            self.pending = Pending("verify", (intent.name,))
            self.remembered = _merge(self.remembered, entities)
            self.replies.append(self.say("verify_ask"))
            return self.finish(outcome="verify")
        known = _merge(self.remembered, entities) if intent.slots else entities
        case_number = f"C{10**7 + stable_number(self.a.seed, self.turn, 'case') % (9 * 10**7)}"
        request = HandlerRequest(intent, self.a.account, known, self.now.date(), self.card_locked, case_number)
        result: HandlerResult = HANDLERS[intent.handler](request)
        self._apply(intent, result, known)
        groups: dict[str, Mapping[str, str]] = {"slots": known.as_dict(), **result.fields}
        if intent.needs_verification:
            groups["account"] = self.a.account.fields(self.now.date())
        variants = intent.replies.get(result.case, intent.replies["default"])
        self.replies.append(render(pick(variants, self.a.seed, self.turn, intent.name), groups))
        return self.finish(reply_case=result.case)

    def _apply(self, intent: Intent, result: HandlerResult, known: Entities) -> None:
        """State changes a handler asked for. Slots are remembered only while the handler
        waits for missing details, so one request's date never leaks into the next."""
        self.remembered = Entities()
        if result.card_locked is not None:
            self.card_locked = result.card_locked
        if result.opened_case is not None:
            self.cases = (*self.cases, result.opened_case)
        if result.wants_details:
            self.pending = Pending("details", (intent.name,))
            self.remembered = known._replace(last_four=None, zip=None)


def _merge(old: Entities, new: Entities) -> Entities:
    return Entities(
        amount=new.amount or old.amount,
        date=new.date or old.date,
        merchant=new.merchant or old.merchant,
        last_four=new.last_four or old.last_four,
        zip=new.zip or old.zip,
    )


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    found = pattern.search(text)
    return found.group(0)[:5] if found else None


def _stored(redacted: str, findings: tuple[Finding, ...]) -> Message:
    redacted = _CONTROL.sub("\ufffd", redacted)  # same length, so guard offsets still line up
    text = (
        redacted
        if len(redacted) <= MAX_STORED_CHARS
        else redacted[:MAX_STORED_CHARS] + f" [... {len(redacted) - MAX_STORED_CHARS:,} more characters not kept]"
    )
    return Message("user", text, tuple((f.start, f.end, len(LABELS[f.kind])) for f in findings))


def _redact_earlier(history: tuple[Message, ...], earlier: tuple[EarlierFinding, ...]) -> tuple[Message, ...]:
    """Apply late findings (a card number split over messages) to messages already stored."""
    if not earlier:
        return history
    user_positions = [i for i, message in enumerate(history) if message.role == "user"]
    messages = list(history)
    for item in earlier:
        if item.messages_back > len(user_positions):
            continue
        position = user_positions[-item.messages_back]
        message = messages[position]
        shift = sum(length - (end - start) for start, end, length in message.redactions if end <= item.start)
        start, end = item.start + shift, item.end + shift
        label = LABELS[item.kind]
        text = message.text[:start] + label + message.text[end:]
        messages[position] = Message("user", text, tuple(sorted(message.redactions + ((item.start, item.end, len(label)),))))
    return tuple(messages)
