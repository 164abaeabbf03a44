"""The flow interpreter: runs the steps an intent declares in YAML, one turn at a time.

A flow is a list of steps (``collect``, ``check``, ``do``, ``confirm``, ``prompt``, ``say``,
``set``, ``handoff``, ``flow``). The interpreter runs them until one needs the customer (a
question, a yes or no, a security prompt) and then waits. What every flow gets for free is
handled here, not in each flow:

- verification before an intent that reads the account;
- reading answers in context: yes and no, "the second one", a day, an amount, an address;
- "cancel" / "never mind" at any point (it says what, if anything, was already done);
- corrections ("no, I meant the other card", "actually it was $46.10"): the slot is replaced,
  what depended on it is undone where it can be, and the flow runs again from there;
- digressions: another question mid-flow is answered, then the flow asks its question again;
- the security prompt before an intent with ``secure_prompt: true`` changes the account.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..guard import numbers_withheld
from ..understanding.entities import Entities
from ..understanding.intents import END, FlowStep, Intent
from ..understanding.request_clause import reads_as_request
from .actions import ACTIONS, ActionRequest, ActionResult
from .follow_up import asks_a_detail, card_of_the_charge_shown, found_again
from .held_off import held_off
from .scope import Beyond, named_beyond_own_card
from .slots import (
    EXPLAINING_KEYS,
    SLOT_TYPES,
    STREET_ADDRESS,
    Resolution,
    SlotContext,
    charge_of,
    latest_disputed_charge,
    names_a_merchant,
    says_more_than_a_card,
    with_heard,
)
from .state import Done, Frame, SlotValue, Waiting

if TYPE_CHECKING:
    from ..understanding.matcher import Match
    from .engine import TurnBuilder

OUTCOME = "outcome"  # ``say: outcome`` says the reply case named after the last action's outcome
MAX_STACK = 3  # flows interrupted by digressions, at most
MAX_STEPS_PER_TURN = 60  # a flow that jumps more than this in one turn is looping
MAX_MISSES = 3  # answers in a row that do not answer a question, before the flow gives up
_CORRECTABLE = {"card", "authorized_user", "charge", "statement", "day_of_month", "amount", "choice", "phone", "email", "address"}
_FREE_TEXT = {"text", "person_name"}
PERSON_DOMAIN = "agent_request"  # the domain of requests for a person
_GUESS_WORDS = 3  # a reading with no rule behind it, of this many words or fewer, interrupts no question
_SAID_LIMIT = 2000
_NEW_REQUEST_WORDS = 2  # words beyond naming a card that make an answer to "which card?" a request of its own
_NO_CRITERIA = Entities()


class FlowRunner:
    """Runs flows for one turn. It works on the turn's state through ``turn`` and says things
    through ``turn.say`` / ``turn.reply``."""

    def __init__(self, turn: TurnBuilder) -> None:
        self.t = turn
        self.a = turn.assistant

    # ----- starting ---------------------------------------------------------------------------
    def start(self, intent: Intent, *, replace_top: bool = False, inherit: Frame | None = None, said: str | None = None) -> None:
        """Start ``intent``'s flow on top of any flow in progress (a digression), or in place of
        the top one."""
        t = self.t
        stack = t.state.stack[:-1] if replace_top and t.state.stack else t.state.stack
        if len(stack) >= MAX_STACK:
            stack = stack[1:]
        frame = Frame(
            intent.name,
            criteria=_merge(inherit.criteria if inherit else _NO_CRITERIA, t.entities),
            slots=dict(inherit.slots) if inherit else {},
            said=said if said is not None else _said_for(t.text, inherit),
            fields=dict(inherit.fields) if inherit else {},
        )
        t.state = t.state._replace(stack=(*stack, frame))
        t.trace_intent(intent)
        if intent.needs_verification and not t.state.verified:
            if t.verify_locked_out():
                self.finish(say_resume=False)
                return
            self.wait("verify", t.verify_ask())
            t.outcome("verify")
            return
        self.advance()

    # ----- answers ----------------------------------------------------------------------------
    def answer(self) -> None:
        """The message came while the top flow waits on a question: read it in that context."""
        t = self.t
        frame = t.state.top
        assert frame is not None and frame.waiting is not None
        waiting = frame.waiting
        normalised = t.match.normalised
        resolution: Resolution | None = None
        t.trace_intent(self.a.intents.by_name[frame.intent], flow_only=True)
        if self.a.answers.is_cancel(normalised) or held_off(normalised, self.steps_of(frame.intent)) is not None:
            self.cancel()  # "never mind"; "no don't lock it" to "which card shall I lock?"
            return
        if waiting.kind == "slot" and waiting.slot in ("card", "charge") and _NO_TO_WHICH.fullmatch(normalised):
            self.cancel()  # "no dont" to "which card is this about?", "no wait" to "which charge?": none, so nothing is done
            return
        if waiting.kind == "slot" and _NO_AFTER_ALL.match(normalised) and self.a.intents.by_name[frame.intent].domain == PERSON_DOMAIN:
            self.cancel()  # "actually no, i'll just use the other card" to "what is it about?": no person after all
            return
        if waiting.kind == "confirm" and self.changes_course(frame):
            return
        if waiting.kind != "verify" and self.reports_a_card_gone(frame):
            return
        if waiting.kind != "verify" and self.correct(frame):
            return  # "never mind, it's the $6.50 Blue Bottle one" corrects
        if self.a.answers.cancels_first(normalised):
            # "never mind, I want to lock my card instead": called off, and a request of its own goes on
            self.cancel()
            if _ruled_request(t.match) and t.match.intent.name != frame.intent:
                t.outcome("intent")
                self.start(t.match.intent)
            return
        if self.a.answers.calls_off_within(normalised):
            # "oh wait that's my son's card, nevermind he bought a laptop", "ok so they're different
            # amounts, never mind then": called off, with the reason; a request of another domain
            # said with it goes on ("never mind that, what's my balance")
            self.cancel()
            own = self.a.intents.by_name[frame.intent].domain
            if _ruled_request(t.match) and t.match.intent.domain != own:
                t.outcome("intent")
                self.start(t.match.intent)
            return
        if waiting.kind in ("slot", "confirm") and self.takes_instead(frame):
            return
        if waiting.kind == "verify":
            if t.verification_answer():
                if t.state.verified:
                    self.set_top(frame._replace(waiting=None))
                    self.advance()
                elif t.trace.outcome == "verify_locked":
                    self.finish(say_resume=False)
                return
        elif waiting.kind == "confirm":
            if self.a.answers.takes_back(self.a.matcher.normalizer.text(t.text)):
                # "ok wait no, my husband used it", "yes please, no wait, I found it": the yes taken back is a no
                t.outcome("answer")
                self.decline(frame)
                return
            if self.asks_for_a_person() and not self.offers_a_person(frame):
                # "ok connect me to someone then" to "shall I open a review?": a person, not a yes
                t.outcome("digression")
                self.start(t.match.intent)
                return
            if self.asks_for_a_person() and self.offers_a_person(frame):
                # "supervisor please" to "would you also like to speak with a supervisor?": a yes
                t.outcome("answer")
                self.set_top(frame._replace(waiting=None, step=frame.step + 1))
                self.advance()
                return
            to_a_street = STREET_ADDRESS.search(normalised) is not None and _SENDS_TO_THE_ADDRESS.search(waiting.question) is not None
            if to_a_street and _MOVED.search(normalised) and "change_address" in self.a.intents.by_name:
                # "send it to my new place, 2840 Larimer St ..., not portland": the address on file changes
                # first (the card goes only there), then the card is offered again, to the new one
                t.outcome("digression")
                t.reply(self.a.replies["address_change_first"])
                self.start(self.a.intents.by_name["change_address"], said=t.text)
                return
            if to_a_street or (_ANOTHER_PLACE.search(normalised) and _SENDS_TO_THE_ADDRESS.search(waiting.question)):
                # "can you send it here to my hotel?" to "shall I send it to your address on file?": no yes
                t.outcome("answer")
                t.reply(f"{self.a.replies['address_on_file_only']} {waiting.question}")
                return
            if (whose := card_of_the_charge_shown(t)) is not None:
                # "which card was it on?" to "shall I open the dispute?": the card, then the question again
                t.outcome("answer")
                t.reply(whose)
                t.reply(waiting.question)
                return
            if _BACK_TO.match(normalised):
                # "ok back to the dispute" to "shall I open the dispute?": back to the question, not a yes to it
                t.outcome("answer")
                t.reply(waiting.question)
                return
            if self.explains_why(frame):
                return
            if self.asks_only_what_was_done(frame):
                # "yes lock it" to "I've locked it; shall I send a replacement?": the lock, kept; no new card
                t.outcome("answer")
                self.decline(frame)
                return
            if self.a.answers.is_yes(normalised) or self.asks_for_offer(frame) or self.gives_offered_value(frame):
                t.outcome("answer")
                if (also := t.second_request(self.a.intents.by_name[frame.intent])) is not None:
                    # "unlock it and also how much saks credit is left": the yes, then the other request
                    t.state = t.state._replace(pending=also.name, pending_said=t.text)
                self.set_top(frame._replace(waiting=None, step=frame.step + 1))
                self.advance()
                return
            if self.asked_again(frame) or self.about_another_card(frame) or self.found_while_asked(frame) or self.amount_named(frame):
                return
            if self.instead(frame):
                return
            # "no its not mine, i never shop there" to the dispute of a charge not made: the charge disowned
            # again, no "no" to the dispute; nor a yes to it: asked again
            disowned = _DISOWNS.match(normalised) is not None and _NOT_MADE_REASON in {v.value for v in frame.slots.values()}
            if disowned or self._restates_a_choice(frame):
                # "never received it" to "... you never received what you paid for. Shall I open the dispute?":
                # what it holds, said again, is neither a yes nor a no: the question again
                t.outcome("answer")
                t.reply(t.say("confirm_detail", question=waiting.question))
                return
            if (self.a.answers.is_no(normalised) or _LEAVE_IT.search(normalised)) and not disowned:
                t.outcome("answer")
                self.decline(frame)
                return
        elif waiting.kind == "slot":
            spec = self.a.slots[waiting.slot]
            # the answer on its own first (it may replace details that found nothing), then with what came before
            alone = self.resolve(frame._replace(criteria=t.entities), waiting.slot, answering=True, choices=waiting.choices)
            resolution = alone
            if alone.value is None:
                resolution = self.resolve(frame, waiting.slot, answering=True, choices=waiting.choices)
                if resolution.value is None and alone.choices:
                    resolution = alone  # "the one at amazon": which of these two is more use than a plain "sorry"
            if resolution.value is None and spec.type == "address" and frame.said:
                # "change my address to 12 Pine St", then "Brooklyn NY 11215": the two parts make the address
                joined = self.resolve(frame, waiting.slot, answering=True, choices=waiting.choices, text=f"{frame.said}, {t.text}")
                resolution = joined if joined.value is not None else resolution
            if resolution.value is not None and spec.type == "card" and self.new_request(frame) and self.digress(frame):
                return  # "use points to pay for the delta charge" names no card to answer with
            if resolution.value is not None and spec.type == "charge" and self.asks_of_its_own(frame) and self.digress(frame):
                return  # "how much did i spend at amazon?" to "which charge is it?": a question, not the charge
            if resolution.value is not None and spec.type in _FREE_TEXT and _FIRST.match(t.match.normalised) and self.digress(frame):
                return  # "actually first tell me my balance" to "what is it about?": a request put before this one
            if resolution.value is not None and spec.type in _FREE_TEXT and self.asks_elsewhere(frame) and self.digress(frame):
                return  # "where am I in line?" to "what went wrong?": a question of its own, not the complaint
            if resolution.value is not None and _BREAKS_OFF.match(t.match.normalised) and self.elsewhere(frame) and self.digress(frame):
                return  # "wait, actually my card was stolen" to "what's wrong with the charge?": news, not an answer
            if resolution.value is not None:
                t.outcome("answer")
                frame = self.fill(self.heard(frame)._replace(waiting=None), waiting.slot, resolution.value, frame.step)
                self.set_top(frame)
                self.queue_others(frame, resolution)
                self.advance()
                return
            if spec.type in _FREE_TEXT:  # free text takes anything readable; nothing was readable
                self.miss(frame, resolution)
                return
            if waiting.choices and _PICKS.match(normalised) and not _ruled_request(t.match):
                self.miss(frame, resolution)  # "the new one" picks among the options; it is no request for a new card
                return
        if self.digress(frame):
            return
        self.miss(frame, resolution if waiting.kind == "slot" else None)

    def asked_again(self, frame: Frame) -> bool:
        """The flow's own request made again while it waits on a yes or a no ("why was my card
        declined at amazon?" to "would you like me to unlock it?"): it is answered afresh, which
        asks the question again, rather than told it needs a yes or a no. Only a question, and
        only of a flow that has collected nothing but the card: "the amount is wrong, it should
        have been $20" to "shall I open the dispute?" tells the flow more, it does not start over."""
        match = self.t.match
        best = match.best
        if match.outcome != "intent" or match.intent is None or match.intent.name != frame.intent or best is None or best.rule is None:
            return False
        if set(frame.slots) - {"card"} or not _asks(self.t.text, match.normalised):
            return False
        self.t.outcome("intent")
        self.start(match.intent, replace_top=True)
        return True

    def instead(self, frame: Frame) -> bool:
        """ "actually don't remove her, just lock her card instead" to "shall I remove Lena?": a no to
        the question, and the request after it taken up (it asks before it acts)."""
        t = self.t
        found = _DONT_THEN.match(t.match.normalised)
        if found is None:
            return False
        again = self.a.matcher.match(found.group("rest"))
        if not _ruled_request(again) or again.intent.name == frame.intent:
            return False
        t.outcome("intent")
        t.trace.evidence = f"a no to {frame.intent}, and {again.intent.name} instead"
        self.finish(say_resume=False)
        self.start(again.intent, said=found.group("rest"), inherit=self._their_card(frame, found.group("rest")))
        return True

    def _their_card(self, frame: Frame, rest: str) -> Frame | None:
        """ "just lock her card instead" of the person the question was about: that person's card."""
        if not _THEIR.search(rest):
            return None
        card = frame.slots.get("card")
        if card is None:
            named = {value.shown.split(" (")[0] for value in frame.slots.values()}
            account = self.t.state.account
            holder = next((c for c in account.usable_cards() if c.holder in named and c.holder != account.holder_name), None)
            card = SlotValue(holder.last_four, holder.label) if holder is not None else None
        return Frame("", slots={"card": card}, said="") if card is not None else None

    def found_while_asked(self, frame: Frame) -> bool:
        """ "oh wait i found it" to "shall I send a replacement?" after the lost card was locked:
        no new card, and the unlock offered (asked first) instead of a yes or a no asked for."""
        t = self.t
        card = frame.slots.get("card")
        steps = self.steps(frame)
        locked = any(steps[d.step].kind == "do" and steps[d.step].arg == "lock_card" for d in frame.done if d.step < len(steps))
        unlock = self.a.intents.by_name.get("unlock_card")
        if card is None or not locked or unlock is None or not found_again(t.match.normalised):
            return False
        t.outcome("intent")
        t.trace.evidence = f"the card found again while {frame.intent} asked"
        self.finish(say_resume=False)
        self.start(unlock, inherit=Frame(unlock.name, slots={"card": card}, said=frame.said), said=t.text)
        return True

    def amount_named(self, frame: Frame) -> bool:
        """ "to 35000" to "shall I raise your limit to $31,000?": the amount the flow asked about (or
        could have) named anew, before anything was done: the flow again with that amount (it
        checks it and asks again), not a yes or a no asked for."""
        t = self.t
        if frame.done or not _A_NUMBER.search(t.text) or len(t.match.normalised.split()) > _AMOUNT_ONLY_WORDS:
            return False
        if t.findings or not _SAID_AS_AN_AMOUNT.search(t.text):
            return False  # a bare "55" may be a piece of a number read out (an SSN, a card): never an amount unasked
        steps = self.steps(frame)
        slot = next(
            (s.arg for s in steps[: frame.step] if s.kind == "collect" and self.a.slots[s.arg].type == "amount"),
            None,
        )
        if slot is None:
            return False
        value = self.resolve(frame, slot, answering=True, choices=()).value
        if value is None or (frame.slots.get(slot) is not None and frame.slots[slot].value == value.value):
            return False
        t.outcome("corrected")
        kept = {name: held for name, held in frame.slots.items() if name != slot}
        again = Frame(frame.intent, slots={**kept, slot: value}, said=frame.said)
        self.start(self.a.intents.by_name[frame.intent], replace_top=True, inherit=again)
        return True

    def about_another_card(self, frame: Frame) -> bool:
        """ "and the other one?" or "what about my gold card?" to "would you like to lock it?"
        asked of the Platinum, before anything was done: the same question about that card. Read
        as no answer, the question stayed, and a later "yes" locked the card asked about first."""
        t = self.t
        current = frame.slots.get("card")
        if current is None or frame.done or not _ABOUT_ANOTHER.match(t.match.normalised) or _ruled_request(t.match):
            return False
        other = self.resolve(frame, "card", answering=False, choices=(), text=t.text).value
        if other is None or other.value == current.value:
            return False
        t.outcome("follow_up")
        kept = {name: value for name, value in frame.slots.items() if name != "card"}
        again = Frame(frame.intent, slots={**kept, "card": other}, said="")
        self.start(self.a.intents.by_name[frame.intent], replace_top=True, inherit=again)
        return True

    def changes_course(self, frame: Frame) -> bool:
        """Another action of the same kind, on another card, asked for while a yes or a no is
        awaited ("ok, and lock my platinum card" or "wait no, lock the platinum instead" to "shall
        I unlock your Delta card?"): the question is set aside and the new request is taken up. Read as a yes, the
        first had unlocked a card nobody asked to unlock; read as a correction, the second had
        kept the unlock and only changed the card. A request for what the question offers is a
        yes (``asks_for_offer``), and a question ("ok, is it locked?") is a digression."""
        t = self.t
        match = t.match
        if not _ruled_request(match):  # "wait no, lock the platinum instead": the request after the lead words
            rest = self.a.answers.without_lead(match.normalised)
            if rest == match.normalised or len(rest.split()) < 2 or not _ruled_request(again := self.a.matcher.match(rest)):
                return False
            match = again
        intent = match.intent
        if not intent.is_service or intent.domain != self.a.intents.by_name[frame.intent].domain:
            return False
        # the flow's own request again is another request only for another charge ("ok dispute the
        # Alinea dinner" to the CVS dispute's "shall I lock the card?"); for another card it corrects
        named_slots = ("charge",) if intent.name == frame.intent else ("card", "charge")
        if _asks(t.text, match.normalised) or _NEGATED.search(match.normalised.removeprefix("no ").removeprefix("wait no ")):
            return False
        actions, intents = self.offered(frame)
        if intent.name != frame.intent and (intent.name in intents or actions & _actions_of(self.steps_of(intent.name))):
            return False
        if intent.name == frame.intent and _ALSO.search(match.normalised) and self.names_another(frame, match.normalised, ("card",)):
            # "and lock the platinum one too" to "shall I lock the delta?": a yes, then the other card
            t.outcome("answer")
            t.state = t.state._replace(pending=intent.name, pending_said=t.text)
            self.set_top(frame._replace(waiting=None, step=frame.step + 1))
            self.advance()
            return True
        if not self.names_another(frame, match.normalised, named_slots):
            return False  # only another card or charge named makes it another request ("ok, and lock it" stays a yes)
        t.outcome("digression")
        t.reply(t.say("set_aside", what=self.label(frame)))
        t.state = t.state._replace(stack=t.state.stack[:-1])
        t.match = match
        self.start(intent)
        return True

    def takes_instead(self, frame: Frame) -> bool:
        """Another request said to be wanted instead ("wait no, just lock it instead" to "is the card
        lost, stolen, damaged or expiring?"): the flow under way is set aside for it, not asked again.
        A request a rule reads, of another intent, after the lead words ("wait no, just")."""
        t = self.t
        if not _INSTEAD.search(t.match.normalised):
            return False
        match = t.match
        if not _ruled_request(match) or match.intent.name == frame.intent:
            rest = _INSTEAD.sub(" ", self.a.answers.without_lead(match.normalised)).strip()
            if len(rest.split()) < 2 or not _ruled_request(again := self.a.matcher.match(rest)):
                return False
            match = again
        intent = match.intent
        if intent.name == frame.intent or not intent.is_service:
            return False
        t.outcome("intent")
        t.reply(t.say("set_aside", what=self.label(frame)))
        t.state = t.state._replace(stack=t.state.stack[:-1])
        t.match = match
        t.trace_intent(intent)
        self.start(intent)
        return True

    def reports_a_card_gone(self, frame: Frame) -> bool:
        """ "wait actually my green card just got stolen out of my car" in the middle of a dispute: a
        card lost or stolen now is a request of its own, taken up at once (the dispute comes back after
        it), not a reason for the charge ("I didn't make it, my card was stolen" still is one)."""
        t = self.t
        match = t.match
        if not _ruled_request(match) or match.intent.domain != "card_replacement":
            return False
        if self.a.intents.by_name[frame.intent].domain == "card_replacement" or not _A_CARD_GONE_NOW.search(match.normalised):
            return False
        t.outcome("digression")
        self.start(match.intent)
        return True

    def explains_why(self, frame: Frame) -> bool:
        """ "why?", "what do you mean too late?" at a yes-or-no question whose intent has a
        ``why_<question>`` reply: the reason, then the question again (it had been told to say
        yes or no)."""
        t = self.t
        waiting = frame.waiting
        if waiting is None or not _WHY.match(t.match.normalised) or len(t.match.normalised.split()) > _WHY_WORDS:
            return False
        if _ruled_request(t.match):
            return False  # "why was my card declined at the store?": a request of its own, answered afresh
        intent = self.a.intents.by_name[frame.intent]
        key = f"why_{self.steps(frame)[frame.step].arg}"
        if key not in intent.replies:
            return False
        t.outcome("answer")
        t.reply(self.render(intent, key, frame.fields))
        t.reply(waiting.question)
        return True

    def decline(self, frame: Frame) -> None:
        """A no to the yes-or-no question ``frame`` waits on: its ``no`` step, or the flow ends."""
        target = self.steps(frame)[frame.step].target("no")
        if target is None:
            self.cancel(declined=True)
            return
        self.set_top(frame._replace(waiting=None))
        self.goto(target)
        self.advance()

    def asks_only_what_was_done(self, frame: Frame) -> bool:
        """The message asks (after any yes) only for what this flow already did before its
        question: "yes lock it" to "I've locked your card first. Shall I send a replacement?"
        wants the lock, not the new card a yes would order (and the old card cancelled)."""
        match = self.t.match
        if not _ruled_request(match):
            rest = self.a.answers.without_lead(match.normalised)
            if rest == match.normalised or not rest or not _ruled_request(match := self.a.matcher.match(rest)):
                return False
        if match.intent.name == frame.intent or _asks(self.t.text, match.normalised):
            return False
        wanted = _actions_of(self.steps_of(match.intent.name))
        steps = self.steps(frame)
        done = frozenset(steps[d.step].arg for d in frame.done if steps[d.step].kind == "do")  # run, not only listed before
        offered, _ = self.offered(frame)
        return bool(wanted) and wanted <= done and not wanted & offered

    def asks_for_a_person(self) -> bool:
        """A rule reads the message as a request for a person (its words after an "ok" too), whose
        intent hands the chat over."""
        match = self.t.match
        best = match.best
        if not (match.outcome == "intent" and best is not None and best.rule is not None and match.intent.domain == PERSON_DOMAIN):
            return False
        # "no agent please", "maybe tomorrow": the person domain's intents that hand nobody over ask for no one
        return any(step.kind == "handoff" for step in self.steps_of(match.intent.name))

    def offers_a_person(self, frame: Frame) -> bool:
        """The yes-or-no question offers a person ("would you also like a supervisor?"): a request
        for one is a yes to it."""
        steps = self.steps(frame)
        return frame.step + 1 < len(steps) and steps[frame.step + 1].kind == "handoff"

    def gives_offered_value(self, frame: Frame) -> bool:
        """ "change it to wei@example.com" to "would you like to change it?": the new e-mail,
        phone number or address the offered flow would ask for is a yes, and that flow reads it."""
        _, intents = self.offered(frame)
        for intent in intents:
            for step in self.steps_of(intent):
                if step.kind == "collect" and self.a.slots[step.arg].type in _CONTACT_TYPES:
                    found = self.resolve(frame._replace(criteria=self.t.entities), step.arg, answering=True, choices=())
                    if found.value is not None:
                        return True
        return False

    def names_another(self, frame: Frame, text: str, slots: tuple[str, ...] = ("card", "charge")) -> bool:
        """Whether ``text`` names a card or a charge other than the one the flow holds ("ok
        dispute the Alinea dinner" to "shall I lock the card?" of the CVS charge's dispute);
        "yes, let me talk to a supervisor" to "shall I pass on your complaint?" names neither."""
        for slot in slots:
            if slot in frame.slots:
                named = self.resolve(frame._replace(criteria=self.t.entities), slot, answering=True, choices=(), text=text)
                if named.value is not None and named.value.value != frame.slots[slot].value:
                    return True
        return False

    def asks_for_offer(self, frame: Frame) -> bool:
        """ "Unlock my delta card" (or "unlock it") when asked "would you like to unlock it?": a
        request for what the question offers, about the same card or charge, is a yes to it; so is
        the first of two requests joined by "also" ("unlock it and also how much credit is left")."""
        if self._asks_for_offer(frame, self.t.match, self.t.text):
            return True
        split = self.t.split()
        return split is not None and split.said_also and self._asks_for_offer(frame, self.a.matcher.match(split.first), split.first)

    def _asks_for_offer(self, frame: Frame, match: Match, text: str) -> bool:
        if match.outcome != "intent" or match.intent is None or match.intent.name == frame.intent:
            return False
        if self.a.answers.is_no(match.normalised) or _asks(text, match.normalised):
            return False  # "no, send it to my office instead"; "what alerts do I have?" asks, it does not request
        if _NEGATED.search(match.normalised):
            return False  # "not received" to "shall I open a courtesy review?" says what happened; it asks for nothing
        if not reads_as_request(text) and not _PLEASE_AT_END.search(match.normalised):
            return False  # "the subscription was cancelled but still billed": the story again, not a yes
        actions, intents = self.offered(frame)
        steps = self.steps_of(match.intent.name)
        # "can u send a new one" to "shall I send a new card?": its flow leads to this very one
        leads_here = any(step.kind == "flow" and step.arg == frame.intent for step in steps)
        if match.intent.name not in intents and not actions & _actions_of(steps) and not leads_here:
            return False
        for slot in ("card", "charge"):
            if slot in frame.slots:
                named = self.resolve(frame._replace(criteria=self.t.entities), slot, answering=True, choices=())
                if named.value is not None and named.value.value != frame.slots[slot].value:
                    return False
        # "lock the old one ending 7731" to "would you like to lock your card ending 3183?": another card
        # (a cancelled one the resolution does not offer) asked about, not a yes
        four = self.t.entities.last_four
        held = frame.slots.get("card")
        return not (four and held is not None and four != held.value)

    def offered(self, frame: Frame) -> tuple[frozenset[str], frozenset[str]]:
        """What a yes to the confirm ``frame`` waits on would do: the actions its next steps run
        and the intents they go on to, up to the next step that speaks or asks."""
        actions: set[str] = set()
        intents: set[str] = set()
        chosen = False  # after a ``set`` step the action does what the flow chose (paper statements), not any request for it
        for step in self.steps(frame)[frame.step + 1 :]:
            if step.kind == "set":
                chosen = True
            elif step.kind == "do" and not chosen:
                actions.add(step.arg)
            elif step.kind == "flow":
                intents.add(step.arg)
            elif step.kind not in ("set", "check", "do"):
                break
        return frozenset(actions), frozenset(intents)

    def declined_path(self, frame: Frame) -> str | None:
        """The step a "no" to the confirm ``frame`` waits on goes to, if its flow declares one."""
        if frame.waiting is None or frame.waiting.kind != "confirm":
            return None
        return self.steps(frame)[frame.step].target("no")

    def steps_of(self, intent: str) -> tuple[FlowStep, ...]:
        return self.a.flows[intent]

    def asks_elsewhere(self, frame: Frame) -> bool:
        """The message is a question a rule reads as another intent ("where am I in line?")."""
        match = self.t.match
        best = match.best
        if match.outcome != "intent" or best is None or best.rule is None or match.intent.name == frame.intent:
            return False
        return _asks(self.t.text, match.normalised)

    def elsewhere(self, frame: Frame) -> bool:
        """The message is a request a rule matched to another domain than the flow's own."""
        match = self.t.match
        best = match.best
        if match.outcome != "intent" or best is None or best.rule is None or not match.intent.is_service:
            return False
        return match.intent.domain != self.a.intents.by_name[frame.intent].domain

    def new_request(self, frame: Frame) -> bool:
        """The message is a request of its own, not a pick from a list of cards: a rule of
        another intent fired, and it says more than which card (see ``says_more_than_a_card``)."""
        t = self.t
        best = t.match.best
        if t.match.outcome != "intent" or best is None or best.rule is None or best.intent.name == frame.intent:
            return False
        stopwords = self.a.matcher.settings.stopwords
        return says_more_than_a_card(t.match.normalised, t.state.account, stopwords, enough=_NEW_REQUEST_WORDS)

    def asks_of_its_own(self, frame: Frame) -> bool:
        """The message is a question a rule of another intent reads ("how much did I spend at
        amazon?", "show me my charges"), though it names something the question could take."""
        match = self.t.match
        return _QUESTION.match(match.normalised) is not None and _ruled_request(match) and match.intent.name != frame.intent

    def digress(self, frame: Frame) -> bool:
        """Another request mid-flow: answer it, then come back to the question."""
        t = self.t
        match = t.match
        if match.outcome != "intent" or match.intent is None or match.intent.name == frame.intent:
            return False
        if match.intent.domain == "unsupported":  # an off-topic reading of an answer interrupts nothing
            return False
        if match.intent.name == _VAGUE:  # "card" to "which card?": a word of the question, no request of its own
            return False
        if self.a.answers.is_yes(match.normalised) or self.a.answers.is_no(match.normalised):
            return False
        if _A_PAUSE.fullmatch(match.normalised):
            return False  # "hold on, let me find it": a moment asked for, no new request
        best = match.best
        if best is not None and best.rule is None and len(match.normalised.split()) <= _GUESS_WORDS:
            return False  # "arrived damaged" at "shall I open the dispute?": a guess from two words is no new request
        intent = match.intent
        if best is not None and best.rule is None and intent.name in self.a.acts_unasked:
            return False  # "when will it post" guessed as a lost card would lock the card: a guess never acts
        if self.answers_by_another_intent(frame, intent):
            # "I cancelled my subscription but they still charged me" to "what's wrong with the
            # charge?": a sibling intent that asks the same question takes over, keeping the charge
            t.outcome("answer")
            if frame.waiting is not None and frame.waiting.kind == "confirm":  # the charge stays; the reason is read again
                frame = frame._replace(slots={name: value for name, value in frame.slots.items() if name in ("charge", "card")})
            self.start(intent, replace_top=True, inherit=frame)
            return True
        waiting_verify = frame.waiting is not None and frame.waiting.kind == "verify"
        t.outcome("digression")
        if frame.waiting is not None and frame.waiting.kind == "confirm" and self.steps(frame)[frame.step].params.get("resume") == "no":
            # an offer after an answer ("would you like paper statements instead?"): a new request
            # moves on from it, and it is not asked again afterwards
            t.state = t.state._replace(stack=t.state.stack[:-1])
            self.start(intent)
            return True
        if frame.waiting is not None and frame.waiting.kind == "confirm" and (second := t.second_request(intent)) is not None:
            # "lock the delta card and tell me my due date" to "would you like to unlock it?": two new
            # requests answer the yes/no by moving on; both are done and the question is not asked
            # again, so a later "yes" cannot take it up (it would unlock a card nobody asked about)
            t.reply(t.say("set_aside", what=self.label(frame)))
            t.state = t.state._replace(stack=t.state.stack[:-1], pending=second.name, pending_said=t.text)
            self.start(intent)
            return True
        # asked again once and still set aside: let it go (not for small talk: "help" then "menu" asks nothing new)
        if frame.resumed and not waiting_verify and intent.domain != "smalltalk":
            t.reply(t.say("set_aside", what=self.label(frame)))
            t.state = t.state._replace(stack=t.state.stack[:-1])
        # a new request that also needs verification replaces one still waiting for it, and the
        # one replaced is taken up after it ("what's my balance?", "when is my payment due?", then the details)
        replacing = waiting_verify and intent.needs_verification
        if replacing and intent.domain == self.a.intents.by_name[frame.intent].domain:
            # "dispute the Hotel Sol Madrid charge", then "I was charged twice": the same request told
            # more precisely; what was said before still names the charge
            said = (frame.said + " " + t.text)[-_SAID_LIMIT:]
            self.start(intent, replace_top=True, inherit=frame._replace(said=said), said=said)
            return True
        if replacing and t.state.pending is None and frame.intent != intent.name:
            t.state = t.state._replace(pending=frame.intent, pending_said="")
        self.start(intent, replace_top=replacing)
        return True

    def answers_by_another_intent(self, frame: Frame, intent: Intent) -> bool:
        """The message, read as another intent of the same domain whose flow collects the slot
        the question waits on (or, at a yes-or-no question, the charge already found), answers
        that question in its own way (the flow goes on there)."""
        waiting = frame.waiting
        if waiting is None or intent.domain != self.a.intents.by_name[frame.intent].domain:
            return False
        collects = {step.arg for step in self.steps_of(intent.name) if step.kind == "collect"}
        if waiting.kind == "confirm":
            # "I never received the service" to "shall I open the dispute (the amount is wrong)?": a
            # sibling that asks all this flow asks takes over with the charge already found, and
            # reads the new reason ("what's the deadline to dispute it?" asks, and comes back)
            own = {step.arg for step in self.steps_of(frame.intent) if step.kind == "collect"}
            return "charge" in frame.slots and own <= collects
        return waiting.kind == "slot" and waiting.slot in collects

    def miss(self, frame: Frame, resolution: Resolution | None) -> None:
        """An answer that does not answer: ask again, more plainly; give up after a few."""
        t = self.t
        waiting = frame.waiting
        assert waiting is not None
        t.outcome("not_understood")
        if waiting.misses + 1 >= MAX_MISSES:
            t.reply(t.say("give_up", what=self.label(frame)))
            self.finish()
            return
        if waiting.kind == "slot":
            choices = resolution.choices if resolution and resolution.choices else waiting.choices
            key = resolution.say if resolution and resolution.say in EXPLAINING_KEYS else "not_understood"
            question = self.question(frame, waiting.slot, key, choices, resolution)
        elif waiting.kind == "confirm" and asks_a_detail(t.match.normalised):
            # "how much was it?", "when?" at "here's what I have ... shall I open it?": the question holds it
            t.reply(t.say("confirm_detail", question=waiting.question))
            return
        elif waiting.kind == "confirm":
            question, choices = t.say("confirm_hint", question=waiting.question), ()
        elif waiting.kind == "prompt":
            question, choices = t.say("prompt_waiting"), ()
        else:
            question, choices = t.say("verify_still_need", missing=t.missing_verification()), ()
        t.reply(question)
        self.set_top(frame._replace(waiting=waiting._replace(misses=waiting.misses + 1, choices=choices or waiting.choices)))

    def prompt_answer(self, approved: bool) -> None:
        """/approve or /deny for the security prompt the top flow waits on."""
        t = self.t
        frame = t.state.top
        if frame is None or frame.waiting is None or frame.waiting.kind != "prompt":
            t.reply(t.say("prompt_none"))
            t.outcome("prompt_none")
            return
        t.trace_intent(self.a.intents.by_name[frame.intent], flow_only=True)
        if not approved:
            t.outcome("prompt_denied")
            t.reply(t.say("prompt_denied"))
            # kept as the last flow: "that was me, I hit the wrong button, try again" asks for it again
            t.state = t.state._replace(last_done=frame._replace(waiting=None, outcome=DENIED))
            self.finish()
            return
        t.outcome("prompt_approved")
        t.reply(t.say("prompt_approved"))
        self.set_top(frame._replace(waiting=None, prompted=True))
        self.advance()

    def cancel(self, *, declined: bool = False) -> None:
        """Stop the top flow; say so, and what had already been done."""
        t = self.t
        frame = t.state.top
        assert frame is not None
        t.outcome("declined" if declined else "cancelled")
        if frame.done and not declined and (target := self.declined_path(frame)) is not None:
            # "never mind" after the card was locked: the flow says what stopping here leaves (it stays locked)
            self.set_top(frame._replace(waiting=None))
            self.goto(target)
            self.advance()
            return
        if frame.done:
            t.reply(t.say("cancelled_after_changes", done=_join(d.text for d in frame.done)))
        else:
            t.reply(t.say("declined" if declined else "cancelled"))
        self.finish()

    def _gives_another_choice(self, frame: Frame) -> bool:
        """The message, with no "no" in it, picks another option of a choice the flow made
        ("the amount is wrong" where the reason held was a charge not made)."""
        normalised = self.t.match.normalised
        if self.a.answers.is_no(normalised):
            return False  # "no, the amount is wrong": a correction cue (correct() reads it)
        # "yes please" is a yes; "ok then it's the amount that's wrong" (an "ok" before another choice) is not
        if self.a.answers.is_yes(normalised) and len(normalised.split()) <= _SHORT_YES_WORDS:
            return False
        for slot, held in frame.slots.items():
            if self.a.slots[slot].type == "choice":
                found = self.resolve(frame, slot, answering=True, choices=(), text=self.t.text).value
                if found is not None and found.value != held.value:
                    return True
        return False

    def _restates_a_choice(self, frame: Frame) -> bool:
        """The message, with no yes in it and asking nothing of its own, names again the option a
        choice of the flow holds ("ok, what's the annual fee?" asks; it restates nothing)."""
        t = self.t
        if self.a.answers.is_yes(t.match.normalised) or _asks(t.text, t.match.normalised):
            return False
        if _ruled_request(t.match) and t.match.intent is not None and t.match.intent.name != frame.intent:
            return False
        for slot, held in frame.slots.items():
            if self.a.slots[slot].type == "choice":
                found = self.resolve(frame, slot, answering=True, choices=(), text=self.t.text).value
                if found is not None and found.value == held.value:
                    return True
        return False

    def correct(self, frame: Frame) -> bool:
        """ "No, I meant the other card", "actually it was $46.10": replace a slot already filled
        and run the flow again from the step after it, undoing what depended on it."""
        t = self.t
        answers = self.a.answers
        normalised = t.match.normalised
        waiting = frame.waiting
        confirming = waiting is not None and waiting.kind == "confirm"
        # "no, the gold one"; and a bare pick of another card, "the delta one", to "shall I lock your Platinum?"
        no_and_more = answers.is_no(normalised) and len(normalised.split()) > 1
        said_cue = answers.corrects(normalised) or (confirming and no_and_more)
        card_picked = confirming and not said_cue and bool(_PICKS.match(normalised))  # only a card, not "the first one"
        # "the amount is wrong" to "shall I open the dispute?" of a charge "you didn't make": another reason
        choice_given = confirming and not said_cue and not card_picked and self._gives_another_choice(frame)
        if not (said_cue or card_picked or choice_given):
            return False
        merged = _merge(frame.criteria, t.entities)
        # the one already chosen, named again: "no, the other hotel charge", "actually it was the 3rd"
        same: SlotValue | None = None
        # the latest first; a choice after the rest ("the airbnb one, it was cancelled" replaces the charge, and its reason with it)
        for slot in sorted(frame.filled_at, key=lambda name: (not self._is_choice(name), frame.filled_at[name]), reverse=True):
            if slot not in frame.slots or self.a.slots[slot].type not in _CORRECTABLE:
                continue
            if card_picked and self.a.slots[slot].type not in _PICKED_TYPES:
                continue  # "the delta one" picks a card; "the november one" a charge
            if choice_given and self.a.slots[slot].type != "choice":
                continue
            # what this message says on its own first ("actually the netflix one"), then with what came
            # before; a charge's new date or amount naming no merchant keeps the merchant ("it was the 3rd")
            for criteria in self._correction_criteria(frame, slot, merged):
                resolution = self.resolve(frame._replace(criteria=criteria), slot, answering=True, choices=(), text=t.text)
                if resolution.value is not None:
                    break
            new = resolution.value
            if new is not None and new.value == frame.slots[slot].value and same is None:
                same = new
            if new is None or new.value == frame.slots[slot].value:
                continue
            at = frame.filled_at[slot]
            undone = [d for d in frame.done if d.step > at]
            undo = tuple(change for d in undone for change in d.undo)
            if undo:
                t.change_account(undo)
                t.reply(t.say("undone", done=_join(d.text for d in undone)))
            kept = {name: value for name, value in frame.slots.items() if frame.filled_at.get(name, -1) <= at and name != slot}
            for name in _RE_READ_WITH_A_CORRECTION & (frame.slots.keys() - {slot}):
                # "no wait, the airbnb one, it was cancelled": a reason said with the other charge is its reason
                again = self.resolve(frame._replace(criteria=criteria), name, answering=False, choices=(), text=t.text).value
                if again is not None:
                    kept[name] = again
            frame = frame._replace(
                slots=kept,
                filled_at={name: step for name, step in frame.filled_at.items() if name in kept},
                criteria=criteria,
                done=tuple(d for d in frame.done if d.step <= at),
                waiting=None,
                step=at,
                prompted=False,
            )
            t.outcome("corrected")
            t.reply(t.say("corrected", value=new.shown))
            self.set_top(self.fill(frame, slot, new, at)._replace(step=at + 1))
            self.advance()
            return True
        if same is not None and waiting is not None and _OTHER.search(normalised):
            t.outcome("answer")  # there is no other one: say so, and ask the question again
            t.reply(t.say("only_match", value=same.shown[:1].upper() + same.shown[1:], question=waiting.question))
            return True
        named_again = t.entities.date is not None or t.entities.amount is not None
        answers_question = (
            waiting is not None
            and waiting.kind == "slot"
            and self.resolve(frame, waiting.slot, answering=True, choices=waiting.choices).value is not None
        )
        # "it was the wrong amount, should have been 69.15" to "what's wrong with the charge?": the answer,
        # though its amount names nothing new
        if same is not None and waiting is not None and named_again and answers.corrects(normalised) and not answers_question:
            t.outcome("corrected")  # the details corrected still fit the one chosen: say so, ask on
            t.reply(t.say("corrected", value=same.shown))
            t.reply(waiting.question)
            return True
        return False

    def _correction_criteria(self, frame: Frame, slot: str, merged: Entities) -> tuple[Entities, ...]:
        t = self.t
        if self.a.slots[slot].type != "charge" or names_a_merchant(t.state.account, t.text, t.match.normalised):
            return (t.entities, merged)
        charge = charge_of(t.state.account, frame.slots[slot].value)
        if charge is None:
            return (t.entities, merged)
        return (merged._replace(merchant=charge.merchant), t.entities, merged)

    # ----- running steps --------------------------------------------------------------------------
    def advance(self) -> None:
        """Run the top flow's steps until it waits or ends; then come back to the flow below."""
        t = self.t
        while (frame := t.state.top) is not None and frame.waiting is None:
            steps = self.steps(frame)
            if frame.step >= len(steps):
                if self.a.intents.by_name[frame.intent].domain not in _NO_SUBJECT:  # "ok thanks" leaves the last answer to follow up on
                    t.state = t.state._replace(last_done=frame)
                self.finish()
                self.note_offer(frame)
                continue
            if frame.jumps >= MAX_STEPS_PER_TURN:
                t.reply(t.say("flow_stuck"))
                self.finish(say_resume=False)
                return
            if t.state.authorized_user and self.a.intents.by_name[frame.intent].primary_only:
                self.refuse_authorized_user(frame)
                continue
            if t.state.authorized_user and (beyond := self.beyond_own_card(frame)) is not None:
                self.refuse_authorized_user(frame, beyond)
                continue
            self.set_top(frame._replace(jumps=frame.jumps + 1))
            self.run(steps[frame.step])

    def beyond_own_card(self, frame: Frame) -> Beyond | None:
        """What an authorized user's request about the account names beyond their own card
        ("lock Ana's card", "what did José spend?"); chit-chat and general questions name freely."""
        intent = self.a.intents.by_name[frame.intent]
        if not (intent.needs_verification or intent.domain == "unsupported"):
            return None  # an unsupported reading of "did Ada's order go through" is a miss: the scope still holds
        return named_beyond_own_card(frame.said, self.t.state.account, self.a.slots["card"].products)

    def refuse_authorized_user(self, frame: Frame, beyond: Beyond | None = None) -> None:
        """An authorized user asked for a change only the primary card member may make, or about
        a card not theirs (``beyond``): say why and what they can do with their own card, and end
        the flow without acting on any card."""
        t = self.t
        account, user = t.state.account, t.state.authorized_user
        assert user is not None
        own = next((card for card in account.cards if card.authorized_user and card.holder == user), None)
        intent = self.a.intents.by_name[frame.intent]
        fields = {"first_name": user.split()[0], "label": intent.label, "holder": account.holder_name, "holder_first": account.first_name}
        if beyond is None:
            t.reply(t.say("primary_only", card=own.label if own else "card", **fields))
            t.outcome("primary_only")
        else:
            key = "not_own_card_person" if beyond.person else "not_own_card"
            t.reply(t.say(key, card=own.label if own else "card", asked=beyond.asked, **fields))
            t.outcome("not_own_card")
        self.finish()

    def run(self, step: FlowStep) -> None:
        t = self.t
        frame = t.state.top
        assert frame is not None
        intent = self.a.intents.by_name[frame.intent]
        t.trace_flow(f"{intent.name} step {frame.step + 1} ({step.kind} {step.arg})", step)
        if step.kind == "collect":
            self.collect(frame, step)
        elif step.kind == "set":
            for name, value in step.values:
                if name not in frame.slots:
                    frame = self.fill(frame, name, self.set_value(name, value), frame.step)
            self.set_top(frame)
            self.goto(step.next)
        elif step.kind in ("check", "do", "handoff"):
            self.act(frame, step, intent)
        elif step.kind == "confirm":
            self.wait("confirm", self.render(intent, step.arg))
        elif step.kind == "prompt":
            self.wait("prompt", self.render(intent, step.arg))
        elif step.kind == "say":
            case = step.arg
            if case == OUTCOME:
                case = frame.outcome if frame.outcome in intent.replies else "default"
            t.reply(self.render(intent, case))
            self.goto(step.next)
        elif step.kind == "verify":
            if t.state.verified:
                self.goto(step.next)
            elif not t.verify_locked_out():
                self.set_top(frame._replace(step=frame.step + 1))
                self.wait("verify", t.verify_ask())
                t.outcome("verify")
            else:
                self.finish(say_resume=False)
        elif step.kind == "flow":
            linked = self.a.intents.by_name[step.arg]
            self.finish(say_resume=False)
            self.start(linked, inherit=frame)

    def collect(self, frame: Frame, step: FlowStep) -> None:
        slot = step.arg
        if slot in frame.slots:
            self.goto(step.next)
            return
        params = step.params
        resolution = self.resolve(frame, slot, answering=False, choices=(), text=frame.said, params=params)
        if resolution.value is None and "default" in params:
            resolution = Resolution(self.set_value(slot, params["default"]))
        if resolution.value is None and params.get("from_interrupted") == "yes" and (below := self.interrupted()) is not None:
            # "can I talk to a person" in the middle of a dispute: the dispute is what it is about
            about = numbers_withheld(" ".join(below.said.split()))[:300] or self.label(below)
            resolution = Resolution(SlotValue(about, about))
            # the person takes that flow over: its details go in the hand-off packet, and it is not asked again
            self.remember(below)
            self.t.state = self.t.state._replace(stack=(*self.t.state.stack[:-2], self.t.state.stack[-1]))
            frame = self.t.state.top
        if resolution.value is None and params.get("recent") == "yes" and (recent := self.recent(slot)) is not None:
            # "when does the 60 day window end?" just after a dispute: the charge that dispute is about
            resolution = Resolution(recent)
        if (resolution.value is None or resolution.say == "latest") and (earlier := self.referred_back(frame, slot)) is not None:
            resolution = Resolution(earlier)  # "is it unlocked now?" just after unlocking a card: that card; "when was it due?"
        if resolution.value is None and resolution.say == "ask" and (missing := step.target("missing")) is not None:
            self.goto(missing)  # nothing named at all: the flow answers without it ("how long do I have to dispute a charge?")
            return
        if resolution.value is None and params.get("optional") == "yes":
            self.goto(step.next)
            return
        if resolution.value is not None:
            self.set_top(self.fill(frame, slot, resolution.value, frame.step))
            self.t.trace_step(f"collect {slot} = {resolution.value.shown}")
            self.queue_others(frame, resolution)
            self.goto(step.next)
            return
        if resolution.say == "none":
            self.t.reply(self.question(frame, slot, "none", (), resolution))
            self.finish()
            return
        key = resolution.say if resolution.say in (*EXPLAINING_KEYS, "not_understood") else "ask"
        if key == "not_understood":
            key = "ask"
        self.t.trace_step(f"collect {slot}: asked")
        self.wait(
            "slot", self.question(frame, slot, key, resolution.choices, resolution, ask=step.ask), slot=slot, choices=resolution.choices
        )

    def _is_choice(self, slot: str) -> bool:
        return slot in self.a.slots and self.a.slots[slot].type == "choice"

    def queue_others(self, frame: Frame, resolution: Resolution) -> None:
        """ "lost my delta card and my gold card", "all of them": the same request for the other
        cards once this one is done."""
        if resolution.others and self.acts_on_a_card(frame.intent) and self.t.state.pending is None:
            others = " and ".join(f"my card ending {other.value}" for other in resolution.others)
            self.t.state = self.t.state._replace(pending=frame.intent, pending_said=others)

    def acts_on_a_card(self, intent: str) -> bool:
        """Whether the flow changes a card it is told (locks, unlocks or replaces it)."""
        return any(
            step.kind == "do" and ACTIONS[step.arg].changes_account and "card" in ACTIONS[step.arg].needs for step in self.steps_of(intent)
        )

    def act(self, frame: Frame, step: FlowStep, intent: Intent) -> None:
        t = self.t
        name = "handoff" if step.kind == "handoff" else step.arg
        action = ACTIONS[name]
        params = dict(step.params)
        if step.kind == "handoff" and params.get("route") != "yes":
            params["team"] = step.arg
        if step.kind == "do" and action.changes_account and intent.secure_prompt and not frame.prompted:
            t.trace_step(f"prompt before {name}")
            self.wait("prompt", t.say("prompt_sent"))
            t.outcome("prompt")
            return
        if step.kind == "check" and (missing := [slot for slot in action.needs if slot not in frame.slots]):
            # a check on a slot collected only if named ("someone used my card at Shell for $48"): nothing named, nothing to check
            t.trace_step(f"check {name} skipped (no {', '.join(missing)})")
            self.goto(step.next)
            return
        result = action.run(self.request(frame, intent, params))
        t.trace_step(f"{step.kind} {name} -> {result.outcome}")
        frame = t.state.top
        assert frame is not None
        fields = dict(frame.fields)
        fields.update(result.fields)
        frame = frame._replace(fields=fields, outcome=result.outcome)
        for slot, value in result.slots.items():
            frame = self.fill(frame, slot, value, frame.step)
        if result.done:
            frame = frame._replace(done=(*frame.done, Done(frame.step, result.done, result.undo)))
        self.set_top(frame)
        self.apply(result)
        target = step.target(result.outcome) or step.next
        if step.kind == "handoff":
            self.handed_off(intent, result)
            if result.outcome in ("closed", "full"):
                self.offer_alternatives(frame)
                return
            target = target or END
        self.goto(target)

    def handed_off(self, intent: Intent, result: ActionResult) -> None:
        """What a hand-off step says: queued (the intent's words), a long wait for a
        time-sensitive team (call first), already in line, or closed / full."""
        t = self.t
        fields = dict(result.fields.get("handoff", {}))
        if result.outcome in ("closed", "full", "already"):
            t.reply(t.say(f"handoff_{result.outcome}", **fields))
            return
        if "moved_from" in fields:
            t.reply(t.say("handoff_moved", **fields))
        if "handed_off" in intent.replies or not intent.flow:
            t.reply(self.render(intent, "handed_off" if "handed_off" in intent.replies else "default"))
        else:
            t.reply(t.render(self.a.replies["handed_off"], intent, {}))
        if result.outcome == "call_first":
            t.reply(t.say("handoff_call_first", **fields))

    def offer_alternatives(self, frame: Frame) -> None:
        """A closed team or a full line: offer the alternatives (the intent the hand-off file
        names: keep going with the assistant, a callback, the phone number)."""
        t = self.t
        offer = self.a.intents.by_name.get(self.a.handoff.unavailable or "")
        self.finish(say_resume=False)
        if offer is None:
            t.reply(t.say("handoff_alternatives", **frame.fields.get("handoff", {})))
            return
        asked = (t.trace.intent, t.trace.domain)
        self.start(offer, inherit=frame._replace(slots={}, said=""))
        t.trace.intent, t.trace.domain = asked  # the trace keeps what was asked; its flow says the rest

    def apply(self, result: ActionResult) -> None:
        t = self.t
        if result.changes:
            t.change_account(result.changes)
        if result.cases:
            t.open_cases(result.cases)
        if result.closed:
            t.close_cases(result.closed)
        if result.log:
            t.state = t.state._replace(log=t.state.log + result.log)
        live = t.state.live
        if result.handoff is not None:
            t.request_handoff(result.handoff)
        if result.queue == "notify" and live is not None:
            t.state = t.state._replace(live=live._replace(quiet=True))
        elif result.queue == "leave" and live is not None:
            t.state = t.state._replace(live=None)
            t.release(live.case)

    # ----- helpers ----------------------------------------------------------------------------
    def steps(self, frame: Frame) -> tuple[FlowStep, ...]:
        return self.a.flows[frame.intent]

    def set_top(self, frame: Frame) -> None:
        self.t.state = self.t.state.with_top(frame)

    def goto(self, target: str | None) -> None:
        frame = self.t.state.top
        assert frame is not None
        if target == END:
            self.set_top(frame._replace(step=len(self.steps(frame))))
        elif target is not None:
            index = next(i for i, step in enumerate(self.steps(frame)) if step.id == target)
            self.set_top(frame._replace(step=index))
        else:
            self.set_top(frame._replace(step=frame.step + 1))

    def wait(self, kind: str, question: str, *, slot: str | None = None, choices: tuple[SlotValue, ...] = ()) -> None:
        self.t.reply(question)
        frame = self.t.state.top
        assert frame is not None
        offered = frame.offered or kind == "confirm"
        self.set_top(frame._replace(waiting=Waiting(kind, question, slot, choices), offered=offered))  # type: ignore[arg-type]

    def finish(self, *, say_resume: bool = True) -> None:
        """End the top flow; ask the interrupted flow's question again, if there is one."""
        t = self.t
        ended = t.state.top
        t.trace_slots(ended)
        self.remember(ended)
        ending = self.a.intents.by_name[ended.intent].ends_conversation
        t.state = t.state._replace(stack=() if ending else t.state.stack[:-1])
        below = t.state.top
        if below is not None and self._done_already(below, ended):
            # "yes unlock it" in a digression, under "would you like to unlock it?" of the same card: nothing left to ask
            t.state = t.state._replace(stack=t.state.stack[:-1])
            below = t.state.top
        if below is not None and below.waiting is not None and say_resume:
            if below.waiting.kind == "confirm" and ended.done and (step := self.steps(below)[below.step]).kind == "confirm":
                # the digression changed the account ("send it to my new address"): asked again with what is on file now
                below = below._replace(waiting=below.waiting._replace(question=self.render(self.a.intents.by_name[below.intent], step.arg)))
            t.reply(t.say("resume", what=self.label(below), question=below.waiting.question))
            self.set_top(below._replace(resumed=below.resumed + 1))

    def _done_already(self, below: Frame, ended: Frame) -> bool:
        """Whether the flow that just ended did, to the same card, what ``below`` waits to be told yes to."""
        if below.waiting is None or below.waiting.kind != "confirm" or not ended.done:
            return False
        steps = self.steps(ended)
        done = {steps[d.step].arg for d in ended.done if d.step < len(steps) and steps[d.step].kind == "do"}
        offered, _ = self.offered(below)
        card, asked = ended.slots.get("card"), below.slots.get("card")  # the same card, however shown ("(locked)")
        return bool(offered & done) and (card.value if card else None) == (asked.value if asked else None)

    def note_offer(self, frame: Frame) -> None:
        """A flow that ended on an offer ("would you like to start a dispute?") with nothing else
        under way: a yes next turn takes it up (see ``take_offer``)."""
        if self.a.intents.by_name[frame.intent].offers is not None and self.t.state.top is None:
            self.t.state = self.t.state._replace(offer=frame)

    def take_offer(self, offer: Frame) -> None:
        """Go on with what ``offer``'s reply offered, from the words of the request that led to it."""
        target = self.a.intents.by_name[self.a.intents.by_name[offer.intent].offers or ""]
        self.t.outcome("offer_taken")
        slots: dict[str, SlotValue] = {}
        if offer.said and any(step.kind == "collect" and step.arg == "topic" for step in self.steps_of(target.name)):
            # "I want to close my account", then "yes" to "Shall I connect you with an agent?": what the
            # hand-off is about is the request that led to the offer, not asked for again
            topic = numbers_withheld(" ".join(offer.said.split()))[:300]
            slots["topic"] = SlotValue(topic, topic)
        self.start(target, inherit=offer._replace(slots=slots, fields={}), said=offer.said)

    def remember(self, frame: Frame | None) -> None:
        """Keep a finished flow's slots for the hand-off packet (the latest value of each)."""
        if frame is not None and frame.slots:
            heard = with_heard(self.t.state.heard, frame.slots, self.t.state.account)
            self.t.state = self.t.state._replace(heard=heard)

    def interrupted(self) -> Frame | None:
        """The flow the top one interrupted and will come back to, if any."""
        stack = self.t.state.stack
        return stack[-2] if len(stack) >= 2 else None

    def recent(self, slot: str) -> SlotValue | None:
        """What ``slot`` was in this conversation lately: the interrupted flow's value, else (for a
        charge) the charge of the latest dispute case."""
        below = self.interrupted()
        if below is not None and slot in below.slots:
            return below.slots[slot]
        if self.a.slots[slot].type == "charge":
            return latest_disputed_charge(self.t.state.account, self.t.state.cases)
        return None

    def referred_back(self, frame: Frame, slot: str) -> SlotValue | None:
        """The value ``slot`` had in the flow that last ran to its end, when the request points
        back at it ("is it unlocked now?", "did I pay that one?") instead of naming one."""
        last = self.t.state.last_done
        if last is None:
            return None
        if slot not in last.slots:
            return self.charge_told_before(frame, slot, last)
        if not _POINTS_BACK.search(self.a.matcher.normalizer.text(frame.said)):
            return None
        return last.slots[slot]

    def charge_told_before(self, frame: Frame, slot: str, last: Frame) -> SlotValue | None:
        """ "when do i have to dispute by" right after "home depot never gave me my full refund" (a
        dispute question answered in general): the one charge that message named."""
        domains = {self.a.intents.by_name[name].domain for name in (last.intent, frame.intent)}
        if self.a.slots[slot].type != "charge" or not last.said or len(domains) > 1:
            return None
        resolution = self.resolve(frame._replace(criteria=last.criteria), slot, answering=False, choices=(), text=last.said)
        return resolution.value

    def label(self, frame: Frame) -> str:
        return self.a.intents.by_name[frame.intent].label

    def fill(self, frame: Frame, slot: str, value: SlotValue, step: int) -> Frame:
        slots = dict(frame.slots)
        slots[slot] = value
        filled = dict(frame.filled_at)
        filled[slot] = step
        return frame._replace(slots=slots, filled_at=filled)

    def heard(self, frame: Frame) -> Frame:
        """An answer to a slot question joins what later slots are read from (said, criteria)."""
        t = self.t
        return frame._replace(said=(frame.said + " " + t.text)[-_SAID_LIMIT:], criteria=_merge(frame.criteria, t.entities))

    def set_value(self, slot: str, value: str) -> SlotValue:
        spec = self.a.slots[slot]
        shown = next((option.shown for option in spec.options if option.key == value), value)
        return SlotValue(value, shown)

    def resolve(
        self,
        frame: Frame,
        slot: str,
        *,
        answering: bool,
        choices: tuple[SlotValue, ...],
        text: str | None = None,
        params: Mapping[str, str] | None = None,
    ) -> Resolution:
        t = self.t
        spec = self.a.slots[slot]
        source = t.text if text is None else text
        criteria = _merge(frame.criteria, t.entities) if answering else frame.criteria
        if params is None:
            params = next((s.params for s in self.steps(frame) if s.kind == "collect" and s.arg == slot), {})
        context = SlotContext(
            spec=spec,
            account=t.state.account,
            today=t.now.date(),
            text=source,
            normalised=self.a.matcher.normalizer.text(source) if text is not None and source != t.text else t.match.normalised,
            answering=answering,
            slots=frame.slots,
            criteria=criteria,
            params=params,
            choices=choices,
            answers=self.a.answers,
            policies=self.a.policies,
            cases=t.state.cases,
            focus_card=t.state.focus_card,
        )
        return SLOT_TYPES[spec.type](context)

    def question(
        self,
        frame: Frame,
        slot: str,
        key: str,
        choices: tuple[SlotValue, ...],
        resolution: Resolution | None,
        ask: str | None = None,
    ) -> str:
        """What to say to get a slot: the intent's own ``ask_<slot>`` (or the step's ``ask``)
        case when it has one, else the slot's text for ``key`` (an intent may also say its own
        ``none_<slot>``: what to say when there is nothing to choose from)."""
        intent = self.a.intents.by_name[frame.intent]
        spec = self.a.slots[slot]
        listed = "\n".join(f"{i}. {choice.shown}" for i, choice in enumerate(choices, start=1))
        extra: dict[str, Mapping[str, str]] = {"choices": {"list": listed}}
        if resolution is not None:
            extra.update(resolution.fields)
        own = ask or f"ask_{slot}"
        if key == "ask" and own in intent.replies:
            return self.render(intent, own, extra)
        if key == "none" and f"none_{slot}" in intent.replies:
            return self.render(intent, f"none_{slot}", extra)
        template = spec.texts.get(key) or spec.texts["ask"]
        return self.t.render(template, intent, extra)

    def render(self, intent: Intent, case: str, extra: Mapping[str, Mapping[str, str]] | None = None) -> str:
        return self.t.render_case(intent, case, extra or {})

    def request(self, frame: Frame, intent: Intent, params: Mapping[str, str]) -> ActionRequest:
        t = self.t
        return ActionRequest(
            intent=intent,
            account=t.state.account,
            slots=frame.slots,
            params=params,
            now=t.now,
            policies=self.a.policies,
            cases=t.state.cases,
            log=t.state.log,
            criteria=frame.criteria,
            said=frame.said,
            new_case=t.new_case,
            route=self.a.route,
            availability=t.availability,
            salt=t.state.case_salt,
            live=t.state.live,
            fields=frame.fields,
        )


