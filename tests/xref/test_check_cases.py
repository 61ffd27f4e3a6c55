"""``check`` end to end on small corpora of invented articles: each folder is ingested as a user
would, then claims are checked through ``api.check`` (the library call behind the command).

The first case is ``../shared/cases/xref/check_respects_the_actor`` (copied here: it is ours);
the others are its neighbours: an agent that is not the one the articles name, a negated query,
a claim nothing addresses, two independent origins for a claim, and one origin repeated by two
outlets.  Each asserts the status, the number of origins and each piece's stance.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from claimcheck import api

CASES: dict[str, dict[str, tuple[dict[str, str], str]]] = {
    "check_respects_the_actor": {
        "a": ({"title": "Sylvania denies supplying drones to Ruritania", "outlet": "Site K",
               "published": "2022-10-17"},
              "Sylvania denies supplying drones to Ruritania\n\nSylvania on Monday denied supplying drones to "
              "Ruritania. Bordurian officials said last week that Sylvania had sent hundreds of drones to "
              "Ruritania."),
    },
    "same_unnamed_source_two_outlets": {
        "a": ({"title": "Freedonians trained on drones in Sylvania, official says", "outlet": "Site A (Channel 9 copy)",
               "published": "2023-05-02"},
              "Freedonians trained on drones in Sylvania, official says\n\n“For the past few weeks, Freedonian officers "
              "have been training in Sylvania under the drone transfer deal,” a Western official told Channel 9. The "
              "official said the information had recently been declassified."),
        "b": ({"title": "Western official: Freedonian officers trained in Sylvania", "outlet": "Site B",
               "published": "2023-05-03"},
              "Western official: Freedonian officers trained in Sylvania\n\n“During the last several weeks, Freedonian "
              "officers trained in Sylvania as part of the drone transfer deal,” a Western official told Channel 9 "
              "News, adding that the information had recently been declassified."),
    },
    "wire_copy_two_outlets": {
        "a": ({"title": "Ferry link cut", "outlet": "Coast Gazette", "published": "2023-09-01"},
              "Ferry link cut\n\nPORT ALDER, Sept 1 (Reuters) - The ferry link between Port Alder and the Brisk "
              "islands was cut on Friday after a storm damaged the pier, harbour officials said."),
        "b": ({"title": "Storm cuts island ferry", "outlet": "Inland Courier", "published": "2023-09-01"},
              "Storm cuts island ferry\n\nThe ferry link between Port Alder and the Brisk islands was cut on Friday "
              "after a storm damaged the pier, harbour officials said.\n\nRepairs will take a week. — Reuters"),
    },
    "two_intermediaries": {
        "a": ({"title": "Drills in the north", "outlet": "Site A", "published": "2023-05-02"},
              "Drills in the north\n\nFreedonian officers have been training in Sylvania, a Western official told "
              "Channel 9."),
        "b": ({"title": "Officers abroad", "outlet": "Site B", "published": "2023-05-03"},
              "Officers abroad\n\nFreedonian officers have been training in Sylvania, a Western official told "
              "Radio Tessel."),
    },
    "actor_mismatch": {
        "a": ({"title": "Trucks at the northern checkpoint", "outlet": "Harbour Times", "published": "2023-04-04"},
              "Trucks at the northern checkpoint\n\nSylvania sent forty armoured trucks to Ruritania in March, "
              "Ruritanian border officials said on Tuesday. Freedonian diplomats said the trucks crossed at the "
              "northern checkpoint."),
    },
    "negated_query": {
        "a": ({"title": "Crossings shut", "outlet": "Northern Ledger", "published": "2023-05-06"},
              "Crossings shut\n\nBorduria closed its eastern border with Syldavia on Friday, interior minister "
              "Petra Vance said. Trucks were turned back at every crossing."),
        "b": ({"title": "A denial from the capital", "outlet": "Valley Post", "published": "2023-05-07"},
              "A denial from the capital\n\nThe Bordurian government on Saturday denied closing its eastern "
              "border with Syldavia. A government spokesman said the crossings had stayed open all week."),
    },
    "nothing_addresses_it": {
        "a": ({"title": "A new terminal for the islands", "outlet": "Coast Gazette", "published": "2023-06-12"},
              "A new terminal for the islands\n\nThe city of Port Alder opened a new ferry terminal on Monday, "
              "mayor Ines Rook said. The terminal will serve three islands."),
    },
    "two_independent_origins": {
        "a": ({"title": "Crack in the Vell dam", "outlet": "Coast Gazette", "published": "2023-07-03"},
              "Crack in the Vell dam\n\nThe dam on the Vell river has cracked, chief engineer Marta Ilic said on "
              "Monday. Repairs will take weeks."),
        "b": ({"title": "Warning downstream", "outlet": "Inland Courier", "published": "2023-07-04"},
              "Warning downstream\n\nThe dam on the Vell river has cracked, regional governor Tomas Brenner told "
              "reporters on Tuesday. Residents downstream were warned."),
    },
    "one_origin_two_outlets": {
        "a": ({"title": "Orlov mine to close", "outlet": "Coast Gazette", "published": "2023-08-09"},
              "Orlov mine to close\n\nThe mine at Orlov will close next year, mining minister Anna Kovacs said on "
              "Wednesday. About 900 workers are employed there."),
        "b": ({"title": "End of the line for Orlov", "outlet": "Inland Courier", "published": "2023-08-10"},
              "End of the line for Orlov\n\nThe mine at Orlov will close next year, mining minister Anna Kovacs "
              "told reporters on Wednesday."),
    },
}


@pytest.fixture(scope="module")
def stores(case_db) -> Callable[[str], str]:
    """A case's database by name: its folder (``a.txt`` with ``a.meta.json`` beside it) ingested
    once, when a test first asks for it (``case_db`` in conftest.py)."""
    return lambda case: str(case_db(case, CASES[case]))


def check(stores: Callable[[str], str], case: str, claim: str) -> dict[str, Any]:
    return api.check(stores(case), claim, limit=0)


def pieces(d: dict[str, Any]) -> list[tuple[str, str | None]]:
    """(stance, source name) of each piece of evidence, in the answer's order."""
    return [(e["stance"], (e["source"] or {}).get("name")) for e in d["evidence"]]


