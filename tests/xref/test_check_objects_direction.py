"""``check`` reads the object and the direction of a claim (issue 9 / 10, stop 24 new user's findings).

Four classes, each the user's case and neighbours of our own, every row failing before:

- **object**: "Ruritania sent troops to Freedonia" was corroborated by "Ruritania sent drones to
  Freedonia": goods of another kind are no evidence (``lexicons/objects.toml``,
  :mod:`claimcheck.xref.objects`, as clustering reads them);
- **direction**: "Drones for Freedonia", "Ruritania received tanks from Freedonia" were evidence that
  the first-named actor gave: the query's agent receives there (``check.toml`` ``recipient``, the
  roles reader's converse "from"; :mod:`claimcheck.xref.check_roles`);
- **passive**: "Freedonian pilots were trained in Ruritania" was not found for "Ruritania trained
  Freedonian pilots" (another actor named first): ``check.toml`` ``doer``;
- **headline negation**: a Title Case query met a headline "Freedonia did not train Ruritanian
  troops" as support: the training pattern missed "train" before a demonym (``actions.toml``).
"""

from __future__ import annotations

import pytest

from claimcheck import api

FILLER = "Officials spoke on Tuesday in the capital about the budget and the harvest."


def _article(headline: str, body: str = FILLER) -> tuple[dict, str]:
    return {"outlet": "Outlet " + headline.split()[0], "published": "2025-09-10"}, f"{headline}\n\n{body}"


# (query, evidence sentence): the evidence names other goods; the query stands on nothing
OBJECT = [
    ("Ruritania sent troops to Freedonia", "Ruritania sent drones to Freedonia last week, officials said."),
    ("Borduria sent jets to Syldavia", "Borduria sent rifles to Syldavia last week, officials said."),
    ("Velmora supplied tanks to Kolno", "Velmora supplied missiles to Kolno last week, officials said."),
    ("Genovia delivered howitzers to Qumar", "Genovia delivered helicopters to Qumar last week, officials said."),
    ("Elbonia gave drones to Latveria", "Elbonia gave tanks to Latveria last week, officials said."),
    ("Zembla sent mercenaries to Novaria", "Zembla sent ammunition to Novaria last week, officials said."),
]

# (query, evidence): goods named by a generic word and by a specific kind
GENERIC = [  # (query, evidence, status): specific evidence answers a generic query, not the other way round
    ("Carpania supplied weapons to Ostrava", "Carpania supplied rifles to Ostrava last week, officials said.", "single_source"),
    ("Lutha supplied rifles to Dorvik", "Lutha supplied weapons to Dorvik last week, officials said.", "no_evidence"),
]

# (query, headline): the query's agent receives in the evidence
DIRECTION = [
    ("Marsovia sent drones to Tarvania", "Drones for Marsovia"),
    ("Granville sent tanks to Carpathia", "Granville received tanks from Carpathia, officials say"),
    ("Osterlich sold tanks to Estovakia", "Osterlich bought tanks from Estovakia, officials say"),
    ("Krakozhia sent missiles to Vulgaria", "Missiles for Krakozhia"),
    ("Pottsylvania sent weapons to Vulcania", "Weapons for Pottsylvania"),
    ("Sokovia trained Wakandan pilots", "Sokovian pilots were trained in Wakanda last year, officials say"),
]

# (query, evidence): a passive names the trainer after "in", "at"; the query is found
PASSIVE = [
    ("Ruritania trained Freedonian pilots", "Freedonian pilots were trained in Ruritania last year, a minister said."),
    ("Borduria trained Syldavian soldiers", "Syldavian soldiers were trained in Borduria last year, a minister said."),
    ("Velmora trained Kolnian cadets", "Kolnian cadets were trained at Velmora's academy last year, a minister said."),
    ("Genovia trained Marsovian police officers",
     "Marsovian police officers have been training in Genovia since May, a minister said."),
    ("Osterlich trained Estovakian troops", "Estovakian troops were trained in Osterlich last spring, a minister said."),
]

# (Title Case query, headline): the headline denies it (the user's case was "did not train Ruritanian
# troops"; the rows' actors are their own, as a Title Case query has no agent to read roles for)
HEADLINE = [
    ("Arstotzka Trained Kolechian Troops", "Arstotzka did not train Kolechian troops, minister says"),
    ("Obristan Trained Antegrian Pilots", "Obristan did not train Antegrian pilots, minister says"),
    ("Moravia Trained Ostrovian Soldiers", "Moravia did not train Ostrovian soldiers, minister says"),
    ("Qumar Trained Genovian Forces", "Qumar did not train Genovian forces, minister says"),
    ("Latveria Trained Elbonian Recruits", "Latveria did not train Elbonian recruits, minister says"),
]


def _articles() -> dict[str, tuple[dict, str]]:
    out = {}
    for k, (_q, ev, *_s) in enumerate(OBJECT + PASSIVE + GENERIC):
        out[f"body{k:02d}"] = _article(f"Report {k}", ev)
    for k, (_q, head) in enumerate(DIRECTION):
        out[f"head{k:02d}"] = _article(head)
    return out


@pytest.fixture(scope="module")
def db(case_db) -> str:
    return str(case_db("check_objects_direction", _articles()))


@pytest.fixture(scope="module")
def headlines_db(case_db) -> str:
    """The headlines alone: a Title Case query has no agent, and would meet other rows' words."""
    return str(case_db("check_headline_training", {f"h{k:02d}": _article(h) for k, (_q, h) in enumerate(HEADLINE)}))


def _status(db: str, query: str) -> tuple[str, list[str]]:
    d = api.check(db, query)
    return d["status"], [e["stance"] for e in d["evidence"]]


@pytest.mark.parametrize("query,evidence", OBJECT, ids=[q for q, _ in OBJECT])
def test_goods_of_another_kind_are_no_evidence(db: str, query: str, evidence: str) -> None:
    assert _status(db, query) == ("no_evidence", [])
    same = evidence.split(" last week")[0]  # the goods the evidence names: found
    assert _status(db, same)[0] == "single_source"


@pytest.mark.parametrize("query,evidence,status", GENERIC, ids=[q for q, _e, _s in GENERIC])
def test_a_generic_query_is_answered_by_a_specific_kind(db: str, query: str, evidence: str, status: str) -> None:
    assert _status(db, query)[0] == status


@pytest.mark.parametrize("query,headline", DIRECTION, ids=[q for q, _ in DIRECTION])
def test_the_agent_receiving_is_no_evidence_that_it_gave(db: str, query: str, headline: str) -> None:
    assert _status(db, query) == ("no_evidence", [])


@pytest.mark.parametrize("query,evidence", PASSIVE, ids=[q for q, _ in PASSIVE])
def test_a_passive_with_its_trainer_after_in_is_found(db: str, query: str, evidence: str) -> None:
    assert _status(db, query) == ("single_source", ["corroborate"])


@pytest.mark.parametrize("query,headline", HEADLINE, ids=[q for q, _ in HEADLINE])
def test_a_headline_denying_training_contradicts_a_title_case_query(headlines_db: str, query: str, headline: str) -> None:
    status, stances = _status(headlines_db, query)
    assert "corroborate" not in stances and "contradict" in stances, (status, stances)

