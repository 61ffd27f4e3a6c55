"""A title with its complements is a role; a name after it is the source (new users' findings).

Two classes, each with the example found and neighbours of our own (invented names):
- a title with no name after it ("le ministre de la Défense a déclaré") is a role source:
  anonymous, a person, no actor (English "the defence minister said" is read the same way); it
  gave the actor "Défense" before;
- a German title with a genitive complement and a name after it ("Sprecher des
  Innenministeriums Max Muster sagte") is that named person; it stayed unnamed before.
A ministry (a body, not a title) stays a named source, and is never the bare portfolio.
"""

from __future__ import annotations

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.parse.attributions import extract_attributions
from claimcheck.parse.sentences import split_sentences

LEX = load_lexicons([])


def _sources(code: str, s: str) -> list[tuple[str, str | None]]:
    atts = extract_attributions(s, split_sentences(s, lexicons=LEX), LEX, language=code)
    return [(a.source.kind, a.source.actor) for a in atts if a.source is not None]


@pytest.mark.parametrize("code, sentence", [
    ("fr", "Le ministre de la Défense a déclaré que l'armée resterait à la frontière."),  # the case
    ("fr", "Un porte-parole a déclaré que la frontière était fermée."),
    ("fr", "Le porte-parole du ministère de l'Intérieur a indiqué que la frontière était fermée."),
    ("fr", "La ministre des Affaires étrangères a affirmé que le sommet aurait lieu."),
    ("fr", "Le président de la Commission a estimé que l'accord était solide."),
    ("fr", "Le ministre français de la Justice a annoncé que le procès reprendrait."),
    ("es", "El ministro de Defensa dijo que el ejército se quedaría."),
    ("es", "Un portavoz dijo que la frontera estaba cerrada."),
    ("es", "El portavoz del Ministerio del Interior afirmó que la frontera estaba cerrada."),
    ("es", "La ministra de Asuntos Exteriores aseguró que la cumbre se celebraría."),
    ("de", "Der Verteidigungsminister sagte, die Truppen blieben."),
    ("de", "Ein Sprecher des Innenministeriums sagte, die Grenze bleibe geschlossen."),
    ("en", "The defence minister said the army would stay."),
])
def test_a_title_without_a_name_is_a_role_source(code: str, sentence: str) -> None:
    assert _sources(code, sentence) == [("anonymous", None)]


@pytest.mark.parametrize("code, sentence, name", [
    ("de", "Der Sprecher des Innenministeriums Max Muster sagte am Montag, die Grenze bleibe geschlossen.",
     "Max Muster"),  # the case
    ("de", "Ein Sprecher des Verteidigungsministeriums, Max Muster, sagte, die Truppen seien abgezogen.",
     "Max Muster"),
    ("de", "Die Sprecherin der Stadtverwaltung Anna Berg sagte, die Brücke werde gesperrt.", "Anna Berg"),
    ("de", "Sprecherin der Stadtverwaltung Anna Berg erklärte, die Brücke werde gesperrt.", "Anna Berg"),
    ("de", "Der Sprecher des bayerischen Innenministeriums Jonas Weber sagte, die Lage sei ruhig.", "Jonas Weber"),
    ("de", "Der Botschafter Paul Lenz erklärte, der Gipfel finde statt.", "Paul Lenz"),
    ("fr", "Le porte-parole du gouvernement, Paul Vidal, a déclaré que la frontière était fermée.", "Paul Vidal"),
    ("es", "El portavoz del Gobierno, Juan Ruiz, dijo que la frontera estaba cerrada.", "Juan Ruiz"),
])
def test_a_name_after_a_title_and_its_complement_is_the_source(code: str, sentence: str, name: str) -> None:
    assert _sources(code, sentence) == [("named", name)]


@pytest.mark.parametrize("code, sentence, actor", [
    ("fr", "Le ministère de la Défense a déclaré que les troupes resteraient.", "ministère de la Défense"),
    ("es", "El Ministerio de Defensa dijo que el ejército se quedaría.", "Ministerio de Defensa"),
    ("fr", "Le gouvernement du Kavar a démenti avoir déployé des troupes.", "Kavar"),
])
def test_a_body_is_named_and_never_the_bare_portfolio(code: str, sentence: str, actor: str) -> None:
    assert _sources(code, sentence) == [("named", actor)]
