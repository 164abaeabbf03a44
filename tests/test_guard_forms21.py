"""Forms found by the twenty-first blind probe (tests/data/guard_probe21.jsonl, Spanish-speaking
customers): "segurida" for "seguridad", "o" as "or" after a value, "la contraseña correcta es",
a phone dialled with its country code after a passcode word, and a time after "llegó a las"."""

from __future__ import annotations

import pytest

from amexsim.guard import redact, scan
from tests.test_guard_forms7 import covering


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("codigo de segurida 318", "318", "security_code"),
        ("¿El CVV es 604 o me equivoco?", "604", "security_code"),
        ("Perdón, la contraseña correcta es Nopal#7731, no la otra", "Nopal#7731", "password"),
        ("the correct password is Heron!5521", "Heron!5521", "password"),
    ],
)
def test_twenty_first_probe_forms_are_refused(text: str, value: str, kind: str) -> None:
    assert covering(text, value) == [kind], scan(text)
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "El SafeKey me manda el código al correo pero lo quiero por SMS al +1 (787) 555-0142",
        "El código de verificación llegó a las 10:08 pero ya eran las 6:29",
        "my verification code arrived at 9:41, too late",
    ],
)
def test_harmless_near_misses_of_the_twenty_first_probe_forms(text: str) -> None:
    assert scan(text) == [], redact(text)
