"""The shipped intents: they load, cover every domain, and route what real customers say."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from amexsim.testing import Conversation
from amexsim.understanding.evaluate import evaluate, predicted_label
from amexsim.understanding.intents import DOMAINS, SERVICE_DOMAINS
from tests.conftest import ROOT, SHARED_BENCH


def test_every_domain_has_intents(shipped_assistant):
    present = {intent.domain for intent in shipped_assistant.intents}
    assert present == set(DOMAINS)


@pytest.mark.skipif(not (SHARED_BENCH / "check.jsonl").exists(), reason="shared benchmark data not beside the checkout")
def test_check_set_meets_the_targets(shipped_assistant):
    report = evaluate(SHARED_BENCH / "check.jsonl", shipped_assistant.match)
    assert report.n == 410
    assert report.accuracy >= 0.92, report.as_dict()
    assert report.oos_recall >= 0.95, report.as_dict()


# Phrasings written for these tests (not taken from the benchmark files or the intents).
PERSON = [
    "could a real human being take over this chat",
    "I'd like to be put through to one of your staff",
    "stop the bot, I want an actual representative",
    "get me a live person asap",
    "can somebody from customer care call me back or chat with me",
    "Operator!",
    "i want to escalate this to your manager",
    "necesito hablar con alguien en español",
]
NEAR_DOMAIN = [
    "what are your current mortgage rates",
    "I'd like to take out a personal loan for a car",
    "how much interest does your savings account pay",
    "can I order a new cheque book",
    "set up a standing order to my landlord",
    "I want to book an appointment at my local branch",
    "how do I open a checking account with you",
    "can you buy some Tesla stock for me",
]


@pytest.mark.parametrize("text", PERSON)
def test_requests_for_a_person_reach_agent_request(shipped_assistant, text):
    match = shipped_assistant.match(text)
    assert match.intent is not None and match.intent.domain == "agent_request", (text, match.best and match.best.evidence())


@pytest.mark.parametrize("text", NEAR_DOMAIN)
def test_near_domain_requests_are_declined_politely(text):
    convo = Conversation()
    reply = convo.say(text)
    assert convo.trace.domain in (None, "unsupported", "faq"), convo.explain()
    assert convo.outcome in ("intent", "fallback")
    assert "card" in reply.lower()


def test_demo_conversation_bill_dispute_lost_card_points():
    convo = Conversation()
    assert "last 4" in convo.say("how much do I owe on my card this month?")
    reply = convo.say("last four 1005, zip 10285")
    assert "$1,842.37" in reply and "$40.00" in reply, reply

    reply = convo.say("I want to dispute a $127.43 charge from XYZ Store that I didn't authorize")
    assert convo.trace.domain == "dispute_charge", convo.explain()
    # the XYZ STORE charge of the demo account (28 days before the Nov 18 statement closing)
    assert "$127.43 at XYZ STORE on October 22, 2026" in reply and "Shall I open the dispute?" in reply, reply
    reply = convo.say("yes")
    # FCBA: statement Nov 18, dispute by Jan 17; filed Nov 29: acknowledged by Dec 29, resolved by Feb 18 (two cycles)
    assert "December 29, 2026" in reply and "February 18, 2027" in reply, reply

    reply = convo.say("I think I lost my card at the airport")
    assert convo.trace.domain == "card_replacement", convo.explain()
    assert "Which card" in reply
    reply = convo.say("the gold one")
    assert "locked your Gold Card ending 1005" in reply and "Shall I send a replacement" in reply

    reply = convo.say("how many membership rewards points do I have")
    assert convo.trace.domain == "rewards", convo.explain()
    assert "48,250" in reply
    assert "Back to where we were (report a lost card)" in reply


@pytest.mark.parametrize("domain", SERVICE_DOMAINS)
def test_every_service_domain_has_examples(shipped_assistant, domain):
    intents = [intent for intent in shipped_assistant.intents if intent.domain == domain]
    assert intents
    assert sum(len(intent.examples) for intent in intents) >= 10


def test_regex_word_keys_never_hide_a_match(shipped_assistant):
    """Soundness of the regex index on real data: whenever a shipped regex matches an
    example, the example offers one of the regex's keys (or the regex is unindexed) and is no
    longer than the regex's longest whole match."""
    from amexsim.understanding.anchors import longest_whole_match, message_keys, word_keys
    from amexsim.understanding.intents import RegexRule

    normaliser = shipped_assistant.matcher.normalizer
    texts = [normaliser.text(example.text) for intent in shipped_assistant.intents for example in intent.examples]
    checked = 0
    for intent in shipped_assistant.intents:
        for rule in intent.rules:
            if isinstance(rule, RegexRule):
                keys = word_keys(rule.regex)
                for text in texts:
                    if rule.regex.search(text):
                        checked += 1
                        assert keys is None or keys & message_keys(text.split()), (rule.regex.pattern, text)
                        assert len(text) <= longest_whole_match(rule.regex), (rule.regex.pattern, text)
    assert checked > 50


