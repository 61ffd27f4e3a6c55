"""``check`` matches the proposition, not the topic (issue 10, the new-user classes):

- a contrary predicate is evidence against, not for ("refused to X" for "agreed to X",
  "rejected" / "accepted", "dead" / "alive"), and a query negated by its own contrary word
  ("Sylvania refused to …") is judged as negative: a unit using the same word states it;
- evidence is about the same agent: a unit naming the agent only as the place, the owner or
  the object of another actor's doing is no evidence ("Ostmark's envoy went to Sylvania");
- a hedge of a clause after the proposition does not hedge it ("… on condition that a base
  could be built");
- evidence that is all against the claim makes it ``contradicted``, never ``single_source``
  with nothing for it;
- the status comes with machine-readable reason codes.

Invented names only (the seeds' class: "Russia had refused to supply arms …, however later
reports revealed that Moscow had agreed …").
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


def rec(text: str, *, article: int = 1, outlet: str | None = "Harbour Times", act: str | None = None,
        kind: str | None = None, name: str | None = None, actors: Sequence[str] = (), action: str | None = None,
        polarity: str = "positive", n: int = 0, reverses: int | None = None) -> ClaimRecord:
    return ClaimRecord(claim_id=article * 100 + n, claim_uid=f"c{article}-{n}", article_id=article,
                       article_uid=f"a{article}", outlet=outlet, published=dt.date(2024, 3, article),
                       text=text, sentence_text=text, actors=tuple(actors), action=action, polarity=polarity,
                       modality="asserted", refers_to=None, act=act, source_kind=kind, source_name=name,
                       reverses_claim_id=reverses)


def stances(lex: Lexicons, query: str, records: Sequence[ClaimRecord]) -> list[str | None]:
    prop = xc.parse_query(query, lex)
    return [j.stance if j else None for j in xc.judge_units(prop, records, lex)]


def assess(lex: Lexicons, query: str, records: Sequence[ClaimRecord]) -> xc.Assessment:
    prop = xc.parse_query(query, lex)
    judged = xc.judge_units(prop, records, lex)
    kept = [(r, j) for r, j in zip(records, judged) if j is not None]
    return xc.assess(prop, [r for r, _ in kept], [j for _, j in kept], lambda _n: None, lex)


AGREED = "Sylvania agreed to supply arms to the Vell militia"
REFUSED = "Sylvania refused to supply arms to the Vell militia"


# ------------------------------------------------------------------ contrary predicates


def test_a_refusal_is_evidence_against_an_agreement(lex: Lexicons) -> None:
    """The example: "refused to X" is against "agreed to X", "agreed to X" for it."""
    units = [rec("Sylvania had refused to supply arms to the Vell militia", actors=("Sylvania",),
                 action="arming", polarity="negative"),
             rec("Sylvania had agreed to supply arms to the Vell militia", article=2, actors=("Sylvania",),
                 action="arming")]
    assert stances(lex, AGREED, units) == ["against", "for"]


def test_a_query_negated_by_its_own_contrary_word(lex: Lexicons) -> None:
    """Neighbour: "Sylvania refused to X" is a negative proposition; a unit with the same word
    states it, one with the contrary ("agreed") is against it."""
    p = xc.parse_query(REFUSED, lex)
    assert p.negative and "refus" in "".join(p.negator_keys)
    units = [rec("Sylvania had refused to supply arms to the Vell militia", actors=("Sylvania",),
                 action="arming", polarity="negative"),
             rec("Sylvania had agreed to supply arms to the Vell militia", article=2, actors=("Sylvania",),
                 action="arming")]
    assert stances(lex, REFUSED, units) == ["for", "against"]


@pytest.mark.parametrize("query, same, contrary", [
    ("The Vell council rejected the harbour sale", "The Vell council rejected the harbour sale on Monday.",
     "The Vell council accepted the harbour sale on Monday."),
    ("The Vell council accepted the harbour sale", "The Vell council accepted the harbour sale on Monday.",
     "The Vell council rejected the harbour sale on Monday."),
    ("Marek Lind approved the harbour sale", "Marek Lind approved the harbour sale in May.",
     "Marek Lind refused the harbour sale in May."),
    ("Marek Lind is dead", "Marek Lind is dead.", "Marek Lind is alive and recovering."),
])
def test_contrary_predicates_without_an_action_class(lex: Lexicons, query: str, same: str, contrary: str) -> None:
    """Neighbours: a contrary predicate (a ``stance.toml`` antonym pair) is against the claim
    whichever side the claim takes; the same predicate is for it."""
    assert stances(lex, query, [rec(same), rec(contrary, article=2)]) == ["for", "against"]


def test_a_hedge_of_a_later_clause_does_not_hedge_the_proposition(lex: Lexicons) -> None:
    """Neighbour: "… agreed to X on condition that a base could be built" states X; a hedge of
    the proposition itself still observes."""
    units = [rec("Sylvania had agreed to supply arms to the Vell militia on condition that a base could be built",
                 actors=("Sylvania",), action="arming"),
             rec("Sylvania could have agreed to supply arms to the Vell militia", article=2, actors=("Sylvania",),
                 action="arming")]
    assert stances(lex, AGREED, units) == ["for", "observe"]


# ------------------------------------------------------------------------ the agent


@pytest.mark.parametrize("text, actors, addresses", [
    # the agent is the place or the owner of another actor's doing: no evidence
    ("The talks came after an Ostmark envoy's visit to Sylvania to discuss arms for the Vell militia",
     ("Ostmark", "Sylvania", "Vell"), False),
    ("Ostmark approved the supply of Sylvanian-made arms to the Vell militia", ("Ostmark", "Sylvanian", "Vell"),
     False),
    # the agent as the doer: subject, a metonym first, or after "by"
    ("Sylvania has agreed to supply arms to the Vell militia", ("Sylvania", "Vell"), True),
    ("Arms were supplied to the Vell militia by Sylvania after it agreed", ("Vell", "Sylvania"), True),
    # no other actor named before it
    ("In March, Sylvania agreed to supply arms to the Vell militia", ("Sylvania",), True),
])
def test_evidence_is_about_the_same_agent(lex: Lexicons, text: str, actors: tuple[str, ...],
                                          addresses: bool) -> None:
    """A unit that names the agent but where another actor acts is no evidence; the agent as
    the doer is."""
    got = stances(lex, AGREED, [rec(text, actors=actors, action="arming")])
    assert (got[0] is not None) == addresses, got


# ----------------------------------------------------------------- status and codes


def test_all_evidence_against_is_contradicted(lex: Lexicons) -> None:
    """Evidence all against the claim: contradicted (credibility 5 when an independent origin
    stands against it), with the code ``all_against``, never single_source."""
    units = [rec(AGREED, act="deny", kind="anonymous", name="Ostmark officials"),
             rec("Sylvania had refused to supply arms to the Vell militia", article=2, outlet="Valley Post",
                 act="assert", kind="named", name="Jana Holt", actors=("Sylvania",), action="arming",
                 polarity="negative")]
    got = assess(lex, AGREED, units)
    assert (got.status, got.credibility) == ("contradicted", 5)
    assert "all_against" in got.codes and "origins_for_and_against" not in got.codes


def test_only_the_partys_own_denial_is_contradicted_but_cannot_be_judged(lex: Lexicons) -> None:
    """Neighbour: the only evidence is the agent's own denial: contradicted, graded 6, with the
    code ``denied_only_by_party``."""
    units = [rec("supplying arms to the Vell militia", act="deny", kind="named", name="Sylvania",
                 actors=("Sylvania",))]
    got = assess(lex, AGREED, units)
    assert (got.status, got.credibility) == ("contradicted", 6)
    assert {"all_against", "denied_only_by_party"} <= set(got.codes)


def test_a_reversal_in_one_origin_stands_on_both_sides(lex: Lexicons) -> None:
    """Neighbour: one article's reports say Sylvania refused, then that it agreed after all
    (a reversal): the origin counts for and against, so the claim is contradicted, and its
    negation too."""
    units = [rec("Sylvania had refused to supply arms to the Vell militia", act="assert", kind="sources_said",
                 name="reports", actors=("Sylvania",), action="arming", polarity="negative"),
             rec("Sylvania had agreed to supply arms to the Vell militia", act="assert", kind="sources_said",
                 name="later reports", actors=("Sylvania",), action="arming", n=1, reverses=100)]
    for query in (AGREED, REFUSED):
        got = assess(lex, query, units)
        assert got.status == "contradicted", (query, got)
        assert "reversal" in got.codes


@pytest.mark.parametrize("units, status, code", [
    ([], "no_evidence", "no_evidence"),
    ([rec(AGREED, act="assert", kind="named", name="Jana Holt"),
      rec("In May Sylvania agreed to supply rifles and arms to the Vell militia", article=2, outlet="Valley Post",
          act="assert", kind="anonymous", name="Ostmark officials")],
     "corroborated", "independent_origins_for"),
    ([rec(AGREED, act="assert", kind="anonymous", name="Ostmark officials")], "single_source", "single_origin_for"),
    ([rec(AGREED + ".")], "unattributed", "own_voice_only"),
    ([rec(AGREED, act="assert", kind="named", name="Jana Holt"),
      rec(AGREED, article=2, outlet="Valley Post", act="deny", kind="anonymous", name="Ostmark officials")],
     "contradicted", "origins_for_and_against"),
])
def test_every_status_has_its_reason_code(lex: Lexicons, units: list[ClaimRecord], status: str, code: str) -> None:
    """Each status carries the code that explains it, every code is documented in
    ``REASON_CODES``, and the JSON answer lists them (``reason_codes``)."""
    got = assess(lex, AGREED, units)
    assert got.status == status and code in got.codes
    assert set(got.codes) <= set(xc.REASON_CODES)
    out = xc.check_json(xc.parse_query(AGREED, lex), got, [{"article": None, "sentence": r.text} for r in units],
                        xc.judge_units(xc.parse_query(AGREED, lex), units, lex) if units else [])
    assert out["reason_codes"] == list(got.codes) and out["status"] == status


# ------------------------------------------------------- contrary findings in other words


def dated(text: str, year: int = 2024, **kw: object) -> ClaimRecord:
    r = rec(text, **kw)  # type: ignore[arg-type]
    return ClaimRecord(**{**{f: getattr(r, f) for f in r.__slots__}, "published": dt.date(year, 5, 2)})


@pytest.mark.parametrize("query, unit, contrary", [
    # the example: a recent event, a photo dated years before the article
    ("The photo shows yesterday's flood in Port Alder", "The photo of the flood in Port Alder was taken in 2012.",
     True),
    ("The photo shows yesterday's flood in Port Alder", "The photo of the flood in Port Alder was taken on Monday.",
     False),
    # another year, and not the claim's
    ("The Vell bridge collapsed in 2019", "The Vell bridge collapsed in 2009 after a flood.", True),
    ("The Vell bridge collapsed in 2019", "The Vell bridge collapsed in 2019, not in 2009.", False),
    # another count of the same thing
    ("The Vell blast killed 12 people", "The Vell blast killed 40 people, the fire brigade said.", True),
    ("The Vell blast killed 12 people", "The Vell blast killed 12 people and hurt 40 others.", False),
    # the claim's own place (another place is another proposition, no evidence: stop 25,
    # test_check_same_proposition.py)
    ("Sylvanian jets struck a school in Tarn", "Sylvanian jets struck a school in Tarn in March.", False),
    # a named alternative: the agent as the one it was not
    ("Sylvania supplied the drones to Ruritania", "The drones were supplied to Ruritania by Ostmark, not Sylvania.",
     True),
])
def test_a_contrary_value_is_evidence_against(lex: Lexicons, query: str, unit: str, contrary: bool) -> None:
    """Another date, count or a named alternative in a unit that addresses the claim is a
    contrary finding in other words (``check_values``); the claim's own value beside it is not."""
    got = stances(lex, query, [dated(unit, actors=("Ostmark", "Sylvania") if "Ostmark" in unit else ())])
    assert got[0] is not None, got
    assert (got[0] == "against") == contrary, got


