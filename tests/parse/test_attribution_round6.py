"""Attribution round 6 (issue 12, open frames): each class with invented sentences of our own
and at least five neighbours.

1. the clausal-complement frame: "SUBJECT VERB-ed that CLAUSE" is an ``assert`` cue for a verb
   in no cue entry ("the court ruled that C"), with the subject as source and the clause as
   content; never for a verb of ``complement_stop`` ("ensured that", "meant that"), a
   demonstrative "that" ("ruled that out"), a relative "that" ("that passed"), nor a subject
   that cannot speak;
2. a noun cue with "that" needs a finite clause after it ("the report that surfaced" is a
   relative clause), and a determiner is never its source ("The claim that C" has none);
3. "fund", "panel", "tribunal", "jury" are organisations that speak ("the fund predicted");
4. a second verb after ", but"/", and" shares the main clause's subject, never that of a cue
   nested in the first content ("X said they want C, but pledged D": X pledged, and X's first
   statement is kept);
5. a participle after a degree word is an adjective, no cue ("her proposals were more detailed");
6. a relative clause without "who" stays in the subject ("everyone I interviewed said C"), with
   a predeterminer ("all the experts we consulted");
7. a parenthesis after a name before its apposition ("Sen. NAME (R-Ga.), chairwoman of X,
   said"), and a place apposition ("NAME, of Ashton, Md., said") keep the subject;
8. a trailing ", according to X" ends the content of a cue before it, so it is the outer
   attribution of its sentence ("Police have said C, according to attorneys": the attorneys');
9. the writer's connectives "it is worth noting that", "Having said that," are no cue.
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


# 4. the shared subject of a second verb: (sentence, [(cue, source, content)])
SHARED = [
    ("Protesters said they want justice for the victims, but pledged to stay calm.",
     [("said", "Protesters", "they want justice for the victims"), ("pledged", "Protesters", "to stay calm")]),
    ("The mayor said voters expect “a fair count,” but promised a quick result.",
     [("said", "The mayor", "voters expect “a fair count,”"), ("promised", "The mayor", "a quick result")]),
    ("Farmers said they fear the drought, and vowed to keep planting.",
     [("said", "Farmers", "they fear the drought"), ("vowed", "Farmers", "to keep planting")]),
    ("The union said members hope for a deal, but warned of a strike.",
     [("said", "The union", "members hope for a deal"), ("warned", "The union", "of a strike")]),
    ("Residents said they believe the plan is late, but added that work had begun.",
     [("said", "Residents", "they believe the plan is late"), ("added", "Residents", "work had begun")]),
]


@pytest.mark.parametrize(("text", "expected"), SHARED)
def test_second_verb_shares_the_main_subject(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(a.cue.text, _src(a), a.content.text) for a in _atts(text)] == expected


# 5. a participle after a degree word is an adjective
DEGREE = [
    "The report was highly detailed.",
    "Her plan was more detailed than his.",
    "The design is less complicated and very refined.",
    "The budget was far more detailed than last year's.",
    "His answers were most detailed on taxes.",
]


@pytest.mark.parametrize("text", DEGREE)
def test_degree_participle_is_no_cue(text: str) -> None:
    assert _atts(text) == ()


def test_degree_participle_does_not_hide_the_real_cue() -> None:
    atts = _atts("Everyone I interviewed said her proposals were more detailed.")
    assert [(a.cue.text, _src(a), a.content.text) for a in atts] == \
        [("said", "Everyone I interviewed", "her proposals were more detailed")]


# 6. a relative clause without "who" in the subject
CONTACT = [
    ("Everyone I interviewed said the plan was late.", "said", "Everyone I interviewed"),
    ("All the experts we consulted warned that the dam could fail.", "warned", "All the experts we consulted"),
    ("The lawyers she hired denied the claims.", "denied", "The lawyers she hired"),
    ("The voters they polled said taxes were too high.", "said", "The voters they polled"),
    ("Several officials he met told reporters the talks had stalled.", "told", "Several officials he met"),
    ("The officials we contacted declined to comment.", "declined to comment", "The officials we contacted"),
]


@pytest.mark.parametrize(("text", "cue", "source"), CONTACT)
def test_relative_clause_without_who(text: str, cue: str, source: str) -> None:
    atts = _atts(text)
    assert [(a.cue.text, _src(a)) for a in atts] == [(cue, source)]


# 7. a parenthesis and a place in the subject's apposition
APPOSITIONS = [
    ("Sen. Ana Diaz (R-Ga.), chairwoman of the budget panel, said the vote was close.", "said",
     "Sen. Ana Diaz (R-Ga.), chairwoman of the budget panel"),
    ("Rep. Tom Ruiz (D-N.M.), a member of the panel, told reporters the bill was dead.", "told",
     "Rep. Tom Ruiz (D-N.M.), a member of the panel"),
    ("Lena Park, of Ashton, Md., said the water was unsafe.", "said", "Lena Park, of Ashton, Md."),
    ("Omar Haddad, of Dearborn, Mich., said the vote was fair.", "said", "Omar Haddad, of Dearborn, Mich."),
    ("Ana Ruiz, from Ashton, Maryland, told reporters the plan was late.", "told",
     "Ana Ruiz, from Ashton, Maryland"),
    ("Ana Ruiz, of the county board, said the plan was late.", "said", "Ana Ruiz, of the county board"),
]


@pytest.mark.parametrize(("text", "cue", "source"), APPOSITIONS)
def test_parenthesis_and_place_in_apposition(text: str, cue: str, source: str) -> None:
    atts = _atts(text)
    assert [(a.cue.text, _src(a)) for a in atts] == [(cue, source)]
    assert atts[0].content.text.startswith("the ")


# 8. a trailing "according to X" is the outer attribution
ACCORDING = [
    ("Police have said they will not release the videos, according to attorneys for the family.",
     "attorneys for the family", "Police have said they will not release the videos"),
    ("The mayor plans to visit the site on Sunday, according to a campaign aide.", "a campaign aide",
     "The mayor plans to visit the site on Sunday"),
    ("The minister hopes to sign the deal next week, according to two officials.", "two officials",
     "The minister hopes to sign the deal next week"),
    ("Rebels claimed the town, according to local residents.", "local residents", "Rebels claimed the town"),
    ("The senator intends to run again, according to her aides.", "her aides", "The senator intends to run again"),
]


@pytest.mark.parametrize(("text", "source", "content"), ACCORDING)
def test_trailing_according_to_is_outermost(text: str, source: str, content: str) -> None:
    atts = _atts(text)
    assert [(a.cue.text, _src(a), a.content.text) for a in atts] == [("according to", source, content)]


def test_leading_according_to_keeps_its_clause() -> None:
    atts = _atts("According to the ministry, the minister said the talks would resume.")
    assert [(a.cue.text, _src(a), a.content.text) for a in atts] == \
        [("According to", "the ministry", "the minister said the talks would resume")]


# 9. the writer's connectives
CONNECTIVES = [
    "It is worth noting that the tax bill was large.",
    "Having said that, some economists disagree.",
    "It's worth remembering that the vote was close.",
    "Having noted this, the panel moved on.",
    "It is also worth mentioning that the law changed.",
    "Having stated this, the report turns to taxes.",
]


@pytest.mark.parametrize("text", CONNECTIVES)
def test_connectives_are_no_cue(text: str) -> None:
    assert _atts(text) == ()
