"""Every lexicon entry's examples fire (with the entry's act / kind / type) and its
counterexamples do not; bad lexicon files are rejected with a message naming the entry."""

from __future__ import annotations

import pytest

from claimcheck.errors import LexiconError
from claimcheck.lexicons import load_lexicons
from claimcheck.parse import patterns
from claimcheck.parse.attributions import extract_attributions
from claimcheck.parse.patterns import cue_entries, entry_forms
from claimcheck.parse.sentences import split_sentences

LEX = load_lexicons()


def run(sentence: str):
    return extract_attributions(sentence, split_sentences(sentence, lexicons=LEX), LEX)


def _norm(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


def _cue_cases(kind: str):
    for e in cue_entries(LEX):
        for s in (e.examples if kind == "ex" else e.counterexamples):
            yield pytest.param(e, s, id=f"{e['id']}:{s[:40]}")


def _matches_entry(att, forms: set[str], act: str | None = None) -> bool:
    """The attribution's cue is one of ``forms``; for a ``decline`` entry (``act``), or its
    content opens with one ("“We are investigating,” a spokesman said": the content reports the
    non-answer, parse/attributions/driver.py ``_reports_non_answer``)."""
    if act == "decline" and any(_norm(att.content.text).lstrip("\"“'‘ ").startswith(f) for f in forms):
        return True
    cue = _norm(att.cue.text)
    return any(f in cue or (" " in f and cue in f.split()) for f in forms if "*" not in f) or \
        any(w in cue for f in forms if "*" in f for w in f.split() if w not in ("*", "not", "has", "have", "did"))


@pytest.mark.parametrize("entry,sentence", list(_cue_cases("ex")))
def test_cue_examples_fire(entry, sentence):
    forms = set(entry_forms(entry))
    atts = [a for a in run(sentence) if _matches_entry(a, forms, entry["act"])]
    assert atts, f"{entry.label}: no attribution on {sentence!r}"
    assert any(a.act == entry["act"] for a in atts), [(a.cue.text, a.act) for a in atts]


@pytest.mark.parametrize("entry,sentence", list(_cue_cases("counter")))
def test_cue_counterexamples_do_not_fire(entry, sentence):
    forms = set(entry_forms(entry))
    atts = [a for a in run(sentence) if _matches_entry(a, forms, entry["act"]) and a.act == entry["act"]]
    assert not atts, [(a.cue.text, a.act) for a in atts]


def _word_cases(name: str, kind: str):
    for e in LEX[name]:
        for s in (e.examples if kind == "ex" else e.counterexamples):
            yield pytest.param(e, s, id=f"{name}:{e['id']}:{s[:40]}")


@pytest.mark.parametrize("entry,sentence", list(_word_cases("anonymity", "ex")))
def test_anonymity_examples(entry, sentence):
    kinds = [a.source.kind for a in run(sentence) if a.source]
    assert entry["kind"] in kinds, kinds


@pytest.mark.parametrize("entry,sentence", list(_word_cases("anonymity", "counter")))
def test_anonymity_counterexamples(entry, sentence):
    kinds = [a.source.kind for a in run(sentence) if a.source]
    assert kinds and entry["kind"] not in kinds, kinds


@pytest.mark.parametrize("entry,sentence", list(_word_cases("roles", "ex")))
def test_role_examples(entry, sentence):
    types = [a.source.type for a in run(sentence) if a.source]
    assert entry["type"] in types, types


@pytest.mark.parametrize("entry,sentence", list(_word_cases("roles", "counter")))
def test_role_counterexamples(entry, sentence):
    types = [a.source.type for a in run(sentence) if a.source]
    assert entry["type"] not in types, types


@pytest.mark.parametrize("entry,sentence", list(_word_cases("outlets", "ex")))
def test_outlet_examples_give_a_via(entry, sentence):
    assert any(a.via for a in run(sentence))


@pytest.mark.parametrize("entry,sentence", list(_word_cases("outlets", "counter")))
def test_outlet_counterexamples_give_no_via(entry, sentence):
    atts = run(sentence)
    assert atts and not any(a.via for a in atts)


@pytest.mark.parametrize("entry,sentence", list(_word_cases("labels", "ex")))
def test_colon_examples(entry, sentence):
    assert any(a.cue.text == ":" for a in run(sentence))


@pytest.mark.parametrize("entry,sentence", list(_word_cases("labels", "counter")))
def test_colon_label_counterexamples(entry, sentence):
    assert not any(a.cue.text == ":" for a in run(sentence))


def test_every_entry_has_examples():
    for e in cue_entries(LEX):
        assert e.examples and e.counterexamples, e.label
    for name in ("anonymity", "roles", "outlets", "labels"):
        for e in LEX[name]:
            assert e.examples and e.counterexamples, e.label


def test_a_cue_form_belongs_to_one_entry():
    seen: dict[str, str] = {}
    clashes = []
    for e in cue_entries(LEX):
        for f in set(entry_forms(e)):
            if f in seen and seen[f] != e["id"]:
                clashes.append((f, seen[f], e["id"]))
            seen.setdefault(f, e["id"])
    assert not clashes, clashes[:20]


def test_inflection():
    assert patterns.inflect("say") == ("say", "says", "sayed", "saying")
    assert patterns.inflect("deny") == ("deny", "denies", "denied", "denying")
    assert patterns.inflect("note") == ("note", "notes", "noted", "noting")
    assert patterns.inflect("point out") == ("point out", "points out", "pointed out", "pointing out")


BAD = [
    ('[[entry]]\nid = "x"\nact = "shout"\nforms = ["yelled"]\n', "unknown act"),
    ('[[entry]]\nid = "x"\nact = "assert"\nframe = "sideways"\nforms = ["yelled"]\n', "unknown frame"),
    ('[[entry]]\nid = "x"\nact = "assert"\n', "needs 'lemmas' or 'forms'"),
    ('[[entry]]\nid = "x"\nact = "assert"\nforms = ["yelled"]\ncolour = "red"\n', "unknown key"),
    ('[[entry]]\nid = "x"\nact = "assert"\nforms = "yelled"\n', "should be list"),
]


@pytest.mark.parametrize("body,message", BAD)
def test_bad_cue_files_are_rejected(tmp_path, body, message):
    (tmp_path / "cues.toml").write_text('[meta]\ndescription = "user"\n' + body, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        patterns.cue_lexicon(load_lexicons([tmp_path]))


def test_user_lexicon_adds_cues(tmp_path, monkeypatch):
    (tmp_path / "cues.toml").write_text(
        '[meta]\ndescription = "user"\n[[entry]]\nid = "bellow"\nact = "assert"\nlemmas = ["bellow"]\n'
        'examples = ["The captain bellowed the ship was sinking."]\n', encoding="utf-8")
    monkeypatch.setenv("CLAIMCHECK_LEXICONS", str(tmp_path))  # the environment is read on load
    text = "The captain bellowed the ship was sinking."  # no "that": the open complement frame does not read it
    atts = extract_attributions(text, split_sentences(text, lexicons=LEX), load_lexicons())
    assert [a.cue.text for a in atts] == ["bellowed"]
    assert extract_attributions(text, split_sentences(text, lexicons=LEX), LEX) == ()  # LEX is unchanged
