"""A negation word inside an out-of-scope expression (a possibility left open, a non-denial, a
confirmation: the ``stance.toml`` entries with ``scope = "cancels-negation"``) does not make a
claim negative; a real negation still does (issue 9, item 2)."""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.errors import LexiconError
from claimcheck.ingest.readers import RawDocument
from claimcheck.lexicons import load_lexicons
from claimcheck.parse.claims import rules
from claimcheck.parse.claims.cues import negation_scope

LEX = load_lexicons()


def _claims(text: str):  # noqa: ANN202
    from claimcheck.ingest.pipeline import build

    return build(RawDocument("t.txt", "A headline\n\n" + text + "\n", "file", metadata={}, metadata_origin=""),
                 lexicons=LEX).claims


def _polarity(sentence: str, words: str) -> str:
    """The polarity of the claim whose text holds ``words``."""
    got = [c for c in _claims(sentence) if words in c.span.text]
    assert got, (sentence, [c.span.text for c in _claims(sentence)])
    return got[0].polarity


# (sentence, words of the claim): each class's case and five neighbours of our own
POSSIBLE = [
    ("Investigators said they could not rule out faulty wiring as the cause of the warehouse fire.", "faulty wiring"),
    ("Police said they haven't ruled out arson in the fire at the depot.", "arson"),
    ("The coroner said he could not exclude foul play in the death of the banker.", "foul play"),
    ("Engineers said a second collapse of the bridge was not impossible.", "second collapse"),
    ("The regulator said it had not ruled out a recall of the cars.", "recall"),
    ("Doctors said they cannot rule out a second wave of infections in the capital this winter.", "second wave"),
]
NON_DENIAL = [
    ("The ministry did not deny reports that the minister had resigned from the cabinet on Monday, a newspaper said.", "minister"),
    ("The club said it did not dispute that the striker had left the training camp.", "striker"),
    ("A spokesman said the company did not deny that the factory would close in May.", "factory"),
    ("The embassy said it had never denied that the ambassador met the rebels.", "ambassador"),
    ("Officials said they did not dispute the figures showing that exports fell sharply.", "exports"),
    ("The airline said it has not denied that the pilot was drunk on the flight.", "pilot"),
]
CONFIRMATION = [
    ("A spokesman said there was no reason to doubt that the factory would close.", "factory"),
    ("There is no reason to doubt that the army shelled the town, the monitors said.", "shelled"),
    ("There is no doubt that the army shelled the town, the monitors said.", "shelled"),
    ("The minister said there was no doubt that the dam had burst overnight.", "dam"),
    ("Analysts said there was little doubt that the bank would cut rates.", "bank"),
    ("The inspector said there was no reason to doubt the pilot's account of the crash.", "pilot"),
]
NEGATIVE = [
    ("The coast guard said the cargo ship did not sink off the coast on Sunday.", "did not sink"),
    ("Police said the suspect had not left the city before the attack on the bank.", "left the city"),
    ("The ministry said the minister never resigned from the cabinet after the vote.", "resigned"),
    ("Officials said Ruritania did not send troops to the border.", "troops"),
    ("The club said the striker had not signed a new contract.", "striker"),
    ("Investigators said the fire was not caused by faulty wiring.", "faulty wiring"),
]


@pytest.mark.parametrize("sentence, words", POSSIBLE + NON_DENIAL + CONFIRMATION)
def test_an_out_of_scope_negation_leaves_the_claim_positive(sentence: str, words: str) -> None:
    assert _polarity(sentence, words) == "positive"


@pytest.mark.parametrize("sentence, words", NEGATIVE)
def test_a_real_negation_stays_negative(sentence: str, words: str) -> None:
    assert _polarity(sentence, words) == "negative"


def test_ruled_out_without_a_negation_is_no_negative_claim() -> None:
    got = [c for c in _claims("Investigators said they had ruled out faulty wiring as the cause of the fire.")
           if "faulty wiring" in c.span.text]
    assert got and all(c.polarity == "positive" for c in got)


def test_the_expressions_come_from_the_stance_lexicon_only() -> None:
    marked = [e for e in LEX["stance"] if e.get("scope") == "cancels-negation"]
    assert {e["id"] for e in marked} >= {"not-ruled-out", "not-denied", "no-doubt"}
    scope = rules(LEX).negation_scope
    for e in marked:  # every example of a marked entry holds an expression of the pattern
        for ex in e.get("examples", ()):
            if re.search(r"\b(?:not|n't|no|never|cannot)\b", ex, re.I):
                assert scope.search(ex), (e["id"], ex)
    for text in ("The ship did not sink.", "Investigators ruled out faulty wiring.", "The ministry denied it."):
        assert not scope.search(text), text


def test_an_unknown_scope_is_a_lexicon_error() -> None:
    class Fake:
        def __getitem__(self, name: str):  # noqa: ANN204
            class E(dict):
                label = "stance.toml: entry 'x'"
            return [E(id="x", kind="hedge", terms=["not rule out"], scope="cancels-everything")]

    with pytest.raises(LexiconError, match="unknown scope"):
        negation_scope(Fake())  # type: ignore[arg-type]


def test_report_gives_the_source_support_not_deny(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Fire at the depot\n\nInvestigators said they could not rule out faulty wiring "
                                    "as the cause of the warehouse fire.\n", encoding="utf-8")
    runner = CliRunner()
    db = str(tmp_path / "x.db")
    with contextlib.chdir(tmp_path):
        res = runner.invoke(app, ["ingest", "a.txt", "--db", db, "-q"])
        assert res.exit_code == 0, res.output
        res = runner.invoke(app, ["report", "--db", db, "--format", "json", "--all"])
        assert res.exit_code == 0, res.output
    rows = [r for r in json.loads(res.stdout) if "faulty wiring" in r["claim"]]
    assert rows, res.stdout
    stances = {s["stance"] for r in rows for s in r["sources"]}
    assert stances and stances <= {"support", "hedge", "observe"}, stances
    assert all(r["independent_origins"] >= 1 for r in rows)
