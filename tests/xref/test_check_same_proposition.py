"""``check`` counts only evidence about the SAME proposition (issue 10, the stop-21 new-user
classes; rules in ``claimcheck/xref/check.py`` ``same_proposition`` and ``check_mode.py``):

- the mode of the action: a plan ("is preparing to send"), an offer ("has offered training")
  or a request ("seeks arms") is no evidence for a deed ("sent", "trained"), nor the other way
  round (``lexicons/check.toml`` kind ``mode``);
- a reporter's question ("Asked if Ruritania had used …, the minister said …") is no
  assertion: what it asks supports and contradicts nothing (``check.toml`` kind ``question``);
- "X said C" / "X denied C": only X's own statements are evidence (an aide's is not), and the
  answer says who else said it; "X publicly denied involvement in the bombings", stated so in
  an article, is X's denial (not ``contradicted`` by an unrelated sentence).

Invented names only; each class has the new-user case and at least five neighbours.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from claimcheck.lexicons import Lexicons, load_lexicons
from claimcheck.model import ClaimRecord
from claimcheck.xref import check as xc


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    return load_lexicons()


def rec(text: str, *, sentence: str | None = None, article: int = 1, act: str | None = None,
        kind: str | None = None, name: str | None = None, actors: Sequence[str] = (),
        action: str | None = None, polarity: str = "positive", n: int = 0) -> ClaimRecord:
    """A unit: ``text`` (in the sentence ``sentence``, default itself), in the outlet's own
    voice or, with ``act``, a source's of ``kind`` named ``name``."""
    return ClaimRecord(claim_id=article * 100 + n, claim_uid=f"c{article}-{n}", article_id=article,
                       article_uid=f"a{article}", outlet="Harbour Times", published=dt.date(2024, 3, article),
                       text=text, sentence_text=sentence or text, actors=tuple(actors), action=action,
                       polarity=polarity, modality="asserted", refers_to=None, act=act, source_kind=kind,
                       source_name=name)


def stances(lex: Lexicons, query: str, records: Sequence[ClaimRecord],
            elsewhere: list[int] | None = None) -> list[str | None]:
    prop = xc.parse_query(query, lex)
    return [j.stance if j else None for j in xc.judge_units(prop, records, lex, elsewhere)]


# ------------------------------------------------------------------ the mode of the action

SENT = "Ruritania sent tanks to Borduria"


@pytest.mark.parametrize("unit, stance", [
    # the new-user case: a plan counted as the deed
    ("Ruritania is preparing to send tanks to Borduria.", None),
    ("Ruritania will send tanks to Borduria.", None),
    ("Ruritania plans to send tanks to Borduria next month.", None),
    ("Ruritania to send tanks to Borduria", None),  # a headline's infinitive announces a plan
    ("Ruritania is expected to send tanks to Borduria.", None),
    ("Ruritania has offered tanks to Borduria.", None),
    # the deed, in any tense that tells it done
    ("Ruritania sent tanks to Borduria last week.", "for"),
    ("Ruritania has sent tanks to Borduria.", "for"),
    ("Ruritania has not sent tanks to Borduria.", "against"),
])
def test_a_plan_or_an_offer_is_not_the_deed(lex: Lexicons, unit: str, stance: str | None) -> None:
    assert stances(lex, SENT, [rec(unit)]) == [stance]


@pytest.mark.parametrize("query, unit, stance", [
    # the new-user case: an offer counted as the training received
    ("Sylvania trained Bordurian forces", "Sylvania has offered to train Bordurian forces.", None),
    ("Sylvania trained Bordurian forces", "Sylvania has offered military training to Bordurian forces.", None),
    ("Sylvania trained Bordurian forces", "Bordurian forces received military training from Sylvania.", "for"),
    # the offer typed: the offer is evidence, the deed is not
    ("Sylvania offered to train Bordurian forces", "Sylvania has offered military training to Bordurian forces.",
     "for"),
    ("Sylvania offered to train Bordurian forces", "Sylvania trained Bordurian forces in 2019.", None),
    # the plan typed: the plan is evidence, the deed is not
    ("Ruritania plans to send tanks to Borduria", "Ruritania is preparing to send tanks to Borduria.", "for"),
    ("Ruritania plans to send tanks to Borduria", "Ruritania sent tanks to Borduria.", None),
    # a request is neither the deed nor the plan
    ("Borduria bought drones from Sylvania", "Borduria seeks drones from Sylvania.", None),
])
def test_the_mode_must_be_the_same(lex: Lexicons, query: str, unit: str, stance: str | None) -> None:
    assert stances(lex, query, [rec(unit)]) == [stance]


