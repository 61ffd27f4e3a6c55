"""French, Spanish and German demonym adjectives name their state (a new user's finding).

"l'armée zarnovienne" / "el ejército zarnoviano" is the army of the country: the claim's actor is
the state, and "L'armée" (an elided article and a common noun) is no name.  The gazetteer's
demonyms are English; each language's are data (``kind = "demonym"`` in ``lang/<code>.toml``,
base forms with the state's gazetteer name) and their gender and number inflections are made by
the language's ``demonym_ending`` rules.  Invented countries come in through a user lexicon
folder, as a user adds one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.parse.claims.lang import agent_of, claim_rules, demonym_forms, names_in

LEX = load_lexicons([])

USER_FR = '''
[[entry]]
id = "zarnovien"
kind = "demonym"
state = "Zarnovia"
words = ["zarnovien"]
examples = ["L'armée zarnovienne a bombardé la ville."]
'''
USER_ES = '''
[[entry]]
id = "zarnoviano"
kind = "demonym"
state = "Zarnovia"
words = ["zarnoviano"]
examples = ["El ejército zarnoviano bombardeó la ciudad."]
'''
USER_GAZ = '''
[[entry]]
kind = "actor"
name = "Zarnovia"
type = "state"
demonyms = ["Zarnovian", "Zarnovians"]
source = "Invented for a test."
examples = ["Zarnovia"]
'''


def _user_folder(root: Path) -> Path:
    (root / "lang").mkdir(parents=True)
    (root / "lang" / "fr.toml").write_text(USER_FR, encoding="utf-8")
    (root / "lang" / "es.toml").write_text(USER_ES, encoding="utf-8")
    (root / "gazetteer.toml").write_text(USER_GAZ, encoding="utf-8")
    return root


def _names(code: str, text: str, lex=LEX) -> list[str]:  # noqa: ANN001
    return [n for _, _, n in names_in(text, claim_rules(lex)[code])]


@pytest.mark.parametrize("code, text, state", [
    ("fr", "L'armée égyptienne a bombardé la ville de Velmora.", "Egypt"),
    ("fr", "Des avions russes ont frappé le port de Velmora.", "Russia"),
    ("fr", "Des navires turcs ont quitté le port de Velmora.", "Turkey"),
    ("fr", "La marine britannique a saisi un navire près de Velmora.", "United Kingdom"),
    ("fr", "Les troupes françaises ont quitté Velmora.", "France"),
    ("fr", "Des responsables saoudiens ont rencontré le maire de Velmora.", "Saudi Arabia"),
    ("es", "El ejército egipcio bombardeó la ciudad de Velmora.", "Egypt"),
    ("es", "Las fuerzas rusas atacaron el puerto de Velmora.", "Russia"),
    ("es", "Aviones turcos sobrevolaron Velmora.", "Turkey"),
    ("es", "Las tropas francesas dejaron Velmora.", "France"),
    ("es", "Funcionarios saudíes visitaron Velmora.", "Saudi Arabia"),
    ("de", "Die ägyptische Armee bombardierte die Stadt Velmora.", "Egypt"),
    ("de", "Russische Flugzeuge griffen den Hafen von Velmora an.", "Russia"),
    ("de", "Die französischen Truppen verließen Velmora.", "France"),
])
def test_a_demonym_adjective_names_its_state(code: str, text: str, state: str) -> None:
    names = _names(code, text)
    assert state in names and any("Velmora" in n for n in names)  # German keeps "Stadt Velmora"
    assert not [n for n in names if n.lower().startswith(("l'", "la ", "las ", "die "))], names


@pytest.mark.parametrize("code, word", [
    ("fr", "zarnovien"), ("fr", "zarnovienne"), ("fr", "zarnoviens"), ("fr", "zarnoviennes"),
    ("es", "zarnoviano"), ("es", "zarnoviana"), ("es", "zarnovianos"), ("es", "zarnovianas"),
])
def test_an_invented_country_in_a_user_folder_with_every_inflection(tmp_path: Path, code: str, word: str) -> None:
    lex = load_lexicons([_user_folder(tmp_path / "lex")])
    assert demonym_forms(lex, code)[word] == "Zarnovia"
    text = {"fr": f"L'armée {word} a bombardé la ville de Velmora.",
            "es": f"El ejército {word} bombardeó la ciudad de Velmora."}[code]
    assert _names(code, text, lex) == ["Zarnovia", "Velmora"]
    assert agent_of(text, ["Velmora", "Zarnovia"], frozenset(), demonym_forms(lex, code)) == 1


@pytest.mark.parametrize("code, text", [
    ("fr", "Des frappes aériennes ont touché le port de Velmora."),
    ("fr", "Le quotidien a publié une ancienne lettre du maire de Velmora."),
    ("fr", "Le parisien moyen ignore tout de Velmora."),
    ("es", "Los ataques aéreos alcanzaron el puerto de Velmora."),
    ("de", "Die neue Regierung von Velmora trat zurück."),
])
def test_words_with_a_demonym_ending_are_no_state(code: str, text: str) -> None:
    assert _names(code, text) == ["Velmora"]


@pytest.mark.parametrize("text, names", [
    ("L'armée a bombardé la ville de Velmora.", ["Velmora"]),  # the case: "L'armée" taken as a name
    ("L'opposition a dénoncé le vote à Velmora.", ["Velmora"]),
    ("D'autres responsables ont démenti à Velmora.", ["Velmora"]),
    ("L'Égypte a démenti toute implication à Velmora.", ["L'Égypte", "Velmora"]),  # a name after the article stays
])
def test_an_elided_article_and_a_common_noun_is_no_name(text: str, names: list[str]) -> None:
    assert _names("fr", text) == names


def test_shipped_demonyms_name_gazetteer_states() -> None:
    states = {e["name"] for e in LEX["gazetteer"] if e["kind"] == "actor"}
    for code in ("fr", "es", "de"):
        forms = demonym_forms(LEX, code)
        assert forms and set(forms.values()) <= states


def test_the_three_languages_join_with_the_state_as_actor(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from claimcheck import api

    monkeypatch.setenv("CLAIMCHECK_LEXICONS", str(_user_folder(tmp_path / "lex")))
    docs = tmp_path / "docs"
    docs.mkdir()
    texts = {
        "en": "Shelling hits Velmora\nMarch 3, 2026\n\nThe Zarnovian army shelled the town of Velmora on Monday, "
              "a spokesman for the town council said.\n",
        "fr": "Bombardements sur Velmora\n3 mars 2026\n\nL'armée zarnovienne a bombardé la ville de Velmora lundi, "
              "a déclaré un porte-parole du conseil municipal.\n",
        "es": "Bombardeos en Velmora\n3 de marzo de 2026\n\nEl ejército zarnoviano bombardeó la ciudad de Velmora "
              "el lunes, dijo un portavoz del ayuntamiento.\n",
    }
    for code, text in texts.items():
        (docs / f"{code}.txt").write_text(text, encoding="utf-8")
        (docs / f"{code}.meta.json").write_text(f'{{"language": "{code}"}}', encoding="utf-8")
    db = tmp_path / "x.db"
    api.ingest([str(docs)], str(db))
    rows = sqlite3.connect(db).execute(
        "select a.language, c.actors, m.cluster_id from claims c join articles a on a.id = c.article_id "
        "join cluster_members m on m.claim_id = c.id where c.action = 'air_strike'").fetchall()
    by_lang = {lang: (actors, cluster) for lang, actors, cluster in rows}
    assert set(by_lang) == {"en", "fr", "es"}
    assert "Zarnovia" in by_lang["fr"][0] and "L'armée" not in by_lang["fr"][0]
    assert "Zarnovia" in by_lang["es"][0]
    assert len({cluster for _, cluster in by_lang.values()}) == 1