_QUESTION_START = frozenset(
    {"what", "how", "when", "why", "where", "which", "who", "whose", "is", "are", "am", "do", "does", "did", "has", "have"}
)
_REQUEST_START = ("can ", "could ", "would ", "will ", "please ")


def _asks(text: str, normalised: str) -> bool:
    """A question rather than a request ("what alerts do I have set up?"; "can you unlock it" requests;
    "can you see if it's blocked" asks)."""
    words = normalised.split()
    if words and words[0] in _QUESTION_START:
        return True
    if _ASKS_WHETHER.search(normalised):
        return True
    return text.rstrip().endswith("?") and not text.lower().startswith(_REQUEST_START)


_ASKS_WHETHER = re.compile(
    r"\b(?:check|see|find out|know|tell me|confirm|wondering|look)\s(?:if|whether)\s(?:it|its|that|my|the|they|this)\b"
)


# "wait actually my green card just got stolen", "oh and i lost my gold card": news, said as news
_A_CARD_GONE_NOW = re.compile(
    r"^(?:(?:wait|actually|oh|oh no|also|btw|by the way|hold on|hang on|and|ok|okay|ugh|omg|sorry|one more thing)\s+)+.{0,40}?"
    r"\b(?:(?:my|our|his|her|the)(?: [a-z]+){0,3} card (?:(?:just|also|was|got|has|have|been|is|were|now)\s+){0,3}"
    r"(?:stolen|lost|taken|missing)"
    r"|(?:stole|lost|took|swiped) (?:my|our|his|her)(?: [a-z]+){0,3} (?:card|wallet|purse))\b"
)
# "hold on, let me find it", "one sec", "give me a minute while i check": the customer pauses
_A_PAUSE = re.compile(
    r"(?:(?:ok|okay|sure|yes|yeah|um|uh)\s+)*(?:(?:hold on|hang on|one sec(?:ond)?|one moment|just a (?:sec|second|moment|minute)"
    r"|give me a (?:sec|second|moment|minute)|wait a (?:sec|second|moment|minute))\s*)?"
    r"(?:(?:let me|i ll|i will|i need to|while i|gotta|got to)\s+(?:find|check|get|look for|look|grab|see|dig out|pull up)\b.{0,40})?"
)
_BACK_TO = re.compile(
    r"(?:(?:ok|okay|so|alright|right|anyway|anyways)\s+)*(?:let s |lets |let us |can we |can we go |we can )?"
    r"(?:go |get |come )?back to (?:the |my |our |that |this |it)[a-z ]{0,30}$"
)
# "send it here to my hotel", "can i get it where i'm staying": where the customer is while away, not
# an address to move the account to (answers.elsewhere reads "to my new address" as a no)
_ANOTHER_PLACE = re.compile(
    r"\b(?:(?:send|ship|mail|deliver|get)\b.{0,30}\b(?:here|there)\b"
    r"|(?:to|at) (?:my |the |our |this )?(?:hotel|airbnb|hostel|resort|cruise ship|ship)\b"
    r"|where i am|where i m staying|where im staying|where i am staying)"
)
# "my new place", "we just moved": the address given is home now (not work, a hotel or a friend's)
_MOVED = re.compile(
    r"\b(?:new (?:place|address|home|house|apartment|apt|condo|flat)|(?:i|we) (?:have |just |recently )*moved|(?:i|we) (?:now )?live at)\b"
)
_SENDS_TO_THE_ADDRESS = re.compile(r"\b(?:send|ship|mail)\b.*\bto (?:your address|\d)", re.IGNORECASE)
DENIED = "prompt_denied"  # the outcome a flow ends with when its security prompt was denied
# "actually don't remove her, she's coming back in january. just lock her card instead": a no, then another request
_DONT_THEN = re.compile(
    r"(?:(?:actually|wait|no|oh|hmm|sorry|on second thought|ok|okay)\s+)*(?:do not|dont|don t|never mind|nevermind|no)\b.{0,80}?"
    r"\b(?:just|instead|rather|but|only)\s+(?:can you |could you |please )?"
    r"(?P<rest>(?:lock|unlock|freeze|replace|cancel|send|remove|add|change|update|dispute|check)\b.{2,80}?)"
    r"(?:\s+instead)?$"
)
# "actually don't, leave the platinum alone", "leave it as it is": a no
_LEAVE_IT = re.compile(
    r"^(?:(?:actually|no|nah|wait|ok|okay|hmm|sorry|on second thought)\s+)*(?:(?:do not|dont|don t)(?: do (?:it|that))?\s+)?"
    r"leave (?:it|that|them|this|the [a-z ]{1,24}?|my [a-z ]{1,24}?) (?:alone|as it is|as is|be|unlocked|open|active)\b"
    r"|^(?:(?:actually|no|nah|wait|ok|okay|hmm|sorry)\s+)*(?:do not|dont|don t)(?: do (?:it|that))?$"
)
_THEIR = re.compile(r"\b(?:her|his|their)\b")
_AMOUNT_ONLY_WORDS = 6  # "to 35000", "make it $30,000 instead": an amount, not a story
_A_NUMBER = re.compile(r"[0-9]")
# "to 35000", "$30,000", "make it 30k", "30000 dollars": a number said as an amount
_SAID_AS_AN_AMOUNT = re.compile(r"[$€£]|\b(?:to|make it|raise it to|up to|instead|dollars|bucks|usd)\b|[0-9]\s*k\b", re.IGNORECASE)
# "and the other one?", "what about my gold card", "how about the delta": the question asked again of another card
_ABOUT_ANOTHER = re.compile(
    r"(?:(?:ok|okay|so|oh|and|hmm|wait)\s+)*(?:and|what about|how about|same for|and what about)\s+(?:the|my|that)?\s*[a-z0-9 ]{0,30}$"
)
# "why?", "what do you mean too late, I only just noticed": the reason for the question asked
_WHY = re.compile(
    r"(?:(?:but|so|and|ok|okay|um|wait|hold on)\s+)*(?:why|why not|how come|what do you mean|what does that mean|what s that mean"
    r"|i do not understand|i don t understand|i dont understand|huh)\b"
)
_WHY_WORDS = 14