def test_the_query_reads_its_own_mode(lex: Lexicons) -> None:
    """The action word of "X is preparing to send …" is "send", not the mode word; the mode is
    in the JSON proposition."""
    p = xc.parse_query("Ruritania is preparing to send tanks to Borduria", lex)
    assert (p.action_word, p.mode) == ("send", "planned")
    assert xc.parse_query(SENT, lex).to_json()["mode"] == "done"
    assert xc.parse_query("Sylvania has offered to train Bordurian forces", lex).mode == "offered"


# ------------------------------------------------------------------ a reporter's question

USED = "Ruritania used cluster munitions near Velm"
ASKED = "Asked if Ruritania had used cluster munitions near Velm, the defence minister said the army kept every treaty."


@pytest.mark.parametrize("unit, stance", [
    # the new-user case: the question's content, read as an attribution of the cue "Asked"
    (rec("if Ruritania had used cluster munitions near Velm", sentence=ASKED, act="assert"), None),
    (rec("When asked whether Ruritania had used cluster munitions near Velm, the spokesman declined to comment."),
     None),
    (rec("The minister was asked about Ruritania using cluster munitions near Velm."), None),
    (rec("Pressed on whether Ruritania had used cluster munitions near Velm, the general walked out."), None),
    (rec("Questioned why Ruritania used cluster munitions near Velm, the envoy left the room."), None),
    # the answer, or a statement after a question about something else, is evidence
    (rec("Ruritania used cluster munitions near Velm, the minister said.", act="assert", kind="named",
         name="Karl Osten"), "for"),
    (rec("Ruritania used cluster munitions near Velm",
         sentence="Asked about the report, the minister said Ruritania used cluster munitions near Velm.",
         act="assert", kind="named", name="Karl Osten"), "for"),
])
def test_a_question_is_not_an_assertion(lex: Lexicons, unit: ClaimRecord, stance: str | None) -> None:
    assert stances(lex, USED, [unit]) == [stance]


# ------------------------------------------------------------------ the speaker of "X said C"

PETROV = "Ivan Petrov said the border would reopen next week"
BORDER = "the border would reopen next week"


@pytest.mark.parametrize("kind, name, stance", [
    # the new-user case: an aide's statement backed "X said …"
    ("anonymous", "A senior aide to Freedonian President Ivan Petrov", None),
    ("anonymous", "officials close to Ivan Petrov", None),
    ("named", "Olga Petrov", None),  # another person of the same surname
    ("named", "Karl Osten", None),
    # the speaker, however fully named
    ("named", "Ivan Petrov", "for"),
    ("named", "President Ivan Petrov", "for"),
    ("named", "Petrov", "for"),
])
def test_x_said_needs_x(lex: Lexicons, kind: str, name: str, stance: str | None) -> None:
    elsewhere: list[int] = []
    unit = rec(BORDER, sentence=f"{name} said {BORDER}.", act="assert", kind=kind, name=name)
    assert stances(lex, PETROV, [unit], elsewhere) == [stance]
    assert elsewhere == ([] if stance else [0])  # another's statement of it is reported, not counted


@pytest.mark.parametrize("span, name, stance", [
    # a one-word organisation or state speaks through the people it titles
    ("Vell League deputy commissioner Bill Marsh", "Bill Marsh", "for"),
    ("Bill Marsh of the Vell League", "Bill Marsh", "for"),
    ("Ostmarkian President Ivan Petrov", "Ivan Petrov", "for"),
    # a mention elsewhere in the span, or no title, is not the organisation's word
    ("Olga Kern, a critic of the Vell League", "Olga Kern", None),
    ("Bill Marsh", "Bill Marsh", None),
    ("Karl Osten, who follows Ostmark closely", "Karl Osten", None),
])
def test_an_organisation_speaks_through_its_titled_people(lex: Lexicons, span: str, name: str,
                                                          stance: str | None) -> None:
    query = ("Ostmark said the border would reopen next week" if "Ostmark" in span or "Osten" in name
             else "League said the border would reopen next week")
    prop = xc.parse_query(query, lex)
    unit = ClaimRecord(claim_id=1, claim_uid="c1", article_id=1, article_uid="a1", outlet="Harbour Times",
                       published=dt.date(2024, 3, 1), text=BORDER, sentence_text=f"{span} said {BORDER}.",
                       actors=(), action=None, polarity="positive", modality="asserted", refers_to=None,
                       act="assert", source_kind="named", source_name=name, source_span=span)
    got = xc.judge_units(prop, [unit], lex)[0]
    assert (got.stance if got else None) == stance


