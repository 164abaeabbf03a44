"""Service actions: cases and their status, complaints, hand-offs to people, summaries."""

from __future__ import annotations

from ...bank.accounts import long_date
from ...bank.cases import Case
from ...bank.policies import business_days_after
from ..state import Handoff, LogEntry
from .base import ActionRequest, ActionResult, action

CASE_FIELDS = ("number", "kind", "status", "opened", "summary", "next")
_KIND_WORDS = {
    "dispute": "dispute",
    "dispute_review": "dispute review",
    "fraud_claim": "fraud claim",
    "replacement": "card replacement",
    "complaint": "formal complaint",
    "goodwill_credit": "goodwill credit",
    "credit_limit_increase": "credit limit increase",
    "due_date_change": "due date change",
    "authorized_user": "new authorized user",
    "handoff": "live chat request",
    "travel_reissue": "travel desk request",
}


def case_progress(case: Case, request: ActionRequest) -> tuple[str, str]:
    """(status, next step) of a case today, from its deadlines."""
    today = request.today
    ack, resolve, arrives = case.deadline("acknowledge_by"), case.deadline("resolve_by"), case.deadline("arrives_by")
    respond = case.deadline("respond_by")
    if case.status == "closed":
        return "closed", "nothing more is needed"
    if arrives is not None:
        if today < arrives:
            return "on its way", f"the card arrives by {long_date(arrives)}"
        return "delivered", f"it was due by {long_date(arrives)}; if it hasn't come, I can send another"
    if resolve is not None:
        if ack is not None and today < ack:
            return "received", f"we acknowledge it by {long_date(ack)} and decide by {long_date(resolve)}"
        if today <= resolve:
            return "under review", f"a decision is due by {long_date(resolve)}"
        return "decided", "the decision was sent to your secure messages"
    if ack is not None:
        return (
            ("received", f"we acknowledge it by {long_date(ack)}")
            if today < ack
            else ("under review", "we'll write to your secure messages")
        )
    if respond is not None:
        return ("open", f"we reply by {long_date(respond)}") if today <= respond else ("answered", "the reply is in your secure messages")
    return "done", "nothing more is needed"


@action(outcomes=("found",), fields={"case": CASE_FIELDS}, needs=("case_number",))
def case_status(request: ActionRequest) -> ActionResult:
    number = request.slot("case_number")
    case = next(case for case in request.cases if case.number == number)
    status, step = case_progress(case, request)
    fields = {
        "number": case.number,
        "kind": _KIND_WORDS.get(case.kind, case.kind.replace("_", " ")),
        "status": status,
        "opened": long_date(case.opened.date()),
        "summary": case.summary,
        "next": step,
    }
    return ActionResult("found", {"case": fields})


@action(outcomes=("opened",), fields={"case": CASE_FIELDS}, reads_account=False)
def open_case(request: ActionRequest) -> ActionResult:
    """Log a case for a team to follow up (``with: {kind: complaint, about: complaint_text}``)."""
    kind = request.params.get("kind", "complaint")
    about_slot = request.params.get("about")
    about = request.slots[about_slot].shown if about_slot and about_slot in request.slots else ""
    respond_by = business_days_after(request.today, request.policies.complaint_business_days)
    case_number = request.new_case("K" if kind == "complaint" else "T")
    words = _KIND_WORDS.get(kind, kind.replace("_", " "))
    summary = f"{words[0].upper()}{words[1:]}" + (f": {about}" if about else "")
    case = Case(case_number, request.account.id, kind, request.now, summary[:200], deadlines=(("respond_by", respond_by),))
    step = f"We reply by {long_date(respond_by)}; follow it in your secure messages with case {case_number}."
    fields = {
        "number": case_number,
        "kind": words,
        "status": "open",
        "opened": long_date(request.today),
        "summary": case.summary,
        "next": step,
    }
    return ActionResult(
        "opened",
        {"case": fields},
        cases=(case,),
        log=(LogEntry(request.now, f"Logged a {words}.", case_number, step),),
        done=f"logged a {words}",
    )


HANDOFF_FIELDS = ("team", "case_number", "position", "wait", "minutes", "topic")


@action(outcomes=("queued",), fields={"handoff": HANDOFF_FIELDS}, reads_account=False)
def handoff(request: ActionRequest) -> ActionResult:
    """Join a team's queue (``with: {team: disputes}``, or routed from the ``topic`` slot)."""
    topic = request.slots["topic"].shown if "topic" in request.slots else request.intent.label
    team = request.params.get("team") or (request.route(topic) if "topic" in request.slots else "general")
    display, position, minutes = request.queue_estimate(team)
    case_number = request.new_case("H")
    case = Case(case_number, request.account.id, "handoff", request.now, f"Chat with the {display} team about: {topic}"[:200])
    fields = {
        "team": display,
        "case_number": case_number,
        "position": str(position),
        "wait": f"about {minutes} minute{'s' if minutes != 1 else ''}",
        "minutes": str(minutes),
        "topic": topic,
    }
    return ActionResult(
        "queued",
        {"handoff": fields},
        cases=(case,),
        log=(LogEntry(request.now, f"Asked for a person on the {display} team about: {topic}.", case_number),),
        handoff=Handoff(team, case_number, topic),
    )


SUMMARY_FIELDS = ("when", "items", "next_steps", "cases")


@action(outcomes=("summary", "empty"), fields={"summary": SUMMARY_FIELDS}, reads_account=False)
def summary(request: ActionRequest) -> ActionResult:
    """What was done in this chat, with case numbers and next steps with dates."""
    when = f"{long_date(request.today)} at {request.now:%I:%M %p}".replace(" 0", " ")
    entries = request.log
    if not entries:
        return ActionResult("empty", {"summary": {"when": when, "items": "", "next_steps": "", "cases": ""}})
    items = "\n".join(f"- {entry.text}" + (f" (case {entry.case})" if entry.case else "") for entry in entries)
    steps = "\n".join(f"- {entry.next_step}" for entry in entries if entry.next_step) or "- Nothing else is needed from you."
    cases = ", ".join(dict.fromkeys(entry.case for entry in entries if entry.case)) or "none"
    return ActionResult("summary", {"summary": {"when": when, "items": items, "next_steps": steps, "cases": cases}})


@action(outcomes=("some", "none"), reads_account=False)
def check_activity(request: ActionRequest) -> ActionResult:
    """Whether anything was done in this chat (worth offering a summary)."""
    return ActionResult("some" if request.log else "none")


@action(outcomes=(), reads_account=False)
def branch(request: ActionRequest) -> ActionResult:
    """Go where a choice slot's answer says (``with: {slot: card_problem}``): the outcome is the
    option chosen, so ``on:`` lists the slot's options."""
    return ActionResult(request.slot(request.params["slot"]))
