"""``claimcheck check`` in pieces: the query read as a proposition (``parse_query``), each unit
of evidence judged (``judge_units``) and the evidence grouped by origin into a status
(``assess``), on records built by hand; the JSON answer (``check_json``); and the status rule
that ``check`` shares with ``report`` (``xref.grade.status_from_origins``).

Each test names the rule it checks, from the docstring of ``claimcheck/xref/check.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from claimcheck.lexicons import Lexicons, load_lexicons
from claimcheck.model import ClaimRecord
from claimcheck.xref import check as xc
from claimcheck.xref.grade import status_from_origins


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    return load_lexicons()


def rec(text: str, *, article: int = 1, outlet: str | None = "Harbour Times", act: str | None = None,
        kind: str | None = None, name: str | None = None, actors: Sequence[str] = (), via: Sequence[str] = (),
        n: int = 0) -> ClaimRecord:
    """A unit of evidence: a claim ``text`` in article ``article``, in the outlet's own voice or,
    with ``act``, attributed to a source of ``kind`` named ``name``."""
    return ClaimRecord(claim_id=article * 100 + n, claim_uid=f"c{article}-{n}", article_id=article,
                       article_uid=f"a{article}", outlet=outlet, published=dt.date(2024, 3, article),
                       text=text, sentence_text=text, actors=tuple(actors), action=None, polarity="positive",
                       modality="asserted", refers_to=None, act=act, source_kind=kind, source_name=name,
                       via=tuple(via))


def judge(lex: Lexicons, query: str, records: Sequence[ClaimRecord], known: Sequence[str] = ()) -> list[str | None]:
    prop = xc.parse_query(query, lex, known)
    return [j.stance if j else None for j in xc.judge_units(prop, records, lex)]


# ---------------------------------------------------------------------------- the query


@pytest.mark.parametrize("query, agent, action, negative, speaker", [
    ("Sylvania supplied drones to Ruritania", "Sylvania", "arming", False, None),
    ("Sylvania did not supply drones to Ruritania", "Sylvania", "arming", True, None),
    ("Borduria never closed its eastern border", "Borduria", "closed", True, None),
    # "X denies doing C": X is the agent, the proposition negative
    ("Borduria denies closing its eastern border", "Borduria", "closing", True, "Borduria"),
    # a kicker is not part of the proposition; a name further on is not the subject
    ("Report: Borduria closed its eastern border", "Borduria", "closed", False, None),
    ("The dam on the Vell river has cracked", None, None, False, None),
    # a negation inside a quotation the claim cites is the quotation's, not the claim's
    ('Sylvania broadcast the slogan "we will never surrender" nightly', "Sylvania", "broadcast", False, None),
    ("Borduria adopted ‘we shall not be moved’ as its anthem", "Borduria", "adopted", False, None),
    ('Borduria did not sign the "no first use" pledge', "Borduria", "sign", True, None),
])
def test_the_query_is_read_as_a_proposition(lex: Lexicons, query: str, agent: str | None, action: str | None,
                                            negative: bool, speaker: str | None) -> None:
    """Rule 1: the agent is the first name of the content in subject position, the action its
    action class or the word after the agent, the polarity negative for "did not", "never",
    "denies"; "X denies C" has a speaker."""
    p = xc.parse_query(query, lex)
    assert (p.agent, p.action or p.action_word, p.negative, p.speaker) == (agent, action, negative, speaker)


def test_title_case_takes_a_known_name_as_agent(lex: Lexicons) -> None:
    """Rule 1: in a Title Case headline capitals say nothing; the agent is the first word group
    the database knows as an actor (a single capitalised word only when written in capitals or
    known to the gazetteer), and no action word is guessed."""
    p = xc.parse_query("Gary Bettman Rules Out New Teams", lex, known={"gary bettman", "rules"})
    assert (p.agent, p.action_word) == ("Gary Bettman", None)
    assert xc.parse_query("Harmful Effects Of Noise On Sleep", lex, known={"harmful"}).agent is None
    assert xc.query_ngrams("Gary Bettman Says")[:3] == ["gary", "bettman", "says"]


# ----------------------------------------------------------------------------- one unit


def test_a_different_agent_is_not_evidence(lex: Lexicons) -> None:
    """Rule 3: a unit that does not name the agent does not address the claim, however many of
    its words it shares; the agent as the *source* of the unit does not count."""
    units = [rec("Sylvania supplied drones to Ruritania."),
             rec("Sylvania supplied drones to Ruritania", act="assert", kind="named", name="Freedonia")]
    assert judge(lex, "Freedonia supplied drones to Ruritania", units) == [None, None]


def test_the_action_must_be_the_same(lex: Lexicons) -> None:
    """Rule 3: a unit about the agent doing something else is not evidence ("opened" is not
    "closed"); another form of the action word, or a word of its action class, is."""
    units = [rec("Port Alder opened its ferry terminal on Monday."),
             rec("Port Alder has closed the ferry terminal."),
             rec("Sylvania sent hundreds of drones to Ruritania.", article=2)]
    assert judge(lex, "Port Alder closed its ferry terminal", units[:2]) == [None, "for"]
    assert judge(lex, "Sylvania supplied drones to Ruritania", units[2:]) == ["for"]


@pytest.mark.parametrize("unit, stance", [
    (rec("Sylvania sent drones to Ruritania", act="assert", kind="anonymous", name="officials"), "for"),
    (rec("supplying drones to Ruritania", act="deny", kind="named", name="Sylvania", actors=("Sylvania",)),
     "against"),
    (rec("The report that Sylvania supplied drones to Ruritania is a hoax."), "against"),
    (rec("Sylvania did not supply drones to Ruritania."), "against"),
    # the negation belongs to another word ("no"), or comes after the action
    (rec("Sylvania, with no warning, supplied drones to Ruritania."), "for"),
    (rec("Sylvania reportedly supplied drones to Ruritania."), "observe"),
    (rec("A post titled “Sylvania supplied drones to Ruritania” was shared widely."), "observe"),
    (rec("drones to Ruritania", act="decline", kind="named", name="Sylvania", actors=("Sylvania",)), "decline"),
])
def test_the_stance_of_a_unit(lex: Lexicons, unit: ClaimRecord, stance: str) -> None:
    """Rule 3: a denial (speech act or cue), a falsity cue, the action negated → against; a hedge
    or a quotation → observe; a non-answer → decline; else for."""
    assert judge(lex, "Sylvania supplied drones to Ruritania", [unit]) == [stance]


def test_a_negated_query_flips_for_and_against(lex: Lexicons) -> None:
    """Rule 3: for a negative query, for and against swap; observing and declining stay."""
    units = [rec("Sylvania had sent hundreds of drones to Ruritania", act="assert", kind="anonymous",
                 name="Bordurian officials"),
             rec("supplying drones to Ruritania", act="deny", kind="named", name="Sylvania", actors=("Sylvania",)),
             rec("Sylvania reportedly supplied drones to Ruritania.")]
    assert judge(lex, "Sylvania supplied drones to Ruritania", units) == ["for", "against", "observe"]
    assert judge(lex, "Sylvania did not supply drones to Ruritania", units) == ["against", "for", "observe"]


def test_too_few_words_do_not_address_the_claim(lex: Lexicons) -> None:
    """Rule 3: below MIN_COVERAGE of the query's word weight a unit is not evidence."""
    assert judge(lex, "Sylvania supplied drones to Ruritania in May",
                 [rec("Sylvania held elections in May.")]) == [None]