def test_x_said_is_answered_with_who_said_it_instead(lex: Lexicons) -> None:
    """When only others state the content, the answer is ``no_evidence`` and says whose
    statements were left out (reason code ``other_speakers``)."""
    prop = xc.parse_query(PETROV, lex)
    aide = rec(BORDER, act="assert", kind="anonymous", name="A senior aide to Freedonian President Ivan Petrov")
    elsewhere: list[int] = []
    judged = xc.judge_units(prop, [aide], lex, elsewhere)
    found = xc.other_speakers(prop, xc.assess(prop, [], [], lambda _n: None, lex), [aide][:len(elsewhere)])
    assert judged == [None]
    assert found.status == "no_evidence"
    assert "other_speakers" in found.codes
    assert any("A senior aide to Freedonian President Ivan Petrov" in r for r in found.reasons)


DENIED = "Ostmark publicly denied involvement in the bombings"
DENIAL_SENTENCE = ("Velia has not formally responded to the allegations and Ostmark publicly denied involvement "
                   "in the bombings, which came against a background of concern.")


@pytest.mark.parametrize("unit, stance", [
    # the new-user case: the denial, stored as a denial of the allegation it answers (its text
    # the allegation's), is Ostmark's statement: it backs "Ostmark denied …"
    (rec("Air strikes last month were staged by Ostmark and Velia", sentence=DENIAL_SENTENCE, act="deny",
         kind="named", name="Ostmark", action="air_strike", polarity="negative"), "for"),
    (rec("involvement in the bombings", act="deny", kind="named", name="Ostmark", actors=("Ostmark",)), "for"),
    (rec("involvement in the bombings", act="deny", kind="named", name="the Ostmarkian foreign ministry",
         actors=("Ostmark",)), "for"),
    # Ostmark admitting it is against; others' allegations are not Ostmark's word either way
    (rec("Ostmark was involved in the bombings", act="assert", kind="named", name="Ostmark"), "against"),
    (rec("Ostmark was involved in the bombings", act="assert", kind="anonymous", name="U.S. officials"), None),
    (rec("Deeper involvement by Ostmark, to its east, brings in one of the biggest armies in the region."), None),
])
def test_x_denied_needs_x(lex: Lexicons, unit: ClaimRecord, stance: str | None) -> None:
    assert stances(lex, DENIED, [unit]) == [stance]


def test_the_denial_stated_in_an_article_backs_the_typed_denial(case_db) -> None:  # noqa: ANN001 - fixture
    """End to end, the new-user case in invented names: the article says word for word that
    Ostmark denied involvement; ``check`` finds Ostmark's denial and no unrelated sentence
    against it (it was ``contradicted`` by "Deeper involvement by …")."""
    from claimcheck import api

    db = case_db("ostmark_denial", {"a": (
        {"title": "Ostmark offers help to Velia", "outlet": "Harbour Times", "published": "2024-03-04"},
        "Ostmark offers help to Velia\n\nRebels were hit by air strikes last month that officials said were "
        "staged by Ostmark and Velia. " + DENIAL_SENTENCE + "\n\nDeeper involvement by Ostmark, to its east, "
        "brings in one of the biggest armies in the region.")})
    out = api.check(str(db), DENIED)
    assert out["status"] in ("single_source", "corroborated"), out["reasons"]
    assert [e["stance"] for e in out["evidence"]] and all(e["stance"] == "corroborate" for e in out["evidence"])
    assert all("Deeper involvement" not in e["sentence"] for e in out["evidence"])
    assert out["proposition"]["speaker"] == "Ostmark"


# ------------------------------------------------------- a non-answer on its own sentence

DECLINED = ("The Velian government spokesman declined comment, but Karl Osten, spokesman of the Bordurian "
            "army, confirmed Velia had offered training for troops.")


