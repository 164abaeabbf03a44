"""Forms found this session (the thirteenth black-box probe and the defects left open before it),
on the built-in demo account: two cards of the customer's own (Gold 1005, Blue Cash 3008) and an
authorized user's (Sam Rivera, 1013), statements closing every month."""

from __future__ import annotations

from pathlib import Path

import pytest

from amexsim.testing import Conversation

NOW = "2026-12-02T10:00"


def demo() -> Conversation:
    convo = Conversation(now=NOW)
    convo.say("1005 10285").expect(outcome="verified")
    return convo


def test_a_balance_asked_of_one_card_gives_that_cards_charges_and_the_shared_balance():
    """The cards share one balance, so what is told of a named card is what its charges come to
    (Blue Cash: $46.10 + $45.10 on the statement that closed November 21, $18.00 pending), then
    the account's figures; "and the gold card?" asks the same of the other card."""
    convo = demo()
    reply = convo.say("what's the balance on my blue cash card?")
    reply.expect(intent="account_balance", contains="Blue Cash Everyday Card ending 3008")
    assert "$91.20 on the statement" in reply and "$18.00 pending" in reply and "$2,766.11" in reply
    reply = convo.say("and the gold card?")
    reply.expect(intent="account_balance", contains="Gold Card ending 1005")
    assert "$262.90 on the statement" in reply and "$249.99 pending" in reply


def test_a_balance_without_a_card_named_gives_the_account_alone():
    convo = demo()
    reply = convo.say("whats my balance")
    reply.expect(intent="account_balance", contains="$2,766.11")
    assert "Charges made with" not in reply


def test_a_balance_and_a_lock_in_one_message_tells_no_card_line():
    """In "what's my balance and lock my gold card" the card belongs to the lock."""
    reply = demo().say("what's my balance and lock my gold card")
    assert "Charges made with" not in reply and "$2,766.11" in reply


def test_spending_at_a_merchant_in_a_month_counts_that_month_only():
    """ "at city parking in november" had summed every month; a month with none says so."""
    convo = demo()
    reply = convo.say("how much did i spend at city parking in november")
    reply.expect(intent="recent_transactions", contains="$46.10 in November 2026")
    assert "$18.00" not in reply  # December's pending charge
    convo.say("how much did i spend at amazon in october").expect(contains="I don't see any charges at AMAZON MKTPLACE in October 2026")
    convo.say("what did sam spend this month").expect(contains="Sam Rivera (card ending 1013) this month")


def test_a_listing_for_a_month_lists_that_month():
    reply = demo().say("show my transactions from october")
    reply.expect(intent="recent_transactions", contains="in October 2026")
    assert "November" not in reply and "BEST BUY" not in reply  # BEST BUY was in August


def test_a_question_at_which_charge_is_answered_and_the_question_comes_back():
    """ "how much did i spend at amazon" to "Which charge is it?" had been taken as the charge."""
    convo = demo()
    convo.say("i want to dispute a charge").expect(contains="Which charge")
    reply = convo.say("how much did i spend at amazon")
    reply.expect(intent="recent_transactions", contains="$119.98")
    assert "Which charge" in reply  # back to the question


@pytest.mark.parametrize(
    "text",
    [
        # a trip told by the place, with no word "travel" (the thirteenth matcher probe)
        "heading to italy tomorrow, don't block my card",
        "please make sure my card works in germany",
        "going overseas, just a heads up",
        "i'm on a cruise next month, stopping in the bahamas and jamaica",
        "heads up, i'm in tokyo the whole of next month",
        "trvaling to peru soon",
        "heading to rome tomorrow",
        "off to rome friday",
    ],
)
def test_a_trip_told_by_the_place_is_a_travel_notice(shipped_assistant, text):
    result = shipped_assistant.match(text)
    assert result.outcome == "intent" and result.intent.name == "travel_notification", result


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("will it rain in seattle tomorrow", "unsupported"),
        ("my card was declined in paris", "card_lock"),
        ("i lost my card in rome", "card_replacement"),
        ("how much did i spend in paris last month", "billing_payment"),
        ("i'm relocating to denver next month, how do i change my billing address", "account_change"),
    ],
)
def test_a_place_beside_another_request_leaves_that_request(shipped_assistant, text, domain):
    result = shipped_assistant.match(text)
    assert result.intent is not None and result.intent.domain == domain, result


