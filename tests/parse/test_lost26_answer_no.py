"""A bare no answering a question put at the start of its sentence ('Asked whether C, X said:
"No, absolutely not."') denies the question's proposition C: the claim stating C when the
article has one, else a negative claim of C's words (FINDINGS26, new problem 2: my5/e02's
answer was lost; issue 9)."""

from __future__ import annotations

import pytest

# (body, speaker, words of the claim denied): the case and neighbours of our own
ANSWERED = [
    ('Asked whether Freedonian troops were in Sylvania, Defence Minister Lena Marx said: "No, absolutely not." '
     "Sylvanian officials said Freedonian troops entered Sylvania on Saturday.", "Lena Marx", "troops entered Sylvania"),
    ('Asked whether Bordurian drones had struck Kessel, the Bordurian envoy Otto Lenz said: "No, definitely not." '
     "Residents said Bordurian drones struck Kessel on Monday.", "Otto Lenz", "drones struck Kessel"),
    ('Asked if Ruritanian advisers were training the rebels, Foreign Minister Eva Horn replied: "Not at all." '
     "Rebel commanders said Ruritanian advisers were training the rebels.", "Eva Horn", "advisers were training"),
    ('Residents said Sylvanian artillery shelled Brill. Asked whether Sylvanian artillery shelled Brill, '
     'General Jan Kral said: "Absolutely not."', "Jan Kral", "artillery shelled Brill"),
    ('Asked whether Freedonian jets bombed the port of Velm, spokesman Karl Dorn said: "No, certainly not." '
     "Port workers said Freedonian jets bombed the port of Velm.", "Karl Dorn", "jets bombed the port"),
    ('Asked whether Syldavian tanks had crossed into Kolno, minister Anna Roth said: "Never."',
     "Anna Roth", "Syldavian tanks"),
]
# a content that is more than a no, or no question put: no denial of the question
NOT_ANSWERED = [
    ('Asked whether Freedonian troops were in Sylvania, Defence Minister Lena Marx said: "No comment." '
     "Sylvanian officials said Freedonian troops entered Sylvania on Saturday.", "Lena Marx", "troops"),
    ('Asked whether Freedonian troops were in Sylvania, Defence Minister Lena Marx said: "Not yet."', "Lena Marx",
     "troops"),
    ('Defence Minister Lena Marx said: "No, absolutely not." Sylvanian officials said Freedonian troops entered '
     "Sylvania.", "Lena Marx", "troops"),
    ('Asked whether Bordurian drones struck Kessel, the envoy Otto Lenz said: "No decision has been made." '
     "Residents said Bordurian drones struck Kessel.", "Otto Lenz", "drones"),
    ('Asked whether the talks would resume, Eva Horn said: "We hope so." Officials said the talks resumed.',
     "Eva Horn", "talks"),
]


def _by(ex, speaker: str) -> list:  # noqa: ANN001
    return [c for c in ex.claims if c.attribution is not None and ex.attributions[c.attribution].source is not None
            and ex.attributions[c.attribution].source.span is not None
            and speaker in ex.attributions[c.attribution].source.span.text]


@pytest.mark.parametrize(("body", "speaker", "words"), ANSWERED)
def test_a_no_denies_the_question(extract, body: str, speaker: str, words: str) -> None:  # noqa: ANN001
    ex = extract(body)
    got = [c for c in _by(ex, speaker) if c.polarity == "negative"]
    assert got, [(c.text, c.polarity) for c in ex.claims]
    assert words in got[0].text


@pytest.mark.parametrize(("body", "speaker", "word"), NOT_ANSWERED)
def test_no_denial_of_the_question(extract, body: str, speaker: str, word: str) -> None:  # noqa: ANN001
    ex = extract(body)
    assert not [c for c in _by(ex, speaker) if c.polarity == "negative" and word in c.text], \
        [(c.text, c.polarity) for c in ex.claims]