def test_case_another_actor_is_no_evidence(stores: Callable[[str], str]) -> None:
    """check_respects_the_actor: the article is about Sylvania; Freedonia is not in it."""
    d = check(stores, "check_respects_the_actor", "Freedonia supplied drones to Ruritania")
    assert (d["status"], d["evidence"], d["origins"]) == ("no_evidence", [], [])


def test_case_asserted_and_denied_is_contradicted(stores: Callable[[str], str]) -> None:
    """check_respects_the_actor: asserted by Bordurian officials, denied by Sylvania (twice, one
    origin): contradicted, and the denial is the accused party's own."""
    d = check(stores, "check_respects_the_actor", "Sylvania supplied drones to Ruritania")
    assert d["status"] == "contradicted"
    assert [(o["label"], o["stance"], o["pieces"]) for o in d["origins"]] == [
        ("Bordurian officials (unnamed, in Site K)", "corroborate", 1), ("Sylvania (named)", "contradict", 2)]
    assert pieces(d) == [("corroborate", "Bordurian officials"), ("contradict", "Sylvania"),
                         ("contradict", "Sylvania")]
    assert any("party the claim is about" in r for r in d["reasons"])


def test_case_negated_query_flips_the_stances(stores: Callable[[str], str]) -> None:
    """check_respects_the_actor: "did not supply" is contradicted too, with the stances flipped:
    Sylvania's denial corroborates it, the officials contradict it."""
    d = check(stores, "check_respects_the_actor", "Sylvania did not supply drones to Ruritania")
    assert (d["status"], d["proposition"]["polarity"]) == ("contradicted", "negative")
    assert [(o["label"], o["stance"]) for o in d["origins"]] == [
        ("Sylvania (named)", "corroborate"), ("Bordurian officials (unnamed, in Site K)", "contradict")]
    assert sorted(pieces(d)) == [("contradict", "Bordurian officials"), ("corroborate", "Sylvania"),
                                 ("corroborate", "Sylvania")]