def test_phrasings_written_for_the_tests_route_well(shipped_assistant):
    """200 messages the team wrote (none in the intents or the benchmark files): every service
    domain, requests for a person, near-domain banking and off-topic requests."""
    report = evaluate(Path(__file__).parent / "data" / "own_phrasings.jsonl", shipped_assistant.match)
    assert report.n == 200
    assert report.accuracy >= 0.95, report.errors
    assert report.per_label["agent_request"].recall >= 0.9, report.errors
    assert report.oos_recall >= 0.9, report.errors


def test_shipped_intents_are_lint_clean():
    """`amexsim lint --strict` as a user runs it: no overlaps, stray examples or dead rules."""
    result = subprocess.run([sys.executable, "-m", "amexsim", "lint", "--strict"], capture_output=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stdout.decode()[-3000:]
    assert result.stdout.decode().strip() == "no problems found"


# Questions about the chat itself, each with the intent that answers it and words its reply holds.
CHAT_QUESTIONS = [
    ("what are your hours?", "support_hours", "24"),
    ("what are you?", "is_bot", "virtual assistant"),
    ("is this American Express?", "about_amexsim", "not"),
    ("I'm going to Italy from Dec 3 to Dec 10", "travel_notification", ""),
    ("how long is the wait?", "queue_status", "minute"),
]


@pytest.mark.parametrize(("text", "intent", "said"), CHAT_QUESTIONS)
def test_questions_about_the_chat_itself_are_answered(text, intent, said):
    convo = Conversation()
    reply = convo.say(text)
    assert convo.trace.intent == intent, convo.explain()
    assert said in reply, reply


def test_the_chat_says_it_is_a_simulator_not_american_express():
    reply = Conversation().say("is this American Express?")
    assert "simulator" in reply and "not" in reply and "affiliated" in reply


def test_a_probe_written_blind_before_the_learnt_matcher_routes_well(shipped_assistant):
    """179 messages written before the matcher was reworked, without looking at its rules,
    aimed at what the old matcher missed (refunds from silent sellers, repeated or erroneous
    charges, bogus charges, unusual damage, questions about the chat itself) plus every domain.
    The old matcher routed 0.911 of them."""
    report = evaluate(Path(__file__).parent / "data" / "matcher_probe.jsonl", shipped_assistant.match)
    assert report.n == 179
    assert report.accuracy >= 0.95, report.errors
    assert report.oos_recall >= 0.95, report.errors


def test_a_second_probe_written_blind_in_the_style_of_the_public_sets_routes_well(shipped_assistant):
    """247 short, informal messages written before the matcher changes of issue 11, in the
    style of BANKING77 and CLINC150 (every domain, 20 requests for a person, 18 near-domain
    banking requests and 36 off-topic ones), without looking at the intents' examples or rules.
    The matcher routed 0.947 of them before those changes."""
    report = evaluate(Path(__file__).parent / "data" / "matcher_probe2.jsonl", shipped_assistant.match)
    assert report.n == 247
    assert report.accuracy >= 0.94, report.errors
    assert report.oos_recall >= 0.95, report.errors
    assert report.per_label["agent_request"].recall >= 0.9, report.errors


def test_a_fourth_probe_written_blind_in_the_style_of_the_public_test_splits_routes_well(shipped_assistant):
    """360 messages written without reading the intents, the examples or the check set, spread over
    the public sets' source intents as their test splits are (refunds, repeated and unrecognised
    charges, odd damage, travel with places, typos in one message in ten). The matcher routed 0.956
    of them before the changes they prompted (a clear leader under 0.5 answers; typos read again)."""
    report = evaluate(Path(__file__).parent / "data" / "matcher_probe4.jsonl", shipped_assistant.match)
    assert report.n == 360
    assert report.accuracy >= 0.95, report.errors
    assert report.oos_recall >= 0.98, report.errors


def test_a_fifth_probe_written_blind_after_the_changes_routes_well(shipped_assistant):
    """359 messages of a typical test split (every mapped source intent, one in ten with a typo),
    written without reading the intents, the examples or the check set, after this round's
    changes and never used to choose anything: 0.969 before them, 0.975 after."""
    report = evaluate(Path(__file__).parent / "data" / "matcher_probe5.jsonl", shipped_assistant.match)
    assert report.n == 359
    assert report.accuracy >= 0.96, report.errors
    assert report.oos_recall >= 0.98, report.errors


def test_a_sixth_probe_written_blind_on_the_hidden_sets_weak_spots_routes_well(shipped_assistant):
    """395 messages written without reading the intents, the examples or the check set, two in
    three on where the matcher lost on unseen real messages (refunds, repeated and unrecognised
    charges, charges called bogus or shady, odd damage, bills and freezes named by other
    domains): 0.949 before any change for it."""
    report = evaluate(Path(__file__).parent / "data" / "matcher_probe6.jsonl", shipped_assistant.match)
    assert report.n == 395
    assert report.accuracy >= 0.94, report.errors
    assert report.oos_recall >= 0.98, report.errors


def test_a_seventh_probe_written_blind_in_a_typical_test_split_routes_well(shipped_assistant):
    """407 messages spread over every mapped source intent as a test split is, written without
    reading the intents, the examples or the check set, after this round's rule changes and never
    used to choose anything: 0.963 at the round's start, 0.966 after its changes."""
    report = evaluate(Path(__file__).parent / "data" / "matcher_probe7.jsonl", shipped_assistant.match)
    assert report.n == 407
    assert report.accuracy >= 0.95, report.errors
    assert report.oos_recall >= 0.98, report.errors


def test_an_eighth_probe_written_blind_over_every_label_routes_well(shipped_assistant):
    """476 messages in the style of the public datasets' test splits, over every label with a
    quarter out of scope, written without reading the intents, the examples or the check set:
    0.952 (out-of-scope recall 0.982) before any change for it."""
    report = evaluate(Path(__file__).parent / "data" / "matcher_probe8.jsonl", shipped_assistant.match)
    assert report.n == 476
    assert report.accuracy >= 0.95, report.errors
    assert report.oos_recall >= 0.98, report.errors


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # "$1,299.99" is normalised to "$1 299 99": its first digits are no one-dollar hold
        ("I didn't make the $1,299.99 Best Buy charge", "dispute_unrecognized_charge"),
        ("why is there a $1 charge on my card", "unexpected_fee"),
        ("what is this charge of $1 from apple", "unexpected_fee"),
        # a cash withdrawal on the card is the card's, not a bank account's
        ("I didn't make the $400 ATM withdrawal in Istanbul", "dispute_unrecognized_charge"),
        ("how do I make an ATM withdrawal from my checking account", "bank_accounts"),
        # how much and from where: a payment to the card
        ("$160 from my checking account", "make_payment"),
        ("$1,200.50 from my bank account", "make_payment"),
        ("I want to open a savings account", "bank_accounts"),
    ],
)
def test_amounts_and_bank_words_do_not_mislead_the_match(shipped_assistant, text, intent):
    assert shipped_assistant.match(text).intent.name == intent


