"""A title with a domain complement ("ministre de la Défense", "ministro de Defensa",
"Verteidigungsminister") is a role, not part of the name: the actor is the person, so the same
minister in French, Spanish, German and English is one actor (issue 15, a new user's test)."""

from __future__ import annotations

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.parse.attributions import extract_attributions
from claimcheck.parse.sentences import split_sentences

LEX = load_lexicons()


def _actors(code: str, s: str) -> list[str | None]:
    atts = extract_attributions(s, split_sentences(s, lexicons=LEX), LEX, language=code)
    return [a.source.actor for a in atts if a.source is not None]


@pytest.mark.parametrize("code, sentence, actor", [
    # the cases of the new user's test
    ("fr", "Le ministre de la Défense Oskar Brandt a déclaré que les troupes resteraient.", "Oskar Brandt"),
    ("es", "El ministro de Defensa Oskar Brandt dijo que las tropas se quedarían.", "Oskar Brandt"),
    # five neighbours and more of our own
    ("fr", "La ministre des Affaires étrangères Anne Roux a affirmé que le sommet aurait lieu.", "Anne Roux"),
    ("fr", "Le porte-parole du ministère de l'Intérieur Paul Vidal a indiqué que la frontière était fermée.",
     "Paul Vidal"),
    ("fr", "Le ministre de la Justice Marc Lebrun a annoncé que le procès reprendrait.", "Marc Lebrun"),
    ("fr", "La ministre de la Santé Claire Morel affirme que l'épidémie recule.", "Claire Morel"),
    ("fr", "Le Président Henri Dufour a démenti toute négociation secrète.", "Henri Dufour"),
    ("es", "El portavoz del Ministerio del Interior Luis Gómez afirmó que la frontera estaba cerrada.",
     "Luis Gómez"),
    ("es", "La ministra de Asuntos Exteriores Ana Ruiz declaró que la cumbre se celebraría.", "Ana Ruiz"),
    ("es", "El ministro de Economía Pablo Serrano aseguró que la inflación bajaría.", "Pablo Serrano"),
    ("es", "La ministra de Sanidad Elena Vidal negó que faltaran vacunas.", "Elena Vidal"),
    ("es", "El General Tomás Rivas dijo que los combates habían cesado.", "Tomás Rivas"),
    ("de", "Verteidigungsminister Oskar Brandt sagte, die Truppen blieben.", "Oskar Brandt"),
    ("de", "Der Verteidigungsminister Oskar Brandt sagte, die Truppen blieben.", "Oskar Brandt"),
    ("de", "Die Außenministerin Anne Roux erklärte, der Gipfel finde statt.", "Anne Roux"),
    ("de", "Regierungssprecherin Lena Vogt sagte, die Gespräche gingen weiter.", "Lena Vogt"),
    ("de", "Innenminister Paul Vidal wies die Vorwürfe zurück.", "Paul Vidal"),
])
def test_title_is_no_part_of_the_name(code: str, sentence: str, actor: str) -> None:
    assert _actors(code, sentence) == [actor]


def test_one_actor_across_languages() -> None:
    got = {
        "en": _actors("en", "Defence Minister Oskar Brandt said the troops would stay."),
        "fr": _actors("fr", "Le ministre de la Défense Oskar Brandt a déclaré que les troupes resteraient."),
        "es": _actors("es", "El ministro de Defensa Oskar Brandt dijo que las tropas se quedarían."),
        "de": _actors("de", "Verteidigungsminister Oskar Brandt sagte, die Truppen blieben."),
    }
    assert {k: v for k, v in got.items()} == {k: ["Oskar Brandt"] for k in got}


@pytest.mark.parametrize("code, sentence, actor", [
    # no name after the title: a role source, no actor (tests/lang/test_role_sources.py)
    ("fr", "Le ministre de la Défense a déclaré que les troupes resteraient.", None),
    ("es", "El ministro de Defensa dijo que las tropas se quedarían.", None),
    # an outlet word opens an outlet's name: it stays
    ("es", "La Agencia Nova Press informó que la frontera estaba cerrada.", "Agencia Nova Press"),
    # a name without a title is left whole
    ("fr", "Khalifa ben Ali a déclaré que la route était coupée.", "Khalifa ben Ali"),
    ("de", "Anne Roux sagte, der Gipfel finde statt.", "Anne Roux"),
])
def test_what_is_not_a_title_is_kept(code: str, sentence: str, actor: str | None) -> None:
    assert _actors(code, sentence) == [actor]
