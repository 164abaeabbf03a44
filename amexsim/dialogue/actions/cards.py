"""Card actions: lock, unlock, replace, digital wallets, where a new card is, which cards there are."""

from __future__ import annotations

from ...bank.accounts import Account, Card, long_date
from ...bank.cases import Case
from ...bank.changes import Change
from ...bank.policies import business_days_after
from ..replies import stable_number
from ..state import LogEntry
from .base import CARD_FIELDS, ActionRequest, ActionResult, action, card_fields, count


@action(outcomes=("locked", "already_locked"), fields={"card": CARD_FIELDS}, needs=("card",), changes_account=True)
def lock_card(request: ActionRequest) -> ActionResult:
    """Lock the card so no new charges go through (recurring payments may still be allowed)."""
    return _switch_lock(request, lock=True)


@action(outcomes=("unlocked", "not_locked"), fields={"card": CARD_FIELDS}, needs=("card",), changes_account=True)
def unlock_card(request: ActionRequest) -> ActionResult:
    return _switch_lock(request, lock=False)


def _switch_lock(request: ActionRequest, *, lock: bool) -> ActionResult:
    """Lock or unlock; undone by the opposite change if a correction makes it moot."""
    card = request.card()
    if (card.status == "locked") == lock:
        return ActionResult("already_locked" if lock else "not_locked", {"card": card_fields(card)})
    verb, change, reverse = ("locked", "lock_card", "unlock_card") if lock else ("unlocked", "unlock_card", "lock_card")
    return ActionResult(
        verb,
        {"card": card_fields(card)},
        changes=(Change.of(change, card=card.last_four),),
        log=(LogEntry(request.now, f"{verb.capitalize()} the {card.label}."),),
        done=f"{verb} the {card.label}",
        undo=(Change.of(reverse, card=card.last_four),),
    )


REPLACEMENT_FIELDS = ("arrives_by", "business_days", "new_last_four", "number_note", "address")


@action(
    outcomes=("ordered",),
    fields={"card": CARD_FIELDS, "replacement": REPLACEMENT_FIELDS, "case": ("number",)},
    needs=("card",),
    changes_account=True,
)
def replace_card(request: ActionRequest) -> ActionResult:
    """Send a new card to the address on file. Lost or stolen: a new number, the old card
    cancelled. Damaged (``with: {number: same}``): the same number, the old card keeps working."""
    card = request.card()
    same_number = request.params.get("number") == "same"
    case_number = request.new_case("R")
    arrives = business_days_after(request.today, request.policies.replacement_business_days)
    new_four = card.last_four if same_number else _new_last_four(request, case_number)
    if same_number and card.status == "locked":  # a locked card declines purchases: nothing to keep using
        note = f"with the same number; the {card.label} stays locked until then (say 'unlock my card' if you need it meanwhile)"
    elif same_number:
        note = f"with the same number, so you can keep using the {card.label} until it arrives"
    else:
        note = f"with a new number ending {new_four}; the {card.label} is cancelled for good"
    case = Case(
        number=case_number,
        account=request.account.id,
        kind="replacement",
        opened=request.now,
        summary=f"Replacement for the {card.label}",
        card=card.last_four,
        deadlines=(("arrives_by", arrives),),
    )
    kept = "with the same number" if same_number else f"with a new number ending {new_four}"
    step = f"Your new card arrives by {long_date(arrives)}" + (
        "; update any automatic payments with the new number." if not same_number else "."
    )
    return ActionResult(
        "ordered",
        {
            "card": card_fields(card),
            "replacement": {
                "arrives_by": long_date(arrives),
                "business_days": str(request.policies.replacement_business_days),
                "new_last_four": new_four,
                "number_note": note,
                "address": request.account.mailing_address,
            },
            "case": {"number": case_number},
        },
        changes=(Change.of("replace_card", card=card.last_four, new_card=new_four, arrives=arrives.isoformat()),),
        cases=(case,),
        log=(LogEntry(request.now, f"Ordered a replacement for the {card.label}, {kept}.", case_number, step),),
        done=f"ordered a replacement for the {card.label}",
    )


def _new_last_four(request: ActionRequest, salt: str) -> str:
    taken = {card.last_four for card in request.account.cards}
    number = stable_number(salt, request.salt, "card")
    while True:
        candidate = f"{number % 10000:04d}"
        if candidate not in taken:
            return candidate
        number += 7919


