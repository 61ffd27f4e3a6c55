"""A denial joins the cluster of the claim it denies even when that cluster's representative is
another claim of it (new user's finding 1-2, stop 24, deny24b: my2/b01 + b02). "Ruritanian jets
bombed a school in Kessel on Friday, Sylvanian officials said. "This is pure fabrication," said
Ruritanian Defence Minister Pavel Roth. … Separately, Ruritanian jets bombed a bridge in Kessel":
the school claims joined under the bridge claim, and the minister's denial, compared with the
bridge only, formed a cluster of its own (0 origins, titled with the school claim).  Now the denial
is compared with the cluster's members too (xref/cluster.denial_member_match): no denial alone.
Through ``ingest`` + ``report --format json``; invented names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest


def two(a: str, b: str) -> dict[str, tuple[dict, str]]:
    return {"a": ({"title": "First report", "outlet": "Morning Post", "published": "2024-08-01"}, f"First report\n\n{a}"),
            "b": ({"title": "Second report", "outlet": "Evening Star", "published": "2024-08-02"}, f"Second report\n\n{b}")}


CASES = [  # (article a, article b with the denial, words of the denied claim)
    ("Sylvanian officials said Ruritanian jets had bombed a school in Kessel.",
     'Ruritanian jets bombed a school in Kessel on Friday, Sylvanian officials said. "This is pure fabrication," said '
     "Ruritanian Defence Minister Pavel Roth. Separately, Ruritanian jets bombed a bridge in Kessel, residents said.",
     "school"),  # the new user's case
    ("Local officials said Freedonian jets had bombed a hospital in Velm.",
     'Freedonian jets bombed a hospital in Velm on Monday, local officials said. "This is pure fabrication," said '
     "Freedonian Defence Minister Karl Brandt. Separately, Freedonian jets bombed a depot in Velm, witnesses said.",
     "hospital"),
    ("Aid workers said Bordurian jets had bombed a market in Tessel.",
     'Bordurian jets bombed a market in Tessel on Sunday, aid workers said. "This is a lie," said '
     "Bordurian Defence Minister Otto Kranz. Separately, Bordurian jets bombed a bridge in Tessel, residents said.",
     "market"),
    ("Witnesses said Sylvanian jets had bombed a mosque in Brill.",
     'Sylvanian jets bombed a mosque in Brill on Tuesday, witnesses said. "This is a fabrication," said '
     "Sylvanian Defence Minister Ivo Marek. Separately, Sylvanian jets bombed a warehouse in Brill, residents said.",
     "mosque"),
    ("Monitors said Tomanian jets had bombed a clinic in Osk.",
     'Tomanian jets bombed a clinic in Osk on Thursday, monitors said. "This is pure fabrication," said '
     "Tomanian Defence Minister Lena Vos. Separately, Tomanian jets bombed a railway station in Osk, residents said.",
     "clinic"),
    ("Residents said Ruritanian jets had bombed a school in Dorn.",
     'Ruritanian jets bombed a school in Dorn on Saturday, residents said. "This is pure fabrication," said '
     "Ruritanian Defence Minister Anna Holm. Separately, Ruritanian jets bombed a power plant in Dorn, farmers said.",
     "school"),
]


@pytest.mark.parametrize(("a", "b", "words"), CASES, ids=[c[2] + str(k) for k, c in enumerate(CASES)])
def test_a_denial_joins_the_cluster_holding_the_claim_it_denies(report: Callable, tmp_path: Path,
                                                                a: str, b: str, words: str) -> None:
    rows = report(tmp_path, two(a, b))
    alone = [r for r in rows if r["denials"] and r["independent_origins"] == 0]
    assert alone == [], [(r["claim"], r["denials"]) for r in rows]
    assert any(words in r["claim"].lower() and r["denials"] >= 1 and r["independent_origins"] >= 1 for r in rows), \
        [(r["claim"], r["denials"], r["independent_origins"]) for r in rows]
