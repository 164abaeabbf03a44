"""The learnt domain scorer: reproducible from the examples, fresh, explainable, robust to bad files."""

from __future__ import annotations

import json

import pytest

from amexsim.errors import DataFileError
from amexsim.understanding.domain_model import DomainModel
from amexsim.understanding.intents import load_intents
from amexsim.understanding.normalize import Normalizer
from amexsim.understanding.settings import load_spelling
from amexsim.understanding.training import fingerprint, fit, model_for, shipped_model_path
from tests.conftest import ROOT, SMALL_INTENTS


def test_the_shipped_weights_were_fitted_on_the_shipped_intents():
    """Edit an example and this fails until `python -m amexsim.understanding.training` is run."""
    normalizer = Normalizer(load_spelling())
    shipped = DomainModel.load(shipped_model_path())
    assert shipped.fingerprint == fingerprint(load_intents(), normalizer)
    assert model_for(load_intents(), normalizer).source == str(shipped_model_path())


def test_the_script_checks_a_file_byte_for_byte(tmp_path, capsys):
    """`.ci/run` runs `python -m amexsim.understanding.training --check` on the shipped weights (an
    8-s fit, kept out of the test suite's minute): the check passes on the script's own output and
    fails on a file that differs by one byte. Shown here on the small intents, the same code path."""
    from amexsim.understanding.training import main

    out = tmp_path / "model.json"
    assert main(["--intents", str(SMALL_INTENTS), "--out", str(out)]) == 0
    assert main(["--intents", str(SMALL_INTENTS), "--out", str(out), "--check"]) == 0
    out.write_bytes(out.read_bytes().replace(b"1", b"2", 1))
    assert main(["--intents", str(SMALL_INTENTS), "--out", str(out), "--check"]) == 1
    assert "NOT what this fit writes" in capsys.readouterr().out


def test_ci_checks_the_shipped_weights_byte_for_byte():
    ci = (ROOT / ".ci" / "run").read_text()
    assert "python -m amexsim.understanding.training --check" in ci


def test_a_fit_is_deterministic_and_learns_the_examples(tmp_path):
    intents, normalizer = load_intents(SMALL_INTENTS), Normalizer()
    first, second = fit(intents, normalizer), fit(intents, normalizer)
    first.save(tmp_path / "a.json")
    second.save(tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert DomainModel.load(tmp_path / "a.json").score(["freeze", "my", "card"]).ranked()[0][0] == "card_lock"


def test_the_deciding_words_are_the_telling_ones():
    model = model_for(load_intents(), Normalizer(load_spelling()))
    scores = model.score(["there", "are", "bogus", "charges", "from", "a", "website", "on", "my", "card"])
    domain = scores.ranked()[0][0]
    assert domain == "fraud_report"
    words = [word for word, _ in scores.deciding_terms(domain, scores.runner_up(domain))]
    assert "bogus" in words and "the" not in words


def test_words_no_example_holds_leave_the_message_unknown():
    model = model_for(load_intents(), Normalizer(load_spelling()))
    assert model.score(["zorblax", "quintessa", "frumious"]).known == 0.0
    assert model.score(["i", "lost", "my", "card"]).known == 1.0


@pytest.mark.parametrize(
    "content",
    ["{not json", "[" * 5000, json.dumps({"format": 99}), json.dumps({"format": 1, "domains": ["a"], "bias": [0, 1]})],
)
def test_a_damaged_weights_file_is_a_one_line_error(tmp_path, content):
    path = tmp_path / "model.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        DomainModel.load(path)
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)


def test_a_pickled_model_keeps_every_weight_and_scores_alike():
    """The start-up cache pickles the model with its features packed into one array."""
    import io
    import pickle

    from amexsim.cache.assistant import _Pickler

    def dumps(obj: object) -> bytes:
        buffer = io.BytesIO()
        _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(obj)
        return buffer.getvalue()

    model = DomainModel.load(shipped_model_path())
    kept = pickle.loads(dumps(model))
    assert type(kept.features).__name__ == "PackedFeatures" and len(kept.features) == len(model.features)
    assert kept.as_json() == model.as_json()  # every IDF and weight, and the all-zero ones as ()
    assert dict(kept.features.items()) == model.features and "w:nonsenseword" not in kept.features
    for words in (["lost", "my", "card"], ["bogus", "charge", "from", "acme"], ["zzqx"]):
        assert kept.score(words).probabilities == model.score(words).probabilities
    assert pickle.loads(dumps(kept)).as_json() == model.as_json()  # packed again as it is