@pytest.mark.parametrize(
    "text",
    [
        "my card is lost somewhere in my apartment, dont lock it yet i'm still looking",
        "dont lock it, she'll pay me back",
        "no need to freeze my card",
    ],
)
def test_a_lock_the_message_rules_out_is_not_done_and_a_thanks_after_does_nothing(text):
    """ "don't lock it yet" had locked a lost card at once; "dont lock it, she'll pay me back"
    was read as "lock it", and the "ok thanks" after it locked the card."""
    convo = demo()
    reply = convo.say(text)
    reply.expect(contains="I won't lock your card")
    assert reply.trace.outcome == "held_off"
    reply = convo.say("ok thanks")
    assert "locked" not in reply.lower()
    convo.say("is my gold card locked").expect(contains="active")


def test_no_dont_lock_it_at_the_lock_flows_question_stops_it():
    convo = demo()
    convo.say("lock my card").expect(contains="Which card")
    convo.say("no dont lock it").expect(contains="Nothing was changed")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a merchant or an amount, then "isn't mine": a charge to question (the thirteenth conversation probe)
        ("whole foods 76.43 isn't mine", "dispute_unrecognized_charge"),
        ("ticketmaster 250 yesterday not me", "dispute_unrecognized_charge"),
        ("the 45 dollar uber is not mine", "dispute_unrecognized_charge"),
        # someone the customer knows, without asking: the card is exposed
        ("my roommate used my card without asking at target", "compromised_card"),
    ],
)
def test_terse_charges_not_made_are_read(shipped_assistant, text, intent):
    result = shipped_assistant.match(text)
    assert result.outcome == "intent" and result.intent.name == intent, result


def test_a_pending_charge_not_made_named_tersely_is_urgent():
    """The QUICKMART ONLINE charge of $249.99 is pending on the demo account."""
    convo = demo()
    convo.say("quickmart 249.99 isnt mine").expect(intent="dispute_unrecognized_charge", contains="urgent")


def test_a_card_named_only_by_everyday_is_found(tmp_path):
    """ "Amex EveryDay Card": with "amex" and "card" left aside, "everyday" is all that names it."""
    account = tmp_path / "everyday.yaml"
    text = (Path(__file__).parent / ".." / "amexsim" / "data" / "demo_account.yaml").resolve().read_text(encoding="utf-8")
    account.write_text(text.replace("Blue Cash Everyday Card", "Amex EveryDay Card"), encoding="utf-8")
    convo = Conversation(account=account, now=NOW)
    convo.say("1005 10285").expect(outcome="verified")
    convo.say("lock my everyday card").expect(intent="lock_card", contains="Amex EveryDay Card ending 3008")


@pytest.mark.parametrize(
    ("request_said", "undo", "intent", "contains"),
    [
        ("lock my gold card", "undo that", "unlock_card", "Shall I unlock your Gold Card ending 1005"),
        ("my gold card is damaged, send a new one", "wait no, never mind, cancel that", "cancel_replacement", "can't be called back"),
        ("i want to dispute the spotify charge, i never signed up", "cancel that", "withdraw_dispute", "Shall I withdraw it"),
    ],
)
def test_cancel_that_right_after_an_action_undoes_that_action(request_said, undo, intent, contains):
    """ "cancel that" right after a replacement had been read as leaving a queue nobody was in."""
    convo = demo()
    convo.say(request_said)
    convo.say("yes")
    convo.say(undo).expect(intent=intent, contains=contains)