# ----------------------------------------------------------------------- origins, status


def assess(lex: Lexicons, query: str, records: list[ClaimRecord]) -> xc.Assessment:
    prop = xc.parse_query(query, lex)
    judged = xc.judge_units(prop, records, lex)
    kept = [(r, j) for r, j in zip(records, judged) if j is not None]
    return xc.assess(prop, [r for r, _ in kept], [j for _, j in kept], lambda _name: None)


Q = "Sylvania supplied drones to Ruritania"


def test_nothing_addresses_it_is_no_evidence(lex: Lexicons) -> None:
    """Rule 4: no unit → ``no_evidence``, with the reason."""
    got = assess(lex, Q, [rec("Sylvania held elections in May.")])
    assert (got.status, got.origins) == ("no_evidence", ())
    assert got.reasons == ("nothing in the database addresses this claim about Sylvania (arming)",)


def test_two_independent_origins_corroborate(lex: Lexicons) -> None:
    """Rule 4: two named sources in two outlets → two origins for, none against: corroborated."""
    got = assess(lex, Q, [rec(Q, act="assert", kind="named", name="Ada Lind"),
                          rec("Sylvania supplied 300 drones to Ruritania in May", article=2, outlet="Valley Post",
                              act="assert", kind="named", name="Omar Vik")])
    assert got.status == "corroborated"
    assert [g.stance for g in got.origins] == ["for", "for"]


