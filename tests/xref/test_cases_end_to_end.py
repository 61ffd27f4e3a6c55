"""Three cases of ../shared/cases/xref (copied here: they are ours) asserted end to end, through
``ingest`` and ``report --format json`` as a user runs them, each with five neighbours of our own
(issue 9, "every case … passes as a test").  Their parser-level expectations are tested in
tests/xref/test_negation_non_answers.py and tests/parse/test_attribution_frames_round4.py; here,
what the report makes of them:

* ``non_answers``: a non-answer ("did not have any information", "no comments", "no update",
  "declined to comment") is neither a claim of fact, nor a denial, nor a confirmation: in a
  cluster it is a ``decline`` source, the claim's status and origins are those of its assertions;
* ``quote_spanning_two_sentences``: a quotation of two sentences belongs to its speaker, the
  later tag naming them: no sentence of it is a claim in the outlet's own voice;
* ``aide_is_not_the_principal``: "a senior aide to President X" is an unnamed (anonymous)
  source, never X; "it is widely believed" is credited to nobody.

All names are invented.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

Report = Callable[[Path, dict[str, tuple[dict, str]]], list[dict]]


def one(title: str, body: str, outlet: str = "Site T", published: str = "2023-05-02") -> dict[str, tuple[dict, str]]:
    """One article (headline, blank line, body) as the ``report`` fixture takes it."""
    return {"a": ({"title": title, "outlet": outlet, "published": published}, f"{title}\n\n{body}")}


def sources(rows: list[dict]) -> set[tuple[str, str, str]]:
    """Every (name, kind, stance) of every row."""
    return {(s["name"], s["kind"], s["stance"]) for r in rows for s in r["sources"]}


def own_voice(rows: list[dict], *words: str) -> list[dict]:
    """The rows in the outlet's own voice (no source) whose claim holds one of ``words``."""
    return [r for r in rows if not r["sources"] and any(w.lower() in r["claim"].lower() for w in words)]


# ---------------------------------------------------------------- non_answers

NON_ANSWERS_CASE = (
    "Palace gives no details on drones",
    "Asked if Ruritania had used Sylvanian drones, palace spokesman Igor Ivanov said the palace did not have any "
    "information about their use. Spokesman Ivanov said last month that Ruritania had made \"no comments on the "
    "matter\" when asked about the drones. Council spokesman Tom Brown told reporters that the government had "
    "\"no update\" on whether the drones had been delivered.", "Site O", "2022-10-18")


def test_case_non_answers(report: Report, tmp_path: Path) -> None:
    rows = report(tmp_path, one(*NON_ANSWERS_CASE))
    said = [(n, st) for n, _, st in sources(rows) if "Ivanov" in n or "Tom Brown" in n]
    assert all(st == "decline" for _, st in said), said  # never support, never deny
    assert not [r for r in rows if r["status"] in ("contradicted", "corroborated")], rows
    for words in ("any information", "no comments", "no update"):  # no claim of fact made of them
        assert not [r for r in rows if words in r["claim"].lower()], rows


# an allegation, then a non-answer from the party it is about: the non-answer is noted, the
# allegation stays on its one asserting origin (not contradicted, not corroborated)
NON_ANSWER_NEIGHBOURS = [
    ("Sylvania delivered drones to Ruritania, officials say",
     "Sylvania delivered forty attack drones to Ruritania last month, two Western officials said on Monday. "
     "Asked about the deliveries, Sylvanian defence ministry spokesman Piet Kors said the ministry had \"no update\" "
     "on whether the drones had been delivered.", "delivered forty attack drones", "Piet Kors"),
    ("Port fire was arson, police say",
     "The fire that destroyed the grain terminal at Velm was started deliberately, police investigators said on "
     "Friday. The port authority declined to comment on the investigators' findings.",
     "grain terminal", "port authority"),
    ("Mayor took cash from developer, auditors say",
     "Mayor Ines Lauk took cash payments from the developer of the Orla harbour towers, the city auditors said in "
     "a report on Tuesday. A spokesman for the mayor said he did not have any information about the payments.",
     "cash payments", "spokesman"),
    ("Freedonia moved missiles to the coast, satellite firm says",
     "Freedonia moved mobile missile launchers to its northern coast in March, a satellite imaging firm said on "
     "Wednesday. The Freedonian defence ministry made no comment on the report.",
     "missile launchers", "Freedonia"),  # the ministry is shown by its principal, its state (src26)
    ("Club paid agent through shell company, paper says",
     "Kestrel FC paid the striker's agent through a shell company in Velmora, the Harbour Times reported on Sunday. "
     "Club secretary Mona Reyes said the club had no update on the matter.",
     "shell company", "Mona Reyes"),
]


