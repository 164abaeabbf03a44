"""What the assistant says in the shipped data is true of every account: no reply, question or
agent line quotes the built-in demo account (its holder, cards, merchants, amounts), since a
customer with an account of their own would read those as facts about theirs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from amexsim.bank.account_file import load_account
from amexsim.bank.accounts import money
from tests.conftest import ROOT

DATA = ROOT / "amexsim" / "data"
SAID = ("replies.yaml", "slots.yaml", "agents.yaml", "accommodations.yaml")  # every string in these is something said


def strings(node: object) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)


@lru_cache(maxsize=1)
def said_texts() -> tuple[tuple[str, str], ...]:
    """(where, text) of everything the shipped data has the assistant or an agent say (read once)."""
    return tuple(_said_texts())


def _said_texts() -> Iterator[tuple[str, str]]:
    for name in SAID:
        for text in strings(yaml.safe_load((DATA / name).read_text(encoding="utf-8"))):
            yield name, text
    for path in sorted((ROOT / "intents").glob("*.yaml")):
        for intent in yaml.safe_load(path.read_text(encoding="utf-8"))["intents"]:
            for text in strings(intent.get("replies", {})):
                yield f"{path.name} {intent['name']}", text


def demo_facts() -> list[str]:
    """What only the demo account says about itself: its holder, last fours, merchants, amounts."""
    account = load_account().at(date(2026, 12, 1))  # the demo account alone: no assistant built at collection
    facts = {account.holder_name, *(card.last_four for card in account.cards), *(user.name for user in account.authorized_users)}
    facts |= {user.last_four for user in account.authorized_users}
    for charge in account.transactions:
        facts |= {charge.merchant.title(), money(charge.amount)}
    facts |= {money(statement.balance) for statement in account.statements}
    return sorted(facts)


@pytest.mark.parametrize("fact", demo_facts())
def test_no_shipped_reply_quotes_the_demo_account(fact: str):
    words = re.compile(rf"(?<![\w$.,]){re.escape(fact)}(?![\w.,]\d|\w)", re.IGNORECASE)
    quoting = [f"{where}: {text[:80]}" for where, text in said_texts() if words.search(text)]
    assert not quoting, f"{fact!r} is a fact of the demo account only, yet said in:\n" + "\n".join(quoting)


def test_the_scan_reads_the_texts_it_guards():
    texts = [text for _, text in said_texts()]
    assert len(texts) > 300 and any("Pay with Points" in text for text in texts)
    assert Path(DATA / "demo_account.yaml").is_file()
