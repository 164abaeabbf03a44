"""Passwords: the value after a password cue, a login pair or a username, told apart from ordinary words."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import chain

from .kinds import Hit
from .words import CJK_END, LONG_TEXT, WordStartFamily, after_one_of, at_word_start, is_cjk, typo, word_matches, word_matches_of_any

_PASSWORD = typo("password")
# "login pass Sh@dow59": "pass" alone is a password cue only after whose pass it is.
_NAMED_PASS = after_one_of(("my", "login", "user", "account", "acct", "app", "bank"), "pass")
_CONTRASENA = typo("contrasena")
# "pass is T4c0Tuesday": a bare "pass" with its link is a cue too, unless it is a ticket ("boarding pass is
# ready"); the link is part of the cue, so the value must look like a secret on its own (a digit or symbol).
_TICKETS = ("boarding", "bus", "train", "day", "season", "ski", "gate", "hall", "parking", "visitor", "guest", "park", "museum")
_TICKETS += ("travel", "festival", "event", "gym", "transit", "metro", "rail", "hotel", "backstage", "hunting", "fishing")
_PASS_IS = "pass" + "".join(f"(?<!{w} pass)" for w in _TICKETS) + " (?:is|was)"
# The word, one slip in it, a short form of it ("psw", "p-word"), or the Spanish words, where a word
# starts (checked by the engine: a long message can hold thousands).
_PW_CUE = re.compile(
    "(?:"
    + at_word_start(
        [
            _PASSWORD,
            r"p[a@]?s{1,2}w(?:o?r)?d",
            *("pwd", "psw", "pwrd", "pword", "p-word", "pass-word", "passw", "pw", "p/w", "pass word", "passphrase", "pass phrase"),
            "passcode",
            "p a s s w o r d",
            r"pass(?=[\"']?\s*+(?:[:=]|->))",
            after_one_of(("my", "login", "user", "account", "acct", "app", "bank"), "pass"),
            _PASS_IS,
            _CONTRASENA,
            # "la contra del app es ...": the short form, only after an article or owner ("contra" alone is "against").
            after_one_of(("la", "mi", "tu", "su"), "contra"),
            "clave(?: secreta| de acceso)?",
            # "what I type to log in is sunflower1987": the password described by what it does
            *(
                rf"{lead} i (?:(?:type|enter|use|put in|key in) to (?:log ?in|sign ?in|get in|log on)|(?:log ?in|sign ?in|log on) with)"
                for lead in ("what", "the thing", "the word", "the phrase", "whatever")
            ),
            # "secret word for online access: cathedral91"
            "secret (?:word|phrase)",
            # "my key of the internet is Sommer1984#": "clave de internet" word for word
            # (found from "key", a literal the search skips to; the place before it read back)
            r"key(?: (?:of|for|to) (?:the |my )?(?:internet|online|app|account|bank|banking|web|website|login|portal)"
            r"|(?<=internet key)|(?<=online key)|(?<=banking key)|(?<=web key))",
            "palabra secreta",
            # French, German, Portuguese (accents folded): "mot de passe", "mdp", "Passwort", "senha".
            "mot de passe",
            "mdp",
            "passwort",
            "kennwort",
            "senha",
            # Dutch, Polish, Chinese (and its pinyin), Japanese (and its romaji).
            "wachtwoord",
            "haslo",
            "hasło",
            "密码",
            "mima",
            "パスワード",
            "pasuwaado",
        ]
    )
    + rf")(?:\b|{CJK_END})"
)
PASSWORD_CUE = _PW_CUE
# In a long text, found from space to space (and after punctuation) instead of at every letter that could start one.
_PW_CUES = WordStartFamily([_PW_CUE])
# Words that may stand between the link and the secret ("my password is basically Tiger77").
_FILLER = (
    r"now|still|currently|just|literally|actually|probably|basically|like|honestly|um|uh|simply|really|kinda|obviously|technically"
    r"|maybe|perhaps|i think|i believe|i guess|umm|uhh|erm|hmm"
    # "is either Sunset2023 or Sunset2024", "something like Falcon_77", "es quizás Lobo2021": a hedge before the value
    r"|either|something like|somethin like|sth like|smth like|something along the lines of|possibly"
    r"|quizas|quiza|tal vez|creo que|creo|probablemente|a lo mejor|algo como|algo asi como|o sea"
)
_PREPOSITIONS = "for|on|to|of|in|at|after|since|de|del|para|a|al|en"
_WHOLE = r"(?![^\s:=,])"
# "clave de internet es azucena": a link word after a phrase's object is the link, not a second word of the phrase.
_LINK_WORDS = "is|was|are|es|era|fue|sera|est|ist|lautet|war"
# "password of me for website:", "clave de acceso a la banca en linea es", "passwrd after reset ->": up
# to two phrases. "changed my password on 2026-12-11 to ...": the phrase's object may be a date. A
# phrase's words are whole words ("to lime$tone9" is the link and the value, not a phrase).
# ("a senha de 4 dígitos é 9848": the object may count the value's characters)
_COUNTED = r"[0-9]{1,2}[ \t]++(?:digits|digitos|chiffres|ziffern|cifre|cifras|caracteres|characters|chars|letters|letras)"
# ("the secret word for enter the app is Ch@rlie85", "password to access the app is ...": what it opens, after a verb)
_OPENING_VERB = r"(?:enter|access|open|use|unlock|log into|get into|sign into)"
_PHRASES = (
    rf"(?:\s++(?:{_PREPOSITIONS})\s++(?:{_OPENING_VERB}\s++)?(?:(?:my|the|your|this|mi|la|el)\s++)?"
    rf"(?:[a-z]{{1,20}}|[0-9][0-9/.-]{{3,9}}|{_COUNTED}){_WHOLE}"
    rf"(?:\s++(?!(?:{_PREPOSITIONS}|{_LINK_WORDS})\b)[a-z]{{1,20}}{_WHOLE})?){{0,2}}"
)
_PW_LINK = re.compile(
    # '{"pass": "x"}': the key's closing quote before its colon.
    r"(?:[\"'](?=\s*+[:=]))?"
    # "contrasena nueva: ...", "new password" said after: a word saying which one.
    r"(?:\s++(?:nueva|nuevo|actual|vieja|viejo|temporal|correcta|correcto|new|old|current|temporary|temp|correct|right|real)\b)?"
    # "my password spelled backwards is ...": how it is given (still the secret, in another order).
    r"(?:\s++(?:(?:spelled|typed|written)\s++)?(?:backwards|in reverse|reversed)\b)?"
    rf"{_PHRASES}"
    # "the password i set was ...", "the password you asked me to confirm is ...": who chose it or
    # asked for it, between cue and link (then phrases again: "the password i use for the app is").
    r"(?:\s++(?:that\s++)?(?:i|we|u|you|they|he|she|(?:my|the|your)\s++[a-z]{2,12})"
    r"\s++(?:(?:asked|wanted|told)\s++(?:me\s++)?(?:to\s++)?|have\s++|had\s++)?"
    r"(?:set|chose|picked|made|created|used|use|typed|type|entered|put|tried|gave me|gave|sent me|sent|assigned|issued|confirm|check"
    r"|needed|need|wanted|asked for|reset)(?:\s++(?:everywhere|for everything|always|usually|these days|at work|online))?"
    rf"|\s++que\s++(?:yo\s++)?(?:puse|use|elegi|cree|escribi|tengo|tenia|meti|ingrese|uso))?{_PHRASES}"
    # "my password, if you need it, is ...": an aside between commas; "I think", "pretty sure" before the link.
    r"(?:\s*+,[^,\n:=]{1,48},)?\s*+,?"
    r"(?:\s*+(?:i think|i believe|i guess|(?:i'm |im )?pretty sure|probably|maybe)\b)?"
    # "my password (it's Tr0ub4dor&3) isn't working": the link may open a bracket.
    r"\s*+(?:[(\[]\s*+(?=it|is\b|was\b))?"
    r"(?P<link>'s\b|=>|[:=]|->|→|-|\b(?:is |was |got |been )?reset to\b|\bto\b|\bis\b|\bwas\b|\bare\b|\bwill be\b"
    r"|\bshould (?:still |now )?be\b|\bwould be\b"
    r"|\b(?:is |was )?supposed to be\b"
    r"|\bhas (?:always |just |now |also )?been\b|\bhad been\b|\bused to be\b|\bset to\b|\bchanged to\b|\bis now\b"
    r"|\bit's\b|\bits\b|\bit is\b|\bit was\b|\bit (?:used to be|has been|had been|should be|would be|will be)\b"
    # Other languages' links: "contraseña es", "est", "ist", "lautet", "é", "a" (changed to), "是", "は", "shi".
    r"|\bes\b|\bera\b|\bsera\b|\bfue\b|\best\b|\bist\b|\blautet\b|\bwar\b|\be\b|\ba\b|是|は|为|\bshi\b"
    # "he wrote the password down as Denali-tundra47"
    r"|\b(?:down|saved|stored|written|written down|set up|registered) as\b)?"
    # "password is, I mean I think it is, wildflower": an aside between commas after the link.
    r"(?:(?<=[a-z])\s*+,[^,\n:=]{1,40}+,(?=\s))?"
    # "the password is, um, like, Chivas.443": fillers set off by commas.
    rf"\s*+,?\s*+(?:(?:{_FILLER})\b(?:,|\.{{2,3}}|…)?\s*+){{0,3}}(?P<colon>[:=])?\s*+"
)
_LOGIN_PAIR = re.compile(
    r"(?:login|log-?in|sign-?in|credentials|creds|user(?:name)? ?(?:/|and|&) ?pass(?:word)?)"
    r"(?: details| info)?\s*+(?:is|are|was|:|=)?\s*+[:=]?\s*+"
    r"[^\s/|,:]{1,64}\s*+(?:/|\||,|:)\s*+(?P<secret>[^\s]{1,128})"
)
# Every login pair holds one of these words, and every login name before "pass" one of the second
# ("cred" alone would let every "credit" through): substring searches rule most long texts out at once.
_LOGIN_WORDS = ("log", "sign", "creds", "credential", "user")
_NAME_WORDS = ("user", "log", "mail")
# "login kpatel pass Saffron&Rain22": a login name, then its password.
_USER_PASS = re.compile(
    r"(?:user(?:name| ?id)?|login|log-in|email|e-mail)\s*+[:=]?\s*+[^\s/|,;]{1,64}(?:\s*+[/|,;])?\s++(?:pass|password|passwd|pwd|pw)\b"
    r"\s*+[:=]?\s*+(?P<secret>[^\s]{1,128})"
)
_TOKEN = re.compile(r"[^\s]{1,128}")
# A password cue after the value: "«Summer2024!» (password)", "```letmein!23``` <- pw".
_PW_WORDS = r"(?:password|passwd|pwd|pw|pass|passcode|contrasena|clave|mot de passe|mdp|passwort|kennwort|senha)"
_CUE_AFTER = re.compile(
    rf"\(\s*+(?:(?:my|the|a|that's my|thats my|el|la|mi) )?{_PW_WORDS}\s*+\)"
    rf"|<-++\s*+(?:(?:that's|thats|that is|this is|it's|its|is)\s++)?(?:(?:my|the) )?{_PW_WORDS}\b"
)
# "Rex1987 (that's what I log in with)": the value, then what it does instead of its name.
_DESCRIBED_AFTER = re.compile(
    r"(?:\([ \t]{0,3})?(?:that's|thats|that is|which is|it's|its|this is|is)[ \t]++(?:what|the (?:thing|word|one))[ \t]++i[ \t]++"
    r"(?:(?:use|type|enter)[ \t]++to[ \t]++(?:log|sign)[ \t]?(?:in|on)|(?:log|sign)[ \t]?(?:in|on)[ \t]++with)\b"
)
# "I typed 'Sunflower&88!' as my password", "Chivas77 is my password": the value, then what it is.
# "I typed 'Sunflower&88!' as my password", "Chivas77 is my password": the value, then what it is
# (read before a password cue; "... is my password hint" names something else).
_OWNED = ("my", "the", "our", "online", "current", "new", "old", "bank", "banking", "account", "login", "app")
_NAMED_AS = re.compile(rf"\b(?:as|is|was|that's|thats|that is) (?:my|the|our) (?:(?:{'|'.join(_OWNED[3:])}) )?$")
_OWNED_ENDINGS = tuple(f"{word} " for word in _OWNED)
# "password reset: ...", '{"password_reset": {...}}' (a key's joins read as spaces): the words after a
# password word say what about the password is meant; a value near them is not the password.
_ABOUT_THE_PASSWORD_WORDS = (
    r"reset|resets|policy|rules?|requirements?|expir(?:y|es|ed|ation)|length|strength"
    r"|link|token|url|page|form|attempts?|status|error|errors"
)
_ABOUT_THE_PASSWORD = re.compile(rf"(?<![ \t])[ \t]++(?:{_ABOUT_THE_PASSWORD_WORDS})\b")
_NOT_THE_PASSWORD = re.compile(rf" (?:hint|{_ABOUT_THE_PASSWORD_WORDS})\b")
_QUOTES_AROUND = re.compile(r"(?:[\"'“‘«]|`{1,3})(?P<value>[^\s\"'“”‘’«»`]{1,128})(?:[\"'”’»]|`{1,3})[.,;:!?]?")
# "password = my cat is king 22 (with the spaces)": a remark that the value has spaces.
_WITH_SPACES = re.compile(r"(?P<value>[^\s()][^\n()]{2,63}?)\s*+\([^)\n]{0,20}\bspaces?\b[^)\n]{0,20}\)")
# "password is the same as the username": the username is then the password.
_SAME_AS_USERNAME = re.compile(r"same (?:thing )?as (?:the |my |your )?(?:username|user name|user id|userid|user|login name|login)\b")
_USERNAME_VALUE = re.compile(
    r"\b(?:user(?:name| name| id)?|login(?: name)?)\s*+(?:(?:which |that )?is\s++|[:=]\s*+)?(?P<value>[^\s,;/]{3,64})"
)
# "my password is T i g e r 7 7": single characters typed apart.
_SPACED = re.compile(r"[^\s](?: [^\s]){3,63}(?![^\s])")
# "my password is the same as my email one: Tiger77": after a link, the value follows a colon further on.
_LATER_COLON = re.compile(r"[^\n.!?:=]{1,48}(?:(?<![0-9])[:=]|[:=](?![0-9]))\s*+")  # a colon between digits is a time
# "my password is my dog's name plus my birth year, rocky1987": a hint, then the value after a comma or dash.
_AFTER_HINT = re.compile(r"[^\n.!?:=,]{1,64}(?:,|\s-{1,2}\s)\s*+(?:(?:so|ie|i\.e\.|which is|that is|meaning)\s++)?")
# "same one as my yahoo account blessedbuster6", "the same password I use for netflix: X": a
# secret named as the same as another account's, found among the next few words.
_SAME_AS = re.compile(r"same (?:one |password |pw |pass |login |thing )?(?:as|i use (?:for|on)|that i use (?:for|on))\b")
_ACCOUNT_WORD = frozenset(["account", "one", "password", "pw", "pass", "login", "passcode", "contrasena", "clave"])
_WORD = re.compile(r"[^\s]++")
_QUOTED = re.compile(r"[\"'“‘]([^\"'”’\n]{1,64})[\"'”’]")
_OPENING_QUOTES = frozenset("\"'“‘")
_TRAILING = ".,;:)]'\"?”’"
_NOT_A_SECRET = frozenset(
    """
    a an the my your our his her their its this that these those it i you we they he she is was are
    be been being not no none nothing something anything everything same wrong incorrect invalid
    expired locked blocked working broken correct right fine ok okay new old too very so still also
    just only really probably definitely stuck rejected accepted valid secure safe weak strong short
    long longer shorter case sensitive required needed missing lost forgotten forgot reset changed
    change compromised stolen hacked saved stored set empty blank and or but for to from with in on
    at of by as if when where how why what which who there here now then please help because since
    showing saying coming asking causing getting going having giving supposed different similar hard
    easy complicated doesn't don't isn't wasn't won't can't cannot didn't through into
    about over under again never always link page field box screen option settings
    requirements rules policy update updated requirement expiring due unknown gone there's that's
    it's pw pwd password pass passcode pin login username user email account phone
    keeps says doesnt dont isnt wasnt wont cant didnt aint
    text sms app website online mobile
    la el los las un una muy mi tu su es era no si que de del para con sin por igual misma mismo nueva nuevo
    vieja viejo incorrecta incorrecto correcta correcto
    como cual cuando donde quien porque pero pues lo le se me te nos ya aun tambien ahora hoy ayer y o ni
    ayuda favor olvide olvidada olvidado bloqueada bloqueado
    ist war nicht kein keine falsch richtig neu neues alt altes abgelaufen gesperrt vergessen geandert ungultig
    est pas ne plus faux fausse bon bonne nouveau nouvelle ancien ancienne expire oublie bloque perdu change
    nao errada errado certa certo nova novo antiga antigo expirou esqueci mudou mudei trocada trocado
    removed hidden sent given shown done taken made texted emailed delivered received generated requested
    """.split()  # noqa: SIM905 - a word list reads better as text
)
_WORD_CHAR_SET = frozenset("abcdefghijklmnopqrstuvwxyz-'")
_NOT_A_SECRET_ENDINGS = ("ing", "ed", "ly", "ada", "ado", "ida", "ido")
_MASKED_TOKEN = re.compile(r"[*•#.\-_'\"]++|x{3,}+")
# The characters a masked token can start with: most tokens start with none, and skip the pattern.
_MASK_FIRST = frozenset("*•#.-_'\"x")


# "https://mjenkins:S3cr3tPass@portal.example.com": a link that carries a login and its password
_LINK_CREDENTIALS = re.compile(r"\b[a-z][a-z0-9+.-]{1,15}://[^\s:/@]{1,64}+:(?P<secret>[^\s@/]{1,128}+)@")


def password_hits(s: str) -> list[Hit]:
    """Secrets after a password cue, before one, after a login name or logging in with, or named
    the same as another account's or the username."""
    if len(s) < LONG_TEXT or (cues := _PW_CUES.matches(s)) is None:
        cues = list(_PW_CUE.finditer(s))
    # Each pass yields nothing without the words it starts from: substring tests (in the order the
    # hits are listed) spare most short messages the passes and their generators.
    hits = [*_after_cues(s, cues), *_before_cues(s, cues)] if cues or "(" in s or "<-" in s else []
    if "log" in s or "sign" in s or "cred" in s or "user" in s or "mail" in s:
        hits += [*_after_login_names(s), *_logged_in_with(s)]
    if "same" in s:
        hits += [*_same_as(s), *_same_as_username(s)]
    if "pass" in s or "log" in s or "sign" in s or "user" in s or "cred" in s:
        hits += _shaped_after_bare_cues(s)
    if "pin" in s or "nip" in s:  # substring searches rule most texts out of these two passes
        hits += _pin_same_as(s)
        hits += _pin_with_letters(s)
    if "hint" in s:
        hits += _hint_is_value(s)
    if " with " in s and ("start" in s or "begin" in s):
        hits += _told_in_parts(s)
    if "?" in s and ("pass" in s or "pwd" in s or "pin" in s):
        hits += _answer_to_a_password_question(s)
    if cues or "log" in s or "sign" in s:
        hits += _typed_in(s)
    if "://" in s and "@" in s:
        hits += [Hit("password", *m.span("secret"), "password in a link's user:password@host") for m in _LINK_CREDENTIALS.finditer(s)]
    if cues and " my " in s:
        hits += _described_as_another_detail(s)
    if " from " in s and (cues or "log" in s or "sign" in s):
        hits += _changed_from_to(s)
    if cues or "log" in s or "cred" in s or "access" in s or "online" in s or "banking" in s:
        hits += _shaped_like_a_password(s)
    if cues and _TYPED_TOGETHER.search(s):
        hits = [_typed_together(s, hit) for hit in hits] + list(_told_together(s, cues, hits))
    if ":" in s:
        hits = [_rest_of_a_keyed_line(s, hit) for hit in hits]
    return hits


