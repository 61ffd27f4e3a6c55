"""``check`` does not take another deed for the query's (issue 9, origin27; the new user's findings
on integ6, FINDINGS26 item 4; report and check reading parties alike), three classes, each a case and
neighbours of our own:

- **attributed headline, another target**: `check "Borduria shelled Brill"` took the headline
  "Borduria shells Tessel, officials say" as evidence: an attributed headline stored without
  actors was never read for the place it names (``xref.check.unit_actors``);
- **a transfer with no recipient, told by a third state's organ**: `check "Freedonia sent tanks
  to Borduria"` took "Ruritania's president says Freedonia sent tanks" (Ruritania's tanks) as
  evidence: a state's organ or official (``state_organ`` of ``origins.toml``, as ``report``'s
  ``principal_of`` reads it) telling a transfer with no recipient tells one to its own state's
  side, as clustering reads it (``recipient_choice``); for a query naming that state as the
  recipient, the headline stays evidence;
- **a state's organ is the state's party**: a denial by "Tomanian officials", "a Genovian
  government spokesman", "the presidential palace" of a claim about Tomania, Genovia … is the
  accused's own word, as ``report`` reads it (party26's ``principal_of``): ``check`` now reads the
  same principal (``xref.check.assess``: the store's actor keys, ``known_key``), credibility 6 with
  the party note, not 5.
"""

from __future__ import annotations

import pytest

from claimcheck import api


def _article(headline: str, k: int) -> tuple[dict, str]:
    return ({"outlet": f"Outlet {k}", "published": "2025-09-10"},
            f"{headline}\n\nOfficials spoke on Tuesday in the capital about the budget and the harvest.")


# (query, headline, a query the headline does answer)
TARGET = [
    ("Borduria shelled Brill", "Borduria shells Tessel, officials say", "Borduria shelled Tessel"),
    ("Tomania bombed Kessel", "Tomania bombs Marn, witnesses say", "Tomania bombed Marn"),
    ("Sylvania shelled Vorna", "Sylvania shells Velm, monitors say", "Sylvania shelled Velm"),
    ("Ruritania bombed Dovra", "Ruritania bombs Granville, residents say", "Ruritania bombed Granville"),
    ("Freedonia shelled Osterby", "Freedonia shells Lindau, officials say", "Freedonia shelled Lindau"),
    ("Syldavia bombed Plenk", "Syldavia bombs Harrow, aid workers say", "Syldavia bombed Harrow"),
]

# (query, headline, a query the headline does answer: the speaker's own state as the recipient)
SIDE = [
    ("Freedonia sent tanks to Borduria", "Ruritania's president says Freedonia sent tanks",
     "Freedonia sent tanks to Ruritania"),
    ("Tomania sent rifles to Borduria", "Syldavian officials say Tomania sent rifles", "Tomania sent rifles to Syldavia"),
    ("Sylvania supplied drones to Marn", "Velmora's defence ministry says Sylvania supplied drones",
     "Sylvania supplied drones to Velmora"),
    ("Genovia sent howitzers to Kolno", "Qumar's foreign minister says Genovia sent howitzers",
     "Genovia sent howitzers to Qumar"),
    ("Elbonia supplied missiles to Zembla", "Latverian government says Elbonia supplied missiles",
     "Elbonia supplied missiles to Latveria"),
    ("Carpania delivered jets to Dorvik", "Ostravan officials say Carpania delivered jets",
     "Carpania delivered jets to Ostrava"),
]


@pytest.fixture(scope="module")
def db(case_db) -> str:
    arts = {f"t{k:02d}": _article(h, k) for k, (_q, h, _o) in enumerate(TARGET)}
    arts |= {f"s{k:02d}": _article(h, 20 + k) for k, (_q, h, _o) in enumerate(SIDE)}
    return str(case_db("check_speaker_side", arts))


def _status(db: str, query: str) -> tuple[str, list[str]]:
    d = api.check(db, query)
    return d["status"], [e["sentence"] for e in d["evidence"]]


@pytest.mark.parametrize(("query", "headline", "own"), TARGET, ids=[t[0] for t in TARGET])
def test_an_attributed_headline_naming_another_target_is_no_evidence(db: str, query: str, headline: str,
                                                                     own: str) -> None:
    assert _status(db, query) == ("no_evidence", [])
    status, evidence = _status(db, own)
    assert status == "single_source" and headline in evidence, (status, evidence)


@pytest.mark.parametrize(("query", "headline", "own"), SIDE, ids=[s[0] for s in SIDE])
def test_a_transfer_told_by_a_third_state_goes_to_that_state(db: str, query: str, headline: str, own: str) -> None:
    assert _status(db, query) == ("no_evidence", [])
    status, evidence = _status(db, own)
    assert status == "single_source" and headline in evidence, (status, evidence)


# (the accused state's organ denying; the allegation each article's other sentence makes):
# ``report`` reads the organ as the accused (party26's principal_of); ``check`` did not, and counted
# the denial as independent evidence against (credibility 5 where report gives 6)
PARTY = [
    ("Tomania sent tanks to Marn", "Tomanian officials denied that Tomania sent tanks to Marn."),
    ("Sylvania sent drones to Kessel", "Sylvania's defence ministry denied that Sylvania sent drones to Kessel."),
    ("Genovia sent rifles to Qumar", "A Genovian government spokesman denied that Genovia sent rifles to Qumar."),
    ("Elbonia sent jets to Zembla", "The Elbonian embassy denied that Elbonia sent jets to Zembla."),
    ("Carpania sent howitzers to Dorvik", "The presidential palace denied that Carpania sent howitzers to Dorvik."),
    ("Velmora sent missiles to Kolno", "Velmoran military officials denied that Velmora sent missiles to Kolno."),
    ("Latveria sent mortars to Plenk", "The foreign ministry denied that Latveria sent mortars to Plenk."),
    ("Ostrava sent trucks to Harrow", "Ostravan government officials denied that Ostrava sent trucks to Harrow."),
]


@pytest.fixture(scope="module")
def party_db(case_db) -> str:
    arts = {}
    for k, (query, denial) in enumerate(PARTY):
        arts[f"p{k:02d}"] = ({"outlet": f"Outlet P{k}", "published": "2025-09-10"},
                             f"Report {k}\n\n{query} in May, border guards said. {denial}")
    return str(case_db("check_party_organs", arts))


@pytest.mark.parametrize(("query", "denial"), PARTY, ids=[p[0] for p in PARTY])
def test_a_denial_by_the_accused_states_organ_is_the_partys(party_db: str, query: str, denial: str) -> None:
    d = api.check(party_db, query)
    assert d["status"] == "contradicted", d["reasons"]
    assert any("party the claim is about" in r for r in d["reasons"]) and d["credibility"] == 6, \
        (d["credibility"], d["reasons"])
