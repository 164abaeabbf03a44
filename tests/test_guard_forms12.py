"""Forms found by the twelfth blind probe (tests/data/guard_probe12.jsonl), written anew as forms:
cue words in French, Portuguese and German, a value before "that's the ...", a value asked about,
and password words that name a field (a key, a link, a form) rather than give a secret."""

from __future__ import annotations

import pytest

from amexsim.guard import redact, scan
from tests.test_guard_forms7 import covering


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # Cue words of other languages (accents are folded away before matching).
        ("voici le code de sécurité : 318", "318", "security_code"),
        ("le cryptogramme visuel est 4471", "4471", "security_code"),
        ("o código de segurança é 902", "902", "security_code"),
        ("die Kartenprüfnummer lautet 557", "557", "security_code"),
        ("il codice di sicurezza è 640", "640", "security_code"),
        ("mon code de vérification est 448120", "448120", "otp"),
        ("le code reçu par SMS : 90 41 77", "90 41 77", "otp"),
        ("recebi o código de verificação 5530127", "5530127", "otp"),
        ("mein Bestätigungscode ist 772104", "772104", "otp"),
        ("il codice di verifica è 310288", "310288", "otp"),
        ("mon mot de passe est Cerise#2031", "Cerise#2031", "password"),
        ("mdp: Loutre55!", "Loutre55!", "password"),
        ("mein Passwort ist Wald&See88", "Wald&See88", "password"),
        ("a minha senha é Caju7713", "Caju7713", "password"),
        ("mon code secret est 8806", "8806", "password"),
        ("la contraseña que puse fue Nopal2299#", "Nopal2299#", "password"),
        # The value first, then what it is, a sentence end allowed only before "that's".
        ("551902, that's the SafeKey code they sent", "551902", "otp"),
        ("448 31 7702. that's my social security number", "448 31 7702", "ssn"),
        ("623104\nthat was the verification code", "623104", "otp"),
        ("is 771 the correct cvv? the print is worn", "771", "security_code"),
        ("the digits 2290 printed next to the signature strip", "2290", "security_code"),
        ("Lark#4412 <- that's my password", "Lark#4412", "password"),
        ("she wrote the password down as Birch-lane61", "Birch-lane61", "password"),
        # A password field's value attribute in pasted markup.
        ('<input type="password" value="Quill&Ink09">', "Quill&Ink09", "password"),
    ],
)
def test_twelfth_probe_forms_are_refused(text: str, value: str, kind: str) -> None:
    assert covering(text, value) == [kind], scan(text)
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        # Password words naming a field, a link or a rule; the next pair of a log line.
        "the button https://bank.example/forgot-password?step=2 does nothing",
        '{"password_policy": {"min_length": 12}}',
        '<input type="password" name="pw" placeholder="Password">',
        "secret = os.environ['BANK_PW'] is how the script reads it",
        "password reset: requested at 10:42, never arrived",
        "event=password_changed user=mk2 ip=10.0.4.17",
        # Other languages, no value given.
        "mein Passwort ist abgelaufen",
        "a senha expirou ontem",
        "le code postal est 75001",
        # A number labelled as something else before "that's the code".
        "order 445566, that's the code on the box",
        "case 830112. that was the code from support",
    ],
)
def test_harmless_near_misses_of_the_twelfth_probe_forms(text: str) -> None:
    assert scan(text) == [], redact(text)
