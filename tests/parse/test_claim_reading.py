"""Claim texts a reader understands without the article, round 2 (issue 9, a second new-user
test): each class with the example found and at least five neighbours of our own (invented text).

Classes: a wire dateline or credit kept at the start of a claim ("VELMORA (AP) — …"); "X cited Y
as saying that C" keeping "Y as saying" (C is the content, Y the source, X a via); credit and
copyright lines mined as claims; a prepositional phrase before the complementiser ("It is widely
believed in the capital that C")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.model import Extraction

LEX = load_lexicons([])


def texts(ex: Extraction) -> list[str]:
    return [c.text for c in ex.claims]


# --------------------------------------------------------------------------- datelines

DATELINES = [
    # (body, the claim text expected)
    ("VELMORA (AP) — The ministry said the bridge over the river would reopen after the repairs to its span.",
     "The bridge over the river would reopen after the repairs to its span"),
    ("VELMORA (AP) — The bridge over the Sarn river will reopen next week after repairs, the ministry said.",
     "The bridge over the Sarn river will reopen next week after repairs"),
    ("KAVAR, March 3 (Reuters) - The central bank raised its main interest rate by half a point on Tuesday, "
     "officials said.", "The central bank raised its main interest rate by half a point on Tuesday"),
    ("VELMORA, Ruritania (Reuters) - Government troops captured the northern town of Dovra on Sunday after "
     "heavy fighting.", "Government troops captured the northern town of Dovra on Sunday after heavy fighting."),
    ("LONDON — Shares in the carmaker fell sharply on Monday after it cut its profit forecast for the year.",
     "Shares in the carmaker fell sharply on Monday after it cut its profit forecast for the year."),
    ("SANTA MARTA, Colombia — Rescue teams reached the flooded village of Aracal on Sunday after two days.",
     "Rescue teams reached the flooded village of Aracal on Sunday after two days."),
    ("(AFP) - Strikes closed the metro and the main railway stations of Kolno on Monday, the union said.",
     "Strikes closed the metro and the main railway stations of Kolno on Monday"),
]


@pytest.mark.parametrize(("body", "expected"), DATELINES)
def test_a_dateline_is_cut_from_the_claim_text(body: str, expected: str, extract: Callable[..., Extraction], check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    assert expected in texts(ex), texts(ex)
    assert not any(t.startswith(("VELMORA", "KAVAR", "LONDON", "SANTA", "(AFP")) for t in texts(ex))
    check_parts(ex)


def test_a_dateline_after_a_headline_on_the_same_line_is_cut(extract: Callable[..., Extraction]) -> None:
    ex = extract("Troops retake Dovra VELMORA (AP) — Government troops captured the northern town of Dovra "
                 "on Sunday after heavy fighting.", title="Troops retake Dovra")
    assert "Government troops captured the northern town of Dovra on Sunday after heavy fighting." in texts(ex)


@pytest.mark.parametrize("body", [
    "NATO — the alliance of thirty states — agreed on Monday to send more troops to the eastern border.",
    "Kavar sent troops to Kolno (Ruritania) - the largest town of the north - on Monday after the talks failed.",
])
def test_no_dateline_no_cut(body: str, extract: Callable[..., Extraction]) -> None:
    ex = extract(body)
    assert texts(ex) and all(not t.lower().startswith(("the alliance", "the largest")) for t in texts(ex)), texts(ex)


# --------------------------------------------------------------------------- cited as saying

CITED = [
    # (body, source, via, the claim text)
    ("The newspaper cited a senior diplomat as saying that the embassy in Kolno would close within a week.",
     "a senior diplomat", "The newspaper", "The embassy in Kolno would close within a week"),
    ("The agency quoted the minister as saying the pipeline to the coast would be finished by the end of May.",
     "the minister", "The agency", "The pipeline to the coast would be finished by the end of May"),
    ("The Kolno Herald cited two witnesses as saying that the convoy had turned back at the border crossing.",
     "two witnesses", "The Kolno Herald", "The convoy had turned back at the border crossing"),
    ("Radio Velmora quoted an unnamed official as telling reporters that the talks in Geneva had failed again.",
     "an unnamed official", "Radio Velmora", "The talks in Geneva had failed again"),
    ("State television cited the governor as warning that the dam on the Sarn river could burst overnight.",
     "the governor", "State television", "The dam on the Sarn river could burst overnight"),
    ("Local media quoted a police officer as saying that the road to the border was closed to all traffic.",
     "a police officer", "Local media", "The road to the border was closed to all traffic"),
]


@pytest.mark.parametrize(("body", "source", "via", "expected"), CITED)
def test_cited_as_saying(body: str, source: str, via: str, expected: str, extract: Callable[..., Extraction], check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    assert expected in texts(ex), texts(ex)
    c = next(c for c in ex.claims if c.text == expected)
    a = ex.attributions[c.attribution]
    assert a.source is not None and a.source.span is not None and a.source.span.text == source
    assert [v.text for v in a.via] == [via]
    assert "as saying" not in c.text and "as telling" not in c.text and "as warning" not in c.text
    check_parts(ex)


def test_cited_without_as_saying_keeps_its_source(extract: Callable[..., Extraction]) -> None:
    ex = extract("The newspaper cited a report by the central bank that inflation had risen to nine percent.")
    assert all(a.source is None or a.source.span is None or a.source.span.text == "The newspaper"
               for a in ex.attributions)


# --------------------------------------------------------------------------- credits

@pytest.mark.parametrize("line", [
    "— Karl Adler and Marta Lind contributed to this report from the capital of Ruritania.",
    "Jan Novak in Kolno and Ivan Petrov in Velmora contributed reporting to this story.",
    "Copyright 2014 The Kolno Daily and the Velmora Press Agency. All rights reserved.",
    "© 2015 Kolno Herald Media Group. This material may not be published or broadcast.",
    "All rights reserved. This material may not be published, broadcast or redistributed by Kolno Media.",
    "Associated reporters Karl Adler and Marta Lind of the Velmora bureau contributed to this article.",
])
def test_a_credit_line_is_no_claim(line: str, extract: Callable[..., Extraction]) -> None:
    ex = extract("Ruritania sent troops to Kolno on Monday after a fire destroyed two warehouses.\n\n" + line)
    assert texts(ex) and all("contributed" not in t and "rights reserved" not in t.lower() and "©" not in t
                             and not t.startswith("Copyright") for t in texts(ex)), texts(ex)


def test_contributing_to_a_fund_is_a_claim(extract: Callable[..., Extraction]) -> None:
    ex = extract("The two largest banks of Ruritania contributed to the fund for the victims of the flood.")
    assert any("contributed to the fund" in t for t in texts(ex))


# --------------------------------------------------------------------------- place before "that"

@pytest.mark.parametrize(("body", "expected"), [
    ("It is widely believed in the capital that the fire at the depot was started deliberately.",
     "The fire at the depot was started deliberately"),
    ("It is widely believed in Velmora that the mayor knew about the contracts for the new bridge.",
     "The mayor knew about the contracts for the new bridge"),
    ("It is believed among diplomats that the talks on the border will fail before the winter.",
     "The talks on the border will fail before the winter"),
    ("It is feared across the region that the drought will destroy most of the wheat harvest.",
     "The drought will destroy most of the wheat harvest"),
    ("It is widely expected in Kolno that the port will stay closed until the end of the year.",
     "The port will stay closed until the end of the year"),
    ("It is widely believed that the governor personally ordered the arrests of the protest leaders.",
     "The governor personally ordered the arrests of the protest leaders"),
])
def test_a_place_before_the_complementiser_is_cut(body: str, expected: str, extract: Callable[..., Extraction], check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    assert expected in texts(ex), texts(ex)
    check_parts(ex)


# --------------------------------------------------------------------------- a subject the reader does not have

@pytest.mark.parametrize("body", [
    "That number could grow to 4,000 by the end of the year, officials in Kolno said.",
    "This story seems to be false and was removed from the site of the Kolno Herald.",
    "“It’s a premium product and it will be priced accordingly,” the chief executive of Kolno Motors said.",
    "These claims were repeated by the minister of Ruritania on Monday in the capital.",
    "Such a move would anger the farmers of northern Ruritania, the union leader Karl Adler said.",
    "This is a clear breach of the agreement signed in Kolno in May, Marta Lind said.",
    "Those figures were revised by the statistics office of Ruritania on Monday.",
])
def test_a_subject_that_refers_back_is_no_claim(body: str, extract: Callable[..., Extraction]) -> None:
    ex = extract(body)
    assert not any(t.lower().startswith(("number could", "that number", "this story", "it’s a premium", "“it’s",
                                         "these claims", "such a move", "this is a clear", "those figures"))
                   for t in texts(ex)), texts(ex)


@pytest.mark.parametrize(("body", "expected"), [
    ("This was not the first time that Kavar had sent military aid to the rebels in the north.",
     "This was not the first time that Kavar had sent military aid to the rebels in the north."),
    ("It is unclear who ordered the strike on the fuel depot near Kolno.",
     "It is unclear who ordered the strike on the fuel depot near Kolno."),
    ("It will take years to rebuild the bridge over the Sarn river, engineers said.",
     "It will take years to rebuild the bridge over the Sarn river"),
    ("This week the army of Ruritania crossed the river near Kolno and shelled the depot.",
     "This week the army of Ruritania crossed the river near Kolno and shelled the depot."),
])
def test_a_dummy_it_or_a_time_is_kept(body: str, expected: str, extract: Callable[..., Extraction]) -> None:
    assert expected in texts(extract(body)), texts(extract(body))


@pytest.mark.parametrize(("body", "expected"), [
    ("The company said it had not received any complaints about the heaters.",
     "The company had not received any complaints about the heaters"),
    ("The regulator said it had not ruled out a recall of the cars.", "The regulator had not ruled out a recall of the cars"),
    ("Sylvania rejected allegations that it had supplied drones to the Marsh Front.",
     "Sylvania had supplied drones to the Marsh Front"),
    ("The port authority of Kolno said it would close the harbour to oil tankers next week.",
     "The port authority of Kolno would close the harbour to oil tankers next week"),
    ("The airline said it would cancel all flights to Kolno until Friday.",
     "The airline would cancel all flights to Kolno until Friday"),
    ("The central bank dismissed speculation that it would devalue the currency next month.",
     "The central bank would devalue the currency next month"),
])
def test_it_standing_for_its_body_source_is_resolved(body: str, expected: str, extract: Callable[..., Extraction], check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    assert expected in texts(ex), texts(ex)
    check_parts(ex)


def test_it_after_a_plural_or_person_source_is_no_claim(extract: Callable[..., Extraction]) -> None:
    ex = extract("Engineers said it had collapsed under the weight of the trucks on Monday.")
    assert not any(t.startswith(("Engineers had", "It had")) for t in texts(ex)), texts(ex)


# --------------------------------------------------------------------------- a noun phrase after the cue

@pytest.mark.parametrize(("body", "expected"), [
    ("Rescuers found two life rafts on Sunday near the northern coast.",
     "Rescuers found two life rafts on Sunday near the northern coast"),
    ("The opposition has demanded an independent inquiry into the detentions.",
     "The opposition has demanded an independent inquiry into the detentions"),
    ("Munster expects an average selling price of $450 including the case and strap.",
     "Munster expects an average selling price of $450 including the case and strap"),
    ("The union announced a general strike across the railways of Ruritania for Monday.",
     "The union announced a general strike across the railways of Ruritania for Monday"),
    ("Investigators found traces of explosives in the wreckage of the plane near Kolno.",
     "Investigators found traces of explosives in the wreckage of the plane near Kolno"),
    ("The ministry reported a sharp rise in cases of cholera in the southern provinces.",
     "The ministry reported a sharp rise in cases of cholera in the southern provinces"),
])
def test_a_noun_phrase_content_gives_the_whole_clause(body: str, expected: str, extract: Callable[..., Extraction], check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    assert expected in texts(ex), texts(ex)
    assert not any(t.startswith(("Two life", "An independent", "An average", "A general", "Traces", "A sharp"))
                   for t in texts(ex))
    check_parts(ex)


@pytest.mark.parametrize(("body", "shown"), [
    ("Officials said fares would rise by ten percent next year.", "Fares would rise by ten percent next year"),
    ("The mediator said the talks between the two unions have collapsed after three weeks.",
     "The talks between the two unions have collapsed after three weeks"),
])
def test_a_clause_content_stays_the_content(body: str, shown: str, extract: Callable[..., Extraction]) -> None:
    assert shown in texts(extract(body))


@pytest.mark.parametrize("body", [
    "CNN's reporter Karl Adler wrote in Atlanta.",
    "His friend Max Adler described the surreal scene at the station in Kolno.",
])
def test_no_whole_clause_for_a_place_or_a_possessive_source(body: str, extract: Callable[..., Extraction]) -> None:
    assert not any(t.startswith(("CNN's reporter Karl Adler wrote", "His friend")) for t in texts(extract(body)))
