"""Articles in other languages about the same event as an English one (issue 15, Done when):
their attributions name the same actors, the actors join across languages, and their claims
join the English clusters where they name the same actors, action and polarity
(:mod:`claimcheck.xref.cross_language`; the corpus measure: tests/lang/test_cross_language.py).

The three articles in ``data_lang/`` (en, fr, es; written for this, invented names) report the
same three propositions: a denial of sending troops, "X had not deployed a single soldier",
and air strikes near a port that officials attribute to the state that denies them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import api

DATA = Path(__file__).parent / "data_lang"
ACTORS = ("Karim Sahli", "Kavar", "Omar Belkadi")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("xlang") / "x.db")
    summary = api.ingest([str(DATA / f"{code}.txt") for code in ("en", "fr", "es")], path)
    assert summary.ingested == 3
    return path


def test_each_language_is_read_with_its_own_lexicon() -> None:
    for code in ("en", "fr", "es"):
        doc = next(iter(api.extract([str(DATA / f"{code}.txt")])))
        assert doc.meta.value("language") == code
        named = {a.source.actor for a in doc.attributions if a.source is not None and a.source.actor}
        assert any("Karim Sahli" in (n or "") for n in named), (code, named)
        assert any(a.act == "deny" for a in doc.attributions) or code == "en" and any(
            c.polarity == "negative" for c in doc.claims), code


def test_actors_join_across_languages(db: str) -> None:
    actors, _ = api.actors(db)
    for name in ACTORS:
        holding = [a for a in actors if any(name in alias for alias in a["aliases"])]
        assert len(holding) == 1, (name, holding)  # one actor for the English, French and Spanish mentions


def test_claims_join_across_languages_where_actors_action_and_polarity_agree(db: str) -> None:
    """The air strikes near the port: one cluster of the three articles (each language's action
    patterns give ``air_strike``).  The denials of sending troops: one cluster of the three
    (the English one joins since "sending troops" is a ``deployment`` pattern, lost26).  "His country had not deployed …" names no actor in any
    language (the possessive is not resolved): three clusters of one article."""
    rows = api.report(db)
    strikes = [r for r in rows if r.action == "air_strike"]
    assert len(strikes) == 1 and strikes[0].articles == 3
    troops = [r for r in rows if r.action == "deployment" and "Sarné" in r.claim]
    assert len(troops) == 1 and troops[0].articles == 3
    unresolved = [r for r in rows if r.action == "deployment" and not r.actors]
    assert len(unresolved) == 3 and all(r.articles == 1 for r in unresolved)
