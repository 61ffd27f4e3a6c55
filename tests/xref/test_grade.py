"""Origins, statuses and grades of ``claimcheck.xref.grade``, on claim records built by hand.

Each test cites the rule it checks, from the module docstring and the functions of
``claimcheck/xref/grade.py`` and from ``docs/decisions.md`` ("Cross-referencing").  The records
stand for the mentions of one cluster, as ``xref/analyse.py`` hands them over; the actor keys come
from a small table instead of the gazetteer, so nothing here depends on the lexicons.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.model import ClaimRecord
from claimcheck.xref.grade import (
    CREDIBILITY,
    RELIABILITY,
    ClusterResult,
    assess,
    origin_of,
    source_reliability,
    stance_of,
)

WIRE_COPY = 92.0  # the shipped threshold (``wire_copy`` in lexicons/xref.toml), a rapidfuzz ratio

# alias -> actor key; anything else has no actor (its normalised text stands in)
KEYS = {
    "Harbour Times": "harbour-times", "Northern Ledger": "northern-ledger", "Reuters": "reuters",
    "Jane Minister": "jane-minister", "Minister Jane": "jane-minister", "the minister": "jane-minister",
    "Diego Fuentes": "diego-fuentes", "Port Authority": "port-authority", "the port authority": "port-authority",
    "Dock Union": "dock-union",
}


def key(alias: str) -> str | None:
    return KEYS.get(alias)


DAY = dt.date(2024, 3, 1)
CLAIM = "The port authority sold the northern pier to a private company"
ACTORS = ("Port Authority",)  # the party the claim is about
# a sentence per mention, each written differently (so that no two are wire copies of each other)
SENTENCES = {
    1: "The port authority sold the northern pier to a private company, the minister said on Monday.",
    2: "A private firm now owns the old northern pier after a quiet sale by the harbour's managers.",
    3: "Residents learned from a notice on the gate that the pier had changed hands.",
    4: "Critics say the pier went to a company with ties to the board.",
}


def rec(claim_id: int, article_id: int, *, act: str | None = "assert", kind: str | None = "named",
        name: str | None = None, outlet: str | None = "Harbour Times", via: tuple[str, ...] = (),
        polarity: str = "positive", sentence: str | None = None, published: dt.date | None = DAY,
        actors: tuple[str, ...] = ACTORS, reverses: int | None = None) -> ClaimRecord:
    """One mention of the claim.  ``act=None`` is the outlet's own voice (then no source)."""
    if act is None:
        kind = name = None
    return ClaimRecord(
        claim_id=claim_id, claim_uid=f"c{claim_id:04d}", article_id=article_id, article_uid=f"a{article_id}",
        outlet=outlet, published=published, text=CLAIM,
        sentence_text=sentence if sentence is not None else SENTENCES[claim_id],
        actors=actors, action="sell", polarity=polarity, modality="asserted", refers_to=None, act=act,
        source_id=None if act is None else 100 + claim_id, source_kind=kind, source_name=name, via=via,
        reverses_claim_id=reverses)


def run(*claims: ClaimRecord) -> ClusterResult:
    """``assess`` over all the given mentions as one cluster."""
    return assess(list(claims), list(range(len(claims))), key, WIRE_COPY)


# ---------------------------------------------------------------------------- stance_of


@pytest.mark.parametrize("act, polarity, stance", [
    ("assert", "positive", "support"),
    ("confirm", "positive", "support"),
    ("hedge", "positive", "support"),
    (None, "positive", "support"),
    ("deny", "positive", "deny"),
    ("assert", "negative", "deny"),
    (None, "negative", "deny"),
    ("decline", "positive", "decline"),
    ("decline", "negative", "decline"),
])
def test_stance_of(act: str | None, polarity: str, stance: str) -> None:
    """Rule (``stance_of``): a decline (no comment / no response) is a decline whatever its
    polarity; a denial or the opposite polarity is a denial; anything else supports the claim."""
    assert stance_of(rec(1, 1, act=act, name="Jane Minister", polarity=polarity)) == stance