def test_a_contrary_value_flips_for_a_negative_claim(lex: Lexicons) -> None:
    """Neighbour: "the photo does not show yesterday's flood" is backed by a photo dated 2012."""
    got = stances(lex, "The photo does not show yesterday's flood in Port Alder",
                  [dated("The photo of the flood in Port Alder was taken in 2012.")])
    assert got == ["for"]


def test_no_such_person_in_an_article_that_addresses_the_claim(lex: Lexicons) -> None:
    """"No such person works there", in an article that tells the claim, is against it though it
    names neither the agent nor the action; in an article that does not address the claim it is
    no evidence."""
    query = "Dr Anna Berg works at the Vell clinic"
    units = [rec("Dr Anna Berg works at the Vell clinic, a widely shared post claimed.", act="assert",
                 kind="sources_said", name="a widely shared post", actors=("Anna Berg",)),
             rec("The clinic said no such person works there.", n=1),
             rec("No such person was seen at the harbour.", article=2, n=2)]
    assert stances(lex, query, units) == ["for", "against", None]
    got = assess(lex, query, units)
    assert got.status == "contradicted"


# ------------------------------------------------------- check on a cluster's own text (item 4)


@pytest.mark.parametrize("text", [
    "It is not clear whether the Vell march was launched with the approval of Sylvania.",
    "A statement from the Vell council did not mention the harbour sale but confirmed its support for the port.",
    "Sylvania never confirmed that it had agreed to supply arms to the Vell militia.",
    "The Vell council rejected the harbour sale.",
    "The Vell bridge collapsed in 2019, not in 2009.",
])
def test_the_claims_own_words_state_it(lex: Lexicons, text: str) -> None:
    """A unit in the claim's own words states it, whatever negation or cue they hold (the query
    and the sentence are read alike), also when the query was cut ("…"), as ``report`` rows cut
    long texts: ``check`` on a cluster's text agrees with the cluster."""
    unit = rec(text)
    assert stances(lex, text, [unit]) == ["for"]
    cut = text[:60].rsplit(" ", 1)[0] + " sta..."
    assert xc._same_words(text, cut) or len(text) <= 60