def test_a_ninth_probe_written_blind_with_long_stories_and_fragments_routes_well(shipped_assistant):
    """546 messages written without reading the intents, the examples or the check set: long
    messages whose request comes last after a story that names other domains' words, and 2-4 word
    fragments: 0.930 (out-of-scope recall 0.992) before any change for it."""
    report = evaluate(Path(__file__).parent / "data" / "matcher_probe9.jsonl", shipped_assistant.match)
    assert report.n == 546
    assert report.accuracy >= 0.93, report.errors
    assert report.oos_recall >= 0.98, report.errors


def test_a_tenth_probe_written_blind_in_chat_app_style_routes_well(shipped_assistant):
    """554 messages written without reading the intents, the examples or the check set, as people
    type in chat apps (abbreviations, no punctuation, 1-4 word fragments): 0.930 (out-of-scope
    recall 1.000) before any change for it."""
    report = evaluate(Path(__file__).parent / "data" / "matcher_probe10.jsonl", shipped_assistant.match)
    assert report.n == 554
    assert report.accuracy >= 0.945, report.errors
    assert report.oos_recall >= 0.99, report.errors


def test_a_twelfth_probe_written_blind_in_the_public_datasets_voices_routes_well(shipped_assistant):
    """470 messages written blind in many authors' voices of CLINC150 and BANKING77 (openings such as
    "Quick question:", UK wording, near-domain banking out of scope): 0.972 (out-of-scope recall
    0.957) before any change for it."""
    report = evaluate(Path(__file__).parent / "data" / "matcher_probe12.jsonl", shipped_assistant.match)
    assert report.n == 470
    assert report.accuracy >= 0.985, report.errors
    assert report.oos_recall >= 0.97, report.errors


