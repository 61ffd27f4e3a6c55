"""Contents, stop 21 (issue 12): where a content ends when its cue is matched.

- a cue inside a sentence-opening subordinate clause ("While C was announced, …", "Although
  X said C, …", "Contrary to his claim that C, …"): the content ends at the comma before the
  main clause, not at the sentence's end;
- a comma inside a closing quotation mark before ", but" ("ruled that C is “true,” but …") cuts
  like a bare comma, the mark kept;
- a quoted title after a preposition or a possessive ("On this week's broadcast of “Upland
  Sunday,” X said C") is no quotation of the speaker's: the content is C, on the right.

Every sentence is invented; the classes come from the tuning half of PolNeAR dev.
"""

from __future__ import annotations

import pytest

FRONTED = [
    ("While a curfew was announced for the whole district, the police did not enforce it.",
     "announced", "for the whole district"),
    ("Although the ministry said the dam was safe, engineers closed it on Friday.", "said", "the dam was safe"),
    ("Because the mayor claimed the vote was rigged, the council ordered a recount.", "claimed",
     "the vote was rigged"),
    ("Even as the governor insisted that the budget was balanced, the deficit grew.", "insisted",
     "the budget was balanced"),
    ("Despite the union's claim that the strike was legal, the court ordered an end to it.", "claim",
     "the strike was legal"),
    ("Contrary to his claim that voters would ''learn nothing,'' there would be a wealth of detail.", "claim",
     "voters would ''learn nothing"),
    ("When the minister announced the new tax, shares fell sharply.", "announced", "the new tax"),
    ("But just as the slump had Democrats wondering about his health, the mayor's illness has Republicans "
     "worried.", "wondering", "about his health"),
]


@pytest.mark.parametrize(("text", "cue", "content"), FRONTED, ids=lambda x: str(x)[:30])
def test_a_content_in_an_opening_clause_ends_before_the_main_clause(text: str, cue: str, content: str,
                                                                     with_last_cue) -> None:
    assert with_last_cue(text, cue).content.text == content


RUNS_ON = [
    # the comma is no main clause's: the cue is in the main clause, or the comma joins a list
    ("If elected, Ana Ruiz said she would close the port, and the mayor agreed.", "said",
     "she would close the port, and the mayor agreed"),
    ("While Ana Ruiz said that the port, the bridge and the dam were safe, the engineers disagreed.", "said",
     "the port, the bridge and the dam were safe"),
    ("The mayor said the port would close, and the governor agreed.", "said",
     "the port would close, and the governor agreed"),
    ("Ana Ruiz said that while the port was closed, the bridge would stay open.", "said",
     "while the port was closed, the bridge would stay open"),
    ("As the mayor put it, the bridge is safe.", "put", None),
]


@pytest.mark.parametrize(("text", "cue", "content"), RUNS_ON, ids=lambda x: str(x)[:30])
def test_a_content_of_the_main_clause_runs_on(text: str, cue: str, content: str | None, find_cue) -> None:
    a = find_cue(text, cue)
    if content is None:  # the content is on the left of the tag, never cut by the rule
        assert a is None or "bridge is safe" in a.content.text
    else:
        assert a.content.text == content


QUOTED_COMMA = [
    ("The board then ruled that the mayor's statement about “thousands of permits” is “true,” but it noted "
     "that most were never used.", "ruled", "the mayor's statement about “thousands of permits” is “true,”"),
    ("The panel found that the claim was “mostly false,” but it praised the mayor's candour.", "found",
     "the claim was “mostly false,”"),
    ("Ana Ruiz said the plan was \"a disaster,\" but she voted for it.", "said", "the plan was \"a disaster,\""),
    ("The auditor concluded that the accounts were “in order,” but the council disagreed.", "concluded",
     "the accounts were “in order,”"),
    ("Karl Adler argued that the levy was “unfair,” but he paid it.", "argued", "the levy was “unfair,”"),
]


@pytest.mark.parametrize(("text", "cue", "content"), QUOTED_COMMA, ids=lambda x: str(x)[:30])
def test_a_comma_inside_a_closing_quote_before_but_ends_the_content(text: str, cue: str, content: str,
                                                                    with_last_cue) -> None:
    assert with_last_cue(text, cue).content.text == content


TITLES = [
    ("On this weekend’s broadcast of “Upland Sunday,” Gov. Ana Ruiz (R-UP) said her rival’s tweet was a joke.",
     "Gov. Ana Ruiz (R-UP)", "her rival’s tweet was a joke"),
    ("Speaking on “Face the Valley,” Senator Karl Adler said the bill was dead.", "Senator Karl Adler",
     "the bill was dead"),
    ("In an interview with “Morning Desk,” the mayor said the port would reopen.", "the mayor",
     "the port would reopen"),
    ("Writing in “The Upland Review,” Lina Ortlieb said the tax had failed.", "Lina Ortlieb", "the tax had failed"),
    ("Asked about it on the network’s “Evening Hour,” Piet Holm said he would resign.", "Piet Holm",
     "he would resign"),
]


