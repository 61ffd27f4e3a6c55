"""A name after a fronted adverbial (issue 15, left from the last stop: "Spanish names taking a
capitalised word in front of them").  "Ayer Juan Pérez dijo que C" had no source (the adverbial
was read as the start of an inversion, "Ayer dijo el ministro"); "Finalmente María López" and
"En Madrid, el portavoz Carlos Ruiz" took the adverbial into the name.  The adverbial, then a
subject, then the verb: the subject is the source; with nothing after the verb but the content,
an adverbial alone still means the subject follows the verb."""

from __future__ import annotations

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.parse.attributions import extract_attributions
from claimcheck.parse.sentences import split_sentences

LEX = load_lexicons([])


def sources(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    return [(a.source.span.text if a.source and a.source.span else None, a.source.actor if a.source else None)
            for a in extract_attributions(text, split_sentences(text, lexicons=LEX), LEX, language=lang)]


@pytest.mark.parametrize("lang, text, source, actor", [
    ("es", "Ayer Juan Pérez dijo que la carretera estaba cortada.", "Juan Pérez", "Juan Pérez"),
    ("es", "Finalmente María López aseguró que la obra terminará en marzo.", "María López", "María López"),
    ("es", "Hoy Naciones Unidas advirtió que la hambruna se extiende.", "Naciones Unidas", "Naciones Unidas"),
    ("es", "En Madrid, el portavoz Carlos Ruiz declaró que todo seguía igual.", "el portavoz Carlos Ruiz", "Carlos Ruiz"),
    ("es", "Además el ministro Luis Ortega afirmó que no habrá cambios.", "el ministro Luis Ortega", "Luis Ortega"),
    ("fr", "Hier Jean Dupont a déclaré que la route était coupée.", "Jean Dupont", "Jean Dupont"),
])
def test_the_subject_after_a_fronted_adverbial_is_the_source(lang: str, text: str, source: str, actor: str) -> None:
    assert sources(text, lang) == [(source, actor)]


@pytest.mark.parametrize("lang, text, source", [
    ("es", "Ayer dijo el ministro que la carretera estaba cortada.", "el ministro"),  # inverted: the subject follows
    ("es", "Además, dijo el portavoz que la carretera estaba cortada.", "el portavoz"),
    ("de", "Am Montag sagte der Minister, die Lage sei ruhig.", "der Minister"),
    ("de", "Im Interview mit der Zeitung sagte der Minister, die Lage sei ruhig.", "der Minister"),
])
def test_an_adverbial_alone_before_the_verb_still_inverts(lang: str, text: str, source: str) -> None:
    assert [s for s, _ in sources(text, lang)] == [source]
