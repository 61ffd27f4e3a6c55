"""One unnamed source relayed by one outlet, however the relay is written, is one origin (issue 9,
origins, stop 23): "X said, as quoted by Y", "Y, quoting X, said", "according to X, cited by Y"
in three outlets were ``corroborated``, credibility 1, three origins (the relay Y counted as a
source of its own); each makes Y a via of X (``parse/attributions/relays.py``), so the three
rest on one unnamed source via Y."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

C = "Ruritanian jets struck three Freedonian border posts"


def _art(outlet: str, day: int, title: str, *body: str) -> tuple[dict, str]:
    return {"title": title, "outlet": outlet, "published": f"2024-03-{day:02d}"}, "\n\n".join((title, *body))


ARTICLES = {
    "a": _art("Outlet One", 5, "Border strikes reported",
              f"{C}, a Freedonian official said, as quoted by the Zenda Gazette.",
              "The government has called a meeting of the security council for Thursday."),
    "b": _art("Outlet Two", 6, "Jets over the border",
              f"The Zenda Gazette, quoting a Freedonian official, said {C}.",
              "Farmers near the border were told to stay indoors until further notice."),
    "c": _art("Outlet Three", 6, "Night raid on the border",
              f"{C}, according to a Freedonian official, cited by the Zenda Gazette.",
              "Ruritania's embassy did not answer calls on Wednesday evening."),
}


def test_one_unnamed_source_relayed_three_ways_is_one_origin(tmp_path: Path, report: Callable[..., list[dict]],
                                                              cluster_of: Callable[..., dict]) -> None:
    r = cluster_of(report(tmp_path, ARTICLES), "border posts")
    assert r["articles"] == 3
    assert (r["status"], r["credibility"], r["independent_origins"]) == ("single_source", 4, 1), r["reasons"]
    assert all(s["name"] != "the Zenda Gazette" and s["name"] != "The Zenda Gazette" for s in r["sources"]), r["sources"]
