"""Sources, stop 20 (issue 12, item 3): words in the right mouth.

- a denier's pronoun stands for the accused of the accusation before it, never the accuser
  ("Lina Vireo accused Tom Strand of lying. He denied it" -> Tom Strand);
- a person already called "he" is not "she" ("He denied it, she said": two people);
- a second verb's subject keeps its noun phrase whole ("The authors of the report … found",
  not "The authors of the") and a relative clause between commas.

Every sentence is invented.
"""

from __future__ import annotations

import pytest




DENIER = [
    ("Lina Vireo accused Tom Strand of lying about the funds. He denied the charge.", "Tom Strand", "Lina Vireo"),
    ("Ana Ruiz blamed Karl Adler for the flood. He denied any fault.", "Karl Adler", "Ana Ruiz"),
    ("The council accused the port authority of hiding the leak. It denied the accusation.",
     "port authority", "council"),
    ("Piet Holm accused Mara Quist of taking bribes. She denied the allegation on Monday.", "Mara Quist", "Piet Holm"),
    ("The mayor's office charged Ivo Marsh with fraud last week. He denied the charges.", "Ivo Marsh", None),
    ("Karl Adler accused Lina Ortlieb of lying to the council, and she denied it.", "Lina Ortlieb", "Karl Adler"),
]


@pytest.mark.parametrize(("text", "accused", "accuser"), DENIER, ids=lambda x: str(x)[:30])
def test_a_deniers_pronoun_is_the_accused(text: str, accused: str, accuser: str | None, with_last_cue) -> None:
    a = with_last_cue(text, "denied")
    assert a.act == "deny"
    assert a.source.actor == accused
    assert a.source.actor != accuser


def test_a_pronoun_without_an_accusation_resolves_as_before(with_last_cue) -> None:
    a = with_last_cue("Mayor Tomas Reyk toured the flooded district on Monday. He denied that the levee had failed.",
                "denied")
    assert a.source.actor == "Tomas Reyk"


TWO_PEOPLE = [
    "Lina Vireo accused Tom Strand of lying about the funds. He denied it, she said.",
    "Ana Ruiz accused Karl Adler of fraud. He denied it, she told reporters.",
    "Mara Quist blamed Ivo Marsh for the leak. He denied any fault, she said.",
    "Lina Ortlieb accused Piet Holm of lying. He denied the charge, she said on Monday.",
    "Ana Ruiz charged Tom Strand with fraud. He denied it, she said.",
]


@pytest.mark.parametrize("text", TWO_PEOPLE, ids=lambda x: x[:30])
def test_she_is_not_the_person_called_he(text: str, attributions) -> None:
    atts = attributions(text)
    he = next(a for a in atts if a.source is not None and a.source.span is not None
              and a.source.span.text == "He")
    she = next(a for a in atts if a.source is not None and a.source.span is not None
               and a.source.span.text == "she")
    assert he.source.actor is not None
    assert she.source.actor != he.source.actor


SECOND_VERB = [
    ("The authors of the report combed through the filings and found that most firms paid little.",
     "found", "The authors of the report"),
    ("The authors of the report, which include two unions, combed through the filings and found that most "
     "firms paid little.", "found", "The authors of the report, which include two unions"),
    ("The editors of the paper read the files and concluded that the mayor had lied.", "concluded",
     "The editors of the paper"),
    ("The critics of the plan wrote to the council and claimed that the port would close.", "claimed",
     "The critics of the plan"),
    ("Ana Ruiz, who led the strike, spoke to workers and said the talks had failed.", "said",
     "Ana Ruiz, who led the strike"),
]


@pytest.mark.parametrize(("text", "cue", "source"), SECOND_VERB, ids=lambda x: str(x)[:30])
def test_a_second_verbs_subject_stays_whole(text: str, cue: str, source: str, with_last_cue) -> None:
    a = with_last_cue(text, cue)
    assert a.source.span.text == source
