"""Attribution cues, stop 22 (issue 12): classes found among the tuning half's missed and false
gold cues (PolNeAR dev, ``benchmarks/cue_misses.py``), each with invented sentences of our own
(never a sentence of the evaluation data) and counter-cases.

1. A verb of intention (plan, seek, intend: ``cues.toml`` ``plan-verbs``, ``complement =
   "finite"``) is a cue only before a finite clause; before an infinitive it states what its
   subject means to do, in the outlet's voice: no attribution, and its subject is no source
   (the seeds' "… also plans | to train …").
2. A participle in -ing after a noun phrase is never a tag whose content lies on the left: a
   quotation closing before the noun phrase is no content of it ("… a “rant,” a series of posts
   that included one saying that C"; in a block quotation whose paragraph opens with a straight
   quote the tag took the whole paragraph).
3. An ambiguous noun-like cue ("report", "claim") after an article and capitalised words is a
   noun: "a Velmora Times report", "a June report", "In the wake of the Courier report, C".
4. A noun form with "that" ("claims that", "reports that", "hopes that") after a word that ends
   a subject is the verb: "The minister claims that C" had no source.
5. An ambiguous verb ending its sentence after a comma and a subject that names a document or
   data ("C, records show.", "C, a new poll finds.", "C, an analysis of filed reports shows.") is
   a tag; an ambiguous noun form before a data verb ("state figures show") is a noun.
6. "As reported by X, C", "As stated in X, C", "C, as first noted by X": X's attribution of the
   main clause.
"""

from __future__ import annotations

import pytest


def _one(attributions, text: str, cue: str):  # noqa: ANN001, ANN202
    hits = [a for a in attributions(text) if a.cue.text.lower().endswith(cue)]
    return hits[0] if hits else None


def _sources(attributions, text: str) -> list[str]:  # noqa: ANN001
    return [a.source.span.text for a in attributions(text) if a.source is not None and a.source.span is not None]


# 1. an intention before an infinitive is no speech -------------------------------------------

INTENT_INFINITIVE = [
    # the seeds' case, with invented names
    ("With unrest spreading in the south, Borduria's northern neighbour Sylvania also plans to train "
     "Bordurian police officers.", "plans", "Sylvania"),
    ("Ruritania seeks to expand its naval base at Port Alder.", "seeks", "Ruritania"),
    ("The Freedonian cabinet intends to raise fuel duties next spring.", "intends", "cabinet"),
    ("Velmora's mayor has long planned to close the old harbour.", "planned", "mayor"),
    ("Ostland aims to double its grain exports by 2030.", "aims", "Ostland"),
    ("The consortium, which sought to buy the airline, withdrew its bid.", "sought", "consortium"),
    ("Sylvania plans eventually to build a second reactor.", "plans", "Sylvania"),
    ("Officials in Grand Fenwick are planning to reopen the border crossing.", "planning", "Officials"),
]


@pytest.mark.parametrize(("text", "cue", "subject"), INTENT_INFINITIVE, ids=lambda x: x[:30])
def test_an_intention_before_an_infinitive_is_no_cue(attributions, text, cue, subject) -> None:  # noqa: ANN001
    assert _one(attributions, text, cue) is None, text
    assert not any(subject in s for s in _sources(attributions, text)), text


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The ministry plans that the border will stay open.", "plans", "The ministry", "the border will stay open"),
    ("The senator intends that the vote be held in May.", "intends", "The senator", "the vote be held in May"),
    ("The board planned: “No cuts this year.”", "planned", "The board", "“No cuts this year.”"),
])
def test_an_intention_before_a_finite_clause_is_a_cue(attributions, text, cue, source, content) -> None:  # noqa: ANN001
    a = _one(attributions, text, cue)
    assert a is not None, text
    assert a.source is not None and a.source.span is not None and a.source.span.text == source
    assert a.content.text == content