# ---------------------------------------------------------------------------- origin_of


@pytest.mark.parametrize("fields, origin", [
    # the outlet's own voice is the outlet; without an outlet, the article
    ({"act": None}, "outlet:harbour-times"),
    ({"act": None, "outlet": "Valley Gazette"}, "outlet:valley gazette"),
    ({"act": None, "outlet": None}, "article:a1"),
    # "it was reported that ...": reports behind the outlet
    ({"kind": None}, "reports:outlet:harbour-times"),
    # a named source is its actor, whatever the spelling; unknown names by their normalised text
    ({"name": "Jane Minister"}, "named:jane-minister"),
    ({"name": "Minister Jane", "outlet": "Northern Ledger"}, "named:jane-minister"),
    ({"name": "Pedro  Alvarez"}, "named:pedro alvarez"),
    # an unnamed source: its description, behind whoever cited it first
    ({"kind": "anonymous", "name": "U.S. officials"}, "anonymous:harbour-times:u s officials"),
    ({"kind": "anonymous", "name": "U.S. officials", "via": ("Reuters", "Northern Ledger")},
     "anonymous:reuters:u s officials"),
    ({"kind": "anonymous", "name": "officials", "outlet": None}, "anonymous:a1:officials"),
    # "sources said": the intermediary, else the outlet that printed it
    ({"kind": "sources_said", "name": "sources", "via": ("Reuters",)}, "reports:reuters"),
    ({"kind": "sources_said", "name": "sources"}, "reports:outlet:harbour-times"),
])
def test_origin_of(fields: dict, origin: str) -> None:
    """Rule (module docstring, "Origins"; docs/decisions.md "Origins, not articles, are counted")."""
    assert origin_of(rec(1, 1, **fields), key) == origin


# ---------------------------------------------------------------------------- statuses


def test_two_independent_named_origins_are_corroborated_with_credibility_1() -> None:
    """Rule: two or more supporting origins -> corroborated; credibility 1 when one of them is a
    named source that is not a party the claim is about ("confirmed by independent sources")."""
    r = run(rec(1, 1, name="Jane Minister"),
            rec(2, 2, name="Diego Fuentes", outlet="Northern Ledger"))
    assert r.status == "corroborated"
    assert r.support_origins == ["named:diego-fuentes", "named:jane-minister"]
    assert r.deny_origins == [] and r.decline_origins == []
    assert r.credibility == 1 and CREDIBILITY[r.credibility] == "confirmed by independent sources"
    assert r.reasons == ["2 independent origins: Diego Fuentes (named), Jane Minister (named)",
                         "at least one origin is a named, on-record source"]


def test_two_unnamed_origins_are_corroborated_with_credibility_2() -> None:
    """Rule: corroborated without any named source among the origins -> credibility 2
    ("probably true")."""
    r = run(rec(1, 1, kind="anonymous", name="port officials"),
            rec(2, 2, kind="anonymous", name="a company executive", outlet="Northern Ledger"))
    assert r.status == "corroborated"
    assert r.support_origins == ["anonymous:harbour-times:port officials",
                                 "anonymous:northern-ledger:a company executive"]
    assert r.credibility == 2
    assert r.reasons[-1] == "no named, on-record source among them"


def test_three_unnamed_origins_stay_at_credibility_2() -> None:
    """Rule: three or more origins, none named -> still credibility 2, not 1."""
    r = run(rec(1, 1, kind="anonymous", name="port officials"),
            rec(2, 2, kind="anonymous", name="dock workers", outlet="Northern Ledger"),
            rec(3, 3, kind="sources_said", name="sources", outlet="Valley Gazette"))
    assert (r.status, r.credibility, len(r.support_origins)) == ("corroborated", 2, 3)