# "pass: fl0wer power", "password: blue sky 99": after a key and a colon, the words to the end of the
# line are the value (a few of them, with no sentence going on), not its first word alone
_KEYED_REST = re.compile(r"(?:[ \t]++[^\s.!?,;:()]++){1,3}+[ \t]*+(?=\n|$)")
_KEY_COLON = re.compile(r":[ \t]*+$")


def _rest_of_a_keyed_line(s: str, hit: Hit) -> Hit:
    if hit.kind != "password" or not _KEY_COLON.search(s, max(0, hit.start - 4), hit.start):
        return hit
    rest = _KEYED_REST.match(s, hit.end)
    if rest is None:
        return hit
    return Hit(hit.kind, hit.start, rest.end(), hit.reason)


# "blue sky 2020 all lowercase no spaces": the words up to such a remark are the password, typed together
_TYPED_TOGETHER = re.compile(
    r"\b(?:(?:all|in)\s++)?(?:lower ?case|upper ?case|small letters|capitals|caps|one word|no spaces|without spaces"
    r"|all together|together)\b"
)
_TOGETHER_WORDS = 5
_TOGETHER_REACH = 96  # characters looked at after a value or a cue: a remark further on is about something else


def _typed_together(s: str, hit: Hit) -> Hit:
    """The hit stretched over the words after it up to a remark that they are typed together."""
    if hit.kind != "password":
        return hit
    remark = _TYPED_TOGETHER.search(s, hit.end, hit.end + _TOGETHER_REACH)
    if remark is None:
        return hit
    between = s[hit.end : remark.start()].strip(" ,(-")
    if len(between.split()) > _TOGETHER_WORDS or "." in between or "," in between:
        return hit
    end = hit.end + len(s[hit.end : remark.start()].rstrip(" ,(-"))
    return Hit(hit.kind, hit.start, end, hit.reason)


