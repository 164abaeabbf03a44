"""Where a conversation stands, for ``/state`` in the chat and ``GET .../state`` on the web:
verification, the flows waiting and what they have collected, this chat's cases and log.

One record with ``as_dict`` and ``lines``, like :class:`~amexsim.dialogue.trace.Trace`, so
every edge shows the same thing. It reads the state and decides nothing.
"""

from __future__ import annotations

from typing import NamedTuple

from .state import ConversationState, Frame


class FlowView(NamedTuple):
    """One flow in progress: its intent, its step, what it waits for and its slots."""

    intent: str
    step: int
    waiting: str | None  # verify, slot, confirm or prompt (the security prompt on the phone)
    question: str
    slot: str | None
    slots: dict[str, str]

    @classmethod
    def of(cls, frame: Frame) -> FlowView:
        waiting = frame.waiting
        return cls(
            frame.intent,
            frame.step,
            waiting.kind if waiting else None,
            waiting.question if waiting else "",
            waiting.slot if waiting else None,
            {name: value.shown for name, value in frame.slots.items()},
        )


class StateView(NamedTuple):
    """A conversation's state as a person (or a client of the API) needs to see it."""

    turn: int
    verified: bool
    verify_attempts: int
    card: str | None  # the card the chat was started for
    flows: tuple[FlowView, ...]  # the innermost (answered first) last
    cases: tuple[tuple[str, str, str], ...]  # (number, kind, status) of the account's cases
    done: tuple[tuple[str, str | None, str | None], ...]  # (what, case, next step) for the summary

    @property
    def prompt(self) -> bool:
        """The security prompt is waiting for approve or deny."""
        return bool(self.flows) and self.flows[-1].waiting == "prompt"

    def as_dict(self) -> dict[str, object]:
        return {
            "turn": self.turn,
            "verified": self.verified,
            "verify_attempts": self.verify_attempts,
            "card": self.card,
            "prompt": self.prompt,
            "flows": [flow._asdict() for flow in self.flows],
            "cases": [{"number": n, "kind": k, "status": s} for n, k, s in self.cases],
            "done": [{"text": t, "case": c, "next_step": s} for t, c, s in self.done],
        }

    def lines(self) -> list[str]:
        tries = f" ({self.verify_attempts} failed tries)" if self.verify_attempts else ""
        out = [f"verified: {'yes' if self.verified else 'no'}{tries}"]
        if self.card:
            out.append(f"card: {self.card}")
        for flow in reversed(self.flows):
            waits = f", waiting for {flow.waiting}" + (f" ({flow.slot})" if flow.slot else "") if flow.waiting else ""
            out.append(f"flow: {flow.intent} at step {flow.step}{waits}")
            if flow.slots:
                out.append("  slots: " + ", ".join(f"{k}={v}" for k, v in flow.slots.items()))
        if not self.flows:
            out.append("flow: none waiting")
        if self.cases:
            out.append("cases: " + ", ".join(f"{n} ({k}, {s})" for n, k, s in self.cases))
        out.extend(f"done: {text}" + (f" (case {case})" if case else "") for text, case, _ in self.done)
        return out


def view_state(state: ConversationState) -> StateView:
    return StateView(
        state.turn,
        state.verified,
        state.verify_attempts,
        state.focus_card,
        tuple(FlowView.of(frame) for frame in state.stack),
        tuple((case.number, case.kind, case.status) for case in state.cases),
        tuple((entry.text, entry.case, entry.next_step) for entry in state.log),
    )