def test_named_origins_that_are_all_parties_to_the_claim_give_credibility_2() -> None:
    """Rule: credibility 1 needs a supporting origin that is not a party the claim is about;
    when the named origins are all parties the claim names, it is 2."""
    r = run(rec(1, 1, name="Port Authority"),
            rec(2, 2, name="Port Authority", outlet="Northern Ledger", actors=("Port Authority", "Dock Union")),
            rec(3, 3, name="Dock Union", outlet="Valley Gazette"))
    assert r.status == "corroborated"
    assert r.support_origins == ["named:dock-union", "named:port-authority"]
    assert r.credibility == 2


def test_one_named_origin_repeated_in_three_articles_is_single_source() -> None:
    """Rule: a named source is its actor, so one minister quoted (under several spellings) by
    three outlets is one origin -> single_source, credibility 3, and the repetition is said not
    to make it independent."""
    r = run(rec(1, 1, name="Jane Minister"),
            rec(2, 2, name="Minister Jane", outlet="Northern Ledger"),
            rec(3, 3, name="the minister", outlet="Valley Gazette"))
    assert r.status == "single_source"
    assert r.support_origins == ["named:jane-minister"]
    assert r.origins == ["named:jane-minister"] * 3
    assert r.credibility == 3
    assert r.reasons == ["rests on one origin: Jane Minister (named)",
                         "a named source, not confirmed by an independent one",
                         "repeated in 3 articles, which does not make it independent"]


def test_one_unnamed_origin_is_single_source_with_credibility_4() -> None:
    """Rule: single_source resting on an unnamed or vague source -> credibility 4 ("doubtful")."""
    r = run(rec(1, 1, kind="anonymous", name="a port official"))
    assert (r.status, r.credibility) == ("single_source", 4)
    assert r.reasons == ["rests on one origin: a port official (unnamed, in Harbour Times)",
                         "an unnamed or vague source, not confirmed by an independent one"]


def test_unnamed_source_cited_through_one_intermediary_by_two_outlets_is_one_origin() -> None:
    """Rule: an unnamed source is known by its description behind the outlet it was cited
    through ("sources cited by Y" -> Y's sources), so two outlets repeating Reuters' unnamed
    source are one origin."""
    r = run(rec(1, 1, kind="anonymous", name="a port official", via=("Reuters",)),
            rec(2, 2, kind="anonymous", name="a port official", via=("Reuters",), outlet="Northern Ledger"))
    assert r.support_origins == ["anonymous:reuters:a port official"]
    assert (r.status, r.credibility) == ("single_source", 4)


def test_the_same_unnamed_source_in_one_article_is_counted_once() -> None:
    """Rule (``_same_unnamed_in_article``): in one article, "officials" and "U.S. officials" on
    the same claim are one unnamed origin (a description contained in another's)."""
    r = run(rec(1, 1, kind="anonymous", name="U.S. officials"),
            rec(2, 1, kind="anonymous", name="officials"))
    assert r.origins == ["anonymous:harbour-times:u s officials"] * 2
    assert r.support_origins == ["anonymous:harbour-times:u s officials"]
    assert r.status == "single_source"


def test_the_same_description_in_two_articles_of_two_outlets_is_two_origins() -> None:
    """Counter-case of the rule above: the merging of unnamed descriptions is within one article;
    "officials" in another outlet's article is another origin."""
    r = run(rec(1, 1, kind="anonymous", name="U.S. officials"),
            rec(2, 2, kind="anonymous", name="officials", outlet="Northern Ledger", sentence="Another sentence."))
    assert r.support_origins == ["anonymous:harbour-times:u s officials", "anonymous:northern-ledger:officials"]
    assert r.status == "corroborated"


WIRE = "Dock workers in the northern port ended a two-week strike on Monday, port officials said."


