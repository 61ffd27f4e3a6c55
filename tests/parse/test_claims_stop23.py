"""Claim texts, stop 23 (issue 9 item 1): the new user's four classes, each with the form found
rewritten in invented names and five neighbours or more; every claim's parts slice to its text
(``check_parts``):

- a quotation's content that swallows the speech tag after it ("… Brandt told reporters." inside
  the claim text), and an inverted tag's place or participle read as content;
- the speaker inside the claim text ("Minister Holm said the talks broke down" for "The talks
  broke down": a content verb the strict finite-verb test missed);
- a possessive pronoun replaced by a possessor with its post-modifier ("President X of
  Freedonia’s troops"): a short form of the name, or the pronoun left;
- the anonymity phrase read as the content ("…, an official said | on condition of anonymity").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.model import Extraction


def texts(ex: Extraction) -> list[str]:
    return [c.text for c in ex.claims]


# --- (a) a quotation's content that swallows the speech tag -------------------------------------

TAG_SWALLOWED = [
    # (body, the claim text expected, words that must be in no claim text)
    # found: the closing mark after the tag sentence, "“… . Brandt told reporters.”"
    ("Karl Brandt said the border would stay closed. “We will not reopen it before the elections. Brandt told "
     "reporters.”", None, "told reporters"),  # text27: a short first-person quotation is no claim without its speaker
    ("Marta Lind said the trucks were loaded. “The convoy will leave at dawn for Kolno. Lind told the Kolno Herald "
     "on Monday.”", "The convoy will leave at dawn for Kolno.", "Kolno Herald"),
    ("Jan Novak said the dam was safe. “I checked every wall of it twice. He added.”",
     None, "He added"),  # text27: no speaker for the quotation's "I" (its tag is inside it)
    # an inverted tag's place or time phrase, and a participle clause after it, are no content
    ("The border will stay closed until the elections, Interior Minister Karl Brandt told reporters in Kolno "
     "on Monday, adding that the army was ready.", "The border will stay closed until the elections",
     "told reporters"),
    ("The border will stay closed until the elections, Interior Minister Karl Brandt told reporters, adding "
     "that the army was ready.", "The border will stay closed until the elections", "told reporters"),
    ("The bridge at Dovra will reopen in May, Mayor Ana Ruiz said at a rally in Kolno on Sunday.",
     "The bridge at Dovra will reopen in May", "Ana Ruiz said"),
    ("The ferry to Kolno will run again next week, Karl Adler told reporters during a visit to the harbour.",
     "The ferry to Kolno will run again next week", "told reporters"),
    ("The border will stay closed, Karl Brandt said, where the army is ready to defend it.",
     None, "Brandt said"),
]


@pytest.mark.parametrize(("body", "expected", "absent"), TAG_SWALLOWED)
def test_a_speech_tag_is_never_inside_the_claim_text(body: str, expected: str | None, absent: str,
                                                     extract: Callable[..., Extraction],
                                                     check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    assert not [t for t in texts(ex) if absent in t], texts(ex)
    if expected is not None:
        assert [t for t in texts(ex) if expected in t], texts(ex)


# --- (b) the speaker inside the claim text -------------------------------------------------------

SPEAKER_INSIDE = [
    # found: "Minister Holm said the troops left" as the claim text (a verb the strict test lacks)
    ("Minister Holm said the talks broke down after two days.", "The talks broke down after two days"),
    ("Minister Holm said the troops sank two boats near Dovra.", "The troops sank two boats near Dovra"),
    ("Minister Holm said the army's convoy drove back to Dovra.", "The army's convoy drove back to Dovra"),
    ("Minister Holm told parliament the rebels shot down a helicopter.", "The rebels shot down a helicopter"),
    ("Minister Holm said Freedonia supplies the rebels with rifles.", "Freedonia supplies the rebels with rifles"),
    ("Minister Holm said late on Sunday that the troops left Dovra.", "The troops left Dovra"),
    ("Minister Holm told reporters early on Monday that the talks broke down.", "The talks broke down"),
    ("The Kolno Herald confirmed the ferry sank off the coast of Dovra.", "The ferry sank off the coast of Dovra"),
]


SPEAKER_INSIDE += [
    # found in the tune half: the attribution's own frame between commas inside the content
    ("Acts of protest, Minister Holm said, are acts of patriotism in Ruritania.",
     "Acts of protest are acts of patriotism in Ruritania"),
    ("Now, according to the Kolno Herald, the steel version of the new rifle will cost $500.",
     "The steel version of the new rifle will cost $500"),
    ("The soldiers, who are in Ruritania on visas, were at the market in Kolno, according to a Freedonian official, "
     "when they disappeared.", "The soldiers, who are in Ruritania on visas, were at the market in Kolno when they "
     "disappeared"),
    ("The convoy, the Kolno Herald reported on Monday, left Dovra at dawn with 300 troops.",
     "The convoy left Dovra at dawn with 300 troops"),
    ("Soon afterward, the friend said, the convoy was gone from the harbour of Kolno.",
     "The convoy was gone from the harbour of Kolno"),
    ("The vet had examined the sick dog at the Kolno clinic, according to Ana Ruiz, 29.",
     "The vet had examined the sick dog at the Kolno clinic"),
]


@pytest.mark.parametrize(("body", "expected"), SPEAKER_INSIDE)
def test_a_said_content_is_shown_without_its_speaker(body: str, expected: str,
                                                     extract: Callable[..., Extraction],
                                                     check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    assert expected in texts(ex)
    assert not [t for t in texts(ex) if any(w in t for w in (" said", " told ", " confirmed ", "according to",
                                                                 " reported "))], texts(ex)


OBJECTS_STAY_WHOLE = [
    # a cue with an object (no clause after it) is still shown as the whole clause
    ("Rescuers found two life rafts on the coast of Dovra on Sunday.",
     "Rescuers found two life rafts on the coast of Dovra on Sunday"),
    ("The Kolno council demanded an independent inquiry into the detentions.",
     "The Kolno council demanded an independent inquiry into the detentions"),
]


@pytest.mark.parametrize(("body", "expected"), OBJECTS_STAY_WHOLE)
def test_a_cue_with_an_object_keeps_the_whole_clause(body: str, expected: str,
                                                     extract: Callable[..., Extraction]) -> None:
    assert expected in texts(extract(body))


# --- (c) a possessive pronoun replaced by a garbled possessor ----------------------------------

POSSESSIVES = [
    # found: "his troops" → "President F of Freedonia’s troops"
    ("President Fredo Ruiz of Freedonia said his troops would leave Dovra by the end of the month.",
     "President Fredo Ruiz’s troops would leave Dovra by the end of the month"),
    ("Defence Minister Jan Holm of Freedonia said his troops had left the border area on Sunday.",
     "Defence Minister Jan Holm’s troops had left the border area on Sunday"),
    ("The President of Freedonia said his troops would leave Dovra by the end of the month.",
     "Freedonia’s troops would leave Dovra by the end of the month"),
    ("Ana Ruiz, who leads the Marsh Front, said her fighters had left Dovra on Sunday.",
     "Ana Ruiz’s fighters had left Dovra on Sunday"),
    ("General Karl Adler of the Kolno garrison said his tanks had crossed the river at dawn.",
     "General Karl Adler’s tanks had crossed the river at dawn"),
    ("Colonel Ana Ruiz, commander of the Kolno garrison, said her tanks had crossed the river at dawn.",
     "Colonel Ana Ruiz’s tanks had crossed the river at dawn"),
    ("The Freedonian defence minister said his troops had left the border area on Sunday.",
     "The Freedonian defence minister’s troops had left the border area on Sunday"),
]


@pytest.mark.parametrize(("body", "expected"), POSSESSIVES)
def test_a_possessive_pronoun_takes_a_short_form_of_the_name(body: str, expected: str,
                                                             extract: Callable[..., Extraction],
                                                             check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    assert expected in texts(ex)
    assert not [t for t in texts(ex) if " of Freedonia’s" in t or "Front’s" in t or "garrison’s" in t], texts(ex)


NO_SHORT_FORM = [
    # no clean short form: never "the head of the Kolno port authority’s …"
    "The head of the Kolno port authority said his staff would strike at the docks on Monday.",
    "The Marsh Front and the Dovra Union said their fighters had left the town of Marn on Sunday.",
    "A spokesman for the Kolno port authority said his office would reopen the docks on Monday.",
    # "his" in a content before a described speaker is not the speaker's
    "Ana Ruiz arrived in Kolno on Monday. His troops left Dovra on Sunday night, said an aide.",
    "Jan Holm met Marta Lind in Kolno. His convoy left the capital at dawn, a spokesman said.",
]


def test_without_a_short_form_the_whole_clause_is_shown(extract: Callable[..., Extraction],
                                                        check_parts: Callable[[Extraction], None]) -> None:
    ex = extract("The head of the Kolno port authority said his staff would strike at the docks on Monday.")
    check_parts(ex)
    assert texts(ex) == ["The head of the Kolno port authority said his staff would strike at the docks on Monday"]


@pytest.mark.parametrize("body", NO_SHORT_FORM)
def test_no_possessor_with_a_post_modifier_or_of_the_wrong_person(body: str, extract: Callable[..., Extraction],
                                                                  check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    bad = [t for t in texts(ex) if any(x in t for x in ("authority’s", "Union’s", "aide’s", "spokesman’s",
                                                         "Dovra Union’s", "Front’s"))]
    assert not bad, texts(ex)


# --- (d) the anonymity phrase read as the content --------------------------------------------------

ANONYMITY = [
    # found: a lede whose content became "on condition of anonymity"
    "The troops had left Dovra on Sunday night, an official said on condition of anonymity.",
    "An official said on condition of anonymity that the troops had left Dovra on Sunday night.",
    "The troops had left Dovra on Sunday night, an official told the Kolno Herald on condition of anonymity.",
    "An official told the Kolno Herald on condition of anonymity that the troops had left Dovra on Sunday night.",
    "The troops had left Dovra on Sunday night, a diplomat said on the condition of anonymity.",
    "Two officials said on condition that they not be named that the troops had left Dovra on Sunday night.",
    "An official, speaking on condition of anonymity, said the troops had left Dovra on Sunday night.",
    "The troops had left Dovra on Sunday night, said an official who spoke on condition of anonymity.",
]


@pytest.mark.parametrize("body", ANONYMITY)
def test_the_anonymity_phrase_is_never_the_content(body: str, extract: Callable[..., Extraction],
                                                   check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    assert not [a for a in ex.attributions if "anonymity" in a.content.text or "named" in a.content.text]
    assert [t for t in texts(ex) if t.startswith("The troops had left Dovra on Sunday")], texts(ex)
    assert not [t for t in texts(ex) if "anonymity" in t], texts(ex)


GARBLED_POSSESSORS = [
    # found in the tune half: a possessor with a relative clause, a coordination, a plural, a genitive
    ("The doctors who treated the miners in Dovra confirmed their diagnosis was poisoning by chlorine gas.",
     "who treated the miners in Dovra’s"),
    ("Friends and neighbours of the family in Kolno said their houses had been searched by the police.",
     "in Kolno’s"),
    ("Close friends of Adler’s said his situation in Kolno had made him desperate to leave the country.",
     "Adler’s’s"),
    ("A resident who fled the village of Marn said her brother was among those killed by the militants.",
     "of Marn’s"),
    ("Ruritanian and Freedonian scientists verified their findings on the magnetism of the rocks near Dovra.",
     "scientists’s"),
    ("Two engineers said their report on the dam at Dovra had been ignored by the council.", "engineers’s"),
]


@pytest.mark.parametrize(("body", "garbled"), GARBLED_POSSESSORS)
def test_no_garbled_possessor(body: str, garbled: str, extract: Callable[..., Extraction],
                              check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    assert not [t for t in texts(ex) if garbled in t], texts(ex)


ANONYMITY_TERMS = [
    # found in the tune half: a sentence about the terms the sources spoke on, read as the outlet's claim
    "The officials spoke on condition of anonymity because they were not authorised to discuss the troop movements.",
    "Both spoke on the condition of anonymity to discuss the talks in Kolno with the Freedonian envoy.",
    "He spoke to the Kolno Herald on condition of anonymity because he feared for his job at the ministry.",
    "The source asked not to be named because the inquiry into the dam at Dovra is still going on.",
    "The two Ruritanian diplomats were granted anonymity to discuss the talks in Dovra.",
    # found: a tag the parser missed, then the anonymity terms: speech, not the outlet's claim
    "The picture of the fighter is not the one from Dovra,' he told the Kolno Herald, speaking on condition of "
    "anonymity.",
]


@pytest.mark.parametrize("body", ANONYMITY_TERMS)
def test_the_terms_of_anonymity_are_no_claim(body: str, extract: Callable[..., Extraction]) -> None:
    ex = extract(body)
    assert not [t for t in texts(ex) if "anonymity" in t or "named" in t], texts(ex)


def test_a_cue_inside_an_anonymity_marker_is_no_speech(extract: Callable[..., Extraction]) -> None:
    # found in the tune half: "…, who asked | not to be named recalled that C" (the comma missing)
    ex = extract("A neighbour, who asked not to be named recalled that the soldiers had searched every house in Dovra.")
    assert not [a for a in ex.attributions if a.content.text.startswith("not to be named")]
    ex = extract("A senior diplomat, who asked not to be named, said the ceasefire in Dovra was fragile.")
    assert [c.text for c in ex.claims] == ["The ceasefire in Dovra was fragile"]


def test_a_belief_after_a_comma_keeps_its_content(attributions: Callable[[str], tuple]) -> None:
    # the inverted tag's place phrase is skipped only after a speech tag, never after a belief
    # ("After all, I believe | in the good sense of …" lost its attribution; PolNeAR tune half)
    got = attributions("After all, I believe in the good sense of the voters of Ruritania.")
    assert [a.content.text for a in got] == ["in the good sense of the voters of Ruritania"]


TAG_AT_THE_END = [
    # found in the tune half: an inverted tag the parser did not read (an ambiguous form, "reports";
    # an impersonal passive with nothing after it) left the sentence in the outlet's own voice with
    # the tag inside the claim text
    ("The Ruritanian army has moved two brigades to the border with Freedonia, The Kolno Herald reports.",
     "The Kolno Herald"),
    ("The Ruritanian army has moved two brigades to the border with Freedonia, the Herald reports.", "the Herald"),
    ("The Ruritanian army has moved two brigades to the border with Freedonia, Kolno Radio reports.", "Kolno Radio"),
    ("The Ruritanian army has moved two brigades to the border with Freedonia, it has been reported.", None),
    ("The Ruritanian army has moved two brigades to the border with Freedonia, it was reported yesterday.", None),
    ("The Ruritanian army has moved two brigades to the border with Freedonia, it has been claimed.", None),
]


@pytest.mark.parametrize(("body", "source"), TAG_AT_THE_END)
def test_an_inverted_tag_at_the_end_is_speech(body: str, source: str | None, extract: Callable[..., Extraction],
                                              check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    assert texts(ex) == ["The Ruritanian army has moved two brigades to the border with Freedonia"]
    a = ex.attributions[ex.claims[0].attribution]
    assert (a.source.span.text if a.source is not None and a.source.span is not None else None) == source


def test_a_noun_plural_before_the_end_is_no_tag(attributions: Callable[[str], tuple]) -> None:
    # "reports" after a lower-case noun phrase stays a noun
    assert not attributions("The army moved two brigades, according to two weekly reports.")[1:]
    assert not [a for a in attributions("The border was closed after the riots, including two Amnesty reports.")
                if a.cue.text == "reports"]
