"""The assistant: one pure turn function behind every way in (chat, replay, tests).

``Assistant.respond(state, message, now)`` returns the replies, the next state, a trace
saying why, and the effects the turn wants stored (cases, account changes, a hand-off). It
reads no clock and no global randomness: the clock is passed in and every choice is seeded,
so the same inputs always give the same conversation. The session (``session.py``) stores
the effects before the replies are shown.

After a hand-off the session's contact centre reports what happens to the customer's chat;
``Assistant.on_queue`` turns each report into what the customer sees (their place in line, the
agent joining), and while an agent is in the chat ``respond`` lets the agent answer. Those
lines travel in ``Turn.events``, after the replies.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from ..bank.account_file import AccountSource, load_account
from ..bank.accounts import Account, long_date
from ..bank.cases import Case
from ..bank.changes import Change, apply_changes
from ..bank.policies import Policies, load_policies
from ..errors import UsageError
from ..guard import LABELS, EarlierFinding, Finding, Screening
from ..queue.centre import ChatEvent
from ..queue.staffing import Staffing, load_staffing
from ..understanding.accommodations import Accommodations, load_accommodations
from ..understanding.entities import Entities, extract
from ..understanding.intents import FlowStep, Intent, IntentSet, Source, load_intents
from ..understanding.language import LanguageDetector, load_language
from ..understanding.matcher import Candidate, Match, Matcher, MatcherSettings
from ..understanding.normalize import Normalizer, fold
from ..understanding.normalize import plain as plain_text
from ..understanding.request_clause import reads_as_request
from ..understanding.settings import load_matcher_settings, load_spelling
from ..understanding.two_requests import Split, split_candidates, split_requests
from .actions.service import says_one_of
from .agent import AgentDesk, Agents, load_agents
from .answers import Answers, load_answers
from .catalog import check_intents
from .details import details_around, details_only, details_typed_apart, may_hold_details, spelled_as_digits
from .events import ChatLine
from .fields import account_fields
from .flows import PERSON_DOMAIN as _PERSON_DOMAIN
from .flows import FlowRunner, acts_before_asking
from .follow_up import (
    about_the_last_process,
    address_given,
    address_taker,
    cancel_the_last_action,
    detail_of_last_answer,
    follow_up,
    found_the_card,
    pronoun_of_the_last_answer,
    retry_after_a_denied_prompt,
    send_it_home_after_all,
    their_card_arrives,
    whose_card,
)
from .held_off import held_off
from .list_pointers import with_list_item
from .live import Availability, HandoffSettings, QueueView, StaffingView, availability, load_handoff_settings, queue_notice
from .merchant_names import without_merchant_names
from .packet import HandoffPacket, build_packet
from .pasted_charges import charge_named_alone
from .people import with_people
from .quick_checks import may_hold_two_requests
from .repeat import repeat_the_last_answer
from .replies import SystemReplies, is_plain, load_system_replies, render, stable_number, variant_index
from .routing import Routing, load_routing
from .scope import AUTHORIZED_USER_CASE, withheld_from_authorized_user
from .slots import SlotCatalog, address_in, load_slots, names_a_card, names_a_merchant, options_named
from .state import ConversationState, Effects, Frame, Handoff, LiveChat, LogEntry, Message, Rating, Waiting
from .third_party import names_the_card_member_as_another, says_it_is_them, speaks_for_someone_else
from .trace import Deferred, Trace, TraceDraft

NO_EFFECTS = Effects()
NO_ENTITIES = Entities()
NO_MATCH = Match("fallback", "")
MAX_MESSAGE_CHARS = 2000  # longer messages are refused politely (after the guard has seen them)
MAX_STORED_CHARS = 10_000  # history keeps at most this much of one message
MAX_VERIFY_ATTEMPTS = 3
# domains a message that volunteers verification details is not read as ("last 4 is 2001" is no small talk)
_CHIT_CHAT = frozenset({"smalltalk", "unsupported"})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ALNUM = re.compile(r"[^\W_]")
# what a stored layout masks: digits of any script, and number words ("four four nine nine"), each
# character of them a 0; other words stay, so a replay types the piece as it was laid out
_DIGIT_OR_NUMBER_WORD = re.compile(
    r"\d|(?i:\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|double|triple"
    r"|cero|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\b)"
)
_DETAIL_WORDS = re.compile(r"\b(?:last 4|last four|ending|ends|card|zip|billing)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_LABEL = re.compile("|".join(re.escape(label) for label in LABELS.values()))
_PERSON_INTENT = "live_agent"
_CARD_LOCK = "card_lock"
_CARD_AT_RISK = frozenset({"stolen_card", "lost_card", "compromised_card"})
_NOT_MADE = re.compile(
    r"\b(?:never (?:bought|made|purchased|authori[sz]ed|ordered)|did not (?:buy|make|purchase|authori[sz]e|order)|not mine|was not me"
    r"|unauthori[sz]ed|fraudulent|do not recogni[sz]e)\b"
)
_FEE_INTENTS = frozenset({"fees_charged", "unexpected_fee", "foreign_transaction_fees", "annual_fee", "late_fee"})
_REFUND_THOSE = re.compile(
    r"(?:(?:so|and|ok|okay) )?(?:(?:can|could|would|will) (?:you|u) )?(?:please |pls )?(?:refund|waive|credit back|reverse|remove)"
    r" (?:it|them|those|these|that|this|that one|this one|those fees|these fees|the fees?|that fee|this fee|it back)(?: back)?"
    r"(?: too| as well| also)?(?: please| pls)?(?:,? (?:i|it|since|because|as) [a-z ]{0,60})?$"
    # "can i get that refunded, i barely use the card"
    r"|(?:(?:so|and|ok|okay) )?(?:can|could) (?:i|we) (?:get|have) (?:it|that|that one|this|this one|them|those|that fee|the fee)"
    r" (?:refunded|waived|credited back|reversed|removed|taken off)(?: too| as well| also)?(?: please| pls)?"
    r"(?:,? (?:i|it|since|because|as) [a-z ]{0,60})?$"
)
_SETTING_DOMAINS = frozenset({"billing_payment", "account_change"})  # where "turn it off" means the setting just told
_IT = re.compile(r"\b(?:it|that|this)\b")
_NAMES_A_CARD = re.compile(r"\b(?:card|cards|amex|platinum|gold|green|blue|delta|hilton|marriott|ending|\d{4})\b")
_ROUTE_UNSURE = 0.85  # a topic read by the scorer alone below this goes to the general team
_TOPIC_AFTER = re.compile(r"\b(?:about|regarding|concerning)\s++\w", re.IGNORECASE)
_BARE_LAST_FOUR = re.compile(r"(?<![\d$.,/-])\d{4}(?!\d|[.,/-]\d)")
_BARE_ZIP = re.compile(r"(?<![\d$.,/-])\d{5}(?:-\d{4})?(?!\d|[.,/]\d)")
# "1005 10285" as a first message: four digits and five, and nothing else, can only be the details
# the assistant asks for to verify (an amount or a date has its own marks).
# Any marks may part them and close the message ("1234/10001", "(1234) (10001)", "1234 - 10001 :)"),
# but "10001-1234" with nothing else is a ZIP+4, not a ZIP and a card.
_BARE_DETAILS = re.compile(
    r"[^\w]*+(?:(?P<last_four>\d{4})[^\w]++(?:and\s++)?(?P<zip>\d{5})|(?P<zip2>\d{5})(?!-\d{4}$)[^\w]++(?:and\s++)?(?P<last_four2>\d{4}))[^\w]*+"
)

# a message of four or five digits alone, with nothing asked: the last 4 or the ZIP, given one at a time
_BARE_ONE_DETAIL = re.compile(r"[^\w]*+(?:\d{4}|\d{5})[^\w]*+")


@dataclass(frozen=True)
class Turn:
    """The result of one message (or of one report from the queue): what the assistant says,
    the next state, why, what to store, and the lines of others (the queue, the agent) after
    the replies, in order."""

    replies: tuple[str, ...]
    state: ConversationState
    trace: Trace
    effects: Effects = NO_EFFECTS
    events: tuple[ChatLine, ...] = ()


class Assistant:
    """Intents and their flows, the matcher, the account and the system replies, ready to answer."""

    def __init__(
        self,
        intents: IntentSet,
        account: AccountSource,
        *,
        replies: SystemReplies,
        normalizer: Normalizer | None = None,
        settings: MatcherSettings | None = None,
        seed: int = 0,
        slots: SlotCatalog | None = None,
        answers: Answers | None = None,
        policies: Policies | None = None,
        routing: Routing | None = None,
        staffing: Staffing | None = None,
        agents: Agents | None = None,
        accommodations: Accommodations | None = None,
        language: LanguageDetector | None = None,
        handoff: HandoffSettings | None = None,
    ) -> None:
        normalizer = normalizer or Normalizer()
        self.intents = intents
        self.account_source = account
        self.replies = replies
        self.seed = seed
        self.matcher = Matcher(intents, normalizer, settings or MatcherSettings())
        self.slots = slots or load_slots(normalizer)
        self.answers = answers or load_answers(normalizer)
        self.policies = policies or load_policies()
        self.routing = routing or load_routing(staffing=staffing)
        self.agents = agents or load_agents()
        self.accommodations = accommodations or load_accommodations()
        self.language = language or load_language()
        self.handoff = handoff or load_handoff_settings()
        self.staffing_view = StaffingView(self.routing)
        self.flows: dict[str, tuple[FlowStep, ...]] = {intent.name: _flow_of(intent) for intent in intents}
        check_intents(intents, self.flows, self.slots, self.routing.known)
        self.address_taker = address_taker(intents, self.flows, self.slots)
        self.acts_unasked = frozenset(name for name, steps in self.flows.items() if acts_before_asking(steps))

    @classmethod
    def load(
        cls,
        intents_dir: str | Path | None = None,
        account_path: str | Path | None = None,
        *,
        seed: int = 0,
        staffing: str | Path | None = None,
    ) -> Assistant:
        """The assistant with the shipped data (or the given intents folder and account file)."""
        spelling = load_spelling()
        normalizer = Normalizer(spelling)
        return cls(
            load_intents(intents_dir),
            load_account(account_path),
            replies=load_system_replies(),
            normalizer=normalizer,
            settings=load_matcher_settings(),
            seed=seed,
            staffing=load_staffing(staffing),
        )

    def with_matcher(self, matcher: Matcher) -> Assistant:
        """The same assistant matching with another matcher (cross-validation refits one per fold)."""
        other = copy.copy(self)
        other.matcher = matcher
        return other

    def with_account(self, account: AccountSource) -> Assistant:
        """The same assistant serving another account file: the intents, matcher and data files,
        the costly part to load, do not depend on it (tests load one account file each)."""
        twin = copy.copy(self)
        twin.account_source = account
        return twin

    def with_seed(self, seed: int) -> Assistant:
        """The same assistant choosing with another seed: replay loads the data once per process
        and runs transcripts recorded with many seeds on it."""
        twin = copy.copy(self)
        twin.seed = seed
        return twin

    # ----- conversation ---------------------------------------------------------------------------
    @property
    def welcome(self) -> str:
        return str(self.replies["welcome"])

    def account_on(self, now: datetime, changes: tuple[Change, ...] = ()) -> Account:
        """The account as it stands at ``now``, with changes made in earlier chats applied."""
        return apply_changes(self.account_source.at(now.date()), changes)

    def start(
        self,
        now: datetime,
        *,
        changes: tuple[Change, ...] = (),
        cases: tuple[Case, ...] = (),
        card: str | None = None,
    ) -> ConversationState:
        """A new conversation, opened by the welcome message. ``changes`` and ``cases`` come from
        the database (earlier chats); ``card`` is the card the chat is about (``--card``)."""
        account = self.account_on(now, changes)
        if card is not None and account.card(card) is None:
            fours = ", ".join(c.last_four for c in account.usable_cards())
            raise UsageError(f"--card {card}: no card on account {account.id!r} ends in {card} (its cards end in {fours})")
        return ConversationState(
            account=account,
            history=(Message("assistant", self.welcome),),
            cases=cases,
            focus_card=card,
            started=now,
        )

    def match(self, text: str) -> Match:
        """The matcher's view of a message, guard first (used by ``eval`` and benchmarks)."""
        from ..guard import redact

        return self.matcher.match(_LABEL.sub(" ", redact(text)))

    def respond(self, state: ConversationState, message: str, now: datetime, *, queue: QueueView | None = None) -> Turn:
        """Answer one message. Pure: the same state, message, clock and queue give the same turn.
        ``queue`` says how teams stand (the session's live centre; default: staffing and Erlang C)."""
        screening = state.guard.screen(message)
        history = redact_earlier(state.history, screening.earlier) + (_stored(screening.redacted, screening.findings),)
        state = state._replace(turn=state.turn + 1, guard=screening.guard, history=history)
        if screening.earlier and state.packet is not None:
            state = _packets_redacted(state)
        return TurnBuilder(self, state, now, screening, queue).run()

    def answer_prompt(self, state: ConversationState, approved: bool, now: datetime, *, queue: QueueView | None = None) -> Turn:
        """The customer approved (or denied) the security prompt on their phone."""
        state = state._replace(turn=state.turn + 1)
        builder = TurnBuilder(self, state, now, None, queue)
        runner = FlowRunner(builder)
        runner.prompt_answer(approved)
        builder._take_up_pending(runner)  # "lock my card and change my due date": the lock, once the change is approved
        return builder.finish()

    def on_queue(self, state: ConversationState, event: ChatEvent, now: datetime) -> Turn:
        """Something happened to the customer's chat in the contact centre (their place in line
        moved, an agent answered): what they see, and the next state. Pure, like ``respond``."""
        builder = TurnBuilder(self, state, now, None)
        queue_notice(builder, event)
        return builder.finish()

    # ----- services the flows use -------------------------------------------------------------
    def route(self, description: str) -> str:
        """The team for a problem described in a few words: the matched intent's team, or its domain's.
        A topic set aside at the end ("about my points, not a dispute") is not the problem."""
        description = _SET_ASIDE.sub("", description) or description
        match = self.matcher.match(description)
        if match.intent is None:
            return self.routing.default
        if match.best is not None and match.best.rule is None and match.score < _ROUTE_UNSURE:
            return self.routing.default  # "I don't know, it's complicated": a guess is no reason to pick a team
        return match.intent.team or self.routing.domains.get(match.intent.domain, self.routing.default)


