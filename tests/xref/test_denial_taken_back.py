"""A denial its own party later takes back (issue 9 item 3, new user, stop 24, deny24): "Freedonia
denied that its troops had crossed … The Freedonian defence ministry later admitted that a unit had
entered …".  The admission reverses the denial though the state is named once by its name and once
by its demonym's organ (parse/claims/reversal.same_source), and the cluster shows the denial but does
not count it as a dispute (xref/grade.withdrawn_denials): no "disputed only by a party" grade for a
party that admitted.  Counter-cases: a denial nobody takes back, or one another party "admits",
still contradicts.  Through ``ingest`` + ``report --format json``; invented names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest



def one(title: str, body: str) -> dict[str, tuple[dict, str]]:
    return {"a": ({"title": title, "outlet": "Site D", "published": "2024-04-02"}, f"{title}\n\n{body}")}


TAKEN_BACK = [  # (title, body, words of the allegation's cluster)
    ("Incursion at Tarn",
     "Ruritanian officials said a Freedonian unit had entered the village of Tarn on Sunday. The Freedonian "
     "defence ministry denied that a unit had entered Tarn. The ministry later admitted that a unit had entered "
     "Tarn by mistake.", "village of Tarn"),
    ("Shelling of Dorn",
     "Witnesses said Bordurian artillery had shelled the market in Dorn. The Bordurian army denied that its artillery had "
     "shelled the market in Dorn. On Friday the Bordurian army acknowledged that its artillery had shelled the market "
     "in Dorn.", "market in Dorn"),
    ("Drones over Velm",
     "Kolno officials said Sylvanian drones had flown over the Velm power plant. The Sylvanian air force denied that "
     "its drones had flown over the Velm power plant. The Sylvanian air force later conceded that its drones had "
     "flown over the Velm power plant.", "Velm power plant"),
    ("Arms for the rebels",
     "Two diplomats said Tomanian ships had carried rifles to the rebels in Marn. The Tomanian navy denied that its "
     "ships had carried rifles to Marn. A week later the Tomanian navy admitted that its ships had carried rifles "
     "to the rebels in Marn.", "rifles to the rebels"),
    ("Border post",
     "Syldavian police said Bordurian soldiers had fired on the border post at Klow. The Bordurian army denied that "
     "its soldiers had fired on the post at Klow. The Bordurian army later admitted that its soldiers had fired on "
     "the border post at Klow.", "border post at Klow"),
]


@pytest.mark.parametrize(("title", "body", "words"), TAKEN_BACK, ids=[t[0] for t in TAKEN_BACK])
def test_a_denial_taken_back_is_shown_not_counted(report: Callable, cluster_of: Callable, tmp_path: Path, title: str,
                                                  body: str, words: str) -> None:
    rows = report(tmp_path, one(title, body))
    c = cluster_of(rows, words)
    # shown as taken back, not counted as a denial (stop 26, admit26: denials count origins that deny)
    assert c["denials"] == 0 and any(s["stance"] == "withdrawn" for s in c["sources"]), c
    # the party's admission is its own word, shown as an admission, not a second independent origin
    # (it was counted as one until stop 26: "corroborated, 2 origins")
    assert any(s["stance"] == "admission" for s in c["sources"]), c["sources"]
    assert c["status"] == "single_source" and c["independent_origins"] == 1, (c["status"], c["reasons"])
    assert c["credibility"] == 2, c["reasons"]
    assert {"admitted_by_party", "denial_taken_back"} <= set(c.get("reason_codes", [])), c
    assert "denied_only_by_party" not in c.get("reason_codes", []), c
    assert any("denied it, then admitted it" in x for x in c["reasons"]), c["reasons"]


STILL_DISPUTED = [
    ("Incursion at Tarn",
     "Ruritanian officials said a Freedonian unit had entered the village of Tarn on Sunday. The Freedonian "
     "defence ministry denied that a unit had entered Tarn.", "village of Tarn"),
    ("Shelling of Dorn",  # another party's admission takes back nobody's denial
     "Witnesses said Bordurian artillery had shelled the market in Dorn. The Bordurian army denied that its artillery had "
     "shelled the market in Dorn. On Friday a Syldavian general acknowledged that Bordurian artillery had shelled the market "
     "in Dorn.", "market in Dorn"),
]


@pytest.mark.parametrize(("title", "body", "words"), STILL_DISPUTED, ids=[t[0] for t in STILL_DISPUTED])
def test_a_denial_not_taken_back_still_contradicts(report: Callable, cluster_of: Callable, tmp_path: Path, title: str,
                                                   body: str, words: str) -> None:
    rows = report(tmp_path, one(title, body))
    c = cluster_of(rows, words)
    assert c["status"] == "contradicted", (c["status"], c["reasons"])
    assert not any("denied it, then admitted it" in x for x in c["reasons"]), c["reasons"]
