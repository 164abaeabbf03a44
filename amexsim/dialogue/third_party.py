"""Someone writing for the card member ("hi im helping my mom, her card is 1042 zip 60614", "This is
Ruth's grandson"): verification is the card member's own, so their details typed by someone who says
they are somebody else verify nobody.

The last 4 digits and the ZIP code prove only that the writer has them; a writer who says the card
is their mother's has told the chat that they are not the card member. The chat then explains who can
verify (the card member, or an authorized user with their own card) instead of reading the details.
"""

from __future__ import annotations

import re
from functools import lru_cache

_FAMILY = (
    r"(?:mom|mum|mother|mama|dad|father|papa|grandma|grandmother|granny|nana|grandpa|grandfather|wife|husband|partner"
    r"|son|daughter|aunt|uncle|sister|brother|parents?|friend|neighbou?r|client|boss|employer|patient|in-laws?"
    r"|mother-in-law|father-in-law|elderly (?:mother|father|parent|neighbou?r))"
)
_ELDER = r"(?:mom|mum|mother|mama|dad|father|papa|grandma|grandmother|granny|nana|grandpa|grandfather|boss|employer|client)"
_HELPER = (
    r"(?:son|daughter|grandson|granddaughter|niece|nephew|husband|wife|caregiver|carer|nurse|assistant|helper|friend"
    r"|neighbou?r|attorney|poa|power of attorney|mom|mum|mother|dad|father|sister|brother|partner|aunt|uncle|cousin"
    r"|secretary|accountant|bookkeeper|office manager|employee|boss)"
)
_FOR_SOMEONE_ELSE = re.compile(
    # "im helping my mom", "i'm chatting for my dad", "calling on behalf of my grandmother"
    rf"(?:^(?:hi |hello |hey )?|\b(?:i'?m|i am|im|we'?re|we are|just)\s++(?:\w+\s++)?)"
    rf"(?:helping|chatting for|writing for|typing for|messaging for|calling for|"
    rf"acting for|here for|doing this for|contacting you for)\s++(?:out\s++)?(?:my|our)\s++{_FAMILY}\b"
    r"|\bon behalf of\b"
    # "my dad is in the hospital, I need to pay his bill": the account of the person spoken of
    r"|\b(?:pay|paying|manage|managing|handle|handling|access|accessing|log into|sign into|close|closing|check on)\s++"
    r"(?:his|her|their)\s++(?:amex\s++|credit card\s++|card\s++)?(?:bill|bills|account|balance|statement)\b"
    # "this is Ruth's grandson", "i'm her son", "im his caregiver"
    # (the plain text has lost the possessive's "'s": "this is ruth grandson")
    rf"|\b(?:this is|i'?m|i am|im)\s++(?:actually\s++|really\s++|just\s++)?"
    rf"(?!(?:my|the|a|an|our|your|this|that|just|not)\b)[a-z]+(?:'s)?\s++"
    rf"(?:\w+\s++)?{_HELPER}\b(?! card)"
    # "I'm the bookkeeper for Raman Floral", "i'm her son", "I'm actually the office manager"
    rf"|\b(?:i'?m|i am|im)\s++(?:actually\s++|really\s++|just\s++)?(?:the|her|his|their)\s++(?:\w+\s++)?{_HELPER}\b(?! card)"
    # "my dad asked me to check his card": an elder's or an employer's account (a son who asks his parent
    # to lock his card asks about an authorized user's card, the writer's own account)
    rf"|\bmy\s++{_ELDER}\s++(?:asked|wants|wanted|told|needs|needed)\s++me\s++to\b"
)
# "helping my mom with her own card" is still the mother's card; "my son has a card" is the writer's account
# ("im helping my daughter get her own card": a card to be had, the writer's request)
_OWN_CARD = re.compile(
    r"\b(?:my (?:own )?card|i'?m (?:the|an?) (?:authorized|additional) (?:user|card ?member))\b"
    r"|\b(?:get|getting|apply|applying|open|opening|sign up|signing up|add|adding)\b[^.?!]{0,24}\b(?:card|account)\b"
)


# "her card ends 2284 and zip is 02134", "his last 4 is 4417": the details of somebody else's card
_THEIR_DETAILS = re.compile(
    r"\b(?:her|his|their|(?!(?:my|your|the|our|this|that|its|it)\b)[a-z]+'s)\s++(?:\w+\s++)?"
    r"(?:card|amex|account|last 4|last four|zip|ends|ending|number ends)\b"
    r"[^.?!]{0,40}?\b[0-9]{4,5}\b"
)


def speaks_for_someone_else(plain: str, text: str = "") -> bool:
    """Whether the writer says they are writing for the card member, not as them, or gives the
    details of someone else's card ("her card ends 2284")."""
    if _FOR_SOMEONE_ELSE.search(plain) is not None and _OWN_CARD.search(plain) is None:
        return True
    lower = text.lower()
    # both details: the card's and the ZIP code ("lock my daughter's card ending 7322" asks, it does not verify)
    if not text or _OWN_CARD.search(plain) is not None:
        return False
    return _THEIR_DETAILS.search(lower) is not None and _ZIP.search(lower) is not None


_ZIP = re.compile(r"\bzip\b|\b[0-9]{5}\b")


def says_it_is_them(text: str, holder: str) -> bool:
    """Whether a message after a helper's says the card member is the one answering now ("this is
    Priya now", "she's here with me", "Priya here"): their details then verify them."""
    return _patterns_for(holder)[0].search(text.lower()) is not None


def names_the_card_member_as_another(plain: str, holder: str) -> bool:
    """After the chat verified as the card member, the writer says they are someone else ("I'm actually
    Priya's office manager", "I'm writing for Priya", "my dad asked me to check his card"). Narrower
    than :func:`speaks_for_someone_else`: the card member named as another person, or an elder's errand
    ("I'm her husband" from the card member adding his wife says nothing of who is writing)."""
    return _patterns_for(holder)[1].search(plain) is not None and _OWN_CARD.search(plain) is None


@lru_cache(maxsize=16)
def _patterns_for(holder: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two patterns that name the card member by first name, built once per account holder (the
    second is read on every verified turn)."""
    first = re.escape(holder.split()[0].lower()) if holder.strip() else "(?!)"
    present = (
        rf"\b(?:this is|it'?s|its|it is|i'?m|i am|im)\s+(?:really\s+|actually\s+)?{first}\b|\b{first}\s+(?:here|typing|now)\b"
        r"|\b(?:he|she|they)(?:'s|'re|s| is| are)\s+(?:right\s+)?(?:here|with me|next to me|beside me|typing|on now)\b"
        r"|\b(?:i'?m|i am|im)\s+the\s+card\s*member\b|\bit'?s me now\b|\bme now\b"
    )
    another = (
        rf"\b{first}(?:'s| s|s)?\s++(?:\w+\s++)?{_HELPER}\b(?! card)"
        rf"|\b(?:writing|chatting|typing|messaging|here|calling|acting)\s++(?:for|on behalf of)\s++{first}\b"
        r"|\bon behalf of\b"
        rf"|\bmy\s++{_ELDER}\s++(?:asked|wants|wanted|told|needs|needed)\s++me\s++to\b"
    )
    return re.compile(present), re.compile(another)
