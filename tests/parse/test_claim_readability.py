"""Claim texts a reader understands without the article (issue 9, the new-user test of the seeds):
each class found on the seeds, with the seed sentence and at least five neighbours of our own.

Classes: a clause or a picture read as a source ("its east, brings in …" / "photos showing X"),
an unclosed bracket ("… (LNA"), a gerund's verb phrase without its subject ("Facilitating
capabilities …"), a speech frame left inside a claim ("X added in an interview, “…”", "…,” X
tweeted."), an unresolved pronoun ("His troops …"), a negation inside a relative clause read
as the claim's ("backs an administration that refuses to …"), a negation far from the action
("had not sold any of its ageing tanks"), and "could not rule out" as modality ``possible``."""

from __future__ import annotations

from collections.abc import Callable

import re

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.model import Attribution, Claim, Extraction, Source, Span
from claimcheck.parse.claims import is_proposition, rules
from claimcheck.parse.claims.extract import not_a_speaker
from claimcheck.parse.claims.statements import balanced

LEX = load_lexicons([])


def texts(ex: Extraction) -> list[str]:
    return [c.text for c in ex.claims]


def source_of(ex: Extraction, c: Claim) -> str | None:
    a = ex.attributions[c.attribution] if c.attribution is not None else None
    return a.source.span.text if a is not None and a.source is not None and a.source.span is not None else None


# --------------------------------------------------------------------------- 1a, 1d: no speaker

NOT_SPEAKERS = [
    # (body, words of the sentence, the source that must not appear)
    ("But deeper involvement by Egypt, to its east, brings in one of the biggest armies in the Middle East, "
     "seeking to patch up a reputation damaged by its overthrow last year of elected president Mohamed Morsi "
     "after mass protests against him.", "brings in", "brings"),  # the seed
    ("But deeper involvement by Borduria, to its north, brings in one of the largest fleets in the region, "
     "seeking to restore a reputation damaged by the war last year.", "brings in", "brings"),
    ("The presidency released photos showing Haftar, dressed in a blue suit, sitting with Sisi and his head "
     "of intelligence Abbas Kamel.", "sitting with", "photos"),  # the seed
    ("The ministry released photos showing Karl Adler, dressed in a grey suit, shaking hands with the envoy "
     "from Borduria.", "shaking hands", "photos"),
    ("The army published video footage showing Syldavian soldiers crossing the border near Kolno on Monday night.",
     "crossing the border", "footage"),
    ("Satellite images showing a convoy of Bordurian tanks near the border were published by the agency on Friday.",
     "convoy", "images"),
    ("The army published pictures showing the damaged bridge at Marn after the shelling by Ruritanian guns.",
     "damaged bridge", "pictures"),
]


