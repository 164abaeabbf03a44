"""Stage 1: fold a message into its normalised view (one script of digits, no invisible characters,
O/l typos and spelled-out digits as digits), with maps back to the original offsets."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .offsets import IDENTITY, Deleted, Mapping, OffsetMap, View
from .spelled import spell_out
from .words import LONG_TEXT

_EXTRA_INVISIBLE = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0")


# Cyrillic and Greek letters drawn like Latin ones ("СVV" with a Cyrillic С, "раssword"): a cue
# word typed with them reads as the word it looks like
_LOOK_ALIKES = dict(
    zip(
        "аеорсухіјѕԁԛԝѵАВЕКМНОРСТХУЅІЈαορνυικΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
        "aeopcyxijsdqwvabekmhopctxysijaopvuikabezhikmnoptyx",
    )
)


@lru_cache(maxsize=8192)
def _fold_char(c: str) -> str:
    """Fold one character: lower case without accents, ASCII digits, plain space and dash, or nothing."""
    if c.isascii():
        return c.lower()
    if c in _LOOK_ALIKES:
        return _LOOK_ALIKES[c]
    if c in _EXTRA_INVISIBLE or unicodedata.category(c) in ("Cf", "Mn", "Me"):
        return ""
    out = []
    for ch in unicodedata.normalize("NFKC", c):
        if ch.isdecimal():
            out.append(str(unicodedata.decimal(ch)))
        elif ch.isspace():
            out.append(" ")
        elif ch == "\u2212" or unicodedata.category(ch) == "Pd":
            out.append("-")
        else:
            # A Latin letter with an accent folds to the plain letter ("código", "contraseña"):
            # cue words are written once, in ASCII.
            base = unicodedata.normalize("NFD", ch)[0]
            out.append((base if base.isascii() else ch).lower())
    return "".join(out)


def _fold_text(text: str) -> tuple[str, Mapping]:
    """Stage 1a: per-character folding; the map is identity unless lengths change."""
    if text.isascii():
        return text.lower(), IDENTITY
    table: dict[int, str] = {}
    resized: list[str] = []
    for c in set(text):
        folded = _fold_char(c)
        if len(folded) != 1:
            resized.append(c)
        elif folded != c:
            table[ord(c)] = folded
    if not resized:
        return text.translate(table), IDENTITY
    pattern = re.compile("[" + "".join(re.escape(c) for c in resized) + "]")
    if not any(map(_fold_char, resized)):
        pieces = pattern.split(text)
        kept = "".join(pieces)
        return kept.translate(table) if table else kept, Deleted(pieces)
    pieces: list[str] = []
    mapping = OffsetMap()
    pos = new_pos = 0
    for m in pattern.finditer(text):
        i = m.start()
        chunk = text[pos:i].translate(table)
        pieces.append(chunk)
        new_pos += len(chunk)
        folded = _fold_char(text[i])
        pieces.append(folded)
        mapping.add(new_pos, new_pos + len(folded), i, i + 1)
        new_pos += len(folded)
        pos = i + 1
    pieces.append(text[pos:].translate(table))
    return "".join(pieces), mapping


# O for 0, l or I for 1, S for 5 and B for 8. A token starts or ends on a digit and an o/i/l
# ("1o4", "o3B4"): a trailing s is a plural ("1990s"), never a 5.
_TYPO_TOKEN = re.compile(r"(?<![a-z0-9])(?:[0-9]++[oil]|[oil]++[0-9])[0-9oilsb]*+(?![a-z0-9])")
# The inner and group patterns start on the letter, with the digit before it checked by a
# lookbehind: digits are common in long messages, letters touching them are not, so the
# engine's first-character scan skips ahead. Digits never change, so leaving them out of the
# match fixes the same letters.
_TYPO_INNER = re.compile(r"[oilsb](?<=[0-9][oilsb])[oilsb]{0,2}(?=[0-9])")
# A whole group of o/i/l between groups of digits ("4111 llll 1111"); never s or b ("4 is 5").
_TYPO_GROUP = re.compile(r"[oil](?<=[0-9][ .-][oil])[oil]{0,5}(?:[ .-][oil]{1,6})*+(?=[ .-][0-9])")
# "S267I63276S73782": an S or B opening a long token of digits; "3l6-9S-6598": one closing a short
# group between groups of digits (not "10s-20s": the group must follow a digit and a separator).
_TYPO_LEADING = re.compile(r"[sb](?<![a-z0-9][sb])(?=[0-9][0-9oilsb]{3,}+(?![a-z0-9]))")
_TYPO_GROUP_END = re.compile(r"[sb](?:(?<=[0-9][ .-][0-9][sb])|(?<=[0-9][ .-][0-9]{2}[sb])|(?<=[0-9][ .-][0-9]{3}[sb]))(?=[ .-][0-9])")
_TYPO_TABLE = str.maketrans("oilsb", "01158")
# A token, inner, leading or group-end typo needs a letter touching a digit; a group typo one a separator away.
_TYPO_TOUCHING = re.compile(r"[oilsb](?:[0-9]|(?<=[0-9][oilsb]))")
_TYPO_HINT = re.compile(r"[oilsb](?:[0-9]|(?<=[0-9][oilsb])|(?<=[0-9][ .-][oil]))")
# "4025x9735x2704x4722": three or more groups of digits joined by x are a number, the x a separator
# (two are a size, "1920x1080").
_X_JOINED = re.compile(r"x(?<=[0-9]x)(?=[0-9])")
_X_SEPARATED = re.compile(r"(?<![a-z0-9])[0-9]{3,8}+(?:x[0-9]{3,8}+){2,}+(?![a-z0-9])")


def _fix_typos(s: str) -> str:
    """Stage 1b: look-alike letters for digits in digit tokens and groups, and x between groups of
    digits read as a separator (same length, same offsets).

    Each full-text pass runs only when a cheap search shows it could change something:
    a long message with many "two 5"-like word-digit pairs would otherwise pay for all of them.
    """
    if "x" in s and _X_JOINED.search(s):
        s = _X_SEPARATED.sub(_x_as_space, s)
    if len(s) >= _CLASSES_FROM and s.isascii():
        classes = s.translate(_TYPO_CLASSES)
        touching = "o1" in classes or "1o" in classes or "s1" in classes or "1s" in classes
        if not (touching or "1-o" in classes):
            return s
        # A group of look-alikes between digits ("4111 llll 1111") is _TYPO_GROUP_IN_CLASSES there (while
        # no other fix has changed the text); its literal start is found fast, where _TYPO_GROUP stops at every o, i and l.
        if not touching and not _TYPO_GROUP_IN_CLASSES.search(classes):
            return s
    elif not _TYPO_HINT.search(s):
        return s
    else:
        touching = _TYPO_TOUCHING.search(s) is not None
    if touching:
        s = _TYPO_TOKEN.sub(_typo_fixed, s)
        s = _TYPO_LEADING.sub(_typo_fixed, s)
        s = _TYPO_INNER.sub(_typo_fixed, s)
        s = _TYPO_GROUP_END.sub(_typo_fixed, s)
    return _TYPO_GROUP.sub(_typo_fixed, s)


# A long ASCII text read as classes of characters, one for one: o, i, l as "o", s and b as "s", digits
# as "1", a space, dot or dash as "-". A look-alike touching a digit (_TYPO_TOUCHING) is then "o1", "1o",
# "s1" or "1s", and one a separator away (_TYPO_HINT) "1-o": substring searches in C, where the patterns
# stop at every such letter of the text.
_TYPO_CLASSES = str.maketrans("oilsb0123456789 .-", "ooos" + "s" + "1" * 10 + "---")
_TYPO_GROUP_IN_CLASSES = re.compile(r"1-o{1,6}+(?:-o{1,6}+)*+-1")
_CLASSES_FROM = 2048  # a short message costs the same either way: the patterns, as before


def _typo_fixed(m: re.Match[str]) -> str:
    return m.group().translate(_TYPO_TABLE)


def _x_as_space(m: re.Match[str]) -> str:
    return m.group().replace("x", " ")


# "security_code=6836", "otp-code: 123456", "payment.security.code: ...": a key of words joined by
# underscores, dots or dashes (two letters or more each, so not "e-mail"), right before a colon or equals
# sign; or ending in a word that names a value, right before "is" ("the security_code is 918").
_JOINED_KEY = re.compile(
    r"(?<![a-z0-9_.-])(?:[a-z]{2,}+(?:[_.-][a-z]{2,}+)++(?=[\"']?[ \t]*+[:=])"
    r"|(?:[a-z]{2,}+[_-])++(?:code|number|pin|cvv|cvc|ssn|otp|passcode|value|password|passwd|pwd|pw)(?=[ \t]++(?:is|was)\b))"
)
_KEY_JOINS = str.maketrans("_.-", "   ")


def _split_keys(s: str) -> str:
    """Stage 1c: the joins inside a key read as spaces, so cue words spelled with spaces match it
    (same length, same offsets). A key with no colon or equals sign after it is left alone: the
    underscores of a value ("password: my_pass_1") are part of the secret."""
    if not _may_join_words(s) or not _JOINED_KEY.search(s):
        return s
    return _JOINED_KEY.sub(_key_split, s)


_JOIN_LOOKS = 20_000  # joins checked one by one before a full search decides (a text of many dashes)


def _may_join_words(s: str) -> bool:
    """Whether an underscore, dot or dash stands between two letters somewhere: found with string
    searches, as a regex pass over a long text costs several times more (every letter could open
    a key), and prose, whose dots and dashes stand beside spaces and digits, has none."""
    looked = 0
    for join in "_.-":
        at = s.find(join, 1)
        while at != -1:
            if "a" <= s[at - 1] <= "z" and "a" <= s[at + 1 : at + 2] <= "z":
                return True
            looked += 1
            if looked > _JOIN_LOOKS:
                return True
            at = s.find(join, at + 1)
    return False


def _key_split(m: re.Match[str]) -> str:
    return m.group().translate(_KEY_JOINS)


# "8❤️2❤️0", "3🙂4🙂9...": pictographs between digits stand where a separator would (arrows,
# dingbats, symbols and emoji; their variation selectors and joiners were removed as invisible).
_PICTOGRAPHS_BETWEEN_DIGITS = re.compile("(?<=[0-9])[ \t]?[\u2190-\u2bff\U0001f000-\U0001faff]{1,4}[ \t]?(?=[0-9])")


def _pictographs_as_spaces(s: str) -> str:
    """Stage 1a, after folding: each pictograph between two digits read as a space (one character
    for one, so the offsets stay as they are)."""
    if s.isascii():
        return s
    return _PICTOGRAPHS_BETWEEN_DIGITS.sub(lambda m: " " * len(m.group()), s)


# "p@ssw0rd", "P4SSW0RD", "s3curity c0de", "$$N", "0TP", "passw*rd": a cue word typed with digits or
# symbols for letters (or a star for one) reads as the word, one character for one. Only a whole token
# that then IS a cue word changes, so values ("P@ss123!") and amounts ("$50") stay as typed.
_DISGUISED_CUES = frozenset(
    "password passwd passcode pin ssn otp cvv cvc cvn cid security code verification safekey social".split()  # noqa: SIM905
)
_DISGUISED_LENGTHS = frozenset(map(len, _DISGUISED_CUES))
_DISGUISE_TABLE = str.maketrans("0134579@$!|", "oieastgasil")
# A letter beside a digit or symbol, found from whichever of the two a text has fewer of (a search
# skips over the others at once): from the letters in a text of numbers, else from the digits and symbols.
_DISGUISE_HINT = re.compile(r"[a-z](?:[0-9@$*!|]|(?<=[0-9@$*!|][a-z]))")
_SPARSE_SYMBOLS_FROM = 2048  # a short message costs the same either way: not worth counting
_DISGUISE_SYMBOL = re.compile(r"[0-9@$*!|](?:(?<=[a-z][0-9@$*!|])|(?=[a-z]))")


# Right after a link the token is a value, whatever it spells ("my password is P@ssw0rd").
_LINK_BEFORE = re.compile(r"(?:\bis|\bwas|[:=>-])[ \t]*+$")


def _disguised_cue(s: str, start: int, token: str) -> str:
    if len(token) not in _DISGUISED_LENGTHS or token.isalpha() or token.isdigit():
        return token
    if _LINK_BEFORE.search(s, max(0, start - 6), start):
        return token
    plain = token.translate(_DISGUISE_TABLE)
    if plain in _DISGUISED_CUES:
        return plain
    if plain.count("*") == 1:  # a star for one letter: "passw*rd"
        star = plain.index("*")
        return next((word for word in _DISGUISED_CUES if len(word) == len(plain) and word[:star] + "*" + word[star + 1 :] == plain), token)
    return token


_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789@$*!|")
_LONGEST_TOKEN = 12


_SYMBOLS = "0123456789@$*!|"
_WITHOUT_SYMBOLS = str.maketrans("", "", _SYMBOLS)


def _symbol_count(s: str) -> int:
    """How many digits and symbols s holds: one deleting translate of ASCII text (a C loop over a
    table), where fifteen counts would pass over the whole text fifteen times."""
    return len(s) - len(s.translate(_WITHOUT_SYMBOLS)) if s.isascii() else sum(map(s.count, _SYMBOLS))


# A long ASCII text read as classes of characters, one for one: letters as "a", digits and symbols as
# "1". A letter beside a digit or symbol (_DISGUISE_HINT) is then "a1" or "1a", found by substring
# searches in C, each place once, where a pattern stops at every letter or every digit of the text.
_DISGUISE_CLASSES = str.maketrans("abcdefghijklmnopqrstuvwxyz" + _SYMBOLS, "a" * 26 + "1" * len(_SYMBOLS))


def _letters_beside_symbols_in_classes(classes: str) -> list[int]:
    places: set[int] = set()
    for pair, letter in (("a1", 0), ("1a", 1)):
        at = classes.find(pair)
        while at >= 0:
            places.add(at + letter)
            at = classes.find(pair, at + 1)
    return sorted(places)


def _letters_beside_symbols(s: str) -> list[int]:
    """Where a letter stands beside a digit or symbol (_DISGUISE_HINT), in order."""
    if len(s) < _SPARSE_SYMBOLS_FROM:
        return [m.start() for m in _DISGUISE_HINT.finditer(s)]
    if s.isascii():
        return _letters_beside_symbols_in_classes(s.translate(_DISGUISE_CLASSES))
    if _symbol_count(s) * 4 > len(s):
        return [m.start() for m in _DISGUISE_HINT.finditer(s)]
    places: set[int] = set()
    for m in _DISGUISE_SYMBOL.finditer(s):
        at = m.start()
        if at and "a" <= s[at - 1] <= "z":
            places.add(at - 1)
        if "a" <= s[at + 1 : at + 2] <= "z":
            places.add(at + 1)
    return sorted(places)


def _cue_words_unmasked(s: str) -> str:
    """Stage 1a, after folding: disguised cue words read as the words (same length, same offsets).

    Only a token mixing letters with digits or symbols (a letter beside one: _DISGUISE_HINT) or
    holding a star can read as a cue word, so only the tokens around those places are looked at,
    not every word of a long text."""
    places = _letters_beside_symbols(s)
    if not places:
        return s
    if "*" in s:
        places = sorted({*places, *(i for i, c in enumerate(s) if c == "*")})
    parts: list[str] = []
    copied = 0  # s[:copied] is in parts (or replaced there)
    seen = 0  # the tokens before this are looked at
    for place in places:
        if place < seen:
            continue
        start = place
        while start > 0 and s[start - 1] in _TOKEN_CHARS and place - start <= _LONGEST_TOKEN:
            start -= 1
        end = place
        while end < len(s) and s[end] in _TOKEN_CHARS:
            end += 1
        seen = end
        whole = not (start and s[start - 1] in _TOKEN_CHARS)  # else a run longer than any token
        if whole and 3 <= end - start <= _LONGEST_TOKEN:
            token = s[start:end]
            read = _disguised_cue(s, start, token)
            if read != token:
                parts += (s[copied:start], read)
                copied = end
    if not parts:
        return s
    parts.append(s[copied:])
    return "".join(parts)


# "card 350g0AZ1TA8Z05T3 (where Z is 2, g is 9, T is 7, A is 4)": letters the message itself says
# stand for digits are read as those digits, in tokens of digits and such letters only.
# Matched from the space after the letter (a literal; a lookbehind first would be tried at every
# position), the letter read back by its lookbehinds.
_DECLARED_ANY = re.compile(r" (?<=[a-z] )(?<![a-z0-9'][a-z] )(?:is|=|means|stands for) ([0-9])(?![0-9])")
# In a long text, one pattern per link, each starting with the link and its spaces (a literal the engine
# finds fast, where a space first stops it at every word); the letter is read back by lookbehinds at the
# digit. No two matches can overlap (a space inside one follows a longer word), so the passes find what one would.


def _declared(link: str) -> re.Pattern[str]:
    return re.compile(rf" {link} ([0-9])(?![0-9])(?<=[a-z] {link} [0-9])(?<![a-z0-9'][a-z] {link} [0-9])")


_DECLARED_IS = _declared("is")
_DECLARED_EQUALS = _declared("=")
_DECLARED_MEANS = _declared("means")
_DECLARED_STANDS_FOR = _declared("stands for")
_DECLARED = {" is ": _DECLARED_IS, " = ": _DECLARED_EQUALS, " means ": _DECLARED_MEANS, " stands for ": _DECLARED_STANDS_FOR}
_MIXED_TOKEN = re.compile(r"(?<![a-z0-9])[0-9a-z]++")


def _declared_letters_as_digits(s: str) -> str:
    """Stage 1a, after folding: letters declared as digits read as them (same length, same offsets)."""
    if " is " not in s and " = " not in s and " means " not in s and " stands for " not in s:
        return s
    if len(s) < LONG_TEXT:  # one pattern for all links: a short message has few spaces to stop at
        declared = {s[m.start() - 1]: m.group(1) for m in _DECLARED_ANY.finditer(s)}
    else:
        # A substring search is faster than a pass (" = " only where an equals sign is: a memchr first).
        patterns = [pattern for link, pattern in _DECLARED.items() if (link != " = " or "=" in s) and link in s]
        found = sorted((m.start(), m.group(1)) for pattern in patterns for m in pattern.finditer(s))
        declared = {s[start - 1]: digit for start, digit in found}
    if not declared:
        return s
    table = str.maketrans(declared)
    letters = frozenset(declared)

    def read(m: re.Match[str]) -> str:
        token = m.group()
        used = {c for c in token if c.isalpha()}
        return token.translate(table) if used and used <= letters and not token.isalpha() else token

    return _MIXED_TOKEN.sub(read, s)


# "3713:522318:56218", "4111:1111:1111:1111": groups of a card joined by colons (a time is two or
# three groups of two digits, so never this); "cvc2:505": a code's version digit, then its value
_COLON_GROUPS = re.compile(r"(?<![0-9:])[0-9]{3,6}+(?::[0-9]{3,6}+){2,4}+(?![0-9:])")
_VERSION_COLON = re.compile(r":(?<=\b(?:cvv|cvc|cid|cvn|csc|cav|cvd)2:)(?=[ \t]?[0-9])")


def _colons_as_separators(s: str) -> str:
    """Stage 1a, after folding: a colon between a card's groups read as a dash, and one after a
    code's version digit as a space, one character for one (the offsets stay as they are); so are
    brackets round a card's groups and signs between them ("[4566][1787][1397][3693]", "#3429#919027#05349")."""
    if "[" in s or "#" in s or "|" in s or "*" in s or "~" in s:
        s = _MARKED_GROUPS.sub(_marks_as_spaces, s)
    if "**" in s or "__" in s:
        s = _EMPHASIS.sub(lambda m: " " * len(m.group()), s)  # "**CVV:** 946": markdown bold round a cue
    if ":" not in s:
        return s
    s = _COLON_GROUPS.sub(lambda m: m.group().replace(":", "-") if 13 <= sum(c.isdigit() for c in m.group()) <= 19 else m.group(), s)
    return _VERSION_COLON.sub(" ", s)


