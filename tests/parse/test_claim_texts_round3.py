"""Claim texts a reader understands without the article, round 3 (issue 9, stop 20; the new
user's classes): each class with the example found and at least five neighbours of our own
(invented text).

Classes: an accusation reduced to its proposition ("X accused Y of ordering the arrests" → "Y
ordered the arrests", Y the agent); a wire credit glued into a span ("(Meridian Press) - Caldoran
opposition leader …"); quote marks and trailing commas kept in texts; a quotation of two
sentences read as one claim; a leading discourse connective ("Separately,"); and a quotation
whose subject is the speaker ("We will …") shown with its speaker."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from claimcheck.lexicons import Lexicons
from claimcheck.model import Extraction
from claimcheck.parse.claims.accusation import past_form, past_forms
from claimcheck.parse.claims.surface import close_quote_after


def texts(ex: Extraction) -> list[str]:
    return [c.text for c in ex.claims]


# --------------------------------------------------------------------------- accusations

ACCUSATIONS = [
    # (body, the claim text expected, its first actor or None)
    ("Opposition leader Karl Adler accused the interior minister of ordering the arrests of twelve students.",
     "The interior minister ordered the arrests of twelve students", None),  # the new user's class
    ("Residents of Kolno blamed Ruritanian gunners for shelling the market on Sunday morning.",
     "Ruritanian gunners shelled the market on Sunday morning", "Ruritanian"),
    ("The senator credited the guard Jan Novak with stopping the attacker at the door of the chamber.",
     "The guard Jan Novak stopped the attacker at the door of the chamber", "Jan Novak"),
    ("Kavar has accused Ruritania of being behind the attack on the pipeline near Dovra.",
     "Ruritania was behind the attack on the pipeline near Dovra", "Ruritania"),
    ("The rebels accused the border guards of being paid by smugglers from Marn.",
     "The border guards were paid by smugglers from Marn", "Marn"),
    ("The auditors accused the mayor of hiding the losses of the port authority from the council.",
     "The mayor hid the losses of the port authority from the council", None),
    ("Syldavia accused Borduria of supplying drones to the militia and of planning a raid on the dam.",
     "Borduria supplied drones to the militia and planned a raid on the dam", "Borduria"),
    ("The union accused the company of having sent its drivers into the flooded valley.",
     "The company had sent its drivers into the flooded valley", None),
]


@pytest.mark.parametrize(("body", "expected", "agent"), ACCUSATIONS)
def test_an_accusation_is_reduced_to_its_proposition(body: str, expected: str, agent: str | None,
                                                     extract: Callable[..., Extraction],
                                                     check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    got = [c for c in ex.claims if c.text == expected]
    assert got, texts(ex)
    c = got[0]
    assert c.attribution is not None and ex.attributions[c.attribution].cue.text.split()[-1].startswith(
        ("accus", "blam", "credit"))
    if agent is not None:
        assert c.actors[0] == agent, c.actors
    # the accuser is no part of the proposition
    src = ex.attributions[c.attribution].source
    assert src is not None and src.span is not None and src.span.text not in c.text


@pytest.mark.parametrize("body", [
    "Karl Adler accused the interior minister of corruption in the award of the port contracts.",
    "Residents of Kolno blamed the shelling of the market on Ruritanian gunners.",
    "The auditors accused the mayor of gross negligence in the management of the port.",
    "The rebels accused them of ordering the arrests of twelve students in Kolno.",
    "The opposition blamed its own leaders for nothing that happened during the campaign.",
])
def test_an_accusation_without_a_deed_keeps_the_whole_clause(body: str, extract: Callable[..., Extraction]) -> None:
    """A noun after of/for ("of corruption"), an object pronoun with nobody it stands for: no
    reduction (the claim, if any, is the whole clause)."""
    ex = extract(body)
    for t in texts(ex):
        assert not re.match(r"(?:The interior minister|Ruritanian gunners|The mayor|They|Its own leaders) \w+ed\b", t), t


def test_alleged_that_gives_the_proposition(extract: Callable[..., Extraction]) -> None:
    ex = extract("The opposition alleged that the interior minister had ordered the arrests of the students.")
    assert "The interior minister had ordered the arrests of the students" in texts(ex)


@pytest.mark.parametrize(("gerund", "past"), [
    ("ordering", "ordered"), ("planning", "planned"), ("staging", "staged"), ("supplying", "supplied"),
    ("playing", "played"), ("agreeing", "agreed"), ("hiding", "hid"), ("having", "had"), ("Selling", "Sold"),
    ("shelling", "shelled"), ("using", "used"), ("fleeing", "fled"),
])
def test_past_form(gerund: str, past: str, lex: Lexicons) -> None:
    assert past_form(gerund, lex) == past


def test_being_agrees_with_its_agent(lex: Lexicons) -> None:
    assert (past_form("being", lex), past_form("being", lex, plural=True)) == ("was", "were")


def test_the_irregular_table_and_its_pattern_list_the_same_gerunds(lex: Lexicons) -> None:
    entry = next(e for e in lex["claims"] if e["sets"] == "inflection:past")
    listed = set(re.findall(r"[a-z]+", entry["pattern"].replace("\\b", " ")))
    assert listed == set(past_forms(lex)), listed ^ set(past_forms(lex))


# --------------------------------------------------------------------------- wire credits

CREDITS = [
    # (body, a claim text expected)
    ("(Meridian Press) - Caldoran opposition leader Vera Lind said she would challenge the result of the vote.",
     "Caldoran opposition leader Vera Lind would challenge the result of the vote"),  # the new user's class
    ("(Meridian Press) - Caldoran opposition leader Vera Lind demanded an independent inquiry into the killings.",
     "Caldoran opposition leader Vera Lind demanded an independent inquiry into the killings"),
    ("KAVAR (Kolno Wire) - Ruritanian opposition leader Jan Novak said he had been told the vote was rigged.",
     "Ruritanian opposition leader Jan Novak had been told the vote was rigged"),
    ("Dovra shelled overnight (Meridian Press) — Caldoran troops shelled the northern town of Dovra on Sunday.",
     "Caldoran troops shelled the northern town of Dovra on Sunday."),
    ("(Kolno Wire) -- Syldavian opposition leader Marta Lind accused the army of shelling the market in Dovra.",
     "The army shelled the market in Dovra"),
    ("(Meridian Press) - Caldoran police arrested twelve students in Dovra after the protest on Sunday, officials said.",
     "Caldoran police arrested twelve students in Dovra after the protest on Sunday"),
]


@pytest.mark.parametrize(("body", "expected"), CREDITS)
def test_a_wire_credit_is_cut_wherever_it_sits(body: str, expected: str, extract: Callable[..., Extraction],
                                               check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    assert expected in texts(ex), texts(ex)
    for t in texts(ex):
        assert "Press)" not in t and "Wire)" not in t and not t.startswith(("KAVAR", "Dovra shelled")), t
    for c in ex.claims:
        assert all(n not in ("Meridian Press", "Kolno Wire", "KAVAR") for n in c.actors), c.actors


# --------------------------------------------------------------------------- quote marks, trailing commas

MARKS = [
    # (body, the claim text expected)
    ("“The bridge over the Sarn will reopen next week after the repairs,” the minister said.",
     "The bridge over the Sarn will reopen next week after the repairs"),
    ("\"The bridge over the Sarn will reopen next week after the repairs,\" the minister said.",
     "The bridge over the Sarn will reopen next week after the repairs"),
    ("‘The bridge over the Sarn will reopen next week after the repairs,’ the minister said.",
     "The bridge over the Sarn will reopen next week after the repairs"),
    ("The minister said: “The bridge over the Sarn will reopen next week after the repairs.”",
     "The bridge over the Sarn will reopen next week after the repairs."),
    ("“The ferry to Marn will run twice a day until the bridge reopens,” the harbour master said, adding that "
     "the fares would not change.", "The ferry to Marn will run twice a day until the bridge reopens"),
    ("The council said the plan for the new harbour was “a betrayal of the fishermen of Kolno”.",
     "The plan for the new harbour was “a betrayal of the fishermen of Kolno”"),
]


@pytest.mark.parametrize(("body", "expected"), MARKS)
def test_quote_marks_and_trailing_commas_are_cut(body: str, expected: str, extract: Callable[..., Extraction],
                                                 check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    assert expected in texts(ex), texts(ex)
    for t in texts(ex):
        assert not t.endswith((",", ";", ", he", ",”", ",\"")), t
        assert t.count("“") == t.count("”") and t.count('"') % 2 == 0, t


# --------------------------------------------------------------------------- a quotation of several sentences

QUOTATIONS = [
    # (body, the claim texts expected, in order)
    ("“Ruritanian troops will not withdraw from Dovra. The garrison will stay in the town until the spring,” "
     "the general said.", ["Ruritanian troops will not withdraw from Dovra.",
                           "The garrison will stay in the town until the spring"]),
    ("The minister said: “The bridge over the Sarn will reopen on Monday. The ferry to Marn will stop running "
     "the same day.”", ["The bridge over the Sarn will reopen on Monday.",
                        "The ferry to Marn will stop running the same day."]),
    ("“Kavar has moved three brigades to the border. Syldavian patrols saw the tanks near Rask,” an official "
     "told the Kolno Herald.", ["Kavar has moved three brigades to the border.",
                                "Syldavian patrols saw the tanks near Rask"]),
    ("\"The central bank will raise its main rate in March. Inflation reached nine percent in January,\" a "
     "senior economist said.", ["The central bank will raise its main rate in March.",
                                "Inflation reached nine percent in January"]),
    ("“The dam above Dovra is cracked. Engineers from Marn inspected the wall on Friday. The whole valley "
     "below the dam must be evacuated,” the governor said.", ["The dam above Dovra is cracked.",
                                        "Engineers from Marn inspected the wall on Friday.",
                                        "The whole valley below the dam must be evacuated"]),
]


def test_a_sentence_too_short_to_stand_alone_stays_with_its_neighbour(extract: Callable[..., Extraction]) -> None:
    """A sentence of a quotation that is no claim by itself ("The same is true.": an anaphor) is
    read with the next sentence of the quotation (the last one with the one before).  (Until stop
    21 the example was "The dam is safe for now.", three content words; a short complete clause
    is a claim of its own since, tests/parse/test_claims_stop21_short.py.)"""
    for body in ("“The same is true. The cracks in the wall of the dam are ten years old,” the engineer said.",
                 "“The cracks in the wall of the dam are ten years old. The same is true,” the engineer said."):
        got = [c.text for c in extract(body).claims]
        assert len(got) == 1 and "same is true" in got[0] and "cracks in the wall" in got[0], got


@pytest.mark.parametrize(("body", "expected"), QUOTATIONS)
def test_each_sentence_of_a_quotation_is_a_claim(body: str, expected: list[str], extract: Callable[..., Extraction],
                                                  check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    got = [c for c in ex.claims if c.attribution is not None]
    assert [c.text for c in got] == expected
    assert len({c.attribution for c in got}) == 1  # one source, one attribution
    for c in got:
        s = ex.sentences[c.sentence]
        assert s.start <= c.span.start < s.end  # each claim lies in its own sentence


# --------------------------------------------------------------------------- discourse connectives

CONNECTIVES = [
    # (body, the claim text expected)
    ("Separately, Ruritanian troops shelled the outskirts of Kolno on Monday night.",
     "Ruritanian troops shelled the outskirts of Kolno on Monday night."),
    ("Meanwhile, Syldavian rebels seized the airport of Dovra after two days of fighting.",
     "Syldavian rebels seized the airport of Dovra after two days of fighting."),
    ("However, the ministry said the bridge over the Sarn would reopen after the repairs.",
     "The bridge over the Sarn would reopen after the repairs"),
    ("In addition, Kavar sent two frigates and a supply ship to the port of Marn.",
     "Kavar sent two frigates and a supply ship to the port of Marn."),
    ("“Therefore, the central bank of Ruritania will raise its main rate in March,” an economist said.",
     "The central bank of Ruritania will raise its main rate in March"),
    ("But Bordurian border guards arrested twelve smugglers near Rask on Sunday.",
     "Bordurian border guards arrested twelve smugglers near Rask on Sunday."),
]


@pytest.mark.parametrize(("body", "expected"), CONNECTIVES)
def test_a_leading_connective_is_cut(body: str, expected: str, extract: Callable[..., Extraction],
                                     check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    assert expected in texts(ex), texts(ex)
    for c in ex.claims:
        assert not {"Separately", "Meanwhile", "However", "Therefore"} & set(c.actors), c.actors


def test_however_many_is_no_connective(extract: Callable[..., Extraction]) -> None:
    ex = extract("However many troops Kavar sends to Dovra, the town will not fall to the rebels, the mayor said.")
    assert all(t.startswith("However many") for t in texts(ex) if "troops" in t), texts(ex)


# --------------------------------------------------------------------------- the speaker of a quotation

SPEAKERS = [
    # (body, the claim text expected; None: no claim).  text27: the speaker stands in the pronoun's
    # place where it agrees and the verb's form allows it; else the quotation is shown in its marks,
    # its speaker beside it, never 'X said “We …”' (FINDINGS26 5, the attribution inside the claim's
    # text); a quotation too short to read alone is no claim
    ("“We will not withdraw from Dovra before the spring,” the Freedonian army said.",
     "The Freedonian army will not withdraw from Dovra before the spring"),
    ("“We will not withdraw from Dovra before the spring,” the general said.", None),  # we: not one person
    ("“I’m just happy to be a part of this team again,” Karl Adler told the Kolno Herald.", None),  # am: I only
    ("Marta Lind said: “Our troops will stay in Dovra until the spring.”",  # our: not one person
     "“Our troops will stay in Dovra until the spring.”"),
    ("The Ruritanian government said: “Our troops will stay in Dovra until the spring.”",
     "The Ruritanian government’s troops will stay in Dovra until the spring"),
    ("“You cannot trust the figures of the ministry of finance,” the auditor Jan Novak said.", None),
    ("\"We have never been prouder of our team in Kolno,\" the coach Ivan Petrov said.", None),
    ("“I inspected the wall of the dam above Dovra on Friday,” the governor of Dovra said.",
     "The governor of Dovra inspected the wall of the dam above Dovra on Friday"),
]


@pytest.mark.parametrize(("body", "expected"), SPEAKERS)
def test_a_quotation_in_the_first_person_reads_as_its_speakers_statement(body: str, expected: str | None,
                                                                        extract: Callable[..., Extraction],
                                                                        check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    if expected is None:
        # too short to read alone: shown with its speaker, the pronoun kept (stop 27 review)
        held = [t for t in texts(ex) if "Dovra" in t or "team" in t or "ministry" in t]
        assert held and all(" said" in t or " told" in t for t in held), texts(ex)
    else:
        assert not [t for t in texts(ex) if " said “" in t or " said \"" in t or " told the " in t], texts(ex)
        assert expected in texts(ex), texts(ex)


@pytest.mark.parametrize("body", [
    "“They ask for a million and they will send the papers to Kolno,” the lawyer said.",
    "“He was never in Dovra during the war,” Karl Adler said.",
    "“She told the court everything she knew about the contracts,” the prosecutor said.",
    "“We will not withdraw from Dovra before the spring,” he said.",
    "“We will not withdraw from Dovra before the spring,” according to Kavar's defence ministry.",
])
def test_a_quotation_whose_subject_is_unknown_is_no_claim(body: str, extract: Callable[..., Extraction]) -> None:
    """He/she/they inside a quotation stand for someone only the speaker knows; "we" of a speaker
    who is a pronoun, or of a source that is no verb's subject ("according to"), is not known."""
    ex = extract(body)
    assert not [t for t in texts(ex) if re.match(r"[“\"]?(?:They|He|She|We)\b", t)], texts(ex)


def test_a_closing_mark_is_looked_for_inside_the_text_only() -> None:
    text = "“We will stay in Dovra until the spring"
    assert close_quote_after(text, 10, len(text) + 2, "“") is None
    assert close_quote_after(text + "”", 10, len(text) + 3, "“") == len(text)


def test_a_quotation_at_the_very_end_of_the_text_is_read(lex: Lexicons) -> None:
    from claimcheck.ingest.pipeline import build
    from claimcheck.ingest.readers import RawDocument

    text = "A report\n\nThe general said: “We will not withdraw from Dovra before the spring"
    ex = build(RawDocument("t.txt", text, "file"), lexicons=lex)  # no closing mark, no final newline
    assert all(ex.text[c.span.start:c.span.end] == c.span.text for c in ex.claims)
