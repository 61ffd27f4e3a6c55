"""``check``: whom the action is done to, and an admission that names the denial it takes back
(stop 24, second new-user test of ``check``).

- **direction said by the party**: "Ruritania sent troops to Freedonia" was corroborated by
  "Freedonia sent troops to Ruritania in 2022, Ruritanian officials said": a source of the query's
  agent's side hid the turn (the agent named only after "to" is a recipient, whoever says it);
- **turned headline**: "Ruritania trained Freedonian pilots" was supported by the own-voice headline
  "Freedonia trained Ruritanian pilots" (a unit stored without actors: its proper nouns are read);
- **another patient**: "Borduria shelled Brill" took "Borduria shelled the town of Tessel" as
  corroboration, "Freedonia sent tanks to Borduria" the tanks sent to Ruritania: a unit done to
  another actor, never naming the query's, is another deed (``same_proposition`` reason ``patient``);
- **admission**: "X admitted that … had crossed the border, reversing an earlier denial" was
  read as a denial of the crossing ("denial"): a denial word after a ``taken_back`` entry of
  ``check.toml`` is the denial taken back, and the admission states the claim;
- **denial taken back**: "X denied C. … X admitted C" made ``check`` say contradicted (the
  party's denial counted against it); the denial is shown, not counted (as ``report`` since deny24).
"""

from __future__ import annotations

import pytest

from claimcheck import api


def _article(headline: str, body: str) -> tuple[dict, str]:
    return {"outlet": "Outlet " + headline.split()[0], "published": "2025-09-10"}, f"{headline}\n\n{body}"


# (query, evidence sentence): the agent is named only as the recipient, by a source of its own side
PARTY_SAYS_TURNED = [
    ("Ruritania sent troops to Freedonia", "Freedonia sent troops to Ruritania in 2022, Ruritanian officials said."),
    ("Velmora sent troops to Kolno", "Kolno sent troops to Velmora in 2021, Velmoran officials said."),
    ("Genovia sent drones to Qumar", "Qumar sent drones to Genovia last year, Genovian officials said."),
    ("Elbonia sent tanks to Latveria", "Latveria sent tanks to Elbonia in May, Elbonian officials said."),
    ("Marsovia sent jets to Tarvania", "Tarvania sent jets to Marsovia in June, Marsovian officials said."),
    ("Osterlich sent rifles to Estovakia", "Estovakia sent rifles to Osterlich in March, Osterlichian officials said."),
]

# (query, own-voice headline): the roles the other way round in a headline stored without actors
TURNED_HEADLINE = [
    ("Carpania trained Lutharian pilots", "Lutharia trained Carpanian pilots"),
    ("Arstovia trained Kolechian soldiers", "Kolechia trained Arstovian soldiers"),
    ("Moravia trained Ostrovian cadets", "Ostrovia trained Moravian cadets"),
    ("Obristan trained Antegrian officers", "Antegria trained Obristani officers"),
    ("Zembla trained Novarian police", "Novaria trained Zemblan police"),
]

# (query, evidence, query the evidence does state): done to another actor than the query's
OTHER_PATIENT = [
    ("Borduria shelled Brill", "Borduria shelled the town of Tessel on Sunday, Syldavian officials said.",
     "Borduria shelled Tessel"),
    ("Krakozhia shelled Dorvik", "Krakozhia shelled the border town of Vulgar on Monday, officials said.",
     "Krakozhia shelled Vulgar"),
    ("Freedonia sent tanks to Grandfenwick", "Freedonia sent tanks to Sokovia in April, Sokovian officials said.",
     "Freedonia sent tanks to Sokovia"),
    ("Pottsylvania supplied drones to Vulcania", "Pottsylvania supplied drones to Orsinia last week, officials said.",
     "Pottsylvania supplied drones to Orsinia"),
    ("Granville trained Carpathian pilots", "Granville trained Wakandan pilots last year, a minister said.",
     "Granville trained Wakandan pilots"),
    ("Ostmark attacked Velm", "Ostmark attacked the port of Harlan on Friday, officials said.",
     "Ostmark attacked Harlan"),
]

