"""Modality in clustering (issue 9, stop 21): a claim that something is planned, prepared, possible
or conditional is another proposition than the claim that it was done ("Freedonia is preparing to
supply drones to Sylvania" / "Freedonia supplied drones to Sylvania"), while two claims that it was
done in other words ("supplied" / "delivered") still join.  The class, five neighbours that stay
apart and five that still join; invented text and actors (``claimcheck.xref.evidence.is_open``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.model import ClaimRecord
from claimcheck.parse.claims import rules
from claimcheck.xref.cluster import cluster_claims
from claimcheck.xref.evidence import is_open
from claimcheck.xref.roles import roles

LEX = load_lexicons()
KEYS = {"Freedonia": ("freedonia",), "Sylvania": ("sylvania",), "Ruritania": ("ruritania",),
        "Borduria": ("borduria",), "Kolno": ("kolno",), "Marsh Front": ("marsh-front",)}


def rec(i: int, text: str, actors: Sequence[str], action: str | None, modality: str = "asserted",
        act: str | None = None, source: str | None = None) -> ClaimRecord:
    return ClaimRecord(claim_id=i, claim_uid=f"c{i:04d}", article_id=i, article_uid=f"a{i:04d}", outlet=f"o{i}",
                       published=dt.date(2024, 5, 10), text=text, sentence_text=text, actors=tuple(actors),
                       action=action, polarity="negative" if act == "deny" else "positive", modality=modality,
                       refers_to=None, act=act, source_name=source, source_kind="named" if source else None,
                       language="en")


def together(*claims: ClaimRecord) -> bool:
    return len(cluster_claims(list(claims), lambda m: KEYS.get(m, ()), LEX)) == 1


APART = [  # (open claim, done claim, their actors, action class, the open claim's parser modality)
    # the class: preparing to supply / supplied
    ("Freedonia is preparing to supply surveillance drones to Sylvania", "Freedonia supplied surveillance drones to Sylvania",
     ["Freedonia", "Sylvania"], "arming", "asserted"),
    ("Freedonia plans to send surveillance drones to Sylvania", "Freedonia sent surveillance drones to Sylvania",
     ["Freedonia", "Sylvania"], "arming", "expected"),
    ("Ruritania could strike the dam of Borduria with heavy bombers", "Ruritania struck the dam of Borduria with heavy bombers",
     ["Ruritania", "Borduria"], "air_strike", "asserted"),
    ("Ruritania is expected to sign the ceasefire deal with Borduria in Kolno",
     "Ruritania signed the ceasefire deal with Borduria in Kolno", ["Ruritania", "Borduria", "Kolno"], None, "expected"),
    ("The Marsh Front may have used chemical weapons against the defenders of Kolno",
     "The Marsh Front used chemical weapons against the defenders of Kolno", ["Marsh Front", "Kolno"], None, "asserted"),
    ("The Marsh Front tried to seize the airport of Kolno with armoured columns",
     "The Marsh Front seized the airport of Kolno with armoured columns", ["Marsh Front", "Kolno"], "air_strike", "asserted"),
]


@pytest.mark.parametrize(("open_text", "done_text", "actors", "action", "modality"), APART)
def test_a_planned_or_possible_act_is_not_the_act_done(open_text: str, done_text: str, actors: list[str],
                                                        action: str | None, modality: str) -> None:
    planned, done = rec(1, open_text, actors, action, modality), rec(2, done_text, actors, action)
    assert not together(planned, done)
    assert together(planned, rec(3, open_text, actors, action, modality))  # the same words still join


JOIN = [  # two claims of one modality in other words: still one proposition
    ("Freedonia supplied surveillance drones to Sylvania", "Freedonia delivered surveillance drones to Sylvania",
     ["Freedonia", "Sylvania"], "arming", "asserted"),
    ("Freedonia is preparing to supply surveillance drones to Sylvania", "Freedonia is preparing to deliver surveillance drones to Sylvania",
     ["Freedonia", "Sylvania"], "arming", "asserted"),
    ("Ruritania could strike the dam of Borduria with heavy bombers", "Ruritania might strike the dam of Borduria with heavy bombers",
     ["Ruritania", "Borduria"], "air_strike", "asserted"),
    ("Freedonia will send surveillance drones to Sylvania", "Freedonia plans to send surveillance drones to Sylvania",
     ["Freedonia", "Sylvania"], "arming", "expected"),
    # a modal verb outside the main verb group leaves the claim done
    ("Freedonia delivered the surveillance drones that Sylvania could use against the rebels",
     "Freedonia supplied the surveillance drones that Sylvania could use against the rebels",
     ["Freedonia", "Sylvania"], "arming", "asserted"),
]


@pytest.mark.parametrize(("a", "b", "actors", "action", "modality"), JOIN)
def test_the_same_modality_in_other_words_is_one_proposition(a: str, b: str, actors: list[str],
                                                             action: str | None, modality: str) -> None:
    assert together(rec(1, a, actors, action, modality), rec(2, b, actors, action, modality))


def test_a_denial_answers_a_plan_whatever_its_modality() -> None:
    claim = rec(1, "Freedonia will send surveillance drones to Sylvania", ["Freedonia", "Sylvania"], "arming", "expected")
    denial = rec(2, "Freedonia will send surveillance drones to Sylvania", ["Freedonia", "Sylvania"], "arming",
                 act="deny", source="Freedonia")
    assert together(claim, denial)


@pytest.mark.parametrize(("text", "modality", "want"), [
    ("Ruritania could strike the dam", "asserted", True),
    ("Freedonia is preparing to supply drones", "asserted", True),
    ("The group is now also threatening to kill a second hostage", "asserted", True),
    ("Freedonia sent drones", "expected", True),  # the parser's modality counts as it is
    ("Freedonia sent drones", "asserted", False),
    ("Obama overestimated what the army could do", "asserted", False),  # "could" in a clause of the object
    ("A spokeswoman said: \"The minister would be concerned about any leak\"", "asserted", True),  # the verb after a frame
    ("He gave his life trying to expose the suffering of the refugees", "asserted", False),
    ("The vote was held in May", "asserted", False),
])
def test_the_open_cue_is_read_in_the_main_verb_group(text: str, modality: str, want: bool) -> None:
    assert is_open(modality, text, roles(LEX).open_modality, rules(LEX).predicate) is want


def test_clusters_with_modality_do_not_depend_on_input_order() -> None:
    claims = [rec(i, t, a, act, m) for i, (t, _, a, act, m) in enumerate(APART, 1)]
    claims += [rec(i + 20, d, a, act) for i, (_, d, a, act, _) in enumerate(APART, 1)]
    claims += [rec(i + 40, b, a, act, m) for i, (_, b, a, act, m) in enumerate(JOIN, 1)]
    want = sorted(tuple(claims[i].claim_uid for i in g) for g in cluster_claims(claims, lambda m: KEYS.get(m, ()), LEX))
    back = list(reversed(claims))
    got = sorted(tuple(back[i].claim_uid for i in g) for g in cluster_claims(back, lambda m: KEYS.get(m, ()), LEX))
    assert got == want