_SET_ASIDE = re.compile(
    r"[,;]?\s*\b(?:but |and )?(?:not|rather than|instead of) (?:a|an|the|my|about|about a|about the|about my) [a-z' ]{1,40}[.!]*$",
    re.IGNORECASE,
)


def _flow_of(intent: Intent) -> tuple[FlowStep, ...]:
    """An intent's flow; one without a flow says its reply (or hands off, for a team)."""
    if intent.flow:
        return intent.flow
    if intent.handler == "handoff" and intent.team:
        return (FlowStep("handoff", intent.team, intent.source),)
    return (FlowStep("say", "default", intent.source),)


class TurnBuilder:
    """Works out one turn. The only mutable thing in the core: it holds the state being built
    (replaced, never mutated), the replies said so far, the trace (a draft, frozen when the
    turn ends) and the effects."""

    def __init__(
        self, assistant: Assistant, state: ConversationState, now: datetime, screening: Screening | None, queue: QueueView | None = None
    ) -> None:
        self.assistant = assistant
        self.state = state
        self.now = now
        self.queue = queue or assistant.staffing_view
        self.findings: tuple[Finding, ...] = screening.findings if screening else ()
        redacted = screening.redacted if screening else ""
        self.text = ""
        self.plain = ""
        self.entities = NO_ENTITIES
        self.match = NO_MATCH
        self.replies: list[str] = []
        self.events: list[ChatLine] = []
        self.spoken: list[Message] = []  # what joins the history: the assistant's replies and the agent's lines, in order
        self.effects = NO_EFFECTS
        self.trace = TraceDraft(outcome="guard" if self.findings else "", redacted=redacted, findings=self.findings)
        self._cases_made = 0
        self._split: Split | bool | None = False  # False: not worked out yet (see ``split``)
        self._splits: list[Split] | None = None  # the places the message may be cut into two requests (see ``two_requests``)

    # ----- the turn -------------------------------------------------------------------------------
    def run(self) -> Turn:
        a = self.assistant
        offer = self.state.offer
        if offer is not None:  # an offer stands for the next message only
            self.state = self.state._replace(offer=None)
        if self.findings:
            self.reply(self._refusal())
        text = _LABEL.sub(" ", self.trace.redacted) if self.findings else self.trace.redacted
        self.text = text = _read_as_text(text).strip()
        waiting = self.state.top.waiting if self.state.top else None
        if ((waiting is not None and waiting.kind == "confirm") or offer is not None) and (word := a.answers.sign_as_word(text)):
            self.text = text = word  # "👍" to a yes-or-no question is a yes
        if self.findings and waiting is not None and not _ALNUM.search(_without_refused(self.trace.redacted)):
            self.reply(waiting.question)  # only the refused value ("my CID is ..."): ask the open question again
            return self.finish()
        # a message longer than the history keeps is too long even when most of it is spaces: its replay
        # (of the part kept) then says the same
        too_long = len(text) > MAX_MESSAGE_CHARS or len(self.trace.redacted) > MAX_STORED_CHARS
        if not text or not _ALNUM.search(text) or too_long:
            if not self.findings:
                key = "empty" if not _as_stored(self.trace.redacted).strip() else "too_long" if too_long else "unreadable"
                self.reply(self.say(key, length=_length_words(len(text), len(self.trace.redacted))))
                self.outcome(key)
            elif waiting is not None:
                self.reply(waiting.question)
            return self.finish()
        leading_zero = self.state.account.zip.startswith("0")
        if not self.state.verified and (apart := details_typed_apart(text, leading_zero=leading_zero)) != text:
            self.text = text = apart  # "my card ends in 6 6 2 0": the detail, typed digit by digit
        self.plain = plain_text(text)  # folded once for the detectors and the matcher
        mention = a.accommodations.detect(text, plain=self.plain)
        new = tuple(kind for kind in mention.kinds if kind not in self.state.accommodations)
        if new:
            self.state = self.state._replace(accommodations=self.state.accommodations + new)
        live = self.state.live
        asked = _ASKS_FOR_ENGLISH.search(self.plain) if live is not None and self.state.language == "es" else None
        if live is not None and asked is not None:
            # "english is fine actually" after a Spanish greeting: out of the Spanish team's line, and on
            # ... and the hand-off is no answer to follow up ("english please, the etsy one" is no new hand-off)
            self.state = self.state._replace(live=None, language="en", last_done=None)
            self.release(live.case)
            self.reply(self.say("back_to_english", case=live.case))
            rest = (self.plain[: asked.start()] + " " + self.plain[asked.end() :]).strip(" .,!?")
            if len(rest.split()) < _LEAD_REST_WORDS:
                self.reply(self.say("back_to_english_ask"))
                return self.finish()
            self.text = text = self.plain = rest
            live = None
        if live is not None and live.phase == "agent":
            AgentDesk(self).answer(new)
            return self.finish()
        if live is not None and live.phase == "rating" and AgentDesk(self).rate():
            return self.finish()
        for kind in new:
            self.reply(a.accommodations[kind].noted)
        if mention.only:
            self.outcome("accommodation")
            if waiting is not None:
                self.reply(waiting.question)  # it answers nothing: ask the pending question again
            return self.finish()
        if not self.state.verified and speaks_for_someone_else(self.plain, text):
            # "im helping my mom, her card is 1042 zip 60614": her details verify her, not the writer
            self.reply(self.say("third_party", holder=self.state.account.holder_name.split()[0]))
            self.outcome("third_party")
            self.state = self.state._replace(for_someone_else=True)
            return self.finish()
        holder_name = self.state.account.holder_name
        if self.state.verified and self.state.authorized_user is None and names_the_card_member_as_another(self.plain, holder_name):
            # "I'm actually Priya's office manager, can you tell me what we owe": the chat was verified as
            # the card member, who is not the one writing; what was verified no longer stands
            holder = self.state.account.holder_name.split()[0]
            entry = LogEntry(self.now, "Verification withdrawn: the writer said they are not the card member.")
            self.state = self.state._replace(
                verified=False, for_someone_else=True, stack=(), offer=None, pending=None, pending_said="", log=self.state.log + (entry,)
            )
            self.reply(self.say("third_party_verified", holder=holder))
            self.outcome("third_party")
            return self.finish()
        if (pointed := self._list_item_pointed(text)) is not None:
            self.text = text = pointed  # "the first one isn't mine" after a list: that line's charge, card or fee
            self.plain = plain_text(text)
        self.entities = extract(text, self.now)
        self.match = match = self._match(text)
        self.trace.normalised, self.trace.entities = match.normalised, self.entities.as_dict()
        runner = FlowRunner(self)
        if not self.state.verified and not (waiting and waiting.kind == "verify") and self._volunteers_details(match, waiting):
            self.verification_answer()
            if self.state.verified and (around := details_around(text)) is not None:
                # "my zip's 10285 and my card ends with 1005 - how late am I?": the rest is the request (its
                # digits were the details, not a card or an amount to act on)
                self.text = text = around.rest
                self._split = False  # the requests are read again from the rest ("lock the platinum and whats my balance")
                self._splits = None
                self.plain = plain_text(text)
                self.entities = extract(text, self.now)
                self.match = match = self._match(text)
                self.trace.normalised = match.normalised
            top = self.state.top
            if self.state.verified and top is not None and top.waiting is not None and top.waiting.kind == "verify":
                runner.set_top(top._replace(waiting=None))
                runner.advance()
                return self.finish()
            read_as_nothing = match.intent is None or match.intent.domain in _CHIT_CHAT
            story = read_as_nothing and self.trace.outcome != "verify_locked" and not details_only(text) and self.two_requests(None)
            if not story and (
                match.intent is None or match.intent.domain in _CHIT_CHAT or self.trace.outcome == "verify_locked" or details_only(text)
            ):
                if self.state.verified and self.state.clarify is not None:
                    self._clarify_again()  # verified in answer to "did you want X or Y?" asked before: that question again
                elif self.state.verified and offer is not None and (question := self._offered_question()) is not None:
                    # "Shall I connect you with an agent?", then only the details: the offer still stands, asked again
                    self.state = self.state._replace(offer=offer)
                    self.reply(question)
                return self.finish()  # nothing but the details ("card ending 1234") asks nothing more
        elif not self.state.verified and "card" in self.plain and not self.state.remembered.last_four and (four := self._card_four(text)):
            # "my card 6004 isnt working online": the card's last four, kept for when verification asks
            self.state = self.state._replace(remembered=self.state.remembered._replace(last_four=four))
        if self._in_spanish(runner):
            return self.finish()
        if self.state.clarify is not None:
            chosen = self._clarify_choice(match)
            bare_yes = a.answers.is_yes(match.normalised) and len(match.normalised.split()) <= _BARE_YES_WORDS and not _ruled_service(match)
            if chosen is None and bare_yes:
                # "yes" to "did you want to X or Y?" picks neither: the question again, not a dropped request
                self.outcome("clarify")
                self._clarify_again()
                return self.finish()
            self.state = self.state._replace(clarify=None)
            if chosen is not None:
                self.trace.evidence = "answer to a clarifying question"
                self.outcome("intent")
                runner.start(a.intents.by_name[chosen])
                return self.finish()
        if self.state.top is not None and self.state.top.waiting is not None:
            runner.answer()
            self._take_up_pending(runner)
            return self.finish()
        if offer is not None and self.state.top is None and a.answers.is_yes(match.normalised):
            runner.take_offer(offer)
            return self.finish()
        if offer is None and self.state.top is None and a.answers.is_yes(match.normalised) and (asked := self._last_question()):
            # "Would you like me to check your points balance first?" then "yes do it": what it asked
            self.trace.evidence = "yes to the question the last reply asked"
            self.outcome("offer_taken")
            runner.start(asked)
            return self.finish()
        if self.findings and (match.intent is None or not match.intent.is_service or self._only_the_secret(match)):
            beside = self._request_beside_the_secret()
            if beside is None:
                # the refusal says it all; "my card number is" is no question, and "my card is [...]" no damaged card
                return self.finish()
            # "my card number is [...] can you check my balance": the request said beside the secret
            self.match = match = beside
            self.trace.normalised = match.normalised
        if (match.intent is None or match.intent.domain in _CHIT_CHAT) and (story := self.two_requests(None)) is not None:
            self._start_story(runner, story)  # before a reader takes one part of it (an address alone)
            self._take_up_pending(runner)
            return self.finish()
        if any(read(self, runner) for read in _READ_AGAINST_THE_LAST_ANSWER):
            return self.finish()
        self._route(runner)
        self._take_up_pending(runner)
        return self.finish()

    def _without_lead_words(self, match: Match) -> Match:
        """ "wait no, lock the delta instead": when no rule read the whole message, the request
        after its lead words ("wait", "no", "actually", "ok") if a rule reads that (the scorer had
        taken "wait" for a question about the queue)."""
        best = match.best
        if best is not None and best.rule is not None:
            return match
        rest = self.assistant.answers.without_lead(match.normalised)
        if rest == match.normalised or len(rest.split()) < _LEAD_REST_WORDS:
            return match
        other = self.assistant.matcher.match(rest)
        # "thanks what's due": after a thanks, a request the scorer reads well enough is the message
        thanked = match.intent is not None and match.intent.domain in _CHIT_CHAT and other.outcome == "intent" and other.intent.is_service
        # "wait, do I need a new one?": a lead word set off by a comma is an interjection, and the scorer's
        # reading of the rest is the message's (it had taken "wait" for a question about the queue)
        interjected = _INTERJECTION.match(self.text) is not None and other.outcome == "intent" and other.intent.is_service
        return other._replace(normalised=match.normalised) if _ruled_service(other) or thanked or interjected else match

    def _offered_question(self) -> str | None:
        """The question that ended the assistant's last reply ("Shall I connect you with an agent?")."""
        for message in reversed(self.state.history):
            if message.role == "assistant":
                last = _SENTENCE_END.split(message.text.strip())[-1]
                return last if last.endswith("?") else None
        return None

    def _list_item_pointed(self, text: str) -> str | None:
        """The message with "the second one" replaced by what the last reply's list has there."""
        top = self.state.top
        if top is not None and top.waiting is not None and top.waiting.choices:
            return None  # "the second one" answers the open question's own options (the slots read it)
        return with_list_item(text, self.state.history)

    def _last_question(self) -> Intent | None:
        """The request the last reply asked about ("Would you like me to tell you your balance
        first?"), read by the matcher's rules, when a yes answers it and no offer is on record."""
        last = next((message.text for message in reversed(self.state.history) if message.role == "assistant"), "")
        asked = _OFFERED.search(last)
        if asked is None or _EITHER_OR.search(asked.group("what")):
            return None  # "would you like to unlock it, or report it lost?": a yes picks neither
        match = self.assistant.matcher.match(asked.group("what"))
        best = match.best
        if match.outcome != "intent" or best is None or best.rule is None or not match.intent.is_service:
            return None
        return match.intent

    def _match(self, text: str) -> Match:
        """The matcher's reading; after a refusal, also of the message without the clauses that
        held the refused value ("my card number is ..., can you check my balance"): the words
        that introduced the value should not steer the match, so the surer reading wins."""
        match = self.assistant.matcher.match(text, plain=self.plain)
        if not self.findings:
            account, matcher = self.state.account, self.assistant.matcher
            match = self._without_lead_words(with_people(match, text, account, matcher))
            return charge_named_alone(without_merchant_names(match, text, account, matcher), text, account, matcher)
        rest = _without_refused(self.trace.redacted)
        if not rest or rest == text:
            return match
        other = self.assistant.matcher.match(rest)
        serves = [m for m in (match, other) if m.intent is not None and m.intent.is_service]
        return max(serves, key=lambda m: m.score) if serves else match

    def _route(self, runner: FlowRunner) -> None:
        match = self.match
        best, rival = match.best, match.runner_up
        source = (best.rule_source or (best.example.source if best.example else None)) if best else None
        # a question or an answer names the best intent (the flow would set the same when it starts)
        named = best.intent if best is not None and match.outcome != "fallback" else None
        trace = self.trace
        if named:
            trace.intent, trace.domain = named.name, named.domain
        trace.outcome = match.outcome
        trace.score = match.score
        trace.evidence = Deferred(best.evidence) if best else ""  # written when the trace is read
        trace.runner_up = rival.intent.name if rival else None
        trace.runner_up_score = rival.score if rival else 0.0
        trace.decided_file = source.path if source else None
        trace.decided_line = source.line if source else None
        if _CLOSES_WITH_NEVER_MIND.search(match.normalised) and (never_mind := self.assistant.intents.by_name.get("deny")) is not None:
            # "oh wait they refunded it? then never mind": what the message ends on is what it asks
            trace.outcome, trace.intent, trace.domain = "intent", never_mind.name, never_mind.domain
            trace.evidence = "a message that ends by taking the request back"
            runner.start(never_mind)
            return
        if (credit := self._asks_about_a_named_credit(best)) is not None:
            # "do I have any hilton resort credit left?": that benefit credit, not the credit limit
            trace.outcome, trace.intent, trace.domain = "intent", credit.name, credit.domain
            trace.evidence = "a benefit credit of the account named"
            runner.start(credit)
            return
        if (best is None or best.rule is None) and (disowned := self._disowns_a_merchants_charge()) is not None:
            # "the lagos one isn't mine" after the list of charges: that charge, disputed as not made
            trace.outcome, trace.intent, trace.domain = "intent", disowned.name, disowned.domain
            trace.evidence = "a charge at a merchant of the account, said not to be the customer's"
            runner.start(disowned)
            return
        if (best is None or best.rule is None) and (spending := self._asks_about_a_merchants_charges()) is not None:
            # "how much is the staples total", "is my at&t charge on the last statement": the charges there
            trace.outcome, trace.intent, trace.domain = "intent", spending.name, spending.domain
            trace.evidence = "a question about the charges at a merchant of the account"
            runner.start(spending)
            return
        if match.outcome == "fallback" and (story := self.two_requests(None)) is not None:
            self._start_story(runner, story)
            return
        if match.outcome == "fallback":
            self.reply(self.say("fallback"))
            return
        if (person := self._person_about(match)) is not None:
            # "can i speak to a person about my payment due date": the person is the request, the
            # rest its topic (the hand-off takes it and routes to that topic's team)
            trace.intent, trace.domain, trace.outcome = person.name, person.domain, "intent"
            runner.start(person)
            return
        if match.outcome == "clarify" and (both := self._both_requests(best.intent, match.rival.intent)) is not None:
            # "what's my balance and also lock my card": the two readings are two requests; both are done
            trace.intent, trace.domain, trace.outcome = both[0].name, both[0].domain, "intent"
            self.state = self.state._replace(pending=both[1].name, pending_said=self.text)
            runner.start(both[0])
            return
        if match.outcome == "clarify" and (person := self._person_asked_for(best.intent, match.rival.intent)) is not None:
            # "my card keeps getting blocked abroad, I want a supervisor": the person asked for outright
            trace.intent, trace.domain, trace.outcome = person.name, person.domain, "intent"
            runner.start(person)
            return
        if match.outcome == "clarify":
            first, second = best.intent, match.rival.intent
            self.state = self.state._replace(clarify=(first.name, second.name))
            self.reply(self.say("clarify", first=first.label, second=second.label))
            return
        if (topic := self._fees_just_listed() or self._it_is_the_last_topic(best.intent)) is not None:
            # "is autopay on?" then "turn it off pls": "it" is AutoPay, not a card to lock
            trace.intent, trace.domain = topic.name, topic.domain
            runner.start(topic)
            return
        if (ruled_out := held_off(match.normalised, self.assistant.flows[best.intent.name])) is not None:
            # "my card is lost somewhere at home, don't lock it yet": nothing is done unasked
            trace.outcome = "held_off"
            self.reply(self.say("held_off", action=ruled_out.action, later=ruled_out.later))
            return
        if best.rule is None and best.intent.name in self.assistant.acts_unasked:
            # "when will I get my welcome bonus?" guessed as a lost card would lock the card: asked
            # first; with no second reading to offer ("and the other card?"), not guessed at all
            if rival is None:
                trace.outcome, trace.intent, trace.domain = "fallback", None, None
                self.reply(self.say("fallback"))
                return
            trace.outcome = "clarify"
            self.state = self.state._replace(clarify=(best.intent.name, rival.intent.name))
            self.reply(self.say("clarify", first=best.intent.label, second=rival.intent.label))
            return
        first, second = self.two_requests(best.intent) or (best.intent, self._charge_to_claim(best.intent))
        if best.rule is not None:
            first = best.intent  # a rule read the whole message: surer than its part's reading
        # one intent asked twice: each request reads its own part of the message
        parts = (split.first, split.second) if second is first and (split := self.split()) else (None, self.text)
        if second is not None or self.state.pending is not None or self.state.pending_said:  # else nothing to change
            self.state = self.state._replace(pending=second.name if second else None, pending_said=parts[1] if second else "")
        if first is not best.intent:
            trace.intent, trace.domain = first.name, first.domain
        runner.start(first, said=parts[0])

    def _charge_to_claim(self, first: Intent) -> Intent | None:
        """A charge the customer didn't make, named beside a stolen or exposed card ("a best buy
        charge for 1299.99 i never bought, the card was stolen"): disputed once the card is safe."""
        if first.name not in _CARD_AT_RISK or not _NOT_MADE.search(self.match.normalised):
            return None
        if not names_a_merchant(self.state.account, self.text, self.match.normalised):
            return None
        return self.assistant.intents.by_name.get("dispute_unrecognized_charge")

    def _fees_just_listed(self) -> Intent | None:
        """ "can u refund those" just after the account's fees were listed or one was explained:
        those fees, not a merchant's refund."""
        last = self.state.last_done
        if last is None or last.intent not in _FEE_INTENTS or not _REFUND_THOSE.match(self.match.normalised):
            return None
        return self.assistant.intents.by_name.get("fee_refund_request")

    def _it_is_the_last_topic(self, intent: Intent) -> Intent | None:
        """The intent just answered, when a lock or an unlock is asked of "it" with no card named
        and what was just answered is a setting, not a card (AutoPay, statements, alerts)."""
        last = self.state.last_done
        if intent.domain != _CARD_LOCK or last is None or not _IT.search(self.match.normalised):
            return None
        if _NAMES_A_CARD.search(self.match.normalised):
            return None
        topic = self.assistant.intents.by_name.get(last.intent)
        if topic is None or topic.domain not in _SETTING_DOMAINS or "card" in last.slots:
            return None
        if self._only_answers(topic):
            return None  # "yes lock it" after how to reset a password: nothing there to turn on or off, the card is meant
        return topic

    def _person_about(self, match: Match) -> Intent | None:
        """The request for a person, when a message asks for one about something a service intent
        would answer: both read by a rule, and the topic introduced ("about", "regarding")."""
        best, rival = match.best, match.runner_up
        if match.outcome not in ("intent", "clarify") or best is None or rival is None or best.rule is None or rival.rule is None:
            return None
        person, service = (best, rival) if best.intent.domain == _PERSON_DOMAIN else (rival, best)
        if person.intent.domain != _PERSON_DOMAIN or person.intent.name != _PERSON_INTENT or not service.intent.is_service:
            return None
        return person.intent if _TOPIC_AFTER.search(self.text) else None

    def second_request(self, first: Intent) -> Intent | None:
        """Another request in the same message ("my card was stolen and I also want to dispute the
        Lyft charge"): each part matched by a rule, to different domains, one of them ``first``."""
        pair = self.two_requests(first)
        return pair[1] if pair else None

    def two_requests(self, first: Intent | None) -> tuple[Intent, Intent] | None:
        """The message's two requests, when it holds two: the one of ``first``'s domain as its own
        part reads it ("tell me my points", not the whole message's "redeem"), then the other. With
        no ``first`` (the whole message read as nothing, a long story), a join that says "also" and
        two parts a rule reads, of two domains. Each place the message may be cut is tried in turn."""
        if self._splits is None:
            self._splits = split_candidates(_past_the_preamble(self.text)) if may_hold_two_requests(self.text) else []
        for split in self._splits:
            pair = self._two_at(first, split) if first is not None else self._two_in_a_story(split)
            if pair is not None:
                self._split = split
                return pair
        return None

    def _two_in_a_story(self, split: Split) -> tuple[Intent, Intent] | None:
        if not split.said_also:
            return None
        matcher = self.assistant.matcher
        second = matcher.match(split.second)
        if not _ruled_service(second, _SURE_IN_A_STORY):
            return None
        first_part = matcher.match(split.first)
        if not _ruled_service(first_part, _SURE_IN_A_STORY) or first_part.intent.domain == second.intent.domain:
            return None
        return first_part.intent, second.intent

    def _two_at(self, first: Intent, split: Split) -> tuple[Intent, Intent] | None:
        if not (split.asks(split.first) or split.asks(split.second)):
            return None
        matcher = self.assistant.matcher
        # "... and also ...": the customer says a second request follows, so a part the scorer reads
        # surely enough (not only one a rule reads) counts, for a part of another domain than ``first``'s
        sure = _SURE_IN_A_STORY if split.said_also else None
        # the second part first: most splits end there (no rule fires on it), for one match, not two
        second = matcher.match(split.second)
        if not _ruled_service(second, sure if second.intent is not None and second.intent.domain != first.domain else None):
            return None
        first_part = matcher.match(split.first)
        if not _ruled_service(first_part, sure if first_part.intent is not None and first_part.intent.domain != first.domain else None):
            return None
        if first_part.intent.domain == second.intent.domain:
            # one domain: two requests only when both just answer ("my uber cash and my points"); two
            # clauses of one action ("my card is lost and I need a new one") are one request
            one, two = first_part.intent, second.intent
            if one.name == two.name:
                # "switch to paperless and turn on text alerts": one intent asked twice, for two options
                return (one, two) if first.name == one.name and self._two_choices(one, split) else None
            if not (self._only_answers(one, split.first) and self._only_answers(two, split.second)) and not split.borrowed:
                return None  # "update my phone number and my email" asks two changes of one verb
            if first.name == one.name:
                return one, two
            return (two, one) if first.name == two.name else None
        if first.domain == first_part.intent.domain:
            part, own, other = split.second, first_part, second
        elif first.domain == second.intent.domain:
            part, own, other = split.first, second, first_part
        else:
            return None
        return (own.intent, other.intent) if split.asks(part) else None

    def _two_choices(self, intent: Intent, split: Split) -> bool:
        """Each part names an option of the intent's choice slot, and no option is named in both."""
        a = self.assistant
        for step in a.flows[intent.name]:
            if step.kind == "collect" and a.slots[step.arg].type == "choice":
                options = a.slots[step.arg].options
                named = [options_named(options, a.matcher.normalizer.text(part)) for part in (split.first, split.second)]
                return all(named) and named[0].isdisjoint(named[1])
        return False

    def _only_answers(self, intent: Intent, text: str | None = None) -> bool:
        """Its flow answers and changes nothing (no action, no yes-or-no question, no hand-off), for
        this text: a flow that acts only when the request says so ("can you lower my apr?") only
        answers a text that does not ("my interest rate")."""
        steps = self.assistant.flows[intent.name]
        first = steps[0] if steps else None
        if text is not None and first is not None and first.kind == "check" and first.arg == "request_says":
            target = first.target("not_said")  # the step the flow goes on to when the text says none of the words
            if target is not None and not says_one_of(first.params.get("words", ""), text):
                steps = steps[next((i for i, step in enumerate(steps) if step.id == target), 0) :]
        return not any(step.kind in _ACTING_STEPS for step in steps)

    def _both_requests(self, one: Intent, other: Intent) -> tuple[Intent, Intent] | None:
        """The two intents a clarifying question would offer, in the order the message asks them,
        when each part of the message is matched by a rule to one of their domains."""
        split = self.split()
        if split is None:
            return None
        matcher = self.assistant.matcher
        parts = [matcher.match(split.first), matcher.match(split.second)]
        if not all(map(_ruled_service, parts)):
            return None
        domains = [m.intent.domain for m in parts]
        if sorted(domains) != sorted((one.domain, other.domain)) or domains[0] == domains[1]:
            return None
        return parts[0].intent, parts[1].intent

    def split(self) -> Split | None:
        """The message cut where a second request may start (the cut ``two_requests`` chose, else the
        first join), worked out once a turn; most messages have no join at all, and a quick look says so."""
        if self._split is False:
            self._split = split_requests(_past_the_preamble(self.text)) if may_hold_two_requests(self.text) else None
        return self._split  # type: ignore[return-value]

    def _take_up_pending(self, runner: FlowRunner) -> None:
        """Once the flow under way is done, start the request asked for beside it."""
        state = self.state
        if state.pending is None or state.top is not None or state.clarify is not None or state.live is not None:
            return
        intent = self.assistant.intents.by_name.get(state.pending)
        self.state = state._replace(pending=None, pending_said="")
        if intent is not None:
            self.reply(self.say("also_asked", what=intent.label))
            runner.start(intent, said=state.pending_said or None)  # read from the message that asked for it

    def _in_spanish(self, runner: FlowRunner) -> bool:
        """A whole message in Spanish reaches the Spanish-language team (the intent the language
        file names), whatever flow was in progress; one Spanish word in English never does."""
        a = self.assistant
        detection = a.language.detect(self.text, plain=self.plain)
        if detection.language != "es":
            return False
        self.state = self.state._replace(language="es")
        target = a.intents.by_name.get(a.language.intent)
        matched = self.match.intent
        if target is None or self.state.live is not None or (matched is not None and matched.name == target.name):
            return False
        if matched is not None and matched.team is not None and matched.team == target_team(target):
            return False  # "quiero hablar con un agente en español": the team asked for by name, no offer needed
        for frame in reversed(self.state.stack):
            runner.remember(frame)
        self.state = self.state._replace(stack=(), clarify=None)
        self.trace.outcome, self.trace.evidence = "intent", detection.explain()
        runner.start(target)
        return True

    def finish(self) -> Turn:
        if not self.replies and not self.events and self.trace.outcome != "agent" and self.state.live is None:
            # every message gets an answer: a turn that found nothing to say says it did not follow
            self.reply(self.say("fallback"))
        state = self.state
        stack = state.stack
        if any(f.jumps for f in stack):
            stack = tuple(f._replace(jumps=0) if f.jumps else f for f in stack)
        intent, intents = self.trace.intent, state.intents
        if intent is not None and intent not in intents:
            intents = (*intents, intent)
        self.state = state._replace(history=state.history + tuple(self.spoken), stack=stack, intents=intents)
        self.trace_slots(self.state.top)
        handoff = self.effects.handoff
        if handoff is not None and handoff.packet is None:
            self._join_line(handoff)
        if not self.trace.outcome:
            self.trace.outcome = "intent"
        return Turn(tuple(self.replies), self.state, self.trace.freeze(), self.effects, tuple(self.events))

    def _join_line(self, handoff: Handoff) -> None:
        """The turn handed off: build the packet from the finished turn, and wait in line."""
        a = self.assistant
        spec = a.routing.staffing[handoff.team]
        language = "es" if self.state.language == "es" or a.agents.script(spec).language == "es" else "en"
        packet = build_packet(self.state, handoff, team_name=spec.display_name, language=language, call_first=handoff.call_first)
        handoff = handoff._replace(packet=packet)
        live = LiveChat(
            handoff.team, spec.display_name, handoff.case, handoff.topic, packet, position=handoff.position, minutes=handoff.minutes
        )
        self.state = self.state._replace(live=live, packet=packet)
        self.effects = self.effects._replace(handoff=handoff)

    # ----- what flows call ------------------------------------------------------------------------
    def say(self, key: str, **fields: object) -> str:
        return self.assistant.replies.say(key, **fields)

    def reply(self, text: str) -> None:
        if text and self.state.authorized_user is not None:
            text = withheld_from_authorized_user(text, self.state.account)
        if text:
            self.replies.append(text)
            self.spoken.append(Message("assistant", text))

    def notice(self, kind: str, text: str) -> None:
        """A line from the chat system (the queue, the rating question), after the replies."""
        self.events.append(ChatLine(self.now, "system", kind, text))

    def agent_says(self, kind: str, text: str, who: str) -> None:
        self.events.append(ChatLine(self.now, "agent", kind, text, who))
        self.spoken.append(Message("agent", text))

    def availability(self, team: str) -> Availability:
        """How ``team`` stands now, and what a hand-off to it should say."""
        a = self.assistant
        return availability(a.handoff, a.routing.staffing, self.queue.status(team, self.now), self.now)

    def release(self, case: str, *, closed: bool = False) -> None:
        """The live chat about ``case`` ends (left the line, or the agent closed it)."""
        self.effects = self.effects.plus(Effects(release=case, closed=(case,) if closed else ()))

    def rate(self, rating: Rating) -> None:
        self.effects = self.effects.plus(Effects(ratings=(rating,)))

    def outcome(self, name: str) -> None:
        self.trace.outcome = name

    def trace_intent(self, intent: Intent, *, flow_only: bool = False) -> None:
        trace = self.trace
        if flow_only and trace.intent is not None:
            return
        trace.intent, trace.domain = intent.name, intent.domain

    def trace_flow(self, where: str, step: FlowStep | None = None) -> None:
        trace = self.trace
        trace.flow = where
        if step is not None:
            trace.ran = (*trace.ran, (step.source.path, step.source.line))

    def trace_step(self, what: str) -> None:
        self.trace.steps = (*self.trace.steps, what)

    def trace_slots(self, frame: Frame | None) -> None:
        if frame is not None and frame.slots:
            self.trace.slots = {name: value.shown for name, value in frame.slots.items()}

    def change_account(self, changes: tuple[Change, ...]) -> None:
        self.state = self.state._replace(account=apply_changes(self.state.account, changes))
        self.effects = self.effects.plus(Effects(changes=changes))

    def open_cases(self, cases: tuple[Case, ...]) -> None:
        self.state = self.state._replace(cases=self.state.cases + cases)
        self.effects = self.effects.plus(Effects(cases=cases))

    def close_cases(self, numbers: tuple[str, ...]) -> None:
        cases = tuple(case if case.number not in numbers else replace(case, status="closed") for case in self.state.cases)
        self.state = self.state._replace(cases=cases)
        self.effects = self.effects.plus(Effects(closed=numbers))

    def request_handoff(self, handoff: Handoff) -> None:
        self.effects = self.effects.plus(Effects(handoff=handoff))

    def new_case(self, prefix: str) -> str:
        """A case number no case of this conversation has, fixed by the seed, the turn and the salt."""
        taken = {case.number for case in self.state.cases}
        while True:
            self._cases_made += 1
            number = stable_number(self.assistant.seed, self.state.case_salt, self.state.turn, self._cases_made, "case") % 10_000_000
            candidate = f"{prefix}{number:07d}"
            if candidate not in taken:
                return candidate

    def render(self, template: str, intent: Intent, extra: Mapping[str, Mapping[str, str]]) -> str:
        if is_plain(template):  # nothing to fill: no need to gather the fields
            return template
        return render(template, self._groups(intent, extra))

    def render_case(self, intent: Intent, case: str, extra: Mapping[str, Mapping[str, str]]) -> str:
        if case not in intent.replies:
            case = "default"
        if self.state.authorized_user is not None and f"{case}{AUTHORIZED_USER_CASE}" in intent.replies:
            case += AUTHORIZED_USER_CASE  # said without the account's figures, which only the primary card member sees
        variants = intent.replies[case]
        index = variant_index(variants, self.assistant.seed, self.state.turn, f"{intent.name}:{case}")
        trace = self.trace
        trace.reply_case, trace.variants = case, (*trace.variants, (intent.name, case, index))
        return self.render(variants[index], intent, extra)

    def _groups(self, intent: Intent, extra: Mapping[str, Mapping[str, str]]) -> dict[str, Mapping[str, str]]:
        frame = self.state.top
        slots = dict(frame.criteria.as_dict()) if frame else dict(self.entities.as_dict())
        if frame is not None:
            slots.update({name: value.shown for name, value in frame.slots.items()})
            if frame.criteria.date is not None:
                slots["date"] = long_date(frame.criteria.date)
        groups: dict[str, Mapping[str, str]] = {"slots": slots}
        if frame is not None:
            groups.update(frame.fields)
        groups.update(extra)
        if self.state.verified:  # the only way account details reach a reply
            groups["account"] = account_fields(self.state.account, self.now.date(), self.assistant.policies)
        return groups

    # ----- verification ---------------------------------------------------------------------------
    def verify_locked_out(self) -> bool:
        if self.state.verify_attempts >= MAX_VERIFY_ATTEMPTS:
            self.reply(self.say("verify_locked"))
            self.outcome("verify_locked")
            return True
        return False

    def _asks_about_a_merchants_charges(self) -> Intent | None:
        """The listing of charges, for a question no rule read that names a merchant of the account
        and complains of nothing ("how much is the staples total"); None otherwise."""
        normalised = self.match.normalised
        if not _ASKS_ABOUT.match(normalised) or _COMPLAINS.search(normalised):
            return None
        if not names_a_merchant(self.state.account, self.text, normalised, distinctly=True):
            return None
        return self.assistant.intents.by_name.get("recent_transactions")

    def _disowns_a_merchants_charge(self) -> Intent | None:
        """The dispute of a charge not made, for a message no rule read that names a merchant of
        the account and says the charge is not the customer's ("the lagos one isn't mine")."""
        normalised = self.match.normalised
        if not _DISOWNED.search(normalised) or not names_a_merchant(self.state.account, self.text, normalised, distinctly=True):
            return None
        return self.assistant.intents.by_name.get("dispute_unrecognized_charge")

    def _person_asked_for(self, one: Intent, other: Intent) -> Intent | None:
        """Of two readings, the request for a person when the message asks for one outright."""
        person = next((intent for intent in (one, other) if intent.domain == _PERSON_DOMAIN), None)
        return person if person is not None and _ASKS_FOR_A_PERSON.search(self.match.normalised) else None

    def _asks_about_a_named_credit(self, best: Candidate | None) -> Intent | None:
        """What is left of a benefit credit, for a message that names one of the account's credits
        by its own words right before "credit" ("hilton resort credit", "clear credit"), when
        the matcher read a credit limit or nothing a rule decided; None otherwise."""
        credits = self.state.account.benefit_credits
        if not credits or (best is not None and best.rule is not None and best.intent.domain not in _CREDIT_LIMIT_DOMAINS):
            return None
        if not named_credit(tuple(c.name for c in credits)).search(self.match.normalised):
            return None
        return self.assistant.intents.by_name.get("benefit_credit_left")

    def _start_story(self, runner: FlowRunner, story: tuple[Intent, Intent]) -> None:
        """ "long story ... a stubhub charge i didn't ok, and also can you tell me my points", "first, what
        is my balance, and second, I'm moving": the two requests a story holds, though the whole of it
        reads as nothing (or as a greeting); the first now, the second once it is done."""
        first, second = story
        self.trace.outcome, self.trace.intent, self.trace.domain = "intent", first.name, first.domain
        split = self.split()
        self.state = self.state._replace(pending=second.name, pending_said=split.second if split else self.text)
        runner.start(first, said=split.first if split else None)

    def _request_beside_the_secret(self) -> Match | None:
        """The request in a part of the message before or after a refused value, when a rule (or a
        sure scorer) reads it as a service ("my card number is [...] can you check my balance")."""
        parts = [part.strip(" ,.;:-") for part in _LABEL.split(self.trace.redacted)]
        # "my card is", "hi, to verify my card is": words that only named the secret ask nothing
        asking = [part for part in parts if len([w for w in plain_text(part).split() if w not in _SECRET_LEAD_WORDS]) >= _BESIDE_WORDS]
        for part in sorted(asking, key=len, reverse=True):
            found = self.assistant.matcher.match(part)
            if _ruled_service(found, _SURE_BESIDE):
                return found
        return None

    def _only_the_secret(self, match: Match) -> bool:
        """With the secret removed, nothing a rule reads and hardly a word besides what named the
        secret: "my card is [...]", "sorry i meant [...]" ask for nothing."""
        if match.best is not None and match.best.rule is not None:
            return False
        rest = [word for word in match.normalised.split() if word not in _SECRET_LEAD_WORDS]
        return len(rest) <= 1

    def _card_four(self, text: str) -> str | None:
        """A card's last four named in a request ("card ending 6004", "my card 6004 isn't working")."""
        if self.entities.last_four:
            return self.entities.last_four
        found = _CARD_FOUR.search(text)
        return found.group(1) if found else None

    def verify_ask(self) -> str:
        """The question for the verification details: only the one missing when the request gave the
        other ("my card 6004 isn't working": the ZIP code)."""
        remembered = self.state.remembered
        if remembered.last_four or remembered.zip:
            return self.say("verify_ask_one", missing=self.missing_verification())
        return self.say("verify_ask")

    def missing_verification(self) -> str:
        remembered = self.state.remembered
        if remembered.last_four or remembered.zip:
            return "ZIP code" if remembered.last_four else "last 4 digits of your card"
        return "last 4 digits of your card and your billing ZIP code"

    def _volunteers_details(self, match: Match, waiting: Waiting | None) -> bool:
        """Whether a message no flow asked for gives verification details: both of them, or (with
        nothing else asked and no request in it) one ("zip 07030": kept, the other asked for), or a
        bare number correcting a failed attempt ("oops, I mean 4417")."""
        entities, text = self.entities, self.text
        if not may_hold_details(text):  # most messages: no number, spelled or not, to be a detail
            return False
        if (entities.last_four and entities.zip) or _BARE_DETAILS.fullmatch(text):
            return True
        only = details_only(text)  # "my zip code is 10001", "card ending 1234": details and nothing else
        if only is not None and (waiting is None or (only.last_four and only.zip)):
            return True
        if details_around(text) is not None:  # "7001 60611 is my delta card locked?": both, then the request
            return True
        if waiting is not None or not (match.intent is None or match.intent.domain in _CHIT_CHAT):
            return False
        if entities.last_four or entities.zip or _BARE_ONE_DETAIL.fullmatch(text):
            return True  # "94110" (then "7004") as the first words: one detail, kept while the other is asked for
        tried = self.state.tried
        return bool((tried.last_four or tried.zip) and (_first(_BARE_LAST_FOUR, text) or _first(_BARE_ZIP, text)))

    def _address_before_verifying(self) -> bool:
        """A new address sent before verifying ("new one is 4500 Duval St #210, Austin TX 78751"): its
        house number and ZIP code are no card's last 4 digits and billing ZIP, so no failed try. It is
        kept with the request, which reads it once verified, and the details are asked for."""
        top = self.state.top
        if top is None or top.waiting is None or top.waiting.kind != "verify" or address_in(self.text) is None:
            return False
        if details_only(self.text) or _DETAIL_WORDS.search(self.plain):
            return False  # "card 4500 zip 78751" names the details it gives
        self.state = self.state.with_top(top._replace(said=f"{top.said} / {self.text}"))
        self.reply(self.say("verify_address_first"))
        self.outcome("verify")
        return True

    def _details_for_someone_else(self, last_four: str, zip_code: str) -> bool:
        """The card member's details typed by a writer who said they write for them, with no word
        that the card member is there now ("this is Priya now"): refused, and not counted as a failed try."""
        account = self.state.account
        card = account.card(last_four)
        if not self.state.for_someone_else or card is None or card.authorized_user or not account.verify(last_four, zip_code):
            return False  # an authorized user's own card verifies them, as it always does
        if says_it_is_them(self.text, account.holder_name):
            return False
        self.reply(self.say("third_party_details", holder=account.holder_name.split()[0]))
        self.outcome("third_party")
        return True

    def verification_answer(self) -> bool:
        """Read the last 4 digits and ZIP code from the message (or earlier ones); False when the
        message holds neither, so it can be read as something else."""
        remembered, tried = self.state.remembered, self.state.tried
        if self._address_before_verifying():
            return True
        text = spelled_as_digits(self.text)  # "two four six eight" is 2468
        said_last_four = self.entities.last_four or _first(_BARE_LAST_FOUR, text)
        said_zip = self.entities.zip or _first(_BARE_ZIP, text)
        if bare := _BARE_DETAILS.fullmatch(text):  # "1234/10001": only the two details, whatever parts them
            said_last_four = bare["last_four"] or bare["last_four2"]
            said_zip = bare["zip"] or bare["zip2"]
        elif only := details_only(text):  # "L4 1234 Z 10001", "and the card ends with 2468"
            said_last_four, said_zip = only.last_four or said_last_four, only.zip or said_zip
        elif around := details_around(text):  # "1234 10001 what's my balance?"
            said_last_four, said_zip = around.last_four, around.zip
        if not (said_last_four or said_zip):
            return False
        # what this message says comes first, then a detail given earlier, then the other detail of a
        # failed attempt ("sorry, the zip is 33130" retries with the last 4 digits given before)
        # the detail of the failed attempt typed again alone ("4408" after "4408", "60615") starts the
        # attempt over: the other detail is asked for, not taken from the failed attempt
        again = said_last_four == tried.last_four if said_last_four else said_zip == tried.zip
        last_four = said_last_four or remembered.last_four or (None if again else tried.last_four)
        zip_code = said_zip or remembered.zip or (None if again else tried.zip)
        if not (last_four and zip_code):
            self.state = self.state._replace(remembered=remembered._replace(last_four=last_four, zip=zip_code))
            self.reply(self.say("verify_need_both", missing=self.missing_verification()))
            self.outcome("verify")
            return True
        self.state = self.state._replace(remembered=Entities(), tried=Entities())
        if self.verify_locked_out():
            return True
        if self._details_for_someone_else(last_four, zip_code):
            return True
        if self.state.account.verify(last_four, zip_code):
            entry = LogEntry(self.now, "Verified your identity with the last 4 digits of a card and the billing ZIP code.")
            card = self.state.account.card(last_four)
            user = card.holder if card is not None and card.authorized_user else None  # an authorized user's own card
            self.state = self.state._replace(verified=True, verify_attempts=0, log=self.state.log + (entry,), authorized_user=user)
            if user:  # from here on the chat sees and acts on that person's own card only
                self.state = self.state._replace(account=self.state.account.seen_by(user))
            if user and self.state.focus_card is None:  # "lock my card" from an authorized user means their own
                self.state = self.state._replace(focus_card=last_four)
            self.reply(self.say("verified", first_name=user.split()[0] if user else self.state.account.first_name))
            self.outcome("verified")
            return True
        if self._a_replaced_card(last_four, zip_code):
            # the old card of a replacement, with the right ZIP code: said so, and no attempt used up
            self.reply(self.say("verify_replaced_card", last_four=last_four))
            self.outcome("verify")
            return True
        attempts = self.state.verify_attempts + 1
        self.state = self.state._replace(verify_attempts=attempts, tried=Entities(last_four=last_four, zip=zip_code))
        if attempts >= MAX_VERIFY_ATTEMPTS:
            self.reply(self.say("verify_locked"))
            self.outcome("verify_locked")
            return True
        left = MAX_VERIFY_ATTEMPTS - attempts
        self.reply(self.say("verify_failed", attempts_left=f"{left} attempt{'s' if left != 1 else ''} left"))
        self.outcome("verify_failed")
        return True

    def _a_replaced_card(self, last_four: str, zip_code: str) -> bool:
        account = self.state.account
        return zip_code == account.zip and any(card.last_four == last_four and card.status == "cancelled" for card in account.cards)

    # ----- guard and clarifying questions -----------------------------------------------------------
    def _refusal(self) -> str:
        texts = self.assistant.replies.texts
        if self._writes_spanish(_LABEL.sub(" ", self.trace.redacted)):
            texts = texts["in_spanish"]  # a Spanish speaker is told in Spanish
        kinds = list(dict.fromkeys(f.kind for f in self.findings))
        whats = [texts["guard_what"][kind] for kind in kinds]
        joiner = " y " if texts is not self.assistant.replies.texts else " and "
        what = whats[0] if len(whats) == 1 else ", ".join(whats[:-1]) + joiner + whats[-1]
        why = " ".join(texts["guard_why"][kind] for kind in kinds)
        return texts["guard_refusal"].format(what=what, why=why)

    def _writes_spanish(self, text: str) -> bool:
        """The message is in Spanish, or the conversation is and the message has no English word
        ("mi código es ..." after "hola, necesito ayuda"; not "my card number is ...")."""
        detector = self.assistant.language
        if detector.detect(text).language == "es":
            return True
        return self.state.language == "es" and detector.english.isdisjoint(plain_text(text).split())

    def _clarify_again(self) -> None:
        offered = self.state.clarify
        assert offered is not None
        first, second = (self.assistant.intents.by_name[name].label for name in offered)
        self.reply(self.say("clarify", first=first, second=second))

    def _clarify_choice(self, match: Match) -> str | None:
        offered = self.state.clarify
        assert offered is not None
        answer = " ".join(self.text.lower().strip(" .!?").split())
        for position, key in enumerate(("clarify_first", "clarify_second")):
            if answer in self.assistant.replies[key]:
                return offered[position]
        if match.outcome == "intent" and match.intent.name in offered:
            return match.intent.name
        for name in offered:
            if answer and answer in self.assistant.intents.by_name[name].label.lower():
                return name
        # "the delta one" to "did you want to find out why your card was declined or set a travel
        # notice?": a card named alone answers the first of the two that asks which card
        if names_a_card(self.state.account, answer):
            flows = self.assistant.flows
            return next((name for name in offered if any(step.kind == "collect" and step.arg == "card" for step in flows[name])), None)
        return None


