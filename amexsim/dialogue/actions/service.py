"""Service actions: cases and their status, complaints, hand-offs to people, summaries."""

from __future__ import annotations

import math
import re

from ...bank.accounts import long_date
from ...bank.cases import Case
from ...bank.policies import business_days_after
from ...guard import numbers_withheld
from ...understanding.normalize import fold
from ..live import spoken_time, wait_words
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
    "callback": "callback",
}


def case_progress(case: Case, request: ActionRequest) -> tuple[str, str]:
    """(status, next step) of a case today, from its deadlines."""
    today = request.today
    ack, resolve, arrives = case.deadline("acknowledge_by"), case.deadline("resolve_by"), case.deadline("arrives_by")
    respond = case.deadline("respond_by")
    if case.status == "closed":
        return "closed", "nothing more is needed"
    if arrives is not None:  # nothing records a delivery: past its date, the card is late, not delivered
        if today <= arrives:
            return "on its way", f"the card arrives by {long_date(arrives)}"
        return "late", f"it was due by {long_date(arrives)}; if it hasn't come, I can send another"
    call_by = case.deadline("call_by")
    if call_by is not None:  # a callback is booked until its day has passed
        if today <= call_by:
            return "scheduled", f"we call you on {long_date(call_by)} at the number on your account"
        return "past its date", f"the call was due on {long_date(call_by)}; if we missed you, I can book another"
    if case.kind == "handoff":  # what a person does with a hand-off is not recorded here
        return "passed to our team", "they follow up in your secure messages if anything more is needed"
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


def _named_case(request: ActionRequest) -> tuple[Case, dict[str, str]]:
    """The case the ``case_number`` slot names, and the fields a reply says of it today."""
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
    return case, fields


@action(outcomes=("found",), fields={"case": CASE_FIELDS}, needs=("case_number",))
def case_status(request: ActionRequest) -> ActionResult:
    _, fields = _named_case(request)
    return ActionResult("found", {"case": fields})


CASE_LIST_FIELDS = ("list", "count", "kind")
# words in the question that narrow a list of cases to one kind ("what disputes do I have open?")
_LISTED_KINDS = (
    (re.compile(r"\b(disputes?|claims?|chargebacks?)\b"), "disputes", frozenset({"dispute", "dispute_review", "fraud_claim"})),
    (re.compile(r"\b(callbacks?|call ?backs?|calls?)\b"), "callbacks", frozenset({"callback"})),
    (re.compile(r"\b(replacements?|new cards?|card orders?)\b"), "card replacements", frozenset({"replacement", "travel_reissue"})),
)


@action(outcomes=("listed", "none"), fields={"cases": CASE_LIST_FIELDS}, reads_account=False)
def list_cases(request: ActionRequest) -> ActionResult:
    """Every open case on the account, from earlier chats too (the database's), or those of the
    kind the question names; with each one's status today."""
    said = request.said.lower()
    kind, kinds = next(((words, kinds) for pattern, words, kinds in _LISTED_KINDS if pattern.search(said)), ("cases", None))
    open_cases = [case for case in request.cases if case.status != "closed" and (kinds is None or case.kind in kinds)]
    if not open_cases:
        return ActionResult("none", {"cases": {"list": "", "count": "0", "kind": kind}})
    lines = []
    for case in open_cases:
        status, step = case_progress(case, request)
        words = _KIND_WORDS.get(case.kind, case.kind.replace("_", " "))
        lines.append(f"- {case.number}, {words} opened on {long_date(case.opened.date())}: {case.summary}. Status: {status}; next, {step}.")
    return ActionResult("listed", {"cases": {"list": "\n".join(lines), "count": str(len(lines)), "kind": kind}})


@action(outcomes=("cancelled", "not_callback", "already_closed"), fields={"case": CASE_FIELDS}, needs=("case_number",), reads_account=False)
def cancel_callback(request: ActionRequest) -> ActionResult:
    """Call off a booked callback: its case is closed (a case of another kind is left alone)."""
    case, fields = _named_case(request)
    if case.kind != "callback":
        return ActionResult("not_callback", {"case": fields})
    if case.status == "closed":
        return ActionResult("already_closed", {"case": fields})
    entry = LogEntry(request.now, "Cancelled the callback.", case.number)
    cancelled = {**fields, "status": "closed"}
    return ActionResult("cancelled", {"case": cancelled}, log=(entry,), closed=(case.number,), done="cancelled the callback")


@action(outcomes=("free", "with_team"), fields={"live": ("team", "case")}, reads_account=False)
def live_team(request: ActionRequest) -> ActionResult:
    """Whether the customer is already in line for (or chatting with) the team a flow would offer,
    so the flow does not offer it again (a complaint made while waiting for a supervisor)."""
    live, team = request.live, request.params.get("team")
    if live is None or live.phase == "rating" or (team is not None and live.team != team):
        return ActionResult("free")
    return ActionResult("with_team", {"live": {"team": live.team_name, "case": live.case}})