_LINK_AFTER_CUE = re.compile(r"(?:\s++(?:i use|i used|i have|we use))?\s*+(?:is|was|=|:)\s*+")


def _told_together(s: str, cues: list[re.Match[str]], hits: list[Hit]) -> Iterator[Hit]:
    """ "my password is red apple 77 no spaces": words no other rule took as the value, between
    the cue and a remark that they are typed together."""
    for cue in cues:
        link = _LINK_AFTER_CUE.match(s, cue.end())
        if link is None or any(hit.start <= link.end() < hit.end for hit in hits):
            continue
        remark = _TYPED_TOGETHER.search(s, link.end(), link.end() + _TOGETHER_REACH)
        if remark is None:
            continue
        between = s[link.end() : remark.start()].rstrip(" ,(-")
        told = 0 < len(between.split()) <= _TOGETHER_WORDS and "." not in between and "," not in between
        if told and not between.replace(" ", "").isalpha():  # "is case sensitive or all lowercase" names none
            yield Hit("password", link.end(), link.end() + len(between), "words typed together after a password cue")


# A token a person types as a password: letters, digits and a sign among them ("Sacher#Torte99",
# "Rainier!44", "Falcon!2025"). In a message that names a password or a login, wherever it stands
# ("i type Sacher#Torte99 and it says invalid", "need my pw? Falcon!2025"), it is one: an e-mail
# address, a web address or an amount is not so shaped.
_SIGN_INSIDE = re.compile(r"[a-z0-9][!#$%&*?^~]++[a-z0-9]")
_A_LETTER = re.compile(r"[a-z]")
_A_DIGIT = re.compile(r"[0-9]")
_NOT_PASSWORD_SHAPED = re.compile(r"[@/\\:=]|^(?:https?|www)\b")
_LOGIN_NAMED = re.compile(r"\b(?:log ?in|login|logon|sign ?in|creds|credentials)\b")
# "access code for my online account: maple&elp0": what opens an online account, named without "password"
_ACCESS_NAMED = re.compile(r"\b(?:access (?:code|key)|online (?:account|banking|access)|internet banking)\b")