_CLAUSE_BREAK = re.compile(r"[,.;:!?\n]+|\s+(?:and|but|also|then|so|plus)\s+", re.IGNORECASE)


_INTERJECTION = re.compile(r"\s*(?:wait|hold on|hang on|hmm+|um+|uh+|oh|ah|ok|okay|so|sorry)\s*(?:,|\.\.\.|…|-|—|!)\s*\S", re.IGNORECASE)
_BESIDE_WORDS = 3  # "can you check my balance": a part beside a refused value long enough to ask something
_SURE_BESIDE = 0.6  # ... and read surely enough on its own (the whole message had read as the secret's words)
_SURE_WITHOUT_A_RULE = 0.95  # "tell me my points": the scorer alone, this sure, reads a part as a request too
# a story the whole of which reads as nothing, with "and also" before its second request: each part,
# read on its own this surely, is a request (the customer said there are two)
_SURE_IN_A_STORY = 0.7


def _ruled_service(match: Match, sure: float | None = None) -> bool:
    """A service intent decided with a rule (or a scorer all but certain): a part of a message
    sure enough to be a request."""
    if match.outcome != "intent" or match.best is None or not match.intent.is_service:
        return False
    return match.best.rule is not None or match.score >= (_SURE_WITHOUT_A_RULE if sure is None else sure)


