"""Non-answers are ``decline`` (issue 9 item 2, issue 12 item 5): "no comment(s)", "no update",
"did not have any information", "unable to confirm", "has not corroborated", "neither confirmed
nor denied", "declined to confirm or deny", also when reported ("X said the palace did not have
any information"); a negated speech verb ("did not say whether") is no ``assert``.  The shared
cases ``cases/xref/non_answers`` and the non-answer part of
``cases/xref/quote_spanning_two_sentences`` are copied here, with five neighbours of our own each."""

from __future__ import annotations

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.parse.attributions import extract_attributions
from claimcheck.parse.sentences import split_sentences

LEX = load_lexicons([])


def _atts(text: str):  # noqa: ANN202
    return extract_attributions(text, split_sentences(text, lexicons=LEX), LEX)


# ../shared/cases/xref/non_answers/a.txt (the body), copied
NON_ANSWERS = (
    "Asked if Ruritania had used Sylvanian drones, palace spokesman Igor Ivanov said the palace did not "
    "have any information about their use. Spokesman Ivanov said last month that Ruritania had made \"no "
    "comments on the matter\" when asked about the drones. Council spokesman Tom Brown told reporters that "
    "the government had \"no update\" on whether the drones had been delivered."
)

# ../shared/cases/xref/quote_spanning_two_sentences/a.txt (the body), copied
QUOTE_SPANNING = (
    "\"The council is unable to confirm this newspaper report. The anonymous claims in the report did not "
    "come from intelligence shared by the government,\" council spokesperson Ann Lee said on Twitter."
)


def test_non_answers_case() -> None:
    atts = _atts(NON_ANSWERS)
    # "Asked if …, Y said": the question put is no attribution (src23); the three answers are, all non-answers
    assert all(a.source is not None for a in atts)
    assert [a.act for a in atts] == ["decline", "decline", "decline"]
    assert [a.source.span.text for a in atts if a.source and a.source.span] == [
        "palace spokesman Igor Ivanov", "Spokesman Ivanov", "Council spokesman Tom Brown"]


def test_unable_to_confirm_case_is_a_non_answer_of_the_speaker() -> None:
    a, rest = _atts(QUOTE_SPANNING)  # the statement after the non-answer is its own (round 7)
    assert a.act == "decline"  # not deny, not assert
    assert a.source is not None and a.source.actor == "Ann Lee"
    assert a.direct_quote
    assert rest.act == "assert" and rest.source == a.source and rest.content.text.startswith("The anonymous")


# five neighbours of our own for each class: a non-answer reported in the content ...
REPORTED = [
    "A palace aide said the royal household did not have any information about the flights.",
    "The spokeswoman told journalists that the ministry had no update on the missing crew.",
    "A police spokesman said the force had \"no comment\" on the arrests.",
    "The mayor's office said it had no information about the contract.",
    "An army spokesman said the general staff was unable to confirm the report.",
]
# ... and a non-answer as the cue itself
DIRECT = [
    "The ministry neither confirmed nor denied the report of troop movements.",
    "A company spokeswoman declined to confirm or deny the layoffs.",
    "The council is unable to confirm the newspaper report.",
    "The police have not corroborated the witness's account.",
    "The minister did not say when the talks would resume.",
]
# not non-answers: the content states something
NOT_NON_ANSWERS = [
    ("The ministry said the talks had collapsed.", "assert"),
    ("The ministry denied that troops had crossed the border.", "deny"),
    ("The spokesman confirmed that the ship had been seized.", "confirm"),
    ("The spokesman said the comments on the matter were false and the update was late.", "assert"),
    ("The minister never said the talks had collapsed.", "deny"),
]


@pytest.mark.parametrize("text", REPORTED, ids=lambda t: t[:40])
def test_reported_non_answer_is_decline(text: str) -> None:
    acts = [a.act for a in _atts(text)]
    assert acts == ["decline"], f"{text!r}: {acts}"


@pytest.mark.parametrize("text", DIRECT, ids=lambda t: t[:40])
def test_non_answer_cue_is_decline(text: str) -> None:
    atts = _atts(text)
    assert [a.act for a in atts] == ["decline"], f"{text!r}: {[(a.act, a.cue.text) for a in atts]}"
    assert atts[0].content.text, "the content is the question not answered"


@pytest.mark.parametrize(("text", "act"), NOT_NON_ANSWERS, ids=lambda t: t[:40])
def test_statement_is_not_a_non_answer(text: str, act: str) -> None:
    assert [a.act for a in _atts(text)] == [act]
