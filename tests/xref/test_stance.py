"""Stance classifier: lexicon examples, behaviour on made-up pairs, invariants."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.errors import LexiconError
from claimcheck.lexicons import load_lexicons
from claimcheck.parse.sentences import split_sentences
from claimcheck.text.tokens import stem
from claimcheck.xref import stance
from claimcheck.xref.stance import (
    LABELS, SentenceStance, StanceResult, find_cues, judge, judge_prepared, prepare,
)
from claimcheck.xref.textsim import content_tokens

LEX = load_lexicons()
ENTRIES = LEX["stance"]
CUE_ENTRIES = [e for e in ENTRIES if e["kind"] in stance.CUE_KINDS]


def _cases(kinds: tuple[str, ...], which: str) -> list:
    out = []
    for e in ENTRIES:
        if e["kind"] in kinds:
            for s in getattr(e, which):
                out.append(pytest.param(e, s, id=f"{e['id']}:{s[:40]}"))
    return out


# ------------------------------------------------------------------ lexicon examples


@pytest.mark.parametrize(("entry", "sentence"), _cases(stance.CUE_KINDS, "examples"))
def test_cue_fires_on_example(entry, sentence):
    assert entry["id"] in {h.id for h in find_cues(sentence, lexicons=LEX)}, f"{entry.label} misses {sentence!r}"


@pytest.mark.parametrize(("entry", "sentence"), _cases(stance.CUE_KINDS, "counterexamples"))
def test_cue_silent_on_counterexample(entry, sentence):
    assert entry["id"] not in {h.id for h in find_cues(sentence, lexicons=LEX)}, f"{entry.label} fires on {sentence!r}"


def _keys(text: str) -> set[str]:
    lex = stance.lexicon(LEX)
    return {t.key for t in content_tokens(text, lex.equivalents, lex.noise)}


@pytest.mark.parametrize(("entry", "pair"), _cases(("equivalent",), "examples"))
def test_equivalent_example(entry, pair):
    a, b = pair.split("|")
    assert "=" + entry["id"] in _keys(a) & _keys(b)


@pytest.mark.parametrize(("entry", "pair"), _cases(("equivalent",), "counterexamples"))
def test_equivalent_counterexample(entry, pair):
    a, b = pair.split("|")
    assert "=" + entry["id"] not in _keys(a) & _keys(b)


@pytest.mark.parametrize(("entry", "pair"), _cases(("antonym",), "examples"))
def test_antonym_example(entry, pair):
    a, b = pair.split("|")
    assert judge(a.strip(), b.strip(), LEX).label == "contradict"


@pytest.mark.parametrize(("entry", "pair"), _cases(("antonym",), "counterexamples"))
def test_antonym_counterexample(entry, pair):
    a, b = pair.split("|")
    assert judge(a.strip(), b.strip(), LEX).label != "contradict"


def test_every_cue_entry_has_examples():
    for e in ENTRIES:
        assert e.examples, f"{e.label} has no examples"


@pytest.mark.parametrize(("body", "message"), [
    ('[[entry]]\nid = "x"\nkind = "sarcasm"\nterms = ["yeah right"]\n', "unknown kind"),
    ('[[entry]]\nid = "x"\nkind = "hoax"\n', "needs 'terms' or 'regex'"),
    ('[[entry]]\nid = "x"\nkind = "hoax"\nterms = ["ok"]\ncolour = "red"\n', "unknown key"),
    ('[[entry]]\nid = "x"\nkind = "hoax"\nregex = "(unclosed"\n', "bad regular expression"),
    ('[[entry]]\nid = "x"\nkind = "equivalent"\nterms = ["alone"]\n', "at least two terms"),
    ('[[entry]]\nid = "x"\nkind = "antonym"\nterms = ["up"]\n', "'terms' and 'opposite'"),
])
def test_bad_user_lexicon_raises(tmp_path, body, message):
    (tmp_path / "stance.toml").write_text(body, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        stance.lexicon(load_lexicons([tmp_path]))


def test_user_lexicon_extends(tmp_path, monkeypatch):
    (tmp_path / "stance.toml").write_text(
        '[[entry]]\nid = "mine"\nkind = "hoax"\nterms = ["codswallop"]\n', encoding="utf-8")
    monkeypatch.setenv("CLAIMCHECK_LEXICONS", str(tmp_path))  # read when the lexicons are loaded
    assert judge("The mayor bought a yacht", "Mayor yacht purchase story is codswallop",
                 load_lexicons()).label == "contradict"


# ------------------------------------------------------------------------ behaviour

CLAIM = "The mayor of Springfield bought a yacht with city funds"


@pytest.mark.parametrize(("text", "label"), [
    # plain report
    ("Springfield mayor bought a yacht with city funds", "corroborate"),
    ("Springfield mayor buys yacht using city funds, audit shows", "corroborate"),
    # denial, hoax, negation
    ("Springfield mayor denies buying yacht with city funds", "contradict"),
    ("Mayor's city-funded yacht story is a hoax, officials say", "contradict"),
    ("No, the Springfield mayor did not buy a yacht with city funds", "contradict"),
    ("Springfield yacht rumours debunked: mayor never used city funds", "contradict"),
    # hedged or attributed without endorsement
    ("Springfield mayor reportedly bought yacht with city funds", "observe"),
    ("Springfield mayor allegedly used city funds for a yacht", "observe"),
    ("Mayor bought yacht with city funds, Springfield Gazette claims", "observe"),
    ("Did the Springfield mayor buy a yacht with city funds?", "observe"),
    # another topic
    ("Heavy rain floods the harbour district in Lisbon", "unrelated"),
])
def test_headline_labels(text, label):
    res = judge(CLAIM, text, LEX)
    assert res.label == label, res


def test_death_claim_and_its_opposite():
    assert judge("Singer Jo Example has died", "Jo Example dies at 71 after long illness", LEX).label == "corroborate"
    assert judge("Singer Jo Example has died", "Jo Example is alive and well, says her manager", LEX).label == "contradict"
    assert judge("Singer Jo Example has died", "Jo Example death hoax spreads on Facebook", LEX).label == "contradict"


def test_claim_that_calls_something_fake():
    claim = "The photo of the three-headed snake is a fake"
    assert judge(claim, "Experts say the three-headed snake photo was faked", LEX).label == "corroborate"
    assert judge(claim, "Zoo confirms the three-headed snake photo is genuine", LEX).label == "contradict"


ARTICLE = (
    "Springfield council meets on Tuesday.\n\n"
    "The mayor of Springfield bought a yacht with city funds last year, the council's records show. "
    "The purchase was approved without a vote.\n\n"
    "The weather was fine for the harbour festival."
)


def test_article_corroborates_and_points_at_evidence():
    res = judge(CLAIM, ARTICLE, LEX)
    assert res.label == "corroborate"
    assert res.evidence
    assert any("yacht" in ARTICLE[e.start:e.end] for e in res.evidence)


def test_article_contradicts():
    text = ("The mayor of Springfield has rejected claims that he bought a yacht with city funds. "
            "\"This story is completely false,\" he said on Monday.\n\n"
            "The city auditor found no evidence of any purchase.")
    assert judge(CLAIM, text, LEX).label == "contradict"


def test_article_observes():
    text = ("The mayor of Springfield reportedly bought a yacht with city funds, according to "
            "an anonymous source quoted by a local blog. The claim could not be independently verified.\n\n"
            "The mayor's office did not respond to requests for comment, and the council is "
            "expected to discuss the allegations, which remain unconfirmed.")
    assert judge(CLAIM, text, LEX).label == "observe"


def test_article_unrelated():
    text = ("The harbour festival drew record crowds. Fishermen displayed their catch.\n\n"
            "Rain is expected on Sunday, forecasters said.")
    assert judge(CLAIM, text, LEX).label == "unrelated"


def test_prepared_claim_gives_same_result():
    pc = prepare(CLAIM, LEX)
    for text in ("Springfield mayor denies buying yacht", ARTICLE, ""):
        assert judge_prepared(pc, text) == judge(CLAIM, text, LEX)


def test_evidence_shape():
    res = judge(CLAIM, "Springfield mayor denies buying yacht with city funds", LEX)
    assert isinstance(res, StanceResult)
    assert res.label in LABELS
    assert 0.0 <= res.score <= 1.0
    (ev,) = res.evidence
    assert isinstance(ev, SentenceStance)
    assert ev.label == "contradict" and ev.cue and "denies" in ev.cue and ev.reason


def test_empty_inputs():
    assert judge("", "Some text here.", LEX).label == "unrelated"
    assert judge("The mayor bought a yacht", "", LEX).label == "unrelated"
    assert judge("the of and", "the of and", LEX).label == "unrelated"


def test_stemming_lite():
    assert stem("arrested") == stem("arrests") == stem("arresting") == stem("arrest")
    assert stem("third") == stem("three") == "3"


# ------------------------------------------------------------------------ properties

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
WORDY = st.lists(st.sampled_from(
    ["mayor", "yacht", "not", "denies", "reportedly", "hoax", "?", ".", "\n\n", "city", "funds",
     "Springfield", "said", "is", "a", "fake", "bought", "“", "”", "n't", "3", "alive"]),
    max_size=60).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(claim=st.one_of(TEXT, WORDY), text=st.one_of(TEXT, WORDY))
def test_never_raises_and_offsets_slice_sentences(claim, text):
    res = judge(claim, text, LEX)
    assert res.label in LABELS
    assert 0.0 <= res.score <= 1.0
    sents = split_sentences(text)
    starts = {s.start for s in sents}
    ends = {s.end for s in sents}
    for ev in res.evidence:
        assert 0 <= ev.start < ev.end <= len(text)
        assert ev.start in starts and ev.end in ends
        assert ev.label in ("corroborate", "contradict", "observe")


# an action verb read as a falsity cue: "air strikes … were staged by X" carries out the strikes, it calls
# nothing fake; with one denial about another event elsewhere, the article still corroborates the claim
# (articles over stance.SHORT_TEXT characters: a shorter text is judged as one unit, as a headline)
STAGED_ARTICLES = [
    ("Ruritania offered to train Bordurian police",
     "Ruritania offers police training to Borduria\n\nRuritania has offered to train Bordurian police officers, "
     "officials said. A Bordurian spokesman confirmed Ruritania had offered training for police.\n\n"
     "Rebels were hit by air strikes last month that observers said were staged by Ruritania. "
     "Ruritania denied involvement in the bombings."),
    ("Freedonia sent engineers to rebuild the Marn bridge",
     "Freedonia sends engineers to Marn\n\nFreedonia sent engineers to rebuild the Marn bridge, the mayor said. "
     "The bridge was damaged by floods in the spring and has been closed to lorries since April. "
     "Traffic now takes a detour of forty kilometres through the hills.\n\n"
     "Workers staged a walkout over pay last week. The ministry denied any delay in the payments."),
    ("Sylvania trained the coast guard of Ostra",
     "Sylvania trained Ostra's coast guard\n\nSylvania trained the coast guard of Ostra in 2022, the navy "
     "confirmed. The course lasted six months and covered boarding, rescue at sea and radar work. "
     "Forty officers took part, and a second course is planned for next year.\n\n"
     "Raids on smugglers were staged by the coast guard in May. The smugglers denied the charges."),
    ("Borduria built a new port at Kessel",
     "New port at Kessel\n\nBorduria built a new port at Kessel, officials confirmed on Monday. The port has "
     "four berths for container ships and a grain terminal, and cost more than planned. "
     "The first ships are expected to call at the port in the autumn.\n\n"
     "Protests were staged in the capital against the cost. The opposition dismissed the figures."),
    ("Vell opened a hospital in the north",
     "Hospital opens in the north\n\nVell opened a hospital in the north on Friday. The hospital has 300 beds, "
     "two operating theatres and a maternity ward, and serves four districts. "
     "Patients had to travel to the capital for surgery until now.\n\n"
     "Nurses staged a rally at the opening. The health ministry denied reports of staff shortages."),
]


@pytest.mark.parametrize(("claim", "text"), STAGED_ARTICLES)
def test_a_staged_action_and_an_unrelated_denial_do_not_contradict(claim: str, text: str) -> None:
    assert judge(claim, text, LEX).label == "corroborate"


def test_a_staged_photo_is_still_a_hoax() -> None:
    text = ("Shark photo on highway\n\nA photo shows a shark swimming on a flooded highway in Vell. "
            "Experts say the photo of the shark on the highway was staged.")
    assert judge("A shark swam on a flooded highway in Vell", text, LEX).label == "contradict"