# "no its not mine", "no i never made it": an answer that says again the charge is not the customer's
# "actually no", "nah forget it", "wait no": a request taken back at the question that follows it
def _said_for(text: str, inherit: Frame | None) -> str:
    """What a flow's request said: the message, and for a flow a question led to ("replace my delta
    card", then "I think it was stolen"), the request that asked the question before it (its card)."""
    if inherit is None:
        return text[:_SAID_LIMIT]
    if not inherit.said:
        return ""
    return text[:_SAID_LIMIT] if text == inherit.said else f"{text} / {inherit.said}"[:_SAID_LIMIT]


# "no", "no dont", "nope not now" to "which card?": none of them (a card named after "no" answers it)
_NO_TO_WHICH = re.compile(
    r"(?:(?:actually|oh|wait|um|ok|okay|sorry)\s+)*(?:no|nope|nah)(?:\s+(?:dont|don t|do not|thanks|thank you|not now|none|wait))*"
)
_NO_AFTER_ALL = re.compile(
    r"(?:(?:actually|oh|wait|hmm|um|ok|okay|sorry)\s+)+no\b|(?:no thanks|nah|nope|forget it|never mind|nevermind|scratch that"
    r"|do not bother|don t bother|no need)\b|no\s+(?:i ll|i will|i can|i m|i am|i do not|i don t|thanks|thank you)\b|no$"
)
_DISOWNS = re.compile(
    r"(?:(?:no|nope|nah|no no)\s+)?(?:it is |that is |this is |its |thats )?(?:not mine|not me|not my charge|not my purchase"
    r"|i (?:really |honestly |definitely |seriously |truly )?(?:never|did not|didnt)"
    r" (?:make|made|buy|bought|authorize|authorized|shop|shopped|order|ordered)"
    r"|i (?:do not|dont) (?:recognize|recognise|know) (?:it|this|that|them))\b"
)
_NOT_MADE_REASON = "not_authorised"
_RE_READ_WITH_A_CORRECTION = frozenset({"reason"})
_PLEASE_AT_END = re.compile(r"\b(?:please|pls|plz)$")
_VAGUE = "vague_request"
_INSTEAD = re.compile(r"\binstead\b(?!\s+of\b)")  # "just lock it instead": the request in place of the one under way
_ALSO = re.compile(r"\b(?:too|also|as well)\b")  # "and lock the platinum one too": both, not instead
_NO_SUBJECT = frozenset({"smalltalk"})  # a greeting, a thanks or a yes: nothing a follow-up could be about