@action(outcomes=("in_wallets", "no_wallets"), fields={"card": CARD_FIELDS}, needs=("card",))
def wallet_status(request: ActionRequest) -> ActionResult:
    card = request.card()
    return ActionResult("in_wallets" if card.wallets else "no_wallets", {"card": card_fields(card)})


@action(
    outcomes=("on_its_way", "overdue", "none_ordered"), fields={"card": CARD_FIELDS, "replacement": ("arrives_by", "address", "number")}
)
def replacement_status(request: ActionRequest) -> ActionResult:
    """Where a card ordered earlier is: the latest replacement or new card on its way, and
    whether it has a new number ("will my card number change?")."""
    coming = [card for card in request.account.cards if card.replacement_due and card.status != "cancelled"]
    if not coming:
        return ActionResult("none_ordered")
    card = max(coming, key=lambda c: c.replacement_due)
    return ActionResult(
        "on_its_way" if request.today <= card.replacement_due else "overdue",
        {
            "card": card_fields(card),
            "replacement": {
                "arrives_by": long_date(card.replacement_due),
                "address": request.account.mailing_address,
                "number": _number_note(request.account, card),
            },
        },
    )


def _number_note(account: Account, coming: Card) -> str:
    """A replacement for a lost or stolen card has a new number and the old card is cancelled;
    one for a damaged card keeps the number."""
    old = [card for card in account.cards if card.status == "cancelled" and card.name == coming.name and card.holder == coming.holder]
    if old:
        return f"It has a new number, ending {coming.last_four}; the card ending {old[-1].last_four} is cancelled."
    return f"It keeps the same number, ending {coming.last_four}."


@action(outcomes=("active", "locked", "cancelled"), fields={"card": CARD_FIELDS}, needs=("card",))
def card_state(request: ActionRequest) -> ActionResult:
    """Whether the chosen card is locked (to branch before asking to lock or unlock it), or was
    cancelled (replaced with a new number: "found it, unlock it" after a lost card's replacement)."""
    card = request.card()
    return ActionResult(card.status if card.status in ("locked", "cancelled") else "active", {"card": card_fields(card)})


CARD_LIST_FIELDS = ("list", "count")


def _card_line(card: Card) -> str:
    """One card as the customer sees it in a list: whose it is and whether it is locked."""
    holder = f" ({card.holder}, authorized user)" if card.authorized_user else ""
    state = "locked" if card.status == "locked" else "active"
    return f"- {card.label}{holder}: {state}"


def card_list_fields(account: Account) -> dict[str, str]:
    cards = account.usable_cards()
    return {"list": "\n".join(_card_line(card) for card in cards), "count": count(len(cards), "card")}


@action(outcomes=("listed",), fields={"cards": CARD_LIST_FIELDS})
def list_cards(request: ActionRequest) -> ActionResult:
    """Every card on the account that is not cancelled: the customer's own, then authorized users'."""
    return ActionResult("listed", {"cards": card_list_fields(request.account)})


@action(outcomes=("active", "locked", "listed"), fields={"card": CARD_FIELDS, "cards": CARD_LIST_FIELDS})
def card_status(request: ActionRequest) -> ActionResult:
    """The status of the card the customer named, or of every card when they named none."""
    if "card" not in request.slots:
        return ActionResult("listed", {"cards": card_list_fields(request.account)})
    card = request.card()
    return ActionResult("locked" if card.status == "locked" else "active", {"card": card_fields(card)})


@action(outcomes=("listed", "none"), fields={"wallets": ("list",)})
def wallet_cards(request: ActionRequest) -> ActionResult:
    """Every usable card with the wallets it is in ("which of my cards are in apple pay")."""
    cards = request.account.usable_cards()
    if not any(card.wallets for card in cards):
        return ActionResult("none")
    lines = [f"- {card.label}: {', '.join(card.wallets) if card.wallets else 'not in a wallet yet'}" for card in cards]
    return ActionResult("listed", {"wallets": {"list": "\n".join(lines)}})


@action(outcomes=("ordered", "none"), reads_account=False)
def replaced_in_this_chat(request: ActionRequest) -> ActionResult:
    """Whether a replacement card was ordered earlier in this chat (its case is in the chat's log):
    "can u also send me a new card" then means that one, and it is told, not ordered twice."""
    ordered = any(entry.case and entry.case.startswith("R") for entry in request.log)
    return ActionResult("ordered" if ordered else "none")
