"""The Spanish detector: whole messages in Spanish, never an English message with a Spanish word."""

from __future__ import annotations

import pytest

from amexsim.errors import DataFileError
from amexsim.understanding.language import load_language

DETECTOR = load_language()


@pytest.mark.parametrize(
    "text",
    [
        "¿hablan español?",
        "necesito ayuda con mi tarjeta",
        "Quiero disputar un cargo",
        "me robaron la tarjeta",
        "HOLA, BUENOS DÍAS, NECESITO AYUDA",
        "mi tarjeta no funciona",
        "¿Cuánto debo este mes?",
    ],
)
def test_whole_messages_in_spanish_are_spanish(text):
    detection = DETECTOR.detect(text)
    assert detection.language == "es", detection.explain()


@pytest.mark.parametrize("text", ["hola", "HOLA, BUENOS DÍAS", "gracias, adiós", "buenas tardes señora"])
def test_a_greeting_alone_is_not_a_message_in_spanish(text):
    """A greeting or a thank-you alone may come from anyone: the chat offers the Spanish team
    (intent spanish_greeting) rather than handing the chat over."""
    assert DETECTOR.detect(text).language == "en", DETECTOR.detect(text).explain()


@pytest.mark.parametrize(
    "text",
    [
        "can I get ayuda with my tarjeta",  # two Spanish words, five English ones
        "I paid at Casa de la Playa",
        "La Casa de Toño",  # a merchant's name: particles only
        "Dinner at El Toro con Queso",
        "hola",  # one word decides nothing (the intent's own greeting rule may)
        "gracias",
        "Do you speak Spanish?",
        "talk to a person",
        "I want to dispute a $127.43 charge from XYZ Store on 11/15",
        "can u help me by e mail",
    ],
)
def test_english_messages_and_names_are_not(text):
    detection = DETECTOR.detect(text)
    assert detection.language == "en", detection.explain()


def test_the_detection_names_the_words_that_decided():
    detection = DETECTOR.detect("can I get ayuda with my tarjeta")
    assert detection.spanish == ("ayuda", "tarjeta")
    assert detection.english == ("can", "i", "get", "with", "my")
    assert detection.explain().startswith("not Spanish: Spanish words ayuda, tarjeta (2) against English can, i, get, with, my (5)")


def test_a_word_in_both_lists_is_refused_with_its_line(tmp_path):
    bad = tmp_path / "language.yaml"
    bad.write_text("spanish:\n  words: [hola, no]\n  particles: [el]\nenglish:\n  words: [the, no]\n")
    with pytest.raises(DataFileError, match=r"language\.yaml:5: .*remove them from one list: no"):
        load_language(bad)


def test_a_message_in_spanish_is_offered_the_spanish_team_and_a_request_for_it_is_handed_off():
    from amexsim.testing import Conversation

    convo = Conversation(now="2026-12-03T10:00")
    convo.say("quiero saber mi saldo por favor").expect(contains="equipo en español")
    assert convo.state.live is None and not convo.state.cases  # offered: no case, no line, until a yes
    convo.say("no, english is fine")
    assert convo.state.live is None
    asked = Conversation(now="2026-12-03T10:00")
    asked.say("quiero hablar con un agente en español").expect(handoff="spanish")