@pytest.mark.parametrize("title, body, words, decliner", NON_ANSWER_NEIGHBOURS, ids=[n[0] for n in NON_ANSWER_NEIGHBOURS])
def test_neighbour_non_answer_is_noted_not_counted(report: Report, cluster_of: Callable, tmp_path: Path,
                                                   title: str, body: str, words: str, decliner: str) -> None:
    rows = report(tmp_path, one(title, body))
    c = cluster_of(rows, words)
    assert c["status"] == "single_source" and c["independent_origins"] == 1, c
    # the non-answer is noted on the allegation (of the headline or of the body: which of the two
    # claims of one article it is put with is issue 10's, not this class), never as a denial
    assert sum(r["denials"] for r in rows) == 0 and sum(r["non_answers"] for r in rows) == 1, rows
    assert {st for n, _, st in sources(rows) if decliner.lower() in n.lower()} == {"decline"}, sources(rows)
    noted = next(r for r in rows if r["non_answers"])
    assert noted["status"] == "single_source" and any("no comment or no response" in r for r in noted["reasons"]), noted


# ---------------------------------------------------------------- quote_spanning_two_sentences

QUOTE_CASE = (
    "Council cannot confirm report on dam sabotage",
    "\"The council is unable to confirm this newspaper report. The anonymous claims in the report did not come "
    "from intelligence shared by the government,\" council spokesperson Ann Lee said on Twitter.",
    "Site I", "2023-03-08")


def test_case_quote_spanning_two_sentences(report: Report, cluster_of: Callable, tmp_path: Path) -> None:
    rows = report(tmp_path, one(*QUOTE_CASE))
    c = cluster_of(rows, "anonymous claims in the report")
    assert [(s["name"], s["kind"], s["stance"]) for s in c["sources"]] == [("Ann Lee", "named", "support")]
    assert not own_voice(rows, "anonymous claims", "unable to confirm")
    # "unable to confirm" is a non-answer: no claim of it, confirming or denying
    assert not [r for r in rows if "unable to confirm" in r["claim"].lower()]


QUOTE_NEIGHBOURS = [
    ("Engineer on dam", "\"The dam is safe for now. The cracks in the wall are at least ten years old,\" engineer "
     "Ola Brandt said on Monday.", "Ola Brandt", ("dam is safe", "cracks in the wall")),
    # (text27: a first-person quotation shown alone needs more than four content words besides we/our)
    ("Coach on match", "\"We will appeal the ban on our striker at the league court in Kolno next week. The referee "
     "never saw the replay of the tackle,\" club coach Ivo Marsh told reporters.", "Ivo Marsh",
     ("appeal the ban", "referee never saw")),
    ("Mayor on buses", "\"The city will buy forty electric buses next year. The old diesel fleet will be sold to a "
     "private operator,\" Mayor Ines Lauk said.", "Ines Lauk", ("electric buses", "diesel fleet")),
    ("Minister on talks", "\"The talks with the unions broke down on Friday night. The government will not raise "
     "the offer again,\" labour minister Tarik Olsen said.", "Tarik Olsen", ("broke down", "raise the offer")),
    ("Health officer on outbreak", "\"The outbreak at the school has been contained since Tuesday. Three pupils are "
     "still in the city hospital,\" health officer Lea Moravec said.", "Lea Moravec",
     ("outbreak at the school", "city hospital")),
]


