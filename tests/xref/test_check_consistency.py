"""A claim and its negation are graded consistently, and ``check`` and ``report`` read parties
to a claim the same way (issue 10 item 3).

The rule (``xref.grade.status_from_origins``): a contradicted claim is graded 5 when independent
origins stand on both sides (4 when more of them assert it than deny it, stop 26); when every origin of one side is a party the claim is about, that
side is a signal, not evidence, and the grade comes from the other side (one origin: 6; two or
more: 3 when they back the claim, 5 when they deny it).  Swapping the sides (the negation) gives
5/5, 6/6, 4/5 or 3/5: never "possibly true" for both, never a grade that depends on which way the
query was typed beyond that.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

import pytest

from claimcheck.lexicons import Lexicons, load_lexicons
from claimcheck.model import ClaimRecord
from claimcheck.xref import check as xc
from claimcheck.xref.grade import status_from_origins

CONSISTENT = {(5, 5), (6, 6), (3, 5), (5, 3), (4, 5), (5, 4)}


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    return load_lexicons()


def grade(sup: Sequence[str], den: Sequence[str], parties: set[str]) -> tuple[str, int]:
    j = status_from_origins(sup, den, interested=lambda o: o in parties)
    return j.status, j.credibility


ORIGINS = ("named:party", "named:other-party", "named:minister", "anonymous:officials", "reports:agency")


@pytest.mark.parametrize("n_for, n_against", [(1, 1), (1, 2), (2, 1), (2, 2), (3, 1), (1, 3)])
@pytest.mark.parametrize("parties_for, parties_against", [(0, 0), (0, 1), (1, 0), (0, 2), (2, 0), (1, 1)])
def test_a_claim_and_its_negation_get_consistent_grades(n_for: int, n_against: int, parties_for: int,
                                                       parties_against: int) -> None:
    """Every split of origins, with and without parties on either side: the claim (sup, den)
    and its negation (den, sup) are both contradicted and graded consistently."""
    if parties_for > n_for or parties_against > n_against:
        pytest.skip("more parties than origins")
    parties = [f"named:party-{i}" for i in range(4)]
    others = [f"anonymous:source-{i}" for i in range(8)]
    sup = parties[:parties_for] + others[:n_for - parties_for]
    den = parties[2:2 + parties_against] + others[4:4 + n_against - parties_against]
    claim, negation = grade(sup, den, set(parties)), grade(den, sup, set(parties))
    assert claim[0] == negation[0] == "contradicted"
    assert (claim[1], negation[1]) in CONSISTENT


@pytest.mark.parametrize("sup, den, expected", [
    # the accused party denies, one independent origin asserts: cannot be judged, both ways
    (["anonymous:officials"], ["named:party"], (6, 6)),
    # two independent origins assert, the party denies: possibly true / improbable
    (["anonymous:officials", "reports:agency"], ["named:party"], (3, 5)),
    # independent origins on both sides: contradicted by other information, both ways
    (["anonymous:officials"], ["named:minister"], (5, 5)),
    (["anonymous:officials", "named:party"], ["named:minister"], (5, 5)),
])
def test_named_splits(sup: list[str], den: list[str], expected: tuple[int, int]) -> None:
    parties = {"named:party"}
    assert (grade(sup, den, parties)[1], grade(den, sup, parties)[1]) == expected


def test_the_grade_does_not_depend_on_the_order_of_origins() -> None:
    for perm in itertools.permutations(ORIGINS[:4]):
        sup, den = list(perm[:2]), list(perm[2:])
        assert grade(sup, den, {"named:party"}) == grade(sorted(sup), sorted(den), {"named:party"})


def rec(text: str, *, article: int = 1, outlet: str | None = "Harbour Times", act: str | None = None,
        kind: str | None = None, name: str | None = None, n: int = 0) -> ClaimRecord:
    return ClaimRecord(claim_id=article * 100 + n, claim_uid=f"c{article}-{n}", article_id=article,
                       article_uid=f"a{article}", outlet=outlet, published=dt.date(2024, 3, article),
                       text=text, sentence_text=text, actors=(), action=None, polarity="positive",
                       modality="asserted", refers_to=None, act=act, source_kind=kind, source_name=name, via=())


def assess(lex: Lexicons, query: str, records: list[ClaimRecord]) -> xc.Assessment:
    prop = xc.parse_query(query, lex)
    judged = xc.judge_units(prop, records, lex)
    kept = [(r, j) for r, j in zip(records, judged) if j is not None]
    return xc.assess(prop, [r for r, _ in kept], [j for _, j in kept], lambda _name: None)


@pytest.mark.parametrize("query, negation, party, other", [
    # the party is the agent
    ("Sylvania supplied drones to Ruritania", "Sylvania did not supply drones to Ruritania", "Sylvania",
     "Bordurian officials"),
    # the party is another actor the claim names (not its agent): as report reads a cluster's actors
    ("Ruritania received drones from Sylvania", "Ruritania did not receive drones from Sylvania", "Sylvania",
     "Bordurian officials"),
    ("Ostland shelled the port of Vell", "Ostland did not shell the port of Vell", "Ostland", "Observers"),
    ("Marek Lind accepted bribes from the Vell port authority",
     "Marek Lind did not accept bribes from the Vell port authority", "Lind", "Prosecutors"),
    ("Ruritania closed its border with Borduria", "Ruritania did not close its border with Borduria",
     "Ruritania", "Aid workers"),
])
def test_check_grades_a_claim_and_its_negation_alike(lex: Lexicons, query: str, negation: str, party: str,
                                                      other: str) -> None:
    """Through ``check``'s own pieces: an unnamed source asserts, the party the claim names
    denies; the claim and its negation are both contradicted, graded 6 and 6 (one independent
    origin against a party's signal), and the party's part is named as such both ways."""
    records = [rec(query, act="assert", kind="anonymous", name=other),
               rec(query, article=2, outlet="Valley Post", act="deny", kind="named", name=party)]
    pos, neg = assess(lex, query, records), assess(lex, negation, records)
    assert (pos.status, neg.status) == ("contradicted", "contradicted")
    assert (pos.credibility, neg.credibility) == (6, 6)
    assert any("party the claim is about" in r for r in pos.reasons)
    assert any("party the claim is about" in r for r in neg.reasons)


@pytest.mark.parametrize("sup, status, credibility", [
    # two articles asserting in their own voice, not copies of one another: two origins
    (["article:a1", "article:a2"], "corroborated", 2),
    (["outlet:harbour-times", "outlet:valley-post"], "corroborated", 2),
    (["outlet:harbour-times", "named:jane-minister"], "corroborated", 1),
    # one article's own voice alone: unattributed; one source alone: single_source
    (["article:a1"], "unattributed", 6),
    (["anonymous:officials"], "single_source", 4),
])
def test_an_outlets_own_voice_is_its_own_origin(sup: list[str], status: str, credibility: int) -> None:
    """The rule check and report share: an article asserting in its own voice is an origin of its
    own (wire copy, near-identical text and an article restating its own source are folded into
    one origin before this, by ``xref.origins.trace``); two of them corroborate, without a named
    source (credibility 2)."""
    assert grade(sup, [], set()) == (status, credibility)
