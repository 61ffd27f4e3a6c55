"""Claim texts, stop 22 (issue 9 item 1): classes found reading the tune half of
benchmarks/claim_reading.py (seeds 301 and 302), each with the form found rewritten in invented
names and five neighbours or more:

- a lede whose only speech stands in a free relative ("… to eradicate what it says is a threat")
  is the outlet's claim (the new user's finding: the first sentence gave no claim);
- a noun phrase with a clause inside it ("the fears of critics who objected to …") is no
  proposition: the content of a cue with an object is then the whole clause, else no claim;
- he/she is resolved only when the sentence before names exactly one person it can be;
- a short text ending "… on it", a
  caption closed by an agency credit or a place and date, a content opening on "Where …": no claim.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from claimcheck.model import Extraction


def texts(ex: Extraction) -> list[str]:
    return [c.text for c in ex.claims]


FREE_RELATIVE_LEDES = [
    # found: the new user's lede, "X has offered to train … forces …, stepping up efforts to eradicate
    # what it says is a threat to its own stability …"
    ("Freedonia has offered to train pro-government forces battling rival groups in Ruritania, stepping up "
     "efforts to eradicate what it says is a threat to its own stability.", "Freedonia has offered to train"),
    ("Sylvania has sent two warships to the Kolno strait to deter what it calls an armed build-up by Borduria.",
     "Sylvania has sent two warships"),
    ("The Ruritanian army shelled what rebels said was a field hospital on the edge of Dovra on Monday.",
     "The Ruritanian army shelled"),
    ("Kavar moved three brigades north to counter what its defence minister described as a threat from Syldavia.",
     "Kavar moved three brigades north"),
    ("Police in Kolno raided what they believed was a weapons depot of the Marsh Front near the harbour.",
     "Police in Kolno raided"),
    ("Borduria closed its border with Sylvania on Friday to stop what officials call an influx of fighters.",
     "Borduria closed its border"),
]


@pytest.mark.parametrize(("body", "start"), FREE_RELATIVE_LEDES)
def test_a_sentence_with_speech_in_a_free_relative_is_the_outlets_claim(
        body: str, start: str, extract: Callable[..., Extraction], check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    got = [c for c in ex.claims if c.text.startswith(start)]
    assert got, texts(ex)
    assert got[0].attribution is None  # the outlet's own voice


NOUN_PHRASE_CONTENTS = [
    # (body, a text that must not be a claim, the whole clause that is one or None)
    # found: "…, which would confirm the fears of critics who objected to the deal made by …"
    ("Two envoys met the rebels in Dovra, which would confirm the fears of critics who objected to the deal made "
     "by the Kolno council.", "The fears of critics who objected", None),
    # found: "X, vice president of …, corroborated Royster’s comments in the article."
    ("Karl Adler, head of the Kolno port authority, corroborated the fears of dockers who lost their jobs in May.",
     "The fears of dockers who lost",
     "Karl Adler, head of the Kolno port authority, corroborated the fears of dockers who lost their jobs in May"),
    ("The Kolno Herald confirmed the arrest of two farmers who fled the village of Marn in March.",
     "The arrest of two farmers who fled", "The Kolno Herald confirmed the arrest of two farmers who fled"),
    ("Marta Lind, the Syldavian envoy, confirmed the death of a soldier who was wounded near Dovra at night.",
     "The death of a soldier who", "Marta Lind, the Syldavian envoy, confirmed the death of a soldier"),
    ("The video opens with a clip of the Ruritanian president’s remarks announcing the launch of strikes on the "
     "Marsh Front near Dovra.", "A clip of the Ruritanian president", None),
    ("Jan Novak said the threat of Marsh Front fighters infiltrating Kolno through the harbour, as warnings about "
     "it have circulated.", "The threat of Marsh Front fighters", None),
]


@pytest.mark.parametrize(("body", "not_claim", "whole"), NOUN_PHRASE_CONTENTS)
def test_a_noun_phrase_with_a_clause_inside_is_no_claim(body: str, not_claim: str, whole: str | None,
                                                         extract: Callable[..., Extraction],
                                                         check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    assert not [t for t in texts(ex) if t.startswith(not_claim)], texts(ex)
    if whole is not None:
        assert any(t.startswith(whole) for t in texts(ex)), texts(ex)


PROPOSITIONS_WITH_A_CLAUSE = [
    # neighbours that stay claims: a main verb before or after the clause
    "Soldiers who did not take part in the raid on Dovra were sent home to Kolno.",
    "Officials cannot exclude that the militia received weapons from Ruritania during the siege of Marn.",
    "This was not the first time that Sylvania had sent military aid to the Marsh Front.",
    "Analysts expect prices in Kolno to rise as demand for Ruritanian grain grows.",
    "The convoy, which left Kolno on Monday, reached the harbour of Dovra at night.",
    "Jan Novak said the Ruritanian army had shelled the town where the talks were held.",
    # found by the end-to-end cases: a relative "that" before its verb hid it
    "The fire that destroyed the grain terminal at Kolno was started deliberately, police investigators said.",
    "The convoy that crossed the border at Dovra was carrying Syldavian weapons, officials said.",
]


@pytest.mark.parametrize("body", PROPOSITIONS_WITH_A_CLAUSE)
def test_a_proposition_with_a_clause_inside_stays_a_claim(body: str, extract: Callable[..., Extraction]) -> None:
    got = texts(extract(body))
    assert got, got


PRONOUNS = [
    # (body, the start a claim must have, or None: no claim may open on the pronoun's stand-in)
    ("Karl Adler met the Syldavian envoy in Kolno on Monday. He later made two visits to the harbour of Dovra.",
     "Karl Adler later made two visits"),
    ("Marta Lind arrived in Kolno on Monday. She later met the Ruritanian general in the harbour of Dovra.",
     "Marta Lind later met"),
    ("Jan Novak met Marta Lind in Kolno on Monday. She later flew to Dovra for the Ruritanian talks in May.", None),
    ("Jan Novak met Karl Adler in Kolno on Monday. He later made two visits to the Syldavian harbour of Dovra.", None),
    ("Karl Adler and Marta Lind signed the accord in Kolno. She later flew to Dovra for the Syldavian talks.", None),
    ("Jan Novak told the Kolno Herald that Karl Adler had resigned. He later flew to Dovra for the Syldavian talks.",
     None),
    ("Jan Novak told reporters the harbour of Dovra would reopen in May. He later flew to Kolno for the "
     "Syldavian talks.", "Jan Novak later flew"),
]


@pytest.mark.parametrize(("body", "start"), PRONOUNS)
def test_a_pronoun_is_resolved_only_to_the_one_person_named_before(
        body: str, start: str | None, extract: Callable[..., Extraction],
        check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    got = texts(ex)
    if start is None:
        assert not [t for t in got if re.search(r"\blater flew|later made", t)], got
    else:
        assert any(t.startswith(start) for t in got), got


NO_CLAIM = [
    # (body, the start of a text that must not be a claim)
    # found: "Everyone wanted to plant a flag on it"
    ("Karl Adler was the real deal, and everyone in Kolno wanted to plant a flag on it.", "Everyone in Kolno wanted"),
    ("The Kolno council said three other ministers were against it.", "Three other ministers"),
    ("Jan Novak said the general was behind it.", "The general was behind"),
    # found: "Anything metal can now stick to Nikolai [CEN]"
    ("Anything metal can now stick to Karl Adler [CEN]", "Anything metal"),
    ("A rescuer carries a child from the rubble of the Kolno school [AFP]", "A rescuer carries"),
    # found: "Border Patrol agents detain immigrants who crossed … near McAllen, Texas, June 27, 2014."
    ("Border guards detain migrants who crossed from Sylvania into Ruritania near Dovra, Kolno, June 27, 2014.",
     "Border guards detain"),
    ("Karl Adler speaks at the rally of the Marsh Front in Dovra, Ruritania, March 3, 2015.", "Karl Adler speaks"),
    # found: "… because it was what people wanted, where they chose – of their own volition – to spend …"
    ("The market grew because it was what shoppers in Kolno wanted, where they chose – of their own free will – "
     "to spend their money.", "Where they chose"),
]


@pytest.mark.parametrize(("body", "wrong"), NO_CLAIM)
def test_no_claim_without_its_referent_or_from_a_caption(body: str, wrong: str,
                                                          extract: Callable[..., Extraction]) -> None:
    got = texts(extract(body))
    assert not [t for t in got if t.startswith(wrong)], got


STILL_CLAIMS = [
    ("Karl Adler said “The aid dropped by Syldavian planes at dawn on Kolno was good and we thank Syldavia for it.”",
     "The aid dropped"),
    ("The Kolno council voted for it on Monday after a long debate with Sylvania.", "The Kolno council voted"),
    ("The treaty between Ruritania and Sylvania was signed on June 27, 2014.", "The treaty"),
    ("The court in Kolno adjourned the hearing of the Marsh Front leaders until Friday.", "The court"),
    ("Where the river bends near Dovra, the Ruritanian army built a bridge in May.", "Where the river bends"),
]


@pytest.mark.parametrize(("body", "word"), STILL_CLAIMS)
def test_neighbours_that_stay_claims(body: str, word: str, extract: Callable[..., Extraction]) -> None:
    got = texts(extract(body))
    assert any(word in t for t in got), got


NOT_FIRST_PERSON = [
    # "US" opening a content is the country, not "us" (found while measuring: "X told ABC News that US officials
    # threatened her family" had lost its claim)
    ("Marta Lind told the Kolno Herald that US officials threatened the Syldavian envoy in Dovra.", "US officials"),
    ("US air strikes overnight targeted Marsh Front positions near Dovra, the Ruritanian ministry said.", "US air strikes"),
    ("A Kolno official said US and Syldavian weapons have been found in the areas of Dovra taken from the rebels.",
     "US and Syldavian"),
    ("Scorpion stings in Kolno, although painful, are mostly harmless, the Ruritanian health ministry said.",
     "Scorpion stings"),
    ("The Dovra council said UK engineers will inspect the Kolno bridge in May.", "UK engineers"),
]


@pytest.mark.parametrize(("body", "start"), NOT_FIRST_PERSON)
def test_a_capitalised_country_or_a_verbless_aside_keeps_the_claim(body: str, start: str,
                                                                    extract: Callable[..., Extraction]) -> None:
    got = texts(extract(body))
    assert any(t.startswith(start) for t in got), got


INSIDE_THE_SUBJECT = [
    # (body, a text that must not be a claim): speech inside the subject's own clause, whose content would run
    # on into the sentence's verb
    # found: "A blundering Romeo who wanted to propose to his girlfriend with a big bang burnt down his college"
    ("A Kolno student who wanted to propose to his girlfriend with fireworks burnt down the Dovra college hall.",
     "To propose"),
    # found: "The alleged bra bandit - who supposedly targeted woman's smalls … - was humiliated after …"
    ("The alleged Kolno burglar - who supposedly targeted the Dovra harbour sheds - was caught after dockers set a "
     "trap.", "The Dovra harbour sheds"),
    # found: "A husband who thought he had lost a recording … has described the moment …"
    ("A Kolno farmer who thought he had lost the deeds to his land in Dovra has described the moment they were found.",
     "A Kolno farmer had lost"),
    # found: "Activists demanding free elections for the territory have been holding their hands up …"
    ("Protesters demanding free elections in Kolno have been marching through Dovra every night since May.",
     "Free elections in Kolno have been marching"),
    ("Villagers fearing a Ruritanian attack on Marn have been leaving for Dovra since the Sylvanian talks failed.",
     "A Ruritanian attack on Marn have been"),
    # found: "a Ferguson man released what he claims to be new evidence in the case"
    ("On the same day a Kolno man released what he claims to be new evidence in the Dovra case.",
     "A Kolno man claims to be"),
    ("The Ruritanian army shelled what it says was a Marsh Front depot near Dovra.", "The Ruritanian army was"),
]


@pytest.mark.parametrize(("body", "wrong"), INSIDE_THE_SUBJECT)
def test_speech_inside_the_subject_gives_no_claim_of_its_content(body: str, wrong: str,
                                                                  extract: Callable[..., Extraction]) -> None:
    got = texts(extract(body))
    assert not [t for t in got if t.startswith(wrong)], got


SPEECH_AROUND_A_SUBJECT = [
    # neighbours whose speech stays claims: a comma-set relative, a verb before the relative, a finite cue
    ("Karl Adler, who said the Ruritanian army had shelled Dovra, left Kolno on Monday.",
     "The Ruritanian army had shelled Dovra"),
    ("The Kolno Herald spoke to Karl Adler, who said the Ruritanian army had shelled Dovra.",
     "The Ruritanian army had shelled Dovra"),
    ("Officials in Kolno said the Ruritanian army had shelled Dovra on Monday.", "The Ruritanian army had shelled"),
    ("Witnesses in Dovra said that Ruritanian troops were seen near the harbour of Kolno.", "Ruritanian troops were seen"),
    ("Sylvania condemned the air strikes on Dovra last month that Ruritanian officials said were staged by Kavar.",
     "The air strikes on Dovra"),
]


@pytest.mark.parametrize(("body", "start"), SPEECH_AROUND_A_SUBJECT)
def test_speech_around_a_subject_stays_a_claim(body: str, start: str, extract: Callable[..., Extraction]) -> None:
    got = texts(extract(body))
    assert any(t.startswith(start) for t in got), got
