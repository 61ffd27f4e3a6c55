"""No subject recovered from a speaker named paragraphs back (text27; READER26: passages shown ran
over ten sentences and several paragraphs, e.g. "Dr. X’s claim is not a hoax", its "She" resolved
to a person 23 sentences before).  A "she told" resolved to a mention more than two paragraphs
before the content gives no statement "X’s …"; the rows are invented, each failing before."""

from __future__ import annotations

import pytest


def _body(who: str, place: str, noun: str) -> str:
    return (f"A {noun} who claims to have been cured was examined by {who}, a doctor in {place}.\n\n"
            "The story spread quickly online last week.\n\n"
            "She withdrew her complaint with the police after she was asked for details, the Herald wrote.\n\n"
            "Tridevil said on her account Tuesday that the story is real. She also said the report is true.\n\n"
            "She told The Sun her claim is not a hoax and her film crew recorded her treatment.")


ROWS = [(_body("Dr. Ivo Marek", "Kessel", "woman"), "woman’s claim"),
        (_body("Dr. Lena Brandt", "Vorna", "singer"), "singer’s claim"),
        (_body("Dr. Karl Adler", "Brill", "mother"), "mother’s claim"),
        (_body("Dr. Ana Holm", "Tessel", "student"), "student’s claim"),
        (_body("Dr. Jan Novak", "Darn", "dancer"), "dancer’s claim"),
        (_body("Dr. Eva Horn", "Kolno", "nurse"), "nurse’s claim")]


@pytest.mark.parametrize(("body", "wrong"), ROWS)
def test_no_subject_from_a_mention_paragraphs_back(extract, check_parts, body, wrong) -> None:
    ex = extract(body)
    check_parts(ex)
    assert not [c.text for c in ex.claims if wrong.lower() in c.text.lower()], [c.text for c in ex.claims]


def test_a_speaker_in_the_paragraph_before_is_taken(extract) -> None:
    ex = extract("Minister Karl Adler spoke in Brill on Monday.\n\nHe said his troops had left Vorna on Sunday.")
    assert "Minister Karl Adler’s troops had left Vorna on Sunday" in [c.text for c in ex.claims]