@pytest.mark.parametrize("query, stance", [
    # the new-user case: the non-answer was stored against a meeting claim from another
    # paragraph, and shown as a non-answer on the meeting; it answers what its sentence is about
    ("Velian officials met Bordurian commanders in Velm", None),
    ("Velia sent tanks to Borduria", None),
    ("Velia offered training to Bordurian troops", "decline"),
    ("Velia has offered to train Bordurian troops", "decline"),
    ("Velia trained Bordurian troops", None),  # the sentence is about an offer, not the deed
])
def test_a_non_answer_answers_its_own_sentence(lex: Lexicons, query: str, stance: str | None) -> None:
    unit = rec("Velian officials and Bordurian commanders have met several times in Velm", sentence=DECLINED,
               act="decline", kind="anonymous", name="The Velian government spokesman", action="meeting",
               actors=("Velian", "Bordurian", "Velm"))
    assert stances(lex, query, [unit]) == [stance]
    prop = xc.parse_query(query, lex)
    assert xc.admissible(prop, unit, lex) is (stance is not None)  # as a member of a report cluster too


def test_a_non_answer_with_its_own_words_keeps_them(lex: Lexicons) -> None:
    """A non-answer whose content is in its sentence ("declined to comment on the tanks") is read
    on its content, as before."""
    unit = rec("on Velia sending tanks to Borduria", act="decline", kind="named", name="Velia",
               sentence="Velia declined to comment on Velia sending tanks to Borduria.", actors=("Velia",))
    assert stances(lex, "Velia sent tanks to Borduria", [unit]) == ["decline"]


# ------------------------------------------- a headline's action class against other classes

MEETS = "Ostmark's Leader Meets Velian Commander Marek Dunn In Velm"  # Title Case: no verb guessed


@pytest.mark.parametrize("unit, stance", [
    # the new-user case: a plan to send tanks counted for a meeting (a headline whose action
    # class is known but whose verb is not guessed took any unit of its agent)
    ("Ostmark to send tanks in support of Velian commander Marek Dunn in Velm", None),
    ("Ostmark had sent military aid to Velian commander Marek Dunn in Velm.", None),
    ("Ostmark funded the army of Velian commander Marek Dunn in Velm.", None),
    # the same class, or no class at all (the headline's class may be a misread word)
    ("Ostmark's leader met Velian commander Marek Dunn in Velm on Sunday.", "for"),
    ("Ostmark's leader and Velian commander Marek Dunn held talks in Velm.", "for"),
    ("Ostmark's leader welcomed Velian commander Marek Dunn in Velm.", "for"),
])
def test_a_headline_class_is_not_another_class(lex: Lexicons, unit: str, stance: str | None) -> None:
    prop = xc.parse_query(MEETS, lex, known={"ostmark"})
    assert (prop.action, prop.action_key) == ("meeting", None)
    got = xc.judge_units(prop, [rec(unit)], lex)[0]
    assert (got.stance if got else None) == stance


# ------------------------------------------------------------------ an offer with a numeral (stop 25)

SENT_TANKS = "Freedonia sent tanks to Ruritania"


@pytest.mark.parametrize("unit", [
    # the new-user case: the numeral between "offered to send" and "tanks" broke the mode's gap
    "Freedonia has offered to send 30 tanks to Ruritania, Foreign Minister Rufus Firefly said.",
    "Freedonia offered to deliver 1,000 tanks to Ruritania.",
    "Freedonia plans to send 12 tanks to Ruritania.",
    "Freedonia is preparing to ship 40 tanks to Ruritania.",
    "Freedonia promised to send 30 modern tanks to Ruritania.",
    "Freedonia volunteered to send 200 tanks to Ruritania.",
    "Freedonia is ready to send 30 tanks to Ruritania.",
])
def test_an_offer_or_plan_with_a_numeral_is_no_evidence_of_the_deed(lex: Lexicons, unit: str) -> None:
    assert stances(lex, SENT_TANKS, [rec(unit, act="say", kind="named", name="Rufus Firefly")]) == [None]


@pytest.mark.parametrize("unit", [
    "Freedonia sent 30 tanks to Ruritania, officials said.",
    "Freedonia delivered 1,000 tanks to Ruritania.",
])
def test_the_deed_with_a_numeral_still_counts(lex: Lexicons, unit: str) -> None:
    assert stances(lex, SENT_TANKS, [rec(unit, act="say", kind="named", name="Rufus Firefly")]) == ["for"]


