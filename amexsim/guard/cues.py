"""The cue words that name a value next to them, and the rules they make: English and Spanish
in full, and the common names in French, Portuguese, German and Italian.

Cue patterns keep every alternative starting with a plain letter (no group, lookaround or
digit first) so the regex engine can skip ahead by first character over a long message.
Accents are folded away before matching ("código" reads "codigo").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .words import CJK_END, after_one_of, alternation, at_word_start, typo

_SECURITY = typo("security", "secutiry", "secruity", "securtiy")
_SECURITY_OR_SEC = typo("security", r"sec\.?", "secutiry", "secruity", "securtiy")
_SOCIAL = typo("social")
_SOCIAL_OR_SOC = typo("social", "soc")
# "verificacion" (Spanish) is one slip from "verification".
_VERIFICATION = typo("verification")
# "verifcation cod 953123", "one time pascode": a slip in the word naming a passcode.
_CODE = typo("code")
_PASSCODE = typo("passcode")


@dataclass(frozen=True)
class CueRule:
    """A cue that names the digits next to it: which kind, how many digits and groups."""

    kind: str
    cue: re.Pattern[str]
    min_digits: int
    max_digits: int
    max_groups: int
    what: str
    breaker: re.Pattern[str]
    # Words just before the cue that make it name something else ("social security 1234").
    not_after: re.Pattern[str] | None = None
    # A layout of the value that, with one of not_value_words in the 48 characters before it,
    # makes it something else: "our company's tax id (EIN) is 12-3456789".
    not_value: re.Pattern[str] | None = None
    not_value_words: re.Pattern[str] | None = None


_BREAKER = (
    r"zip|postal|post code|receipt|statement|exp|expiry|expires|expiration|expiring|date|ending|ends"
    r"|end|last|amount|balance|charged|paid|pay|payment|dollars|bucks|address|street|st|apt"
    r"|suite|order(?<!reverse order)|case|ref|reference|minutes|mins|hours|days|weeks|months|years|times"
    r"|attempts|tries|digits|characters|chars|am|pm|number of|instead|new(?! card)|replacement(?! card)"
    # "the pin i use at the atm is 9822": where the value is used, not a time or a place of another number
    r"|at(?! the (?:atm|bank|branch|machine|store|shop|terminal|register|pump|gas station|kiosk)\b)"
    r"|after|before|around|until|since|within|by|error|errors|status|version"
    # "texted me that flight 1168 is delayed", "the code, reservation 172964": a number another thing owns
    r"|flight|flights|reservation|booking|ticket|invoice|tracking|gate|seat|vuelo|reserva|reservacion|boleto"
    r"|termina|terminan|terminada|terminado|acaba|ultimos|ultimas|vence|vencimiento|fecha|dolares|pesos|monto|saldo|pedido|orden|caso|referencia|pague|pago"
)
# An ellipsis is a pause, not the end of a sentence ("let me flip the card... 044").
# A line break right after a link ("the cvv on the card is\n482") is no end either: the value comes on the next line.
_SENTENCE_END = r"(?<!\bno)(?<!\.)[.!?;](?:\s|$)|(?<!\bis)(?<!\bwas)(?<!\bare)(?<![:=])(?<![:=] )(?<!\bis )\n|[$€£¥]"
_GAP_BREAKER = re.compile(rf"\b(?:{_BREAKER})\b|{_SENTENCE_END}")
_SEC_GAP_BREAKER = re.compile(rf"\b(?:{_BREAKER}|texted|text|sent|sms|email|emailed|got|received)\b|{_SENTENCE_END}")
# "069 is my cvv", "167786, that's the SafeKey code", "546000 <- that's the code", "346.48.7808. that's my ss number", "is 493 the
# right cvv?": a value, then what it is. A sentence may end between them only before "that's".
BEFORE_GAP = re.compile(
    r"(?:[.!?]{0,3}+[\s:=,\-(\[]*+(?:<-++[ \t]*+)?(?:that's|thats|that is|that was|this is|it's|its|it was)\s++"
    r"|[\s:=,\-—–(\[<^]*+(?:(?:is|was|are|'s|=|as|like|just like|which is|es|era|printed (?:by|on|in|next to|beside|near))\s++)?)"
    r"(?:(?:my|the|our|your|mi|el|la)\s++)?(?:(?:right|correct|real|actual|safekey|safe key|little|small|tiny|short)\s++)?"
)
# Only a link ("is", ":", "=") between cue and value: the value counts even on the next line.
# ("cvv/exp: 318": a label naming the expiry date too)
LINK_GAP = re.compile(
    r"(?:[ \t]?[/&+][ \t]?exp(?:iry|iration)?(?: date)?\.?)?"
    r"[\s:=#\-]*+(?:(?:(?:is|was|are|'s|es|era|son|fue|est|ist|lautet|war|e|to|use|enter|below|here)\b|是|は|为)[\s:=\-]*+)?"
)
# "do you need the security code? it's 496": the value in the sentence after the one naming it.
NEXT_SENTENCE = re.compile(
    # ("Bot: what's the code on your card?\nMe: 1352": a chat pasted in, the answer after its speaker)
    r"[^.?!\n$€£¥]{0,24}[?.]++\s*+(?:(?:ok|okay|fine|here|sure|yes|yeah|yep|well|alright|anyway|so|then|um|k|sorry|si|aqui"
    # ("you want my social? hold on 223 81 5024", "what's the code? let me see, 4821": a pause before the value)
    r"|me|a|answer|customer|user|cardholder|reply|hold|hang|on|wait|sec|one|moment|just|let|lemme|see|check|got|found)\b[,!:.]?\s*+){0,3}"
    # ("whats my PIN for the atm? I thought it was 4471": what one remembers, in the past)
    r"(?:(?:[a-z]++\s++){0,2}(?:it's|its|it is|it was|is|was|that's|they're|theyre|they are|here it is|here you go"
    r"|es(?: el| la)?|aqui esta)\b)?\s*+[:=\-]?\s*+"
)
# A cue ends at a word boundary, after its own abbreviation dot ("S.S.N."), glued to digits ("cvv123"),
# or where an underscore joins it to the word that names a value ("the otp_code i got is ...").
_CUE_END = rf"(?:\b|(?<=[.#/|,;-])|(?=_?[0-9])|(?=_(?:code|number|num|no|value)\b)|{CJK_END})"
# The word boundaries of the patterns searched just before a cue are lookbehinds after a first
# letter (at_word_start), so a search skips ahead to the letters that can start a match.
_SOCIAL_BEFORE = re.compile(rf"(?:{at_word_start([_SOCIAL_OR_SOC])})\.?\s*+$")


MESSAGES = (
    "text", "txt", "sms", "message", "email", "e-mail", "e mail", "electronic mail", "msg", "notification", "whatsapp",
    "imessage", "telegram", "messenger", "viber", "wechat", "mensaje", "correo", "texto",
)  # fmt: skip
# Words naming what shows a passcode on a screen, besides the messages: "the app push showed 965590".
_SCREENS = (*MESSAGES, "notifications", "push", "pop-up", "popup")
_MESSAGE = "(?:" + "|".join(MESSAGES) + ")"
_ARTICLES = ("a", "an", "the", "your", "my", "that", "this", "by", "via", "per", "in", "un", "el", "la", "por", "del", "mi", "tu")
# "the text you sent says 903185", "got it by sms: 303216": a message named with an article
# before it is how a passcode arrived. The match starts at the message word (a literal the
# engine scans for fast) and looks back for the article.
_A_MESSAGE = [after_one_of(_ARTICLES, m) + "s?" for m in MESSAGES]
# "the text said 481 902": the match starts at "said" and looks back for the message word;
# the value must follow at once ("the text said your card ..." is not one).
_MESSAGE_SAID = "sa(?:id|ys)(?:" + "|".join(f"(?<={m} sa[iy][ds])" for m in _SCREENS) + r")(?=[\s:\"'“]{1,3}[0-9])"
# "the push notification in the app shows 512014", "the email reads 4410 92": other verbs of showing.
_SHOWING = ("shows", "showed", "reads", "displays", "displayed")
_MESSAGE_SHOWED = [f"{verb}(?:" + "|".join(f"(?<={m} {verb})" for m in _SCREENS) + r")(?=[\s:\"'“]{1,3}[0-9])" for verb in _SHOWING]
# "the app says 275 662": an app shows balances and points too, so only a passcode's shape counts
# there (six to eight digits, perhaps in two halves) with nothing after it that makes it a quantity.
_PASSCODE_VALUE = (
    r"[0-9]{3}[ -]?[0-9]{3}[0-9]{0,2}(?![0-9]|[.,][0-9])[ \t]*+"
    r"(?:$|[.!?,;)\n]|(?:and|but|so|is|it|please|now|to|—|-)(?:\s|$))"
)
_PASSCODE_SHAPED = rf"(?=[\s:\"'“]{{1,3}}{_PASSCODE_VALUE})"
# "just got it — 988 843": what arrived, said to have come, then a passcode's shape
_GOT_IT = [rf"{verb} it(?=[ \t]*+[:,—–\-]?[ \t]*+{_PASSCODE_VALUE})" for verb in ("got", "received", "have")]
_APP_SHOWED = [f"{verb}(?<=app {verb}){_PASSCODE_SHAPED}" for verb in ("says", "said", "shows", "showed", "reads")]
# "the app notification popped up with 713090"
_MESSAGE_POPPED = [after_one_of(_SCREENS, phrase) for phrase in ("popped up with", "came up with", "came with")]
# A passcode read out by a call: "the robot voice said 1 2 8 8 1 0", "la grabacion dijo cinco, nueve, ...".
_SPOKEN = (
    [
        rf"{who} (?:voice|call|message|system) (?:said|says|read out|read me|read|told me)"
        for who in ("robot", "robotic", "automated", "recorded", "automatic")
    ]
    + [
        "call (?:said|read out|read me|told me)",
    ]
    + [f"{who} (?:dijo|dice|me dijo|me leyo|leyo)" for who in ("grabacion", "llamada", "voz")]
)
# Spanish: where it shows ("en la notificacion de la app sale 962206", "en mis mensajes aparece ...").
_SHOWS_IN_ES = [
    r"en (?:la|el|mis|mi|los|las) (?:notificacion(?:es)?|mensajes?|correos?|sms|textos?|whatsapp)"
    r"(?: (?:de|del) (?:la |el )?(?:app|aplicacion|banco|amex))? (?:sale|aparece|dice|muestra|viene|llego)"
]
# "your app pinged me with 879442", "my phone just lit up: 985254": the phone or app that showed the
# passcode, with the value right after.
_DEVICE_SHOWED = [
    rf"{device} (?:just )?(?:pinged|buzzed|dinged|beeped|lit up|flashed)(?: me)?(?: with)?(?=[ \t]*+[:=-]?[ \t]*+[0-9])"
    for device in ("app", "phone", "cell", "watch", "it")
]
# "Use 770182 to verify your identity": a pasted message that says what the value is for.
# ("Use 731-611 to verify", "Enter 731611 to sign in": grouped as a text message groups it, or "enter" for "use")
_USE_TO_VERIFY = tuple(
    rf"{verb}(?= (?:[0-9]{{4,8}}+|[0-9]{{3}}[ -][0-9]{{3}}) (?:to|for) "
    r"(?:verify|confirm|sign|log|complete|authenticate|access|continue|finish|approve|validate)\b)"
    for verb in ("use", "enter")
)
# "email came thru, 510409": the message named first, then that it came, then the value.
_MESSAGE_CAME = [
    after_one_of(senders, f"{verb}{adverb}") + r"(?=[ \t]*+[:,][ \t]*+[0-9])"
    for senders in (MESSAGES, tuple(f"{m}s" for m in MESSAGES))  # "texts came in: 449102 (9:58) and 118734"
    for verb in ("came", "arrived", "comes")
    for adverb in ("", " thru", " through", " in", " finally")
]
# "827430 - it expires in 10 minutes", "valid for 5 min: 831174", "quick before it expires, 310148": a
# passcode named only by how soon it runs out (a card expires in months or on a date, never in minutes).
_SOON = "(?:the next |like |about |just |only )?(?:[0-9]{1,2}|a few|few|one|two|three|five|ten|fifteen|thirty) ?"
_MINUTES = "(?:minutes|minute|mins|min|seconds|second|secs|sec)"
_EXPIRES_SOON = [
    *(
        rf"{subject}{verb} in {_SOON}{_MINUTES}"
        for subject in ("", "it ", "this ", "which ")
        for verb in ("expires", "expire", "expiring", "runs out", "times out")
    ),
    rf"valid for {_SOON}{_MINUTES}",
    *(
        rf"{lead}{verb} (?:for )?{_SOON}{_MINUTES}"
        for lead in ("", "it ", "this ", "which ", "only ", "it only ")
        for verb in ("lasts", "last")
    ),
    rf"good for {_SOON}{_MINUTES}",
    r"before it (?:expires|runs out|times out)(?=[ \t]*+[,:\-—][ \t]*+[0-9])",
]
# Where a cue of that kind starts: a value before it must not be named as something else.
EXPIRY_STARTS = ("expir", "it expir", "this expir", "which expir", "runs out", "it runs", "this runs", "which runs")
EXPIRY_STARTS += ("times out", "it times", "this times", "which times", "valid for", "before it")
_SENT_TO_ME = r"(?:you|u|that you|amex|they|your team) ?(?:just )?(?:texted|sent|emailed|gave)(?: me)?"
# "it just texted me 813444", "texted: 462203": the verb with "me" or a colon after it.
_YOU_SENT = [rf"{verb}(?= ?(?:me\b|to me\b|:))" for verb in ("texted", "emailed", "messaged", "txted")]
# "the number i got texted was 553201", "i was emailed 553201": the passive, with the value right after.
_PASSIVE_VALUE = r"(?=(?: (?:was|is|were|are))?:? ?[0-9])"
_YOU_SENT += [after_one_of(("got", "was", "were", "been"), verb) + _PASSIVE_VALUE for verb in ("texted", "emailed", "messaged", "txted")]
# "Amex sent me 782260 a minute ago", "you guys sent 751600 to my phone": a passcode's shape (not "sent me 2500
# this morning", a sum), then when it came or where it went
_SENT_WHEN_OR_WHERE = (
    r"[0-9]{3}[ -]?[0-9]{3}[0-9]{0,2}(?![0-9])[ \t]*+"
    r"(?:(?:a|an|one|two|few|a few|a couple|[0-9]{1,2}) ?(?:sec|secs|second|seconds|min|mins|minute|minutes|hour|hours) ago"
    r"|just now|this morning|to (?:my|the|our) (?:phone|cell|mobile|number|email|inbox)|by (?:text|sms|email)|via (?:text|sms|email))\b"
)
# "your app sent 427-963", "amex sent me 5512 09": who sent, then the value closing the clause
# ("you sent me 1500 points" is not one: a word other than a link follows).
_SENT_VALUE = (
    r"sent(?:(?<=app sent)|(?<=amex sent)|(?<=you sent)|(?<=\bu sent)|(?<=guys sent)|(?<=they sent)|(?<=bank sent)|(?<=\bit sent))(?: me)?"
    r"(?=:? ?(?:[0-9][0-9 -]{2,14}?[0-9][ \t]*+(?:$|[.,!?;)]|(?:and|but|which|that|it|so|lol|pls|please|yesterday|today|earlier)\b)"
    rf"|{_SENT_WHEN_OR_WHERE}))"
)
_ARRIVED = [
    rf"{just}{verb} (?:in|by|via|through|over|to|on|thru|through on|thru on|in on|up on) (?:an? |the |my )?"
    rf"(?:{_MESSAGE}|phone|cell|mobile|inbox|gmail|outlook|yahoo|hotmail|icloud)"
    for verb in ("came", "arrived", "comes", "come", "went", "popped")
    for just in ("", "just ")
] + [rf"sent (?:to|by|via|over) (?:an? |the |my )?(?:{_MESSAGE}|phone|cell|mobile|inbox)"]
# "whatsapp message from you guys: 293770": a message from the issuer itself carries the passcode.
_FROM_US = [
    rf"{m}s? from (?:you guys|you|u|amex|american express|your team|your bank)\b(?=[ \t]*+(?:[:=\-]|->|says|said|is)?[ \t]*+[0-9])"
    for m in MESSAGES
]
# "enter 741087? thats what came in my inbox": the value asked about, then how it came (the value
# may end in a question mark: WHAT_ARRIVED_STARTS).
_WHAT_ARRIVED = [
    rf"{lead} (?:what|the one that|the code that|the number that) {arrived}"
    for lead in ("that's", "thats", "that is", "it's", "its", "which is")
    for arrived in _ARRIVED
] + [rf"{lead} (?:just )?{arrived}" for lead in ("it", "that", "which") for arrived in _ARRIVED]
# "it's 644050 - that's what the text you just sent me says": the value, then the message that says it.
_WHAT_ARRIVED += [
    rf"{lead} what (?:the |your |ur |this )?{_MESSAGE}(?: (?:you|u|they|amex|you guys))?(?: just)?(?: sent(?: me)?)?"
    " (?:says|said|shows|showed|reads)"
    for lead in ("that's", "thats", "that is")
] + [
    # "G-198518 is what the text said": the message saying it ends the sentence ("1500 is what the email says i owe" is a sum)
    rf"{lead} what (?:the |your |ur |this )?{_MESSAGE}(?: (?:you|u|they|amex|you guys))?(?: just)?(?: sent(?: me)?)?"
    r" (?:says|said|shows|showed|reads)(?=[ \t]*+[.!?]*+[ \t]*+$)"
    for lead in ("is", "was", "which is")
]
WHAT_ARRIVED_STARTS = ("that", "it", "which", "is ", "was ")
# "got 057338 in my messages", "entered 963354 from the sms": where a passcode was read, after it.
_IN_MESSAGES = [
    rf"{preposition} (?:(?:my|the|your|ur|that|this|an?) )?(?:{_MESSAGE}s?|inbox|notifications?)"
    for preposition in ("in", "from", "via", "through", "by", "over", "thru")
] + [r"on (?:my |the |your )?(?:phone|cell|mobile|screen|lock ?screen|watch)"]
# A number before where it was read that something else names: "order 123456 in the email",
# "paid 45.00 in the email", "back in 2024 in my texts" (a year or an amount is not read there either),
# "about 1000 by email" (a count), "reply 7777 by text" (a keyword sent, not read).
IN_MESSAGES_STARTS = ("in ", "from ", "via ", "through ", "on ", "by ", "over ", "thru ", "came ", "comes ", "come ", "arrived ")
IN_MESSAGES_STARTS += ("went ", "sent ", *WHAT_ARRIVED_STARTS)
NOT_READ_THERE = re.compile(
    r"\b(?:order|ref|reference|case|ticket|invoice|confirmation|tracking|transaction|account|acct|paid|pay|charged|spent|total"
    r"|amount|balance|call|dial|error|in|on|since|year|of|to|at|by|until|about|around|approximately|almost|nearly|over|under|than"
    r"|reply)\s*+(?:#\s*+)?$"
)
_ON_CARD = r" (?:printed )?(?:on|from|at) (?:the )?(?:front|back)(?: of (?:the|my) card)?"
# "above the amex number": the word, if any, that names the card's long number.
_CARD_NUMBER_WORD = "(?:(?:long|card|big|main|amex|credit card|embossed|raised|account) )?"
_EXPIRY_DATE = "[0-9]{1,2} ?/ ?(?:[0-9]{4}|[0-9]{2})"


def _typed_apart(names: list[str]) -> str:
    """A regex for any of names (same length, no one a prefix of another), a space, dot or dash
    allowed between letters, with names sharing their first letters read as one branch:
    "c[ .-]?(?:i[ .-]?d|v[ .-]?(?:v|c))" for cid, cvv, cvc. The letters that follow a shared start
    differ, so at most one branch can go on and the order of the names changes no match; the
    regex engine tries a shared start once instead of once per name."""
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(name[1:])
    branches = [first + (f"[ .-]?{_typed_apart(rests)}" if rests[0] else "") for first, rests in by_first.items()]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


_SIDES_ES = "frente|enfrente|reverso|dorso|atras|adelante"
# "exp 09/28 and 1005 is the last four": the number after the expiry named as the card's last four
_THRU = "(?:thru|through|till|until)"
_CODE_AFTER = r"(?= {1,3}[0-9]{3,4}(?![0-9/]))"
_NOT_LAST_FOUR = r"(?! (?:is|are|=|as) (?:the |my )?(?:last|final) (?:4|four|digits))"
# After "my csv is 755": words saying the number counts something else (rows of a file, feet away).
_NOT_A_CODE_AFTER = "rows|lines|records|columns|kb|mb|bytes|files|feet|ft|miles|blocks|away|minutes|mins|main|street|st|ave"
# The names of the card verification value, typed apart too ("c v v", "C.V.V."), with a version digit ("cvv2").
# A "v" doubled by a slip ("cvvv") and the letters turned round ("vcc") name it too.
_SEC_NAMES = [
    _typed_apart(["cid", "cvv", "ccv", "cvc", "cvn", "csc", "cav", "cvd"]) + r"(?<=v)?v?\.?(?:-?[1-3](?![0-9]))?(?: ?code)?",
    r"vcc\.?(?:-?[1-3](?![0-9]))?(?: ?code)?",
    # "cv code 447", "sec cd 629": the code's name cut short
    r"cv (?:code|cd|number|no)",
    r"sec(?:urity)? cd",
]
_SEC_CUE = re.compile(
    "(?:"
    + alternation(
        [
            *_SEC_NAMES,
            "cv2",
            # "see vee vee is seven two two": the letters as they sound, typed by a voice-to-text engine
            "see vee (?:vee|see)",
            "cee vee (?:vee|cee)",
            # American Express's own name for its code: the four-digit batch code ("4DBC").
            "4 ?dbc",
            "4[ -]digit batch code",
            "four[ -]digit batch code",
            "card security (?:code|number)",
            # "the code of security is 900", "the number of security of the card 213": "código de seguridad" word for word
            *(rf"{word} of {_SECURITY}" for word in ("code", "number", "numbers", "digits")),
            "card code",
            rf"{_SECURITY_OR_SEC} ?(?:{_CODE}|cod\b|#|no\b|num(?:ber)?|digits)",
            rf"{_SECURITY}(?= ?[:=#-]? ?[0-9])",
            rf"card (?:{_VERIFICATION}|validation) (?:code|value|number)",
            rf"{_VERIFICATION} (?:value|code)",
            "validation (?:value|code)",
            rf"{_VERIFICATION} (?:number|digits) (?:on|from) (?:the |my |your )?card",
            rf"{_VERIFICATION} digits",
            rf"card {_VERIFICATION} digits",
            # "my csv is 755": the code's name mistyped as another word, with a code's value after it
            *(
                rf"{typo}(?<=\bmy {typo})(?= (?:is |was |= ?|: ?)?[0-9]{{3,4}}(?![0-9]| ?(?:{_NOT_A_CODE_AFTER})))"
                for typo in ("csv", "cvs", "cvb", "vcc")
            ),
            # "codigo de verificacion de la tarjeta: 303": the card's own verification code, not a passcode.
            rf"codigo de {_VERIFICATION} de (?:la|mi|su|tu) tarjeta",
            "card id(?:entification)?(?: number| code)?",
            "digit (?:security |card )?(?:code|number)",
            # "the 3 digit thing is 397": a three- or four-digit something named by its count alone.
            "d(?:(?<=[34][ -]d)|(?<=three[ -]d)|(?<=four[ -]d))igit (?:thing|one)",
            rf"digits?(?: one| code| number)?{_ON_CARD}",
            rf"numbers?{_ON_CARD}",
            rf"code{_ON_CARD}",
            # "what's the code on your card?": the card's own code, named by the card it is on
            "code(?<!promo code)(?<!gift code)(?<!discount code)(?<!coupon code)(?<!offer code)(?<!qr code)(?<!bar code)"
            " (?:on|from) (?:the |my |your |ur )?card",
            "front code",
            # "and the little code is 897": the card's small printed code
            "code(?:(?<=little code)|(?<=tiny code)|(?<=small code))",
            "back code",
            # "ok the back one: 794", "208 (the 3 on the back)": the code named by where it is, or its digits by their count.
            "back one",
            "front one",
            *(rf"{count}{_ON_CARD}" for count in ("3", "4", "three", "four")),
            # "sorry misread it, the back says 375"
            "back (?:says|reads|shows)",
            "back of (?:the |my |your )?card",
            "behind (?:the |my |your )?card",
            "code behind",
            "front of (?:the |my |your )?card",
            "on the (?:back|front)",
            "in the (?:white |signature )?box",
            "signature(?: strip| panel| box| line| area)?",
            "signed",
            # "the little number by where I sign is 965": the signature strip named by what is done there
            "where (?:i|you|we) sign",
            f"above the {_CARD_NUMBER_WORD}number",
            f"over the {_CARD_NUMBER_WORD}number",
            # "exp 05/31, code 521", "vence 05/31, codigo 521": a bare code right after an expiry date.
            # ("exp 07/28 and the code is 446", "exp 07/28; plus code 446": joined by a word)
            # (two spaces or a line break between, as a pasted form has them: "Exp: 11/29\nCode: 925")
            rf"exp(?:iry|ires|iration)?(?: date)?\.?:? ?{_EXPIRY_DATE}[,:;]?[ \t\n]{{1,3}}(?:(?:and|plus|y|et|e) )?(?:(?:the|el) )?"
            r"(?:code|codigo|cod|sec|security)",
            # "Exp/CVV: 09/30 / 122", "cvv/exp: 122 09/30": one label for both, the code after the date or before it
            rf"exp(?:iry|iration)?(?: date)? ?[/&+] ?(?:cvv2?|cvc2?|cid|csc|code|sec code|security code)\.?:? ?{_EXPIRY_DATE}"
            rf"(?: ?[/|,;-])?(?= ?[0-9]{{3,4}}(?![0-9/]){_NOT_LAST_FOUR})",
            *(rf"{code}2? ?[/&+] ?exp(?:iry|iration)?(?: date)?" for code in ("cvv", "cvc", "cid", "csc")),
            # "exp 08/29 and 771", "vence 05/31 y 521": the code joined to the expiry date
            rf"exp(?:iry|ires|iration)?(?: date)?\.?:? ?{_EXPIRY_DATE},? (?:and|y|et|e)(?= [0-9]{{3,4}}(?![0-9/]){_NOT_LAST_FOUR})",
            # "Exp 09/27 / 318", "exp 09/27 | 318": the code after the expiry, set off by a slash or a bar
            rf"exp(?:iry|ires|iration)?(?: date)?\.?:? ?{_EXPIRY_DATE} ?[/|](?= ?[0-9]{{3,4}}(?![0-9/]){_NOT_LAST_FOUR})",
            # "good thru 07/29  857": the card's own words for its expiry, then the code
            *(rf"{word} {_THRU}\.?:? ?{_EXPIRY_DATE}[,;]?(?:,? (?:and|code))?{_CODE_AFTER}" for word in ("good", "valid")),
            rf"venc(?:e|imiento)?\.?:? ?{_EXPIRY_DATE}[,:;]? (?:code|codigo|cod)",
            "codigo d(?:e|el)? segur(?:idad|ida|iad|idda)",
            "clave de seguridad",
            "numero de seguridad",
            "codigo cvv",
            "codigo de atras",
            "codigo del reverso",
            # "los 4 digitos del frente de la amex son 7203"
            *(rf"{word} (?:del|de la parte de|de) (?:{_SIDES_ES})" for word in ("digitos", "numeritos", "numeros")),
            "al (?:frente|reverso|dorso)",
            "en el (?:frente|reverso|dorso)",
            "de atras",
            "de adelante",
            "atras",
            "detras",
            # French, Portuguese, German, Italian (accents folded): "code de sécurité", "Prüfnummer".
            "code de securite",
            "code au dos",
            "au dos de la carte",
            "cifre sul retro",
            "sul retro",
            "codigo do verso",
            "do verso do cartao",
            "cryptogramme(?: visuel)?",
            "chiffres (?:au|du) dos",
            "codigo de seguranca",
            "numeros do verso",
            "sicherheitscode",
            "kartenprufnummer",
            "prufnummer",
            "prufziffer",
            "ziffern auf der ruckseite",
            "auf der ruckseite",
            "codice (?:di sicurezza|cvv|cvc)",
            # Dutch, Polish, Chinese, Japanese (and its romaji).
            "beveiligingscode",
            "kod bezpieczenstwa",
            "安全码",
            "卡背面",
            "セキュリティコード",
            "セキュリティーコード",
            "sekyuriti koodo",
        ]
    )
    + f"){_CUE_END}"
)
_CODIGO_QUALIFIER = "de|del|postal|promocional|qr|swift|bic|zip|cvv|cvc|cvn|cid|csc|para"
_TO_CONFIRM = "(?:confirm|verify|log|sign|login|authenticate|approve)"
_TO_MY_PHONE = "(?:to (?:my|our) (?:phone|cell|mobile|email) )?"
_OTP_CUE = re.compile(
    "(?:"
    + alternation(
        [
            # "otpCode: 123456": a camelCase key is one lower-case word in the view.
            "otp(?:code|pin|number)?",
            # "opt" is how "otp" is mistyped; "opt in", "opt out" are not followed by a value.
            r"opt(?: code| pin| number)?(?= ?(?:is\b|was\b|[:#=]|[0-9]))",
            # "oneTimeCode: ...": a camelCase key reads as one word in the lower-case view.
            "one[- ]?time ?(?:pass ?code|password|code|pin|passcode)",
            "one[- ]?time",
            "o t p",
            "time (?:pass ?code|password|code|pin|passcode)",
            _PASSCODE,
            "pass code",
            rf"{_VERIFICATION} ?(?:{_CODE}|number|pin|#|no)",
            "verify code",
            "auth(?:entication)? ?code",
            "2fa(?: ?code)?",
            "mfa(?: ?code)?",
            "sms code",
            "text code",
            # "you guys texted 938 812", "the bank texted 938812": sent by text, then the value
            *(
                rf"{sender} (?:just )?(?:texted|txted|messaged)(?= ?[0-9])"
                for sender in ("you", "u", "you guys", "they", "amex", "the bank", "your bank", "my bank", "it", "bank")
            ),
            # "the bank sent me 330918 to confirm the login": a number sent to confirm a sign-in, named by its purpose
            *(
                rf"{sender} (?:just )?sent(?: me| us)?(?= ?[0-9][0-9 -]{{3,16}} {_TO_MY_PHONE}(?:to|for) {_TO_CONFIRM})"
                for sender in ("you", "u", "you guys", "they", "amex", "the bank", "your bank", "my bank", "it", "bank", "the app")
            ),
            # German banks' one-time number: "meine TAN ist 839115", "mTAN 839115"
            *(rf"{name}(?= (?:ist |is |lautet )?[:=]? ?[0-9]{{5,8}}(?![0-9]))" for name in ("tan", "mtan", "smstan", "pushtan", "chiptan")),
            # authenticator apps and pushes named without "code": "duo gave me 551 203", "okta verify number 418 992"
            r"duo (?:gave me|says|said|shows|showed|sent|push|passcode|number)",
            "okta verify(?: number| code)?",
            "google authenticator(?: app)?(?: says| shows| code| number)?",
            "google auth(?: app)?(?: says| shows| code| number)?(?= ?[:=-]? ?[0-9])",
            "microsoft authenticator(?: app)?(?: says| shows| code| number)?",
            "authy(?: says| shows| code| number)?",
            r"authenticator(?: app)?(?: says| shows| showed| gave me| number)",
            r"push notification (?:had|says|said|shows|showed|with)",
            "login code",
            # "vcode 840261", "verif code 4410": the verification code in a short form
            r"v ?-?code",
            r"verif(?:y|ication)? code",
            r"verification(?= ?[:=])",  # "verification: six zero four two one nine"
            "sign-?in code",
            "signin code",
            # "got the security text\n\n5772": a message named by what it is for
            *(rf"{purpose} {_MESSAGE}s?" for purpose in ("security", "verification", "sign-?in", "login", "log-?in")),
            # "I got two codes: 482913 and 551093", "the codes were 913377 and 004815": passcodes that came
            # more than once (every value of the list is read: see codes._listed_after)
            *(
                rf"{verb} (?:(?:two|2|three|3|both|several|multiple|a couple of|a few|some|the|these|those|different"
                rf"|two different|2 different) )?"
                rf"(?:(?:verification|login|sms|text|security|one-?time|sign-?in|auth|otp) )?{_CODE}s(?= ?[:,-]? ?(?:were |are )?[0-9])"
                for verb in (
                    "got",
                    "received",
                    "get",
                    "getting",
                    "have",
                    "had",
                    "gave me",
                    "sent me",
                    "texted me",
                    "there are",
                    "there were",
                    "which of the",
                    "one of the",
                )
            ),
            *(
                rf"{article} (?:(?:verification|login|sms|text|one-?time|sign-?in|auth|otp) )?{_CODE}s(?= ?[:,-]? ?(?:were|are) [0-9])"
                for article in ("the", "both", "these", "those")
            ),
            "access code",
            "activation code",
            rf"security code(?: ?{_SENT_TO_ME})?",
            _MESSAGE_SAID,
            *_MESSAGE_SHOWED,
            *_MESSAGE_CAME,
            *_MESSAGE_POPPED,
            *_APP_SHOWED,
            *_GOT_IT,
            *_FROM_US,
            *_SPOKEN,
            *_SHOWS_IN_ES,
            *_DEVICE_SHOWED,
            *_USE_TO_VERIFY,
            *_A_MESSAGE,
            *_YOU_SENT,
            _SENT_VALUE,
            *_ARRIVED,
            *_WHAT_ARRIVED,
            *_IN_MESSAGES,
            *_EXPIRES_SOON,
            rf"codigo (?:de {_VERIFICATION}|de acceso|de un solo uso|del {_MESSAGE})",
            # "el codigo de la app: 275662": named by what showed it, as "the code from the app"
            rf"codigo (?:de|del) (?:(?:la|el|mi|tu|su) )?(?:app|aplicacion|banco|amex|notificacion|{_MESSAGE}|autenticador)",
            *(rf"{w} que me (?:enviaron|mandaron|llego|llegaron|envio|mando|enviaste|mandaste)" for w in ("codigo", "clave", "numero")),
            "clave dinamica",
            "clave (?:de un solo uso|temporal|de verificacion)",
            # French, Portuguese, German, Italian: "code de vérification", "código de verificação", "Bestätigungscode".
            rf"code (?:de {_VERIFICATION}|a usage unique|unique|temporaire|(?:recu )?par {_MESSAGE})",
            "codigo de verificacao",
            rf"codigo (?:enviado|recebido)(?: por {_MESSAGE})?",
            "bestatigungscode",
            "verifizierungscode",
            "einmalcode",
            "sms-code",
            "einmalpasswort",
            "codice (?:di verifica|otp|monouso|ricevuto)",
            # Dutch, Polish, Chinese (and its pinyin), Japanese (and its romaji).
            "verificatiecode",
            "eenmalige code",
            "kod weryfikacyjny",
            "kod jednorazowy",
            "kod sms",
            "验证码",
            "动态码",
            "yanzhengma",
            "認証コード",
            "確認コード",
            "ワンタイムパスワード",
            "ninshou koodo",
            "ninsho koodo",
            "kakunin koodo",
            "token",
            # "G-482913": the prefix one sender puts on its sign-in codes, pasted with the code
            "g(?=-[0-9]{6}(?![0-9]))",
            # "the 6 digits you sent: 080271"
            rf"digits ?{_SENT_TO_ME}",
            rf"numbers? ?{_SENT_TO_ME}",
            # "google authenticator says 536127", "authy shows 112233"
            "authenticator(?: app)?",
            # The card issuer's own name for the passcode of an online purchase.
            "safekey(?: code| pin| passcode| number)?",
            "authy",
            # A code named by how it came ("code you emailed", "code from the text") is a passcode
            # whatever word comes before it; only a bare "code" can be qualified ("zip code").
            rf"code(?! secret\b)(?: ?{_SENT_TO_ME}| (?:from|in) (?:the|your|my|ur|that) {_MESSAGE})?",
            # Spanish "codigo" alone, as "code" alone; what qualifies it comes after ("codigo postal",
            # "codigo de seguridad": the forms with "de" are cues of their own or name something else).
            rf"codigo(?! (?:{_CODIGO_QUALIFIER})\b)",
        ]
    )
    + f"){_CUE_END}"
)
_QUALIFIERS = """
zip postal post area promo promotional error reason merchant mcc sort swift bic discount reward rewards bonus loyalty
status referral country dial dialing bank branch offer coupon product tracking reference confirmation order
gift voucher qr bar source tax program short access transaction category billing security card cid
cvv dispute decline approval authorization response return item style class course room door gate
building lock wifi garage alarm locker parking entry iata agency booking reservation flight seat fare rental
""".split()  # noqa: SIM905 - a word list reads better as text
CODE_QUALIFIER = re.compile(rf"(?:{at_word_start(_QUALIFIERS)})\s*+$")
# "Code MCC 5812 on my statement": the qualifier may follow the word, before the value.
# "the code on my parking ticket is 4458": what the code is on or for, after it
QUALIFIER_AFTER_CODE = re.compile(
    rf"(?<![ \t])[ \t]++(?:(?:on|from|for|of|at)[ \t]++(?:the|my|a|our|this|your)[ \t]++)?(?:{'|'.join([*_QUALIFIERS, 'ticket'])})\b"
)
# "offer code 51530805 in the email": a qualified code before where a value was read names it.
QUALIFIED_CODE_BEFORE = re.compile(rf"(?:{at_word_start(_QUALIFIERS)})\s++(?:code|number|no|#)\s*+[:#]?\s*+$")
# "auth code 420285" on a receipt is the merchant's authorisation, not a passcode.
RECEIPT_WORDS = re.compile(r"\b(?:receipt|terminal|batch|merchant|approval|approved|pos|ticket|invoice|recibo|terminal|subtotal|cashier)\b")
# "code 7788 for the wifi", "code 2024 promo": a bare code named by its purpose after the value.
# Matched right after a number; the lookbehind keeps a search from restarting inside a stretch of spaces.
CODE_PURPOSE_AFTER = re.compile(
    r"(?<!\s)\s*+(?:(?:for|as|is|of)\s++(?:the|a|my|our|your)?\s*+)?(?:promo|promotional|wifi|wi-fi|door|gate|garage|alarm|locker"
    r"|parking|entry|room|building|lock|discount|coupon|voucher|gift|zip|postal|area|error|status)\b"
    # "the code 5812 on my statement": a code printed on a statement (a merchant's category), not a passcode
    r"|(?<!\s)\s*+on\s++(?:my|the|our|this|a)\s++(?:parking\s++)?(?:statement|bill|receipt|invoice|ticket|voucher|coupon|label|package|meter)\b"
)
_PIN_NAMES = [
    "atm pin", "pincode", "pinn", "pin", "nip", "p i n", r"p\.i\.n\.?", "code secret", "geheimzahl", "暗証番号",
    # Portuguese and French names of a card's PIN: "senha do cartão é 4821", "mon code confidentiel est 4821"
    "senha do cartao", "senha de cartao", "senha do meu cartao", "code confidentiel", "code pin",
    # "the number secret is 4193", "the secret number of my card is 2916": "número secreto" in English words
    "secret number", "number secret", "secret pin", "numero secreto",
    # "the 4 digits I punch in at the ATM are 4399"
    r"digits (?:i|you) (?:punch|type|key|put|enter)(?: in)? at the (?:atm|cash machine|bank machine|cashpoint)",
]  # fmt: skip
_PIN_CUE = re.compile(f"(?:{alternation(_PIN_NAMES)})(?: number| code| no| #)?{_CUE_END}")
_SSN_CUE = re.compile(
    "(?:"
    + alternation(
        [
            "ssn(?:number|num|no)?",
            r"s\.s\.n\.?",
            "s s n",
            "ss ?#",
            "ss ?no",
            "ss num(?:ber)?",
            # "the number on my SS card: ...": the Social Security card
            "ss card(?: number| no| #)?",
            # "the ss n is ...": voice-to-text splitting the letters.
            "ss n",
            "s sn",
            rf"{_SOCIAL_OR_SOC}\.? ?{_SECURITY_OR_SEC}(?: ?(?:number|num|no\.?|#))?",
            f"{_SOCIAL}(?: number| no)?",
            "soc",
            "tax ?id(?: number)?",
            "tin",
            # "my SIN is 546625997 (Canada)": a Canadian social insurance number, named by its letters before a link
            # (Spanish "sin" is "without": never before "is" or a colon)
            r"sin(?= ?(?:(?:is|was|number|no)\b|[#:=]))",
            "social insurance(?: number| no)?",
            "itin",
            "taxpayer id(?:entification)?(?: number)?",
            "seguro social",
            "seguridad social",
            # "NSS: 484 18 2151": "número de seguro social" shortened, as US Spanish speakers write it
            "nss",
            "numero de seguro",
            "社会安全号",
            "社会保障号",
            "社会保障番号",
            "ソーシャルセキュリティ番号",
        ]
    )
    + f"){_CUE_END}"
)

# An employer identification number: a business's tax id, laid out 12-3456789 (an SSN is 3-2-4).
_EIN = re.compile(r"[0-9]{2}[ -][0-9]{7}")
_BUSINESS = re.compile(r"\b(?:ein|fein|employer|company|company's|business|llc|inc|corp|corporation|firm|nonprofit|empresa|negocio)\b")

# "the last 4 digits you sent": a counted part of another number (a card's last four), not a passcode.
_CHANGE_VERBS = ["change", "changing", "update", "updating", "edit", "correct", "fix", "cambiar", "actualizar"]
_PART_COUNTED = re.compile(
    rf"(?:{at_word_start(['last', 'first', 'ending', 'final', 'ultimos', 'primeros'])})\s++(?:[0-9]|two|three|four|five|six)\s++$"
    # "change my email", then "4417": the address being changed, not a message a code came in
    rf"|(?:{at_word_start(_CHANGE_VERBS)})\s++(?:my\s++|the\s++|mi\s++)?$"
)

# "my pin code is 560034, do you ship to India?": an Indian PIN code (or a French one) is a postal code,
# read so when the message places it (bounded gaps keep the search linear).
_POSTAL_NUMBER = re.compile(r"[0-9]{5,6}")
_PLACES = (
    r"area|postal|post office|ship|shipping|deliver|delivery|live in|living in|located|locality|city|town|village|district|state"
    r"|india|address"
)
_POSTAL_PIN = re.compile(rf"\bpin ?code\b[^\n]{{0,60}}?\b(?:{_PLACES})\b|\b(?:{_PLACES})\b[^\n]{{0,60}}?\bpin ?code\b")

CUE_RULES = (
    CueRule("security_code", _SEC_CUE, 3, 4, 1, "security code", _SEC_GAP_BREAKER, _SOCIAL_BEFORE),
    CueRule("ssn", _SSN_CUE, 9, 9, 3, "SSN", _GAP_BREAKER, not_value=_EIN, not_value_words=_BUSINESS),
    CueRule("otp", _OTP_CUE, 4, 8, 3, "one-time passcode", _GAP_BREAKER, _PART_COUNTED, _POSTAL_NUMBER, _POSTAL_PIN),
    CueRule("password", _PIN_CUE, 4, 12, 1, "PIN", _GAP_BREAKER, not_value=_POSTAL_NUMBER, not_value_words=_POSTAL_PIN),
)
