"""Forms found by the seventeenth blind probe (tests/data/guard_probe17.jsonl): international
customers. Cue words in Dutch, Polish, Chinese and Japanese (with pinyin and romaji), where kana and
ideographs need no space around a cue; and harmless numbers of their own: IBANs (checked by their
own check digits) and a SIM card's ICCID."""

from __future__ import annotations

import pytest

from amexsim.guard import redact, scan
from tests.test_guard_forms7 import covering


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("我的验证码是 402913", "402913", "otp"),
        ("密码是 Lotus#2207", "Lotus#2207", "password"),
        ("mima shi Bamboo*41", "Bamboo*41", "password"),
        ("银行卡密码是 ３３０８", "３３０８", "password"),
        ("安全码：517", "517", "security_code"),
        ("認証コードは ５５０２１８ です", "５５０２１８", "otp"),
        ("セキュリティコードは 604 です", "604", "security_code"),
        ("暗証番号は 2716 です", "2716", "password"),
        ("パスワードは Kaede!902 です", "Kaede!902", "password"),
        ("ninshou koodo 839120", "839120", "otp"),
        ("mijn wachtwoord is Tulp&Molen8", "Tulp&Molen8", "password"),
        ("verificatiecode: 551730", "551730", "otp"),
        ("kod weryfikacyjny to 4402", "4402", "otp"),
        ("hasło: Wisla#1999", "Wisla#1999", "password"),
        ("我的美国社会安全号是 231.44.6790", "231.44.6790", "ssn"),
        ("Cambié la contraseña a Toledo!5513", "Toledo!5513", "password"),
    ],
)
def test_seventeenth_probe_forms_are_refused(text: str, value: str, kind: str) -> None:
    assert covering(text, value) == [kind], scan(text)
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "パスワードを忘れました",
        "我忘记了密码",
        "please send it to GB82WEST12345698765432",
        "IBAN: IT60 X054 2811 1010 0000 0123 456",
        "my new SIM card ICCID 8944 5000 0012 3456 789 does not work abroad",
        "la contraseña a mi cuenta no funciona",
    ],
)
def test_harmless_near_misses_of_the_seventeenth_probe_forms(text: str) -> None:
    assert scan(text) == [], redact(text)


def test_a_card_beside_an_iban_is_still_a_card() -> None:
    text = "IBAN GB82 WEST 1234 5698 7654 32, card 3782 822463 10005"
    assert covering(text, "3782 822463 10005") == ["card_number"]
