"""A new user's findings (wire23): a forced ``--encoding`` that reads a file as garbage warns in
one line (the user's choice kept); one it cannot decode is refused, exit 1."""

from __future__ import annotations

import pytest

from claimcheck.ingest.decode import forced_encoding_warning

ASCII = "Ruritania said the talks with Freedonia failed on Monday, a spokesman said.\n"  # 76 bytes
ODD = ASCII.encode("utf-8") + b"."  # 77 bytes: no UTF-16 text


def _forced(data: bytes, encoding: str) -> str:
    return forced_encoding_warning(data, data.decode(encoding), encoding)


@pytest.mark.parametrize("data, encoding, sign", [
    (ASCII.encode("utf-8"), "utf-16", "valid UTF-8"),  # the user's case: CJK from English
    (("Freedonia denied it. " * 4).encode("utf-8"), "utf-16-le", "valid UTF-8"),
    (("Sylvania and Bordura signed. " * 2).encode("utf-8"), "utf-16-be", "valid UTF-8"),
    ("Le ministre de Freedonie a démenti.\n".encode("utf-8"), "cp1252", "dÃ©menti"),  # mojibake
    ("Der Minister von Ruritanien dementierte: Straße gesperrt.\n".encode("utf-8"), "latin-1", "Ã"),
    # not UTF-8 (a latin-1 é), mostly ASCII, read as UTF-16: mostly not ASCII
    (b"Le ministre de Freedonie a d\xe9menti hier..\n", "utf-16", "mostly ASCII"),
    (b"Grand Fenwick r\xe9pond: non. Les soldats sont partis.\n", "utf-16-le", "mostly ASCII"),
])
def test_a_forced_encoding_that_reads_garbage_warns(data: bytes, encoding: str, sign: str) -> None:
    got = _forced(data, encoding)
    assert got.startswith(f"--encoding {encoding}: ") and sign in got and "kept" in got and "\n" not in got, got


@pytest.mark.parametrize("data, encoding", [
    (ASCII.encode("utf-8"), "utf-8"),
    (ASCII.encode("utf-8"), "cp1252"),  # plain ASCII reads the same in any ASCII code page
    (ASCII.encode("utf-8"), "latin-1"),
    (b"Le ministre de Freedonie a d\xe9menti.\n", "latin-1"),  # a real latin-1 file
    (b"Le ministre de Freedonie a d\x92accord.\n", "cp1252"),
    (ASCII.encode("utf-16"), "utf-16"),  # a real UTF-16 file
    ("Руритания отрицает.\n".encode("koi8_r"), "koi8_r"),
    ("Ruritania 否认了报道。\n".encode("utf-8"), "utf-8"),
])
def test_a_forced_encoding_that_fits_says_nothing(data: bytes, encoding: str) -> None:
    assert _forced(data, encoding) == ""


def test_extract_warns_and_keeps_the_forced_encoding(cli, tmp_path) -> None:  # noqa: ANN001
    (tmp_path / "a.txt").write_bytes(ASCII.encode("utf-8"))
    code, _out, err = cli("extract", "a.txt", "--encoding", "utf-16", "--format", "json")
    lines = [ln for ln in err.splitlines() if "--encoding utf-16" in ln]
    assert code == 0 and len(lines) == 1 and "warning" in lines[0] and "Traceback" not in err, err


def test_extract_refuses_an_encoding_that_cannot_decode(cli, tmp_path) -> None:  # noqa: ANN001
    (tmp_path / "a.txt").write_bytes(ODD)
    code, _out, err = cli("extract", "a.txt", "--encoding", "utf-16")
    assert code == 1 and "cannot decode as utf-16" in err and "Traceback" not in err, err


@pytest.mark.parametrize("content, proposition", [
    ("about 200 mercenaries crossed the border in January", True),  # the user's hedge: no claim before
    ("over 300 Ruritanian soldiers were killed in the raid", True),
    ("about two thousand refugees fled to Sylvania last week", True),
    ("some 3,000 troops were sent to Grand Fenwick", True),
    ("nearly 40 Freedonian tanks crossed the river on Monday", True),
    ("around 60 Bordurian officers were arrested in Klow", True),
    # a real preposition at the start still needs something before it
    ("about the talks with Ruritania on Monday", False),
    ("over the border with Freedonia", False),
    ("for his release", False),
])
def test_about_before_a_number_is_no_preposition(content: str, proposition: bool) -> None:
    from claimcheck.lexicons import load_lexicons
    from claimcheck.parse.claims.statements import is_proposition

    assert is_proposition(content, load_lexicons()) is proposition