def test_an_eleventh_probe_written_blind_in_the_public_datasets_style_routes_well(shipped_assistant):
    """464 messages written without reading the intents, the examples or the check set, in the
    style of the public datasets (UK and US wording, indirect requests, bare trip announcements,
    near-domain banking): 0.931 (out-of-scope recall 0.986) before any change for it."""
    report = evaluate(Path(__file__).parent / "data" / "matcher_probe11.jsonl", shipped_assistant.match)
    assert report.n == 464
    assert report.accuracy >= 0.96, report.errors
    assert report.oos_recall >= 0.98, report.errors


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        # a question about the chat, then a request for a person: the request decides
        ("is this an automated thing? i would like a real person please", "agent_request"),
        ("are you a bot? let me talk to a human", "agent_request"),
        # a complaint ending in the ask
        ("you are not understanding anything, agent please", "agent_request"),
        # a plural the rule's author wrote singular ("mile" is "miles" too)
        ("whats my miles balance", "rewards"),
        # a place and a time with no dates
        ("off to lisbon next week for work", "travel"),
        ("headed to rome next month for work", "travel"),
        ("is it going to snow tomorrow", "out_of_scope"),
        ("my new card is going to arrive next week", None),
        # a card stopped from working, a card that broke
        ("please stop my card from working until i find it", "card_lock"),
        ("my card broke in half", "card_replacement"),
        # a card used where one never went is no card that never arrived
        ("my card got used at a store i never went to", "fraud_report"),
    ],
)
def test_forms_of_the_tenth_probe_route_to_their_domain(shipped_assistant, text, domain):
    result = shipped_assistant.match(text)
    got = predicted_label(result)
    if domain is None:
        assert got not in ("agent_request", "travel"), (text, got)
    else:
        assert got == domain, (text, got, result)


def test_a_leader_many_times_its_rival_answers_though_under_the_route_threshold(shipped_assistant):
    """Travel 0.47 with the next domain at 0.16: no rival is in the running, so it answers (no
    rule fires: "this weekend" beside a place would be one)."""
    result = shipped_assistant.match("i'll be using my mastercard in iceland on the weekend")
    assert result.outcome == "intent" and result.intent.domain == "travel", result
    rival = result.rival.score if result.rival else 0.0
    assert result.score < 0.5 and rival < 0.3 and result.score >= 2.5 * rival


def test_a_rule_does_not_overturn_a_scorer_that_is_all_but_sure(shipped_assistant):
    """ "use + miles" is a rewards rule, but the scorer is 0.87 sure this is off-topic: e^3.5
    lifts rewards' 0.02 to about 0.4, not past it."""
    result = shipped_assistant.match("how much gas does my car use per mile")
    assert result.intent is not None and result.intent.domain == "unsupported", result


