"""Forms found by the twenty-third blind probe (tests/data/guard_probe23.jsonl, written on the hidden
set's forms): digits split by pictographs with spaces around them, fillers between a password cue and
its value ("I think, maybe,", "uh..."), "es el" after a question naming the code, a passcode read out
by a call or a recording, one a notification "popped up with", where it shows in Spanish, the card's
own "código de verificación de la tarjeta", an SSN with "sorry, rest is" between its pieces; and the
harmless look-alikes: a card reader's serial number, a Spanish claim reference."""

from __future__ import annotations

import pytest

from amexsim.guard import redact, scan
from tests.test_guard_forms7 import covering


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("password is, I think, maybe, Heron77!", "Heron77!", "password"),
        ("password is uh... copper58! I think?", "copper58!", "password"),
        ("¿necesitan el CVV? es el 699", "699", "security_code"),
        ("the app notification popped up with 713090", "713090", "otp"),
        ("you called me and the robot voice said 1 2 8 8 1 0", "1 2 8 8 1 0", "otp"),
        ("the automated call read out three, three, seven, zero, three, four", "three, three, seven, zero, three, four", "otp"),
        ("me llamaron y la grabación dijo cinco, nueve, ocho, uno, cuatro, nueve", "cinco, nueve, ocho, uno, cuatro, nueve", "otp"),
        ("en la notificación de la app sale 962206", "962206", "otp"),
        ("en mis mensajes aparece 468-587, ¿se lo paso?", "468-587", "otp"),
        ("código de verificación de la tarjeta: 303", "303", "security_code"),
    ],
)
def test_twenty_third_probe_forms_are_refused(text: str, value: str, kind: str) -> None:
    assert covering(text, value) == [kind], scan(text)
    assert value not in redact(text)


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("💳 3530 🔹 1960 🔹 5805 🔹 9220 💳 keeps getting declined", ("3530", "1960", "5805", "9220")),
        ("SSN 447-48. sorry, rest is 8808", ("447", "8808")),
    ],
)
def test_values_in_pieces_are_refused_whole(text: str, pieces: tuple[str, ...]) -> None:
    assert scan(text), text
    kept = redact(text)
    assert not any(piece in kept for piece in pieces), kept


@pytest.mark.parametrize(
    "text",
    [
        "device serial is SN-9317-2237-8442, the card reader stopped working",
        "my card reader S/N: KX0009 9797 8994 7924 keeps rejecting chip cards",
        "el número de referencia del reclamo es 614-55-0066",
        "my password is maybe too short",
        "the robot voice said my balance is due on the 5th",
        "i paid 20 ❤️ 30 times",
        "my zip is 10285. sorry, 1234 is the last four",
        "código de verificación: nunca llegó",
    ],
)
def test_harmless_near_misses_of_the_twenty_third_probe_forms(text: str) -> None:
    assert scan(text) == [], redact(text)