@pytest.mark.parametrize(("text", "cue", "source"), [
    # a speech cue in front of the intention keeps its own attribution; the intention is its content
    ("A Sylvanian envoy said his country plans to train Bordurian police officers.", "said", "A Sylvanian envoy"),
    ("Ruritania plans to expand the base, according to a defence official.", "according to", "a defence official"),
    # the other verbs of the old class keep their infinitive ("refused to V", "agreed to V")
    ("The governor refused to release the records.", "refused", "The governor"),
])
def test_speech_around_an_intention_is_kept(attributions, text, cue, source) -> None:  # noqa: ANN001
    a = _one(attributions, text, cue)
    assert a is not None, text
    assert a.source is not None and a.source.span is not None and a.source.span.text == source


# 2. a bare participle after a noun phrase is no tag -------------------------------------------

@pytest.mark.parametrize(("text", "cue", "content"), [
    ('"They sang “Freedom,” the crowd chanting that the curfew was over.', "chanting", "the curfew was over"),
    ("Marchers held signs reading “Enough,” the organisers saying that the march was peaceful.", "saying",
     "the march was peaceful"),
    ("The clerk stamped it “void,” the inspectors insisting that the form was late.", "insisting",
     "the form was late"),
    ("“We stay,” the tenants shouting that rent was too high, blocked the road.", "shouting",
     "rent was too high, blocked the road"),
    ('"She was held after what she called a “rant,” a series of posts that included one saying that the '
     'mayor should resign.', "saying", "the mayor should resign"),
    ('"Critics mocked the “reform,” a bill with analysts noting that it cut nothing.', "noting", "it cut nothing"),
])
def test_a_bare_participle_takes_its_content_on_the_right(attributions, text, cue, content) -> None:  # noqa: ANN001
    a = _one(attributions, text, cue)
    assert a is not None, text
    assert a.content.text == content


# 3. an article and capitalised words make a noun ---------------------------------------------

@pytest.mark.parametrize(("text", "noun", "cue", "source"), [
    ("In the wake of the Courier report, Kolb has portrayed himself as a champion of the poor.", "report",
     "has portrayed", "Kolb"),
    ("The poorest paid 0.8 percent, the agency said in a June report.", "report", "said", "the agency"),
    ("A Reuters report said turnout rose.", "report", "said", "A Reuters report"),
    ("After a Velmora Times report, the mayor said the dam was safe.", "report", "said", "the mayor"),
    ("In an Ostland Radio comment, the minister said the talks were over.", "comment", "said", "the minister"),
])
def test_a_noun_after_an_article_and_a_name_is_no_cue(attributions, text, noun, cue, source) -> None:  # noqa: ANN001
    atts = attributions(text)
    assert not any(a.cue.text.lower() == noun for a in atts), [a.cue.text for a in atts]
    a = _one(attributions, text, cue)
    assert a is not None and a.source is not None and a.source.span is not None and a.source.span.text == source


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("The Freedonian Greens report that turnout rose.", "report", "The Freedonian Greens"),
    ("The Kremlin reports that turnout rose.", "reports", "The Kremlin"),
])
def test_a_name_before_a_verb_form_stays_its_subject(attributions, text, cue, source) -> None:  # noqa: ANN001
    a = _one(attributions, text, cue)
    assert a is not None and a.source is not None and a.source.span is not None and a.source.span.text == source


# 4. a noun form with "that" after a subject is the verb ----------------------------------------

