"""Short follow-ups read against the last answer: "and the one before?", "what about my
platinum card?", "and Emeka?".

Said on its own such a message has no request in it, and the matcher, looking for one, finds
the nearest example: "what about the one before that?" read as a question about mortgages.
After a flow has answered, the same words ask that flow's question again about another
subject. So when a message opens like a follow-up and the matcher found no rule of a request
in it, the last finished flow runs again with the subject the message names (a card, a
statement, a charge, a person): the one it names replaces the one the last answer was about.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..bank.accounts import Account
from ..understanding.entities import Entities
from ..understanding.intents import FlowStep, Intent, IntentSet
from ..understanding.matcher import Match
from .people import holders_named_best
from .slots import MONTHS, may_hold_address, statement_shown
from .state import Frame, SlotValue

if TYPE_CHECKING:
    from .engine import TurnBuilder
    from .flows import FlowRunner
    from .slots import SlotCatalog

# "and ...", "what about ...", "how about ...", "same for ...", after an optional "ok" or "so"
_FOLLOW_UP = re.compile(
    r"(?:(?:ok|okay|so|oh|and)\s+)?(?:and|what about|how about|what of|same for|same with|now|(?P<pick>the(?: \w+){0,2} (?:ones?|card$))"
    # "can you do that for Lena's too?": the last request again, for another card or person
    r"|(?:(?:can|could|would|will) you (?:please )?|please )?do (?:that|the same(?: thing)?|it|this)(?: one)? (?:for|with|on|to)"
    # "oops wrong card, i meant the 4417": the last request again, about the card meant
    r"|(?:(?:oops|sorry|no|wait|ah|oh|ugh)\s+)*(?:wrong card\s+|not that one\s+|not that card\s+)?(?:i meant|i mean|meant))\b"
)
_MAX_WORDS = 9  # longer messages say what they want
_SUBJECTS = ("card", "statement", "charge", "authorized_user")  # slot types a follow-up may name anew
# "what about a $20,000 one?" after "will a $600 purchase go through?": an amount named anew (with its sign or word)
_SURE = frozenset({"unsupported", "smalltalk"})  # domains whose rule still leaves a follow-up free


def follow_up(turn: TurnBuilder, runner: FlowRunner) -> bool:
    """Run the last finished flow again about the subject the message names, if the message
    is a follow-up to it; False (nothing done) otherwise."""
    last = turn.state.last_done
    match = turn.match
    normalised = match.normalised
    opened = _FOLLOW_UP.match(normalised)
    # a name alone answers "Do you mean Jordan Staples or Jordan Stapleton?", which picks among the same subjects
    asked_who = last is not None and last.outcome == "which_person"
    if last is None or (opened is None and not asked_who) or len(normalised.split()) > _MAX_WORDS:
        return False
    if turn.assistant.intents.by_name[last.intent].domain in _SURE:
        return False  # a refusal ("that's outside what I can do") has no subject to follow up
    if _a_request_of_its_own(match):
        return False  # "and lock my gold card": a request of its own
    named = _named_subject(turn, runner, last, again=asked_who or (opened is not None and opened.group("pick") is not None))
    if named is None:
        return False
    slot, value = named
    if slot:
        before = last.filled_at.get(slot, 0)
        kept = {name: held for name, held in last.slots.items() if name != slot and last.filled_at.get(name, -1) < before}
        inherit = Frame(last.intent, criteria=Entities(), slots={**kept, slot: value} if value else kept, said="")
    else:  # the flow asks for no card or person: it reads them (and an amount or a date) from the request's words
        inherit = Frame(last.intent, criteria=turn.entities, said="")
    turn.outcome("follow_up")
    turn.trace.evidence = f"follow-up to the last answer ({last.intent}), about {value.shown if value else turn.text}"
    runner.start(turn.assistant.intents.by_name[last.intent], inherit=inherit, said=turn.text)
    return True


# "how much was it?", "when was that?", "which card was that on?": a detail of the last answer
_DETAIL_OF_IT = re.compile(
    r"(?:(?:so|and|ok|okay|but|sorry|wait)\s+)?(?:how much|what amount|when|what day|what date|which card|what card)"
    r"(?: (?:was|is|did|does|were|are|will|would|should))?"
    r" (?:it|that|this|they|those|that one|the payment|the charge|the refund|the credit)"
    r"(?: again| for| on| exactly| post| posted| paid| show up| go through| appear| clear| come through| land| be posted"
    r"| come| come in| arrive| arrived| show on my statement| be on my statement| hit my account)?$"
    # "when?", "how much?" alone, right after an answer that holds them
    r"|(?:(?:so|and|ok|okay|but)\s+)?(?:when|how much)$"
    # "how many left?" after the points balance or a redemption
    r"|(?:(?:so|and|ok|okay|but)\s+)?how (?:many|much)(?: do i have| have i got| is| are| will i have| do i still have)?"
    r" (?:left|remaining)(?: now| then)?$"
    # "what should i do now?" after advice (a phishing text, a fee): the advice again
    r"|(?:(?:so|and|ok|okay|but|um|hmm)\s+)?what (?:should|do|can|must) (?:i|we) do(?: now| next| then| about it| about that)?$"
    # "when did i make it?" after the last payment
    r"|(?:(?:so|and|ok|okay|but|sorry|wait)\s+)?(?:when|what day|what date) (?:did|do) i (?:make|send|pay|submit|set up)"
    r" (?:it|that|this|the payment|that payment)$"
    # "why not?" after a refused increase: the answer again, whose reply holds the reason
    r"|(?:(?:so|and|ok|okay|but|um|hmm|wait)\s+)?(?:why|why not|how come|why is that|why so|why s that|whys that)(?: not)?$"
)


def asks_a_detail(normalised: str) -> bool:
    """ "how much was it?", "when?": a short question about a detail of what was just said."""
    return _DETAIL_OF_IT.match(normalised) is not None


_CHANGES_SOMETHING = frozenset({"do", "confirm", "handoff"})  # steps that act or offer to: never run again unasked


def detail_of_last_answer(turn: TurnBuilder, runner: FlowRunner) -> bool:
    """A short question about a detail of the last answer ("how much was it?" after "your
    payment has posted") asks for that answer again, whose reply holds the detail; only a
    flow that answers and changes nothing is run again. False (nothing done) otherwise."""
    last = turn.state.last_done
    match = turn.match
    if last is None or not _DETAIL_OF_IT.match(match.normalised):
        return False
    a = turn.assistant
    if a.intents.by_name[last.intent].domain in _SURE:
        return False
    # a flow that may act is run again only when its last run just answered: it acted on nothing
    # and asked no yes-or-no question ("your zara refund posted on October 28": "when did it post?")
    acts = any(step.kind in _CHANGES_SOMETHING for step in a.flows[last.intent])
    if acts and (last.done or last.offered or last.waiting is not None):
        return False
    if _a_request_of_its_own(match):
        return False  # "how much is it to replace a card?"
    turn.outcome("follow_up")
    turn.trace.evidence = f"a detail of the last answer ({last.intent})"
    again = Frame(last.intent, criteria=last.criteria, slots=last.slots, said=last.said)
    # read from the request answered (its merchant, its amount), which the detail asked about names again
    runner.start(a.intents.by_name[last.intent], inherit=again, said=last.said or turn.text)
    return True


# "how long will this take?" just after a dispute was opened or a card ordered: that process's timing
_HOW_LONG = re.compile(
    r"(?:(?:so|and|ok|okay|but|great|thanks)\s+)?how long(?: (?:will|does|would|is|do|should|can)"
    r" (?:this|it|that|all this|this all|the process|things|everything)"
    r"(?: (?:take|going to take|gonna take|last|be))?"
    # "how long for the new one", and "how long" alone
    r"| (?:for|till|until) (?:it|this|that|the new one|the new card|my new card|the card|my card|the replacement|a decision"
    r"|the decision|the dispute|the case|an answer))?(?: now| then| roughly| usually)?$"
)
# "when's the deadline?", "is there a deadline for this?" just after a dispute: that charge's window
_DEADLINE = re.compile(
    r"(?:(?:so|and|ok|okay|but)\s+)?(?:when s|whens|when is|when|what s|whats|what is|is there|do i have|do we have)"
    r" (?:my |the |a |any )?(?:deadline|cut ?off|time limit)(?: for (?:this|it|that|the dispute|disputing))?(?: to dispute)?$"
)
# "and do I still have to pay it?" just after a dispute: the disputed amount meanwhile
_PAY_IT = re.compile(
    r"(?:(?:so|and|ok|okay|but)\s+)?(?:do|will|would|should|must) (?:i|we) (?:still )?(?:have to |need to |got to )?pay"
    r"(?: for)? (?:it|this|that|the charge|that charge|this charge|the bill|the amount|that part|this part|the disputed part)"
    r"(?: now| meanwhile| in the meantime| anyway| still)?$"
)
# A question about the last answer's process, and which intent answers it after which domain
# "when will mine arrive?" just after a card was ordered: that card's date
_WHEN_ARRIVES = re.compile(
    r"(?:(?:so|and|ok|okay|great|thanks)\s+)?when (?:will|does|should|would|can i expect)"
    r" (?:it|mine|the new one|the card|my card|my new card|the new card|the replacement)"
    r"(?: to)? (?:arrive|come|get here|be here|show up|be delivered)$"
)
# "will the number change?", "do i get a new number?" just after a card was ordered: that card's number
_NUMBER_CHANGES = re.compile(
    r"(?:(?:so|and|ok|okay|great|thanks|wait)\s+)?(?:will|does|is|do i get|am i getting|would)"
    r" (?:the |my |it have a |it get a |i get a |there be a )?(?:card )?(?:number|new number|different number|same number)"
    r"(?: (?:change|changing|be the same|stay the same|stay|be different|too|as well))?(?: then)?$"
    r"|(?:(?:so|and|ok|okay)\s+)?(?:same|new) (?:card )?number\??$"
)
# "can you expedite it?", "can i get it faster?" just after a card was ordered: when it comes, and who can hurry it
_EXPEDITE = re.compile(
    r"(?:(?:so|and|ok|okay|great|thanks|but)\s+)?(?:can|could) (?:you|i|we) (?:please )?(?:expedite|rush|speed up|overnight|hurry)"
    r"(?: (?:it|that|the card|the new card|the new one|the replacement|delivery|the delivery|shipping))?(?: please)?$"
    r"|(?:(?:so|and|ok|okay|but)\s+)?(?:can|could) (?:i|you|we) (?:get|have|send) (?:it|the card|the new card|the new one|the replacement)"
    r" (?:faster|sooner|quicker|overnight|express|any faster|any sooner)(?: please)?$"
)
# "when will his card arrive?" just after an authorized user was added: their card
_THEIR_CARD_ARRIVES = re.compile(
    r"(?:(?:so|and|ok|okay|great|thanks)\s+)?(?:when (?:will|does|should|would|can i expect) (?:his|her|their|the) (?:new )?card"
    r"(?: to)? (?:arrive|come|get here|be here|show up|be delivered)|when does (?:he|she|they) get (?:it|(?:his|her|their|the) card))$"
)


def their_card_arrives(turn: TurnBuilder, runner: FlowRunner) -> bool:
    """ "when will his card arrive?" just after an authorized user was added: the date said then,
    not how long a replacement takes."""
    last = turn.state.last_done
    if last is None or "user" not in last.fields or not _THEIR_CARD_ARRIVES.match(turn.match.normalised):
        return False
    user = last.fields["user"]
    if not {"name", "last_four", "arrives_by"} <= user.keys():
        return False
    turn.outcome("follow_up")
    turn.trace.evidence = f"the card of the authorized user just added ({last.intent})"
    turn.reply(turn.say("their_card_arrives", name=user["name"], last_four=user["last_four"], arrives_by=user["arrives_by"]))
    return True


_ABOUT_THE_LAST = (
    (_HOW_LONG, {"dispute_charge": "dispute_status", "fraud_report": "dispute_status", "card_replacement": "card_not_arrived"}),
    (_WHEN_ARRIVES, {"card_replacement": "card_not_arrived"}),
    (_NUMBER_CHANGES, {"card_replacement": "card_not_arrived"}),
    (_EXPEDITE, {"card_replacement": "card_not_arrived"}),
    (_PAY_IT, {"dispute_charge": "dispute_pay_meanwhile", "fraud_report": "dispute_pay_meanwhile"}),
    (_DEADLINE, {"dispute_charge": "dispute_deadline", "fraud_report": "dispute_deadline"}),
)


def about_the_last_process(turn: TurnBuilder, runner: FlowRunner) -> bool:
    """ "how long will this take?" after a dispute or a replacement: how long that takes; "do I
    still have to pay it?" after a dispute: whether the amount is due meanwhile (questions of
    their own elsewhere, so only when the last answer was one of those)."""
    last = turn.state.last_done
    if last is None:
        return False
    intents = turn.assistant.intents.by_name
    domain = intents[last.intent].domain
    normalised = turn.match.normalised
    answering = next((by_domain.get(domain) for pattern, by_domain in _ABOUT_THE_LAST if pattern.match(normalised)), None)
    timing = intents.get(answering or "")
    if timing is None:
        return False
    turn.outcome("follow_up")
    if _EXPEDITE.match(normalised):
        turn.reply(turn.say("expedite"))
    turn.trace.evidence = f"how long the last answer's process takes ({last.intent})"
    card = {name: value for name, value in last.slots.items() if name == "card"}
    runner.start(timing, inherit=Frame(timing.name, slots=card, said=last.said), said=turn.text)
    return True


# "wait no, never mind, cancel that", "undo it": said right after an action, it asks to undo it
_CANCEL_THAT = re.compile(
    r"(?:(?:wait|no|oh|actually|sorry|hmm|oops|ok|okay|hold on|on second thought)\s+)*(?:never ?mind\s+)?"
    r"(?:(?:please|pls|can you|could you)\s+)?(?:cancel|undo|reverse|take back|scrap|revert|stop)\s+"
    r"(?:that|it|this|what you just did|the last thing)(?:\s+(?:please|pls|now|instead))?"
    # "actually wait, undo that, I found it in my scrubs pocket": the reason after
    r"(?:\s+(?:i\s+)?(?:just\s+)?(?:found (?:it|my card|the card)|have it|got it back|it (?:turned|showed) up)\b.{0,60})?"
    # "actually cancel that, dont lock it": the action named after
    r"(?:\s+(?:i\s+)?(?:do not|did not)\s+(?:want\s+(?:you\s+)?to\s+)?(?:lock|freeze|block|replace|dispute)\s+(?:it|that|this))?"
)
# "dont lock it", "i did not want it locked" right after the lock: that action, taken back
_NOT_THAT_ACTION = re.compile(
    r"(?:(?:wait|no|oh|actually|sorry|oops|hold on|ok|okay|hmm)\s+)*(?:i\s+)?(?:do not|did not)\s+"
    r"(?:(?:want|need)\s+(?:you\s+)?to\s+(?P<verb>lock|freeze|block|replace|dispute)\s+(?:it|that|this|the card|my card)"
    r"|(?P<verb2>lock|freeze|block|replace|dispute)\s+(?:it|that|this|the card|my card)"
    r"|want\s+(?:it|that|the card|my card)\s+(?P<done>locked|frozen|blocked|replaced|disputed))"
    r"(?:\s+(?:yet|after all|anymore|any more|please|pls))?"
)
_ACTION_OF = {
    "lock": "lock_card", "freeze": "lock_card", "block": "lock_card", "locked": "lock_card", "frozen": "lock_card",
    "blocked": "lock_card", "replace": "replace_card", "replaced": "replace_card", "dispute": "open_dispute",
    "disputed": "open_dispute",
}  # fmt: skip
# the request that undoes each action a flow may have just taken
_UNDOES = {"lock_card": "unlock_card", "unlock_card": "lock_card", "replace_card": "cancel_replacement", "open_dispute": "withdraw_dispute"}


def cancel_the_last_action(turn: TurnBuilder, runner: FlowRunner) -> bool:
    """ "cancel that" right after a flow acted (a lock, a replacement, a dispute): the request that
    undoes it, about the same card or charge (it asks or explains before changing anything), not
    a place in a queue nobody is waiting in."""
    last = turn.state.last_done
    if last is None or not last.done:
        return False
    steps = turn.assistant.flows[last.intent]
    actions = [steps[done.step].arg for done in last.done if done.step < len(steps) and steps[done.step].kind == "do"]
    if not _CANCEL_THAT.fullmatch(turn.match.normalised):
        named = _NOT_THAT_ACTION.fullmatch(turn.match.normalised)
        if named is None or _ACTION_OF[named.group("verb") or named.group("verb2") or named.group("done")] not in actions:
            return False
    undo = next((_UNDOES[action] for action in reversed(actions) if action in _UNDOES), None)
    intent = turn.assistant.intents.by_name.get(undo or "")
    if intent is None:
        return False
    turn.outcome("intent")
    turn.trace.evidence = f"undo the last action ({last.intent})"
    kept = {name: value for name, value in last.slots.items() if name in ("card", "charge")}
    runner.start(intent, inherit=Frame(intent.name, slots=kept, said=last.said), said=turn.text)
    return True


# "ok found it, it was in my jacket", "never mind, my card turned up": a missing card found again
_FOUND_IT = re.compile(
    r"(?:(?:ok|okay|oh|ah|wait|never ?mind|nvm|good news|update|actually|phew|sorry|false alarm)\W+)*(?:i\s+)?(?:just\s+)?"
    r"(?:found (?:it|my card|the card|them)|(?:it|my card|the card) (?:turned up|showed up|was (?:in|at|under|behind|on) )"
    r"|got (?:it|my card) back)"
)
_FOUND_ACTIONS = {"lock_card": "unlock_card", "replace_card": "cancel_replacement"}


def found_again(normalised: str) -> bool:
    """Whether a message says a missing card was found ("ok found it, it was in my jacket")."""
    return _FOUND_IT.match(normalised) is not None


def found_the_card(turn: TurnBuilder, runner: FlowRunner) -> bool:
    """ "ok found it" after a lost card was locked: the unlock, asked first (or, once a new card was
    ordered, what can be done about it), not a new report of a lost card."""
    last = turn.state.last_done
    if last is None or "card" not in last.slots or not found_again(turn.match.normalised) or _a_request_of_its_own(turn.match):
        return False  # "I found it, please unlock my card" asks for itself
    steps = turn.assistant.flows[last.intent]
    actions = [steps[done.step].arg for done in last.done if done.step < len(steps) and steps[done.step].kind == "do"]
    undo = next((_FOUND_ACTIONS[action] for action in reversed(actions) if action in _FOUND_ACTIONS), None)
    intent = turn.assistant.intents.by_name.get(undo or "")
    if intent is None:
        return False
    turn.outcome("intent")
    turn.trace.evidence = f"the card found again after {last.intent}"
    runner.start(intent, inherit=Frame(intent.name, slots={"card": last.slots["card"]}, said=last.said), said=turn.text)
    return True


# "ok fine send it home then" after a new card to another address was turned down: that card after all
_SEND_IT_HOME = re.compile(
    r"(?:(?:ok|okay|fine|alright|all right|then|well|sigh|ugh|oh well)\W+)*(?:just\s+|please\s+|then\s+)?(?:send|ship|mail) (?:it|them)"
    r" (?:home|to my home|to my house|to me at home|to my address|to the address on file|to my address on file|there)"
    r"(?: then| instead| after all| please| i guess)*$"
)


def send_it_home_after_all(turn: TurnBuilder, runner: FlowRunner) -> bool:
    """ "ok fine send it home then" just after a new card was not ordered (it was wanted
    elsewhere): the same card's replacement again, which asks before ordering."""
    last = turn.state.last_done
    if last is None or "card" not in last.slots or not _SEND_IT_HOME.match(turn.match.normalised):
        return False
    steps = turn.assistant.flows[last.intent]
    ordered = any(steps[d.step].kind == "do" and steps[d.step].arg == "replace_card" for d in last.done if d.step < len(steps))
    if ordered or not any(step.kind == "do" and step.arg == "replace_card" for step in steps):
        return False
    turn.outcome("follow_up")
    turn.trace.evidence = f"the new card sent to the address on file after all ({last.intent})"
    again = Frame(last.intent, slots=dict(last.slots), said=last.said)
    runner.start(turn.assistant.intents.by_name[last.intent], inherit=again, said=turn.text)
    return True


