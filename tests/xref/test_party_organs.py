"""A status is only as good as its evidence (issue 9, party26): an organ, official, spokesman,
minister or capital of a state speaks for that state, its principal.

(a) A denial by any organ of the accused party is the party's denial: the cluster carries the
    party note (``denied_only_by_party``, credibility 6 when one origin asserts the claim), not an
    independent contradiction (credibility 5).
(b) Several organs of one principal are one origin: a government, its ministry, its officials
    and its capital asserting a claim are one voice, not "corroborated" by independent sources.

End to end: the articles written as a user's folder (.txt + .meta.json), ingested and reported
with the command (``report --format json``).  Invented states; a capital is known only from a
gazetteer (``metonym`` alias), which a user gives in ``CLAIMCHECK_LEXICONS``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

PARTY = "denied_only_by_party"

def _art(outlet: str, day: int, title: str, *body: str) -> tuple[dict, str]:
    return {"title": title, "outlet": outlet, "published": f"2024-09-{day:02d}"}, "\n\n".join((title, *body))


# the shared case denial_of_a_reported_allegation (../shared/cases/xref): the palace and the
# foreign ministry answer for the state the blog post accuses
CASE = _art("Wire copy site", 9, "Palace says blog post on dam explosion utterly false",
            "The presidential palace on Wednesday dismissed a blog post by a Ruritanian journalist alleging "
            "Ruritania was behind the explosion of the Borduria dam as \u201cutterly false and complete fiction.\u201d "
            "The newswire has not corroborated the report, published by journalist Jan Novak, which said the attack "
            "was carried out at the direction of President Karl Adler. Spokespeople for the intelligence service and "
            "the foreign ministry said the same.")

TANKS = "Freedonia sent 30 tanks to Ruritania last week"
ALLEGATION = _art("Daily Planet", 2, "Monitors report tanks", f"UN monitors said {TANKS}.",
                  "The monitors have observed the border since a ceasefire was signed in 2019.")


def _denial(who: str, outlet: str = "Evening Star") -> tuple[dict, str]:
    return _art(outlet, 3, "Tanks report denied", f"{who} denied that Freedonia had sent 30 tanks to Ruritania last week.",
                "The border has been closed to traffic since the spring.")


def test_the_case_palace_and_ministry_are_the_accused(tmp_path: Path, report: Callable[..., list[dict]],
                                                      cluster_of: Callable[..., dict]) -> None:
    r = cluster_of(report(tmp_path, {"a": CASE}), "Ruritania", "explosion")
    deniers = {s["name"] for s in r["sources"] if s["stance"] == "deny"}
    assert {"Palace", "the foreign ministry"} <= deniers, r["sources"]
    assert r["status"] == "contradicted", r["reasons"]
    assert PARTY in r.get("reason_codes", []) and r["credibility"] == 6, r["reasons"]
    assert any("denied or reported otherwise by 1 origin(s)" in x for x in r["reasons"]), r["reasons"]


@pytest.mark.parametrize("who", [
    "Freedonian officials",                              # officials of the accused, unnamed
    "A Freedonian government spokesman",                 # its spokesman
    "Freedonia's foreign ministry",                      # its ministry, possessive
    "Freedonian Foreign Minister Karl Ostrow",           # its minister, named
    "The Freedonian defence ministry",                   # its ministry, demonym
])
def test_an_organ_of_the_accused_denies_as_the_party(who: str, tmp_path: Path, report: Callable[..., list[dict]],
                                                     cluster_of: Callable[..., dict]) -> None:
    r = cluster_of(report(tmp_path, {"a": ALLEGATION, "b": _denial(who)}), "Freedonia", "tanks")
    assert r["status"] == "contradicted", (r["sources"], r["reasons"])
    assert PARTY in r.get("reason_codes", []) and r["credibility"] == 6, r["reasons"]


def test_the_capital_of_the_accused_denies_as_the_party(tmp_path: Path, user_gazetteer: Path,
                                                        report: Callable[..., list[dict]],
                                                        cluster_of: Callable[..., dict]) -> None:
    r = cluster_of(report(tmp_path, {"a": ALLEGATION, "b": _denial("Fredville")}), "Freedonia", "tanks")
    assert r["status"] == "contradicted" and PARTY in r.get("reason_codes", []) and r["credibility"] == 6, r["reasons"]


@pytest.mark.parametrize("who", [
    "Freedonian rebels",            # a group of the country, no organ of its state
    "A Freedonian historian",       # a private person of the country
    "Independent analysts",
])
def test_no_organ_no_party(who: str, tmp_path: Path, report: Callable[..., list[dict]],
                           cluster_of: Callable[..., dict]) -> None:
    r = cluster_of(report(tmp_path, {"a": ALLEGATION, "b": _denial(who)}), "Freedonia", "tanks")
    assert r["status"] == "contradicted", (r["sources"], r["reasons"])
    assert PARTY not in r.get("reason_codes", []) and r["credibility"] == 5, r["reasons"]


def test_a_ministry_and_its_minister_are_one_denying_origin(tmp_path: Path, report: Callable[..., list[dict]],
                                                            cluster_of: Callable[..., dict]) -> None:
    arts = {"a": _art("Morning Post", 4, "Ministry rejects report",
                      "Rights groups said Syldavian police arrested 200 protesters in Kessel on Saturday.",
                      "Syldavia's interior ministry denied that Syldavian police had arrested 200 protesters in Kessel.",
                      "The report is false, said Syldavian interior minister Eva Horn.")}
    r = cluster_of(report(tmp_path, arts), "200 protesters")
    assert r["status"] == "contradicted", (r["sources"], r["reasons"])
    assert any("denied or reported otherwise by 1 origin(s)" in x for x in r["reasons"]), r["reasons"]
    assert PARTY in r.get("reason_codes", []) and r["credibility"] == 6, r["reasons"]


SHELLED = "Borduria shelled Vorna on Sunday"


def _says(outlet: str, day: int, who: str) -> tuple[dict, str]:
    return _art(outlet, day, f"Statement {day}", f"{who} said {SHELLED}.",
                f"The statement number {day} was read out to reporters by an announcer in the afternoon.")


@pytest.mark.parametrize("speakers, status, n_origins", [
    # several organs of one state: one origin
    (("Ruritania's government", "The Ruritanian foreign ministry"), "single_source", 1),
    (("Ruritanian officials", "A Ruritanian government spokesman"), "single_source", 1),
    (("Ruritania", "Ruritanian officials", "Ruritanian Defence Minister Otto Berg"), "single_source", 1),
    # another state's organ is another origin
    (("Ruritanian officials", "Syldavian officials"), "corroborated", 2),
    (("Ruritania's government", "Syldavia's foreign ministry"), "corroborated", 2),
])
def test_the_organs_of_one_state_are_one_origin(speakers: tuple[str, ...], status: str, n_origins: int,
                                                tmp_path: Path, report: Callable[..., list[dict]],
                                                cluster_of: Callable[..., dict]) -> None:
    outlets = ("Daily Planet", "Evening Star", "Morning Post")
    arts = {f"a{k}": _says(outlets[k], 1 + k, who) for k, who in enumerate(speakers)}
    r = cluster_of(report(tmp_path, arts), "Vorna")
    assert r["articles"] == len(speakers), r["sources"]
    assert (r["status"], r["independent_origins"]) == (status, n_origins), r["reasons"]