def test_two_requests_after_also_are_both_done_even_across_the_security_prompt():
    """ "also lock my card and change my due date to the 20th": the leading "also" had hidden the
    join, and a request waiting beside one that needed the app's prompt was dropped."""
    convo = demo()
    convo.say("also lock my card and change my due date to the 20th").expect(intent="change_due_date")
    convo.say("yes")
    convo.approve().expect(contains="Which card")
    convo.say("the gold one").expect(intent="lock_card", contains="Shall I lock your Gold Card")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("i want to add an employee card for Maria Gonzalez", "Maria Gonzalez"),
        ("add my brother Seán Ó Briain as an authorized user", "Seán Ó Briain"),
        ("add my wife maria gonzalez as an authorized user", "Maria Gonzalez"),
        ("i want to add an authorized user named Jamie O'Neil-Smith", "Jamie O'Neil-Smith"),
    ],
)
def test_the_name_given_with_a_request_to_add_someone_is_read(text, name):
    """The name had been asked for again after "for Maria Gonzalez" and an Irish name with accents."""
    demo().say(text).expect(intent="add_authorized_user", contains=f"add {name} as an authorized user")


def test_a_name_with_accents_answers_the_name_question():
    convo = demo()
    convo.say("add an authorized user").expect(contains="full name")
    convo.say("Seán Ó Briain").expect(contains="add Seán Ó Briain as an authorized user")


def _family(tmp_path) -> Conversation:
    """The demo account with authorized users named like each other and like a merchant."""
    text = (Path(__file__).parent / ".." / "amexsim" / "data" / "demo_account.yaml").resolve().read_text(encoding="utf-8")
    users = ['Jordan Staples, last_four: "7029"', 'Jordan Stapleton, last_four: "7037"', 'José Núñez, last_four: "3021"']
    text = text.replace('  - {name: Sam Rivera, last_four: "1013"}', "\n".join(f"  - {{name: {user}}}" for user in users))
    text = text.replace('card: "1013"}', 'card: "7029"}')
    text = text.replace(
        '  - {date: today-3, merchant: SPOTIFY, amount: 11.99, card: "1005"}',
        '  - {date: today-3, merchant: SPOTIFY, amount: 11.99, card: "1005"}\n'
        '  - {date: today-4, merchant: "JOSE\'S TACOS", amount: 34.50, card: "1005"}\n'
        '  - {date: today-5, merchant: "JOSE\'S TACOS", amount: 21.00, card: "3021"}\n'
        '  - {date: today-6, merchant: STAPLES, amount: 89.99, card: "7029"}\n'
        '  - {date: today-7, merchant: STAPLES, amount: 12.00, card: "7037"}',
    )
    path = tmp_path / "family.yaml"
    path.write_text(text, encoding="utf-8")
    convo = Conversation(account=path, now=NOW)
    convo.say("1005 10285").expect(outcome="verified")
    return convo


def test_what_a_person_spent_is_their_cards_charges_though_a_merchant_bears_their_name(tmp_path):
    """ "what did jose spend" had summed the JOSE'S TACOS charges, the primary's own among them."""
    convo = _family(tmp_path)
    reply = convo.say("what did jose spend")
    reply.expect(contains="José Núñez (card ending 3021)")
    assert "$21.00" in reply and "$34.50" not in reply
    convo.say("what did i spend at jose's tacos").expect(contains="$55.50")


def test_two_people_of_one_first_name_are_asked_about_and_the_full_name_answers(tmp_path):
    convo = _family(tmp_path)
    convo.say("what did jordan spend").expect(contains="Jordan Staples or Jordan Stapleton")
    reply = convo.say("jordan staples")
    reply.expect(contains="Jordan Staples (card ending 7029)")
    assert "$89.99" in reply and "$12.00" not in reply


def test_a_value_found_to_span_messages_after_a_hand_off_leaves_no_digit_to_the_agent():
    """ "let me talk to a person", "my social starts 523 41", "then 8876": the greeting quoted the
    first half, and the packet's transcript kept it after the chat's own copy was redacted."""
    convo = demo()
    convo.say("let me talk to a person")
    convo.say("my social starts 523 41")
    convo.say("then 8876")
    packet = convo.session.state.packet
    shown = "\n".join(packet.lines())
    assert "523" not in shown and "8876" not in shown
    assert all("523" not in message.text for message in convo.session.state.history)