@pytest.mark.parametrize(("text", "source", "content"), TITLES, ids=lambda x: str(x)[:30])
def test_a_quoted_title_before_the_source_is_no_content(text: str, source: str, content: str,
                                                        with_last_cue, source_text) -> None:
    a = with_last_cue(text, "said")
    assert source_text(a) == source
    assert a.content.text == content


QUOTES_KEPT = [
    # a quotation of the speaker's, capitalised or not, stays the content on the left
    ("“We Will Win,” Ana Ruiz said.", "Ana Ruiz", "“We Will Win,”"),
    ("“The port is safe,” the mayor said.", "the mayor", "“The port is safe,”"),
    ("“Never Again,” Karl Adler said of the plan.", "Karl Adler", "“Never Again,”"),
    ("“It Is Over,” Lina Ortlieb said on Monday.", "Lina Ortlieb", "“It Is Over,”"),
    ("“Vote Now,” the senator told reporters.", "the senator", "“Vote Now,”"),
]


@pytest.mark.parametrize(("text", "source", "content"), QUOTES_KEPT, ids=lambda x: str(x)[:30])
def test_a_speakers_quotation_stays_the_content(text: str, source: str, content: str, attributions,
                                                source_text) -> None:
    atts = attributions(text)
    assert any(source_text(a) == source and a.content.text == content for a in atts), \
        [(source_text(a), a.content.text) for a in atts]


FREE_RELATIVES = [
    # "between what X says C and …": C is the free relative's clause, up to "and" or a comma
    ("The gap between what Ana Ruiz says the levy would raise and what it raises is wide.", "says",
     "the levy would raise"),
    ("Voters noticed the difference between what the mayor says the plan costs, and what it costs.", "says",
     "the plan costs"),
    ("There is a gap between what officials say the dam can hold and what engineers measured.", "say",
     "the dam can hold"),
    ("What the governor says the budget does, and what it does, differ.", "says", "the budget does"),
    ("The gap between what the mayor says his plan would do and how experts judge it has grown.", "says",
     "his plan would do"),
]


@pytest.mark.parametrize(("text", "cue", "content"), FREE_RELATIVES, ids=lambda x: str(x)[:30])
def test_a_free_relatives_content_ends_at_and_or_a_comma(text: str, cue: str, content: str, with_cue) -> None:
    assert with_cue(text, cue).content.text == content


def test_a_clause_with_no_free_relative_runs_on(with_cue) -> None:
    # no "what" before the source: "and" goes on with the reported clause
    a = with_cue("The mayor says the plan costs too much and the council agrees.", "says")
    assert a.content.text == "the plan costs too much and the council agrees"


GERUND_TAILS = [
    # a tag between commas, then a gerund subject with its verb: the content is both sides
    ("Though the transition was smooth, he said, replacing the mayor would be much harder.", "he",
     ("the transition was smooth", "replacing the mayor would be much harder")),
    ("Although the levy failed, she said, raising it again would be a mistake.", "she",
     ("the levy failed", "raising it again would be a mistake")),
    ("The bridge was closed, the mayor said, reopening it would take a year.", "the mayor",
     ("The bridge was closed", "reopening it would take a year")),
    ("The vote was close, Ana Ruiz said, counting it again could take weeks.", "Ana Ruiz",
     ("The vote was close", "counting it again could take weeks")),
    ("The port is open, the minister said, closing it would cost jobs.", "the minister",
     ("The port is open", "closing it would cost jobs")),
]


@pytest.mark.parametrize(("text", "source", "parts"), GERUND_TAILS, ids=lambda x: str(x)[:30])
def test_a_gerund_subject_after_an_interposed_tag_is_content(text: str, source: str, parts: tuple[str, str],
                                                            with_cue, source_text) -> None:
    a = with_cue(text, "said")
    assert source_text(a) == source
    for p in parts:
        assert p in a.content.text


PARTICIPLES = [
    # a participle clause after the tag is the speaker's next attribution, no part of the first
    ("The talks went well, he said, adding that a deal was near.", "adding", "a deal was near"),
    ("The port is safe, the mayor said, insisting that the bridge would reopen.", "insisting",
     "the bridge would reopen"),
    ("The levy failed, she said, warning that the schools would suffer.", "warning", "the schools would suffer"),
]


@pytest.mark.parametrize(("text", "cue", "content"), PARTICIPLES, ids=lambda x: str(x)[:30])
def test_a_participle_after_the_tag_stays_its_own(text: str, cue: str, content: str, with_cue) -> None:
    assert with_cue(text, cue).content.text == content
    said = with_cue(text, "said")
    assert content not in said.content.text
