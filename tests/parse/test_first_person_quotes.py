"""A quotation in the first person is its speaker's proposition, not "X said “We …”" (issue 9 item 1,
text27; FINDINGS26 5: 'Bordurian general Max Vogel said "We did not fire a single shell."', the
attribution inside the claim's text).  The speaker stands in the place of I/my (a person) or
we/our (an organisation, state or group) when the verb's form is the same for any subject (past,
modal, did/had); otherwise the quotation is shown in its marks, its speaker beside it, or, too
short to read alone, is shown with its speaker as before (a negated deed it denies is read as
the speaker's denial, tests/parse/test_lost26_*).  The case
(names invented) and neighbours, each failing before."""

from __future__ import annotations

import pytest

ROWS = [  # (body, the claim text expected; None: no claim of the quotation)
    ('"We did not fire a single shell. Our forces were in their barracks," said Bordurian general Max Vogel.', None),
    ('"We will not withdraw from Vorna," the Freedonian defence ministry said.',
     "The Freedonian defence ministry will not withdraw from Vorna"),
    ('"I never visited Kessel," Minister Ivo Bran said.', "Minister Ivo Bran never visited Kessel"),
    ('"Our troops left Vorna on Monday," the Ruritanian army said.', "The Ruritanian army’s troops left Vorna on Monday"),
    ('Minister Ivo Bran said: "I ordered the evacuation of Brill."', "Minister Ivo Bran ordered the evacuation of Brill"),
    ('"We have bodies. Come and examine them," Ambassador Tom Brown said.', None),
    ('"My engineers inspected the dam on Friday," Governor Eva Horn said.',
     "Governor Eva Horn’s engineers inspected the dam on Friday"),
    ('"I found no cracks in the main span of the bridge," engineer Ilse Marnix told the Tessel Herald.',
     "Engineer Ilse Marnix found no cracks in the main span of the bridge"),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_a_first_person_quotation_is_its_speakers_statement(extract, check_parts, body, expected) -> None:
    ex = extract(body)
    check_parts(ex)
    texts = [c.text for c in ex.claims]
    if expected is None:
        # too short to read alone: kept, with its speaker as its subject (stop 27 review: a party's own
        # short statement, a denial among them, is not dropped)
        assert texts and all(" said" in t or " told" in t for t in texts), texts
    else:
        assert not [t for t in texts if " said" in t or " told" in t or "“" in t or '"' in t], texts
        assert expected in texts, texts


@pytest.mark.parametrize(("body", "speaker"), [
    ('"We are ready to talk about Vorna," the Freedonian defence ministry said.', "Freedonian"),  # are: not its form
    ('"I think the talks about Vorna failed," Minister Ivo Bran said.', "Ivo Bran"),  # think: not his form
    ('"We will leave Vorna when you leave Brill," the Ruritanian army said.', "Ruritanian army"),  # you: someone else
    ('"I will resign from the Kolno council," the Kolno council said.', "council said"),  # I: no council
])
def test_no_speaker_put_where_it_cannot_stand_for_the_pronoun(extract, body, speaker) -> None:
    texts = [c.text for c in extract(body).claims]
    # the speaker is never put in the pronoun's place; a quotation shown with "X said" keeps its pronoun
    assert not [t for t in texts if t.startswith(("The " + speaker, speaker, "Minister " + speaker))
                and " said" not in t], texts
