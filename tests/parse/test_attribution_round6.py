"""Attribution round 6 (issue 12, open frames): each class with invented sentences of our own
and at least five neighbours.

1. the clausal-complement frame: "SUBJECT VERB-ed that CLAUSE" is an ``assert`` cue for a verb
   in no cue entry ("the court ruled that C"), with the subject as source and the clause as
   content; never for a verb of ``complement_stop`` ("ensured that", "meant that"), a
   demonstrative "that" ("ruled that out"), a relative "that" ("that passed"), nor a subject
   that cannot speak;
2. a noun cue with "that" needs a finite clause after it ("the report that surfaced" is a
   relative clause), and a determiner is never its source ("The claim that C" has none);
3. "fund", "panel", "tribunal", "jury" are organisations that speak ("the fund predicted").
"""

from __future__ import annotations

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.model import Attribution
from claimcheck.parse.attributions import extract_attributions
from claimcheck.parse.attributions.content import clause_after
from claimcheck.parse.attributions.tokens import Toks
from claimcheck.parse.patterns import cue_lexicon
from claimcheck.parse.sentences import split_sentences

LEX = load_lexicons()


def _atts(text: str) -> tuple[Attribution, ...]:
    return extract_attributions(text, split_sentences(text, lexicons=LEX), LEX)


def _src(a: Attribution) -> str | None:
    return a.source.span.text if a.source is not None and a.source.span is not None else None


# 1. the clausal-complement frame, open class: (sentence, cue, source, content)
COMPLEMENT = [
    ("The appeals court ruled that the map violates the law.", "ruled", "The appeals court",
     "the map violates the law"),
    ("Republicans were incensed that the deals did not require testimony.", "were incensed", "Republicans",
     "the deals did not require testimony"),
    ("Investigators determined that the fire was set on purpose.", "determined", "Investigators",
     "the fire was set on purpose"),
    ("Auditors learned that the fund had lost millions.", "learned", "Auditors", "the fund had lost millions"),
    ("The senator reasoned that voters would forgive him.", "reasoned", "The senator",
     "voters would forgive him"),
    ("The commission then ruled that the budget figures were wrong.", "then ruled", "The commission",
     "the budget figures were wrong"),
    ("Ana Ruiz, the county clerk, realized that the ballots were missing.", "realized",
     "Ana Ruiz, the county clerk", "the ballots were missing"),
]


@pytest.mark.parametrize(("text", "cue", "source", "content"), COMPLEMENT)
def test_clausal_complement_is_a_cue(text: str, cue: str, source: str, content: str) -> None:
    word = cue.split()[-1]
    assert cue_lexicon(LEX).lookup(word) is None, f"{word!r} is a lexicon cue: the row tests nothing open"
    atts = _atts(text)
    assert [a.cue.text for a in atts] == [cue]
    a = atts[0]
    assert a.act == "assert"
    assert _src(a) == source
    assert a.content.text.rstrip(".") == content


NO_COMPLEMENT = [
    "The committee ensured that the vote was held.",  # complement_stop
    "The delay meant that the plant closed.",  # complement_stop
    "Her lawyers requested that the hearing be delayed.",  # complement_stop (a directive)
    "The mayor ruled that out.",  # a demonstrative, no clause
    "The storm damaged that bridge on Monday.",  # a demonstrative before a noun
    "The rain intensified that night in the valley.",  # a demonstrative, no finite verb
    "The rise reflected that demand was strong.",  # a subject that cannot speak
    "Residents opened accounts that earned interest.",  # a relative "that"
]


@pytest.mark.parametrize("text", NO_COMPLEMENT)
def test_no_clausal_complement(text: str) -> None:
    assert _atts(text) == ()


CLAUSES = [
    ("that the law stands", True),
    ("that growth will slow", True),
    ("that officials misled voters", True),
    ("that the laws", False),
    ("that is new", False),
    ("that passed in May", False),
    ("that night, in the valley", False),
]


@pytest.mark.parametrize(("text", "finite"), CLAUSES)
def test_clause_after(text: str, finite: bool) -> None:
    t = Toks.of(text, 0, len(text))
    assert clause_after(t, 1) is finite


# 2. a noun cue with "that": a finite clause after it, never a determiner as source
NOUN_THAT = [
    ("The claim that the vote was rigged is false.", "claim", None),
    ("Trump's claim that the vote was rigged is false.", "claim", "Trump's"),
    ("The news that the plant would close shocked the town.", "news", None),
    ("A belief that the war would end soon spread.", "belief", None),
    ("The mayor's claim that the dam could fail went unheeded.", "claim", "The mayor's"),
    ("The notion that taxes will fall is wrong.", "notion", None),
]


@pytest.mark.parametrize(("text", "cue", "source"), NOUN_THAT)
def test_noun_cue_with_a_clause(text: str, cue: str, source: str | None) -> None:
    atts = _atts(text)
    assert [a.cue.text for a in atts] == [cue]
    assert _src(atts[0]) == source


NOUN_RELATIVE = [
    "The report that surfaced was leaked.",
    "The statement that followed was brief.",
    "Reports that circulated on Monday were wrong.",
    "The claims that remained were dropped.",
    "The warning that came too late was ignored.",
]


@pytest.mark.parametrize("text", NOUN_RELATIVE)
def test_noun_cue_with_a_relative_clause_is_no_cue(text: str) -> None:
    assert _atts(text) == ()


# 3. organisations that speak
ORGANISATIONS = [
    ("The fund predicted that growth will slow.", "The fund"),
    ("The panel concluded that the agency had misled voters.", "The panel"),
    ("The tribunal found that the contract was void.", "The tribunal"),
    ("The jury decided that the officer acted lawfully.", "The jury"),
    ("The fund warned that debt levels are rising.", "The fund"),
]


@pytest.mark.parametrize(("text", "source"), ORGANISATIONS)
def test_organisation_heads_speak(text: str, source: str) -> None:
    atts = _atts(text)
    assert len(atts) == 1
    assert _src(atts[0]) == source
