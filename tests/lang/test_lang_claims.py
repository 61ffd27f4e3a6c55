"""Claims in other languages (issue 15): action classes, negation, names and dates read with the
language's own rules (:mod:`claimcheck.parse.claims.lang`).  The per-entry examples of the
``action``, ``negation``, ``agent_marker`` and ``name_prefix`` entries run in
tests/test_lexicons_examples.py; here, the behaviour around them, each class with neighbours."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck import api
from claimcheck.errors import LexiconError
from claimcheck.lexicons import load_lexicons
from claimcheck.parse.claims.lang import (actions_in, agent_of, claim_rules, date_words, lang_date_of, names_in,
                                          negated_in)

LEX = load_lexicons([])
PUBLISHED = dt.date(2026, 3, 20)


@pytest.mark.parametrize("lang, text, iso, raw", [
    ("fr", "le Kavar a mené des frappes aériennes le mois dernier", "2026-02", "le mois dernier"),
    ("fr", "le ministre a rencontré le général le 12 mars 2025", "2025-03-12", "le 12 mars 2025"),
    ("fr", "les troupes sont arrivées en 2019 dans la ville", "2019", "en 2019"),
    ("es", "Kavar llevó a cabo bombardeos el mes pasado", "2026-02", "el mes pasado"),
    ("es", "se reunió con el comandante el 12 de marzo de 2026", "2026-03-12", "12 de marzo de 2026"),
    ("es", "los combates empezaron hace 2 días", "2026-03-18", "hace 2 días"),
    ("de", "Kavar habe die Stadt im Oktober 2025 angegriffen", "2025-10", "im Oktober 2025"),
    ("de", "die Gespräche hätten vor zwei Tagen begonnen", "2026-03-18", "vor zwei Tagen"),
    ("ru", "в прошлом месяце Кавар нанёс авиаудары", "2026-02", "в прошлом месяце"),
    ("ru", "переговоры прошли 3 марта 2026 года", "2026-03-03", "3 марта 2026"),
    ("ar", "شنت كافار غارات جوية الشهر الماضي", "2026-02", "الشهر الماضي"),
])
def test_a_claim_date_is_read_in_its_language(lang: str, text: str, iso: str, raw: str) -> None:
    got_iso, got_raw = lang_date_of(text, PUBLISHED, lang, LEX)
    assert got_iso == iso and raw in got_raw, (got_iso, got_raw)


@pytest.mark.parametrize("lang, text", [
    ("fr", "le Kavar a mené des frappes aériennes près du port de Sarné"),
    ("es", "El mar estaba en calma en el puerto"),  # "mar" is no Tuesday ("martes")
    ("de", "Die Regierung bestritt den Bericht"),
    ("fr", "les forces armées de Mars ont défilé"),  # a capitalised name is no month
])
def test_a_claim_without_a_date_has_none(lang: str, text: str) -> None:
    assert lang_date_of(text, PUBLISHED, lang, LEX)[0] is None


def test_a_relative_date_without_a_publication_date_keeps_its_words_only() -> None:
    assert lang_date_of("Kavar llevó a cabo bombardeos el mes pasado", None, "es", LEX) == (None, "el mes pasado")
    assert lang_date_of("le 12 mars 2025 les troupes", None, "fr", LEX)[0] == "2025-03-12"  # the year is stated


def test_extract_gives_claim_dates_in_the_article_language(tmp_path) -> None:  # noqa: ANN001
    p = tmp_path / "fr.txt"
    p.write_text("Frappes près de Sarné\n\nLe Courrier\n\nSelon des responsables occidentaux, le Kavar a mené "
                 "des frappes aériennes près du port de Sarné le 14 février 2026. Le gouvernement a démenti "
                 "mardi avoir envoyé des troupes dans la région. Le général a déclaré que l'armée restait en "
                 "état d'alerte.\n", encoding="utf-8")
    doc = next(iter(api.extract([str(p)])))
    strikes = [c for c in doc.claims if c.action == "air_strike"]
    assert strikes and strikes[0].refers_to == "2026-02-14" and "14 février 2026" in strikes[0].refers_to_raw


@pytest.mark.parametrize("lang, text, action", [
    ("fr", "Le Kavar a envoyé des troupes dans le pays voisin.", "deployment"),
    ("es", "Las fuerzas atacaron la ciudad al amanecer.", "attack"),
    ("de", "Der Präsident traf den Kommandeur am Sonntag.", "meeting"),
    ("ru", "Группу финансировали иностранные спонсоры.", "funding"),
    ("ar", "رفضت موسكو تزويد المتمردين بالأسلحة.", "arming"),
    ("fr", "La présidente a rencontré le commandant et parlé du soutien militaire.", "meeting"),  # first in actions.toml order
])
def test_a_language_names_the_action_classes_of_actions_toml(lang: str, text: str, action: str) -> None:
    got = actions_in(text, LEX, lang)
    assert got and got[0] == action or action in got


@pytest.mark.parametrize("text", [
    "Il met la table.",  # French "met" (puts) is no English "met" (meeting)
    "Le train est parti à midi.",
    "L'armée a défilé sur l'avenue.",
])
def test_english_patterns_are_not_read_in_another_language(text: str) -> None:
    assert actions_in(text, LEX, "fr") == ()


@pytest.mark.parametrize("lang, text, negative", [
    ("fr", "Son pays n'avait déployé aucun soldat dans la région.", True),
    ("fr", "Son pays avait déployé des soldats dans la région.", False),
    ("es", "Kavar no envió tropas a Sarné.", True),
    ("de", "Kavar habe keine Truppen nach Sarné geschickt.", True),
    ("ru", "Кавар не направил войска в Сарне.", True),
    ("ar", "لم ترسل كافار قوات إلى سارني.", True),
    ("ar", "أرسلت كافار قوات إلى سارني.", False),
])
def test_negation_is_read_in_the_language(lang: str, text: str, negative: bool) -> None:
    assert negated_in(text, LEX, lang) is negative


@pytest.mark.parametrize("lang, text, names", [
    ("es", "El Gobierno de Kavar negó haber enviado tropas.", ["Kavar"]),  # the role is cut off
    ("es", "El ministro de Exteriores de Morvania negó la entrega.", ["Exteriores de Morvania"]),
    ("fr", "Selon des diplomates, Morvania a livré des drones.", ["Morvania"]),  # "Selon" opens no name
    ("de", "Die Regierung von Kavar habe keine Truppen entsandt.", ["Kavar"]),  # common nouns after an article
    ("de", "Kavar habe Luftangriffe nahe dem Hafen von Sarné geflogen.", ["Hafen von Sarné", "Kavar"]),
    ("de", "Präsidentin Lena Varga habe im Oktober Belor besucht.", ["Belor", "Lena Varga"]),  # a month is no name
    ("ru", "Кавар нанёс авиаудары вблизи порта Сарне.", ["Кавар", "Сарне"]),
    ("fr", "Le Kavar dément\n\nLe Courrier du Sud", ["Courrier du Sud", "Kavar"]),  # a name never spans lines
])
def test_names_in_another_language(lang: str, text: str, names: list[str]) -> None:
    r = claim_rules(LEX)[lang]
    assert sorted(n for _, _, n in names_in(text, r, date_words(LEX, lang))) == names


@pytest.mark.parametrize("text, names, agent", [
    ("Le port de Sarné a été bombardé par le Kavar", ["Sarné", "Kavar"], "Kavar"),
    ("Le Kavar a bombardé le port de Sarné", ["Kavar", "Sarné"], "Kavar"),
    ("Sarné a été pilonné par les avions du Kavar", ["Sarné", "Kavar"], "Sarné"),  # "par les avions": not the name
])
def test_the_agent_is_named_first_or_after_a_passive_marker(text: str, names: list[str], agent: str) -> None:
    i = agent_of(text, names, claim_rules(LEX)["fr"].agent_markers)
    assert i is not None and names[i] == agent


def test_an_action_entry_must_name_a_class_of_actions_toml(tmp_path) -> None:  # noqa: ANN001
    (tmp_path / "lang").mkdir()
    (tmp_path / "lang" / "fr.toml").write_text(
        '[[entry]]\nid = "x"\nkind = "action"\naction = "kidnapping"\npattern = "enlev\\\\w+"\n', encoding="utf-8")
    lex = load_lexicons([tmp_path])
    with pytest.raises(LexiconError, match="kidnapping"):
        claim_rules(lex)