# ------------------------------------------------------------------------- end to end


ARTICLES = {
    "a.txt": "Viral photo of Port Alder flood\n\nA photo shared thousands of times on Tuesday shows yesterday's flood "
             "in Port Alder, posts claimed. The photo shows the harbour wall under water.\n",
    "b.txt": "Old picture recirculates\n\nThe photo of the flood in Port Alder was taken in 2012, the photographer "
             "said. It shows the storm of that winter, not this week's rain.\n",
    "c.txt": "Clinic denies doctor story\n\nA post said Dr Anna Berg works at the Vell clinic and treated the "
             "minister. The Vell clinic said no such person works there.\n",
}


@pytest.mark.parametrize("claim", ["The photo shows yesterday's flood in Port Alder",
                                   "Dr Anna Berg works at the Vell clinic"])
def test_contrary_findings_end_to_end(tmp_path, claim: str) -> None:
    """Ingested as a user would, the claim is contradicted by the contrary finding in other words
    (a 2012 date, "no such person"), which is named among the evidence; the JSON lists the
    reason codes."""
    from claimcheck import api

    folder = tmp_path / "arts"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "c.db")
    api.ingest([str(folder)], db)
    out = api.check(db, claim)
    assert out["status"] == "contradicted", out["reasons"]
    assert "origins_for_and_against" in out["reason_codes"]
    against = [e for e in out["evidence"] if e["stance"] == "contradict"]
    assert against and all(("2012" in e["sentence"]) or ("no such person" in e["sentence"]) for e in against)