# Markdown emphasis markers at a cue's ends ("**CVV:** 946", "__Code:__ 628030"): before a word, or
# after a word or its colon and before a space. Not round digits ("**850**", "****1005" mask them).
_EMPHASIS = re.compile(r"(?:(?<![^\s])[*_]{2,3}(?=[a-z])|(?<=[a-z:])[*_]{2,3}(?=\s))")
_MARKED_GROUPS = re.compile(r"(?<![0-9])[0-9]{3,6}+(?:(?:\] ?\[|[#|*~])[0-9]{3,6}+){2,4}+(?![0-9])")
_MARKS = str.maketrans("[]#|*~", "      ")


def _marks_as_spaces(m: re.Match[str]) -> str:
    groups = m.group()
    return groups.translate(_MARKS) if 13 <= sum(c.isdigit() for c in groups) <= 19 else groups


# "mycvv is 482", "thecvv=0917", "myssn", "mypassword": a possessive typed onto the cue word on a phone
# (A literal first, no word boundary before it, lets the engine skip to the letters that can start one.)
_GLUED_CUE = re.compile(
    r"(?P<glue>my|the|your|our|mi|el|la)(?P<cue>cvv|cvc|cvn|cid|csc|ssn|otp|pin|password|passwd|pwd|passcode|securitycode|social)\b"
)
# A cue word right after a letter: rare in a short message, so one search (from the cue's literal
# first letters) spares most messages the substitution pass.
_GLUED_HINT = re.compile(r"(?<=[a-z])(?:cvv|cvc|cvn|cid|csc|ssn|otp|pin|passw|passc|pwd|social)")
_GLUED_CUE_TEXT = 65_536


