"""Sources, stop 22 (issue 12): source spans on attributions whose cue is right.

Each class comes from the tuning half of PolNeAR dev (``benchmarks/span_errors.py --field
source``); every sentence here is invented, each class with five or more neighbours and
counter-cases.
"""

from __future__ import annotations

import pytest

# "It has shown it knows how": "it" before an active perfect speaks; "has"/"had" is expletive
# only with "been" in the cue ("it has been reported", "it had long been feared")
IT_PERFECT = [
    ("It has shown it knows how.", "shown", "It"),
    ("It has argued that the levy is unfair.", "argued", "It"),
    ("It had warned that the bridge would close.", "warned", "It"),
    ("The agency rarely comments. It has insisted that the data are sound.", "insisted", "It"),
    ("It has claimed that the dam is safe.", "claimed", "It"),
    ("It has been reported that the dam broke.", "reported", None),
    ("It had long been feared that the dam would break.", "feared", None),
    ("It has long been believed that the vote was rigged.", "believed", None),
    ("It was announced that the talks had failed.", "announced", None),
]


@pytest.mark.parametrize(("text", "cue", "source"), IT_PERFECT, ids=lambda x: str(x)[:30])
def test_it_before_an_active_perfect_is_the_source(text: str, cue: str, source: str | None, with_last_cue,
                                                  source_text) -> None:
    assert source_text(with_last_cue(text, cue)) == source


# a title-case name across "to" and its acronym in parentheses, after the cue
NAMES_AFTER = [
    ("More than 100 people took part, according to the event organizer Alliance to Reclaim Our Schools (AROS).",
     "to", "the event organizer Alliance to Reclaim Our Schools (AROS)"),
    ("The vote is set, according to the Coalition to Stop Dam Building.", "to",
     "the Coalition to Stop Dam Building"),
    ("The levy will double, according to the Union of Velmora Farmers (UVF).", "to",
     "the Union of Velmora Farmers (UVF)"),
    ("\"The dam is safe,\" said the Fund to Save Upland Rivers.", "said", "the Fund to Save Upland Rivers"),
    ("\"We will win,\" said the Ruritanian Farmers Party (RFP).", "said", "the Ruritanian Farmers Party (RFP)"),
    ("According to the Alliance to Reclaim Our Schools (AROS), the walk-in drew 100,000 people.", "to",
     "the Alliance to Reclaim Our Schools (AROS)"),
    # counter-cases: a recipient after "to", a one-letter party, a day
    ("\"We will win,\" said Ana Ruiz to Congress.", "said", "Ana Ruiz"),
    ("\"We will win,\" said Ana Ruiz (D).", "said", "Ana Ruiz"),
    ("\"We will win,\" said Ana Ruiz to Ivo on Monday.", "said", "Ana Ruiz"),
]


@pytest.mark.parametrize(("text", "cue", "source"), NAMES_AFTER, ids=lambda x: str(x)[:30])
def test_a_name_across_to_and_its_acronym_after_the_cue(text: str, cue: str, source: str, with_last_cue,
                                                         source_text) -> None:
    assert source_text(with_last_cue(text, cue)) == source


# "said X, who emphasized that C": a relative clause whose verb is a cue is the pronoun's own
# attribution, left out of the source; any other relative clause stays in it (PolNeAR)
RELATIVE_AFTER = [
    ("''Raising the levy is hard,'' said Ivo Marek, who emphasized that the plan would simplify returns.",
     "Ivo Marek", "the plan would simplify returns"),
    ("\"It is over,\" said Ana Ruiz, who has long argued that the levy is unfair.", "Ana Ruiz",
     "the levy is unfair"),
    ("\"It is over,\" said Ana Ruiz, who warned last year that the levy would fail.", "Ana Ruiz",
     "the levy would fail"),
    ("\"The dam will hold,\" said Piet Holm, who insisted that the engineers were right.", "Piet Holm",
     "the engineers were right"),
    ("\"The deal is dead,\" said the envoy, who added that talks would resume in May.", "the envoy",
     "talks would resume in May"),
]
RELATIVE_KEPT = [
    ("\"It is over,\" said Ana Ruiz, who chairs the board.", "Ana Ruiz, who chairs the board"),
    ("\"It is over,\" said Karl Adler, who has four children.", "Karl Adler, who has four children"),
    ("\"It is over,\" said Mara Quist, who runs the bakery in Lindby.", "Mara Quist, who runs the bakery in Lindby"),
]


@pytest.mark.parametrize(("text", "source", "content"), RELATIVE_AFTER, ids=lambda x: str(x)[:30])
def test_a_speaking_relative_clause_is_no_part_of_the_source(text: str, source: str, content: str, with_last_cue,
                                                             attributions, source_text) -> None:
    assert source_text(with_last_cue(text, "said")) == source
    rel = [a for a in attributions(text) if source_text(a) == "who"]
    assert rel and rel[0].content.text == content


@pytest.mark.parametrize(("text", "source"), RELATIVE_KEPT, ids=lambda x: str(x)[:30])
def test_any_other_relative_clause_stays_in_the_source(text: str, source: str, with_last_cue, source_text) -> None:
    assert source_text(with_last_cue(text, "said")) == source