@pytest.mark.parametrize("unit", [
    "Ruritania asked Freedonia to send tanks.",
    "Ruritania urged Freedonia to send tanks.",
    "Ruritania called on Freedonia to send more tanks.",
    "Ruritania asked the Freedonian government to send tanks.",
    "Ruritania pressed Freedonia to deliver tanks.",
])
def test_asking_another_to_act_is_no_evidence_it_acted(lex: Lexicons, unit: str) -> None:
    assert stances(lex, SENT_TANKS, [rec(unit, act="say", kind="named", name="Rufus Firefly")]) == [None]


# ------------------------------------------------------------------ the same act in another place (stop 25)

@pytest.mark.parametrize("query, unit, act", [
    # the new-user case: the same act in another town counted against, and so did its denial
    ("Ruritania bombed a market in Brill", "Ruritanian jets bombed a market in Kessel on Monday, Sylvanian officials said.", "say"),
    ("Ruritania bombed a market in Brill", "Ruritania denied bombing the market in Kessel.", "deny"),
    ("Sylvanian jets struck a school in Tarn", "Sylvanian jets struck a school in Merrow on Sunday.", None),
    ("Syldavian police arrested 200 protesters in Kessel", "Syldavian police arrested 50 protesters in Brill, rights groups said.", "say"),
    ("Borduria shelled a hospital in Vorna", "Borduria shelled a hospital in Kolno overnight.", None),
    ("Freedonian troops raided a village near Tessel", "Freedonian troops raided a village near Merrow, residents said.", "say"),
    ("Ruritania bombed a bridge at Port Alder", "Ruritania denied bombing a bridge at Kessel.", "deny"),
])
def test_the_same_act_in_another_place_is_no_evidence(lex: Lexicons, query: str, unit: str, act: str | None) -> None:
    r = rec(unit, act=act, kind="unnamed" if act else None, name="officials" if act else None)
    assert stances(lex, query, [r]) == [None]


@pytest.mark.parametrize("query, unit, act, stance", [
    ("Ruritania bombed a market in Brill", "Ruritanian jets bombed a market in Brill on Monday, officials said.", "say", "for"),
    ("Ruritania bombed a market in Brill", "Ruritania denied bombing the market in Brill.", "deny", "against"),
    ("Sylvanian jets struck a school in Tarn", "Sylvanian jets struck a school in Tarn and one in Merrow.", None, "for"),
])
def test_the_same_place_still_counts(lex: Lexicons, query: str, unit: str, act: str | None, stance: str) -> None:
    r = rec(unit, act=act, kind="unnamed" if act else None, name="officials" if act else None)
    assert stances(lex, query, [r]) == [stance]


# ------------------------------------------------------------------ "No <agent> X has …" (stop 25)

@pytest.mark.parametrize("query, unit", [
    # the new-user case: the determiner "no" before the agent's phrase was read as another word's
    ("Freedonian tanks crossed into Ruritania",
     '"No Freedonian tank has crossed into Ruritania," said the Freedonian defence ministry.'),
    ("Freedonian tanks crossed into Ruritania", "No Freedonian tanks crossed into Ruritania, the ministry said."),
    ("Sylvanian troops entered Borduria", "No Sylvanian troops have entered Borduria, the army said."),
    ("Ruritanian jets bombed Brill", "No Ruritanian jet bombed Brill, the ministry said."),
    ("Bordurian soldiers crossed the border", "No Bordurian soldier has crossed the border, officials said."),
    ("Syldavian police arrested protesters in Kessel", "No Syldavian police arrested protesters in Kessel, the ministry said."),
])
def test_no_agent_negates_the_act(lex: Lexicons, query: str, unit: str) -> None:
    assert stances(lex, query, [rec(unit, act="say", kind="named", name="the ministry")]) == ["against"]


@pytest.mark.parametrize("query, unit", [
    ("Freedonian tanks crossed into Ruritania", "Freedonian tanks crossed into Ruritania with no warning, the ministry said."),
    ("Sylvanian troops entered Borduria", "Sylvanian troops entered Borduria and met no resistance, the army said."),
])
def test_a_no_elsewhere_negates_nothing(lex: Lexicons, query: str, unit: str) -> None:
    assert stances(lex, query, [rec(unit, act="say", kind="named", name="the ministry")]) == ["for"]