def _without_refused(redacted: str) -> str:
    """The message without the clauses that held a refused value ("my card number is [card number
    removed], can you check my balance" -> "can you check my balance"), so the words that
    introduced the value ("card number") do not steer the matcher away from the request."""
    clauses = [clause for clause in _CLAUSE_BREAK.split(redacted) if clause.strip()]
    kept = [clause.strip() for clause in clauses if not _LABEL.search(clause)]
    return ". ".join(kept)


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    found = pattern.search(text)
    return found.group(0)[:5] if found else None


def _as_stored(text: str) -> str:
    """A message as the history keeps it: a control character that is a space (vertical tab, form
    feed, the separators) as a space, any other as U+FFFD; the same length, so guard offsets still
    line up. Storing it again changes nothing, so a replay (which sends what was stored) reads the
    message as the chat did."""
    if text.isprintable():  # printable text holds no control character
        return text
    return _CONTROL.sub(lambda found: " " if found.group().isspace() else "\ufffd", text)


def _read_as_text(text: str) -> str:
    """What the assistant reads of a message: as stored, with U+FFFD (a control character, or bytes
    that were not UTF-8) read as a space, the same in the chat and in its replay."""
    stored = _as_stored(text)
    return stored.replace("\ufffd", " ") if "\ufffd" in stored else stored


