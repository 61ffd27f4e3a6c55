"""A denial joins only the claim about the same agent (issue 9, item 3; the new-user test loaded every
case of ../shared/cases into one database): "Borduria was not involved in the attack on the dam"
answers no claim that Ruritania was behind the explosion of the Borduria dam, though both name
Borduria.  The two cases as given (copied: they are ours), then neighbours of our own; the
counter-tests, denials that do answer a claim about their own agent, are the neighbours in
``test_cluster_cases.py``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.parse.claims import rules
from claimcheck.xref.cluster import subject_text





DAM_ALLEGATION = ({"title": "Palace says blog post on dam explosion utterly false", "outlet": "Wire copy site",
                   "published": "2023-02-09"},
                  "Palace says blog post on dam explosion utterly false\n\n"
                  "The presidential palace on Wednesday dismissed a blog post by a Ruritanian journalist alleging Ruritania "
                  "was behind the explosion of the Borduria dam as \u201cutterly false and complete fiction.\u201d The "
                  "newswire has not corroborated the report, published by journalist Jan Novak, which said the attack was "
                  "carried out at the direction of President Karl Adler. Spokespeople for the intelligence service and the "
                  "foreign ministry said the same.")
AIDE = ({"title": "Aide says Borduria not involved in dam attack", "outlet": "Site L", "published": "2023-03-07"},
        "Aide says Borduria not involved in dam attack\n\n"
        "A senior aide to Bordurian President Ivan Petrov said on Tuesday that Borduria was \"absolutely not involved\" "
        "in the attack on the dam. Ruritania has blamed the West for the explosion. The exact cause of the blast is "
        "unknown, but it is widely believed the dam was attacked.")


def test_cases_in_one_database_keep_the_denial_to_its_own_agent(report: Callable, cluster_of: Callable, tmp_path: Path) -> None:
    rows = report(tmp_path, {"a": DAM_ALLEGATION, "b": AIDE})
    c = cluster_of(rows, "Ruritania was behind the explosion")
    deniers = {s["name"] for s in c["sources"] if s["stance"] == "deny"}
    assert not any("aide" in d.lower() for d in deniers), c["sources"]
    assert c["status"] == "contradicted"  # the palace and the ministry still deny it


NEIGHBOURS = [
    # (allegation article, denial article, words of the allegation, words of the denial)
    (("Sylvania shelled the Kolno bridge, monitors say",
      "Sylvania shelled the Kolno bridge on Monday, according to monitors cited by the agency."),
     ("Kolno not involved in bridge shelling, mayor says",
      "The mayor of Kolno said on Tuesday that Kolno was not involved in the shelling of the bridge."),
     ("Sylvania shelled the Kolno bridge",), ("Kolno was not involved",)),
    (("Ruritanian jets bombed the Marn depot, officials say",
      "Ruritanian jets bombed the Marn depot near Granville, two officials said on Monday."),
     ("Marn did not take part in the strikes, council says",
      "A council spokesman said on Tuesday that Marn did not take part in the strikes on the depot."),
     ("bombed the Marn depot",), ("Marn did not take part",)),
    (("Freedonia armed the Syldavia Front, report says",
      "Freedonia armed the Syldavia Front with rockets last spring, a report by auditors said on Friday."),
     ("Syldavia did not arm any militia, ministry says",
      "The foreign ministry said on Saturday that Syldavia did not arm any militia last spring."),
     ("Freedonia armed the Syldavia Front",), ("Syldavia did not arm",)),
    (("Borduria funded the Ostra rebels, auditors say",
      "Borduria funded the Ostra rebels through shell companies, a report by auditors said on Monday."),
     ("Ostra never paid the rebels, governor says",
      "The governor said on Tuesday that Ostra never funded the rebels through any companies."),
     ("Borduria funded the Ostra rebels",), ("Ostra never funded",)),
    (("Ruritania attacked the Borduria pipeline, officials say",
      "Ruritania attacked the Borduria pipeline near Granville on Sunday, officials said."),
     ("Borduria was not behind pipeline attack, aide says",
      "An aide to the Bordurian president said on Monday that Borduria was not behind the attack on the pipeline."),
     ("Ruritania attacked the Borduria pipeline",), ("Borduria was not behind",)),
]


@pytest.mark.parametrize(("allegation", "denial", "claim_words", "denial_words"), NEIGHBOURS)
def test_a_denial_about_another_agent_stays_apart(report: Callable, cluster_of: Callable, tmp_path: Path, allegation: tuple, denial: tuple,
                                                   claim_words: tuple, denial_words: tuple) -> None:
    arts = {"a": ({"title": allegation[0], "outlet": "Site A", "published": "2023-03-06"},
                  f"{allegation[0]}\n\n{allegation[1]}"),
            "b": ({"title": denial[0], "outlet": "Site B", "published": "2023-03-07"}, f"{denial[0]}\n\n{denial[1]}")}
    rows = report(tmp_path, arts)
    c = cluster_of(rows, *claim_words)
    assert c["status"] != "contradicted", (c["claim"], c["sources"])
    assert not any(s["stance"] == "deny" for s in c["sources"]), c["sources"]
    assert any(all(w.lower() in r["claim"].lower() for w in denial_words) for r in rows if r is not c), \
        [r["claim"] for r in rows]


@pytest.mark.parametrize("text, subject", [
    ("Ruritania was behind the explosion of the Borduria dam", "Ruritania "),
    ("Borduria was \"absolutely not involved\" in the attack on the dam", "Borduria "),
    ("Bordurian troops attacked soldiers inside Syldavia", "Bordurian troops "),
    ("The Sweden-based group sent drones to Kolno", "The Sweden-based group "),
    ("Bordurian jets bombed the depot at Granville", "Bordurian jets "),
    ("any involvement", ""),
])
def test_subject_text(text: str, subject: str) -> None:
    assert subject_text(text, rules(load_lexicons([])).predicate) == subject
