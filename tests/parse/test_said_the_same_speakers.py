"""'X and Y said the same': both speakers kept, and the same resolved to what it repeats (text27;
FINDINGS26 re-check 11: "the intelligence service" was lost from "Spokespeople for the
intelligence service and the foreign ministry said the same").  Two bodies coordinated after a
preposition are one source (``attributions.phrases.np_back``); what a report alleges inside
another's denial ("dismissed a blog post alleging C") is no statement "the same" repeats
(``extract._repeatable``).  The case (names invented) and neighbours, each failing before."""

from __future__ import annotations

import pytest

ROWS = [
    ("The presidential palace on Wednesday dismissed a blog post by a Ruritanian journalist alleging Ruritania was "
     "behind the explosion of the Borduria dam as “utterly false and complete fiction.” Spokespeople for the "
     "intelligence service and the foreign ministry said the same.",
     "Spokespeople for the intelligence service and the foreign ministry"),
    ("The Freedonian government denied that its jets had bombed the market in Kessel. Officials of the defence "
     "ministry and the air force command said the same.",
     "Officials of the defence ministry and the air force command"),
    ("The Bordurian army rejected a report alleging Borduria had shelled Vorna as “pure invention.” Spokesmen for "
     "the interior ministry and the border police said the same.",
     "Spokesmen for the interior ministry and the border police"),
    ("The Syldavian cabinet denied that its troops had entered Brill. Representatives of the army and the "
     "foreign ministry said the same.", "Representatives of the army and the foreign ministry"),
    ("The Sylvanian presidency denied that its drones had struck Tessel. Spokespeople for the defence ministry "
     "and the general staff said the same.", "Spokespeople for the defence ministry and the general staff"),
    ("The Molvanian government dismissed a report alleging Molvania had poisoned the wells of Darn as “a lie.” "
     "Officials of the health ministry and the water agency said the same.",
     "Officials of the health ministry and the water agency"),
]
NEGATIVE = {0, 1, 3, 4}  # rows whose repeated statement is a denial read as such (the others' wording is
# read by the denial parser, not here)


@pytest.mark.parametrize(("k", "body", "speaker"), [(k, *r) for k, r in enumerate(ROWS)])
def test_both_speakers_kept_and_the_same_repeats_the_denial(extract, check_parts, k, body, speaker) -> None:
    ex = extract(body)
    check_parts(ex)
    same = [i for i, a in enumerate(ex.attributions) if a.content.text.strip().startswith("the same")]
    assert [ex.attributions[i].source.span.text for i in same] == [speaker]
    repeated = [c for c in ex.claims if c.attribution in same]
    assert repeated and all("the same" not in c.text for c in repeated)
    if k in NEGATIVE:
        assert [c.polarity for c in repeated] == ["negative"], [(c.text, c.polarity) for c in repeated]


@pytest.mark.parametrize(("body", "speaker"), [
    ("He visited the port and the ministry said the town was calm.", "the ministry"),
    ("The army and the police said the town was calm.", "The army and the police"),
])
def test_coordination_only_of_bodies(attributions, body, speaker) -> None:
    assert [a.source.span.text for a in attributions(body) if a.source is not None] == [speaker]