def _length_words(read: int, stored: int) -> str:
    """A long message's length as the reply says it: exact while the history keeps the whole
    message, else "more than 10,000" (what a replay of the kept part can still say)."""
    return f"{read:,}" if stored <= MAX_STORED_CHARS else f"more than {MAX_STORED_CHARS:,}"


def _stored(redacted: str, findings: tuple[Finding, ...]) -> Message:
    redacted = _as_stored(redacted)
    text = (
        redacted
        if len(redacted) <= MAX_STORED_CHARS
        else redacted[:MAX_STORED_CHARS] + f" [... {len(redacted) - MAX_STORED_CHARS:,} more characters not kept]"
    )
    return Message("user", text, tuple((f.start, f.end, len(LABELS[f.kind])) for f in findings) if findings else ())


_ACTING_STEPS = frozenset({"do", "confirm", "handoff"})
_CLOSES_WITH_NEVER_MIND = re.compile(r"\b(?:then|so|ok|okay|oh|ah|well|in that case)\s+(?:never ?mind|forget it|forget about it|nvm)\s*$")
_ASKS_FOR_A_PERSON = re.compile(
    r"\bi (?:want|need|demand|would like|d like)(?: to (?:speak|talk) (?:to|with))? (?:a |an |your |the )?"
    r"(?:supervisor|manager|human|person|real person|live agent|agent|representative|rep)\b"
)
_BARE_YES_WORDS = 3  # "yes", "yes please", "ok sure thing"
_CREDIT_LIMIT_DOMAINS = frozenset({"credit_review"})  # "credit left" read as the credit limit
_NOT_A_CREDITS_NAME = frozenset({"credit", "credits", "cash", "plus", "the", "monthly", "annual", "statement", "and", "of"})


