"""Two dated articles about two different Sundays in one database stay two events, and the result
is the one each set of articles gives alone (issue 9, stop 27: a new user's two sets of invented
articles joined "shelled Vorna on Sunday" of 1 September and of 29 September under the first
set's undated headline, which moved out of its own article's cluster).  Invented names only."""

from __future__ import annotations

from pathlib import Path

SET_A = {  # Saturday 7 September: "on Sunday" is 1 September
    "a1": ({"outlet": "Strelsau Gazette", "published": "2024-09-07"},
           "Ruritania says Freedonia shelled Kessel\n\nThe Ruritanian government said Freedonian artillery shelled Kessel "
           "on Sunday. Ruritanian army officers said Freedonian artillery shelled Kessel on Sunday, killing two farmers. "
           "Freedonian Defence Minister Otto Brand denied that Freedonian forces had shelled Kessel.\n"),
}
SET_B = {  # 1 and 3 October: "on Sunday" and "on 29 September" are one day
    "b1": ({"outlet": "Brill Courier", "published": "2024-10-01"},
           "Freedonia shelled Kessel again\n\nFreedonian artillery shelled Kessel on Sunday, Ruritanian officials said. "
           "Ruritanian officials said the Sunday shelling wounded six people.\n"),
    "b2": ({"outlet": "Marsk Herald", "published": "2024-10-03"},
           "Monitors confirm shelling of Kessel\n\nUN monitors confirmed that Freedonian artillery had shelled Kessel on "
           "29 September. Ruritanian officials said Freedonian artillery shelled Kessel on 29 September.\n"),
}
UNRELATED = {
    "c1": ({"outlet": "Sylvania Post", "published": "2024-10-02"},
           "Sylvania to buy grain from Ruritania\n\nSylvania agreed to buy 20,000 tonnes of grain from Ruritania, the "
           "Sylvanian trade ministry said.\n"),
}


def _clusters(rows: list[dict]) -> set[tuple]:
    return {(r["cluster"], r["status"], r["mentions"], frozenset(a["title"] for a in r["article_refs"])) for r in rows}


def _sub(tmp_path: Path, name: str) -> Path:
    d = tmp_path / name
    d.mkdir()
    return d


def test_two_sundays_stay_apart_and_independent(tmp_path: Path, report) -> None:  # noqa: ANN001
    together = report(_sub(tmp_path, "all"), {**SET_A, **SET_B, **UNRELATED})
    a_titles = {"Ruritania says Freedonia shelled Kessel"}
    b_titles = {"Freedonia shelled Kessel again", "Monitors confirm shelling of Kessel"}
    for r in together:
        titles = {a["title"] for a in r["article_refs"]}
        assert not (titles & a_titles and titles & b_titles), r["claim"]  # no cluster holds both Sundays
    shelled = [r for r in together if "shelled kessel" in r["claim"].lower()]
    sept1 = [r for r in shelled if {a["title"] for a in r["article_refs"]} == a_titles]
    sept29 = [r for r in shelled if {a["title"] for a in r["article_refs"]} == b_titles]
    assert sept1 and sept1[0]["status"] == "contradicted"  # the minister's denial stays with his own article's Sunday
    assert sept29 and sept29[0]["status"] == "corroborated"  # "on Sunday" (1 October) is "on 29 September"
    # the same clusters as each set alone: what else is in the database does not matter
    alone = _clusters(report(_sub(tmp_path, "a"), SET_A)) | _clusters(report(_sub(tmp_path, "b"), SET_B)) \
        | _clusters(report(_sub(tmp_path, "c"), UNRELATED))
    assert _clusters(together) == alone