def test_declining_paperless_on_paper_statements_changes_nothing_and_a_thanks_is_no_yes(tmp_path):
    """ "good, i dont want that paperless thing" had offered paperless statements, brought the
    offer back after another question, and taken "ok thanks" as a yes (the fourteenth probe)."""
    text = (Path(__file__).parent / ".." / "amexsim" / "data" / "demo_account.yaml").resolve().read_text(encoding="utf-8")
    path = tmp_path / "paper.yaml"
    path.write_text(text.replace("statements: paperless", "statements: paper"), encoding="utf-8")
    convo = Conversation(account=path, now=NOW)
    convo.say("1005 10285").expect(outcome="verified")
    convo.say("good, i dont want that paperless thing").expect(contains="already set to paper statements")
    convo.say("whats my credit limit")
    reply = convo.say("ok thanks")
    assert "paperless" not in reply.lower()
    assert convo.session.state.account.preferences.statements == "paper"


def test_ok_thanks_at_a_yes_or_no_question_is_no_yes():
    convo = demo()
    convo.say("lock my gold card").expect(contains="Shall I lock")
    reply = convo.say("ok thanks")
    assert "is locked" not in reply and "locked now" not in reply


def test_another_reason_at_the_dispute_question_replaces_the_reason_and_asks_again():
    """ "the amount is wrong" to "Shall I open the dispute?" had opened it with the reason it
    corrected (the fourteenth probe)."""
    convo = demo()
    convo.say("the acme electronics charge, i didnt make it").expect(contains="Shall I open the dispute")
    reply = convo.say("the amount is wrong")
    reply.expect(case=False, contains="the problem: the amount is wrong")
    assert "Shall I open the dispute" in reply
    convo.say("yes").expect(case=True, contains="(the amount is wrong)")


def test_an_authorized_user_asking_to_lock_a_relatives_card_typed_without_an_apostrophe_is_refused():
    """ "lock my sisters card" from an authorized user had locked her own card (the fourteenth probe)."""
    convo = Conversation(now=NOW)
    convo.say("1013 10285").expect(outcome="verified")
    reply = convo.say("lock my sisters card")
    assert "your sister's card" in reply and "Shall I lock" not in reply
    assert all(card.status != "locked" for card in convo.session.state.account.cards)


def test_english_asked_for_in_line_for_the_spanish_team_is_no_new_spanish_hand_off():
    """ "english please, the etsy one" had closed the Spanish chat and queued for it again."""
    convo = demo()
    convo.say("hola, necesito ayuda con un cargo que no reconozco")
    convo.say("sí")
    reply = convo.say("english please, the amazon one")
    assert "continue in English" in reply and "español" not in reply
    assert convo.session.state.live is None


def test_a_last_four_named_with_the_request_is_kept_and_only_the_zip_asked_for():
    """ "hi my card 1005 exp 08/29 code 4417 isnt working online" (the code refused): the 1005 had
    been forgotten, and the chat asked for the last 4 digits again and again (the fourteenth probe)."""
    convo = Conversation(now=NOW)
    reply = convo.say("hi my card 1005 exp 08/29 code 4417 isnt working online")
    assert "4417" not in reply and "please send your ZIP code" in reply
    convo.say("10285").expect(outcome="verified")


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("when's the deadline", "dispute_deadline"),
        ("is there a deadline for this", "dispute_deadline"),
        ("how long", "dispute_status"),
        ("do i still need to pay that part", "dispute_pay_meanwhile"),
    ],
)
def test_short_questions_right_after_a_dispute_are_about_it(question, intent):
    """They had gone to off-topic refusals or to the queue (the fourteenth probe)."""
    convo = demo()
    convo.say("i want to dispute the spotify charge, i never signed up")
    convo.say("yes").expect(case=True)
    convo.say(question).expect(intent=intent, outcome="follow_up")


def test_how_long_for_the_new_one_after_a_replacement_gives_its_date():
    convo = demo()
    convo.say("my gold card is damaged, send a new one")
    convo.say("yes")
    convo.say("how long for the new one").expect(intent="card_not_arrived", contains="December 7, 2026")


def test_a_card_cancelled_by_its_replacement_is_said_so_when_asked_to_unlock_it():
    """ "found it lol its in my jacket, unlock it" after a lost card's replacement had been told the
    cancelled card "should work normally" (the fourteenth probe)."""
    convo = demo()
    convo.say("lock my gold card i cant find it")
    convo.say("yes").expect(contains="cancelled for good")
    convo.say("found it lol its in my jacket, unlock it").expect(contains="was cancelled for good when its replacement was ordered")