def test_a_hedged_number_claim_is_stored_and_counted_in_the_report(tmp_path) -> None:  # noqa: ANN001
    from claimcheck import api

    (tmp_path / "a.txt").write_text(
        "Ruritania denies sending troops\n\nIt is believed that about 200 Ruritanian mercenaries crossed "
        "the border into Freedonia in January.\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'a.db'}"
    api.ingest([str(tmp_path / "a.txt")], url)
    claims = [r.claim for r in api.report(url)]
    assert any("about 200 ruritanian mercenaries" in c.lower() for c in claims), claims


WIRE = ("Freedonian minister resigns over arms scandal\n\nSTRELSAU (AP) — Freedonian Defence Minister "
        "Rufus Firefly resigned on Tuesday after newspapers reported that his ministry had sold rifles to "
        "Sylvanian militias, a government spokeswoman said.\n")


def _files(folder, sidecars: dict[str, dict]) -> None:  # noqa: ANN001
    import json

    folder.mkdir(exist_ok=True)
    for name, meta in sidecars.items():
        (folder / f"{name}.txt").write_text(WIRE, encoding="utf-8")
        if meta:
            (folder / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")


@pytest.mark.parametrize("sidecars, stored", [
    # the user's case: one wire text, three outlets: three articles
    ({"Gazette": {"outlet": "Gazette"}, "Observer": {"outlet": "Observer"}, "Tribune": {"outlet": "Tribune"}}, 3),
    ({"a": {"outlet": "Ruritania Herald"}, "b": {"outlet": "Freedonia Post"}}, 2),
    ({"a": {"url": "https://herald.example/a"}, "b": {"url": "https://post.example/b"}}, 2),  # URLs alone
    ({"a": {"outlet": "Sylvania Star", "url": "https://star.example/x"},
      "b": {"outlet": "Sylvania Star", "url": "https://star.example/y"}}, 2),
    ({"a": {"outlet": "Klow Times"}, "b": {}}, 2),  # one with an outlet, one without
    # the same article under two file names is still one
    ({"a": {"outlet": "Klow Times"}, "b": {"outlet": "Klow Times"}}, 1),
    ({"a": {}, "b": {}}, 1),
])
def test_a_wire_text_is_one_article_per_outlet(tmp_path, sidecars: dict, stored: int) -> None:  # noqa: ANN001
    from claimcheck import api

    _files(tmp_path / "in", sidecars)
    url = f"sqlite:///{tmp_path / 'w.db'}"
    first = api.ingest([str(tmp_path / "in")], url)
    assert (first.ingested, first.unchanged) == (stored, len(sidecars) - stored)
    again = api.ingest([str(tmp_path / "in")], url)  # the same files again add nothing
    assert (again.ingested, again.new_versions, again.unchanged) == (0, 0, len(sidecars))
    if stored == len(sidecars) > 1 and all(m.get("outlet") for m in sidecars.values()):
        outlets = {o for r in api.report(url) for o in (r.outlets or ())}
        assert outlets >= {m["outlet"] for m in sidecars.values()}, outlets


def test_a_database_of_text_hashes_takes_the_same_file_as_unchanged(tmp_path) -> None:  # noqa: ANN001
    """A row stored before the identity took in the outlet (its hash of the text alone) is the
    same article when its file comes again: no new version."""
    import hashlib
    import sqlite3

    from claimcheck import api

    _files(tmp_path / "in", {"Gazette": {"outlet": "Gazette"}})
    db = tmp_path / "old.db"
    api.ingest([str(tmp_path / "in")], f"sqlite:///{db}")
    with sqlite3.connect(db) as con:
        con.execute("UPDATE articles SET content_hash = ?", (hashlib.sha256(WIRE.encode()).hexdigest(),))
    again = api.ingest([str(tmp_path / "in")], f"sqlite:///{db}")
    assert (again.ingested, again.new_versions, again.unchanged) == (0, 0, 1)
    _files(tmp_path / "in", {"Observer": {"outlet": "Observer"}})
    other = api.ingest([str(tmp_path / "in" / "Observer.txt")], f"sqlite:///{db}")
    assert (other.ingested, other.unchanged) == (1, 0)


@pytest.mark.parametrize("second", [
    'Bordurian Interior Minister Karl Mueller described the reports as "nonsense" and "a smear campaign".',  # the user's
    'Foreign Minister Anna Lind called the reports "a fabrication".',
    'Ruritanian Defence Minister Otto Brandt dismissed the reports as "lies".',
    'Its foreign minister, Hans Vogel, described the allegations as "absurd".',
    'Government spokeswoman Vera Marcal rejected the reports as baseless.',
    'Prime Minister Ivan Petrov described the reports as "propaganda".',
])
def test_a_second_denial_of_a_denied_report_is_a_denial_of_it(second: str) -> None:
    """A denial answering an earlier denial of C ("X denied reports that C. Its minister described
    the reports as nonsense") is a second denial of C: it made no claim and vanished from the report."""
    from claimcheck.ingest.pipeline import build
    from claimcheck.ingest.readers import RawDocument

    text = ("Ruritania denies sending troops\n\nRuritania on Monday denied reports that it had sent "
            f"troops to Freedonia.\n\n{second}\n")
    ex = build(RawDocument("a.txt", text, "file"))
    denials = [c for c in ex.claims if c.polarity == "negative" and "troops to freedonia" in c.text.lower()]
    sources = {ex.attributions[c.attribution].source.span.text for c in denials if c.attribution is not None}
    assert len(denials) == 2 and len(sources) == 2, [(c.text, c.attribution) for c in ex.claims]
