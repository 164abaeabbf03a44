"""Forms found by the twenty-seventh blind probe (tests/data/guard_probe27.jsonl, stressed customers):
an aside in brackets, dashes or ellipses between a cue and its value, passcodes named by the phone or
app that showed them or pasted with "Use ... to verify", the code named by where it sits, and
letters-only passwords named after the value or after a phrase, an aside or a username."""

from __future__ import annotations

import pytest

from amexsim.guard import redact, scan
from tests.test_guard_forms7 import covering


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # asides
        ("the code you texted me (hold on, the dog is barking at the mailman again) is 976885", "976885", "otp"),
        ("the CVV — sorry, my glasses are upstairs so I'm squinting at the tiny print — is 590", "590", "security_code"),
        ("verification code ... this is the third time this week your app logged me out ... 270816", "270816", "otp"),
        ("social security number (hold on, the dog is barking at the mailman again) 296.68.4732", "296.68.4732", "ssn"),
        ("you need my SSN? — ok I had to dig through my purse to find it — fine, 801408905", "801408905", "ssn"),
        ("mi pin -- espera, estoy en el tren y se corta la señal -- es 8841", "8841", "password"),
        # passcodes named by what showed them
        ("your app pinged me with 879442", "879442", "otp"),
        ("ok my phone just lit up: 985254", "985254", "otp"),
        ("[SMS] Use 770182 to verify your identity.", "770182", "otp"),
        # the code named by where it sits
        ("ok the back one: 794", "794", "security_code"),
        ("sure — 208 (the 3 on the back)", "208", "security_code"),
        ("los 4 numeritos de enfrente (es amex) son 3280", "3280", "security_code"),
        # letters-only passwords
        ("mi clave de internet es azucena", "azucena", "password"),
        ("my password on the app is sunflower", "sunflower", "password"),
        ("password is, I mean I think it is, wildflower", "wildflower", "password"),
        ("it's bluebird, that's my password for everything honestly", "bluebird", "password"),
        ("it's m-o-o-n-b-e-a-m - that's the password", "m-o-o-n-b-e-a-m", "password"),
        ("la contra del app es butt3rsc0tch16", "butt3rsc0tch16", "password"),
        ("user id kd462, pass tangerine", "tangerine", "password"),
    ],
)
def test_twenty_seventh_probe_forms_are_refused(text: str, value: str, kind: str) -> None:
    assert covering(text, value) == [kind], scan(text)
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "the code you texted (the one at 10:45) never arrived",
        "security code — I do not have the card with me — call me at 555 0199",
        "verification code ... never came ... order 556677",
        "code — the one from the email — expired after 10 minutes",
        "pin (the one for the atm) was changed in 2023",
        "my phone just lit up: 3 missed calls from you",
        "your app pinged me with a fraud alert for $1200",
        "use 1234 Main St to verify my address",
        "the 3 on the back are worn off",
        "the back one is the gold card ending 1005",
        "los 4 numeritos de enfrente no se ven",
        "I cannot remember, that's my password issue",
        "it's annoying, that's my password situation",
        "password is, as I said, required",
        "un cargo en contra de mi tarjeta de 2500",
        "user id kd462, pass expired",
    ],
)
def test_harmless_near_misses_of_the_twenty_seventh_probe_forms(text: str) -> None:
    assert scan(text) == [], redact(text)