def _shaped_like_a_password(s: str) -> Iterator[Hit]:
    if not (_PW_CUE.search(s) or _LOGIN_NAMED.search(s) or _ACCESS_NAMED.search(s)):
        return
    end = -1
    for sign in _SIGN_INSIDE.finditer(s):  # a sign between letters or digits is rare: the token around each
        if sign.start() < end:
            continue
        start = max(s.rfind(" ", 0, sign.start()), s.rfind("\n", 0, sign.start()), s.rfind("\t", 0, sign.start())) + 1
        end = min((i for i in (s.find(" ", sign.end()), s.find("\n", sign.end()), s.find("\t", sign.end())) if i >= 0), default=len(s))
        token = s[start:end]
        value = token.lstrip(_OPENING).rstrip(_TRAILING)
        if _typed_like_a_password(value):
            at = start + len(token) - len(token.lstrip(_OPENING))
            yield Hit("password", at, at + len(value), "a password-shaped value in a message about a password")


def _typed_like_a_password(value: str) -> bool:
    if len(value) < 6 or _NOT_PASSWORD_SHAPED.search(value):
        return False
    return bool(_SIGN_INSIDE.search(value) and _A_LETTER.search(value) and _A_DIGIT.search(value))


def holds_password_shaped(text: str) -> bool:
    """Whether a message holds a token shaped like a password ("it used to be Sacher#Torte99"):
    read with the message before it, which may have named the password."""
    return any(_typed_like_a_password(word.lstrip(_OPENING).rstrip(_TRAILING)) for word in text.lower().split())


_OPENING = "\"'([<“‘"