@pytest.mark.parametrize("second, copies", [
    (WIRE, True),  # the same sentence
    (WIRE.replace("Monday", "Sunday"), True),  # a near copy, ratio above the threshold
    ("Port officials said a strike by dock workers in the north had ended after two weeks.", False),
])
def test_wire_copy_is_counted_once(second: str, copies: bool) -> None:
    """Rule (``_wire_copy_origins``; docs/decisions.md): near-identical sentences in different
    articles (wire copy) share the earliest one's origin; a sentence written otherwise keeps its
    own."""
    early = rec(1, 1, kind="anonymous", name="port officials", sentence=WIRE, published=dt.date(2024, 3, 1))
    late = rec(2, 2, kind="anonymous", name="port officials", sentence=second, outlet="Northern Ledger",
               published=dt.date(2024, 3, 2))
    r = run(late, early)
    first = "anonymous:harbour-times:port officials"
    if copies:
        assert r.origins == [first, first]
        assert (r.status, r.support_origins) == ("single_source", [first])
    else:
        assert r.origins == ["anonymous:northern-ledger:port officials", first]
        assert r.status == "corroborated"


def test_the_outlets_own_voice_restating_its_source_takes_that_origin() -> None:
    """Rule: an unattributed mention in an article whose attributed mention is in the same cluster
    takes that origin (a headline summarising the article's own sources adds nothing)."""
    r = run(rec(1, 1, act=None), rec(2, 1, name="Diego Fuentes"))
    assert r.origins == ["named:diego-fuentes", "named:diego-fuentes"]
    assert r.support_origins == ["named:diego-fuentes"]
    assert r.status == "single_source"


def test_own_voice_alone_is_unattributed() -> None:
    """Rule: supported only in the outlet's own voice -> unattributed, credibility 6."""
    r = run(rec(1, 1, act=None))
    assert (r.status, r.credibility) == ("unattributed", 6)
    assert r.reasons == ["stated only in the outlet's own voice (Harbour Times (own voice)); no source given"]


def test_an_assertion_met_by_an_independent_denial_is_contradicted_and_improbable() -> None:
    """Rule: supporting and denying origins -> contradicted; when a denier is not a party the
    claim is about, credibility 5 ("improbable")."""
    r = run(rec(1, 1, name="Jane Minister"),
            rec(2, 2, act="deny", name="Diego Fuentes", outlet="Northern Ledger"))
    assert r.status == "contradicted"
    assert (r.support_origins, r.deny_origins) == (["named:jane-minister"], ["named:diego-fuentes"])
    assert r.stances == ["support", "deny"]
    assert r.credibility == 5
    assert r.reasons == ["asserted by 1 origin(s): Jane Minister (named)",
                         "denied or reported otherwise by 1 origin(s): Diego Fuentes (named)"]


def test_a_report_of_the_opposite_counts_as_a_denial() -> None:
    """Rule (``stance_of``): the opposite polarity is a denial, so a negative restatement in
    another outlet's own voice contradicts the claim."""
    r = run(rec(1, 1, name="Jane Minister"), rec(2, 2, act=None, polarity="negative", outlet="Northern Ledger"))
    assert r.status == "contradicted"
    assert r.deny_origins == ["outlet:northern-ledger"]
    assert r.credibility == 5


@pytest.mark.parametrize("supporters, credibility", [(1, 6), (2, 3)])
def test_a_denial_by_the_party_the_claim_is_about_is_not_independent(supporters: int, credibility: int) -> None:
    """Rule (docs/decisions.md): a denial by a party the claim is about makes the cluster
    contradicted but its credibility is 3 (two or more independent origins) or 6, never 5."""
    support = [rec(1, 1, name="Jane Minister"),
               rec(2, 2, name="Diego Fuentes", outlet="Northern Ledger")][:supporters]
    r = run(*support, rec(3, 3, act="deny", name="the port authority", outlet="Valley Gazette"))
    assert r.status == "contradicted"
    assert r.deny_origins == ["named:port-authority"]
    assert r.credibility == credibility
    assert r.reasons[-1] == ("the denial comes from a party the claim is about: a signal of its own, "
                             "not independent evidence against it")


def test_a_reversal_is_named_among_the_reasons() -> None:
    """Rule: a cluster with a mention that reverses an earlier one says "a later report reverses
    an earlier one"."""
    r = run(rec(1, 1, kind="sources_said", name="sources"),
            rec(2, 1, kind="sources_said", name="later reports", polarity="negative", reverses=1,
                via=("Reuters",)))
    assert r.status == "contradicted"
    assert r.reasons[2] == "a later report reverses an earlier one"


