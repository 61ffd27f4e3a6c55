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


# a participle or second verb shares the subject of its own clause, when that clause opens after
# the sentence's first cue: a pronoun after a comma, a semicolon or "and"; a floating quantifier;
# "who" in a relative clause not yet closed (PolNeAR marks the pronoun itself)
OWN_CLAUSE = [
    ("When my aunt mentioned the flood to me, I laughed and said, \"I don't believe in floods.\"", "said", "I"),
    ("The mayor said the timing was chance; they only learned of it on Friday and quickly disclosed it to the "
     "press.", "disclosed", "they"),
    ("Ana Ruiz said the vote was fair, and she smiled, adding that it would stand.", "adding", "she"),
    ("Ana Ruiz and Ivo Marek vied for the post, each touting their record and saying the other lacks judgment.",
     "saying", "each"),
    ("The two mayors met on Monday, both praising the deal and insisting that it would hold.", "insisting", "both"),
    ("Farmers here, who have taken to the roads and called for the dam to be opened, are angry.", "for", "who"),
    # counter-cases: one subject all through; an interposed tag; a closed relative clause
    ("The mayor said the vote was fair and criticized the rivals.", "criticized", "The mayor"),
    ("The mayor, who was elected last year, met the press and said the bridge would close.", "said",
     "The mayor, who was elected last year"),
    ("Ana Ruiz criticized the plan, adding that it would fail.", "adding", "Ana Ruiz"),
]


@pytest.mark.parametrize(("text", "cue", "source"), OWN_CLAUSE, ids=lambda x: str(x)[:30])
def test_a_second_verb_shares_the_subject_of_its_own_clause(text: str, cue: str, source: str, with_last_cue,
                                                            source_text) -> None:
    assert source_text(with_last_cue(text, cue)) == source


# the main clause's subject a participle shares: "X of Y" whole, past a sentence adverb and a
# prepositional phrase before the participle, ending before a verb after a plural head
PARTICIPLE_SUBJECT = [
    ("A group of doctors in 2019 sent a letter to the dean, calling for his dismissal.", "for", "A group of doctors"),
    ("The head of the agency met the press, saying the dam was safe.", "saying", "The head of the agency"),
    ("Dozens of residents marched on Monday, demanding that the dam be opened.", "demanding", "Dozens of residents"),
    ("Worse, the firms have hidden their accounts, in many cases reporting different numbers to each agency.",
     "reporting", "the firms"),
    ("The ministry issued a statement, for years denying that the dam leaked.", "denying", "The ministry"),
    ("Nevertheless, the union walked out, at one point shouting that the deal was a fraud.", "shouting", "the union"),
    ("Ultimately, the firms cut prices, saying demand had fallen.", "saying", "the firms"),
    ("The firms held talks, saying demand had fallen.", "saying", "The firms"),
    ("The oil firms there cut output, saying demand had fallen.", "saying", "The oil firms"),
    ("The farmers union walked out, saying the levy was unfair.", "saying", "The farmers union"),
]


@pytest.mark.parametrize(("text", "cue", "source"), PARTICIPLE_SUBJECT, ids=lambda x: str(x)[:30])
def test_the_main_clause_subject_a_participle_shares(text: str, cue: str, source: str, with_last_cue,
                                                     source_text) -> None:
    assert source_text(with_last_cue(text, cue)) == source


# a passive cue's agent after its complement is the source ("has been called a charlatan by
# fellow physicians"); a "by" phrase that cannot speak leaves the passive unattributed
LATE_AGENT = [
    ("Ivo Marek — a surgeon and TV star — has been called a charlatan by fellow physicians for his cures.",
     "called", "fellow physicians", "a charlatan"),
    ("Ana Ruiz was described as a liar by her rivals.", "described", "her rivals", "as a liar"),
    ("The plan was called reckless by the mayor on Monday.", "called", "the mayor", "reckless"),
    ("The dam was declared safe by the Velmora Water Board.", "declared", "the Velmora Water Board", "safe"),
    ("The vote was called a sham by a group of observers.", "called", "a group of observers", "a sham"),
    ("The plan was called a fraud by a wide margin.", "called", None, None),
    ("The plan was criticized as reckless.", "criticized", None, None),
]


@pytest.mark.parametrize(("text", "cue", "source", "content"), LATE_AGENT, ids=lambda x: str(x)[:30])
def test_a_passive_agent_after_the_complement_is_the_source(text: str, cue: str, source: str | None,
                                                            content: str | None, with_last_cue, source_text) -> None:
    a = with_last_cue(text, cue)
    assert source_text(a) == source
    if content is not None:
        assert a.content.text == content


