"""The new user's findings of stop 23 that are not actors (each a class: the case and its neighbours).

- an outlet's name keeps its closing bracket ("Ruritania Today (RT)", not "Ruritania Today (RT");
- a short text with clear function words of one language gets that language, not ``und``;
  a truly ambiguous one stays ``und``;
- ``--published`` in the far future or before 1800 is one line on stderr, exit 1, nothing read;
- ``--max-size`` under 1 MB prints as given ("0.5 MB"), not rounded to "1 MB";
- a JSONL record with a bad "published" is ingested without it, with one ``warning:`` line
  naming the record, never dropped.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from claimcheck.errors import ArticleError, UsageError
from claimcheck.ingest.language import detect
from claimcheck.ingest.pipeline import check_overrides, published_value
from claimcheck.ingest.readers import size_text
from claimcheck.lexicons import load_lexicons
from claimcheck.xref.gazetteer import display_form

LEX = load_lexicons()
ARTICLE = ("Ruritania denied on Monday that it had sent troops to Freedonia, the foreign ministry said. "
           "Officials in Velmora said the convoy was seen near the port.\n")


# --------------------------------------------------------------------------- 2. brackets in names

@pytest.mark.parametrize("name, shown", [
    ("Ruritania Today (RT)", "Ruritania Today (RT)"),  # the user's case
    ("the Freedonia Post (FP)", "Freedonia Post (FP)"),
    ("Ruritania Today (RT)'s", "Ruritania Today (RT)"),  # a possessive after the bracket
    ("Velmora Radio [VR]", "Velmora Radio [VR]"),
    ("Syldavia News {SN}", "Syldavia News {SN}"),
    ("Freedonia Post (FP) (weekly)", "Freedonia Post (FP) (weekly)"),
    ("Gen. Ana Maro (retired)", "Ana Maro (retired)"),  # a title still goes, the bracket stays
    # controls: no bracket, and a bracket the name never closes is left as written
    ("Velmora Radio", "Velmora Radio"),
    ("Ruritania Today (RT", "Ruritania Today (RT"),
])
def test_a_name_keeps_its_closing_bracket(name, shown):
    assert display_form(name, LEX) == shown


def test_the_outlet_actor_is_shown_whole(cc, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "x.db")
    assert cc("ingest", "a.txt", "--db", db, "-q", "--outlet", "Ruritania Today (RT)", cwd=tmp_path).returncode == 0
    got = json.loads(cc("actors", "--db", db, "--format", "json", cwd=tmp_path).stdout)
    names = {a["name"] for a in got}
    assert "Ruritania Today (RT)" in names and "Ruritania Today (RT" not in names


# --------------------------------------------------------------------------- 4. short texts' language

@pytest.mark.parametrize("text, lang", [
    # the user's case: a three-sentence English brief
    ("Ruritania denied sending troops. The ministry said the report was false. Freedonia disagreed.", "en"),
    ("The answer is no, absolutely not.", "en"),
    ("Ana Maro has resigned from the cabinet.", "en"),
    ("Der Minister ist zurückgetreten.", "de"),
    ("Le ministre a démissionné de son poste.", "fr"),
    ("El ministro dijo que no habrá acuerdo.", "es"),
    ("Министр подал в отставку.", "ru"),  # one word of the list: the script decides
    # truly ambiguous: names and numbers, one shared word, two languages level
    ("Ana Maro, Velmora, 2024.", "und"),
    ("Wounded?", "und"),
    ("La Velmora.", "und"),
    ("Maro de Velmora.", "und"),
    ("OK.", "und"),
])
def test_a_short_text_gets_its_language_when_the_words_are_clear(text, lang):
    assert detect(text, LEX) == lang


def test_a_short_english_article_is_stored_as_english(cc, tmp_path):
    (tmp_path / "b.txt").write_text("Ruritania denied sending troops. The ministry said the report was "
                                    "false. Freedonia disagreed.\n", encoding="utf-8")
    out = cc("extract", "b.txt", "--format", "json", cwd=tmp_path)
    assert json.loads(out.stdout)[0]["article"]["language"] == "en"


# --------------------------------------------------------------------------- 6. --published out of range

TODAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize("value, words", [
    ("3024", "is in the future"),  # the user's case
    ("3024-01-01", "is in the future"),
    ("2027-06-01", "is in the future"),
    ("1 March 2031", "is in the future"),
    ("1700-01-01", "is before 1800"),
    ("1066", "is before 1800"),
    ("yesterday-ish", "is not a date"),
    ("2024-13-45", "is not a date"),
])
def test_a_published_date_out_of_range_is_refused(value, words):
    with pytest.raises(ArticleError, match=words):
        published_value(value, "option", LEX, today=TODAY)


@pytest.mark.parametrize("value, expected", [
    ("2026-12-01", dt.date(2026, 12, 1)),
    ("2026-12-03", dt.date(2026, 12, 3)),  # within the tolerance for time zones
    ("1800-01-01", dt.date(1800, 1, 1)),
    ("2019", dt.date(2019, 1, 1)),
    ("4 March 2024", dt.date(2024, 3, 4)),
])
def test_a_published_date_in_range_is_taken(value, expected):
    assert published_value(value, "option", LEX, today=TODAY)[0].value == expected


@pytest.mark.parametrize("value", ["3024", "3024-01-01", "1700-01-01", "2024-13-45", "soon"])
def test_a_bad_published_option_is_one_line_and_nothing_is_read(cli, tmp_path, value):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    for cmd in (["ingest", "a.txt", "--db", "x.db"], ["extract", "a.txt"]):
        code, out, err = cli(*cmd, "--published", value)
        assert code == 1 and out == ""
        assert err.count("\n") == 1 and err.startswith(f"claimcheck: --published {value!r}"), err
        assert "Traceback" not in err
    assert not (tmp_path / "x.db").exists()


def test_check_overrides_passes_a_good_date_and_no_date():
    check_overrides({"published": "2024-03-05", "outlet": "Ruritania Today (RT)"}, LEX)
    check_overrides({"outlet": "x"}, LEX)
    with pytest.raises(UsageError, match="^--published '3024'"):
        check_overrides({"published": "3024"}, LEX)


# --------------------------------------------------------------------------- 7. sizes as given

MB = 1024 * 1024


@pytest.mark.parametrize("n, text", [
    (MB // 2, "0.5 MB"),  # the user's case: --max-size 0.5 was "1 MB"
    (20 * MB, "20 MB"),
    (int(1.25 * MB), "1.25 MB"),
    (int(0.25 * MB), "0.25 MB"),
    (int(0.05 * MB), "51.2 KB"),
    (2048, "2 KB"),
    (10, "10 bytes"),
    (1, "1 byte"),
])
def test_a_size_prints_as_given(n, text):
    assert size_text(n) == text


def test_two_sizes_compared_never_print_alike():
    assert size_text(MB // 2 + 1, MB // 2) == "524,289 bytes"


@pytest.mark.parametrize("max_size, limit", [("0.5", "0.5 MB"), ("0.25", "0.25 MB"), ("0.01", "10.2 KB")])
def test_the_max_size_message_gives_the_limit_as_given(cli, tmp_path, max_size, limit):
    (tmp_path / "big.txt").write_text("Ruritania said so. " * 40000, encoding="utf-8")  # 0.72 MB
    code, _out, err = cli("extract", "big.txt", "--max-size", max_size)
    assert code == 1 and f"larger than the limit of {limit} (--max-size)" in err and "Traceback" not in err


# --------------------------------------------------------------------------- 8. a bad record date

BAD_DATES = ["yesterday-ish", "2024-13-45", "3024-01-01", "1700-01-01", "", 20240305, ["2024-03-05"]]


def test_a_record_with_a_bad_published_is_kept_without_it(cli, tmp_path):
    recs = [{"id": f"r{i}", "text": f"Officials in Velmora said convoy {i} was seen near the port.",
             "published": bad} for i, bad in enumerate(BAD_DATES)]
    recs.append({"id": "good", "text": "Officials in Freedonia said the border was closed.",
                 "published": "2024-03-05"})
    (tmp_path / "r.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    code, _out, err = cli("ingest", "r.jsonl", "--db", "x.db")
    assert code == 0, err
    assert f"{len(recs)} ingested" in " ".join(err.split())
    warned = [ln for ln in err.splitlines() if ln.startswith("warning: ")]
    bad = [r for r in recs if r["id"] != "good" and r["published"] not in ("",)]
    assert len(warned) == len(bad), err
    for r in bad:
        assert any(ln.startswith(f"warning: {r['id']}: published ") for ln in warned), (r, err)
    with sqlite3.connect(tmp_path / "x.db") as con:
        rows = dict(con.execute("select doc_key, published from articles"))
    assert rows.pop("good") == "2024-03-05"
    assert set(rows.values()) == {None} and len(rows) == len(BAD_DATES)


def test_extract_warns_on_a_bad_record_date_and_keeps_the_record(cli, tmp_path):
    (tmp_path / "r.jsonl").write_text(json.dumps({"id": "r1", "text": ARTICLE, "published": "2024-13-45"}) + "\n",
                                      encoding="utf-8")
    code, out, err = cli("extract", "r.jsonl", "--format", "jsonl")
    assert code == 0
    assert json.loads(out)["article"]["published"] is None
    assert err.splitlines() == ["claimcheck: warning: r1: published '2024-13-45' (record) is not a date "
                                "(YYYY-MM-DD, or a date in words): ignored, published unknown"]


def test_a_bad_record_date_keeps_the_date_read_from_the_text(cli, tmp_path):
    text = "Published 4 March 2024\n\n" + ARTICLE
    (tmp_path / "r.jsonl").write_text(json.dumps({"id": "r1", "text": text, "published": "soon"}) + "\n",
                                      encoding="utf-8")
    code, out, err = cli("extract", "r.jsonl", "--format", "jsonl")
    assert code == 0 and json.loads(out)["article"]["published"] == "2024-03-04"
    assert "ignored, published read from the text" in err


# --------------------------------------------------------------------------- 5. ClaimReview dates

def _mention(stance: str, art: str, published: str | None, who: str = "Freedonian officials") -> dict:
    return {"stance": stance,
            "attribution": {"source": {"name": who, "text": who, "kind": "anonymous", "type": "group"}},
            "article": {"id": art, "doc": f"{art}.txt", "title": f"Story {art}", "url": f"https://x.example/{art}",
                        "published": published, "outlet": f"Outlet {art}"}}


def _cluster(*mentions: dict, at: str = "2026-11-30T10:00:00+00:00") -> dict:
    dates = [m["article"]["published"] for m in mentions if m["article"]["published"]]
    return {"cluster": "k1", "claim": "Ruritania shelled Velmora", "status": "contradicted",
            "independent_origins": 2, "reason_codes": [], "first_seen": min(dates) if dates else None,
            "verdict": {"verdict": "confirmed", "reviewer": "ana", "at": at, "note": None},
            "mentions": list(mentions)}


# (mentions, the claim's datePublished, the first appearance's article)
CLAIM_DATES = [
    # the user's case: the denial's article is the earliest; the claim was made on 2024-03-01
    ([_mention("deny", "d", "2024-02-01", "Ruritania"), _mention("support", "a", "2024-03-01")], "2024-03-01", "a"),
    ([_mention("support", "a", "2024-03-01"), _mention("deny", "d", "2024-05-10", "Ruritania")], "2024-03-01", "a"),
    ([_mention("decline", "n", "2023-12-01", "Ruritania"), _mention("support", "a", "2024-03-01")], "2024-03-01", "a"),
    # assertions given later first: the earliest is the first appearance
    ([_mention("support", "b", "2024-04-01"), _mention("support", "a", "2024-03-01")], "2024-03-01", "a"),
    ([_mention("support", "u", None), _mention("support", "a", "2024-03-01")], "2024-03-01", "a"),
    ([_mention("support", "u", None), _mention("support", "v", None)], None, "u"),
    # only a denial: the claim's date is unknown (the denial's is not it), no appearance
    ([_mention("deny", "d", "2024-02-01", "Ruritania")], None, None),
]


@pytest.mark.parametrize("mentions, date, first", CLAIM_DATES)
def test_claimreview_dates_the_claim_by_its_first_assertion(mentions, date, first):
    from claimcheck.report.exports import claimreview

    [review] = claimreview({"clusters": [_cluster(*mentions)]})
    item = review["itemReviewed"]
    assert item.get("datePublished") == date
    if first is None:
        assert item["appearance"] == [] and "firstAppearance" not in item
    else:
        assert item["firstAppearance"]["url"] == f"https://x.example/{first}"
        dated = [w["datePublished"] for w in item["appearance"] if "datePublished" in w]
        assert dated == sorted(dated)
    assert all(w["url"] not in ("https://x.example/d", "https://x.example/n") for w in item["appearance"])
    # the review is dated by the verdict, never by an article
    assert review["datePublished"] == "2026-11-30"


def test_claimreview_through_the_cli_dates_the_claim_not_the_denial(cli, tmp_path):
    recs = [
        {"id": "deny", "text": "Ruritania denies shelling Velmora\n\nRuritania denied on Friday that its army had "
         "shelled the town of Velmora, the foreign ministry said in a statement.", "published": "2024-02-10",
         "outlet": "Freedonia Post"},
        {"id": "claim", "text": "Velmora shelled\n\nOfficials in Sylvania said Ruritania's army had shelled the "
         "town of Velmora.", "published": "2024-04-01", "outlet": "Sylvania Times"},
    ]
    (tmp_path / "r.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    assert cli("ingest", "r.jsonl", "--db", "x.db", "-q")[0] == 0
    rows = json.loads(cli("report", "--db", "x.db", "--format", "json", "--status", "contradicted")[1])
    [row] = [r for r in rows if r["first_seen"] == "2024-02-10"]
    from claimcheck import api

    api.add_verdict(str(tmp_path / "x.db"), row["cluster"], "confirmed", "ana", None)
    code, out, _err = cli("export", "--db", "x.db", "--format", "claimreview")
    [review] = json.loads(out)
    assert review["itemReviewed"]["datePublished"] == "2024-04-01"
    assert review["itemReviewed"]["firstAppearance"]["publisher"]["name"] == "Sylvania Times"
    assert review["datePublished"] == dt.date.today().isoformat()


# --------------------------------------------------------------------------- the actors table's empty merges

@pytest.mark.parametrize("width", [60, 80, 100, 120, 200])
def test_no_proposed_merges_is_one_line_not_an_empty_table(width):
    from io import StringIO

    from rich.console import Console

    from claimcheck.report.render import actors_table

    buf = StringIO()
    Console(width=width, file=buf, color_system=None).print(actors_table(
        [{"name": "Ruritania Today (RT)", "type": "outlet", "aliases": ["Ruritania Today (RT)"]}], []))
    lines = buf.getvalue().splitlines()
    assert lines[-1] == "Proposed merges (not applied): 0" and "┏━━┳" not in buf.getvalue()
    assert any("Ruritania Today (RT)" in ln for ln in lines)
