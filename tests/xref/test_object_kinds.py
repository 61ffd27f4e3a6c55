"""What was done differs in kind: two propositions (issue 9 item 4, stop 24 new user's finding).

"Ruritania delivered jets to Freedonia" and "Ruritania delivered howitzers to Freedonia" joined one
cluster: one agent, one predicate, one patient, and the goods were only a word of the bag (or, for
drones, tanks and missiles, all one ``#arming`` token).  The kind of a claim's object is now read
from ``lexicons/objects.toml`` (:func:`claimcheck.xref.objects.object_kinds`) and two claims whose
specific kinds are both stated and share none stay apart (:func:`claimcheck.xref.cluster.matches`).
Each row: two articles of two outlets through ``ingest`` and ``report --format json``; the goods
word picks the row's clusters.
"""

from __future__ import annotations

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.xref.objects import kinds_differ, object_kinds

APART = [  # (word picking the row, first, second): one agent, predicate and patient; goods of two kinds
    # the case: aircraft / artillery (no action class: the bags differed by one word of four)
    ("howitzers", "Ruritania delivered jets to Freedonia, officials said.",
     "Ruritania delivered howitzers to Freedonia, diplomats said."),
    # drones / armour: both read as the action class arming, one #arming token
    ("drones", "Borduria delivered drones to Syldavia, officials said.",
     "Borduria delivered tanks to Syldavia, diplomats said."),
    # troops / small arms
    ("mercenaries", "Velmora sent mercenaries to Kolno, officials said.",
     "Velmora sent rifles to Kolno, diplomats said."),
    # ships / aircraft
    ("frigates", "Genovia sold frigates to Qumar, officials said.",
     "Genovia sold jets to Qumar, diplomats said."),
    # missiles / drones, both arming
    ("missiles", "Elbonia supplied missiles to Latveria, officials said.",
     "Elbonia supplied drones to Latveria, diplomats said."),
    # artillery / missiles
    ("rockets", "Zembla shipped howitzers to Novaria, officials said.",
     "Zembla shipped rockets to Novaria, diplomats said."),
    # troops / ships
    ("pilots", "Krakozhia sent pilots to Vulgaria, officials said.",
     "Krakozhia sent warships to Vulgaria, diplomats said."),
    # a generic kind / a specific one, two assertions (GENERIC_MEETS, docs/decisions.md): both arming
    ("weapons", "Marsovia delivered weapons to Tarvania, officials said.",
     "Marsovia delivered drones to Tarvania, diplomats said."),
    # aircraft / relief goods
    ("helicopters", "Ostravia sent helicopters to Tarlenheim, officials said.",
     "Ostravia sent medicines to Tarlenheim, diplomats said."),
]

JOIN = [  # the same kind in other words: one proposition
    ("helicopters", "Granville delivered helicopters to Marsovia, officials said.",
     "Granville sent helicopters to Marsovia, diplomats said."),
    ("drones", "Carpathia delivered drones to Estovakia, officials said.",
     "Carpathia sent attack drones to Estovakia, diplomats said."),
    ("artillery", "Osterlich delivered artillery to Pottsylvania, officials said.",
     "Osterlich supplied artillery to Pottsylvania, diplomats said."),
]


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory, report, pair_articles) -> list[dict]:
    return report(tmp_path_factory.mktemp("objects"), pair_articles(APART + JOIN, "2025-09-10"))


def _actor_rows(rows: list[dict], first: str) -> list[dict]:
    agent = first.split()[0]
    return [r for r in rows if r["claim"].startswith(agent)]


@pytest.mark.parametrize("word,first,second", APART, ids=[r[0] for r in APART])
def test_goods_of_two_kinds_stay_apart(rows: list[dict], word: str, first: str, second: str) -> None:
    held = _actor_rows(rows, first)
    assert len(held) == 2 and all(r["articles"] == 1 for r in held), [(r["claim"], r["articles"]) for r in held]


@pytest.mark.parametrize("word,first,second", JOIN, ids=[r[0] for r in JOIN])
def test_goods_of_one_kind_join(rows: list[dict], word: str, first: str, second: str) -> None:
    held = _actor_rows(rows, first)
    assert len(held) == 1 and held[0]["articles"] == 2, [(r["claim"], r["articles"]) for r in held]


LEX = load_lexicons()

KINDS = [  # (text, actors, subject end or None, kinds)
    ("Ruritania delivered jets to Freedonia", ("Ruritania", "Freedonia"), 10, {"aircraft"}),
    ("Ruritanian troops delivered howitzers to Freedonia", ("Freedonia",), 18, {"artillery"}),  # troops: the agent's
    ("Ruritania sent troops to Freedonia", ("Ruritania", "Freedonia"), 10, {"troops"}),
    ("Ruritania sent troops to Freedonia", ("Ruritania", "Freedonia"), None, set()),  # subject unknown: not read
    ("Ruritania trained the Freedonian Armed Forces", ("Ruritania", "Freedonian Armed Forces"), 10, set()),  # an actor
    ("Velmora supplied unmanned aerial vehicles to Kolno", ("Velmora", "Kolno"), 8, {"drones"}),
    ("Velmora supplied weapons including drones to Kolno", ("Velmora", "Kolno"), 8, {"*weapons", "drones"}),
    ("A think tank in Velmora published a study", ("Velmora",), None, set()),
    ("Borduria sent $40 million to Syldavia", ("Borduria", "Syldavia"), 9, {"money"}),
]


@pytest.mark.parametrize("text,actors,subject,kinds", KINDS, ids=[k[0][:40] for k in KINDS])
def test_object_kinds(text: str, actors: tuple[str, ...], subject: int | None, kinds: set[str]) -> None:
    assert object_kinds(text, LEX, actors, subject) == kinds


DIFFER = [  # (a, b, differ)
    ({"aircraft"}, {"artillery"}, True),
    ({"aircraft", "drones"}, {"drones"}, False),  # one kind shared
    (set(), {"drones"}, False),  # no kind stated
    ({"*weapons"}, {"*weapons"}, False),
    ({"*weapons", "drones"}, {"armour"}, True),  # the generic beside a specific adds nothing
    ({"*weapons"}, {"*weapons", "troops"}, False),  # the generic kind shared
    ({"*weapons"}, {"drones"}, True),  # two assertions: generic and specific apart
    ({"troops"}, {"money"}, True),
]


@pytest.mark.parametrize("a,b,differ", DIFFER)
def test_kinds_differ(a: set[str], b: set[str], differ: bool) -> None:
    assert kinds_differ(frozenset(a), frozenset(b)) is differ
    assert kinds_differ(frozenset(b), frozenset(a)) is differ


def test_a_denial_in_generic_words_meets_a_specific_kind() -> None:
    """"Tehran denied supplying weapons" answers "Iran supplied attack drones" (tests/xref/articles)."""
    assert kinds_differ(frozenset({"*weapons"}), frozenset({"drones"}), generic_meets=True) is False