# "whose card was that on?", "which card was it on?", "who made it?": the card of the charge just shown
_WHOSE_CARD = re.compile(
    r"(?:(?:so|and|ok|okay|but|wait|sorry|hmm)\s+)*"
    r"(?:(?:whose|which|what) card (?:was|is|s|were|are)"
    r" (?:that|it|this|they|those|them|that charge|this charge|the charge|the refund|that refund)"
    r"(?: (?:on|from|made on|charged to|charged on|made with|for|posted to|credited to))?"
    # "which card did it go to": a refund or a charge, where it landed
    r"|(?:which|what|whose) card did (?:it|that|the refund|the credit|the charge|they)"
    r" (?:go (?:to|on)|post (?:to|on)|land on|come (?:to|on)|hit)"
    r"|(?:on|from) (?:whose|which|what) card(?: (?:was|is) (?:that|it|this)(?: made| charged)?)?"
    r"|who (?:made|bought|charged|spent) (?:it|that|this|that one|this one|the charge|that charge)"
    r"|who (?:was|is) (?:it|that)(?: on| from| by)?)$"
)
_CARD_ENDING = re.compile(r"\bcard ending (\d{4})\b")


def card_of_the_charge_shown(turn: TurnBuilder) -> str | None:
    """For "whose card was that on?": the one card the last reply named a charge on, and whose
    it is; None when the message asks something else or the last reply named no card, or more than one."""
    if not _WHOSE_CARD.match(turn.match.normalised):
        return None
    # the latest of the last two answers that named a card (a "didn't catch that" between says none)
    answers = [m.text for m in reversed(turn.state.history) if m.role == "assistant"][:2]
    fours = next((found for text in answers if (found := set(_CARD_ENDING.findall(text)))), set())
    account = turn.state.account
    card = next((c for c in account.cards if fours == {c.last_four}), None)
    if card is None:
        return None
    whose = "your" if card.holder == account.holder_name else f"{card.holder}'s"
    return turn.say("whose_card", card=card.label, whose=whose)