@pytest.mark.parametrize(("text", "cue", "source", "act"), [
    ("The minister claims that the vote was rigged.", "claims", "The minister", "assert"),
    ("An official claims that turnout rose.", "claims", "An official", "assert"),
    ("The farmer hopes that rain will come.", "hopes", "The farmer", "hedge"),
    ("The union demands that wages rise by May.", "demands", "The union", "assert"),
    ("Ruritania's envoy reports that the border is calm.", "reports", "Ruritania's envoy", "assert"),
    ("The Democrats claim that turnout rose.", "claim", "The Democrats", "assert"),
])
def test_a_noun_form_after_its_subject_is_the_verb(attributions, text, cue, source, act) -> None:  # noqa: ANN001
    a = _one(attributions, text, cue)
    assert a is not None, text
    assert a.source is not None and a.source.span is not None and a.source.span.text == source
    assert a.act == act


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("His claim that turnout rose was false.", "claim", "His"),
    ("Following reports that turnout rose, markets fell.", "reports", None),
    ("There were reports that shots were fired.", "reports", None),
    ("Police have received reports that shots were fired.", "reports", None),
])
def test_a_noun_form_after_no_subject_stays_a_noun(attributions, text, cue, source) -> None:  # noqa: ANN001
    a = _one(attributions, text, cue)
    got = a.source.span.text if a is not None and a.source is not None and a.source.span is not None else None
    assert got == source, text


# 5. a document's tag ending the sentence --------------------------------------------------------

@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Donations hit a record this year, a Courier analysis of newly filed campaign-finance reports shows.", "shows",
     "a Courier analysis of newly filed campaign-finance reports", "Donations hit a record this year"),
    ("Turnout fell, records show.", "show", "records", "Turnout fell"),
    ("Turnout fell, a new poll finds.", "finds", "a new poll", "Turnout fell"),
    ("Turnout fell, the data suggest.", "suggest", "the data", "Turnout fell"),
    ("Turnout fell, state figures show.", "show", "state figures", "Turnout fell"),
    ("The tax falls on the poor, the study notes.", "notes", "the study", "The tax falls on the poor"),
    ("Court documents show that the mayor knew.", "show", "Court documents", "the mayor knew"),
])
def test_a_document_ending_the_sentence_is_a_tag(attributions, text, cue, source, content) -> None:  # noqa: ANN001
    a = _one(attributions, text, cue)
    assert a is not None, [x.cue.text for x in attributions(text)]
    assert a.source is not None and a.source.span is not None and a.source.span.text == source
    assert a.content.text == content


@pytest.mark.parametrize("text", [
    "He left when the results came, the crowd shows.",  # a crowd is no document
    "The union demands shows of force.",
    "Official figures show turnout fell.",  # "figures" is the subject's noun, not a cue
])
def test_no_document_tag_without_a_document(attributions, text) -> None:  # noqa: ANN001
    atts = attributions(text)
    assert not any(a.cue.text.lower() in ("shows", "figures") for a in atts), [a.cue.text for a in atts]


# 6. "as reported by X" -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("As stated in the Kolbs' commentary, there are conflicting stories.", "stated", "the Kolbs' commentary",
     "there are conflicting stories"),
    ("As reported by the Courier, the talks failed.", "reported", "the Courier", "the talks failed"),
    ("As first reported by the Velmora Times, the dam was leaking.", "first reported", "the Velmora Times",
     "the dam was leaking"),
    ("The talks failed, as reported by the Courier.", "reported", "the Courier", "The talks failed"),
    ("As noted in the audit, the fund was empty.", "noted", "the audit", "the fund was empty"),
    ("The fund was empty, as shown in the audit.", "shown", "the audit", "The fund was empty"),
])
def test_as_reported_by_names_the_source(attributions, text, cue, source, content) -> None:  # noqa: ANN001
    a = _one(attributions, text, cue)
    assert a is not None, [x.cue.text for x in attributions(text)]
    assert a.cue.text == cue
    assert a.source is not None and a.source.span is not None and a.source.span.text == source
    assert a.content.text == content


@pytest.mark.parametrize("text", [
    "The bill passed as expected.",  # no by/in phrase
    "As the talks failed, the mayor left.",
])
def test_as_without_a_reporting_phrase_is_no_source(attributions, text) -> None:  # noqa: ANN001
    assert attributions(text) == ()