def test_no_comment_is_neither_denial_nor_confirmation() -> None:
    """Rule: a decline is its own stance; it is listed among the reasons and does not make the
    claim contradicted."""
    r = run(rec(1, 1, kind="anonymous", name="port officials"),
            rec(2, 1, act="decline", name="the port authority"))
    assert r.status == "single_source"
    assert r.decline_origins == ["named:port-authority"] and r.deny_origins == []
    assert r.reasons[-1] == ("no comment or no response from: the port authority (named) "
                             "(neither a denial nor a confirmation)")


@pytest.mark.parametrize("acts, status, reason", [
    (("deny",), "single_source", "only denials or non-answers, nothing asserting it"),
    (("deny", "decline"), "single_source", "only denials or non-answers, nothing asserting it"),
    (("decline",), "unattributed", "only non-answers, nothing asserting it"),
])
def test_nothing_asserting_it(acts: tuple[str, ...], status: str, reason: str) -> None:
    """Rule: a cluster of only denials and/or non-answers has credibility 6 and says that nothing
    asserts it."""
    r = run(*(rec(i, i, act=a, name=n) for i, (a, n) in enumerate(zip(acts, ("Jane Minister", "Diego Fuentes")), 1)))
    assert (r.status, r.credibility, r.reasons[0]) == (status, 6, reason)
    assert r.support_origins == []


def test_assess_does_not_depend_on_the_order_of_members() -> None:
    """Rule (xref/analyse.py: deterministic): the same mentions in another order give the same
    origins, status and grade."""
    a = rec(1, 1, kind="anonymous", name="port officials", sentence=WIRE)
    b = rec(2, 2, kind="anonymous", name="port officials", sentence=WIRE, outlet="Northern Ledger",
            published=dt.date(2024, 3, 5))
    c = rec(3, 3, act="deny", name="Diego Fuentes", outlet="Valley Gazette")
    one, two = run(a, b, c), run(c, b, a)
    assert (one.status, one.credibility, one.support_origins, one.deny_origins) == \
           (two.status, two.credibility, two.support_origins, two.deny_origins) == \
           ("contradicted", 5, ["anonymous:harbour-times:port officials"], ["named:diego-fuentes"])


# ---------------------------------------------------------------------------- source_reliability


@pytest.mark.parametrize("items, grade, counts", [
    ([], "F", (0, 0, 0)),
    ([("single_source", False)] * 3, "F", (0, 0, 3)),
    ([("unattributed", False)], "F", (0, 0, 0)),
    ([("contradicted", True)], "F", (0, 0, 0)),  # an interested party's denial is not counted
    ([("corroborated", False)], "F", (1, 0, 0)),  # one check is not a track record
    ([("contradicted", False)], "F", (0, 1, 0)),
    ([("party", False)] * 6, "F", (0, 0, 0)),  # statements about itself are no track record
    ([("corroborated", False)] * 2, "C", (2, 0, 0)),  # no B on fewer than three corroborations
    ([("corroborated", False)] * 3, "B", (3, 0, 0)),
    ([("corroborated", False)] * 4 + [("single_source", False)], "B", (4, 0, 1)),
    ([("corroborated", False)] * 5, "A", (5, 0, 0)),
    ([("corroborated", False)] * 5 + [("party", False)] * 3, "A", (5, 0, 0)),
    ([("corroborated", False)] * 3 + [("contradicted", False)], "C", (3, 1, 0)),
    ([("corroborated", False)] * 2 + [("contradicted", False)], "D", (2, 1, 0)),
    ([("corroborated", False), ("contradicted", False)], "D", (1, 1, 0)),
    ([("corroborated", False)] + [("contradicted", False)] * 2, "E", (1, 2, 0)),
    ([("contradicted", False)] * 2, "E", (0, 2, 0)),
    ([("corroborated", True), ("contradicted", True), ("corroborated", False)], "C", (2, 0, 0)),
])
def test_source_reliability_grades(items: list[tuple[str, bool]], grade: str,
                                   counts: tuple[int, int, int]) -> None:
    """Rule (``source_reliability``): F until two of the source's claims were checked against
    an independent origin; with no contradiction A (5+ corroborated), B (3+, never fewer) or C;
    with contradictions C when corroborated > 2 x contradicted, D when corroborated >=
    contradicted, else E; contradictions that are only an interested party's denial do not
    count against it, and what a source says about a claim it is a party to is no track record."""
    ((sid, (g, reasons, n)),) = source_reliability({7: items}).items()
    assert (sid, g, n) == (7, grade, counts)
    assert reasons[0] == RELIABILITY[grade]


