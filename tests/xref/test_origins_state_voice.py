"""A state is one origin however it is named as a speaker (issue 9, origins, stop 23): its capital
as a metonym ("Zenda said", a ``metonym`` alias of the gazetteer), its name ("Ruritania said") and
its government or a ministry ("The Ruritanian government said", whose source name the parser
reduces to the demonym "Ruritanian") are one voice, not two or three independent origins.
Another state's government is another origin.  Invented states, given to the analysis as a
user gazetteer (``CLAIMCHECK_LEXICONS``), as a user would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

C = "Freedonian troops had crossed the border near Strelsau"


def _art(outlet: str, day: int, title: str, *body: str) -> tuple[dict, str]:
    return {"title": title, "outlet": outlet, "published": f"2024-03-{day:02d}"}, "\n\n".join((title, *body))


CAPITAL = _art("Outlet One", 5, "Border dispute deepens", f"Zenda said on Monday that {C}.",
               "Flights to Zenda were cancelled on Monday after the border incident near Strelsau.")
STATE = _art("Outlet Two", 6, "Troops accused of crossing", f"Ruritania said {C}.",
             "The border has been tense since an incident at a customs post in the spring.")
GOVERNMENT = _art("Outlet Three", 6, "Government statement", f"The Ruritanian government said {C}.",
                  "The statement was read out on state television on Tuesday evening by an announcer.")
MINISTRY = _art("Outlet Four", 7, "Ministry statement", f"The Ruritanian defence ministry said {C}.",
                "The ministry published a map of the crossing on its website on Wednesday.")
# (in words of its own: a sentence nearly identical to another article's takes that one's origin)
OTHER_STATE = _art("Outlet Five", 7, "Neighbour speaks",
                   f"In a statement read on Bordurian radio on Wednesday, the Bordurian government said {C}.",
                   "Borduria has observers on both sides of the border under a treaty signed in 2019.")


@pytest.mark.parametrize("names, status, n_origins", [
    (("capital", "state"), "single_source", 1),
    (("capital", "state", "government"), "single_source", 1),
    (("state", "ministry"), "single_source", 1),
    (("capital", "government", "ministry"), "single_source", 1),
    # another state's government is another origin
    (("capital", "other_state"), "corroborated", 2),
    (("state", "government", "other_state"), "corroborated", 2),
])
def test_a_state_is_one_voice(names: tuple[str, ...], status: str, n_origins: int, tmp_path: Path,
                              user_gazetteer: Path, report: Callable[..., list[dict]],
                              cluster_of: Callable[..., dict]) -> None:
    every = {"capital": CAPITAL, "state": STATE, "government": GOVERNMENT, "ministry": MINISTRY,
             "other_state": OTHER_STATE}
    r = cluster_of(report(tmp_path, {n: every[n] for n in names}), "Strelsau", "crossed")
    assert r["articles"] == len(names), [s["name"] for s in r["sources"]]
    assert (r["status"], r["independent_origins"]) == (status, n_origins), r["reasons"]
