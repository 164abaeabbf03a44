"""Forms found by the twenty-fifth blind probe (tests/data/guard_probe25.jsonl, customers in many
voices): a value after "those are" or "mine reads" once the code was described, what one keys in
at the ATM, a message named by its purpose ("the security text") and a sign-in code with "Use ...",
a value before "that's what the text ... says", and the value after "the one I use to log in?"."""

from __future__ import annotations

import pytest

from amexsim.guard import redact, scan
from tests.test_guard_forms7 import covering


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Oh, the 3 numbers on the back by the signature strip? Those are 208.", "208", "security_code"),
        ("the small number printed above the long number on the front, mine reads 7158", "7158", "security_code"),
        ("the 4 digits I punch in at the ATM are 4399, right?", "4399", "password"),
        ("got the security text\n\n5772", "5772", "otp"),
        ("Your sign-in code\n\nUse 94535074 to verify your identity.", "94535074", "otp"),
        ("it's 644050 — that's what the text you just sent me says", "644050", "otp"),
        ("The one I use to log in? It's Lakers#1958.", "Lakers#1958", "password"),
    ],
)
def test_twenty_fifth_probe_forms_are_refused(text: str, value: str, kind: str) -> None:
    assert covering(text, value) == [kind], scan(text)
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "the cvv? those are the 3 digits on the back",
        "mine reads 1200 points",
        "the security text said my card was used at a gas station",
        "code: enter 5 digits",
        "is 1200 points - that's what the email says",
        "what i use to log in? its my email",
    ],
)
def test_harmless_near_misses_of_the_twenty_fifth_probe_forms(text: str) -> None:
    assert scan(text) == [], redact(text)