def test_a_clear_leader_under_the_route_threshold_still_answers(shipped_assistant):
    """Fraud at 0.47 with no other domain above 0.1: answering beats falling back."""
    result = shipped_assistant.match("somebody ran up $900 on my card at electronics stores")
    assert result.outcome == "intent" and result.intent.domain == "fraud_report", result
    assert result.score < 0.5 and result.score - (result.rival.score if result.rival else 0.0) >= 0.35


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("someone opened a credit card in my name", "fraud_report"),
        ("the account in my name has a typo", "account_change"),
        ("crooks got my card number", "fraud_report"),
        ("fraudsters are spending on my card", "fraud_report"),
        ("can I speak to one of your employees", "agent_request"),
    ],
)
def test_rules_widened_or_narrowed_after_the_second_probe(shipped_assistant, text, domain):
    result = shipped_assistant.match(text)
    assert result.intent is not None and result.intent.domain == domain, result.best.evidence() if result.best else result


@pytest.mark.parametrize(
    "text, domain",
    [
        # going somewhere and asking that the card not be stopped there is a travel notice, not a lock
        ("going to lisbon for a conference, do not freeze my card", "travel"),
        ("heading to mexico next week - make sure my card works there", "travel"),
        # asking whether a person is there to talk to is asking for one
        ("is there a real person i could talk to", "agent_request"),
        ("is there someone i can speak with about my bill", "agent_request"),
        # people other than "someone" using the card
        ("a stranger has been spending on my card", "fraud_report"),
        ("my roommate used my card behind my back", "fraud_report"),
    ],
)
def test_forms_of_the_sixth_probe_route_to_their_domain(shipped_assistant, text, domain):
    result = shipped_assistant.match(text)
    assert result.outcome == "intent" and result.intent.domain == domain, result


@pytest.mark.parametrize(
    "text, domain",
    [
        ("going to pay my bill tomorrow, do not freeze my account", "billing_payment"),  # no trip: "going to pay"
        ("freeze my card, i'm not traveling anywhere", "card_lock"),
        ("are you a real person?", "faq"),
        ("my daughter is an authorized user, can she use my card", "account_change"),
    ],
)
def test_near_misses_of_those_forms_stay_where_they_were(shipped_assistant, text, domain):
    result = shipped_assistant.match(text)
    assert result.intent is not None and result.intent.domain == domain, result


@pytest.mark.parametrize(
    "text",
    [
        "we cancelled the cruise in june and they kept the money",
        "there is a charge on my card i don't know anything about",
        "who is acme ltd and why did they take money from me",
        "the price on my statement is higher than the price at the register",
    ],
)
def test_kept_money_unknown_payments_and_wrong_amounts_are_disputes(shipped_assistant, text):
    result = shipped_assistant.match(text)
    assert result.outcome == "intent" and result.intent.domain == "dispute_charge", result


def test_a_booking_without_money_kept_is_still_a_booking(shipped_assistant):
    result = shipped_assistant.match("i want to cancel my hotel booking")
    assert result.intent is not None and result.intent.domain == "travel", result


@pytest.mark.parametrize(
    "text, domain",
    [
        ("i dont want a new card, i just want to lock it for now", "card_lock"),
        ("not trying to dispute anything, i need to know when my payment is due", "billing_payment"),
        ("no i do not want to close my account, i want to raise my credit limit", "credit_review"),
        ("not a fraud thing, i just want to update my phone number", "account_change"),
    ],
)
def test_a_request_after_an_opening_disclaimer_is_what_is_matched(shipped_assistant, text, domain):
    """The opening says what the message is not about; the request after it decides."""
    result = shipped_assistant.match(text)
    assert result.outcome == "intent" and result.intent.domain == domain, result


@pytest.mark.parametrize(
    "text, domain",
    [
        ("i dont want to pay my bill late", "billing_payment"),  # no request after it: the whole message
        ("i need a new card, not a lock", "card_replacement"),  # the request comes first
    ],
)
def test_messages_without_an_opening_disclaimer_are_matched_whole(shipped_assistant, text, domain):
    result = shipped_assistant.match(text)
    assert result.intent is not None and result.intent.domain == domain, result


