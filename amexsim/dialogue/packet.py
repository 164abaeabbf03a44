"""The hand-off packet: what the agent who joins reads before saying a word.

The assistant builds it when a turn hands off, from the conversation as it stands at the end of
that turn, so the customer never has to repeat themselves: the team, the language, whether the
customer is verified, the intents and slots the chat reached, its case numbers, the
accommodations the customer asked for, and the transcript. Everything in it comes from the
stored (redacted) conversation, so it holds nothing the guard removed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from .slots import with_heard
from .state import ConversationState, Handoff


@dataclass(frozen=True)
class HandoffPacket:
    """The structured record handed to the agent (tests assert on it field by field)."""

    team: str  # the staffing file's team name
    team_name: str  # its display name
    case: str  # the hand-off case
    topic: str  # the customer's words for what it is about (or the intent's label)
    language: str  # "en" or "es"
    verified: bool
    customer: str  # first name when verified, else ""
    intents: tuple[str, ...]  # every intent the chat reached, in order
    slots: tuple[tuple[str, str], ...]  # (slot, words shown), latest value of each
    cases: tuple[str, ...]  # case numbers opened in this chat, the hand-off's last
    accommodations: tuple[str, ...]  # slower_pace, written_summary, screen_reader, hearing
    transcript: tuple[tuple[str, str], ...]  # (role, redacted text), oldest first
    call_first: bool = False  # the wait is long for a time-sensitive team: calling was recommended
    primary: str = ""  # the primary card member's first name, when the customer is an authorized user (else "")

    def slot(self, name: str) -> str | None:
        return dict(self.slots).get(name)

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["slots"] = dict(self.slots)
        data["transcript"] = [{"role": role, "text": text} for role, text in self.transcript]
        return data

    def lines(self) -> list[str]:
        """What ``/packet`` shows: one line per field, the transcript last."""
        out = [
            f"team: {self.team_name} ({self.team}), case {self.case}",
            f"topic: {self.topic}",
            f"language: {self.language}",
            f"verified: {'yes' if self.verified else 'no'}" + (f" ({self.customer})" if self.customer else ""),
            "intents: " + (", ".join(self.intents) or "none"),
            "slots: " + (", ".join(f"{name}={value}" for name, value in self.slots) or "none"),
            "cases: " + ", ".join(self.cases),
            "accommodations: " + (", ".join(self.accommodations) or "none"),
        ]
        if self.call_first:
            out.append("call first: yes (long wait for a time-sensitive team)")
        out.append(f"transcript ({len(self.transcript)} messages):")
        out += [f"  {role}: {text}" for role, text in self.transcript]
        return out


def build_packet(state: ConversationState, handoff: Handoff, *, team_name: str, language: str, call_first: bool) -> HandoffPacket:
    """The packet for ``handoff`` from the state at the end of the turn that asked for it."""
    slots = dict(state.heard)
    for frame in state.stack:
        slots = with_heard(slots, frame.slots, state.account)
    cases = tuple(dict.fromkeys([*(entry.case for entry in state.log if entry.case and entry.case != handoff.case), handoff.case]))
    return HandoffPacket(
        team=handoff.team,
        team_name=team_name,
        case=handoff.case,
        topic=handoff.topic,
        language=language,
        verified=state.verified,
        customer=_first_name_of(state) if state.verified else "",
        intents=state.intents,
        slots=tuple(slots.items()),
        cases=cases,
        accommodations=state.accommodations,
        transcript=tuple((message.role, message.text) for message in state.history),
        call_first=call_first,
        primary=state.account.first_name if state.verified and state.authorized_user else "",
    )


def _first_name_of(state: ConversationState) -> str:
    """Who the agent greets: an authorized user by their own name, never as the primary card member."""
    return state.authorized_user.split()[0] if state.authorized_user else state.account.first_name
