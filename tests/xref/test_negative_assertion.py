"""A negative assertion is its source's origin (issue 9, new-user test): "The army did not shell
the market, the spokesman said" was shown as a ``deny`` cluster with 0 origins; a negated
proposition asserted in its own words rests on the source that asserts it (``xref.grade``:
``negative_proposition``).  The example and five neighbours (invented text), end to end through
``report --format json``, and the pure rule on claim records."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.model import ClaimRecord
from claimcheck.xref.grade import negative_proposition, stance_of

NEGATIVES = [
    # (sentence, words of the claim, the source)
    ("The army did not shell the crowded central market on Tuesday, the spokesman said.",
     ("did not shell", "market"), "the spokesman"),
    ("The mayor said the city had never sold the land under the old harbour to developers.",
     ("never sold", "harbour"), "The mayor"),
    ("Kolno Mining has not paid any of the fines imposed by the court, the regulator said.",
     ("not paid", "fines"), "the regulator"),
    ("A senior police officer said no shots were fired at the protesters in the square of Velmora.",
     ("no shots", "protesters"), "A senior police officer"),
    ("The ministry said the convoy did not cross the border into Ruritania at any point last week.",
     ("did not cross", "border"), "The ministry"),
    ("Doctors at the hospital said the outbreak had not spread beyond the northern wards of the building.",
     ("not spread", "wards"), "Doctors at the hospital"),
]


@pytest.mark.parametrize(("sentence", "words", "source"), NEGATIVES)
def test_a_negative_assertion_rests_on_its_source(tmp_path: Path, report, cluster_of, sentence: str,
                                                  words: tuple[str, ...], source: str) -> None:
    rows = report(tmp_path, {"a": ({"title": "A report from the capital", "outlet": "Kolno Herald",
                                    "published": "2024-03-05"}, sentence + "\n")})
    c = cluster_of(rows, *words)
    assert c["independent_origins"] == 1, c
    assert c["denials"] == 0 and c["status"] == "single_source", c
    assert [s["stance"] for s in c["sources"]] == ["support"], c["sources"]
    assert c["sources"][0]["name"].lower() in source.lower(), c["sources"]  # "the regulator" may show as "regulator"


def _record(polarity: str, act: str | None) -> ClaimRecord:
    fields = {f: None for f in ClaimRecord.__dataclass_fields__}
    fields.update(polarity=polarity, act=act)
    return ClaimRecord(**fields)  # type: ignore[arg-type]


def test_negative_proposition_rule() -> None:
    neg, pos, deny, decline = (_record("negative", "assert"), _record("positive", "assert"),
                               _record("negative", "deny"), _record("positive", "decline"))
    assert negative_proposition([neg]) and negative_proposition([neg, decline])
    assert not negative_proposition([neg, pos])  # someone asserts the positive: it is that proposition
    assert not negative_proposition([deny])  # a denial act answers the positive proposition
    assert not negative_proposition([neg, deny]) and not negative_proposition([decline])
    assert stance_of(neg, True) == "support" and stance_of(pos, True) == "deny"
    assert stance_of(neg) == "deny" and stance_of(decline, True) == "decline"
