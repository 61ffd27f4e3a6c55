"""Claim texts, stop 21 (issue 9 item 1): pronouns.  A pronoun subject is resolved to the named
antecedent only where the subject of the sentence before is unambiguous; a contracted pronoun
("They’ve …", "He’s …", "That’s …"), an own-voice sentence opening on I/my/we/you (a post, a
column) and an anaphoric object at the end ("… did see this", "… to do that") give no claim; a
quotation with a first-person word past its start is shown with its speaker, also where only
the frame inside the content names the speaker.  The forms found on the tune half of
benchmarks/claim_reading.py, rewritten as invented text, with five neighbours or more."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from claimcheck.model import Extraction


def texts(ex: Extraction) -> list[str]:
    return [c.text for c in ex.claims]


AMBIGUOUS_ANTECEDENT = [
    # found: "Hostages gave him the name …. The paper said he had been born in …" → "Hostages had been born"
    ("Hostages gave him the name John as he and other Britons were nicknamed. The Kolno Daily said he had been "
     "born in Marn and raised in Dovra.", "Hostages"),
    ("Villagers saw him at the border post near Marn. He later crossed into Syldavia with two Ruritanian guards.",
     "Villagers"),
    ("Officials in Kolno said the convoy had left. He then drove to the harbour of Dovra with the Syldavian envoy.",
     "Officials"),
    # found: "North Korean dictator X’s sister Y (left) …. His absence comes as …" → "North Korean’s absence"
    ("Ruritanian president Karl Adler’s sister Marta Lind has taken over the party. His absence from the Kolno "
     "parade comes as speculation mounts in Dovra.", "Ruritanian"),
    ("Syldavian general Jan Novak’s deputy Karl Adler led the parade in Kolno. His absence from the Dovra talks "
     "worried the Ruritanian envoys.", "Syldavian"),
    ("Karl Adler and Marta Lind met the Syldavian envoy in Kolno. He later flew to Dovra for the Ruritanian talks.",
     "Karl Adler"),
    # stop 22: two persons named in the sentence before, "he" may be either (read as the subject until then)
    ("Jan Novak met Karl Adler in Kolno on Monday. He later made two visits to the Syldavian harbour of Dovra.",
     "Jan Novak"),
]


@pytest.mark.parametrize(("body", "wrong"), AMBIGUOUS_ANTECEDENT)
def test_a_pronoun_is_not_resolved_to_an_ambiguous_or_common_word(body: str, wrong: str,
                                                                  extract: Callable[..., Extraction]) -> None:
    got = texts(extract(body))
    assert not [t for t in got if re.match(rf"{wrong}(?:’s)?\s+(?:had been born|later|then|absence)", t)], got
    assert not [t for t in got if re.match(r"(?:He|His|She|Her)\b", t)], got


UNAMBIGUOUS_ANTECEDENT = [
    ("Karl Adler met the Syldavian envoy in Kolno on Monday. He later made two visits to the harbour of Dovra in July.",
     "Karl Adler later made two visits to the harbour of Dovra in July"),
    ("Novak’s visit to Kolno will be his third this year. He later flew to Dovra for the Ruritanian talks in May.",
     "Novak later flew to Dovra for the Ruritanian talks in May"),
    ("Marta Lind, the Syldavian envoy, arrived in Kolno on Monday. She later met the Ruritanian general in Dovra.",
     "Marta Lind later met the Ruritanian general in Dovra"),
    ("Karl Adler’s convoy reached Marn on Monday. He then drove to the harbour of Dovra with two Syldavian guards.",
     "Karl Adler then drove to the harbour of Dovra with two Syldavian guards"),
]


@pytest.mark.parametrize(("body", "expected"), UNAMBIGUOUS_ANTECEDENT)
def test_a_pronoun_is_resolved_to_an_unambiguous_subject(body: str, expected: str, extract: Callable[..., Extraction],
                                                         check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    assert any(t.startswith(expected) for t in texts(ex)), texts(ex)


NO_CLAIM = [
    # (body, the start of a text that must not be a claim)
    ("They've also started a page on the Kolno site for the Syldavian burger that lasted twenty years.", "They"),  # found
    ("He's been in the Ruritanian capital of Kolno since the Syldavian army crossed the border at Marn.", "He"),
    ("That's how much the Dovra Bank reported per share in the fourth quarter of the Ruritanian year.", "That"),
    ("They'll vote on the Syldavian plan for the harbour of Kolno on Friday, before the talks in Dovra.", "They"),
    ("My Kolno phone drives me crazy, my hair has been caught four times by the Syldavian case. #Hairgate", "My"),  # found
    ("I’m also curious why the Dovra Bank never answered the Syldavian regulator in Kolno about the loans.", "I"),
    ("We have seen a video of the Ruritanian convoy crossing the Syldavian border near Marn at night.", "We"),
    ("You go for a swim in Lake Kolno, where the water reaches 26C in the Syldavian summer.", "You"),
    # found: "One of the higher ups at Comcast did see this"; "… not yet in a position to do that"
    ("One of the managers at the Kolno branch of the Dovra Bank did see this.", "One of the managers"),
    ("Even the Ruritanian generals in Kolno are not yet in a position to do that.", "Even the Ruritanian"),
    ("The Syldavian ministry in Dovra never meant it.", "The Syldavian ministry"),
]


@pytest.mark.parametrize(("body", "start"), NO_CLAIM)
def test_an_unresolved_pronoun_or_anaphor_gives_no_claim(body: str, start: str,
                                                         extract: Callable[..., Extraction]) -> None:
    assert not [t for t in texts(extract(body)) if t.startswith(start)], texts(extract(body))


def test_it_with_its_dummy_use_stays_a_claim(extract: Callable[..., Extraction]) -> None:
    ex = extract("It is unclear who ordered the Ruritanian strike on the Syldavian depot near Kolno.")
    assert any(t.startswith("It is unclear who ordered") for t in texts(ex)), texts(ex)


WITH_SPEAKER = [
    # (body, the claim text expected).  text27: a quotation with a first-person word is shown in its
    # marks, its speaker beside it (the attribution), no longer inside its text ('Karl Adler said "…"')
    ('"The military aid dropped by Syldavian planes at dawn on Kolno was good and we thank Syldavia for it," '
     'Karl Adler said.',
     '"The military aid dropped by Syldavian planes at dawn on Kolno was good and we thank Syldavia for it"'),
    ("“The bridge over the Sarn is safe and my engineers check it every day,” Marta Lind told the Kolno Herald.",
     "“The bridge over the Sarn is safe and my engineers check it every day”"),
    ("The talks ended. Jan Novak spoke. Karl Adler added in a long interview with the Dovra daily, “If we give arms to the Syldavian "
     "army, it can do the job,” he said.",
     "“If we give arms to the Syldavian army, it can do the job”"),  # the seed's shape: the frame names the speaker
    ("Marta Lind said: “The Ruritanian troops will leave Dovra before our harvest begins.”",
     "“The Ruritanian troops will leave Dovra before our harvest begins.”"),
    ("“Prices in Kolno rose again in May and our members cannot pay the rent,” the union leader Jan Novak said.",
     "“Prices in Kolno rose again in May and our members cannot pay the rent”"),
]


@pytest.mark.parametrize(("body", "expected"), WITH_SPEAKER)
def test_a_quotation_with_a_first_person_word_is_shown_in_its_marks(body: str, expected: str,
                                                                    extract: Callable[..., Extraction],
                                                                    check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    assert expected in texts(ex), texts(ex)
    assert not [t for t in texts(ex) if " said" in t or " told" in t or " added" in t], texts(ex)


@pytest.mark.parametrize("body", [
    "“She asked how in the world I could have done such a thing to the Kolno council,” Karl Adler said.",
    "“He told me the Syldavian army would leave Dovra by May,” Marta Lind said.",
    "“They promised us the bridge over the Sarn would reopen in March,” the mayor of Kolno said.",
    "“Her office never called me about the Ruritanian loans,” Jan Novak told the Kolno Herald.",
    "“His troops shelled our village near Marn twice last week,” a farmer in Dovra said.",
])
def test_a_quotation_opening_on_he_she_they_stays_no_claim_with_a_first_person_word(
        body: str, extract: Callable[..., Extraction]) -> None:
    """The first-person rule shows a quotation with its speaker; one that opens on he/she/they
    stands for someone only the speaker knows and is still no claim."""
    assert not [t for t in texts(extract(body)) if re.search(r"\b(?:She|He|They|Her|His)\b", t)], texts(extract(body))
