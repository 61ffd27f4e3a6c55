"""Answers joined to what they answer (issue 9 item 3), one table per class, five neighbours of
our own each (invented names), beside the shared case ``denial_of_a_reported_allegation``:

- a dismissal of a named report "as false/untrue/baseless/fabricated …": the report alleges C,
  the dismissal denies C, and neither claim carries the dismissal's words;
- "dismissed a report that C", "rejected claims that C": a denial of C, in C's own words;
- "called the reports a fake", "described the reports that C as baseless": a denial of what the
  reports say;
- "said the same", "confirmed it": a repetition of the nearest compatible earlier statement (a
  main-clause statement, not a non-answer nor a relative clause's report), of either polarity;
- "denied any involvement in C": the denier is a party to C (an actor of the denial's claim);
  a denial of someone else's act does not make the denier a party.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.model import Claim, Extraction

LEX = load_lexicons([])
JUDGED = ("false", "untrue", "baseless", "fabricat", "fiction", "disinformation", "slander", "a fake", "a lie")


def act(ex: Extraction, c: Claim) -> str | None:
    return ex.attributions[c.attribution].act if c.attribution is not None else None


def source(ex: Extraction, c: Claim) -> str:
    a = ex.attributions[c.attribution] if c.attribution is not None else None
    return a.source.span.text if a is not None and a.source is not None and a.source.span is not None else ""


def about(ex: Extraction, words: str) -> list[Claim]:
    return [c for c in ex.claims if c.text.startswith(words)]


def no_judgement_words(ex: Extraction) -> None:
    for c in ex.claims:
        assert not any(w in c.text.lower() for w in JUDGED), c.text


# --------------------------------------------------------------------------- dismissed a report alleging C as false

DISMISSED_AS_FALSE = [
    ("The interior ministry on Monday dismissed a video posted by an opposition activist claiming Freedonian "
     "troops had crossed the border as \u201cpure fabrication.\u201d",
     "Freedonian troops had crossed the border", "The interior ministry", "an opposition activist"),
    ("Sylvania's army rejected a report by a local newspaper alleging soldiers had looted the village of Marn "
     "as baseless.",
     "Soldiers had looted the village of Marn", "Sylvania's army", "a report by a local newspaper"),
    ("The governor's office dismissed an article in the Evening Star, which said the governor had taken bribes "
     "from the port operator, as untrue.",
     "The governor had taken bribes from the port operator", "The governor's office", "which"),
    ("The embassy rejected a post by a Bordurian blogger saying Bordurian drones had struck the refinery at "
     "Kessel as disinformation.",
     "Bordurian drones had struck the refinery at Kessel", "The embassy", "a post by a Bordurian blogger"),
    ("The presidential palace dismissed a tweet from an opposition leader alleging the election results in Vell "
     "had been forged by officials as slander.",
     "The election results in Vell had been forged by officials", "The presidential palace", "a tweet from an opposition leader"),
]


@pytest.mark.parametrize("body, allegation, denier, alleger", DISMISSED_AS_FALSE)
def test_a_dismissed_report_is_alleged_by_the_report_and_denied_by_the_dismisser(
        body: str, allegation: str, denier: str, alleger: str, extract: Callable[..., Extraction]) -> None:
    ex = extract(body)
    cs = about(ex, allegation)
    said = {(source(ex, c), c.polarity) for c in cs}
    assert (alleger, "positive") in said, [(c.text, source(ex, c), c.polarity) for c in ex.claims]
    assert (denier, "negative") in said, [(c.text, source(ex, c), c.polarity) for c in ex.claims]
    for c in cs:
        if source(ex, c) == denier:
            assert act(ex, c) == "deny" and c.denies is not None and ex.claims[c.denies].polarity == "positive"
    no_judgement_words(ex)


# --------------------------------------------------------------------------- dismissed a report that C / rejected claims that C

REPORT_THAT = [
    ("The ministry dismissed a report that the army had withdrawn from the town of Vell.",
     "The army had withdrawn from the town of Vell"),
    ("Police on Friday dismissed rumours that the mayor of Vell had been arrested at the airport.",
     "The mayor of Vell had been arrested at the airport"),
    ("The central bank dismissed speculation that it would devalue the currency next month.",
     "The central bank would devalue the currency next month"),  # "it": the source
    ("Minister Ana Ruiz dismissed a report in the Evening Star that she would resign from the cabinet next month.",
     "Minister Ana Ruiz would resign from the cabinet next month"),
    ("The port authority dismissed reports that the harbour of Marn had been closed to oil tankers as untrue.",
     "The harbour of Marn had been closed to oil tankers"),
]

REJECTED_CLAIMS = [
    ("The ministry rejected claims that its troops had shelled the village of Ostra.",
     "The ministry’s troops had shelled the village of Ostra"),  # "its" resolved to the source
    ("Sylvania rejected allegations that it had supplied drones to the Marsh Front.",
     "Sylvania had supplied drones to the Marsh Front"),  # "it": the source
    ("The minister rejected accusations that he had lied to parliament about the contract.",
     "The minister had lied to parliament about the contract"),
    ("The army rejected suggestions that soldiers had fired on the protesters in Kessel.",
     "Soldiers had fired on the protesters in Kessel"),
    ("The firm rejected assertions that its factory had polluted the river near Marn.",
     "The firm’s factory had polluted the river near Marn"),  # "its": the source
]


@pytest.mark.parametrize("body, proposition", REPORT_THAT + REJECTED_CLAIMS)
def test_a_denied_report_that_c_is_a_denial_of_c(body: str, proposition: str, extract: Callable[..., Extraction]) -> None:
    ex = extract(body)
    cs = about(ex, proposition)
    assert cs, [c.text for c in ex.claims]
    for c in cs:
        assert act(ex, c) == "deny" and c.polarity == "negative", (c.text, act(ex, c), c.polarity)
    assert not any(c.text.lower().startswith(("a report", "reports", "claims", "allegations", "rumours"))
                   for c in ex.claims)
    no_judgement_words(ex)


# --------------------------------------------------------------------------- called the reports a fake

CALLED_FAKE = [
    ("Monitors said Freedonian artillery shelled three villages in Sylvania on Monday. "
     "The Freedonian ministry called the reports a fake.",
     "Freedonian artillery shelled three villages in Sylvania"),
    ("Officials said the Marsh Front had received attack drones from Sylvania. "
     "Sylvania's defence ministry called the allegations baseless.",
     "The Marsh Front had received attack drones from Sylvania"),
    ("Residents said troops had burned the market in Kessel on Sunday. "
     "The army called the claims a lie.",
     "Troops had burned the market in Kessel on Sunday"),
    ("A blogger said the governor of Vell had bought a villa with public money. "
     "His office called the reports pure fiction.",
     "The governor of Vell had bought a villa with public money"),
    ("Officials said Ruritanian jets bombed the fuel depot near Granville on Monday. "
     "The ministry described the reports that Ruritanian jets bombed the fuel depot as baseless.",
     "Ruritanian jets bombed the fuel depot"),
]


@pytest.mark.parametrize("body, proposition", CALLED_FAKE)
def test_reports_called_false_deny_what_they_report(body: str, proposition: str, extract: Callable[..., Extraction]) -> None:
    ex = extract(body)
    cs = about(ex, proposition)
    assert {c.polarity for c in cs} == {"positive", "negative"}, [(c.text, c.polarity) for c in ex.claims]
    no_judgement_words(ex)


# --------------------------------------------------------------------------- said the same / confirmed it

REPEATS = [
    # (body, the proposition repeated, its polarity in the repetition, the repeater)
    ("The defence ministry denied that its jets had bombed the depot at Granville. "
     "The foreign ministry said the same.",
     "The defence ministry’s jets had bombed the depot at Granville", "negative", "The foreign ministry"),
    ("Officials said Ruritanian jets bombed the fuel depot near Granville on Monday. "
     "A Ruritanian army spokesman confirmed it.",
     "Ruritanian jets bombed the fuel depot near Granville", "positive", "A Ruritanian army spokesman"),
    ("The ministry denied that troops had entered the town of Ostra. A newspaper article, which said the troops "
     "had looted shops in the town, was shared widely. The army said the same.",
     "Troops had entered the town of Ostra", "negative", "The army"),
    ("The police said the fire at the depot in Marn was started deliberately. The owner has not responded to "
     "the report. The fire brigade said the same.",
     "The fire at the depot in Marn was started deliberately", "positive", "The fire brigade"),
    ("The interior minister said the protest march in Kessel had been peaceful. "
     "Two opposition leaders confirmed this.",
     "The protest march in Kessel had been peaceful", "positive", "Two opposition leaders"),
]


@pytest.mark.parametrize("body, proposition, polarity, repeater", REPEATS)
def test_a_repetition_repeats_the_nearest_compatible_statement(body: str, proposition: str, polarity: str,
                                                               repeater: str, extract: Callable[..., Extraction]) -> None:
    ex = extract(body)
    mine = [c for c in ex.claims if source(ex, c) == repeater]
    assert mine, [(c.text, source(ex, c)) for c in ex.claims]
    for c in mine:
        assert c.text.startswith(proposition) and c.polarity == polarity, (c.text, c.polarity)
    assert not any(c.text.strip(" .").lower() in ("the same", "it", "this") for c in ex.claims)


# --------------------------------------------------------------------------- a denier of its own part is a party

OWN_PART = [
    ("A pro-Borduria militia blew up the pipeline near Granville, police said on Sunday. "
     "Borduria denied any role in the attack.", "Borduria"),
    ("Hackers stole the voters' data from the election office in Vell, investigators said. "
     "Freedonia denied any involvement in the theft.", "Freedonia"),
    ("A Sylvanian-backed militia raided the border post at Marn, officials said. "
     "Sylvania denied any part in the raid.", "Sylvania"),
    ("Unknown gunmen attacked the convoy near Kessel, witnesses said. "
     "The Marsh Front denied involvement in the attack.", "Marsh Front"),
    ("A bomb destroyed the railway bridge at Ostra, the police said. "
     "Ruritania rejected any responsibility for the blast.", "Ruritania"),
]


@pytest.mark.parametrize("body, denier", OWN_PART)
def test_a_denial_of_ones_own_part_makes_the_denier_a_party(body: str, denier: str, extract: Callable[..., Extraction]) -> None:
    ex = extract(body)
    denials = [c for c in ex.claims if act(ex, c) == "deny"]
    assert denials, [(c.text, act(ex, c)) for c in ex.claims]
    for d in denials:
        assert d.denies is not None and denier in d.actors, (d.text, d.actors)
        assert denier not in ex.claims[d.denies].actors  # the allegation itself does not name it


def test_a_denial_of_someone_elses_act_does_not_make_the_denier_a_party(extract: Callable[..., Extraction]) -> None:
    ex = extract("Monitors said Freedonian artillery shelled three villages in Sylvania on Monday. "
                 "The United Nations dismissed the reports.")
    for d in (c for c in ex.claims if act(ex, c) == "deny"):
        assert "United Nations" not in d.actors, d.actors