def _glued_cues_apart(s: str) -> str:
    """Stage 1a, after folding: a possessive glued to a cue word loses its last letter to a space
    ("mycvv" reads "m cvv"), one character for one, so the cue word stands alone. Typed on a
    phone in a chat message: a pasted text longer than a few pages is not read for it (a pass
    over a megabyte costs 10 ms)."""
    if len(s) > _GLUED_CUE_TEXT or not _GLUED_HINT.search(s):
        return s
    return _GLUED_CUE.sub(_glued_apart, s)


def _glued_apart(m: re.Match[str]) -> str:
    if m.start() and m.string[m.start() - 1].isalnum():
        return m.group()  # "enemycvv": no possessive typed onto it
    return m.group("glue")[:-1] + " " + m.group("cue")


# "cc%203762%20250983%2000006": a value copied out of a web address has its spaces and dashes
# escaped; each escape reads as spaces (and its dash), one character for one, so offsets stay.
_URL_ESCAPE = re.compile(r"%2[0d](?=[0-9])")


def _url_escapes_as_separators(s: str) -> str:
    if "%2" not in s:
        return s
    return _URL_ESCAPE.sub(lambda m: "   " if m.group() == "%20" else "  -", s)


def normalise(text: str) -> View:
    folded, fold_map = _fold_text(text)
    folded = _glued_cues_apart(_colons_as_separators(_url_escapes_as_separators(folded)))
    folded = _declared_letters_as_digits(_cue_words_unmasked(_pictographs_as_spaces(folded)))
    spelled, spell_map = spell_out(_split_keys(_fix_typos(folded)))
    return View(spelled, (spell_map, fold_map))
