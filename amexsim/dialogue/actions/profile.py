"""Account-change actions: contact details, authorized users, communication preferences."""

from __future__ import annotations

import re

from ...bank.accounts import long_date
from ...bank.cases import Case
from ...bank.changes import Change
from ...bank.policies import business_days_after
from ..replies import stable_number
from ..state import LogEntry
from .base import ActionRequest, ActionResult, action

CONTACT = {  # with: {field: ...} -> (slot with the new value, account attribute, change kind, words)
    "address": ("new_address", "mailing_address", "set_address", "mailing address"),
    "phone": ("new_phone", "phone", "set_phone", "phone number"),
    "email": ("new_email", "email", "set_email", "e-mail address"),
}
CHANGE_FIELDS = ("what", "old", "new")


@action(outcomes=("updated", "unchanged"), fields={"change": CHANGE_FIELDS}, changes_account=True)
def update_contact(request: ActionRequest) -> ActionResult:
    """Replace the address, phone or e-mail on file (``with: {field: address}``)."""
    slot, attribute, kind, words = CONTACT[request.params["field"]]
    old, new = getattr(request.account, attribute), request.slot(slot)
    fields = {"change": {"what": words, "old": old, "new": new}}
    if " ".join(old.lower().split()) == " ".join(new.lower().split()):
        return ActionResult("unchanged", fields)
    return ActionResult(
        "updated",
        fields,
        changes=(Change.of(kind, value=new),),
        log=(LogEntry(request.now, f"Changed the {words} to {new}."),),
        done=f"changed the {words}",
    )


USER_FIELDS = ("name", "last_four", "arrives_by")


@action(outcomes=("added",), fields={"user": USER_FIELDS, "case": ("number",)}, needs=("user_name",), changes_account=True)
def add_authorized_user(request: ActionRequest) -> ActionResult:
    name = request.slot("user_name")
    case_number = request.new_case("A")
    taken = {card.last_four for card in request.account.cards}
    number = stable_number(case_number, request.salt, "user")
    while f"{number % 10000:04d}" in taken:
        number += 7919
    last_four = f"{number % 10000:04d}"
    arrives = business_days_after(request.today, request.policies.new_card_business_days)
    case = Case(case_number, request.account.id, "authorized_user", request.now, f"Added {name} as an authorized user", card=last_four)
    return ActionResult(
        "added",
        {"user": {"name": name, "last_four": last_four, "arrives_by": long_date(arrives)}, "case": {"number": case_number}},
        changes=(Change.of("add_authorized_user", name=name, card=last_four, arrives=arrives.isoformat()),),
        cases=(case,),
        log=(
            LogEntry(
                request.now,
                f"Added {name} as an authorized user (card ending {last_four}).",
                case_number,
                f"Their card arrives by {long_date(arrives)}.",
            ),
        ),
        done=f"added {name} as an authorized user",
    )


@action(outcomes=("listing", "adding"), reads_account=False)
def users_request(request: ActionRequest) -> ActionResult:
    """Whether the message that started the flow asks who is on the account (one of the words of
    ``with: {asks: "who|which"}`` and none of ``with: {unless: "add"}``) rather than asks to add
    someone: "who is an authorized user on my account" is answered, not taken as a request."""
    words = set(re.findall(r"[a-z]+", request.said.lower()))
    asks, unless = (set(request.params.get(key, "").split("|")) - {""} for key in ("asks", "unless"))
    return ActionResult("listing" if words & asks and not words & unless else "adding")


@action(outcomes=("listed", "none"), fields={"users": ("list", "count")})
def authorized_users(request: ActionRequest) -> ActionResult:
    """Who is on the account besides the holder, as it stands (this chat's changes included)."""
    users = request.account.authorized_users
    if not users:
        return ActionResult("none")
    lines = "\n".join(f"- {user.name}, card ending {user.last_four}" for user in users)
    return ActionResult("listed", {"users": {"list": lines, "count": str(len(users))}})


@action(outcomes=("removed",), fields={"user": USER_FIELDS}, needs=("authorized_user",), changes_account=True)
def remove_authorized_user(request: ActionRequest) -> ActionResult:
    last_four = request.slot("authorized_user")
    user = next(u for u in request.account.authorized_users if u.last_four == last_four)
    return ActionResult(
        "removed",
        {"user": {"name": user.name, "last_four": last_four, "arrives_by": ""}},
        changes=(Change.of("remove_authorized_user", card=last_four),),
        log=(
            LogEntry(
                request.now,
                f"Removed {user.name} as an authorized user; the card ending {last_four} is cancelled.",
                next_step="Charges they already made stay on your account.",
            ),
        ),
        done=f"removed {user.name} as an authorized user",
    )


PREFERENCE_CHANGES = {
    "statements_paperless": {"statements": "paperless"},
    "statements_paper": {"statements": "paper"},
    "alerts_email": {"alerts": "email"},
    "alerts_text": {"alerts": "text"},
    "alerts_both": {"alerts": "both"},
    "alerts_none": {"alerts": "none"},
    "marketing_off": {"marketing": False},
    "marketing_on": {"marketing": True},
}


@action(outcomes=("updated", "unchanged"), fields={"preference": ("shown",)}, needs=("preference",), changes_account=True)
def set_preference(request: ActionRequest) -> ActionResult:
    choice = request.slots["preference"]
    wanted = PREFERENCE_CHANGES[choice.value]
    current = request.account.preferences
    fields = {"preference": {"shown": choice.shown}}
    if all(getattr(current, key) == value for key, value in wanted.items()):
        return ActionResult("unchanged", fields)
    return ActionResult(
        "updated",
        fields,
        changes=(Change.of("set_preferences", **wanted),),
        log=(LogEntry(request.now, f"Set communication preferences: {choice.shown}."),),
        done=f"switched to {choice.shown}",
    )


@action(outcomes=("change", "unchanged"), fields={"preference": ("shown",)}, needs=("preference",))
def preference_state(request: ActionRequest) -> ActionResult:
    """Whether the preference asked for is already set ("i don't want paper statements" on a
    paperless account): said so at once, with no yes-or-no question about a change that is none."""
    choice = request.slots["preference"]
    wanted = PREFERENCE_CHANGES[choice.value]
    current = request.account.preferences
    same = all(getattr(current, key) == value for key, value in wanted.items())
    return ActionResult("unchanged" if same else "change", {"preference": {"shown": choice.shown}})


@action(outcomes=("paperless", "paper"))
def statement_delivery(request: ActionRequest) -> ActionResult:
    """How statements reach the customer now, so a question about it is answered before any switch is offered."""
    return ActionResult("paper" if request.account.preferences.statements == "paper" else "paperless")