def whose_card(turn: TurnBuilder, runner: FlowRunner) -> bool:
    """ "whose card was that on?" after a charge was shown: its card and cardholder."""
    reply = card_of_the_charge_shown(turn)
    if reply is None:
        return False
    turn.outcome("follow_up")
    turn.trace.evidence = "the card of the charge just shown"
    turn.reply(reply)
    return True


# "wait, that was me, I hit the wrong button. try again" just after a security prompt was denied
_TRY_AGAIN = re.compile(
    r"\b(?:that was me|it was me|that was actually me|it was actually me|wrong button|pressed the wrong|hit the wrong|tapped the wrong"
    r"|clicked the wrong|by mistake|by accident|accidentally|try again|send it again|send the prompt again|resend|do it again|retry)\b"
)


def retry_after_a_denied_prompt(turn: TurnBuilder, runner: FlowRunner) -> bool:
    """ "that was me, try again" just after the app prompt was denied: the same change asked
    again (it confirms and prompts again), not a fraud alert's advice."""
    last = turn.state.last_done
    if last is None or last.outcome != "prompt_denied" or not _TRY_AGAIN.search(turn.match.normalised):
        return False
    turn.outcome("follow_up")
    turn.trace.evidence = f"the request whose prompt was denied, again ({last.intent})"
    again = Frame(last.intent, slots=dict(last.slots), said=last.said)
    runner.start(turn.assistant.intents.by_name[last.intent], inherit=again, said=last.said)
    return True