@pytest.mark.parametrize(
    "text, domain",
    [
        # forms the fourth, fifth and sixth probes each missed more than once
        ("how much interest do you charge on purchases", "credit_review"),
        ("what interest does my credit card charge", "credit_review"),
        ("someone has been making payments with my card details", "fraud_report"),
        ("lock my card so it can't be used", "card_lock"),
        ("how much cashback have i earned this year", "rewards"),
        ("can i use my savings to pay off my amex", "billing_payment"),
        ("i'll be in portugal for the month of may", "travel"),
        ("i will be using my card in tokyo next week", "travel"),
    ],
)
def test_forms_missed_by_several_probes_route_to_their_domain(shipped_assistant, text, domain):
    result = shipped_assistant.match(text)
    assert result.outcome == "intent" and result.intent.domain == domain, result


@pytest.mark.parametrize(
    "text, domain",
    [
        ("why was i charged interest this month", "billing_payment"),  # an interest charge, not the rate
        ("i want to make a payment on my card", "billing_payment"),
        ("what is the interest rate on my savings account", "out_of_scope"),
    ],
)
def test_near_misses_of_the_forms_missed_by_several_probes(shipped_assistant, text, domain):
    result = shipped_assistant.match(text)
    got = result.intent.domain if result.intent is not None and result.intent.is_service and result.outcome == "intent" else "out_of_scope"
    assert got == domain, result


def test_a_pattern_that_matches_the_whole_message_decides_against_a_sure_scorer(shipped_assistant):
    """ "what cards do i have": the scorer is sure of rewards (the points on a card), but list_cards
    has a pattern anchored at both ends that matches the whole message; such a pattern decides."""
    result = shipped_assistant.match("what cards do I have")
    assert result.outcome == "intent" and result.intent.name == "list_cards", result
    assert result.best.learnt < 0.05 and result.best.rule is not None and result.best.rule.startswith("^")


def test_a_pattern_that_matches_only_part_of_the_message_does_not_decide(shipped_assistant):
    result = shipped_assistant.match("what cards do I have that earn the most points")
    assert result.intent is None or result.intent.name != "list_cards", result


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("someone in another country is using my amex", "fraud_report"),
        ("somebody overseas is using my card without my permission", "fraud_report"),
        ("will my card work in Europe", "travel"),
        ("there's a payment listed in error on my account", "dispute_charge"),
        ("I was billed by mistake for a payment I never made", "dispute_charge"),
        ("I want to pay my bill now", "billing_payment"),
    ],
)
def test_a_stranger_abroad_is_fraud_and_a_payment_in_error_is_a_charge_question(shipped_assistant, text, domain):
    """A card "used in another country" by someone else is not a question about using it abroad,
    and a payment "listed in error" is not a request to pay."""
    match = shipped_assistant.match(text)
    assert match.intent is not None and match.intent.domain == domain, (text, match.best and match.best.evidence())


def test_a_thirteenth_probe_written_blind_routes_well(shipped_assistant):
    """479 messages written blind in the public datasets' style (every source intent, trips told by
    the place alone, idioms, two topics with the request second): 0.948 (out-of-scope recall 1.000)
    before any change for it; travel recall was 0.718."""
    report = evaluate(Path(__file__).parent / "data" / "matcher_probe13.jsonl", shipped_assistant.match)
    assert report.n == 479
    assert report.accuracy >= 0.96, report.errors
    assert report.oos_recall >= 0.99, report.errors


def test_a_fifteenth_probe_written_blind_routes_well(shipped_assistant):
    """493 messages written blind in the public datasets' style over every mapped source intent:
    0.972 (out-of-scope recall 0.989) before any change for it; disowned "card payments" (a
    purchase, in BANKING77's words) went to billing."""
    report = evaluate(Path(__file__).parent / "data" / "matcher_probe15.jsonl", shipped_assistant.match)
    assert report.n == 493
    assert report.accuracy >= 0.985, report.errors
    assert report.oos_recall >= 0.98, report.errors


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("there's a card payment from yesterday i didn't make", "dispute_charge"),
        ("saw a card payment at zara that wasn't me", "dispute_charge"),
        ("why is there a charge from spotify, i have never used spotify", "dispute_charge"),
        ("I got charged 2 times at tesco", "dispute_charge"),
        ("the address you have on file is out of date", "account_change"),
        ("pay 300 towards my card", "billing_payment"),
        ("suspend my amex please", "card_lock"),
        ("will it rain tomorrow in seattle", "out_of_scope"),
        ("what's the highest balance allowed on my card", "credit_review"),
        ("we will be in lisbon from june 3 to june 9", "travel"),
        ("I made a card payment yesterday but it isn't showing", "billing_payment"),
    ],
)
def test_the_fifteenth_probes_forms_route_in_other_words(shipped_assistant, text, domain):
    match = shipped_assistant.match(text)
    assert predicted_label(match) == domain, (text, match.best and match.best.evidence())