# "my pin is the same as my zip lol, 10285", "my pin is my zip, which is 10285": a PIN named as another
# number, then that number after a comma, colon, dash or "which is" ("my pin is the same as before" gives none).
_PIN_SAME_AS_TAIL = (
    r"(?:'s|\s++(?:is|was|number is|code is))?\s++(?:(?:the\s++)?same\s++(?:one\s++)?as\s++|(?=my\s))"
    r"[^\n.!?:=,]{1,48}(?:,|:|\s-{1,2}\s|\s(?:which|that)\s(?:is|was)\s)\s*+(?:(?:which|that)\s++(?:is|was)\s++)?"
    r"(?P<value>[0-9]{4,12}+)(?=[ \t]*+(?:$|[\n.!?,;)]))"
)
_PIN_OR_NIP_SAME_AS = re.compile("(?:pin|pincode|nip)" + _PIN_SAME_AS_TAIL)
# In a long text, "pin" (or "pincode") and "nip" apart, each searched from its literal start (word_matches_of_any).
_PIN_SAME_AS = re.compile("pin(?:|code)" + _PIN_SAME_AS_TAIL)
_NIP_SAME_AS = re.compile("nip" + _PIN_SAME_AS_TAIL)
# "password hint: it's literally 'Fluffy2010'": a hint that is the password itself, mixing letters and digits.
_HINT_IS_VALUE = re.compile(
    rf"(?:{_PW_WORDS})\s++hint\s*+[:=-]?\s*+(?:(?:it's|its|it is|is|was|es)\s++)?(?:(?:{_FILLER})\s++){{0,3}}"
    r"[\"'“‘]?(?P<value>[^\s\"'”’]{6,64}+)"
)


# "pass River1983!" (a bare "pass", not a ticket), "login: sofiar Pancho2007*" (a login name, then the
# secret after a space): with no link or separator, only a token shaped like a password is one.
# One pattern per cue, each starting with its literal: a search for a literal skips through a long text.
_NAME_THEN_SECRET = r"[ \t]*+(?:(?:is|are|was)[ \t]*+)?[:=][ \t]*+[^\s,;/|]{1,64}[ \t]++(?P<secret>[^\s]{6,128})"
_BARE_CUES = (
    re.compile(r"pass" + "".join(f"(?<!{w} pass)" for w in _TICKETS) + r"[ \t]++(?P<secret>[^\s]{6,128})"),
    *(re.compile(name + _NAME_THEN_SECRET) for name in ("log-?in", "sign-?in", "user(?:name)?", "cred(?:entials|s)")),
)
# The letters each of those patterns starts with: a substring search rules most messages out of all five.
_BARE_CUE_STARTS = ("pass", "log", "sign", "user", "cred")


def _shaped_after_bare_cues(s: str) -> Iterator[Hit]:
    patterns = [pattern for pattern, start in zip(_BARE_CUES, _BARE_CUE_STARTS) if start in s]
    for m in chain.from_iterable(word_matches(pattern, s) for pattern in patterns):
        a, b = _trim(s, *m.span("secret"))
        token = s[a:b]
        if _NEXT_PAIR.match(token):
            continue
        if _password_shaped(token) or (len(token) >= 8 and token.isalnum() and not token.isalpha() and not token.isdigit()):
            yield Hit("password", a, b, "value shaped like a password after a bare cue")


# "my online pin is Tiger99", "security pin: Tiger99", "atm pin is Rex#2291", "pin is 8264x": a PIN with
# letters in it is a password (the digits-only PIN is a code the cues read)
_PIN_WITH_LETTERS = re.compile(r"\b(?:pin|pincode|pin code|pin number|nip)\s*+(?:is|was|=|:|->)\s*+(?P<value>[^\s,;()\"']{3,64}+)")


# 'you asked "what is your password?" rosebud1952', "Q: password? A: Sandy1960": the answer to a quoted
# question that named the password, the value the rest of its line
_PASSWORD_QUESTION = re.compile(
    r"(?:[\"“'‘]|\bq[ \t]*+:|\basked\b)[^\n]{0,40}?\b(?:password|passwd|pass word|pwd|pin)[ \t]*+\?[ \t]*+[\"”'’]?[ \t]*+"
    r"(?:(?:a|answer|me|my answer|reply)[ \t]*+[:\-][ \t]*+)?(?P<secret>[^\s\"'”’?]{3,64}+)[ \t]*+[.!]?[ \t]*+$",
    re.MULTILINE,
)


def _values_of(pattern: re.Pattern[str], s: str, group: str, fits: Callable[[str], bool], reason: str) -> Iterator[Hit]:
    """The values a pattern's group finds, trailing punctuation off, that fit: passwords."""
    for found in pattern.finditer(s):
        value = found.group(group).rstrip(_TRAILING)
        if fits(value):
            start = found.start(group)
            yield Hit("password", start, start + len(value), reason)


def _answer_to_a_password_question(s: str) -> Iterator[Hit]:
    return _values_of(_PASSWORD_QUESTION, s, "secret", explicit_secret, "the answer to a quoted question naming the password")


# "the password doesnt work. i use Bella2010", "I tried to log in ... I typed Grandkids4ever": a value
# typed in, in a message about a password or a login, with letters and digits both
_TYPED_IN = re.compile(
    r"\b(?:(?:i|we) (?:use|used|typed|type|put|put in|entered|enter|tried|try)|it s|its|it is)\s++"
    r"(?P<secret>[a-z][a-z0-9]{2,30}[0-9][a-z0-9!@#$%^&*._-]{0,30}+)(?![a-z0-9])"
)


def _typed_in(s: str) -> Iterator[Hit]:
    if not (_PW_CUE.search(s) or _LOGIN_NAMED.search(s) or "log in" in s or "login" in s):
        return
    yield from _values_of(_TYPED_IN, s, "secret", _letters_and_digits, "a value typed in, in a message about a password or a login")


def _letters_and_digits(value: str) -> bool:
    return len(value) >= 6 and bool(_A_LETTER.search(value) and _A_DIGIT.search(value))


def _pin_with_letters(s: str) -> Iterator[Hit]:
    return _values_of(_PIN_WITH_LETTERS, s, "value", _has_letters_and_more, "a PIN with letters in it, after 'pin'")


def _has_letters_and_more(value: str) -> bool:
    return bool(_A_LETTER.search(value) and (_A_DIGIT.search(value) or not value.isalpha()))


# "my password is just my phone number 2125550187": the secret given as another detail of the customer's
_DESCRIBED_AS = re.compile(
    rf"{_PW_WORDS}(?:[ \t]++(?:is|was|=)|[ \t]*+:)[ \t]++(?:just[ \t]++|simply[ \t]++|basically[ \t]++|literally[ \t]++)?(?:my|the)[ \t]++"
    r"(?:phone(?: number)?|cell(?: number)?|mobile(?: number)?|birthday|birth ?date|date of birth|dob|zip(?: code)?|house number"
    r"|street number|anniversary|license plate|plate number|student id|employee id|badge number|old address|address)"
    r"[ \t]*+(?:[,:=\-(]|which is|is|was)?[ \t]*+(?P<value>[^\s,;()]{3,64}+)"
)


def _described_as_another_detail(s: str) -> Iterator[Hit]:
    for m in _DESCRIBED_AS.finditer(s):
        a, b = _trim(s, *m.span("value"))
        if b - a >= 3 and any(map(str.isdigit, s[a:b])):
            yield Hit("password", a, b, "password given as another detail's value")