@pytest.mark.parametrize("corr, contra", [(c, k) for c in range(8) for k in range(4)])
def test_no_a_or_b_on_fewer_than_three_independent_corroborations(corr: int, contra: int) -> None:
    (g, _, _), = source_reliability({1: [("corroborated", False)] * corr + [("contradicted", False)] * contra}).values()
    if corr < 3:
        assert g not in "AB"
    if corr + contra < 2:
        assert g == "F"


def test_no_basis_is_f_with_the_reason_in_words() -> None:
    """Rule: F with "no basis yet" while there is no basis; the counts come first in words."""
    assert source_reliability({3: [("single_source", False)] * 2}) == {3: (
        "F",
        ["reliability cannot be judged",
         "0 claim(s) corroborated by independent origins, 0 contradicted, 2 resting on it alone",
         "no basis yet: 0 of its claims checked against an independent origin, 2 needed"],
        (0, 0, 2))}


def test_sources_that_are_no_one_source_are_not_graded() -> None:
    """Rule: "officials", "sources", a pronoun are F with the reason, whatever they said."""
    out = source_reliability({1: [("corroborated", False)] * 6}, {2: "an unnamed description ('officials') …"})
    assert out[1][0] == "A"
    assert out[2] == ("F", ["reliability cannot be judged", "no basis yet: an unnamed description ('officials') …"],
                      (0, 0, 0))


def test_an_interested_denial_is_named_and_not_counted() -> None:
    """Rule (docs/decisions.md): an interested party's denial does not count against the
    reliability of the sources, and the reasons say so."""
    grade, reasons, counts = source_reliability({1: [("corroborated", True), ("corroborated", False)] * 2})[1]
    assert (grade, counts) == ("B", (4, 0, 0))
    assert reasons == ["usually reliable",
                       "4 claim(s) corroborated by independent origins, 0 contradicted, 0 resting on it alone",
                       "2 denied only by a party the claim is about (not counted against it)"]


def test_every_source_is_graded_separately() -> None:
    """Rule: one grade per source id, from that source's clusters only."""
    out = source_reliability({1: [("corroborated", False)] * 5, 2: [("contradicted", False)] * 2, 3: []})
    assert {sid: g for sid, (g, _, _) in out.items()} == {1: "A", 2: "E", 3: "F"}


def test_origin_tally_counts_each_origin_once_per_side() -> None:
    """One origin with several mentions counts once; an origin that asserts and denies is on both
    sides and once in all; check's stance words count as the cluster's do (mixed: both)."""
    from claimcheck.xref.grade import origin_tally

    t = origin_tally([("support", "named:a"), ("support", "named:a"), ("deny", "named:b"),
                      ("support", "named:b"), ("decline", "named:c")])
    assert (t.support, t.deny, t.decline, t.every) == (("named:a", "named:b"), ("named:b",), ("named:c",),
                                                       ("named:a", "named:b", "named:c"))
    t = origin_tally([("corroborate", "x"), ("observe", "y"), ("mixed", "z"), ("contradict", "w"),
                      ("no comment", "v")])
    assert (t.support, t.deny, t.decline) == (("x", "y", "z"), ("w", "z"), ("v",))
    assert origin_tally([]).every == ()