def test_a_sixteenth_probe_written_blind_routes_well(shipped_assistant):
    """525 messages written blind in the style of the public sets' test splits, two in five the
    harder kind (the request second, negations, hedges): 0.945 before any change for it, its
    negated lines 29 of 39."""
    report = evaluate(Path(__file__).parent / "data" / "matcher_probe16.jsonl", shipped_assistant.match)
    assert report.n == 525
    assert report.accuracy >= 0.955, report.errors
    assert report.oos_recall >= 0.99, report.errors


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("I'm not reporting fraud, just put my account on hold for a week please", "card_lock"),
        ("i am not after a new card, what is the apr on it", "credit_review"),
        ("I don't want a replacement yet, just freeze the one I have for now", "card_lock"),
        ("i'm not asking for a new card, i'm asking you to lock it", "card_lock"),
    ],
)
def test_a_disclaimer_then_the_request_in_other_words(shipped_assistant, text, domain):
    match = shipped_assistant.match(text)
    assert match.intent is not None and match.intent.domain == domain, (text, match.best and match.best.evidence())


def test_a_seventeenth_probe_written_blind_routes_well(shipped_assistant):
    """526 messages written blind in the style of the public sets' test splits, stories and
    situations described rather than asked: 0.943 before any change for it."""
    report = evaluate(Path(__file__).parent / "data" / "matcher_probe17.jsonl", shipped_assistant.match)
    assert report.n == 526
    assert report.accuracy >= 0.965, report.errors
    assert report.oos_recall >= 0.97, report.errors


def test_an_eighteenth_probe_written_blind_routes_well(shipped_assistant):
    """525 messages written blind in the style of the public sets' test splits: short queries, typos,
    paraphrased key words ("my plastic"), British and Indian wording, two domains in one message:
    0.928 before any change for it."""
    report = evaluate(Path(__file__).parent / "data" / "matcher_probe18.jsonl", shipped_assistant.match)
    assert report.n == 525
    assert report.accuracy >= 0.945, report.errors
    assert report.oos_recall >= 0.99, report.errors


# The blind probes of the latest session, each scored before any change for it (that score in the comment):
# (file, messages, accuracy at least, out-of-scope recall at least)
_LATEST_PROBES = [
    # 0.898: long stories with backstory, a second topic set aside, negations, "what happens if" questions
    ("matcher_probe19.jsonl", 488, 0.92, 0.94),
    # 0.968: the plain style of the public test splits, key words paraphrased ("my tab", "more room on my card")
    ("matcher_probe20.jsonl", 497, 0.985, 0.98),
    # 0.879: two card topics with one asked, merchants and amounts, non-native English, near-miss banking
    ("matcher_probe21.jsonl", 494, 0.91, 0.92),
    # 0.843: words used in another sense ("spring break"), stories with the request last, fraud told as a story
    ("matcher_probe22.jsonl", 401, 0.91, 0.88),
]