_PRONOUN = re.compile(r"\b(?:it|them|they|those|these|him|her|that one)\b")
_MAX_PRONOUN_WORDS = 14


def pronoun_of_the_last_answer(turn: TurnBuilder, runner: FlowRunner) -> bool:
    """ "can you waive it" after the annual fee, "use them for the wework charge" after the points:
    with no rule reading the message, "it" is what the last answer was about (the intent's
    ``called`` words), and the message is read again with those words; a rule must read it then."""
    last = turn.state.last_done
    match = turn.match
    if last is None or (match.outcome == "intent" and match.best is not None and match.best.rule is not None):
        return False
    called = turn.assistant.intents.by_name[last.intent].called
    normalised = match.normalised
    if not called or len(normalised.split()) > _MAX_PRONOUN_WORDS or not _PRONOUN.search(normalised):
        return False
    said = _PRONOUN.sub(called, normalised, count=1)
    again = turn.assistant.matcher.match(said)
    if again.outcome != "intent" or again.best is None or again.best.rule is None or not again.intent.is_service:
        return False
    turn.outcome("intent")
    turn.trace.intent, turn.trace.domain = again.intent.name, again.intent.domain
    turn.trace.evidence = f"'{_PRONOUN.search(normalised).group()}' read as {called!r} after the last answer ({last.intent})"
    runner.start(again.intent, said=said)
    return True