_SAID_WORD = re.compile(r"[a-z0-9]+")


@action(outcomes=("said", "not_said"), reads_account=False)
def request_says(request: ActionRequest) -> ActionResult:
    """Whether the request says one of the step's words (``words: "lower|reduce|bring down"``): one
    intent then answers both a question and a request about one thing ("what's my APR?", "can you
    lower my APR?"), its examples kept together for the scorer."""
    return ActionResult("said" if says_one_of(request.params.get("words", ""), request.said) else "not_said")


def says_one_of(words: str, said: str) -> bool:
    """Whether a text says one of ``words`` ("lower|reduce|bring down"), each as whole words."""
    wanted = [" ".join(_SAID_WORD.findall(word.lower())) for word in words.split("|")]
    padded = f" {' '.join(_SAID_WORD.findall(fold(said).lower()))} "
    return any(word and f" {word} " in padded for word in wanted)


_DISPUTE_KINDS = frozenset({"dispute", "dispute_review", "fraud_claim"})  # "it was mine after all" withdraws a fraud claim too


@action(outcomes=("withdrawn", "not_dispute", "already_closed"), fields={"case": CASE_FIELDS}, needs=("case_number",), reads_account=False)
def withdraw_case(request: ActionRequest) -> ActionResult:
    """Withdraw a dispute the customer opened ("the sofa finally came"): its case is closed, and
    the charge stands again (a case of another kind is left alone)."""
    case, fields = _named_case(request)
    if case.kind not in _DISPUTE_KINDS:
        return ActionResult("not_dispute", {"case": fields})
    if case.status == "closed":
        return ActionResult("already_closed", {"case": fields})
    entry = LogEntry(request.now, "Withdrew the dispute at the customer's request.", case.number, "The charge stands again.")
    withdrawn = {**fields, "status": "closed"}
    return ActionResult("withdrawn", {"case": withdrawn}, log=(entry,), closed=(case.number,), done=f"withdrew dispute {case.number}")


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


HANDOFF_FIELDS = ("team", "team_id", "moved_from", "case_number", "position", "wait", "minutes", "topic", "reopens", "callback", "phone")


@action(outcomes=("queued", "call_first", "closed", "full", "already"), fields={"handoff": HANDOFF_FIELDS}, reads_account=False)
def handoff(request: ActionRequest) -> ActionResult:
    """Join a team's line (``with: {team: disputes}``, or routed from the ``topic`` slot): queued,
    queued with a recommendation to call first (a long wait for a time-sensitive team), closed,
    full, or already in that line. Asking for another team while in line moves the chat to it."""
    # copied to the agent's greeting, the packet and the case, where a later redaction cannot reach: no long numbers
    topic = numbers_withheld(request.slots["topic"].shown if "topic" in request.slots else _words(request.said) or request.intent.label)
    live = request.live
    team = request.params.get("team") or (request.route(topic) if "topic" in request.slots else "general")
    earlier = _last_handoff_topic(request) if request.params.get("again") == "yes" else None
    if earlier is not None:  # "put me back in line": the line left, for the same topic
        topic, team = earlier, request.route(earlier)
    found = request.availability(team)
    status = found.status
    if live is not None and (live.phase != "queued" or live.team == status.team):
        fields = {"team": live.team_name, "case_number": live.case, "topic": live.topic, "position": str(live.position or 1)}
        fields["wait"] = wait_words(live.minutes or 0.0)
        return ActionResult("already", {"handoff": fields})
    fields = {
        "team": status.name,
        "team_id": status.team,
        "topic": topic,
        "phone": status.phone,
        "callback": spoken_time(found.callback, request.now),
        "reopens": spoken_time(status.reopens, request.now) if status.reopens else "later",
    }
    if not status.open or status.full:
        return ActionResult("closed" if not status.open else "full", {"handoff": fields})
    case_number = request.new_case("H")
    case = Case(case_number, request.account.id, "handoff", request.now, f"Chat with the {status.name} team about: {topic}"[:200])
    fields.update(
        {
            "case_number": case_number,
            "position": str(status.position),
            "wait": wait_words(status.minutes),
            "minutes": str(max(1, math.ceil(status.minutes))),
        }
    )
    if live is not None:  # in another team's line: leave it for this one
        fields["moved_from"] = live.team_name
    return ActionResult(
        "call_first" if found.call_first else "queued",
        {"handoff": fields},
        cases=(case,),
        log=(LogEntry(request.now, f"Asked for a person on the {status.name} team about: {topic}.", case_number),),
        handoff=Handoff(status.team, case_number, topic, status.position, status.minutes, found.call_first),
        queue="leave" if live is not None else None,
    )