def test_a_copied_sentence_is_one_origin(lex: Lexicons) -> None:
    """Rule 4: the same sentence in two articles (wire copy) is one origin, whoever it cites."""
    got = assess(lex, Q, [rec(Q, act="assert", kind="named", name="Ada Lind"),
                          rec(Q, article=2, outlet="Valley Post", act="assert", kind="named", name="Omar Vik")])
    assert (got.status, len(got.origins)) == ("single_source", 1)


def test_one_speaker_in_two_outlets_is_one_origin(lex: Lexicons) -> None:
    """Rule 4: the same named speaker quoted by two outlets, however fully each names them, is
    one origin: single_source."""
    got = assess(lex, Q, [rec(Q, act="assert", kind="named", name="Defence Minister Ada Lind"),
                          rec("Sylvania supplied 300 drones to Ruritania in May", article=2, outlet="Valley Post",
                              act="assert", kind="named", name="Lind")])
    assert got.status == "single_source"
    assert len(got.origins) == 1 and got.origins[0].evidence == (0, 1)


def test_for_and_against_contradict_and_an_interested_denial_is_named(lex: Lexicons) -> None:
    """Rule 4: an origin for and one against → contradicted; when the one against is the claim's
    own agent, the reasons say so (credibility 6)."""
    got = assess(lex, Q, [rec(Q, act="assert", kind="anonymous", name="Bordurian officials"),
                          rec("supplying drones to Ruritania", act="deny", kind="named", name="Sylvania",
                              actors=("Sylvania",))])
    assert (got.status, got.credibility) == ("contradicted", 6)
    assert any("party the claim is about" in r for r in got.reasons)


def test_an_outlets_own_denial_is_not_its_sources_assertion(lex: Lexicons) -> None:
    """Rule 4: an article's own voice restating its source takes that source's origin only when it
    says the same; a denial it states in its own voice stays an origin of its own."""
    got = assess(lex, Q, [rec(Q, act="assert", kind="anonymous", name="Bordurian officials"),
                          rec("Sylvania denied that it supplied drones to Ruritania.", n=1)])
    assert got.status == "contradicted"
    assert sorted(g.stance for g in got.origins) == ["against", "for"]


def test_check_json_keeps_the_briefs_shape(lex: Lexicons) -> None:
    """The answer has the brief's ``claim``, ``status`` and ``evidence`` items with ``article``,
    ``sentence``, ``stance`` and ``source``; the evidence is grouped by origin in ``origins``
    (indices into ``evidence``); ``limit`` cuts what is shown, not what is judged."""
    records = [rec(Q, act="assert", kind="named", name="Ada Lind"),
               rec("Sylvania supplied 300 drones to Ruritania in May", article=2, outlet="Valley Post",
                   act="assert", kind="named", name="Omar Vik")]
    prop = xc.parse_query(Q, lex)
    judged = [j for j in xc.judge_units(prop, records, lex) if j is not None]
    found = xc.assess(prop, records, judged, lambda _n: None)
    displays = [{"article": {"id": r.article_uid, "title": None, "outlet": r.outlet, "published": None},
                 "sentence": r.text, "start": 0, "end": len(r.text), "claim": {"text": r.text},
                 "source": {"text": r.source_name, "name": r.source_name, "kind": r.source_kind, "cue": "said",
                            "act": "assert"}} for r in records]
    d = xc.check_json(prop, found, displays, judged, limit=1)
    assert {"claim", "status", "evidence", "reasons", "credibility", "origins", "proposition"} <= set(d)
    assert (d["status"], d["independent_origins"], d["more_evidence"]) == ("corroborated", 2, 1)
    e = d["evidence"][0]
    assert {"article", "sentence", "stance", "source", "kind", "origin", "reason"} <= set(e)
    assert (e["stance"], e["kind"]) == ("corroborate", "named")
    assert [o["evidence"] for o in d["origins"]] == [[0], []] and [o["pieces"] for o in d["origins"]] == [1, 1]


# ------------------------------------------------------------------- one rule for both


@pytest.mark.parametrize("support, deny, status", [
    (["named:a", "named:b"], [], "corroborated"),
    (["named:a"], ["named:b"], "contradicted"),
    (["anonymous:x:officials"], [], "single_source"),
    (["outlet:harbour times"], [], "unattributed"),
    ([], ["named:b"], "single_source"),
    ([], [], "unattributed"),
])
def test_report_and_check_share_the_status_rule(support: list[str], deny: list[str], status: str) -> None:
    """``status_from_origins`` is the rule of both ``report`` (a cluster's members) and ``check``
    (its evidence): the same origins give the same status."""
    assert status_from_origins(support, deny).status == status