def address_given(turn: TurnBuilder, runner: FlowRunner) -> bool:
    """A full address said with no request a rule knows ("actually send it to 5 Elm St,
    Cambridge MA 02139 instead", after a card was sent): the flow that takes a new address
    starts with it (it confirms before changing anything); False when there is none."""
    if _a_request_of_its_own(turn.match):
        return False
    taker = turn.assistant.address_taker
    if taker is None or not may_hold_address(turn.text):
        return False
    intent, slot = taker
    value = runner.resolve(Frame(intent.name), slot, answering=True, choices=(), text=turn.text).value
    if value is None:
        return False
    turn.outcome("intent")
    turn.trace.evidence = f"a new address on its own: {value.shown}"
    runner.start(intent)
    return True


def _a_request_of_its_own(match: Match) -> bool:
    """A rule read the message as a request (not small talk or a refusal): it is no follow-up."""
    best = match.best
    return match.outcome == "intent" and best is not None and best.rule is not None and match.intent.domain not in _SURE


def address_taker(intents: IntentSet, flows: Mapping[str, tuple[FlowStep, ...]], slots: SlotCatalog) -> tuple[Intent, str] | None:
    """The intent that takes a new address (the first whose flow collects an address first) and
    that slot's name; found once when the assistant loads, not on every message."""
    for intent in intents:
        slot = next((step.arg for step in flows[intent.name] if step.kind == "collect"), None)
        if slot is not None and slots[slot].type == "address":
            return intent, slot
    return None