# (query, admission): the admission mentions the denial it takes back
ADMISSION = [
    ("Sylvanian troops crossed the border into Freedonia",
     "Sylvania's defence minister Anton Vex admitted on Thursday that Sylvanian troops had crossed the border "
     "into Freedonia near Brill, reversing an earlier denial."),
    ("Bordurian troops crossed the border into Syldavia",
     "Bordurian defence minister Olaf Krenz admitted on Friday that Bordurian troops had crossed the border "
     "into Syldavia, reversing his earlier denial."),
    ("Genovian jets bombed a school in Qumar",
     "Genovian air force chief Ana Ruiz acknowledged that Genovian jets had bombed a school in Qumar, withdrawing "
     "an earlier denial."),
    ("Velmoran forces shelled the port of Kolno",
     "Velmoran army spokesman Ivo Marek conceded that Velmoran forces had shelled the port of Kolno, abandoning "
     "a denial it had repeated for weeks."),
    ("Elbonian drones struck a depot in Latveria",
     "Elbonian defence minister Karl Weiss admitted that Elbonian drones had struck a depot in Latveria, "
     "reversing the ministry's flat denial."),
]


# (query, article body): the party denies, then admits, in one article
TAKEN_BACK = [
    ("Ruritania sent drones to Freedonia", "Ruritania on Monday denied sending drones to Freedonia. On Thursday, "
     "Ruritania admitted that it had sent drones to Freedonia."),
    ("Velmoran troops crossed into Kolno", "The Velmoran defence ministry denied that Velmoran troops had crossed "
     "into Kolno. Later, the ministry admitted that Velmoran troops had crossed into Kolno."),
    ("Genovia supplied rifles to Qumar", "Genovia denied supplying rifles to Qumar. A week later, Genovia "
     "acknowledged that it had supplied rifles to Qumar."),
    ("Dravia sent tanks to Moldor", "Dravia denied sending tanks to Moldor. On Friday, Dravia conceded that "
     "it had sent tanks to Moldor."),
    ("Orsova sent jets to Brabant", "Orsova denied sending jets to Brabant. Days later, Orsova admitted "
     "that it had sent jets to Brabant."),
]


def _articles() -> dict[str, tuple[dict, str]]:
    out = {}
    for k, (_q, body) in enumerate(TAKEN_BACK):
        out[f"taken{k:02d}"] = _article(f"Dispatch {k}", body)
    for k, (_q, ev) in enumerate(PARTY_SAYS_TURNED):
        out[f"party{k:02d}"] = _article(f"Report {k}", ev)
    for k, (_q, head) in enumerate(TURNED_HEADLINE):
        out[f"head{k:02d}"] = _article(head, "Officials spoke on Tuesday in the capital about the budget.")
    for k, (_q, ev, _same) in enumerate(OTHER_PATIENT):
        out[f"other{k:02d}"] = _article(f"Bulletin {k}", ev)
    for k, (_q, ev) in enumerate(ADMISSION):
        out[f"admit{k:02d}"] = _article(f"Notice {k}", ev)
    return out


@pytest.fixture(scope="module")
def db(case_db) -> str:
    return str(case_db("check_patient_admission", _articles()))


def _status(db: str, query: str) -> tuple[str, list[str]]:
    d = api.check(db, query)
    return d["status"], [e["stance"] for e in d["evidence"]]


@pytest.mark.parametrize("query,evidence", PARTY_SAYS_TURNED, ids=[q for q, _ in PARTY_SAYS_TURNED])
def test_the_agent_as_recipient_is_no_evidence_whoever_says_it(db: str, query: str, evidence: str) -> None:
    assert _status(db, query) == ("no_evidence", [])


@pytest.mark.parametrize("query,headline", TURNED_HEADLINE, ids=[q for q, _ in TURNED_HEADLINE])
def test_a_headline_with_the_roles_turned_is_no_evidence(db: str, query: str, headline: str) -> None:
    assert _status(db, query) == ("no_evidence", [])
    assert "corroborate" in _status(db, headline)[1], "the headline's own proposition is found"


@pytest.mark.parametrize("query,evidence,same", OTHER_PATIENT, ids=[q for q, _e, _s in OTHER_PATIENT])
def test_a_deed_done_to_another_actor_is_no_evidence(db: str, query: str, evidence: str, same: str) -> None:
    assert _status(db, query) == ("no_evidence", [])
    assert _status(db, same) == ("single_source", ["corroborate"])


@pytest.mark.parametrize("query,admission", ADMISSION, ids=[q for q, _ in ADMISSION])
def test_an_admission_naming_the_denial_it_takes_back_supports(db: str, query: str, admission: str) -> None:
    assert _status(db, query) == ("single_source", ["corroborate"])


@pytest.mark.parametrize("query,body", TAKEN_BACK, ids=[q for q, _ in TAKEN_BACK])
def test_a_denial_its_party_takes_back_is_not_counted(db: str, query: str, body: str) -> None:
    d = api.check(db, query)
    assert d["status"] == "single_source", (d["status"], d["reasons"])
    assert any("the denial was taken back" in r for r in d["reasons"]), d["reasons"]
    assert "contradict" in [e["stance"] for e in d["evidence"]], "the denial is still shown"
