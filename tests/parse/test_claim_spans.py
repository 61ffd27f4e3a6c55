"""Every word of a claim's text can be checked against its article (issue 9 item 1): the parts a
statement is made of are exact spans, a part recovered from another sentence keeps its own span, and
the passage of sentences shown with the claim holds all of them (``parse.claims.spans``).

Each class below crosses a sentence boundary: the claim's words do not all lie in the sentence it was
found in, which is what was shown beside it before (each row asserts that its sentence alone would
not hold them, so the row is of the class); now its passage does.  Invented articles; the first row
of each class is the shape found on the FNC-1 corpus, in our own words.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.parse.claims.spans import untraceable, violations

# a quotation of two sentences whose speaker is named after it: each sentence's claim shows the
# speaker and the cue of the tag, in the sentence after the first (the Santamaria shape); text27: the
# speaker stands in the place of the quotation's I/we/our (a person for I, a body for we and our)
QUOTE_ACROSS = [
    ('"I watched the crane fall from the harbour wall. The windows shook when the ship hit the '
     'pier," Tomas Verhoek told the Harbour Times.', "watched the crane fall"),
    ('"I stood at the harbour when the crane fell. The windows shook because the '
     'crane hit the pier," Tomas Verhoek told the Harbour Times.', "stood at the harbour"),
    ('"The army left the village on Monday. The soldiers took the grain with them," a farmer, Pavel Horak, '
     'told the Dovra Gazette.', "The soldiers took the grain"),
    ('"Our inspectors found cracks in the dam. The reservoir will be drained next week," the Brill '
     'water board told Channel 9.', "inspectors found cracks"),
    ('"Our members will march on Friday. The strike will continue until the wages are paid," '
     'the dockers union said.', "members will march"),
    ('"I pulled several passengers out of the water. The ferry hit the pier at full speed," '
     'a deckhand, Lena Sorensen, told the Velmora Courier.', "pulled several passengers"),
]

# a quotation whose "he said" stands for a person named in the sentence before: the person is a
# part recovered from that sentence (the Garcia shape); the claim was found in the quotation's
# sentence, not the person's
PRONOUN_SPEAKER = [
    ('Humberto Galvan, of the Astronomy Centre at the University of Ostrava, said the rock could be related '
     'to a comet. "I studied it for a week because it could be ice or rock," he said.', "studied it for a week"),
    ('Mirela Dobos, a spokeswoman for the port authority, said the cranes would be inspected. "I closed '
     'the northern quay until the engineers finish their work," she said.', "closed the northern quay"),
    ('Anton Keller, the mayor of Velmora, said the water was safe to drink. "I tested every well in the '
     'district and found nothing harmful," he told reporters.', "tested every well"),
    ('Ruth Albers, a nurse at the Tessel clinic, said the ward had run out of beds. "I treated '
     'patients in the corridors because there was no room left," she said.', "treated patients"),
    ('Karel Novak, the head of the Brill fire brigade, said the blaze had spread overnight. "My crews '
     'could not reach the warehouse because the road was blocked," he said.', "crews could not reach"),
    ('Ilse Marnix, an engineer with the rail company, said the bridge would reopen in May. "I found '
     'no cracks in the main span of the bridge," she told the Tessel Herald.', "found no cracks"),
]

# an unattributed sentence opening with he/she, read with the person named in the sentence before
# (the seeds' "He later made two more visits")
PRONOUN_SUBJECT = [
    ("Karl Adler was in Dovra last week for talks with the mayor. He later made two more visits to the "
     "port city in July.", "Karl Adler later made two more visits"),
    ("Ivan Petrov was in Brill for talks with the governor. He later made two more visits to Freedonia in "
     "July.", "Ivan Petrov later made two more visits"),
    ("Mira Kell met the mayor of Dovra on Monday. She later made a second visit to Ruritania in June.",
     "Mira Kell later made a second visit"),
    ("Daniel Strelow was in Velmora last spring. He later sent troops to the border with Borduria.",
     "Daniel Strelow later sent troops"),
    ("Lina Ortlieb toured the shipyard in Brill last week. She later signed an arms deal with Freedonia.",
     "Lina Ortlieb later signed an arms deal"),
    ("Oskar Brandt toured the dam in Tessel last week. He later signed an arms deal with Syldavia.",
     "Oskar Brandt later signed an arms deal"),
]

# a denial read as the proposition it answers, stated in the sentence before: the claim shows the
# allegation's words, found in the denial's sentence (the seeds' air strikes and Egypt's denial)
DENIAL_OF_EARLIER = [
    ("Rebels were hit by air strikes last month that Freedonian officials said were staged by Ruritania and "
     "Borduria. Ruritania denied involvement in the bombings.", "Air strikes last month were staged"),
    ("Freedonian officials said Ruritanian troops had shelled the village of Brill. Ruritania denied shelling "
     "the village.", "Ruritanian troops had shelled the village"),
    ("Witnesses said the Bordurian army burned the grain stores in Vorna last week. Borduria denied any "
     "involvement in the fires.", "The Bordurian army burned the grain stores"),
    ("Syldavian officials said drones supplied by Freedonia struck the airport in Tessel. Freedonia denied "
     "supplying drones to Syldavia.", "Drones supplied by Freedonia struck the airport"),
    ("A United Nations report said Ruritania trained militia fighters near the border. The Ruritanian "
     "government denied the report.", "Ruritania trained militia fighters"),
    ("Aid workers said Bordurian police beat protesters in the square of Vorna on Sunday. Borduria denied any "
     "involvement in the beatings.", "Bordurian police beat protesters"),
]

CROSSING = ([("quote_across", *r) for r in QUOTE_ACROSS] + [("pronoun_speaker", *r) for r in PRONOUN_SPEAKER]
            + [("pronoun_subject", *r) for r in PRONOUN_SUBJECT] + [("denial_of_earlier", *r) for r in DENIAL_OF_EARLIER])


def _check(ex, c) -> list[tuple[str, str]]:  # noqa: ANN001
    return violations(ex.text, ex.sentences, c.text, c.span, c.parts, c.sentence, c.passage)


@pytest.mark.parametrize(("cls", "body", "words"), CROSSING, ids=[f"{r[0]}-{i}" for i, r in enumerate(CROSSING)])
def test_claim_across_sentences_lies_in_its_passage(extract, cls: str, body: str, words: str | None) -> None:
    ex = extract(body)
    assert ex.claims, "no claim: the row tests nothing"
    for c in ex.claims:
        assert _check(ex, c) == [], c
    crossing = [c for c in ex.claims if c.passage is not None and c.passage[0] != c.passage[1]]
    assert crossing, "no claim crosses a sentence: the row is not of its class"
    for c in crossing:
        # the sentence it was found in alone does not hold its words: what was shown before
        assert any(k == "outside_passage" for k, _ in violations(ex.text, ex.sentences, c.text, c.span, c.parts,
                                                                 c.sentence, None)), c
        for p in c.parts or (c.span,):  # every part an exact span, wherever it lies
            assert ex.text[p.start:p.end] == p.text
    if words is not None:
        mine = [c for c in crossing if words in c.text]
        assert mine, [c.text for c in crossing]
        c = mine[0]
        first, last = c.passage
        lo, hi = ex.sentences[first].start, ex.sentences[last].end
        assert all(lo <= p.start and p.end <= hi for p in c.parts or (c.span,))
        if cls in ("pronoun_speaker", "quote_across"):
            # found in the sentence of its own words, not of a speaker or quote mark recovered elsewhere
            body = max(c.parts or (c.span,), key=lambda p: len(p.text))
            s = ex.sentences[c.sentence]
            assert s.start <= body.start < s.end, c
        if cls == "denial_of_earlier":
            assert c.attribution is not None and ex.attributions[c.attribution].act == "deny"
            assert c.sentence == last > first  # found in the denial's sentence, after the allegation's


# the composer's own changes are traceable; anything else is not
@pytest.mark.parametrize(("statement", "parts", "bad"), [
    ("Karl Adler’s troops crossed the river", ["Karl Adler", "troops crossed the river"], []),
    ("Ruritania ordered the strike", ["Ruritania", "ordering the strike"], []),
    ("Ivan Petrov said “We will stay”", ["Ivan Petrov", "said", "“", "We will stay", "”"], []),
    ("The minister resigned on Monday", ["the minister", "resigned on Monday"], []),
    ("The army left Brill", ["the army", "entered Brill"], ["left"]),
    ("Freedonia sent drones to Syldavia", ["Freedonia", "sent drones"], ["to", "syldavia"]),
    ("Borduria denied it", ["Borduria"], ["denied", "it"]),
])
def test_untraceable(statement: str, parts: list[str], bad: list[str]) -> None:
    assert untraceable(statement, parts) == bad


# ---- the invariant for any invented article (property) ----

NAMES = ["Tomas Verhoek", "Ilse Marnix", "Karl Adler", "Mira Kell", "the ministry", "Ruritania", "Borduria",
         "A Freedonian official", "Officials in Brill", "an aide to the governor"]
SENTENCES = [
    '"{q1}. {q2}," {n} said.', '"{q1}," {n} told the Velmora Courier. "{q2}."', "{n} said {c}.",
    '{n}, a spokesman for the port, said {c}. "{q1}," he said.', "{n} was in Dovra last week. He later {v}.",
    "Rebels were hit by air strikes that {n} said were staged by {m}.", "{m} denied involvement in the bombings.",
    "{n} denied that {c}.", "According to {n}, {c}.", "{c}.", "{n} declined to comment.", "She later {v}.",
    "{m} said the same.", "However, later reports revealed that {c}.", "It was not clear whether {c}.",
]
CLAUSES = ["the army left the village on Monday", "the dam was damaged by shelling", "Ruritania sent drones to "
           "Borduria", "the bridge will reopen in May", "no one was hurt", "the talks have collapsed"]
QUOTES = ["We have closed the quay", "The soldiers took the grain with them", "It was a bomb", "We will not leave",
          "The fire started in the kitchen", "Nobody was hurt"]
VERBS = ["made two more visits to Brill", "signed an arms deal with Freedonia", "sent troops to the border"]

sentence = st.builds(lambda t, n, m, c, q1, q2, v: t.format(n=n, m=m, c=c, q1=q1, q2=q2, v=v),
                     st.sampled_from(SENTENCES), st.sampled_from(NAMES), st.sampled_from(NAMES),
                     st.sampled_from(CLAUSES), st.sampled_from(QUOTES), st.sampled_from(QUOTES), st.sampled_from(VERBS))
article = st.lists(st.lists(sentence, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=5).map("\n\n".join)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(article)
def test_every_claim_lies_in_its_passage(extract, body: str) -> None:
    ex = extract(body)
    for c in ex.claims:
        assert _check(ex, c) == [], (c.text, c.parts, c.passage)
