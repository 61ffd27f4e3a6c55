"""Sentence segmentation: abbreviations, initials, punctuation, exact offsets."""

from __future__ import annotations

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.model import Line
from claimcheck.parse.sentences import abbreviations, split_sentences
from claimcheck.text.segment import MAX_SENTENCE, split_lines

LEX = load_lexicons()


def sents(text: str) -> list[str]:
    out = split_sentences(text, lexicons=LEX)
    for s in out:
        assert 0 <= s.start < s.end <= len(text)
        assert s.text_of(text) == text[s.start:s.end]
        assert s.text_of(text) == s.text_of(text).strip(), "sentences carry no outer white space"
    return [s.text_of(text) for s in out]


@pytest.mark.parametrize("text,expected", [
    ("Gen. Haftar arrived in Cairo. He met officials there.",
     ["Gen. Haftar arrived in Cairo.", "He met officials there."]),
    ("Mr. Smith and Dr. Jones spoke. Prof. Brown did not.",
     ["Mr. Smith and Dr. Jones spoke.", "Prof. Brown did not."]),
    ("The U.S. Army said so. Officials in the U.K. agreed.",
     ["The U.S. Army said so.", "Officials in the U.K. agreed."]),
    ("No. 10 Downing Street declined comment. The talks went on.",
     ["No. 10 Downing Street declined comment.", "The talks went on."]),
    ("The firm, Acme Inc. said profits rose. It was not enough.",
     ["The firm, Acme Inc. said profits rose.", "It was not enough."]),
    ("They met on Jan. 5 in Tunis. Nothing was agreed.",
     ["They met on Jan. 5 in Tunis.", "Nothing was agreed."]),
])
def test_abbreviations_do_not_end_sentences(text: str, expected: list[str]) -> None:
    assert sents(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("J. R. Smith said it. Others disagreed.", ["J. R. Smith said it.", "Others disagreed."]),
    ("The envoy, A. Haddad, left early. The session resumed.",
     ["The envoy, A. Haddad, left early.", "The session resumed."]),
])
def test_initials_do_not_end_sentences(text: str, expected: list[str]) -> None:
    assert sents(text) == expected


def test_decimal_numbers_are_not_boundaries() -> None:
    assert sents("Prices rose 3.5 per cent. Analysts said so.") == ["Prices rose 3.5 per cent.", "Analysts said so."]


def test_question_exclamation_ellipsis_and_closing_quotes() -> None:
    text = 'He said: "We will go." Then he left! Did he? Yes… Really.'
    assert sents(text) == ['He said: "We will go."', "Then he left!", "Did he?", "Yes…", "Really."]


def test_curly_quotes_and_brackets() -> None:
    text = "Dr. Jane Doe (left) spoke. “We are ready.” The talks ended (for now.) Nobody objected."
    assert sents(text) == ["Dr. Jane Doe (left) spoke.", "“We are ready.”", "The talks ended (for now.)",
                           "Nobody objected."]


def test_sentences_never_cross_a_line() -> None:
    text = "Line one without a stop\nLine two. Second sentence.\r\nThird line"
    assert sents(text) == ["Line one without a stop", "Line two.", "Second sentence.", "Third line"]


def test_offsets_index_the_text_as_given() -> None:
    text = "\ufeffÜber Nacht. \u00a0Sie sagte: «Nein.» Ende.\r\n\r\n  Zweiter Absatz.  "
    out = split_sentences(text, lexicons=LEX)
    got = [text[s.start:s.end] for s in out]
    assert got == ["\ufeffÜber Nacht.", "Sie sagte: «Nein.»", "Ende.", "Zweiter Absatz."]
    assert [s.paragraph for s in out] == [0, 0, 0, 1]


def test_sentences_are_ordered_and_disjoint() -> None:
    text = ("Officials said the port reopened. A spokesman, speaking on condition of anonymity, said "
            "more ships were expected. Fishermen welcomed it!\n\nThe U.N. envoy, Mr. Salem, agreed. Why? "
            "Nobody knew.")
    out = split_sentences(text, lexicons=LEX)
    assert len(out) == 6
    for a, b in zip(out, out[1:]):
        assert a.end <= b.start


def test_long_runs_are_cut_at_a_clause_boundary() -> None:
    text = ", ".join(["the harbour authority reopened the pier"] * 200) + "."
    out = split_sentences(text, lexicons=LEX)
    assert len(out) > 1
    assert all(s.end - s.start <= MAX_SENTENCE for s in out)
    assert "".join(text[s.start:s.end] for s in out).replace(" ", "") == text.replace(" ", "")
    for s in out[:-1]:
        assert text[s.end - 1] in ",; "


def test_long_run_without_any_break_is_cut_hard() -> None:
    text = "x" * (MAX_SENTENCE * 2 + 10)
    out = split_sentences(text, lexicons=LEX)
    assert [s.end - s.start for s in out] == [MAX_SENTENCE, MAX_SENTENCE, 10]


def test_boilerplate_lines_give_flagged_sentences() -> None:
    text = "Menu\nThe pier reopened. Ships returned.\nShare this"
    (a, b, c) = split_lines(text)
    lines = [Line(*a, "boilerplate", "navigation phrase"), Line(*b, "body"), Line(*c, "boilerplate")]
    out = split_sentences(text, lines, lexicons=LEX)
    assert [(text[s.start:s.end], s.boilerplate, s.paragraph) for s in out] == [
        ("Menu", True, 0), ("The pier reopened.", False, 1), ("Ships returned.", False, 1), ("Share this", True, 2)]


@pytest.mark.parametrize("text,expected", [
    ("a\nb", [(0, 1), (2, 3)]),
    ("a\r\nb\r\n", [(0, 1), (3, 4)]),
    ("a\rb", [(0, 1), (2, 3)]),
    ("a\u2028b", [(0, 1), (2, 3)]),
    ("\n\n  \nx  \n", [(5, 8)]),
    ("", []),
])
def test_split_lines(text: str, expected: list[tuple[int, int]]) -> None:
    assert split_lines(text) == expected


def test_abbreviation_lexicon_loaded() -> None:
    abbrev = abbreviations(LEX)
    assert {"gen", "mr", "dr", "u.s", "no"} <= abbrev
    assert all(not a.endswith(".") for a in abbrev)


def test_the_splitter_reads_only_the_abbreviations_it_is_given() -> None:
    from claimcheck.text import segment

    text = "Gen. Ruiz arrived. He spoke."
    with_lexicon = [s.text_of(text) for s in segment.split_sentences(text, abbreviations=abbreviations(LEX))]
    without = [s.text_of(text) for s in segment.split_sentences(text, abbreviations=frozenset())]
    assert with_lexicon == ["Gen. Ruiz arrived.", "He spoke."]
    assert without == ["Gen.", "Ruiz arrived.", "He spoke."]
