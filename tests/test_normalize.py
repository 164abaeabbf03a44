from amexsim.understanding.normalize import Normalizer, fold, stem


def test_fold_strips_case_accents_and_curly_quotes():
    assert fold("Crédit CARD’s") == "credit card's"


def test_text_expands_contractions_and_drops_punctuation():
    n = Normalizer()
    assert n.text("I can't find my card!!") == "i can not find my card"
    assert n.text("I'm locked out, what's up?") == "i am locked out what up"


def test_spelling_table_corrects_words():
    assert Normalizer({"acount": "account"}).text("my Acount") == "my account"


def test_stem_joins_inflections():
    assert stem("charges") == stem("charged") == stem("charging") == stem("charge")
    assert stem("cards") == "card"
    assert stem("stolen") == stem("steal")
    assert stem("address") == "address"  # not "addres"


def test_keyword_is_normalised_like_messages():
    n = Normalizer()
    assert n.keyword("Pay with Points") == tuple(n.stems(n.text("paying with points")))


def test_plain_keeps_the_words_of_the_word_pattern_whatever_the_text():
    """ASCII text takes a quicker path than the word pattern; both give the same words."""
    import random
    import re

    from amexsim.understanding.normalize import _APOSTROPHE, _expand, plain

    word = re.compile(r"[a-z0-9$]+")
    pieces = ["card", "Card", "i'm", "don't", "$45", "3.5", "  ", " ", "\t", "\n", "\x1c", ",", ".", "!?", "é", "ß", "`", "’", "-", "_"]
    rng = random.Random(3)
    for _ in range(5000):
        raw = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert plain(raw) == " ".join(word.findall(_APOSTROPHE.sub(_expand, fold(raw)))), repr(raw)