def test_the_negation_cues_are_the_claims_parsers() -> None:
    """``check`` tests a query for a negation cue with the claims parser's very pattern,
    compiled alone (a query without one is not negated)."""
    from claimcheck.lexicons import load_lexicons
    from claimcheck.parse.claims.cues import rules
    from claimcheck.xref.check_query import negation_cues

    lex = load_lexicons()
    got, want = negation_cues(lex), rules(lex).negation
    assert (got.pattern, got.flags) == (want.pattern, want.flags)
    assert got.search("Sylvania did not send troops") and not got.search("Sylvania sent troops")


def test_the_actions_alternation_is_built_from_the_lexicon_patterns() -> None:
    """One alternation of every action class, from the lexicon's patterns as written (the same
    pattern as from the compiled rules: compiling them all first cost a tenth of a check)."""
    import re

    from claimcheck.lexicons import load_lexicons
    from claimcheck.parse.claims.cues import _actions_regex, rules
    from claimcheck.parse.patterns import char_class, first_chars

    lex = load_lexicons()
    acts = rules(lex).actions
    parts = []
    for i, (_, pat) in enumerate(acts):
        first = first_chars(pat.pattern)
        parts.append(f"(?={char_class(first)})(?P<a{i}>{pat.pattern})" if first else f"(?P<a{i}>{pat.pattern})")
    first = first_chars("|".join(f"(?:{pat.pattern})" for _, pat in acts))
    gate = f"(?={char_class(first)})" if first else ""
    rx, names = _actions_regex(lex)
    assert rx.pattern == re.compile(rf"\b(?=\w){gate}(?:{'|'.join(parts)})").pattern
    assert names == tuple(a for a, _ in acts)