def _ruled_request(match: Match) -> bool:
    """A service intent a rule decided: sure enough to be a request of its own."""
    best = match.best
    return match.outcome == "intent" and match.intent is not None and best is not None and best.rule is not None and match.intent.is_service


def _actions_of(steps: tuple[FlowStep, ...]) -> frozenset[str]:
    return frozenset(step.arg for step in steps if step.kind == "do")


# A request said to come before the one under way ("actually first tell me my balance").
_FIRST = re.compile(r"(?:(?:actually|wait|ok|okay|oh|but|and|hold on|hang on)\s+)*(?:first|before that|before you do|before i do)\b")
_OTHER = re.compile(r"\b(?:the other|another|a different)\b")
# Words that point back at what was just talked about instead of naming it.
_POINTS_BACK = re.compile(r"\b(?:it|that one|that card|this card|same card|same one)\b")
# A message that breaks off to say something else ("wait, actually my card was stolen").
# a question or a request to be shown something, not "what about the amazon one" (a pick)
_QUESTION = re.compile(
    r"(?:(?:so|and|ok|okay|wait|but|oh)\s+)*(?:how much|how many|when|why|where|show|list|(?:what|which)(?! about\b)(?! one\b))\b"
)
_BREAKS_OFF = re.compile(r"(?:(?:oh|oh no|sorry|no)\s+)?(?:wait|hold on|hang on|actually wait|wait actually|oh wait|one sec)\b")
_SHORT_YES_WORDS = 4  # "yes please go ahead": a yes however it is said; a longer message may pick another option
_PICKS = re.compile(
    r"(?:the|that|this|my)(?: [a-z0-9]+){0,3} (?:one|ones|card|charge)$"  # "the new one", "my other card", "the november one"
    r"|the (?:one|charge) (?:from|in|on|of|at) (?:the )?[a-z0-9]+(?: [a-z0-9]+)?$"  # "the one from november"
)
_PICKED_TYPES = frozenset({"card", "charge"})


def acts_before_asking(steps: tuple[FlowStep, ...]) -> bool:
    """Whether a flow changes the account, hands the chat over or logs a case before it asks any
    yes-or-no question (a lost card is locked at once; "what went wrong?" is logged as a complaint):
    such a flow is started only on a rule's reading, not the scorer's guess."""
    for step in steps:
        if step.kind == "confirm":
            return False
        if step.kind == "handoff" or (step.kind == "do" and (ACTIONS[step.arg].changes_account or step.arg in _LOGS_A_CASE)):
            return True
    return False


_LOGS_A_CASE = frozenset({"open_case"})


_CONTACT_TYPES = frozenset({"email", "phone", "address"})  # values a customer gives in place of a yes
_NEGATED = re.compile(r"\b(?:not|never|no|do not|did not|does not|is not|was not|nothing)\b")


def _merge(old: Entities, new: Entities) -> Entities:
    if not any(new):  # the usual message names nothing: what came before stands
        return old
    return Entities(
        amount=new.amount or old.amount,
        date=new.date or old.date,
        merchant=new.merchant or old.merchant,
        last_four=new.last_four or old.last_four,
        zip=new.zip or old.zip,
    )


def _join(items) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