# "I changed it from OldPass1 to NewPass2! and it still won't log me in": both passwords, the old and the new
_CHANGED_FROM_TO = re.compile(
    r"\b(?:changed|reset|updated|switched|set)[ \t]++(?:it|my password|my pw|my pass|the password|my login|my pin)[ \t]++"
    r"from[ \t]++(?P<old>[^\s,;()]{3,64}+)[ \t]++to[ \t]++(?P<new>[^\s,;()]{3,64}+)"
)


def _changed_from_to(s: str) -> Iterator[Hit]:
    for m in _CHANGED_FROM_TO.finditer(s):
        for group in ("old", "new"):
            a, b = _trim(s, *m.span(group))
            if b > a and _looks_secret(s[a:b], False, True):
                yield Hit("password", a, b, "password changed from one value to another")


# "my password starts with Sun and then shine18!", "pw begins with Tiger, then 77#": the value told in two
# parts, its start and what follows (read across two messages too: screening joins them)
_IN_PARTS = re.compile(
    rf"{_PW_WORDS}\b[^.!?\n]{{0,24}}?\b(?:starts|begins|starting|beginning|start|begin)[ \t]++with[ \t]++(?P<first>[^\s,;]{{2,64}}+)"
    r"[ \t]*+,?[ \t]*+(?:and[ \t]++)?(?:then|followed by|after that|and ends with|ends with|next)[ \t]*+[:,]?[ \t]*+"
    r"(?P<second>[^\s]{3,64}+)"
)
# Words that describe a part instead of giving it ("starts with a capital and then numbers")
_DESCRIBING = frozenset(
    """capital capitals caps letter letters number numbers digit digits symbol symbols uppercase lowercase upper lower special
    character characters word words name""".split()  # noqa: SIM905 - a word list reads better as text
)


def _told_in_parts(s: str) -> Iterator[Hit]:
    for m in _IN_PARTS.finditer(s):
        parts = [_trim(s, *m.span(group)) for group in ("first", "second")]
        tokens = [s[a:b] for a, b in parts]
        if any(token in _NOT_A_SECRET or token in _DESCRIBING for token in tokens) or not _looks_secret(tokens[1], False, True):
            continue
        yield from (Hit("password", a, b, "a password told in parts, its start and what follows") for a, b in parts)


def _pin_same_as(s: str) -> Iterator[Hit]:
    found = word_matches(_PIN_OR_NIP_SAME_AS, s) if len(s) < LONG_TEXT else word_matches_of_any([_PIN_SAME_AS, _NIP_SAME_AS], s)
    for m in found:
        yield Hit("password", *m.span("value"), "PIN given as the same as another number")


def _hint_is_value(s: str) -> Iterator[Hit]:
    for m in word_matches(_HINT_IS_VALUE, s):
        a, b = _trim(s, *m.span("value"))
        if any(map(str.isalpha, s[a:b])) and any(map(str.isdigit, s[a:b])):
            yield Hit("password", a, b, "password given as its own hint")


# "reset-password?token=...", '{"password_reset": ...}', 'type="password" name=': the word inside an
# identifier, a path or an attribute's value names a field, not a secret given after it.
_JOINED_AFTER = re.compile(r"[_-][a-z]")
_ATTRIBUTE_VALUE = re.compile(r"=[\"']$")
_KEY_LINK = re.compile(r"(?<![\s\"'])[\"']?\s*+(?:[:=]|->)")  # matched right after the cue word
# '<input type="password" value="Sunny#22">': the field's value attribute holds the secret.
_VALUE_ATTRIBUTE = re.compile(r"[\"']\s++value\s*+=\s*+[\"'](?P<value>[^\"'\n]{1,128}+)[\"']")
# 'password = os.environ["AMEX_PW"]', "pw = config.get('pw')": code that reads a secret, not the secret.
_CODE_READING = re.compile(
    r"(?<![\w.])(?:os\.environ|os\.getenv|process\.env|getenv|environ|config|settings|secrets|keyring|vault|env)\b[.\[(]"
)


# "user=dana42 ip=10.95.24.46": the next pair of a log line, not a secret after the name.
_NEXT_PAIR = re.compile(r"[a-z_]{1,24}+[:=]")


def _names_a_field(s: str, cue: re.Match[str]) -> bool:
    start, end = cue.span()
    if _JOINED_AFTER.match(s, end):
        return True
    glued = start >= 2 and s[start - 1] in "-_/" and s[start - 2].isalnum()
    named = glued or _ATTRIBUTE_VALUE.search(s, max(0, start - 2), start) is not None
    return named and not _KEY_LINK.match(s, end)


def _after_cues(s: str, cues: list[re.Match[str]]) -> Iterator[Hit]:
    for cue in cues:
        if s[cue.end() : cue.end() + 1] in (" ", "\t") and _ABOUT_THE_PASSWORD.match(s, cue.end()):
            continue
        if s[cue.end() : cue.end() + 1] in ("_", "-", "?", '"', "'") or s[cue.start() - 1 : cue.start()] in ("-", "_", "/", '"', "'"):
            if attribute := _VALUE_ATTRIBUTE.match(s, cue.end()):
                yield Hit("password", *attribute.span("value"), f"value attribute of a '{cue.group()}' field")
                continue
            if _names_a_field(s, cue):
                continue
        link = _PW_LINK.match(s, cue.end())
        explicit = bool(link.group("colon")) or link.group("link") in (":", "=")
        linked = explicit or link.group("link") is not None
        # Characters typed apart need a space right after the first (a slice test spares most matches).
        spaced = _SPACED.match(s, link.end()) if s[link.end() + 1 : link.end() + 2] == " " else None
        remark = _WITH_SPACES.match(s, link.end()) if explicit else None
        span: tuple[int, int] | None
        if remark:
            # "password = my cat is king 22 (with the spaces)": the words are the value.
            span = _trim(s, *remark.span("value"))
        # Characters typed apart: after a link, or six or more of them.
        elif spaced and (linked or spaced.end() - spaced.start() >= 11):
            span = spaced.span()
        else:
            span = _secret_at(s, link.end())
        if span is not None and _reads_code(s, span[0]):
            continue
        if span is None or not _looks_secret(s[span[0] : span[1]], explicit, linked):
            # "contraseña = mi nombre + 77 = Lucia77": after a hint, the value after a later link
            span = _later_value(s, link.end()) if linked else _unlinked_later_value(s, link.end())
        if span is None and linked and (phrase := _NAMED_PHRASE.match(s, link.end())):
            span = phrase.span("value")
        if linked and cue.group().startswith(_PHRASE_WORDS) and (phrase := _passphrase_at(s, link.end())):
            yield Hit("password", *phrase, f"passphrase given after '{cue.group()}'")
        elif span is not None:
            yield Hit("password", span[0], span[1], f"value given after '{cue.group()}'")
            yield from _alternatives(s, span[1], cue.group())
        elif explicit and (phrase := _passphrase(s, link.end())):
            yield Hit("password", *phrase, f"passphrase given after '{cue.group()}'")


