"""A first-person negated deed of a speaker ('"We did not fire a single shell," said general X')
is X's denial of the article's claim of that deed, not a claim of its own (FINDINGS26, new
problem 2: my4/d04's quote stood outside the Vorna shelling cluster; issue 9)."""

from __future__ import annotations

import pytest

# (body, speaker, words of the claim it must deny): the case and neighbours of our own
DENIED = [
    ('"We did not fire a single shell. Our forces were in their barracks," said Bordurian general Max Vogel. '
     "Syldavian officials said Bordurian artillery shelled Vorna on Sunday.", "Max Vogel", "shelled Vorna"),
    ('Residents said Kessel was shelled on Sunday. "We never attacked Kessel," said a Bordurian colonel, Ida Berg.',
     "Ida Berg", "Kessel was shelled"),
    ('Monitors said Brill was bombed on Monday. "I did not order any bombing," the Freedonian air chief Otto Lenz said.',
     "Otto Lenz", "Brill was bombed"),
    ('"We have not sent soldiers to Kolno," said the Sylvanian minister Eva Horn. '
     "Officials in Kolno said Sylvanian soldiers had entered Kolno on Friday.", "Eva Horn", "soldiers had entered"),
    ('Witnesses said the village of Tessel was attacked overnight. "Our units did not attack Tessel," '
     "said Ruritanian commander Jan Kral.", "Jan Kral", "Tessel was attacked"),
    ('Syldavian officials said Vorna was shelled on Sunday. "My men fired no shells," said the Bordurian '
     "major Karl Dorn.", "Karl Dorn", "Vorna was shelled"),
]
# no negation, no deed of an event class, or nobody's deed reported: no denial
NOT_DENIED = [
    ('"Our forces were in their barracks," said Bordurian general Max Vogel. '
     "Syldavian officials said Bordurian artillery shelled Vorna on Sunday.", "Max Vogel"),
    ('"We did not sign the trade deal," said the minister Eva Horn. Officials said Kolno was shelled on Monday.',
     "Eva Horn"),
    ('"We fired on the positions," said the Bordurian colonel Ida Berg. Residents said Kessel was shelled.', "Ida Berg"),
    ('"We did not attack anyone," said the colonel Ida Berg.', "Ida Berg"),
    ('"They did not shell Vorna," said the Syldavian mayor Anna Roth. Monitors said Vorna was shelled on Sunday.',
     "Anna Roth"),
]


def _by(ex, speaker: str) -> list:  # noqa: ANN001
    return [c for c in ex.claims if c.attribution is not None and ex.attributions[c.attribution].source is not None
            and ex.attributions[c.attribution].source.span is not None
            and speaker in ex.attributions[c.attribution].source.span.text]


@pytest.mark.parametrize(("body", "speaker", "words"), DENIED)
def test_first_person_negated_deed_denies_the_deed(extract, body: str, speaker: str, words: str) -> None:  # noqa: ANN001
    ex = extract(body)
    got = [c for c in _by(ex, speaker) if c.denies is not None]
    assert got, [(c.text, c.polarity, c.denies) for c in ex.claims]
    assert got[0].polarity == "negative" and words in ex.claims[got[0].denies].text


@pytest.mark.parametrize(("body", "speaker"), NOT_DENIED)
def test_no_first_person_denial(extract, body: str, speaker: str) -> None:  # noqa: ANN001
    ex = extract(body)
    assert not [c for c in _by(ex, speaker) if c.denies is not None], [(c.text, c.denies) for c in ex.claims]