def test_neighbour_actor_mismatch(stores: Callable[[str], str]) -> None:
    """The articles name Sylvania as the one who sent the trucks and Freedonian diplomats as a
    source: a claim about Freedonia has no evidence; the one about Sylvania rests on one unnamed
    origin (the border officials, headline and body)."""
    assert check(stores, "actor_mismatch", "Freedonia sent armoured trucks to Ruritania")["status"] == "no_evidence"
    d = check(stores, "actor_mismatch", "Sylvania sent armoured trucks to Ruritania")
    assert d["status"] == "single_source"
    assert [o["label"] for o in d["origins"]] == ["Ruritanian border officials (unnamed, in Harbour Times)"]


def test_neighbour_negated_query(stores: Callable[[str], str]) -> None:
    """A named minister says the border was closed; the government denies it in another outlet.
    "did not close" is corroborated by the denial and contradicted by the minister."""
    d = check(stores, "negated_query", "Borduria did not close its eastern border")
    assert d["status"] == "contradicted"
    stance = {o["label"]: o["stance"] for o in d["origins"]}
    assert stance == {"Petra Vance (named)": "contradict", "Bordurian (named)": "corroborate"}
    positive = check(stores, "negated_query", "Borduria closed its eastern border")
    assert positive["status"] == "contradicted"
    assert {o["label"]: o["stance"] for o in positive["origins"]} == {
        "Petra Vance (named)": "corroborate", "Bordurian (named)": "contradict"}


def test_neighbour_nothing_addresses_it(stores: Callable[[str], str]) -> None:
    """The only article is about the same city opening a terminal: neither another action
    ("closed") nor another topic is evidence."""
    for claim in ("Port Alder closed its ferry terminal", "The mayor of Port Alder resigned"):
        d = check(stores, "nothing_addresses_it", claim)
        assert (d["status"], d["evidence"]) == ("no_evidence", []), claim


def test_neighbour_two_independent_origins(stores: Callable[[str], str]) -> None:
    """Two outlets, two named sources: two independent origins for, none against."""
    d = check(stores, "two_independent_origins", "The dam on the Vell river has cracked")
    assert (d["status"], d["independent_origins"]) == ("corroborated", 2)
    assert sorted(o["label"] for o in d["origins"]) == ["Marta Ilic (named)", "Tomas Brenner (named)"]


def test_neighbour_one_origin_two_outlets(stores: Callable[[str], str]) -> None:
    """Two outlets quote the same minister: one origin, single_source, and the reasons say the
    repetition does not make it independent."""
    d = check(stores, "one_origin_two_outlets", "The mine at Orlov will close next year")
    assert (d["status"], d["independent_origins"]) == ("single_source", 1)
    assert [o["label"] for o in d["origins"]] == ["Anna Kovacs (named)"]
    assert any("does not make it independent" in r for r in d["reasons"])
    assert {e["article"]["outlet"] for e in d["evidence"]} == {"Coast Gazette", "Inland Courier"}


def test_check_table_groups_by_origin(stores: Callable[[str], str]) -> None:
    """The table shows the claim as read, the status with its reasons, and each origin with its
    pieces of evidence (rendered at a fixed width, without colour)."""
    import io

    from claimcheck.report.checking import check_table
    from claimcheck.report.theme import make_console

    out = io.StringIO()
    make_console(file=out, width=100).print(
        check_table(check(stores, "check_respects_the_actor", "Sylvania supplied drones to Ruritania")))
    text = out.getvalue()
    for line in ("read as agent: Sylvania; action: arming", "status  contradicted",
                 "Evidence: 3 pieces from 2 origins", "Sylvania (named) · 2 pieces of evidence"):
        assert line in text, text
    empty = io.StringIO()
    make_console(file=empty, width=100).print(
        check_table(check(stores, "check_respects_the_actor", "Freedonia supplied drones to Ruritania")))
    assert "no evidence in the database" in empty.getvalue()