_PHRASE_WORDS = ("passphrase", "pass phrase")
# 'my password is the phrase "i love paris in 1999"': a phrase named so, then given in quotes
_NAMED_PHRASE = re.compile(
    r"(?:(?:the|a|this)[ \t]++)?(?:phrase|sentence|words|saying)[ \t]*+:?[ \t]*+[\"“'‘](?P<value>[^\"”'’\n]{3,64}+)[\"”'’]"
)
# "either Sunset2023 or Sunset2024", "Rover12 / Rover21": a second guess at the value, after the first
_OR_ANOTHER = re.compile(r"\s*+,?\s*+(?:or|o|/|and|y)\s++(?:(?:maybe|possibly|perhaps|probably|else|quizas|tal vez)\s++)?")


def _alternatives(s: str, end: int, cue: str) -> Iterator[Hit]:
    """The other values offered for one password ("either X or Y", "X or maybe Y"), each shaped
    like a secret on its own (a digit or a symbol in it): "Tiger77 or something" is one value."""
    for _ in range(3):
        link = _OR_ANOTHER.match(s, end)
        span = _secret_at(s, link.end()) if link else None
        if span is None or not _looks_secret(s[span[0] : span[1]], False, False):
            return
        yield Hit("password", span[0], span[1], f"another value offered after '{cue}'")
        end = span[1]


# Where the characters these patterns cannot do without can stand, from where they are matched: a
# look for them (a find in C) spares most cues of a long text the pattern, which fails there.
_COLON_REACH = 49  # _LATER_COLON: up to 48 other characters, then the colon or equals sign
_HINT_REACH = 67  # _AFTER_HINT: up to 64 other characters, then a comma, or a space and a dash
_CODE_READING_REACH = 12  # _CODE_READING: "process.env" and the dot, bracket or parenthesis after it


def _later_colon(s: str, pos: int) -> re.Match[str] | None:
    if s.find(":", pos + 1, pos + _COLON_REACH) < 0 and s.find("=", pos + 1, pos + _COLON_REACH) < 0:
        return None
    return _LATER_COLON.match(s, pos)


def _after_hint(s: str, pos: int) -> re.Match[str] | None:
    if s.find(",", pos + 1, pos + _HINT_REACH) < 0 and s.find("-", pos + 1, pos + _HINT_REACH) < 0:
        return None
    return _AFTER_HINT.match(s, pos)


def _reads_code(s: str, pos: int) -> bool:
    end = pos + _CODE_READING_REACH
    if s.find(".", pos, end) < 0 and s.find("[", pos, end) < 0 and s.find("(", pos, end) < 0:
        return False
    return _CODE_READING.match(s, pos) is not None


def _later_value(s: str, pos: int) -> tuple[int, int] | None:
    """The value further on after a link: after a colon ("... the same as my email one: X"), or
    after a hint and a comma, looking like a secret on its own ("... my birth year, rocky1987")."""
    later = _later_colon(s, pos)
    if later and (span := _secret_at(s, later.end())) and _looks_secret(s[span[0] : span[1]], True, True):
        return span
    hint = _after_hint(s, pos)
    if hint and (span := _secret_at(s, hint.end())) and _looks_secret(s[span[0] : span[1]], False, False):
        return span
    return None


def _unlinked_later_value(s: str, pos: int) -> tuple[int, int] | None:
    """ "Here's my password so you can check: Marigold6755*": with no link, a value after a colon
    further on counts only when it looks like a secret on its own (a digit or a symbol in it)."""
    later = _later_colon(s, pos)
    if later is None or (span := _secret_at(s, later.end())) is None:
        return None
    token = s[span[0] : span[1]]
    # Digits alone are a code the cue rules read ("passcode from the sms: 434619"); words with spaces a hint.
    shaped = not any(map(str.isspace, token)) and not token.strip("`'\"").isdigit()
    return span if shaped and _looks_secret(token, False, False) else None


def _before_cues(s: str, password_cues: list[re.Match[str]]) -> Iterator[Hit]:
    """The value just before "(password)", "<- pw" or "as my password": quoted, or looking like a secret on its own."""
    starts = [(cue.start(), False) for cue in _CUE_AFTER.finditer(s)] if "(" in s or "<-" in s else []
    if " in with" in s or " on with" in s or " to log" in s or " to sign" in s:
        starts += [(cue.start(), True) for cue in _DESCRIBED_AFTER.finditer(s)]
    for cue in password_cues:
        at = cue.start()
        # Most cues have no owner word before them, and skip the search.
        if not s.endswith(_OWNED_ENDINGS, max(0, at - 9), at):
            continue
        named = _NAMED_AS.search(s, max(0, at - 40), at)
        if named and not _NOT_THE_PASSWORD.match(s, cue.end()):
            starts.append((named.start(), named.group().startswith("that")))
    for cue_start, pointed in starts:
        # "it's bluebird, that's my password": a comma or dash may stand before "that's".
        before = s[max(0, cue_start - 136) : cue_start].rstrip(" \t,-—–" if pointed else None)
        words = before.rsplit(None, 1)
        if not words:
            continue
        end = max(0, cue_start - 136) + len(before)
        start = end - len(words[-1])
        quoted = _QUOTES_AROUND.fullmatch(s, start, end)
        a, b = quoted.span("value") if quoted else _trim(s, start, end)
        # "it's bluebird, that's my password": a word handed over with "it's", then named, is one.
        linked = bool(quoted) or (pointed and _HANDED_OVER.search(s, max(0, a - 8), a) is not None)
        # A short number is a year or a count ("the 2024 is my password year"), not a password.
        if b > a and not (s[a:b].isdigit() and b - a < 6) and _looks_secret(s[a:b], bool(quoted), linked):
            yield Hit("password", a, b, "value given before a password cue")


_HANDED_OVER = re.compile(r"\b(?:it's|its|it is)[ \t]++$")


def _same_as_username(s: str) -> Iterator[Hit]:
    """ "user luisg77, password is the same as the username": the username given is the password."""
    if "same" not in s:
        return
    for anchor in word_matches(_SAME_AS_USERNAME, s):
        near = max(0, anchor.start() - 120), min(len(s), anchor.end() + 120)
        for m in _USERNAME_VALUE.finditer(s, *near):
            a, b = _trim(s, *m.span("value"))
            if b > a and not (anchor.start() <= a < anchor.end()) and _looks_secret(s[a:b], False, True):
                yield Hit("password", a, b, "username given as the password")
                break


