"""HTML pages, web archives and skipped files (issue 15 items 1-3, and the language warning).

Pages are our own (tests/ingest/fixtures); archives are built here with warcio.  Each class
(a page with JSON-LD, one with meta tags only, a teaser, a consent wall, a page saved as .txt,
unsupported files, a publication date after retrieval) has five neighbours of its own."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from claimcheck import api
from claimcheck.ingest.html import extract_page, looks_like_html
from claimcheck.ingest.pipeline import build
from claimcheck.ingest.readers import RawDocument, Skip, read_documents

FIX = Path(__file__).parent / "fixtures"
BODY = ("<p>Rebel fighters took control of the port of Valmora on Tuesday after a three-day siege, "
        "a military spokesman said.</p>\n<p>\"The city is now under our full control,\" said Colonel Ivo "
        "Brandt, a spokesman for the northern command, in a statement broadcast on state television.</p>\n"
        "<p>The government denied that the port had fallen. Interior Minister Lena Sorvik told reporters "
        "that troops were still holding the harbour and the customs buildings.</p>\n<p>Aid agencies said "
        "thousands of residents had fled the city since the fighting began, and warned that food stocks "
        "were running low.</p>")


def page(head: str = "", body: str = BODY, title: str = "Rebels seize port", lang: str = "en") -> str:
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\"><head><title>{title}</title>{head}</head>\n"
            f"<body><nav><a href=\"/\">Home</a></nav><article><h1>{title}</h1>\n{body}\n</article>"
            f"<footer>Copyright 2024</footer></body></html>\n")


def ld(obj: dict) -> str:
    return f"<script type=\"application/ld+json\">{json.dumps({'@context': 'https://schema.org', **obj})}</script>"


def meta_of(ex) -> dict:  # noqa: ANN001
    return {n: (getattr(ex.meta, n).value, getattr(ex.meta, n).origin)
            for n in ("title", "byline", "outlet", "published", "url", "language") if getattr(ex.meta, n)}


def one(paths: list[str]) -> RawDocument:
    docs = [d for d in read_documents(paths) if isinstance(d, RawDocument)]
    assert len(docs) == 1
    return docs[0]


def test_page_with_json_ld() -> None:
    ex = build(one([str(FIX / "jsonld_article.html")]))
    m = meta_of(ex)
    assert m["title"] == ("Rebels seize port after three-day siege", "html:json-ld")
    assert m["byline"] == ("Mara Okafor", "html:json-ld")
    assert m["outlet"] == ("Daily Courier", "html:json-ld")
    assert str(m["published"][0]) == "2024-03-05"  # datePublished, not dateModified
    assert m["url"][0] == "https://courier.example/world/rebels-port"
    assert m["language"] == ("en", "html:markup")
    assert "<" not in ex.text and "Home" not in ex.text and "Copyright" not in ex.text
    assert ex.attributions and ex.claims
    for a in ex.attributions:  # offsets index into the extracted text
        assert ex.text[a.cue.start:a.cue.end] == a.cue.text
    assert ex.meta.source_sha256 is not None and len(ex.meta.source_sha256.value) == 64


def test_page_without_json_ld() -> None:
    ex = build(one([str(FIX / "meta_article.html")]))
    m = meta_of(ex)
    assert m["title"] == ("Dam talks stall as both sides trade blame", "html:meta")
    assert m["outlet"] == ("The Harbour Times", "html:meta")
    assert m["byline"][0] == "Tomas Reyes"
    assert str(m["published"][0]) == "2023-11-14"  # the original date, not the update
    assert m["url"][0] == "https://harbourtimes.example/news/dam-talks-stall"
    assert "<" not in ex.text and "Most read" not in ex.text and "cookies" not in ex.text
    assert ex.claims


JSON_LD_NEIGHBOURS = [
    # (JSON-LD object, expected title, byline, outlet, date)
    ({"@type": "NewsArticle", "headline": "Port falls", "author": [{"@type": "Person", "name": "Ana Ruiz"}],
      "datePublished": "2024-02-01T10:00:00+02:00", "publisher": {"@type": "Organization", "name": "Gazette"}},
     "Port falls", "Ana Ruiz", "Gazette", "2024-02-01"),
    ({"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Morning Wire"},
      {"@type": "NewsArticle", "headline": "Siege ends", "author": {"@type": "Person", "name": "Li Wen"},
       "datePublished": "2023-07-09"}]},
     "Siege ends", "Li Wen", "Morning Wire", "2023-07-09"),
    ({"@type": "ReportageNewsArticle", "headline": "Talks resume", "author": {"@type": "Person", "name": "Omar Hadi"},
      "datePublished": "2022-12-24", "dateModified": "2023-01-03", "publisher": {"name": "Coast Post"}},
     "Talks resume", "Omar Hadi", "Coast Post", "2022-12-24"),
    ({"@type": "Article", "headline": "Harbour reopens", "author": {"@type": "Person", "name": "Eva Stone"},
      "datePublished": "2021-05-30", "publisher": {"@type": "NewsMediaOrganization", "name": "Valley Herald"}},
     "Harbour reopens", "Eva Stone", "Valley Herald", "2021-05-30"),
    ({"@type": "NewsArticle", "headline": "Ceasefire holds", "author": {"@type": "Person", "name": "Jon Park"},
      "datePublished": "2020-03-15T23:00:00Z", "publisher": {"@type": "Organization", "name": "North Star"}},
     "Ceasefire holds", "Jon Park", "North Star", "2020-03-15"),
]


@pytest.mark.parametrize("obj,title,byline,outlet,date", JSON_LD_NEIGHBOURS)
def test_json_ld_neighbours(obj: dict, title: str, byline: str, outlet: str, date: str) -> None:
    p = extract_page(page(ld(obj), title=title), "n.html")
    assert not p.flag
    assert p.metadata["title"] == title and p.origins["title"] == "html:json-ld"
    assert p.metadata["byline"] == byline and p.metadata["outlet"] == outlet
    assert p.metadata["published"] == date
    assert "<" not in p.text


META_NEIGHBOURS = [
    ('<meta property="og:site_name" content="Delta Daily"><meta name="author" content="Kim Lee">'
     '<meta property="article:published_time" content="2024-04-02">', "Delta Daily", "Kim Lee", "2024-04-02"),
    ('<meta name="application-name" content="River Review"><meta name="byl" content="By Sam Ortiz">'
     '<meta name="date" content="2023-09-18">', "River Review", "Sam Ortiz", "2023-09-18"),
    ('<meta property="og:site_name" content="Plains Courier"><meta name="author" content="Ida Berg">'
     '<meta name="pubdate" content="20220611">', "Plains Courier", "Ida Berg", "2022-06-11"),
    ('<meta property="og:site_name" content="Isle Times"><meta name="dc.creator" content="Ravi Nair">'
     '<meta name="dc.date" content="2021-10-01">', "Isle Times", "Ravi Nair", "2021-10-01"),
    ('<meta property="og:site_name" content="Bay Bulletin"><meta name="author" content="Noor Saleh">'
     '<meta property="article:published_time" content="2019-08-08T06:00:00Z">'
     '<meta property="article:modified_time" content="2019-09-01T06:00:00Z">', "Bay Bulletin", "Noor Saleh", "2019-08-08"),
]


@pytest.mark.parametrize("head,outlet,byline,date", META_NEIGHBOURS)
def test_meta_neighbours(head: str, outlet: str, byline: str, date: str) -> None:
    p = extract_page(page(head), "n.html")
    assert (p.metadata.get("outlet"), p.metadata.get("byline"), p.metadata.get("published")) == (outlet, byline, date)
    assert p.origins["outlet"] == "html:meta"


TEASERS = [
    "<p>Subscribe to continue reading.</p>",
    "<p>This article is for subscribers only. Already a subscriber? Sign in.</p>",
    "<p>To continue reading, log in or create a free account.</p>",
    "<p><a href='/full'>Read the full story</a></p>",
    "<p>Unlock this article with a subscription.</p>",
]
SHORT_BODY = ("<p>Ministers from the two neighbouring states signed an agreement on Wednesday that redraws a "
              "contested stretch of their shared border, according to officials at the ceremony.</p>")


def test_teaser_is_flagged_and_not_mined() -> None:
    ex = build(one([str(FIX / "teaser.html")]))
    assert not ex.attributions and not ex.claims
    assert all(ln.role == "boilerplate" and ln.reason.startswith("teaser") for ln in ex.lines)
    assert any("not mined: teaser" in w for w in ex.warnings)


@pytest.mark.parametrize("tail", TEASERS)
def test_teaser_neighbours(tail: str) -> None:
    p = extract_page(page(body=SHORT_BODY + tail), "t.html")
    assert p.flag.startswith("teaser") or p.flag.startswith("too short"), p.text
    assert p.flag


def test_full_article_ending_in_read_more_link_is_not_a_teaser() -> None:
    long = BODY * 3 + "<p>Read more</p>"
    assert not extract_page(page(body=long), "l.html").flag


CONSENTS = [
    "<p>We use cookies to improve your experience. Accept all or manage preferences.</p>",
    "<p>Your privacy choices: we and our partners use cookies. Reject all | Accept all</p>",
    "<p>Before you continue: we use cookies and data. By clicking 'Accept all' you agree.</p>",
    "<p>This site asks for consent to use your data. Our partners store cookies. Manage consent.</p>",
    "<p>Cookie settings. We use cookies for ads on the basis of legitimate interest. Accept all.</p>",
]


def test_consent_wall_is_flagged() -> None:
    ex = build(one([str(FIX / "consent.html")]))
    assert not ex.claims and ex.lines[0].reason.startswith("consent wall")


@pytest.mark.parametrize("body", CONSENTS)
def test_consent_neighbours(body: str) -> None:
    assert extract_page(page(body=body, title="Consent"), "c.html").flag.startswith("consent wall")


def test_too_short_page_is_flagged() -> None:
    ex = build(one([str(FIX / "short.html")]))
    assert not ex.claims and ex.lines[0].reason.startswith("too short")


AS_TXT = [
    lambda: (FIX / "meta_article.html").read_text(encoding="utf-8"),
    lambda: page(ld({"@type": "NewsArticle", "headline": "Rebels seize port"})),
    lambda: "<html><head><title>Rebels seize port</title></head><body>" + BODY + "</body></html>",
    lambda: "<?xml version='1.0'?>\n<!DOCTYPE html>\n<html>" + BODY + "</html>",
    lambda: "<div class='story'><p>World Bulletin</p>" + BODY + "<p><a href='/x'>x</a></p><br/><br/></div>" * 2,
]


@pytest.mark.parametrize("make", AS_TXT)
def test_html_saved_as_txt_goes_through_html(make, tmp_path: Path) -> None:  # noqa: ANN001
    f = tmp_path / "saved.txt"
    f.write_text(make(), encoding="utf-8")
    doc = one([str(f)])
    assert doc.source_sha256 and "<" not in doc.text and "</p>" not in doc.text
    ex = build(doc)
    assert all("<" not in ex.text[c.span.start:c.span.end] for c in ex.claims)


PLAIN = ["Rebels took the port, a spokesman said. <b> is a tag name.",
         "x < y and y > z, the engineer said.",
         "The <html> tag opens a page, the guide says.\nIt has a head and a body.",
         "A list: <a>, <p>, <div>. Nothing else.",
         "Plain text with no markup at all, said Ana."]


@pytest.mark.parametrize("text", PLAIN)
def test_plain_text_is_not_html(text: str) -> None:
    assert not looks_like_html(text)


def test_jsonl_html_field(tmp_path: Path) -> None:
    f = tmp_path / "pages.jsonl"
    f.write_text(json.dumps({"id": "p1", "html": (FIX / "jsonld_article.html").read_text(encoding="utf-8")}) + "\n"
                 + json.dumps({"id": "p2", "html": "<html><body></body></html>"}) + "\n", encoding="utf-8")
    items = list(read_documents([str(f)]))
    doc = next(i for i in items if isinstance(i, RawDocument))
    assert doc.id == "p1" and doc.metadata["outlet"] == "Daily Courier" and "<" not in doc.text
    assert any(isinstance(i, Skip) and "no main text" in i.reason for i in items)


# ---- web archives ---------------------------------------------------------------------------

def _warc(tmp_path: Path, pages: list[tuple[str, str, str]], extra: bool = True, name: str = "crawl.warc.gz") -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=name.endswith(".gz"))
    for uri, date, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(html.encode("utf-8")),
                                                      http_headers=headers, warc_headers_dict={"WARC-Date": date}))
    if extra:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://x.example/logo.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG...."), http_headers=headers))
        writer.write_record(writer.create_warc_record("https://x.example/", "request",
                                                      payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
    path = tmp_path / name
    path.write_bytes(buf.getvalue())
    return path


def three_pages() -> list[tuple[str, str, str]]:
    return [(f"https://x.example/news/{i}", f"2024-05-0{i}T12:00:00Z",
             page(ld({"@type": "NewsArticle", "headline": f"Story {i}", "datePublished": f"2024-05-0{i}"}),
                  body=BODY.replace("Valmora", f"Valmora-{i}"), title=f"Story {i}")) for i in (1, 2, 3)]


def _rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_warc_three_pages_and_reingest(tmp_path: Path) -> None:
    warc = _warc(tmp_path, three_pages())
    db = tmp_path / "w.db"
    s = api.ingest([str(warc)], str(db), analyse=False)
    assert s.ingested == 3 and not s.skipped and s.ok
    assert any("non-HTML response" in n for _, n in s.notes) and any("request" in n for _, n in s.notes)
    got = _rows(db, "select a.url, m.value from articles a join article_metadata m on m.article_id = a.id "
                    "and m.field = 'retrieved_at' order by a.url")
    assert got == [(f"https://x.example/news/{i}", f"2024-05-0{i}T12:00:00Z") for i in (1, 2, 3)]
    again = api.ingest([str(warc)], str(db), analyse=False)
    assert again.ingested == 0 and again.unchanged == 3
    page_db = tmp_path / "p.db"
    api.ingest([str(FIX / "jsonld_article.html")], str(page_db), analyse=False)
    assert api.ingest([str(FIX / "jsonld_article.html")], str(page_db), analyse=False).unchanged == 1


def test_plain_warc_and_bad_record(tmp_path: Path) -> None:
    good = _warc(tmp_path, three_pages()[:2], extra=False, name="a.warc").read_bytes()
    broken = good + b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\ntruncated"
    path = tmp_path / "b.warc"
    path.write_bytes(broken)
    items = list(read_documents([str(path)]))
    assert sum(isinstance(i, RawDocument) for i in items) == 2
    assert any(isinstance(i, Skip) and not i.note for i in items)


def test_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "x.warc.gz"
    path.write_bytes(b"not an archive at all")
    (item,) = list(read_documents([str(path)]))
    assert isinstance(item, Skip)


DATES = [("2024-05-02", "2024-05-01T00:00:00Z"), ("2025-01-01", "2024-12-31T23:59:59Z"),
         ("2023-03-04", "2023-03-01T12:00:00Z"), ("2024-06-01", "2024-05-31T10:00:00Z"),
         ("2024-05-10", "2024-05-09T08:00:00Z")]


@pytest.mark.parametrize("published,retrieved", DATES)
def test_date_after_retrieval_is_dropped(published: str, retrieved: str, tmp_path: Path) -> None:
    html = page(ld({"@type": "NewsArticle", "headline": "Port", "datePublished": published}))
    items = list(read_documents([str(_warc(tmp_path, [("https://x.example/p", retrieved, html)], extra=False))]))
    doc = next(i for i in items if isinstance(i, RawDocument))
    ex = build(doc)
    assert ex.meta.published is None and ex.claims  # dropped with a reason, the article kept
    assert any("later than the page was retrieved" in w for w in ex.warnings)


def test_date_on_retrieval_day_is_kept(tmp_path: Path) -> None:
    html = page(ld({"@type": "NewsArticle", "headline": "Port", "datePublished": "2024-05-01"}))
    items = list(read_documents([str(_warc(tmp_path, [("https://x.example/p", "2024-05-01T23:00:00Z", html)],
                                           extra=False))]))
    ex = build(next(i for i in items if isinstance(i, RawDocument)))
    assert str(ex.meta.published_date()) == "2024-05-01"


# ---- skipped files ----------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["report.pdf", "notes.docx", "README.md", "data.csv", "noextension"])
def test_unsupported_files_in_folder_are_reported(name: str, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Rebels took the port, a spokesman said on Tuesday.\n", encoding="utf-8")
    (tmp_path / "in" / name).write_bytes(b"whatever")
    s = api.ingest([str(tmp_path / "in")], str(tmp_path / "u.db"), analyse=False)
    assert s.ingested == 1 and len(s.skipped) == 1 and not s.ok
    assert name in s.skipped[0][0] and "unsupported file type" in s.skipped[0][1]
    quiet = api.ingest([str(tmp_path / "in")], str(tmp_path / "u.db"), analyse=False, quiet_unsupported=True)
    assert not quiet.skipped and quiet.ok


def test_cli_lists_unsupported_and_warns_language(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from claimcheck.cli import app

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "Il ministro ha detto che le truppe erano nella città. Ha detto che i combattimenti "
        "continuavano e che la situazione era grave per gli abitanti della regione.\n", encoding="utf-8")
    (tmp_path / "in" / "b.pdf").write_bytes(b"%PDF")
    res = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "c.db")])
    assert res.exit_code == 1
    out = res.output
    assert "b.pdf: unsupported file type '.pdf'" in out and "1 skipped" in out
    assert sum("no attribution lexicons" in line for line in out.splitlines()) == 1


def test_extract_warc_notes_are_no_error(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from claimcheck.cli import app

    warc = _warc(tmp_path, three_pages()[:1])
    res = CliRunner().invoke(app, ["extract", str(warc), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    assert "note:" in res.output and "request record" in res.output