@pytest.mark.parametrize(("name", "n", "accuracy", "oos_recall"), _LATEST_PROBES, ids=[row[0] for row in _LATEST_PROBES])
def test_the_latest_blind_probes_route_well(shipped_assistant, name, n, accuracy, oos_recall):
    report = evaluate(Path(__file__).parent / "data" / name, shipped_assistant.match)
    assert report.n == n
    assert report.accuracy >= accuracy, report.errors
    assert report.oos_recall >= oos_recall, report.errors


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        # the twenty-second probe's forms
        ("off to cancun over winter break, should I do anything with my card first?", "travel"),
        ("we're taking a trip next week", "travel"),
        ("somebody logged into my amex account and changed things", "fraud_report"),
        ("a stranger added my card to google pay", "fraud_report"),
        ("I read my card number to a caller who said he was from the bank", "fraud_report"),
        ("my laptop was stolen and now there are purchases I didn't make", "fraud_report"),
        ("I cancelled the yoga studio membership but they keep charging me", "dispute_charge"),
        ("my streaming plan renewed even though I had turned off renewal", "dispute_charge"),
        ("the menu said 24 and they charged 42", "dispute_charge"),
        ("no idea what this transaction is, it shows SQ *BLUEBIRD", "dispute_charge"),
        ("they charged me interest though I paid the statement in full", "billing_payment"),
        ("could you go over the fees on my statement", "billing_payment"),
        ("where can I see my purchases from september", "billing_payment"),
        ("how do we send a check payment", "billing_payment"),
        ("bounced payment fee, why?", "billing_payment"),
        ("I requested a new card two weeks ago and it hasn't shown up", "card_replacement"),
        ("my daughter lost the extra card on my account", "card_replacement"),
        ("please pause all purchases on my card until further notice", "card_lock"),
        ("I was supposed to get 3x on groceries but only earned 1x", "rewards"),
        ("how long until the points for my purchase post", "rewards"),
        ("my spending limit was lowered without warning", "credit_review"),
        ("you keep texting my old number, I changed it", "account_change"),
        # the twenty-first probe's forms
        ("I forgot my card at the gym, can you lock it for now", "card_lock"),
        ("lock the platinum please, not sure where I put it", "card_lock"),
        ("will my netflix still be charged if I freeze the card", "card_lock"),
        ("I'd like to swap my points for something nice", "rewards"),
        ("when will my cashback be credited", "rewards"),
        ("what rate of interest do you charge per year", "credit_review"),
        ("are there any real people available", "agent_request"),
        ("we will be outside the US for three weeks", "travel"),
        # the twentieth probe's forms
        ("what's my total tab on the card", "billing_payment"),
        ("they put a gratuity on the bill without asking", "dispute_charge"),
        ("please stop my card from being used for now", "card_lock"),
        ("turn the card back on please", "card_lock"),
        ("how much is 25,000 points worth", "rewards"),
        ("can you add my wife to my account as a user", "account_change"),
        ("i need to amend my contact details", "account_change"),
        ("we are flying out of the country next week", "travel"),
        ("can you check my credit score", "out_of_scope"),
        ("tips to raise my credit score", "out_of_scope"),
        # the nineteenth probe's forms: a topic set aside before the request, a request with no usual word
        ("apart from the refund I mentioned, i need to know when my bill is due", "billing_payment"),
        ("the dispute can wait, i just want my card frozen", "card_lock"),
        ("my autopay is already set up, so my question is just what my apr is", "credit_review"),
        ("i'll worry about my points later, right now i need to report my card stolen", "card_replacement"),
        ("dont mail me a replacement, i only want to lock the card i have", "card_lock"),
        ("can you put my card on hold so nobody can use it while i'm in rehab", "card_lock"),
        ("we're trying to cut back on spending, please freeze my card", "card_lock"),
        ("going to see my parents in Lima for a month, make sure my card doesn't get declined", "travel"),
        ("how much is in my savings account balance", "out_of_scope"),
        # the seventeenth probe's forms
        ("please stop my card from working for now", "card_lock"),
        ("could I swap my points for a gift card", "rewards"),
        ("we'll be out of the country for two weeks in march", "travel"),
        ("i no longer live at the address you have", "account_change"),
        ("the card never left my purse yet there are charges from Brazil", "dispute_charge"),
        ("my ex has been taking out cash behind my back with my card", "fraud_report"),
        ("my savings account with another bank got frozen, can you lift it", "out_of_scope"),
        ("how do I claim on my home insurance", "out_of_scope"),
        # the eighteenth's
        ("someone has cloned my plastic", "fraud_report"),
        ("please freeze my plastic", "card_lock"),
        ("what's my creditlimit", "credit_review"),
        ("there's a dublicate charge from uber", "dispute_charge"),
    ],
)
def test_the_seventeenth_and_eighteenth_probes_forms_route_in_other_words(shipped_assistant, text, domain):
    match = shipped_assistant.match(text)
    assert predicted_label(match) == domain, (text, match.best and match.best.evidence())