def test_i_want_to_know_if_my_card_is_locked_asks_how_it_stands(shipped_assistant):
    result = shipped_assistant.match("i want to know if my card is locked")
    assert result.outcome == "intent" and result.intent.name == "card_status", result


@pytest.mark.parametrize(
    ("first", "then", "intent"),
    [
        ("how many points do i have", "use them for the spotify charge", "pay_with_points"),
        ("i forgot my password", "ok how do i reset it then", "online_login_help"),
        ("what fees have i been charged", "can you refund them", "fee_refund_request"),
    ],
)
def test_it_or_them_after_an_answer_is_what_that_answer_was_about(first, then, intent):
    """ "use them for the wework charge" after the points had fallen back, "how do i reset it" after
    a password question had been refused as off-topic (the fourteenth probe)."""
    convo = demo()
    convo.say(first)
    convo.say(then).expect(intent=intent)


def test_points_put_on_a_named_charge_is_pay_with_points(shipped_assistant):
    for text in ("use my points for the spotify charge", "apply my points to the charge from the apple store"):
        assert shipped_assistant.match(text).intent.name == "pay_with_points", text


@pytest.mark.parametrize(
    "lines",
    [
        ["mi tarjeta es 4499 6402", "y termina 7658 6719", "sí"],
        ["supervisor now, my card 4499 6402", "7658 6719"],
        ["I need the fraud team, my card 4499 6402", "7658 6719"],
    ],
)
def test_a_first_piece_in_a_message_that_hands_off_reaches_no_agent_or_case(lines):
    """The Spanish, supervisor and fraud teams' greeting, packet and case quoted the first half of a
    card (the thirty-fourth guard probe); the general hand-off already withheld it."""
    convo = demo()
    said = [str(convo.say(line)) for line in lines]
    state = convo.session.state
    assert state.packet is not None  # each of these hands off at once
    everything = "\n".join([*said, *state.packet.lines(), *(m.text for m in state.history)])
    assert "4499" not in everything and "6402" not in everything


def test_a_first_piece_in_words_leaves_no_word_in_the_stored_layout():
    convo = demo()
    convo.say("four four nine nine six four zero two")
    convo.say("seven six five eight six seven one nine")
    first = next(m for m in convo.session.state.history if m.role == "user")
    assert "four" not in first.text and all(set(layout) <= set("0 -") for layout in first.layouts)


def test_a_city_in_a_stolen_card_report_picks_no_card_from_a_charge_there(tmp_path):
    """ "im in berlin and my card was stolen" had locked at once the card with a Berlin hotel charge,
    and a "yes" then cancelled it for good (the fifteenth probe): the customer named no card."""
    text = (Path(__file__).parent / ".." / "amexsim" / "data" / "demo_account.yaml").resolve().read_text(encoding="utf-8")
    text = text.replace("merchant: SHELL OIL,", "merchant: HOTEL ADLON BERLIN,")
    path = tmp_path / "berlin.yaml"
    path.write_text(text, encoding="utf-8")
    convo = Conversation(account=path, now=NOW)
    convo.say("1005 10285").expect(outcome="verified")
    reply = convo.say("im in berlin and my card was stolen")
    assert "Which card" in reply and "locked" not in reply.split("Which card")[0]


def test_a_holders_card_named_with_a_possessive_typed_without_its_apostrophe():
    """ "lock toms card", "and lisas too" had found no card (the fifteenth probe); here Sam's."""
    convo = demo()
    convo.say("lock sams card").expect(intent="lock_card", contains="Additional Card ending 1013")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("show recent transactions", "recent_transactions"),  # had opened a dispute
        ("how much saks credit do i have", "benefit_credit_left"),  # had given the credit limit
        ("i need an emergency card, im stuck in munich with no money", "travel_emergency"),  # had fallen back
    ],
)
def test_forms_of_the_fifteenth_probe(shipped_assistant, text, intent):
    result = shipped_assistant.match(text)
    assert result.outcome == "intent" and result.intent.name == intent, result