def _named_subject(turn: TurnBuilder, runner: FlowRunner, last: Frame, *, again: bool) -> tuple[str, SlotValue | None] | None:
    """The slot of the last flow the message names a new value for (or, ``again``, the same
    one: "the one on november 30"), and that value; None for the value when the message fits
    several ("the 7-eleven one": the flow asks which). For a flow that collects none of them,
    ("", the card or person named), when the message names one of the account's."""
    a = turn.assistant
    kinds = (*_SUBJECTS, "amount") if turn.entities.amount is not None else _SUBJECTS
    collected = [step.arg for step in a.flows[last.intent] if step.kind == "collect" and a.slots[step.arg].type in kinds]
    for slot in collected:
        probe = last._replace(criteria=turn.entities)
        resolution = runner.resolve(probe, slot, answering=True, choices=(), text=turn.text)
        value = resolution.value
        if value is not None and not again and slot in last.slots and value.value == last.slots[slot].value:
            value = _one_before(turn, a.slots[slot].type, value) or value  # "what about last month?" after the latest statement
        if value is not None and (again or slot not in last.slots or value.value != last.slots[slot].value):
            return slot, value
        if resolution.say == "ask_choice":
            return slot, None
    if collected:
        return None
    person = _person_named(turn.match.normalised, turn.state.account)
    if person is not None:
        return "", SlotValue(person, person)
    if last.intent in _CREDIT_INTENTS and _names_a_benefit_credit(turn.match.normalised, turn.state.account):
        # "and the wireless one?", "what about walmart+" after a benefit credit: that credit
        return "", SlotValue(turn.text, turn.text)
    if "card" in a.slots and (card := runner.resolve(last, "card", answering=False, choices=(), text=turn.text).value) is not None:
        return "", card
    if turn.entities.date is not None or _MONTH.search(turn.match.normalised):
        # "and the one in october?" after a payment's answer: the flow reads the month from the words
        return "", SlotValue(turn.text, turn.text)
    return None


