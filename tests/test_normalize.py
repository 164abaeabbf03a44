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