def _last_handoff_topic(request: ActionRequest) -> str | None:
    """The topic of the customer's latest request for a person, from its case's summary."""
    handoffs = [case for case in request.cases if case.kind == "handoff" and "about: " in case.summary]
    return handoffs[-1].summary.split("about: ", 1)[1] if handoffs else None


def _words(said: str) -> str:
    """The customer's own words for the topic, short enough for a case summary."""
    said = " ".join(said.split()).strip(" .!?¿¡")
    return said if len(said) <= 120 else said[:117].rsplit(" ", 1)[0] + "..."


REACH_FIELDS = ("team", "callback", "phone", "reopens")


@action(outcomes=("ok",), fields={"reach": REACH_FIELDS}, reads_account=False)
def reach_options(request: ActionRequest) -> ActionResult:
    """The ways to reach a person: the team a hand-off just found closed or full (or the general
    team), when it could call back, and the phone number."""
    refused = request.fields.get("handoff", {})
    found = request.availability(refused.get("team_id", "general"))
    status = found.status
    fields = {
        "team": status.name,
        "callback": spoken_time(found.callback, request.now),
        "phone": status.phone,
        "reopens": spoken_time(status.reopens, request.now) if status.reopens else "now",
    }
    return ActionResult("ok", {"reach": fields})


@action(outcomes=("booked",), fields={"case": CASE_FIELDS, "reach": REACH_FIELDS}, reads_account=False)
def schedule_callback(request: ActionRequest) -> ActionResult:
    """Book a callback from the team at the time ``reach_options`` found."""
    refused = request.fields.get("handoff", {})
    topic = refused.get("topic") or request.intent.label
    found = request.availability(refused.get("team_id", "general"))
    status, when = found.status, found.callback
    shown = spoken_time(when, request.now)
    case_number = request.new_case("C")
    summary = f"Callback from the {status.name} team about: {topic}"[:200]
    case = Case(case_number, request.account.id, "callback", request.now, summary, deadlines=(("call_by", when.date()),))
    step = f"The {status.name} team calls you {shown} ({long_date(when.date())}) at the number on your account."
    fields = {
        "number": case_number,
        "kind": "callback",
        "status": "booked",
        "opened": long_date(request.today),
        "summary": summary,
        "next": step,
    }
    reach = {"team": status.name, "callback": shown, "phone": status.phone, "reopens": shown}
    return ActionResult(
        "booked",
        {"case": fields, "reach": reach},
        cases=(case,),
        log=(LogEntry(request.now, f"Booked a callback from the {status.name} team about: {topic}.", case_number, step),),
        done=f"booked a callback for {shown}",
    )


LIVE_FIELDS = ("team", "position", "wait", "case_number", "agent")


def _live_fields(request: ActionRequest) -> dict[str, str]:
    live = request.live
    if live is None:
        return {}
    return {
        "team": live.team_name,
        "position": str(live.position or 1),
        "wait": wait_words(live.minutes or 0.0),
        "case_number": live.case,
        "agent": live.agent,
    }


@action(outcomes=("quiet", "none"), fields={"live": LIVE_FIELDS}, reads_account=False)
def queue_notify(request: ActionRequest) -> ActionResult:
    """ "Let me know when someone is free": no more updates on the line, only the agent joining."""
    if request.live is None or request.live.phase != "queued":
        return ActionResult("none")
    return ActionResult("quiet", {"live": _live_fields(request)}, queue="notify")


@action(outcomes=("left", "none"), fields={"live": LIVE_FIELDS}, reads_account=False)
def leave_queue(request: ActionRequest) -> ActionResult:
    """Stop waiting for a person: the place in line is given up."""
    if request.live is None or request.live.phase != "queued":
        return ActionResult("none")
    live = request.live
    entry = LogEntry(request.now, f"Stopped waiting for the {live.team_name} team.", live.case)
    return ActionResult("left", {"live": _live_fields(request)}, log=(entry,), queue="leave")


@action(outcomes=("waiting", "none"), fields={"live": LIVE_FIELDS, "estimate": ("team", "wait", "position")}, reads_account=False)
def queue_position(request: ActionRequest) -> ActionResult:
    """Where the customer stands in line; not in line, how long the wait would be now."""
    if request.live is None or request.live.phase != "queued":
        status = request.availability(request.route("talk to a person")).status
        estimate = {"team": status.name, "wait": wait_words(status.minutes), "position": str(status.position)}
        return ActionResult("none", {"estimate": estimate})
    return ActionResult("waiting", {"live": _live_fields(request)})


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
    numbers = tuple(dict.fromkeys(entry.case for entry in entries if entry.case))
    cases = ", ".join(numbers) or "none"
    earlier = [case.number for case in request.cases if case.status != "closed" and case.number not in numbers]
    if earlier:  # the cases of earlier chats stay open on the account: keep those numbers too
        cases += f" from this chat; still open from earlier chats: {', '.join(earlier)}"
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
