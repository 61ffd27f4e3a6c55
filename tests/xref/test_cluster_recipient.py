"""A claim whose recipient is missing joins the cluster of its speaker's side (issue 9 item 4, stop 26).

A new user's test on invented articles: the headline "Ruritania's president says Freedonia sent
tanks" joined "Freedonia also sent tanks to Borduria", the first cluster it met, instead of "Freedonia
sent tanks to Ruritania".  A claim of a relationship class (arming, funding, training …) that names an
agent and no recipient, said by a speaker, may match representatives of different recipients; it
then joins the one whose recipient is its speaker's side: the source, or an actor its tag names
("Ruritania's president, Ivan Petrov, said …") (``claimcheck.xref.cluster.recipient_choice``).
Otherwise it joins its best match, as any claim.  Texts and actors are invented; each row is
first shown to join the other cluster without the rule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.model import ClaimRecord, Span
from claimcheck.parse.claims.predicate import find_predicate, predicate_rules
from claimcheck.xref import cluster
from claimcheck.xref.cluster import cluster_claims

LEX = load_lexicons()
PR = predicate_rules(LEX)


def keys(m: str) -> Sequence[str]:
    return (m.lower().replace(" ", "-"),)


def rec(i: int, text: str, actors: Sequence[str], action: str, source: str | None = None,
        sentence: str | None = None) -> ClaimRecord:
    got = find_predicate([Span(0, len(text), text)], PR)
    return ClaimRecord(claim_id=i, claim_uid=f"c{i:04d}", article_id=i, article_uid=f"a{i:04d}", outlet=f"o{i}",
                       published=dt.date(2024, 5, 10), text=text, sentence_text=sentence or text,
                       actors=tuple(actors), action=action, polarity="positive", modality="asserted",
                       refers_to=None, act="assert" if source else None, source_kind="named" if source else None,
                       source_name=source, language="en", predicate=got[0].text if got else None,
                       predicate_lemma=got[1] if got else None)


def joined(claims: list[ClaimRecord]) -> str:
    """The text of the representative the last claim (the agent-only one) joins."""
    for g in cluster_claims(claims, keys, LEX):
        if len(claims) - 1 in g:
            others = [claims[k].text for k in g if k != len(claims) - 1]
            return others[0] if others else ""
    raise AssertionError


# (claim to Ruritania, claim to Borduria, agent-only claim, its actors, speaker, its sentence, action, wanted)
ROWS = [
    # the case: a headline whose speaker is a possessive
    ("Freedonia sent tanks to Ruritania", "Freedonia also sent tanks to Borduria", "Freedonia sent tanks",
     ["Freedonia"], "Ruritania's", "Ruritania's president says Freedonia sent tanks", "arming", "Ruritania"),
    # the speaker a person, the side named in the tag
    ("Freedonia sent tanks to Ruritania", "Freedonia also sent tanks to Borduria", "Freedonia sent tanks",
     ["Freedonia"], "Ivan Petrov", "Ruritania's president, Ivan Petrov, said that Freedonia sent tanks", "arming",
     "Ruritania"),
    # other goods, the other side
    ("Freedonia delivered drones to Ruritania", "Freedonia also delivered drones to Borduria",
     "Freedonia delivered drones", ["Freedonia"], "Ruritania", "Ruritania said Freedonia delivered drones",
     "arming", "Ruritania"),
    ("Freedonia supplied missiles to Borduria", "Freedonia also supplied missiles to Ruritania",
     "Freedonia supplied missiles", ["Freedonia"], "Borduria's defence ministry",
     "Borduria's defence ministry said on Monday that Freedonia supplied missiles", "arming", "Borduria"),
    ("Sylvania paid cash bonuses to Borduria", "Sylvania also paid cash bonuses to Ruritania",
     "Sylvania paid cash bonuses", ["Sylvania"], "Anna Kovac",
     "Anna Kovac, Borduria's finance minister, said Sylvania paid cash bonuses", "funding",
     "Borduria"),
    ("Sylvania sent rifles to Ruritania", "Sylvania also sent rifles to Borduria", "Sylvania sent rifles",
     ["Sylvania"], "Ruritanian officials", "Ruritanian officials in Ruritania said Sylvania sent rifles", "arming",
     "Ruritania"),
]


def _claims(a: str, b: str, c: str, actors: list[str], speaker: str, sentence: str, action: str) -> list[ClaimRecord]:
    def two(text: str) -> list[str]:
        return [actors[0], "Ruritania" if "Ruritania" in text else "Borduria"]
    return [rec(0, a, two(a), action), rec(1, b, two(b), action), rec(2, c, actors, action, speaker, sentence)]


@pytest.mark.parametrize("a, b, c, actors, speaker, sentence, action, wanted", ROWS)
def test_the_recipient_missing_joins_its_speakers_side(a, b, c, actors, speaker, sentence, action, wanted,
                                                        monkeypatch):
    claims = _claims(a, b, c, actors, speaker, sentence, action)
    monkeypatch.setattr(cluster, "RECIPIENTS", False)
    assert joined(claims) == b, "without the rule it must join the other side, or it shows nothing"
    monkeypatch.setattr(cluster, "RECIPIENTS", True)
    assert joined(claims) == a and wanted in a


def test_a_speaker_of_neither_side_joins_its_best_match():
    claims = _claims("Freedonia sent tanks to Ruritania", "Freedonia also sent tanks to Borduria", "Freedonia sent tanks",
                     ["Freedonia"], "a Sylvanian diplomat", "A Sylvanian diplomat said Freedonia sent tanks", "arming")
    assert joined(claims) in (claims[0].text, claims[1].text)


ARTICLES = {
    "a": ({"title": "Officials: tanks crossed near Kessel", "outlet": "Kessel Courier", "published": "2025-03-08"},
          "Freedonia sent tanks to Ruritania last month, Ruritanian officials said.\n\n"
          "The officials said the tanks crossed the border near Kessel.\n"),
    "b": ({"title": "Diplomat on Freedonian tanks", "outlet": "Global Wire", "published": "2025-03-09"},
          "Freedonia sent tanks to Ruritania, a Sylvanian diplomat said.\n\n"
          "Freedonia also sent tanks to Borduria, the diplomat added.\n"),
    "c": ({"title": "Ruritania's president says Freedonia sent tanks", "outlet": "Brill Times",
           "published": "2025-03-10"},
          "Ruritania's president says Freedonia sent tanks\n\n"
          "Ruritania's president, Ivan Petrov, said on Monday that Freedonia sent tanks.\n"),
}


def test_the_presidents_headline_joins_the_tanks_sent_to_ruritania(tmp_path, report, cluster_of):
    rows = report(tmp_path, ARTICLES)
    borduria = cluster_of(rows, "tanks to Borduria")
    ruritania = cluster_of(rows, "tanks to Ruritania")
    assert [s["name"] for s in borduria["sources"]] == ["a Sylvanian diplomat"]
    assert "Ivan Petrov" in [s["name"] for s in ruritania["sources"]]
    assert ruritania["articles"] == 3
