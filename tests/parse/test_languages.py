"""Attribution in other languages: the mechanism (issue 15 item 4).

A language's lexicon ``lexicons/lang/<code>.toml`` is selected by the article's language
(detected at ingest, or ``--language``); a language without one gives one warning line per
batch on ``ingest`` and ``extract``; a user folder can add a language; dates are parsed with the
language given.  The per-language quality is measured on the gold sets (test_languages_gold.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck import api
from claimcheck.cli import app
from claimcheck.errors import LexiconError
from claimcheck.lexicons import load_lexicons
from claimcheck.parse.attributions import attribution_language, extract_attributions
from claimcheck.parse.attributions.lang import grammars
from claimcheck.parse.sentences import split_sentences

LEX = load_lexicons([])

FR = ("Le ministère égyptien des Affaires étrangères a démenti mardi les informations sur des troupes "
      "en Libye. Ahmed al-Mismari, porte-parole de l'armée libyenne, a nié toute présence étrangère dans "
      "la région.\n\n« Nous ne céderons pas », a-t-il affirmé lors d'une conférence de presse.\n")
IT = ("Il ministro ha detto che le truppe erano nella città. Ha detto che i combattimenti "
      "continuavano e che la situazione era grave per gli abitanti della regione.\n")


def atts(text: str, language: str | None, lex=LEX):  # noqa: ANN001, ANN201
    return extract_attributions(text, split_sentences(text, lexicons=lex), lex, language=language)


def test_language_selects_the_reader() -> None:
    assert attribution_language(None, LEX) == "en"
    assert attribution_language("und", LEX) == "en"
    assert attribution_language("FR", LEX) == "fr"
    assert attribution_language("it", LEX) is None
    assert set(LEX.languages()) >= {"fr"}


def test_french_denial_is_attributed_not_silent() -> None:
    got = atts(FR, "fr")
    deny = [a for a in got if a.act == "deny"]
    assert [a.source.span.text for a in deny] == [
        "Le ministère égyptien des Affaires étrangères", "Ahmed al-Mismari, porte-parole de l'armée libyenne"]
    assert deny[1].content.text == "toute présence étrangère dans la région"
    inverted = [a for a in got if a.direct_quote]
    assert len(inverted) == 1 and inverted[0].source.span.text == "il"
    assert inverted[0].source.resolved is not None and "Mismari" in inverted[0].source.resolved.text
    for a in got:
        for sp in (a.cue, a.content, a.source.span):
            assert FR[sp.start:sp.end] == sp.text


def test_english_reader_does_not_read_french_and_back() -> None:
    assert not [a for a in atts(FR, "en") if a.act == "deny"]
    en = "The ministry denied the reports on Tuesday, officials said."
    assert atts(en, "en") and not atts(en, "it")


def test_extract_detects_language_and_option_overrides(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(FR, encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", str(p), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout.splitlines()[0])
    assert doc["article"]["language"] == "fr" and any(a["cue"]["act"] == "deny" for a in doc["attributions"])
    res = CliRunner().invoke(app, ["extract", str(p), "--format", "jsonl", "--language", "es"])
    doc = json.loads(res.stdout.splitlines()[0])
    assert doc["article"]["language"] == "es" and not any(a["cue"]["act"] == "deny" for a in doc["attributions"])
    # a language no lexicon reads is refused up front (tests/test_robustness_cli.py), not warned per article


def test_extract_warns_once_per_batch(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(IT.replace("ministro", f"ministro {i}"), encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert res.exit_code == 0
    warn = [ln for ln in res.stderr.splitlines() if "no attribution lexicons" in ln]
    assert warn == ["warning: no attribution lexicons for it (3 articles): no attributions were read in them"]


def test_ingest_language_option_and_warning(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(IT, encoding="utf-8")  # detected as Italian, which no lexicon reads: one warning
    res = CliRunner().invoke(app, ["ingest", str(p), "--db", str(tmp_path / "a.db")])
    assert res.exit_code == 0, res.output
    assert sum("no attribution lexicons for it" in ln for ln in res.output.splitlines()) == 1
    p.write_text(FR, encoding="utf-8")
    res = CliRunner().invoke(app, ["ingest", str(p), "--db", str(tmp_path / "c.db"), "--language", "fr"])
    assert res.exit_code == 0 and "lexicons" not in res.output, res.output
    s = api.ingest([str(p)], str(tmp_path / "b.db"), analyse=False)
    assert s.ok and not [n for n in s.notes if "lexicons" in n[1]]


@pytest.mark.parametrize("bad", ["french", "f", "12", "fr_FR"])
def test_bad_language_option_is_a_user_error(bad: str, tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(FR, encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", str(p), "--language", bad])
    assert res.exit_code == 1 and "ISO 639" in res.output and "Traceback" not in res.output


def test_a_user_folder_adds_a_language(tmp_path: Path) -> None:
    (tmp_path / "lang").mkdir()
    (tmp_path / "lang" / "it.toml").write_text(
        '[[entry]]\nid = "dire"\nkind = "cue"\nact = "assert"\nforms = ["ha detto"]\n'
        'examples = ["Il ministro ha detto che le truppe erano nella città."]\n', encoding="utf-8")
    lex = load_lexicons([tmp_path])
    assert "it" in lex.languages() and lex.digest != LEX.digest
    got = atts(IT, "it", lex)
    assert got and got[0].source.span.text == "Il ministro" and got[0].content.text.startswith("che le truppe")


@pytest.mark.parametrize("entry, message", [
    ('id = "x"\nkind = "verbs"\nwords = ["a"]', "unknown kind"),
    ('id = "x"\nkind = "cue"\nact = "say"\nforms = ["dice"]', "act 'say'"),
    ('id = "x"\nkind = "cue"\nact = "assert"\nframe = "sideways"\nforms = ["dice"]', "frame 'sideways'"),
    ('id = "x"\nkind = "cue"\nact = "assert"', "needs 'forms'"),
    ('id = "x"\nkind = "pronoun"', "needs 'words'"),
    ('id = "x"\nkind = "quote"\nwords = ["«"]', "two words"),
    ('id = "x"\nkind = "anonymity"\nwords = ["fonti"]\nsource_kind = "secret"', "source_kind"),
    ('id = "x"\nkind = "cue"\nact = "assert"\nforms = ["dice"]\ncolour = "red"', "unknown key"),
])
def test_bad_language_entries_are_refused(entry: str, message: str, tmp_path: Path) -> None:
    (tmp_path / "lang").mkdir()
    (tmp_path / "lang" / "it.toml").write_text(
        '[[entry]]\nid = "ok"\nkind = "cue"\nact = "assert"\nforms = ["ha detto"]\n\n[[entry]]\n' + entry + "\n",
        encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        grammars(load_lexicons([tmp_path]))


def test_dates_are_parsed_in_the_language_given() -> None:
    import datetime as dt

    from claimcheck.ingest.structure import parse_date

    assert parse_date("02/03/2021", LEX, language="fr")[0] == dt.date(2021, 3, 2)
    assert parse_date("3. März 2021", LEX, language="de")[0] == dt.date(2021, 3, 3)
    assert parse_date("12 de marzo de 2021", LEX, language="es")[0] == dt.date(2021, 3, 12)
    assert parse_date("12 de marzo de 2021", LEX, language="zz") is None


def test_publication_date_in_the_text_is_read_in_the_article_language(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Les combats reprennent\n\n05/04/2021\n\n" + FR, encoding="utf-8")
    doc = next(iter(api.extract([str(p)])))
    assert doc.meta.value("language") == "fr"
    assert doc.meta.value("published").isoformat() == "2021-04-05"
