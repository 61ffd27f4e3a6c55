"""New user's findings, stop 26 (src26), items 4 and 5; invented names.

4. "Borduria accused of shelling Vorna" (a headline) gave the claim "Borduria accused of shelling
   Vorna" in the outlet's own voice (a short deed, three content words, failed the "short clause of
   a speaker" test), and the body form "X was accused of DOING Y" was never reduced (the pattern's
   "^" matched only at offset 0, and a cue holding "was" was refused).  The claim is the deed, "X DID
   Y", credited to an unnamed accuser (``sources_said``, no span), read as reported.
5. "It is believed that C" / "It is believed C" with a short C gave no claim at all (neither C nor
   the sentence), while "It is widely believed that C", one content word longer, gave the whole
   sentence.  An impersonal belief opening its sentence is C, credited to nobody, read as reported.
"""

from __future__ import annotations

import pytest

BODY = "Officials in the region said on Monday that the matter was under review."

ACCUSED = [  # (headline, the claim)
    ("Borduria accused of shelling Vorna", "Borduria shelled Vorna"),  # the new user's case
    ("Freedonia accused of bombing Velm", "Freedonia bombed Velm"),
    ("Syldavia blamed for shelling Kolno", "Syldavia shelled Kolno"),
    ("Ruritania accused of arming rebels", "Ruritania armed rebels"),
    ("Tomania accused of jamming radios", "Tomania jammed radios"),
    ("Borduria blamed for sinking ferry", "Borduria sank ferry"),
]


@pytest.mark.parametrize("title,claim", ACCUSED, ids=[t for t, _ in ACCUSED])
def test_a_short_passive_accusation_headline_is_the_deed_of_an_unnamed_accuser(extract, title: str, claim: str) -> None:
    ex = extract(BODY, title=title)
    mine = [c for c in ex.claims if c.sentence == 0]
    assert [c.text for c in mine] == [claim], [c.text for c in ex.claims]
    a = ex.attributions[mine[0].attribution]
    assert a.source is not None and a.source.span is None and a.source.kind == "sources_said", a.source
    assert mine[0].modality == "reported" and mine[0].polarity == "positive", mine[0]


BODY_ACCUSED = [  # (body sentence, the claim)
    ("Syldavia accused of arming the rebels in the north.", "Syldavia armed the rebels in the north"),
    ("Syldavia was accused of arming the rebels.", "Syldavia armed the rebels"),
    ("Borduria has been accused of shelling Vorna.", "Borduria shelled Vorna"),
    ("The Freedonian navy was accused of sinking two fishing boats near Kolno.",
     "The Freedonian navy sank two fishing boats near Kolno"),
    ("Ruritania was blamed for shelling Vorna on Monday.", "Ruritania shelled Vorna on Monday"),
    ("Artillery hit the market. Borduria was accused of shelling the town.", "Borduria shelled the town"),
]


@pytest.mark.parametrize("body,claim", BODY_ACCUSED, ids=[b[:40] for b, _ in BODY_ACCUSED])
def test_a_passive_accusation_in_the_body_is_the_deed_never_the_sentence(extract, body: str, claim: str) -> None:
    ex = extract(body)
    texts = [c.text for c in ex.claims]
    assert claim in texts, texts
    assert not any("accused" in t or "blamed" in t or t.lower().startswith(("of ", "for ")) for t in texts), texts
    c = next(c for c in ex.claims if c.text == claim)
    a = ex.attributions[c.attribution]
    assert a.source is not None and a.source.kind == "sources_said" and a.source.span is None, a.source
    assert c.modality == "reported"


BELIEFS = [  # (sentence, the claim credited to nobody)
    ("It is believed that the dam was sabotaged.", "The dam was sabotaged"),  # the new user's case
    ("It is believed the dam was sabotaged.", "The dam was sabotaged"),
    ("It is thought that Ruritania sent the jets.", "Ruritania sent the jets"),
    ("It was believed the engineers had warned of cracks.", "The engineers had warned of cracks"),
    ("It is feared that the ferry sank.", "The ferry sank"),
    ("It is widely believed that the dam was sabotaged.", "The dam was sabotaged"),
    ("It is understood that Freedonia closed the border.", "Freedonia closed the border"),
]


@pytest.mark.parametrize("body,claim", BELIEFS, ids=[b[:40] for b, _ in BELIEFS])
def test_an_impersonal_belief_is_a_claim_credited_to_nobody(extract, body: str, claim: str) -> None:
    ex = extract(body)
    assert [c.text for c in ex.claims] == [claim], [c.text for c in ex.claims]
    c = ex.claims[0]
    assert c.attribution is None and c.modality == "reported", c
    assert [(a.act, a.source) for a in ex.attributions] == [("hedge", None)]


LEFT_TO_THE_SENTENCE = [  # a belief frame after a clause of the outlet's own, or a report: as before
    "The cause of the blast is unknown, but it is widely believed the dam was attacked.",
    "It is said the minister resigned in Kolno.",
]


@pytest.mark.parametrize("body", LEFT_TO_THE_SENTENCE)
def test_a_belief_after_the_outlets_clause_is_not_cut_out(extract, body: str) -> None:
    got = [c.text for c in extract(body).claims]
    assert not [t for t in got if t in ("The dam was attacked", "The minister resigned in Kolno")], got