# a document "to" its addressee is the source, whole
DOCUMENT_TO = [
    ("The party’s complaint to the Velmora Court of Appeals’ Board on Ethics says Ruiz violated the rules.", "says",
     "The party’s complaint to the Velmora Court of Appeals’ Board on Ethics"),
    ("The union's letter to the board says the levy is unfair.", "says", "The union's letter to the board"),
    ("A memo to the staff warned that cuts were coming.", "warned", "A memo to the staff"),
    ("Her message to the voters said the dam was safe.", "said", "Her message to the voters"),
    ("The farmers' petition to the council argues that the levy is unjust.", "argues",
     "The farmers' petition to the council"),
    # counter-cases: a person's recipient stays out of the source
    ("An aide to the mayor said the dam was safe.", "said", "An aide to the mayor"),
    ("They wrote to the mayor, saying the dam was safe.", "saying", "They"),
]


@pytest.mark.parametrize(("text", "cue", "source"), DOCUMENT_TO, ids=lambda x: str(x)[:30])
def test_a_document_to_its_addressee_is_the_source(text: str, cue: str, source: str, with_last_cue,
                                                   source_text) -> None:
    assert source_text(with_last_cue(text, cue)) == source


# appositions and titles of US political news: a possessive apposition ("Marek, Ruiz's running
# mate, said" was read inverted, source and content swapped), a role with a possessive before
# the name ("Ruiz's spokesman, Piet Holm, said"), a party label ("Rep. X, R-Ohio," / "(R-Ohio)")
APPOSITIONS = [
    ("Marek, Ruiz's running mate, said the debate went well.", "said", "Marek, Ruiz's running mate"),
    ("Ana Ruiz, Marek's campaign manager, told reporters that the debate went well.", "told",
     "Ana Ruiz, Marek's campaign manager"),
    ("\"The audit is unfair,\" Marek, Ruiz's running mate, said.", "said", "Marek, Ruiz's running mate"),
    ("\"The audit is unfair,\" Ruiz's spokesman, Piet Holm, said in a statement.", "said",
     "Ruiz's spokesman, Piet Holm"),
    ("Ruiz's spokesman, Piet Holm, said the audit was unfair.", "said", "Ruiz's spokesman, Piet Holm"),
    ("\"The audit is unfair,\" the committee's chairman, Ivo Marek, said.", "said",
     "the committee's chairman, Ivo Marek"),
    ("Rep. Ivo Marek, R-Ohio, said the audit was unfair.", "said", "Rep. Ivo Marek, R-Ohio"),
    ("Sen. Ana Ruiz, D-N.Y., said the audit was unfair.", "said", "Sen. Ana Ruiz, D-N.Y."),
    ("The committee's chairman, Rep. Ivo Marek (R-Ohio), said the audit was unfair.", "said",
     "The committee's chairman, Rep. Ivo Marek (R-Ohio)"),
    ("\"The audit is unfair,\" said Rep. Ivo Marek, R-Ohio.", "said", "Rep. Ivo Marek, R-Ohio"),
    # counter-cases: a list is no apposition; a name after a role keeps working
    ("Ruiz, Marek's ally, and Holm said the plan was sound.", "said", "Holm"),
    ("The chief of staff, Brigadier General Ana Ruiz, told reporters the plan was off.", "told",
     "The chief of staff, Brigadier General Ana Ruiz"),
]


@pytest.mark.parametrize(("text", "cue", "source"), APPOSITIONS, ids=lambda x: str(x)[:30])
def test_appositions_and_party_labels_stay_in_the_source(text: str, cue: str, source: str, with_last_cue,
                                                          source_text) -> None:
    assert source_text(with_last_cue(text, cue)) == source


# prepositional phrases and examples inside a source: "The senator from Ohio", "Officials with
# the FBI", "Experts such as X", "Groups like X" (the name inside was the source)
INNER_PHRASES = [
    ("The senator from Ohio said the audit was unfair.", "said", "The senator from Ohio"),
    ("The congressman from Velmora said the audit was unfair.", "said", "The congressman from Velmora"),
    ("A spokesman from the ministry said the audit was unfair.", "said", "A spokesman from the ministry"),
    ("Officials with the FBI said the inquiry was closed.", "said", "Officials with the FBI"),
    ("Experts such as Ivo Marek say the plan would raise taxes.", "say", "Experts such as Ivo Marek"),
    ("Groups like the Tax Fund have argued that the plan would raise taxes.", "argued",
     "Groups like the Tax Fund"),
    ("Economists like Ana Ruiz argue that the levy is unfair.", "argue", "Economists like Ana Ruiz"),
    ("Critics such as the Velmora Times have said the levy is unfair.", "said",
     "Critics such as the Velmora Times"),
    # counter-cases: a verb before "like"; a place after a name
    ("It looks like Ana Ruiz said the levy was unfair.", "said", "Ana Ruiz"),
    ("Ana Ruiz, a senator from Ohio, said the audit was unfair.", "said", "Ana Ruiz, a senator from Ohio"),
]