def test_a_message_that_is_only_a_secret_starts_no_flow():
    """ "my card is 3782..." had started a damaged-card replacement after the refusal (the fifteenth probe)."""
    convo = demo()
    reply = convo.say("my card is 378282246310005")
    assert reply.trace.outcome == "guard" and "Which card" not in reply
    convo.say("my card number is 378282246310005, can you check my balance").expect(contains="$2,766.11")


@pytest.mark.parametrize(
    "text", ["whats my total at netflix", "is the spotify charge on my last statement", "how much was the amazon total"]
)
def test_a_question_naming_a_merchant_of_the_account_lists_its_charges(text):
    """ "how much is the staples total" had been refused as off-topic, "is my at&t charge on the last
    statement" had started a dispute (the fifteenth probe)."""
    reply = demo().say(text)
    reply.expect(intent="recent_transactions")
    assert "Shall I open the dispute" not in reply


def test_a_complaint_naming_a_merchant_is_still_a_dispute():
    demo().say("the netflix charge is wrong").expect(contains="the problem: the amount is wrong")


@pytest.mark.parametrize("text", ["lock sams card", "lock sam riveras card"])
def test_a_primary_holder_naming_an_authorized_user_with_a_bare_possessive_gets_that_card(text):
    demo().say(text).expect(intent="lock_card", contains="ending 1013")


def test_an_authorized_user_naming_another_person_with_a_bare_possessive_is_refused():
    """ "lock josés card", "lock priyas card" from an authorized user had locked their own card
    (the sixteenth probe)."""
    convo = Conversation(now=NOW)
    convo.say("1013 10285").expect(outcome="verified")
    reply = convo.say("lock jordans card")
    assert "Jordan's card" in reply and "Shall I lock" not in reply


@pytest.mark.parametrize(
    ("request_said", "taken_back", "contains"),
    [
        ("i want to dispute the spotify charge, i never signed up", "ok wait no, my son used it", "nothing was changed"),
        ("i lost my gold card", "yes please, no wait, I found it", "won't order a replacement"),
    ],
)
def test_a_yes_taken_back_in_the_same_breath_is_a_no(request_said, taken_back, contains):
    """It had opened a fraud claim and ordered a replacement that cancels the card (the sixteenth probe)."""
    convo = demo()
    reply = convo.say(request_said)
    if "Which card" in reply:
        convo.say("the gold one")
    convo.say(taken_back).expect(contains=contains, case=False)


def test_wait_no_lock_the_other_one_after_a_lock_asks_about_that_card():
    """ "wait no, lock the blue cash one instead" had been answered "I won't lock your card"."""
    convo = demo()
    convo.say("lock my gold card")
    convo.say("yes")
    convo.say("wait no, lock the blue cash one instead").expect(contains="Blue Cash Everyday Card ending 3008")


def test_the_everyday_card_is_the_blue_cash_everyday():
    """ "the everyday" had named no card (the sixteenth probe)."""
    demo().say("lock my everyday card").expect(intent="lock_card", contains="Blue Cash Everyday Card ending 3008")


def test_the_wrong_card_corrected_right_after_an_action_asks_again_about_the_card_meant(shipped_assistant):
    """ "oops wrong card, i meant the 4417" after a lock had been refused as off-topic (the sixteenth
    probe); "why is my blue cash preferred declined" names a card by its product alone."""
    convo = demo()
    convo.say("lock my gold card")
    convo.say("yes")
    convo.say("oops wrong card, i meant the 3008").expect(intent="lock_card", contains="Blue Cash Everyday Card ending 3008")
    assert shipped_assistant.match("why is my blue cash preferred declined").intent.name == "card_declined"


def test_a_merchant_named_only_by_an_everyday_word_does_not_turn_a_question_into_its_charges(shipped_assistant):
    """ "what did i buy on my card" is every charge, not BEST BUY's ("buy" is no merchant's name here)."""
    reply = demo().say("what did i buy on my card")
    reply.expect(intent="recent_transactions", contains="Your latest transactions")


def test_a_replacement_the_message_rules_out_is_not_ordered_and_the_reply_says_how_to_ask():
    reply = demo().say("my gold card is damaged but dont replace it yet")
    reply.expect(contains="I won't order a replacement", case=False)
    assert "send me a new card" in reply and "lock my card" not in reply