@pytest.mark.parametrize("body, words, not_source", NOT_SPEAKERS)
def test_a_picture_or_a_clause_is_no_speaker(body: str, words: str, not_source: str, extract: Callable[..., Extraction], check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    for c in ex.claims:
        src = source_of(ex, c) or ""
        assert not_source not in src.lower(), (c.text, src)
        assert not re.match(r"(?i)its\s", c.text), c.text


@pytest.mark.parametrize("body", [NOT_SPEAKERS[2][0], NOT_SPEAKERS[3][0]])
def test_a_photo_sentence_is_read_in_the_outlet_voice(body: str, extract: Callable[..., Extraction]) -> None:
    ex = extract(body)
    whole = [c for c in ex.claims if c.attribution is None and c.text.startswith("The ")]
    assert whole, texts(ex)


@pytest.mark.parametrize("source, cue, expected", [
    ("photos", "showing", True), ("Video footage", "showing", True), ("The images", "depicting", True),
    ("Footage", "shows", False),  # a finite "footage shows that C" is evidence with an origin of its own
    ("its east, brings in one of the biggest armies in the region", "seeking", True),
    ("its west, has one of the largest fleets", "hoping", True),
    ("the photographer", "said", False), ("Karl Adler, a political analyst", "commented", False),
    ("Marta Lind, who has backed the strikes", "said", False), ("The group, based in the north", "said", False),
    ("A video editor", "told", False),
])
def test_not_a_speaker_rule(source: str, cue: str, expected: bool) -> None:
    text = f"{source} {cue} the town fell."
    a = Attribution(source=Source(Span(0, len(source), source), "named"), cue=Span(len(source) + 1, len(source) + 1 + len(cue), cue),
                    content=Span(len(source) + len(cue) + 2, len(text), text[len(source) + len(cue) + 2:]), act="assert")
    assert not_a_speaker(a, rules(LEX)) is expected


# --------------------------------------------------------------------------- 1b: brackets

BRACKETS = [
    ("This was not the first time that Egypt had sent military aid to the commander of the Libyan National Army "
     "(LNA), the sources added.", "(LNA)"),  # the seed
    ("It was the third shipment of rifles to the fighters of the Marsh Front (MF), the sources added.", "(MF)"),
    ("The convoy delivered fuel to the garrison of the Northern Army (NA), two officials said on Monday.", "(NA)"),
    ("Borduria sent engineers to the Kolno Hydro Plant (KHP), the ministry said.", "(KHP)"),
    ("Syldavian troops shelled the headquarters of the Popular Defence Units (PDU), a spokesman told reporters.",
     "(PDU)"),
    ("Ruritania had supplied drones to the Free Kolno Brigade (FKB) since 2019, the report said.", "(FKB)"),
]


@pytest.mark.parametrize("body, closed", BRACKETS)
def test_a_bracket_opened_in_a_claim_is_closed(body: str, closed: str, extract: Callable[..., Extraction], check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    assert any(closed in t for t in texts(ex)), texts(ex)
    for t in texts(ex):
        assert t.count("(") == t.count(")"), t


@pytest.mark.parametrize("text, expected", [
    ("1) Study links the corn to tumours in rats", "Study links the corn to tumours in rats"),
    ("Reuters) - The firm has decided to build its plant in Kolno", "The firm has decided to build its plant in Kolno"),
    ("The army withdrew (as planned", "The army withdrew"),
    ("The army (the Northern Army) withdrew", "The army (the Northern Army) withdrew"),
    ("The army withdrew [from Kolno", "The army withdrew"),
])
def test_balanced(text: str, expected: str) -> None:
    got = balanced(text, Span(0, len(text), text))
    assert got is not None and got.text == expected


# --------------------------------------------------------------------------- 1c: a gerund without its subject

GERUNDS = [
    ("On December 18th, the head of the GNA Fayez Al-Sarraj and the Interior Minister Fathi Bashagha discussed "
     "facilitating capabilities to counter the LNA’s offensive amid the ongoing “full mobilization of forces across "
     "the country” to repel the “aggression of Khalifa Haftar’s forces on Tripoli”.", "facilitating"),  # the seed
    ("The defence minister Karl Adler and his deputy discussed supplying armoured vehicles to the Marsh Front "
     "amid the offensive in the south.", "supplying"),
    ("The Bordurian president considered sending more troops to the border region before the winter.", "sending"),
    ("The council of the Syldavian opposition proposed training volunteers at the camps near Kolno in the spring.",
     "training"),
    ("Ruritanian officials recommended delaying the delivery of the tanks to the northern army until March.",
     "delaying"),
    ("The ministers of the alliance debated providing air defence systems to the government in Kolno.",
     "providing"),
]


@pytest.mark.parametrize("body, gerund", GERUNDS)
def test_a_gerund_phrase_is_no_claim(body: str, gerund: str, extract: Callable[..., Extraction], check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    for t in texts(ex):
        assert not t.lower().startswith(gerund), t
        assert is_proposition(t, LEX), t


@pytest.mark.parametrize("text", ["Putting the border aside, the rest of the deal holds firm for now",
                                  "Nothing has changed in the town since the talks began"])
def test_a_participle_before_its_subject_is_a_proposition(text: str) -> None:
    assert is_proposition(text, LEX)


def test_a_denied_gerund_takes_the_denier_as_subject(extract: Callable[..., Extraction]) -> None:
    ex = extract("Ruritania denied carrying out air strikes on the fuel depot near Granville, a spokesman said.")
    neg = [c for c in ex.claims if c.polarity == "negative"]
    # the gerund is shown finite, as an accusation's is (tests/parse/test_claim_denial_ahead.py)
    assert any(c.text.startswith("Ruritania carried out air strikes") for c in neg), texts(ex)


# --------------------------------------------------------------------------- 1d: credit lines

@pytest.mark.parametrize("body", [
    "(Reporting by Karl Adler in Kolno; Editing by Marta Lind and Jan Novak)",
    "Additional reporting by Jan Novak in Kolno and Ivan Petrov in Marn; writing by Marta Lind",
    "Photo: Karl Adler for the Kolno Daily News Agency in Marn",
    "Pictures by Marta Lind and Karl Adler for the Kolno Herald in Marn",
    "Writing by Ivan Petrov in Kolno; editing by Jan Novak in Marn",
])
def test_a_credit_line_is_no_claim(body: str, extract: Callable[..., Extraction]) -> None:
    ex = extract(f"Syldavian troops shelled the town of Marn on Monday. {body}")
    assert all("Reporting by" not in t and "Photo:" not in t and "by Ivan" not in t and "by Marta" not in t
               for t in texts(ex)), texts(ex)


# --------------------------------------------------------------------------- 2: speech frames left inside

FRAMES = [
    # (body, words that must not be in any claim, words a claim keeps (None: no claim needed))
    ("The analysts were divided. Al-Sisi added in the second part of his interview with the Italian daily "
     "newspaper La Republica, “If we give arms and support to the Libyan National Army, it can do the job much "
     "better than anyone else,” he said.", "added in the second part", "If we give arms"),  # the seed
    ("\"Our position will not change\", United Nations envoy Ghassan Salame tweeted. \"You've learned and tasted "
     "war\".", "tweeted", None),  # the seed
    ("The mayor was asked about the bridge. Petrov said on Monday in a long interview with the Kolno Herald, "
     "“The bridge over the river will be rebuilt within a month by the army,” he said.", "said on Monday",
     "The bridge over the river"),
    ("\"Our troops will stay in the town until the spring\", Bordurian envoy Karl Adler tweeted. \"We are not "
     "leaving\".", "tweeted", None),
    ("Ships were seen near the port. \"The blockade of the port will continue until the talks resume in Marn\", "
     "the Syldavian admiral Jan Novak told reporters. \"We are ready\".", "told reporters", None),
    ("The minister spoke after the vote. Lind explained during a visit to the northern town of Marn, “The new "
     "tax on fuel will be dropped before the elections next year,” she said.", "explained during",
     "The new tax on fuel"),
]


@pytest.mark.parametrize("body, frame, kept", FRAMES)
def test_a_speech_frame_is_not_part_of_the_claim(body: str, frame: str, kept: str | None, extract: Callable[..., Extraction], check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    for t in texts(ex):
        # a quotation whose subject is the speaker ("Our position …") is shown with its speaker in
        # front, "X tweeted “Our position …”" (test_claim_texts_round3): the frame is then the lead
        assert frame not in t or re.match(rf"[^“\"]*\b{frame}\b[^“\"]*[“\"][^“\"]+[”\"]$", t), t
    if kept is not None:
        assert any(kept in t for t in texts(ex)), texts(ex)


@pytest.mark.parametrize("body", [
    "Stringing the donors along kept the money coming in for years, Marta Lind said.",
    "Judging a budget takes more than the totals into account, Karl Adler says.",
    "The talks on the border will resume in Marn next week, the statement said.",
])
def test_a_sentence_ending_on_a_speech_frame_is_not_in_the_outlet_voice(body: str, extract: Callable[..., Extraction]) -> None:
    ex = extract(body)
    assert not [c for c in ex.claims if c.attribution is None and c.text.rstrip(".").endswith(("said", "says"))]


# --------------------------------------------------------------------------- 3: pronouns

PRONOUNS = [
    # (body, the claim text expected, or None: no claim opening on the pronoun)
    ("Many experts believe the latest information revealed by Gen.Haftar, which stated that his troops have "
     "received military training from the Egyptian Armed Forces.", None),  # the seed sentence: resolved or none
    ("Marta Lind, the mayor, said her office had received the letter on Monday.",
     "Marta Lind’s office had received the letter on Monday"),
    ("The ministry rejected claims that its troops had shelled the village of Ostra.",
     "The ministry’s troops had shelled the village of Ostra"),
    ("Karl Adler said he plans to build more factories in the north of the country.",
     "Karl Adler plans to build more factories in the north of the country"),
    ("Police said he was arrested at the border on Monday after a long chase.", None),
    ("Haftar’s upcoming visit to Cairo will be the fourth in a few months. He was in Egypt in a quick visit "
     "that lasted only several hours before heading to Russia last June. He later made two more visits to Egypt "
     "in July.", "Haftar later made two more visits to Egypt in July"),  # the seed sentences
    ("Karl Adler’s visit to Marn will be his third this year. He later made two more visits to the port in July "
     "and August.", "Karl Adler later made two more visits to the port in July and August"),
    ("The talks in Marn collapsed on Monday. He later made two more visits to the port in July and August.", None),
]


@pytest.mark.parametrize("body, expected", PRONOUNS)
def test_a_pronoun_is_resolved_or_the_claim_dropped(body: str, expected: str | None, extract: Callable[..., Extraction], check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    for t in texts(ex):
        assert not re.match(r"(?:He|She|His|Her|Its|Their|Him|Them)\b", t), t
    if expected is not None:
        assert any(t.startswith(expected) for t in texts(ex)), texts(ex)


def test_the_possessor_is_no_actor_of_its_own(extract: Callable[..., Extraction]) -> None:
    ex = extract("Marta Lind, the mayor, said her office had received the letter from Borduria on Monday.")
    (c,) = [c for c in ex.claims if c.text.startswith("Marta Lind’s office")]
    assert "Marta Lind" not in c.actors and "Borduria" in c.actors


# --------------------------------------------------------------------------- 4, 7: negation in scope

POLARITY = [
    # the seed: a negation inside a relative clause is the clause's
    ("Haftar backs a rival administration based in eastern Libya that refuses to recognise the UN-backed unity "
     "government led by Fayez al-Sarraj.", "rival administration", "positive"),
    ("Borduria backs a rebel council based in the north that refuses to recognise the government in Kolno.",
     "rebel council", "positive"),
    ("Syldavia supports a militia in the south that has never accepted the truce signed in Marn.", "militia",
     "positive"),
    ("The army, which had not fired a shot in months, shelled the port of Marn on Monday.", "shelled the port",
     "positive"),
    ("Ruritania armed the fighters who did not take part in the talks in Kolno last year.", "armed the fighters",
     "positive"),
    ("Borduria sent tanks to the Marsh Front after the talks in Kolno did not resume in March.", "sent tanks",
     "positive"),
    # 7: the negation of the main verb, however far from the action word
    ("Borduria had not sold any of its ageing Soviet-era battle tanks to Syldavia before the war.",
     "ageing Soviet-era", "negative"),
    ("The Bordurian ministry had never delivered the promised heavy Syldavian-made military equipment to the "
     "rebels.", "promised heavy", "negative"),
    ("Borduria, which has supplied weapons to several armies in the region for decades, had not sold any tanks "
     "to Syldavia.", "had not sold", "negative"),
    ("The Syldavian government did not at any point during the long war send its own troops into Kolno.",
     "at any point", "negative"),
    ("The weapons shipment from Ruritania did not reach the port of Marn last week.", "weapons shipment",
     "negative"),
    ("Police said the suspect had not left the city before the attack on the bank.", "left the city", "negative"),
]


@pytest.mark.parametrize("body, words, polarity", POLARITY)
def test_negation_in_scope(body: str, words: str, polarity: str, extract: Callable[..., Extraction]) -> None:
    ex = extract(body)
    got = [c for c in ex.claims if words in c.text]
    assert got, texts(ex)
    assert {c.polarity for c in got} == {polarity}, [(c.text, c.polarity) for c in got]


# --------------------------------------------------------------------------- 6: modality "possible"

@pytest.mark.parametrize("body, words, modality", [
    ("Investigators said they could not rule out that Borduria had supplied the rockets to the rebels.",
     "supplied the rockets", "possible"),
    ("Officials cannot exclude that the militia received weapons from Ruritania during the siege of Marn.",
     "received weapons", "possible"),
    ("The ministry has not ruled out that Syldavian troops shelled the village of Ostra in May.",
     "shelled the village", "possible"),
    ("Police haven't ruled out that the fire at the Kolno depot was started by Bordurian saboteurs.",
     "fire at the Kolno depot", "possible"),
    ("Experts said a second collapse of the Marn dam after the shelling is not impossible this winter.",
     "second collapse", "possible"),
    ("Investigators said Borduria had supplied the rockets to the rebels in Kolno last year.",
     "supplied the rockets", "asserted"),
])
def test_a_possibility_left_open_is_possible(body: str, words: str, modality: str, extract: Callable[..., Extraction]) -> None:
    ex = extract(body)
    got = [c for c in ex.claims if words in c.text]
    assert got, texts(ex)
    assert {c.modality for c in got} == {modality}, [(c.text, c.modality) for c in got]
    assert {c.polarity for c in got} == {"positive"}