@pytest.mark.parametrize(("text", "cue", "source"), INNER_PHRASES, ids=lambda x: str(x)[:30])
def test_inner_phrases_of_a_source_are_kept(text: str, cue: str, source: str, with_last_cue, source_text) -> None:
    assert source_text(with_last_cue(text, cue)) == source


# a date after a reduced relative is a time phrase, not the source ("A poll released Monday
# found" was "Monday"; "released August 2 found" was "2"); a "/" inside a name
DATED = [
    ("A CNN/ORC poll released Monday found that voters think the audit is unfair.", "found", "A CNN/ORC poll"),
    ("A report released August 2 found that the levy is unfair.", "found", "A report"),
    ("A survey conducted Tuesday found that the levy is unpopular.", "found", "A survey"),
    ("A poll released in late August found that voters think the audit is unfair.", "found", "A poll"),
    ("The 2016 report found that the levy is unfair.", "found", "The 2016 report"),
    ("Section 2 found that the levy is unfair.", "found", "Section 2"),
]


@pytest.mark.parametrize(("text", "cue", "source"), DATED, ids=lambda x: str(x)[:30])
def test_a_date_after_a_participle_is_no_source(text: str, cue: str, source: str, with_last_cue, source_text) -> None:
    assert source_text(with_last_cue(text, cue)) == source


# "C, according to X, APPOSITION." ends its sentence: the apposition is the source's (PolNeAR);
# a clause after the comma stays content
ACCORDING_TAIL = [
    ("The audit is unfair, according to Ana Ruiz, a spokeswoman for the campaign.",
     "Ana Ruiz, a spokeswoman for the campaign", "The audit is unfair"),
    ("Some voters would pay more, according to an analysis by Lina Ortlieb, a former tax aide now teaching at "
     "Velmora University, whose conclusions were seconded by others.",
     "an analysis by Lina Ortlieb, a former tax aide now teaching at Velmora University", "Some voters would pay more"),
    ("The audit is unfair, according to Ruiz, the campaign's lawyer.", "Ruiz, the campaign's lawyer",
     "The audit is unfair"),
    ("The levy will rise, according to Ivo Marek, spokesman for the Velmora Water Board.",
     "Ivo Marek, spokesman for the Velmora Water Board", "The levy will rise"),
    ("The dam is safe, according to the ministry, the agency in charge of it.", "the ministry, the agency in charge of it",
     "The dam is safe"),
    ("The tax fell, according to the Tax Fund, more than twice what it projected.", "the Tax Fund", None),
]


@pytest.mark.parametrize(("text", "source", "content"), ACCORDING_TAIL, ids=lambda x: str(x)[:30])
def test_an_apposition_after_according_to_is_the_source(text: str, source: str, content: str | None, with_last_cue,
                                                        source_text) -> None:
    a = with_last_cue(text, "to")
    assert source_text(a) == source
    if content is not None:
        assert a.content.text == content


# a causative verb is not part of the subject of its bare infinitive ("help people understand"
# gave "help people"); a quantifier with a place ("Some in the party"); a cue noun after a
# determiner heads a reduced passive relative ("The report released by X found" gave "X")
SUBJECT_EDGES = [
    ("It is her push to help people understand the past.", "understand", "people"),
    ("The ad lets voters decide that the audit is unfair.", "decide", "voters"),
    ("The program helped farmers understand that the levy was unfair.", "understand", "farmers"),
    ("Some in the party say the audit is unfair.", "say", "Some in the party"),
    ("Others in the party say the audit is fair.", "say", "Others in the party"),
    ("The report released by the Velmora Institute on Monday found that the levy is unfair.", "found",
     "The report released by the Velmora Institute"),
    ("The statement issued by the ministry said the dam was safe.", "said", "The statement issued by the ministry"),
    ("A study conducted by the institute found that the levy is unfair.", "found",
     "A study conducted by the institute"),
]


@pytest.mark.parametrize(("text", "cue", "source"), SUBJECT_EDGES, ids=lambda x: str(x)[:30])
def test_subject_edges(text: str, cue: str, source: str, with_last_cue, source_text) -> None:
    assert source_text(with_last_cue(text, cue)) == source
