"""A message that opens by saying what it is not about: "i dont want a new card, i just want to
lock it", "not a fraud thing, i just want to change my password".

The opening names another domain's words, and a scorer that reads every word is pulled there
(probe 3: six of ten such messages went to the domain they disclaim). The request is what comes
after the turn ("i just want", "i need", "please"), so that part alone is matched. Only a
disclaimer at the start counts, and only with a request of three words or more after it.
"""

from __future__ import annotations

import re

# On normalised text: words only, lower case, "don't" already "do not".
_DISCLAIMER = re.compile(
    r"(?:(?:hi|hey|ok|okay|so|no|well|look|listen|um|uh|sorry)\s)*"
    r"(?:(?:i\s(?:am\s)?|im\s)?(?:do not|did not|am not|not|no)\s"
    r"(?:want|need|trying|asking|looking|calling|interested|wanting|needing|reporting|after|changing|disputing|saying)\b"
    # "don't send me a new card, i only want to freeze it": an action ruled out, then the request
    r"|do not\s(?:send|give|mail|cancel|close|replace|report|issue|order)\b"
    r"|not\s(?:a|an)(?:\s[a-z]+){1,2}\s(?:thing|issue|question|problem)"
    # a topic set aside first: "besides the payment i made yesterday, i want ...", "aside from the lost card ...",
    # "my points balance can wait, i just need ...", "ill ask about my points another time, right now i need ..."
    r"|(?:besides|aside from|apart from|other than|except for)\b"
    r"|(?:my|the|our)(?:\s[a-z]+){1,4}\s(?:can wait"
    r"|is (?:already )?(?:sorted|fine|scheduled|set up|done|paid|handled|in place|taken care of))\b"
    r"|i\s(?:will|ll)\s(?:ask|worry|deal|think)\s(?:about|with)(?:\s[a-z]+){1,4}\s(?:another time|later|some other time)\b)"
    r"(?:\s[a-z0-9$]+){0,12}?"
    r"\s(?P<rest>(?:but\s)?(?:(?:right|for)\snow\s)?(?:so\s)?(?:i\s(?:just\s|only\s|really\s|actually\s|also\s)?"
    r"(?:want|need|would like|would also like|would really like|wanna|d like|d also like)"
    # "my payment is already scheduled, so my question is just how high my limit is"
    r"|my\s(?:question|request)\sis\s"
    r"|(?:just|only)\s(?:want|need)|please"
    # "im not asking for a replacement, im asking you to lock it", "... im only going to be in canada"
    r"|i\s(?:am|m)\s(?:asking|only|just|trying|looking|calling|writing)|i\sd\s(?:just\s)?like"
    # "im not after a new card, whats the apr im paying?": a question after the disclaimer
    r"|what\s(?:is\s|s\s|are\s)?(?:the|my)|how\s(?:much|long|many|do|can))\b.*"
    # "i dont want a new card yet, just freeze the one i have": a bare verb after "just" (a longer request)
    r"|(?:just|only)\s[a-z]+(?:\s[a-z0-9$]+){3,})"
)
_MIN_REQUEST_WORDS = 3


def request_after_disclaimer(normalised: str) -> str | None:
    """The request after an opening disclaimer, or None when the message has none."""
    found = _DISCLAIMER.match(normalised)
    if found is None:
        return None
    rest = found.group("rest")
    return rest if len(rest.split()) >= _MIN_REQUEST_WORDS else None
