""" "The first one isn't mine", "lock the second one", "refund the last one": a place in the list
the last reply showed, read as the item at that place.

A listing (latest transactions, the cards, the fees, the authorized users) ends its flow, so no
question is waiting for an answer that picks one of them, and the matcher, reading "the first one"
alone, finds no charge, card or fee in it. The customer means the line of the list: so the words
that point at it are replaced by what that line names ("the $23.80 charge at UBER TRIP on
December 2") before the message is read, and the flows find the charge, card or fee by its
amount, merchant, date or name as if the customer had typed them. Only the assistant's last turn
counts: a list further back is no longer what "the first one" means.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .state import Message

_ORDINALS = {
    "first": 0, "1st": 0, "top": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3,
    "fifth": 4, "5th": 4, "sixth": 5, "6th": 5, "seventh": 6, "7th": 6, "eighth": 7, "8th": 7,
    "last": -1, "bottom": -1, "final": -1, "second to last": -2, "second last": -2, "next to last": -2,
    "penultimate": -2,
}  # fmt: skip
_NUMBERS = {"one": 0, "two": 1, "three": 2, "four": 3, "five": 4, "six": 5, "seven": 6, "eight": 7}
_PLACE = "second to last|second last|next to last|penultimate|first|second|third|fourth|fifth|sixth|seventh|eighth|top|bottom|last|final"
_NUMERIC_PLACE = "1st|2nd|3rd|4th|5th|6th|7th|8th"
_ITEM = "one|charge|transaction|purchase|item|entry|line|card|fee|credit|user|person"
# "the second one", "the 2nd charge", "the top one", "the last one", "the third" at the end of a
# clause; not "the last 4", "the first time", "the first of the month" (a date), "my last payment"
_POINTER = re.compile(
    rf"\bthe (?:very )?(?:(?P<place>{_PLACE})(?: (?:{_ITEM}))?|(?P<numeric>{_NUMERIC_PLACE}) (?:{_ITEM}))(?=$|[\s,.!?;:)])"
    rf"(?! (?:of|time|few|two|three|four|digits?|\d))"
    # "second one" without its "the" ("first one isnt mine"), "the one at the top", "number 2", "#2"
    rf"|\b(?P<bare>{_PLACE}|{_NUMERIC_PLACE}) one\b"
    r"|\bthe one (?:at|on) (?:the )?(?P<end>top|bottom)\b"
    r"|(?:\bnumber |\bno\. ?|#|\bitem |\bline )(?P<number>[1-8]|one|two|three|four|five|six|seven|eight)\b(?![\d.,])",
    re.IGNORECASE,
)
# "the 6th and 7th ones", "the first and second charges": two lines named at once
_ONE_PLACE = f"{_PLACE}|{_NUMERIC_PLACE}"
_PAIR = re.compile(
    rf"\bthe (?P<a>{_ONE_PLACE}) and (?:the )?(?P<b>{_ONE_PLACE})(?: (?:ones|charges|transactions|purchases|lines))?\b", re.IGNORECASE
)
# "last"/"final"/"bottom" after a noun is a time, not a place in the list: "the last charge" is the
# newest one to most people; only "the last one" and "the last" alone point at the list's end
_END_WORDS = frozenset({"last", "final", "bottom", "second to last", "second last", "next to last", "penultimate"})
_BULLET = "- "
_CHARGE = re.compile(r"(?P<amount>\$[\d,]+\.\d\d) (?P<kind>at|credit from) (?P<merchant>.+?) on (?P<day>[A-Z][a-z]+ \d{1,2})\b")
_FEE = re.compile(r"(?P<what>[^:]+): (?P<amount>\$[\d,]+\.\d\d) on (?P<day>[A-Z][a-z]+ \d{1,2})\b")
_HOLDER = re.compile(r"(?P<name>[^,:]+), card ending (?P<four>\d{4})\b")
# "Additional Card ending 7322 (Maya Whitfield, authorized user): active": a card, named by whose it is
_CARD = re.compile(r"(?P<card>[^:(]+? ending (?P<four>\d{4}))(?: \((?P<name>[^,)]+)[^)]*\))?(?::|$)")


def with_list_item(text: str, history: Sequence[Message]) -> str | None:
    """The message with its pointer at a listed item replaced by what the item names, or None when
    it points at none (no pointer, no list in the last reply, or no item at that place)."""
    items = _last_list(history)  # mostly none: cheaper to look for than the pointer
    if not items:
        return None
    pair = _PAIR.search(text)
    pointer = pair or _POINTER.search(text)
    if pointer is None:
        return None
    if pair is not None:  # "the 6th and 7th ones are the same charge": both lines
        places = [_ORDINALS.get(pair[name].lower()) for name in ("a", "b")]
        if any(place is None or not -len(items) <= place < len(items) for place in places):
            return None
        named = " and ".join(_named(items[place]) for place in places if place is not None)
        return f"{text[: pair.start()]}{named}{text[pair.end() :]}"
    place = _place(pointer, text)
    if place is None or not -len(items) <= place < len(items):
        return None
    named = _named(items[place])
    charge = _CHARGE.match(items[place])
    if _ALONE.fullmatch(text[: pointer.start()] + text[pointer.end() :]) and charge is not None and charge["kind"] == "at":
        # "the 5th one" alone, under "If one looks wrong, tell me which": that charge looks wrong
        return f"i want to dispute {named}"
    return f"{text[: pointer.start()]}{named}{text[pointer.end() :]}"


_ALONE = re.compile(
    r"[\s.,!?:;-]*(?:(?:it'?s|it s|it is|that'?s|that s|that is|this|um|uh|ok|okay|so|hmm|its)[\s.,!?:;-]*)*", re.IGNORECASE
)


def _place(pointer: re.Match[str], text: str) -> int | None:
    word = next(group for group in (pointer["place"], pointer["numeric"], pointer["bare"], pointer["end"], pointer["number"]) if group)
    word = word.lower()
    if pointer["place"] and word in _END_WORDS and pointer.group().lower() not in (f"the {word}", f"the very {word}", f"the {word} one"):
        return None
    if pointer["number"]:
        return int(word) - 1 if word.isdigit() else _NUMBERS[word]
    return _ORDINALS[word]


def _last_list(history: Sequence[Message]) -> list[str]:
    """The bulleted lines of the last list the assistant showed in its last turn (the messages
    after the customer's message before this one)."""
    users = []  # the last two user messages' places, found from the end (a long chat is not walked)
    for index in range(len(history) - 1, -1, -1):
        if history[index].role == "user":
            users.append(index)
            if len(users) == 2:
                break
    if len(users) < 2:
        return []
    for message in reversed(history[users[1] + 1 : users[0]]):
        if message.role != "assistant" or "\n- " not in message.text:
            continue
        lines = message.text.split("\n")
        start = next(i for i, line in enumerate(lines) if line.startswith(_BULLET))
        items = []
        for line in lines[start:]:
            if not line.startswith(_BULLET):
                break
            items.append(line[len(_BULLET) :])
        return items
    return []


def _named(item: str) -> str:
    """What a listed line names, said as a customer would name it."""
    if (charge := _CHARGE.match(item)) is not None:
        noun = "credit from" if charge["kind"] == "credit from" else "charge at"
        return f"the {charge['amount']} {noun} {charge['merchant']} on {charge['day']}"
    if (fee := _FEE.match(item)) is not None:
        return f"the {fee['what'].strip().lower()}"  # the fee's name finds it; its amount and date read as a charge's
    if (holder := _HOLDER.fullmatch(item)) is not None:
        return f"{holder['name']}'s card ending {holder['four']}"
    if (card := _CARD.match(item)) is not None:
        return f"{card['name']}'s card ending {card['four']}" if card["name"] else f"the {card['card']}"
    return "the " + item.split(":", 1)[0].strip()