@pytest.mark.parametrize("title, body, speaker, words", QUOTE_NEIGHBOURS, ids=[n[0] for n in QUOTE_NEIGHBOURS])
def test_neighbour_two_quoted_sentences_are_the_speakers(report: Report, tmp_path: Path, title: str, body: str,
                                                         speaker: str, words: tuple[str, ...]) -> None:
    rows = report(tmp_path, one(title, body))
    for w in words:  # each sentence is in a claim the speaker supports, none in the outlet's voice
        holding = [r for r in rows if w.lower() in r["claim"].lower()]
        assert holding, (w, [r["claim"] for r in rows])
        assert all((speaker, "named", "support") in sources([r]) for r in holding), holding
    assert not own_voice(rows, *words)


# ---------------------------------------------------------------- aide_is_not_the_principal

AIDE_CASE = (
    "Aide says Borduria not involved in dam attack",
    "A senior aide to Bordurian President Ivan Petrov said on Tuesday that Borduria was \"absolutely not involved\" "
    "in the attack on the dam. Ruritania has blamed the West for the explosion. The exact cause of the blast is "
    "unknown, but it is widely believed the dam was attacked.", "Site L", "2023-03-07")


def test_case_aide_is_not_the_principal(report: Report, cluster_of: Callable, tmp_path: Path) -> None:
    rows = report(tmp_path, one(*AIDE_CASE))
    c = cluster_of(rows, "absolutely not involved")
    assert ("A senior aide to Bordurian President Ivan Petrov", "anonymous", "support") in sources([c]), c["sources"]
    assert not [n for n, _, _ in sources(rows) if n in ("Ivan Petrov", "Petrov")]
    hedge = cluster_of(rows, "widely believed")
    assert hedge["sources"] == [] and hedge["status"] == "unattributed", hedge  # credited to nobody


AIDE_NEIGHBOURS = [
    ("A spokesman for Freedonian President Lars Ekholm said on Tuesday that Freedonia would close its embassy in "
     "Sylvania.", "A spokesman for Freedonian President Lars Ekholm", "embassy", "Lars Ekholm"),
    ("A lawyer for Mayor Tomas Brenn said the mayor had repaid the campaign loan in March.",
     "A lawyer for Mayor Tomas Brenn", "campaign loan", "Tomas Brenn"),
    ("An adviser to Sylvanian Foreign Minister Pia Holm said the talks with Borduria had collapsed on Sunday.",
     "An adviser to Sylvanian Foreign Minister Pia Holm", "talks with Borduria", "Pia Holm"),
    ("A senior aide to Ruritanian Defence Minister Otto Varn said Ruritania had moved two brigades to the coast.",
     "A senior aide to Ruritanian Defence Minister Otto Varn", "two brigades", "Otto Varn"),
    ("A close aide to Governor Tomas Brenn said the governor would sign the water bill next week.",
     "A close aide to Governor Tomas Brenn", "water bill", "Tomas Brenn"),
]
# found while writing the neighbours, mended in the attribution parser (stop 21): a plural with a
# number, and "assistant" (anonymity.toml "principal-roles"), made the principal the source
AIDE_KNOWN = [
    ("Two aides to Senator Ruth Calder said the senator would vote against the port bill.",
     "Two aides to Senator Ruth Calder", "port bill", "Ruth Calder"),
    # "on Sunday": without a date the claim gate keeps no claim of "the talks … had collapsed"
    # (parse/claims), whoever says it; the source alone is asserted in tests/parse/test_src_stop21_principal.py
    ("An assistant to Sylvanian Foreign Minister Pia Holm said the talks with Borduria had collapsed on Sunday.",
     "An assistant to Sylvanian Foreign Minister Pia Holm", "talks with Borduria", "Pia Holm"),
]


@pytest.mark.parametrize("body, source, words, principal", AIDE_NEIGHBOURS + AIDE_KNOWN,
                         ids=[n[1] for n in AIDE_NEIGHBOURS] + ["Two aides to", "An assistant to"])
def test_neighbour_a_principals_aide_is_anonymous(report: Report, cluster_of: Callable, tmp_path: Path, body: str,
                                                  source: str, words: str, principal: str) -> None:
    rows = report(tmp_path, one("Statement", body))
    c = cluster_of(rows, words)
    assert (source, "anonymous", "support") in sources([c]), c["sources"]
    assert principal not in {n for n, _, _ in sources(rows)}