def test_the_case_folder_is_the_shared_one() -> None:
    """The copy above is the case as shared (when ../shared is here to compare with)."""
    shared = Path(__file__).resolve().parents[3] / "shared" / "cases" / "xref" / "check_respects_the_actor"
    if not shared.is_dir():
        pytest.skip("../shared/cases is not beside the repository")
    meta, text = CASES["check_respects_the_actor"]["a"]
    assert (shared / "a.txt").read_text(encoding="utf-8").strip() == text.strip()
    assert json.loads((shared / "a.meta.json").read_text(encoding="utf-8")) == meta


def test_the_case_on_both_dialects(db_url: str, tmp_path: Path, case_articles) -> None:
    """The shared case on SQLite and on PostgreSQL (CI sets CLAIMCHECK_TEST_PG_URL): the index
    is filled at ingest by the same migration on both (FTS5 / tsvector), and the three answers
    are the same; with the index emptied, ``check`` still finds the evidence by scanning."""
    folder = case_articles(tmp_path / "articles", CASES["check_respects_the_actor"])
    assert api.ingest([str(folder)], db_url).ingested == 1
    got = {claim: api.check(db_url, claim)["status"] for claim in (
        "Freedonia supplied drones to Ruritania", "Sylvania supplied drones to Ruritania",
        "Sylvania did not supply drones to Ruritania")}
    assert got == {"Freedonia supplied drones to Ruritania": "no_evidence",
                   "Sylvania supplied drones to Ruritania": "contradicted",
                   "Sylvania did not supply drones to Ruritania": "contradicted"}
    with api.Store(db_url) as store:
        from sqlalchemy import text as sql

        with store.engine.begin() as conn:
            assert conn.execute(sql("SELECT count(*) FROM sentences_fts")).scalar() == 3
            conn.execute(sql("DROP TABLE sentences_fts"))  # a store without the index: scanned
        d = api.check(store, "Sylvania supplied drones to Ruritania")
    assert (d["status"], len(d["evidence"])) == ("contradicted", 3)


def test_case_same_unnamed_source_two_outlets(stores: Callable[[str], str]) -> None:
    """same_unnamed_source_two_outlets: one unnamed official through one broadcaster ("Channel 9"
    / "Channel 9 News"), and the headline's "official says" is the same official: one origin,
    single_source, however the claim is worded."""
    for claim in ("Freedonian officers have been training in Sylvania", "Freedonian officers trained in Sylvania"):
        d = check(stores, "same_unnamed_source_two_outlets", claim)
        assert (d["status"], d["independent_origins"]) == ("single_source", 1), (claim, d["origins"])
        assert [o["label"] for o in d["origins"]] == ["a Western official (unnamed, via Channel 9)"]
        assert {e["article"]["outlet"] for e in d["evidence"]} == {"Site A (Channel 9 copy)", "Site B"}


def test_neighbour_wire_copy_two_outlets(stores: Callable[[str], str]) -> None:
    """One Reuters story (dateline credit in one outlet, trailing credit in the other): the same
    officials through the same wire are one origin, not two."""
    d = check(stores, "wire_copy_two_outlets", "The ferry link between Port Alder and the Brisk islands was cut")
    assert (d["status"], d["independent_origins"]) == ("single_source", 1), d["origins"]


def test_neighbour_two_intermediaries_stay_two(stores: Callable[[str], str]) -> None:
    """The control: the same description through two broadcasters is two origins."""
    d = check(stores, "two_intermediaries", "Freedonian officers have been training in Sylvania")
    assert (d["status"], d["independent_origins"]) == ("corroborated", 2), d["origins"]