_SHORTEST_AFTER_LOGIN = 3


def _after_login_names(s: str) -> Iterator[Hit]:
    patterns = [pattern for pattern, words in ((_LOGIN_PAIR, _LOGIN_WORDS), (_USER_PASS, _NAME_WORDS)) if any(map(s.__contains__, words))]
    for pattern in patterns:
        for m in word_matches(pattern, s):
            a, b = _trim(s, m.start("secret"), m.end("secret"))
            # "typed in my login info :(": an emoticon after the words is no password
            if b - a >= _SHORTEST_AFTER_LOGIN and any(map(str.isalnum, s[a:b])) and _looks_secret(s[a:b], True, True):
                yield Hit("password", a, b, "password given after a login name")


# "try logging in (as kpatel) with Bk$9mn2Lq", "use Bk$9mn2Lq to sign in": what one logs in with, when it is
# shaped like a password (an email, "my phone" or "google" is how, not a secret).
_LOG_IN = r"(?:log(?:ging|ged)?|sign(?:ing|ed)?)[ -]?(?:in|on)|login|signin"
_LOGGED_IN_WITH = re.compile(
    rf"(?:{_LOG_IN})(?:\s++as\s++[^\s]{{1,64}})?\s++(?:with|using)\s++(?P<secret>[^\s]{{1,128}})"
    rf"|(?:use|using|try|enter|type)\s++(?P<before>[^\s]{{6,64}})\s++(?:to|when|when i|each time i|every time i)\s++(?:{_LOG_IN})\b"
)
_USERNAME_PUNCTUATION = str.maketrans("", "", "._-")


def _logged_in_with(s: str) -> Iterator[Hit]:
    if "log" not in s and "sign" not in s:
        return
    for m in word_matches(_LOGGED_IN_WITH, s):
        a, b = _trim(s, *m.span("secret" if m.group("secret") else "before"))
        if _password_shaped(s[a:b]):
            yield Hit("password", a, b, "value logged in with, shaped like a password")


def _is_link(token: str) -> bool:
    """A web address: where to log in, never the secret."""
    return "://" in token or token.startswith("www.")


def _password_shaped(token: str) -> bool:
    """Six or more characters mixing letters, digits and a symbol other than a username's dot,
    dash or underscore (the view is lower case, so capitals cannot tell); not an email or link."""
    if len(token) < 6 or "." in token.partition("@")[2] or _is_link(token):
        return False
    symbol = not token.translate(_USERNAME_PUNCTUATION).isalnum()
    return symbol and any(map(str.isalpha, token)) and any(map(str.isdigit, token))


def _same_as(s: str) -> Iterator[Hit]:
    """The first word mixing letters with digits or symbols within six words of "same as my ... one"."""
    if "same" not in s:
        return
    for anchor in word_matches(_SAME_AS, s):
        named = "password" in anchor.group() or "login" in anchor.group()
        for i, word in enumerate(_WORD.finditer(s, anchor.end(), anchor.end() + 96)):
            if i == 6:
                break
            a, b = _trim(s, *word.span())
            token = s[a:b]
            if token in _ACCOUNT_WORD:
                named = True
            elif named and len(token) >= 4 and not token.isalpha() and any(map(str.isalpha, token)) and _looks_secret(token, False, False):
                yield Hit("password", a, b, "value named the same as another account's password")
                break


# "password: correct horse battery staple": three to five plain words ending the line, none a
# function word ("password: not working since monday" is a complaint, not a passphrase).
_PASSPHRASE = re.compile(r"[a-z]{2,20}(?: [a-z]{2,20}){2,4}(?: [0-9]{1,8})?(?=[ \t]*+(?:$|\n|[.!,]))")
_FUNCTION_WORDS = frozenset(
    """
    a an the my your our his her their its this that these those it i you we they he she me us them is was are
    be been being am do does did not no and or but for to from with in on at of by as if when where how why what
    which who there here now then still too very so just again anymore any some all since until after before
    please help can will would should could has have had get got keeps keep""".split()  # noqa: SIM905 - a word list reads better as text
)


def _passphrase_at(s: str, pos: int) -> tuple[int, int] | None:
    """A passphrase right after the link, or after a colon further on ("is four random words: ...")."""
    later = _later_colon(s, pos)
    return _passphrase(s, pos) or (_passphrase(s, later.end()) if later else None)


def _passphrase(s: str, pos: int) -> tuple[int, int] | None:
    m = _PASSPHRASE.match(s, pos)
    if m is None:
        return None
    words = m.group().split()
    if any(w in _FUNCTION_WORDS or w.endswith(_NOT_A_SECRET_ENDINGS) for w in words):
        return None
    return m.span()


def _secret_at(s: str, pos: int) -> tuple[int, int] | None:
    quoted = _QUOTED.match(s, pos) if s[pos : pos + 1] in _OPENING_QUOTES else None
    if quoted:
        return quoted.start(1), quoted.end(1)
    token = _TOKEN.match(s, pos)
    if not token:
        return None
    a, b = _trim(s, token.start(), token.end())
    return (a, b) if b > a else None


def _trim(s: str, a: int, b: int) -> tuple[int, int]:
    while b > a and s[b - 1] in _TRAILING:
        b -= 1
    return a, b


def _looks_secret(token: str, explicit: bool, linked: bool) -> bool:
    """Tell a shared secret from ordinary words after a cue ("my password is wrong")."""
    # "mi clave, ¿cómo lo hago?": Spanish opens a question or exclamation with its own mark.
    # "Password: [forgot it, ...]": a remark in brackets where the value would be.
    if token in _NOT_A_SECRET or token.lstrip("¿¡[(") in _NOT_A_SECRET or _is_link(token):
        return False
    if token[:1] in _MASK_FIRST and _MASKED_TOKEN.fullmatch(token):
        return False
    if is_cjk(token[:1]):  # "パスワードを忘れました": the sentence goes on after the word
        return False
    plain_word = token.isalpha()
    if plain_word and token.endswith(_NOT_A_SECRET_ENDINGS):
        return False
    if explicit:
        return True
    if linked:
        return len(token) >= 3
    # Unlinked ("pw hunter22"): a digit or symbol in it ("one-time" is a word), or too long to be a word.
    return len(token) >= 4 and (not _WORD_CHAR_SET.issuperset(token) or len(token) >= 12)


def looks_secret(token: str) -> bool:
    """Whether a token with nothing linking it to a cue is shaped like a secret (a digit or symbol in it)."""
    return _looks_secret(token, False, False)


def explicit_secret(token: str) -> bool:
    """Whether a token given where a password must stand (a password column) is one: not a filler word."""
    return _looks_secret(token, True, True)
