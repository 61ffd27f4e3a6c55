"""One unnamed group of one principal in two outlets is one origin (issue 9, origin27; the new
user's findings on integ6: "Bordurian rebels" in one outlet and "the rebels" — the recipients
the claim names — in another counted as two independent origins).

A careful fact-checker cannot show that two outlets citing "Bordurian rebels" (or "UN monitors",
"Western diplomats") heard different members of that group: the brief's "two outlets repeating
one unnamed source are one origin".  A definite "the rebels" with no word of its own repeats the
group its sentence names ("… drones to Bordurian rebels in June, the rebels said").  Private
persons ("witnesses") and groups of different principals stay apart, and so does a definite
description whose sentence names no such group.  The reason is shown on the folded mention
(``show --format json``: ``origin_reason``).  Invented names; through ``ingest`` + ``report``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

# (first outlet's article, second outlet's article, words of the cluster, independent origins)
CASES = [
    # the new user's case (my5/e01, e03): "the rebels" are the recipients named in the sentence
    (("Sylvania rejects drone claims", "Sylvania on Tuesday rejected claims that it had supplied drones to "
      "Borduria. Bordurian rebels said Sylvania had supplied drones to Bordurian rebels in June."),
     ("Drones supplied to rebels", "Sylvania supplied drones to Bordurian rebels in June, the rebels said, "
      "according to a video cited by the Kessel Post."), ("drones",), 1),
    (("Monitors report shelling", "UN monitors said Tomania shelled the town of Marn on Friday."),
     ("Marn shelled", "Tomania shelled the town of Marn on Friday, UN monitors told the Velm Times."),
     ("Marn",), 1),
    (("Rifles for Marn", "Western diplomats said Ruritania shipped rifles to the militia in Marn in March."),
     ("Rifles shipped", "Ruritania shipped rifles to the militia in Marn in March, Western diplomats said."),
     ("rifles",), 1),
    (("Tanks for separatists", "Freedonian separatists said Ruritania had sent tanks to Freedonian separatists in "
      "May."),
     ("Tanks sent", "Ruritania sent tanks to Freedonian separatists in May, the separatists said."),
     ("tanks",), 1),
    (("Bridge bombed", "Syldavian rebels told Radio Velm that Borduria bombed the Kessel bridge on Monday."),
     ("Kessel bridge hit", "Borduria bombed the Kessel bridge on Monday, Syldavian rebels said."),
     ("bridge",), 1),
    (("Missiles found", "EU inspectors said Tomania hid missiles in a warehouse in Brill in April."),
     ("Missiles in Brill", "Tomania hid missiles in a warehouse in Brill in April, EU inspectors said."),
     ("missiles",), 1),
    # neighbours that stay two: private persons, two principals' groups, a definite group not named
    (("Marn shelled", "Witnesses said Tomania shelled the town of Marn on Friday."),
     ("Shelling in Marn", "Tomania shelled the town of Marn on Friday, witnesses told the Velm Times."),
     ("Marn",), 2),
    (("Rifles for Marn", "Bordurian rebels said Ruritania shipped rifles to the militia in Marn in March."),
     ("Rifles shipped", "Ruritania shipped rifles to the militia in Marn in March, Syldavian rebels said."),
     ("rifles",), 2),
    (("Rifles for Marn", "Bordurian rebels said Ruritania shipped rifles to the militia in Marn in March."),
     ("Rifles shipped", "Ruritania shipped rifles to the militia in Marn in March, the rebels said."),
     ("rifles",), 2),
]


def _show(db: Path, cluster: str) -> dict:
    proc = subprocess.run([sys.executable, "-m", "claimcheck", "show", cluster, "--db", str(db), "-f", "json"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.mark.parametrize(("first", "second", "words", "origins"), CASES,
                         ids=[f"{c[0][1][:24]}|{c[1][1][-24:]}" for c in CASES])
def test_one_unnamed_group_in_two_outlets_is_one_origin(report: Callable, cluster_of: Callable, tmp_path: Path,
                                                        first: tuple[str, str], second: tuple[str, str],
                                                        words: tuple[str, ...], origins: int) -> None:
    arts = {"a": ({"title": first[0], "outlet": "Morning Post", "published": "2025-06-03"},
                  f"{first[0]}\n\n{first[1]}"),
            "b": ({"title": second[0], "outlet": "Daily Planet", "published": "2025-06-04"},
                  f"{second[0]}\n\n{second[1]}")}
    rows = report(tmp_path, arts)
    c = cluster_of(rows, *words)
    assert c["articles"] == 2, [(r["claim"], r["articles"]) for r in rows]
    assert c["independent_origins"] == origins, c["reasons"]
    folded = [m["origin_reason"] for m in _show(tmp_path / "c.db", c["cluster"])["mentions_detail"]
              if "same unnamed group" in m["origin_reason"]]
    assert bool(folded) == (origins == 1), folded
