"""Cases of ../shared/cases/xref about clusters and denials (copied here: they are ours), each
with neighbours of our own: a denial joins the proposition it denies and the cluster is
``contradicted``; a pro-X group stays apart from X. End to end: ingest, then ``report --format json``."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest






def one(title: str, text: str, outlet: str = "Site T", published: str = "2023-03-07") -> dict[str, tuple[dict, str]]:
    return {"a": ({"title": title, "outlet": outlet, "published": published}, f"{title}\n\n{text}")}


# -- the cases, as given ------------------------------------------------------------------------

def test_case_action_verbs_are_not_cues(report: Callable, cluster_of: Callable, tmp_path: Path) -> None:
    rows = report(tmp_path, one(
        "Borduria attacked Syldavian troops, backed rebels: UN experts",
        "Bordurian troops attacked soldiers inside Syldavia and aided the rebel group, according to a report by "
        "independent experts for the UN seen by the agency on Thursday. Borduria has repeatedly denied any involvement.",
        "Site F", "2022-08-04"))
    c = cluster_of(rows, "attacked soldiers inside Syldavia")
    assert c["status"] == "contradicted"
    assert c["denials"] >= 1
    assert not any(r["claim"].strip().lower() == "any involvement" for r in rows)


def test_case_pro_group_is_not_the_country(report: Callable, cluster_of: Callable, tmp_path: Path) -> None:
    rows = report(tmp_path, one(
        "Pro-Syldavia group behind dam sabotage, officials say",
        "A pro-Syldavia group was behind the attack on the dam, officials said on Tuesday. "
        "Syldavia has denied any involvement in the attack.", "Site P", "2023-03-07"))
    c = cluster_of(rows, "pro-Syldavia group was behind the attack")
    assert c["status"] == "contradicted"
    assert c["denials"] >= 1
    # Syldavia denies its own part: an interested party, and an actor of the cluster apart from the group
    assert c["actors"] == ["Syldavia"], c["actors"]
    assert any("party the claim is about" in r for r in c["reasons"]), c["reasons"]


def test_case_denial_of_a_reported_allegation(report: Callable, cluster_of: Callable, tmp_path: Path) -> None:
    rows = report(tmp_path, one(
        "Palace says blog post on dam explosion utterly false",
        "The presidential palace on Wednesday dismissed a blog post by a Ruritanian journalist alleging Ruritania "
        "was behind the explosion of the Borduria dam as \u201cutterly false and complete fiction.\u201d The newswire "
        "has not corroborated the report, published by journalist Jan Novak, which said the attack was carried out "
        "at the direction of President Karl Adler. Spokespeople for the intelligence service and the foreign "
        "ministry said the same.", "Wire copy site", "2023-02-09"))
    c = cluster_of(rows, "Ruritania was behind the explosion")
    assert c["status"] == "contradicted"
    # the palace, and the ministry's "said the same": two denials, one denying origin, the accused
    # state speaking through two of its organs, with the party note (issue 9, party26)
    assert c["denials"] == 1 and "denied_only_by_party" in c.get("reason_codes", []), c["reasons"]
    denied = {s["name"] for s in c["sources"] if s["stance"] == "deny"}
    # "the foreign ministry", named by no ministry before it, is an unnamed source (src26)
    assert {"Palace", "the foreign ministry"} <= denied, c["sources"]
    # "said the same" repeats the palace's dismissal, not the report a relative clause describes
    other = [r for r in rows if "Karl Adler" in r["claim"]]
    assert all("the foreign ministry" not in {s["name"] for s in r["sources"]} for r in other), other
    assert "utterly false" not in c["claim"]
    assert not any(r["claim"].strip().lower() == "the same" for r in rows)


# -- neighbours: a denial in its own article, another word for the action ---------------------

NEIGHBOURS = [
    # (allegation article, denial article, words of the allegation's claim)
    (("Freedonia shelled border villages, monitors say",
      "Freedonian artillery shelled three villages in Sylvania on Monday, according to monitors cited by the "
      "agency."),
     ("Freedonia rejects monitors' report",
      "Freedonia on Tuesday denied involvement in the bombardment of villages in Sylvania, its foreign ministry said."),
     ("shelled", "villages")),
    (("Marsh Front funded by businessman, report says",
      "The businessman Arkady Volkov funded the Marsh Front through shell companies, a report by auditors said."),
     ("Volkov denies funding militia",
      "Arkady Volkov denied that he had funded the Marsh Front, his lawyer said on Friday."),
     ("funded the Marsh Front",)),
    (("Ruritanian jets struck a depot, officials say",
      "Ruritanian jets carried out air strikes on a fuel depot near Granville, officials said on Monday."),
     ("Ruritania denies raid",
      "Ruritania denied carrying out air strikes on the fuel depot near Granville, a spokesman said."),
     ("air strikes", "fuel depot")),
    (("Sylvania sent drones to rebels, officials say",
      "Sylvania sent attack drones to the Marsh Front rebels last month, two officials told the agency."),
     ("Sylvania denies drone deliveries",
      "Sylvania denied sending attack drones to the Marsh Front rebels, its defence ministry said."),
     ("drones", "Marsh Front")),
    (("Pro-Borduria militia behind pipeline blast, police say",
      "A pro-Borduria militia blew up the pipeline near Granville, police said on Sunday."),
     ("Borduria denies pipeline attack",
      "Borduria denied any role in the attack on the pipeline near Granville, its embassy said."),
     ("pipeline",)),
]


@pytest.mark.parametrize(("allegation", "denial", "words"), NEIGHBOURS)
def test_neighbour_denial_in_another_article_contradicts(report: Callable, cluster_of: Callable, tmp_path: Path, allegation: tuple, denial: tuple,
                                                          words: tuple) -> None:
    arts = {"a": ({"title": allegation[0], "outlet": "Site A", "published": "2023-03-06"},
                  f"{allegation[0]}\n\n{allegation[1]}"),
            "b": ({"title": denial[0], "outlet": "Site B", "published": "2023-03-07"}, f"{denial[0]}\n\n{denial[1]}")}
    rows = report(tmp_path, arts)
    c = cluster_of(rows, *words)
    assert c["status"] == "contradicted", [(r["claim"], r["status"], r["sources"]) for r in rows]


# -- neighbours of the case denial_of_a_reported_allegation: the report alleges, the dismissal denies, a
# -- repetition repeats the dismissal (never the report a relative clause describes)

REPORTED_ALLEGATIONS = [
    ("Ministry calls video fabrication",
     "The interior ministry on Monday dismissed a video posted by an opposition activist claiming Freedonian troops "
     "had crossed the border at Marn as \u201cpure fabrication.\u201d The army said the same.",
     ("Freedonian troops had crossed the border",), 1),  # the ministry and the army: organs of one state, one origin
    ("Army rejects looting report",
     "Sylvania's army rejected a report by a local newspaper alleging soldiers had looted the village of Marn as "
     "baseless. The newspaper has not responded to requests for comment.",
     ("looted the village of Marn",), 1),
    ("Governor denies bribes",
     "The governor's office dismissed an article in the Evening Star, which said the governor had taken bribes from "
     "the port operator, as untrue. The port operator said the same.",
     ("taken bribes from the port operator",), 2),
    ("Embassy rejects refinery claim",
     "The embassy rejected a post by a Bordurian blogger saying Bordurian drones had struck the refinery at Kessel "
     "as disinformation. A second blog, which said the drones came from the sea, was taken down. The defence "
     "ministry said the same.",
     ("drones had struck the refinery at Kessel",), 1),  # the embassy and the defence ministry: one state
    ("Palace dismisses forgery claim",
     "The presidential palace dismissed a tweet from an opposition leader alleging the election results in Vell had "
     "been forged by officials as slander. The election commission confirmed it.",
     ("election results in Vell had been forged",), 2),
]


@pytest.mark.parametrize(("title", "body", "words", "denials"), REPORTED_ALLEGATIONS,
                         ids=[r[0] for r in REPORTED_ALLEGATIONS])
def test_neighbour_dismissed_report_is_contradicted(report: Callable, cluster_of: Callable, tmp_path: Path, title: str, body: str, words: tuple,
                                                   denials: int) -> None:
    rows = report(tmp_path, one(title, body))
    c = cluster_of(rows, *words)
    assert c["status"] == "contradicted", [(r["claim"], r["status"], r["sources"]) for r in rows]
    assert c["denials"] == denials, c["sources"]
    assert not any(w in c["claim"].lower() for w in ("fabrication", "baseless", "untrue", "disinformation", "slander"))


# -- neighbours of the case pro_group_is_not_the_country: a denial of one's own part is an interested party's

INTERESTED_DENIALS = [
    ("Militia blew up pipeline, police say",
     "A pro-Borduria militia blew up the pipeline near Granville, police said on Sunday. "
     "Borduria denied any role in the attack.", "pipeline near Granville", "Borduria"),
    ("Hackers stole voter data",
     "Hackers stole the voters' data from the election office in Vell, investigators said. "
     "Freedonia denied any involvement in the theft.", "voters' data", "Freedonia"),
    ("Militia raided border post",
     "A Sylvanian-backed militia raided the border post at Marn, officials said. "
     "Sylvania denied any part in the raid.", "border post at Marn", "Sylvania"),
    ("Gunmen attacked convoy",
     "Unknown gunmen attacked the aid convoy near Kessel on Friday, witnesses said. "
     "The Marsh Front denied involvement in the attack.", "convoy near Kessel", "Marsh Front"),
    ("Bomb destroyed bridge",
     "A bomb destroyed the railway bridge at Ostra on Monday, the police said. "
     "Ruritania rejected any responsibility for the blast.", "railway bridge at Ostra", "Ruritania"),
]


@pytest.mark.parametrize(("title", "body", "words", "party"), INTERESTED_DENIALS,
                         ids=[r[0] for r in INTERESTED_DENIALS])
def test_neighbour_denial_of_own_part_is_an_interested_party(report: Callable, cluster_of: Callable, tmp_path: Path, title: str, body: str, words: str,
                                                             party: str) -> None:
    rows = report(tmp_path, one(title, body))
    c = cluster_of(rows, words)
    assert c["status"] == "contradicted", [(r["claim"], r["status"], r["sources"]) for r in rows]
    assert party in c["actors"], c["actors"]
    assert any("party the claim is about" in r for r in c["reasons"]), c["reasons"]
    assert c["credibility"] == 6


# -- the story level: different propositions about the same actors are clusters of one story

def test_report_rows_carry_their_story_and_by_story_shows_them_together(report: Callable, cluster_of: Callable, tmp_path: Path) -> None:
    arts = {"a": ({"title": "Drones for Sylvania", "outlet": "Site A", "published": "2024-05-01"},
                  "Drones for Sylvania\n\nFreedonia is preparing to send attack drones to Sylvania, officials said "
                  "on Monday."),
            "b": ({"title": "Drones delivered", "outlet": "Site B", "published": "2024-05-20"},
                  "Drones delivered\n\nFreedonia delivered forty attack drones to Sylvania last week, a Sylvanian "
                  "minister said."),
            "c": ({"title": "Harbour reopens", "outlet": "Site C", "published": "2024-05-21"},
                  "Harbour reopens\n\nThe harbour of Ostra reopened to tankers on Tuesday after the repairs, the "
                  "port authority said.")}
    rows = report(tmp_path, arts)
    send, delivered = cluster_of(rows, "preparing to send"), cluster_of(rows, "delivered forty")
    harbour = cluster_of(rows, "harbour of Ostra")
    assert send["cluster"] != delivered["cluster"] and send["story"] == delivered["story"]
    assert harbour["story"] != send["story"]
    db = tmp_path / "c.db"
    for fmt, check in (("markdown", lambda out: out.count("### story ") == 2),
                       ("csv", lambda out: out.splitlines()[0].startswith("cluster,story,")),
                       ("jsonl", lambda out: all("story" in json.loads(x) for x in out.splitlines()))):
        proc = subprocess.run([sys.executable, "-m", "claimcheck", "report", "--by-story", "--format", fmt,
                               "--db", str(db)], capture_output=True, text=True, cwd=tmp_path)
        assert proc.returncode == 0 and check(proc.stdout), (fmt, proc.stdout, proc.stderr)