_CREDIT_INTENTS = frozenset({"benefit_credit_left", "benefits_credits"})
_NOT_A_CREDITS_WORD = frozenset({"credit", "credits", "cash", "plus", "the", "and", "of", "monthly", "annual", "statement"})


def _names_a_benefit_credit(normalised: str, account: Account) -> bool:
    """Whether the words name one of the account's benefit credits by a word of its own name."""
    words = set(normalised.split())
    for credit in account.benefit_credits:
        own = {w for w in re.findall(r"[a-z]+", credit.name.lower()) if len(w) > 2} - _NOT_A_CREDITS_WORD
        if own & words:
            return True
    return False


_MONTH = re.compile(rf"\b(?:{'|'.join(MONTHS)}|last month|this month)\b")


_EARLIER = re.compile(r"\b(?:last month|previous|prior|before|earlier|month before)\b")


def _one_before(turn: TurnBuilder, kind: str, value: SlotValue) -> SlotValue | None:
    """The statement before ``value`` when a follow-up asks for an earlier one and the words
    read as the one just answered (on December 2, "last month" is November's, the latest)."""
    if kind != "statement" or not _EARLIER.search(turn.match.normalised):
        return None
    earlier = [statement for statement in turn.state.account.statements if statement.closing.isoformat() < value.value]
    if not earlier:
        return None
    before = max(earlier, key=lambda statement: statement.closing)
    return SlotValue(before.closing.isoformat(), statement_shown(before))


def _person_named(normalised: str, account: Account) -> str | None:
    """The one card holder other than the account's own the message names best ("jordan
    staples" beside Jordan Stapleton)."""
    named = holders_named_best(normalised, (card.holder for card in account.cards if card.holder != account.holder_name))
    return named[0] if len(named) == 1 else None
