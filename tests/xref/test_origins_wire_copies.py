"""One wire text in several outlets is one cluster and one origin (issue 9, origins, stop 23):
copies published on different days resolve "on Tuesday", "yesterday", "last week" against
different dates; a claim carried by several copies of one story is clustered as of the earliest
copy that carries it (``xref.origins.as_first_copy``), whatever the order of ingestion.  Two
articles that are not copies of one another and name different Tuesdays stay two events.

The case (a new user's, invented names): one wire text in three outlets gave two clusters."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

STORY = """{title}

{lead}

The ministry said the attack began before dawn and lasted about an hour. Residents of the border villages said they heard several explosions and saw smoke over the hills.

The two countries have disputed the border region for more than a decade, and talks between them broke down last year after a shooting at a crossing point."""


def _copies(lead: str, days: tuple[str, ...], titles: tuple[str, ...] = ("Jets strike border posts",
                                                                        "Border posts struck",
                                                                        "Strikes on the border"),
            outlets: tuple[str, ...] = ("Sylvania Times", "Bordurian Herald", "Grand Fenwick Post"),
            leads: tuple[str, ...] | None = None) -> dict[str, tuple[dict, str]]:
    return {f"copy{k}": ({"title": titles[k], "outlet": outlets[k], "published": days[k]},
                         STORY.format(title=titles[k], lead=(leads or (lead,) * 3)[k]))
            for k in range(3)}


LEAD = "Ruritanian jets struck three Freedonian border posts {when}, killing four soldiers, the Freedonian defence ministry said."

# name -> (articles, words of the claim, dates)
CASES = {
    # the case: "on Tuesday", copies on Tuesday, Wednesday and the next Wednesday
    "tuesday": (_copies(LEAD.format(when="on Tuesday"), ("2024-03-05", "2024-03-06", "2024-03-13")),),
    "yesterday": (_copies(LEAD.format(when="yesterday"), ("2024-03-05", "2024-03-07", "2024-03-12")),),
    "last_week": (_copies(LEAD.format(when="last week"), ("2024-03-05", "2024-03-12", "2024-03-20")),),
    # a lightly edited copy, a week later
    "edited": (_copies("", ("2024-03-05", "2024-03-06", "2024-03-13"), leads=(
        LEAD.format(when="on Tuesday"), LEAD.format(when="on Tuesday"),
        "Ruritanian jets struck three Freedonian border posts on Tuesday, killing four of its soldiers, "
        "the Freedonian defence ministry said.")),),
    # wire-credited copies
    "credited": (_copies("ZENDA, March 5 (Reuters) - " + LEAD.format(when="on Tuesday"),
                         ("2024-03-05", "2024-03-06", "2024-03-13")),),
}


def _ingest_report(folder: Path, db: Path, batches: list[list[str]]) -> list[dict]:
    for batch in batches:
        args = [str(folder / f"{n}.txt") for n in batch]
        proc = subprocess.run([sys.executable, "-m", "claimcheck", "ingest", *args, "-q", "--db", str(db)],
                              capture_output=True, text=True, cwd=folder)
        assert proc.returncode == 0, proc.stderr
    proc = subprocess.run([sys.executable, "-m", "claimcheck", "report", "--format", "json", "--limit", "0",
                           "--db", str(db)], capture_output=True, text=True, cwd=folder)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.mark.parametrize("case", sorted(CASES))
def test_three_copies_are_one_cluster_and_one_origin(case: str, tmp_path: Path,
                                                     case_articles: Callable[..., Path]) -> None:
    articles = CASES[case][0]
    folder = case_articles(tmp_path / "in", articles)
    rows = _ingest_report(folder, tmp_path / "a.db", [sorted(articles)])
    lead = [r for r in rows if "border posts" in r["claim"] and "killing four" in r["claim"]]
    assert len(lead) == 1, [(r["claim"], r["articles"]) for r in lead]
    r = lead[0]
    assert (r["articles"], r["independent_origins"], r["status"]) == (3, 1, "single_source"), r["reasons"]
    # the copies' other claims too: one cluster each, not one per copy
    dawn = [r for r in rows if "before dawn" in r["claim"]]
    assert len(dawn) == 1 and dawn[0]["articles"] == 3, [(r["claim"], r["articles"]) for r in dawn]
    if case == "tuesday":  # order and batching of ingestion change nothing
        back = _ingest_report(folder, tmp_path / "b.db", [sorted(articles)[::-1]])
        batched = _ingest_report(folder, tmp_path / "c.db", [["copy2"], ["copy0", "copy1"]])
        assert back == rows
        assert batched == rows


def test_two_stories_on_two_tuesdays_stay_two_events(tmp_path: Path, case_articles: Callable[..., Path]) -> None:
    """Not copies (one sentence in common, the rest different): two strikes a week apart."""
    lead = LEAD.format(when="on Tuesday")
    articles = {
        "first": ({"title": "Border strikes", "outlet": "Sylvania Times", "published": "2024-03-05"},
                  f"Border strikes\n\n{lead}\n\nThe government called an emergency meeting of the cabinet, "
                  "which lasted late into the night and ended without a statement."),
        "second": ({"title": "New strikes", "outlet": "Bordurian Herald", "published": "2024-03-13"},
                   f"New strikes\n\n{lead}\n\nFarmers in the valley were told to stay indoors while army "
                   "engineers searched the fields for unexploded bombs."),
    }
    folder = case_articles(tmp_path / "in", articles)
    rows = _ingest_report(folder, tmp_path / "a.db", [sorted(articles)])
    lead_rows = [r for r in rows if "border posts" in r["claim"] and "killing four" in r["claim"]]
    assert sorted(r["articles"] for r in lead_rows) == [1, 1], [(r["claim"], r["first_seen"]) for r in lead_rows]
