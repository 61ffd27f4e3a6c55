"""One proposition split across clusters (issue 9, origin27; READER26 and the new user's findings on
integ6): a claim worded the very same way in two articles, and a headline restating its body,
each made two clusters.

- the same words in two outlets are one proposition, whatever the parser read around them (an
  action class from the sentence, no actor at all): the case same_unnamed_source_two_outlets'
  "The information had recently been declassified", READER26's Hunter sentence (one identical
  text in two clusters).  Two events on different stated days stay two;
- a headline left alone ("Talks collapsed") joins the body claim of its article whose words hold
  all of its own ("The talks with the union had collapsed on Friday"); a headline about
  something else stays apart.

Invented names; through ``ingest`` + ``report --format json``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

CASES = Path(__file__).resolve().parents[3] / "shared" / "cases" / "xref"


def _rows_with(rows: list[dict], words: tuple[str, ...]) -> list[dict]:
    return [r for r in rows if all(w.lower() in r["claim"].lower() for w in words)]


def test_the_case_declassified_is_one_cluster_of_one_origin(report: Callable, tmp_path: Path) -> None:
    folder = CASES / "same_unnamed_source_two_outlets"
    if not folder.is_dir():
        pytest.skip("../shared/cases not here")
    arts = {p.stem: (json.loads(p.with_suffix(".meta.json").read_text(encoding="utf-8")),
                     p.read_text(encoding="utf-8")) for p in folder.glob("*.txt")}
    hits = _rows_with(report(tmp_path, arts), ("declassified",))
    assert len(hits) == 1 and hits[0]["mentions"] == 2, [(r["claim"], r["mentions"]) for r in hits]
    assert hits[0]["independent_origins"] == 1 and hits[0]["status"] == "single_source", hits[0]["reasons"]


SAME_WORDS = [  # (first article's body, second's, words of the claim, clusters expected)
    ('Congressman Olaf Brandt said: "The only way that the militants are going to harm Ruritanians is by coming '
     'through the northern border."',
     "Brandt, who sits on the defence committee, told Radio Velm on Tuesday that the only way that the militants "
     "are going to harm Ruritanians is by coming through the northern border.", ("northern border",), 1),
    # the second sentence's action (a quote before ", adding that …") read into the claim's
    ('The engineer said the spillway had been damaged beyond repair.',
     '"Bordurian forces shelled the dam," a Syldavian engineer told Radio Velm, adding that the spillway had been '
     'damaged beyond repair.', ("spillway",), 1),
    ("A diplomat said the shipment had been hidden in grain sacks at the port.",
     '"Ruritania sent rifles to the militia," a diplomat told the Velm Times, adding that the shipment had been hidden '
     'in grain sacks at the port.', ("grain",), 1),
    ("An officer said the programme had been kept secret for years.",
     '"Freedonian pilots trained in Sylvania," an officer told Channel 5, adding that the programme had been kept '
     'secret for years.', ("secret",), 1),
    ("A witness said the stalls had been empty at the time.",
     '"Tomania bombed the market," a witness told Radio Marn, adding that the stalls had been empty at the time.',
     ("stalls",), 1),
    ("A guard said the warehouse roof had collapsed under the weight of the snow.",
     '"Borduria shelled the depot," a guard told Radio Plenk, adding that the warehouse roof had collapsed under the '
     'weight of the snow.', ("roof",), 1),
    ("The engineer said the bridge had been closed for repairs since the spring.",
     "Bordurian forces shelled the road to Vorna, and the engineer said the bridge had been closed for repairs "
     "since the spring.", ("repairs",), 1),
    # the same words stating two events on different days stay two
    ("Bordurian artillery shelled Vorna on Sunday, Syldavian officials said.",
     "Bordurian artillery shelled Vorna on Sunday, Syldavian officials said.", ("Vorna",), 2),
]


@pytest.mark.parametrize(("first", "second", "words", "clusters"), SAME_WORDS, ids=[s[2][0] for s in SAME_WORDS])
def test_the_same_words_in_two_outlets_are_one_cluster(report: Callable, tmp_path: Path, first: str, second: str,
                                                       words: tuple[str, ...], clusters: int) -> None:
    late = "2025-03-30" if clusters == 2 else "2025-03-04"  # three weeks later: another Sunday
    arts = {"a": ({"title": "Report one", "outlet": "Morning Post", "published": "2025-03-03"},
                  f"Report one\n\n{first}"),
            "b": ({"title": "Report two", "outlet": "Daily Planet", "published": late}, f"Report two\n\n{second}")}
    rows = report(tmp_path, arts)
    hits = _rows_with(rows, words)
    assert len(hits) == clusters and sum(r["mentions"] for r in hits) == 2, \
        [(r["claim"], r["mentions"]) for r in rows]


HEADLINES = [  # (headline, body, words of the body claim, clusters holding the words)
    ("Spokesman says talks collapsed",
     "A spokesman for the Velm city council said the talks with the union had collapsed on Friday.",
     ("talks",), 1),
    ("Minister says bridge reopened",
     "Transport minister Ana Kolb said the bridge over the Velm river had reopened on Monday.", ("bridge",), 1),
    ("Police say suspect arrested",
     "Police in Brill said the suspect in the bank robbery had been arrested on Friday.", ("suspect",), 1),
    ("Union says strike ended",
     "A union official said the strike at the Kessel port had ended after three weeks.", ("strike",), 1),
    ("Army says convoy attacked",
     "The army said the convoy carrying fuel to Marn had been attacked near the border.", ("convoy",), 1),
    ("Mayor says water restored",
     "The mayor of Vorna said the water supply to the eastern districts had been restored.", ("water",), 1),
    # a headline about something else stays apart
    ("Officials say dam breached",
     "Officials said the talks on the new dam in Kessel had collapsed on Friday.", ("dam",), 2),
]


@pytest.mark.parametrize(("title", "body", "words", "clusters"), HEADLINES, ids=[h[0] for h in HEADLINES])
def test_a_headline_joins_the_body_claim_it_restates(report: Callable, tmp_path: Path, title: str, body: str,
                                                     words: tuple[str, ...], clusters: int) -> None:
    meta = {"title": title, "outlet": "Site L", "published": "2023-03-07"}
    rows = report(tmp_path, {"a": (meta, f"{title}\n\n{body}")})
    hits = _rows_with(rows, words)
    assert len(hits) == clusters and sum(r["mentions"] for r in hits) == 2, \
        [(r["claim"], r["mentions"]) for r in rows]
