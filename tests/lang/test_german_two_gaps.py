"""A German verb split around two gaps (issue 15, left from the last stop): "geht [die Polizei]
von [einem Anschlag] aus" is a hedge whose subject stands before the verb or opens the first gap
and whose content is the second gap, what the preposition governs (``de.toml`` forms with two
``*``; :func:`claimcheck.parse.attributions.lang._two_gaps`)."""

from __future__ import annotations

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.parse.attributions import extract_attributions
from claimcheck.parse.sentences import split_sentences

LEX = load_lexicons([])


def read(text: str) -> list[tuple[str | None, str, str]]:
    return [(a.source.span.text if a.source and a.source.span else None, a.act, a.content.text)
            for a in extract_attributions(text, split_sentences(text, lexicons=LEX), LEX, language="de")]


@pytest.mark.parametrize("text, source, content", [
    ("Die Polizei geht von einem gezielten Anschlag aus.", "Die Polizei", "einem gezielten Anschlag"),
    ("Nach ersten Erkenntnissen geht die Polizei von einem gezielten Anschlag aus.", "die Polizei",
     "einem gezielten Anschlag"),
    ("Am Montag gingen die Ermittler noch von einem Unfall aus.", "die Ermittler", "einem Unfall"),
    ("Die Behörden gehen derzeit von zwölf Toten aus.", "Die Behörden", "zwölf Toten"),
    ("Die Ermittler gingen zunächst von einem Unfall aus.", "Die Ermittler", "einem Unfall"),
])
def test_the_second_gap_is_the_content(text: str, source: str, content: str) -> None:
    assert read(text) == [(source, "hedge", content)]


@pytest.mark.parametrize("text", [
    "Die Polizei geht von Haus zu Haus.",  # no particle at the end: no cue
    "Der Zug geht um acht Uhr.",
])
def test_without_the_particle_there_is_no_cue(text: str) -> None:
    assert read(text) == []


def test_the_one_gap_form_still_takes_its_clause() -> None:
    assert read("Die Polizei geht davon aus, dass der Täter floh.") == [("Die Polizei", "hedge", "der Täter floh")]