@lru_cache(maxsize=64)
def named_credit(names: tuple[str, ...]) -> re.Pattern[str]:
    """A credit named by a word of its own name right before "credit" or "cash" ("hilton resort
    credit", "clear credit", "uber cash"), built once per set of credits."""
    words = {w for name in names for w in re.findall(r"[a-z]+", fold(name).lower()) if w not in _NOT_A_CREDITS_NAME and len(w) > 2}
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"\b(?:{'|'.join(sorted(map(re.escape, words)))}) (?:credit|credits|cash)\b")


_DETAIL_WORDS = re.compile(r"\b(?:last 4|last four|ending|ends|card|zip|billing)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _past_the_preamble(text: str) -> str:
    """ "quick, i'm in the middle of service. lock the platinum and whats my balance" (the details
    already taken out, see details_around): the sentences from the first that reads as a request."""
    sentences = _SENTENCE_END.split(text)
    first = next((i for i, sentence in enumerate(sentences) if reads_as_request(sentence)), None)
    # none reads as one: the whole story (its last sentence alone may be nothing but an afterthought)
    return text if first is None else " ".join(sentences[first:])


# Messages read against the last answer before the matcher's reading: each acts and says True, or does nothing
_READ_AGAINST_THE_LAST_ANSWER = (
    repeat_the_last_answer,
    retry_after_a_denied_prompt,
    cancel_the_last_action,
    found_the_card,
    send_it_home_after_all,
    their_card_arrives,
    whose_card,
    follow_up,
    detail_of_last_answer,
    about_the_last_process,
    pronoun_of_the_last_answer,
    address_given,
)
# "Would you like me to check your points balance first?": the request a yes to the last reply takes up
_EITHER_OR = re.compile(r"\bor\b")
# "english is fine actually", "sorry, english please", "can we speak english": back from the Spanish team
_ASKS_FOR_ENGLISH = re.compile(
    r"\b(?:(?:in |speak |talk in |continue in |use |switch to |back to )?english(?: is fine| is ok| is okay| please| pls| only| instead)"
    r"|(?:in|speak|talk in|continue in|use|switch to|back to) english|i (?:only )?speak english"
    r"|i don t speak spanish|i do not speak spanish|no spanish)\b[ .,!]*"
)
# "my card 6004", "my gold card 6004", "lock card 7732"
_CARD_FOUR = re.compile(
    r"\b(?:(?:my|the|this) (?:[a-z]+ )?card,?|(?:lock|unlock|freeze|unfreeze|block|replace|cancel) (?:card|my card|the card))"
    r" ([0-9]{4})\b(?![0-9/.,-])"
)
_ASKS_ABOUT = re.compile(r"(?:(?:so|and|ok|okay|hey|hi|quick question)\s+)?(?:how much|what|whats|when|is|was|did|are|were|show|list)\b")
# "the lagos one isn't mine", "i never made the shell one", "i don't recognize the kroger charge"
_DISOWNED = re.compile(
    r"\b(?:is not mine|was not mine|are not mine|not mine|was not me|not me"
    r"|i (?:never|did not) (?:make|made|buy|bought|authorize|authorise|order|ordered)"
    r"|i do not (?:recognize|recognise|know)|never seen)\b"
)
_COMPLAINS = re.compile(
    r"\b(?:not mine|not me|do not|did not|didn t|dont|never|wrong|refund|dispute|fraud|twice|double|charged me|overcharged"
    r"|scam|stolen|cancel)"
)
# the words around a secret that ask for nothing ("my card number is", "sorry i meant", "here it is")
_SECRET_LEAD_WORDS = frozenset(
    [
        "my",
        "the",
        "a",
        "card",
        "number",
        "no",
        "is",
        "its",
        "it",
        "it",
        "s",
        "here",
        "this",
        "that",
        "sorry",
        "i",
        "meant",
        "mean",
        "oops",
        "ok",
        "okay",
        "so",
        "and",
        "cid",
        "cvv",
        "code",
        "security",
        "ssn",
        "social",
        "pin",
        "password",
        "full",
        "removed",
        # "hi, to verify my card is [...]": what the secret was meant for asks nothing either
        "hi",
        "hello",
        "hey",
        "verify",
        "verification",
        "identity",
        "oh",
        # "the verification code you sent is [...]": how the passcode came asks nothing
        "you",
        "sent",
        "texted",
        "emailed",
        "one",
        "time",
        "passcode",
        "otp",
    ]
)
_LEAD_REST_WORDS = 2  # "wait, lock it": a request of two words at least after the lead words
_OFFERED = re.compile(r"(?:would you like|do you want|shall i|should i|want me to)(?: me)?(?: to)? (?P<what>[^?.!]{3,120})\?\s*$", re.I)


def _packets_redacted(state: ConversationState) -> ConversationState:
    """The hand-off packet's copy of the transcript, redacted as the history now is: a value
    found to span messages ("my social starts 523 41", then "8876") after the hand-off."""
    users = [message.text for message in state.history if message.role == "user"]

    def redacted(packet: HandoffPacket) -> HandoffPacket:
        said = iter(users)
        transcript = tuple((role, next(said, text) if role == "user" else text) for role, text in packet.transcript)
        return replace(packet, transcript=transcript)

    live = state.live
    if live is not None and live.packet is state.packet:
        live = live._replace(packet=redacted(live.packet))
    return state._replace(packet=redacted(state.packet), live=live)


def _layout(span: str) -> str:
    """How a value redacted late was laid out, for a replay to type its stand-in the same way: each
    digit (of any script) a 0, each number word one 0 ("four four nine nine": "0 0 0 0"), the
    separators kept and other words left out; never a digit or a word of the value."""
    parts = []
    for token in span.split():
        if _DIGIT_OR_NUMBER_WORD.fullmatch(token.strip(".,;:!?")) and not any(c.isdigit() for c in token):
            parts.append("0")  # a number word
        elif any(c.isdigit() for c in token):
            parts.append("".join("0" if c.isdigit() else c for c in token if c.isdigit() or c in " .-/"))
    return " ".join(part for part in parts if part) or "0"


def redact_earlier(history: tuple[Message, ...], earlier: tuple[EarlierFinding, ...]) -> tuple[Message, ...]:
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
        layout = _layout(message.text[start:end])
        redactions = tuple(sorted(message.redactions + ((item.start, item.end, len(label)),)))
        messages[position] = Message("user", text, redactions, message.layouts + (layout,))
    return tuple(messages)


__all__ = ["Assistant", "ConversationState", "Source", "Trace", "Turn", "TurnBuilder"]


def target_team(intent: Intent) -> str | None:
    """The team an intent's flow hands off to (its ``handoff:`` step), or its own team."""
    if intent.team is not None:
        return intent.team
    return next((step.arg for step in intent.flow if step.kind == "handoff"), None)
