"""Attribution, round 7 (issue 12): the classes a new-user test found, each with the case and
five neighbours of our own, and the PolNeAR recall classes of this round.

- a non-answer followed, in the same quotation, by a statement: two attributions of one
  source and cue, ``decline`` then ``assert`` (``cases/xref/quote_spanning_two_sentences``);
- a headline's bare role noun ("Minister denies …") is an unnamed role, not a named actor;
- a plural agent noun opening a sentence ("Engineers said") is a described group, not a name;
- words that are no names are no claim actors: a pronoun contraction ("You've"), a
  participle opening a clause ("Putting X and Y aside"), a compound adjective ("-made").
"""

from __future__ import annotations

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.model import ArticleMeta
from claimcheck.parse.attributions import extract_attributions
from claimcheck.parse.claims import extract_claims
from claimcheck.parse.sentences import split_sentences

LEX = load_lexicons([])


def _atts(text: str):  # noqa: ANN202
    return extract_attributions(text, split_sentences(text, lexicons=LEX), LEX)


def _claims(text: str):  # noqa: ANN202
    sents = split_sentences(text, lexicons=LEX)
    atts = extract_attributions(text, sents, LEX)
    return extract_claims(text, sents, atts, ArticleMeta(), LEX)


# 1. a non-answer, then a statement in the same quotation
NON_ANSWER_THEN_STATEMENT = [
    # ../shared/cases/xref/quote_spanning_two_sentences/a.txt (the body), copied
    ('"The council is unable to confirm this newspaper report. The anonymous claims in the report did not '
     'come from intelligence shared by the government," council spokesperson Ann Lee said on Twitter.',
     "The anonymous claims in the report did not come from intelligence"),
    ('"We have no comment on the report. The ship left port on Monday," a navy spokesman said.',
     "The ship left port on Monday"),
    ('"We did not have any information about the flights. The airport was closed all night," said Tom Reyes.',
     "The airport was closed all night"),
    ('"The ministry is unable to confirm these figures. Our own count shows 40 dead," the minister said.',
     "Our own count shows 40 dead"),
    ('The spokeswoman said: "We have no update on the talks. The delegation flew home on Friday."',
     "The delegation flew home on Friday"),
    ('"The police have no information on the suspect. The victim was released from hospital in May," a police '
     'spokesman told reporters.', "The victim was released from hospital in May"),
]


@pytest.mark.parametrize(("text", "statement"), NON_ANSWER_THEN_STATEMENT, ids=lambda x: x[:30])
def test_a_statement_after_a_non_answer_is_its_own_assertion(text: str, statement: str) -> None:
    atts = _atts(text)
    assert [a.act for a in atts] == ["decline", "assert"], [(a.act, a.content.text) for a in atts]
    decline, said = atts
    assert statement not in decline.content.text
    assert said.content.text.startswith(statement)
    assert said.source == decline.source and said.cue == decline.cue and said.direct_quote
    # the non-answer answers no statement of its own cue; the statement is a claim of the
    # speaker's wherever the same statement said alone is one
    claims = _claims(text)
    alone = [c for c in _claims(f'"{statement}," the official said.') if c.attribution == 0]
    assert [c.attribution for c in claims if statement in c.span.text] == ([1] if alone else [])
    assert not [c for c in claims if c.attribution == 0]


@pytest.mark.parametrize("text", [
    '"We have no comment. We have no update," the spokesman said.',  # both sentences are non-answers
    '"The port is shut. Nobody knows when it opens," said Omar Reyes.',  # no non-answer at all
    'The company said it had "no update" on the talks.',  # one sentence
], ids=lambda x: x[:30])
def test_no_split_without_a_non_answer_then_a_statement(text: str) -> None:
    assert len(_atts(text)) == 1


# 2. a headline's bare role noun names nobody
HEADLINES = [
    "Minister denies arms deal",
    "Ambassador says ceasefire is holding",
    "Spokesman confirms talks collapsed",
    "General denies troops crossed border",
    "Prosecutor says suspect fled abroad",
    "Governor insists budget is balanced",
]


@pytest.mark.parametrize("text", HEADLINES)
def test_a_headline_role_noun_is_an_unnamed_source(text: str) -> None:
    (a,) = _atts(text)
    assert a.source is not None and a.source.kind == "anonymous" and a.source.actor is None
    assert a.source.span is not None and a.source.span.text == text.split()[0]
    assert a.content.text == " ".join(text.split()[2:])


@pytest.mark.parametrize(("text", "actor"), [
    ("Minister Ana Ruiz denies arms deal", "Ana Ruiz"),
    ("President Omar Reyes says ceasefire is holding", "Omar Reyes"),
])
def test_a_headline_role_with_a_name_is_named(text: str, actor: str) -> None:
    (a,) = _atts(text)
    assert a.source is not None and a.source.kind == "named" and a.source.actor == actor


# 3. a plural agent noun opening the sentence is a described group
PLURAL_ROLES = [
    "Engineers said the dam was weak.",
    "Engineers at the plant said the dam was weak.",
    "Protesters at the gate said the police fired first.",
    "Climatologists warned that the summer would be dry.",
    "Inspectors said the plant was safe.",
    "Firefighters said the blaze was under control.",
]


@pytest.mark.parametrize("text", PLURAL_ROLES)
def test_a_plural_common_noun_is_not_a_named_source(text: str) -> None:
    (a,) = _atts(text)
    assert a.source is not None and a.source.kind == "anonymous" and a.source.actor is None


@pytest.mark.parametrize(("text", "actor"), [
    ("Senator Jo Sanders said the bill was dead. Sanders said he would vote against it.", "Sanders"),
    ("Reuters said the bill was dead.", "Reuters"),
    ("The mayor met Engineers Without Borders. Engineers said the dam was weak.", "Engineers"),
])
def test_a_name_with_a_plural_ending_stays_named(text: str, actor: str) -> None:
    a = _atts(text)[-1]
    assert a.source is not None and a.source.kind == "named" and a.source.actor == actor


# 4. words that are no names are no claim actors
JUNK_ACTORS = [
    ('"Our position will not change," the Kolno council said. "You\'ve learned and tasted war," it added.',
     "You've"),
    ('"Ruritania shelled Port Vell and we\'re sure the town was hit," Omar Reyes said.', "We're"),
    ('Omar Reyes said, "Putting Ruritania and Borduria aside, the neighbours have cold feet."', "Putting"),
    ('Ana Ruiz said: "Leaving Sylvania out of it, the pact still holds."', "Leaving"),
    ("Officials said Ruritania approved the deployment of Bordurian-made tanks to Sylvania.", "-made"),
    ("Analysts said Syldavian-built drones had struck the port of Vell.", "-built"),
]


@pytest.mark.parametrize(("text", "junk"), JUNK_ACTORS, ids=lambda x: x[:30])
def test_no_junk_claim_actors(text: str, junk: str) -> None:
    claims = _claims(text)
    actors = [x for c in claims for x in c.actors]
    assert claims
    assert not any(junk in x for x in actors), actors


@pytest.mark.parametrize(("text", "actor"), [
    ('Omar Reyes said, "Putting Ruritania and Borduria aside, the neighbours have cold feet."', "Ruritania"),
    ("Officials said Ruritania approved the deployment of Bordurian-made tanks to Sylvania.", "Bordurian"),
    ("Analysts said the Wyoming Senate had passed the bill.", "Wyoming Senate"),
])
def test_the_names_beside_them_stay(text: str, actor: str) -> None:
    assert actor in [x for c in _claims(text) for x in c.actors]


# 5. two apostrophes open a quotation after a full stop: the sentence ends before them, so a tag
# after the quotation ("''C,'' he told me.") reads only the quotation, not the sentence before
DOUBLE_APOSTROPHES = [
    ("The minister argues there is little point in replying. ''We must not overreact,'' he told me.",
     "''We must not overreact,''"),
    ("Ana Ruiz said the plan was dead. ''Nobody wants it,'' she added.", "''Nobody wants it,''"),
    ("The port stayed shut. ''It will open in May,'' the harbour master said.", "''It will open in May,''"),
    ("Turnout was low. ''People are tired,'' Omar Reyes said on Monday.", "''People are tired,''"),
    ("The vote was close. ''We lost by ten,'' a party official told reporters.", "''We lost by ten,''"),
]


@pytest.mark.parametrize(("text", "quote"), DOUBLE_APOSTROPHES, ids=lambda x: x[:30])
def test_a_quotation_in_two_apostrophes_starts_a_sentence(text: str, quote: str) -> None:
    sents = split_sentences(text, lexicons=LEX)
    assert len(sents) == 2 and text[sents[1].start:].startswith("''")
    last = _atts(text)[-1]
    assert last.content.text == quote


def test_two_apostrophes_inside_a_sentence_do_not_split_it() -> None:
    text = "He called it ''total political crap'' and left."
    assert len(split_sentences(text, lexicons=LEX)) == 1


# 6. a quantifier standing alone as the subject names nobody
@pytest.mark.parametrize("text", [
    "To varying degrees, all agreed that the plan would raise taxes.",
    "Some have warned that the levee could fail.",
    "Several have said the talks were over.",
    "Few have said the talks were over.",
    "Both said the vote had been fair.",
    "Most have argued that the tax was unfair.",
])
def test_a_quantifier_subject_is_anonymous(text: str) -> None:
    atts = _atts(text)
    assert len(atts) == 1 and atts[0].source is not None
    assert atts[0].source.kind == "anonymous" and atts[0].source.actor is None


# 7. an inverted colon head: "Said NAME: “…”" — the verb is the cue, the name the source
@pytest.mark.parametrize(("text", "cue", "source"), [
    ("Said Ellis: “I do not get the sense she is interested.”", "Said", "Ellis"),
    ("Says Omar Reyes: “The port will reopen.”", "Says", "Omar Reyes"),
    ("Added Ruiz: “We will rebuild the bridge.”", "Added", "Ruiz"),
    ("Asked Tom Pryce: “Who pays for it?”", "Asked", "Tom Pryce"),
    ("Wrote Jo Sanders: “The vote was rigged.”", "Wrote", "Jo Sanders"),
])
def test_an_inverted_colon_head(text: str, cue: str, source: str) -> None:
    (a,) = _atts(text)
    assert a.cue.text == cue and a.source is not None and a.source.span.text == source
    assert a.content.text.startswith("“") and a.direct_quote


def test_a_plain_colon_head_keeps_the_colon() -> None:
    (a,) = _atts("WALLACE: We will see.")
    assert a.cue.text == ":" and a.source is not None and a.source.span.text == "WALLACE"


# 8. joined subjects: every part of "A and B said" is the source
JOINED = [
    ("Both the mayor and the governor said the bridge was safe.", "Both the mayor and the governor"),
    ("The mayor and the governor said the bridge was safe.", "The mayor and the governor"),
    ("Senior officials and the Army chief of staff said the bridge was safe.",
     "Senior officials and the Army chief of staff"),
    ("The Clinton campaign and DNC did not immediately respond.", "The Clinton campaign and DNC"),
    ("Protesters, engineers and residents said the dam was weak.", "Protesters, engineers and residents"),
    ("Ana Ruiz and Omar Reyes said the bridge was safe.", "Ana Ruiz and Omar Reyes"),
]


@pytest.mark.parametrize(("text", "source"), JOINED, ids=lambda x: x[:30])
def test_a_joined_subject_is_one_source(text: str, source: str) -> None:
    (a,) = _atts(text)
    assert a.source is not None and a.source.span is not None and a.source.span.text == source


@pytest.mark.parametrize(("text", "source"), [
    ("He met the ministers and the mayor said the bridge was safe.", "the mayor"),  # an object is not joined
    ("The rain fell and the mayor said the bridge was safe.", "the mayor"),
    ("Five percent prefer Ana Ruiz and 1 percent support Omar Reyes.", "1 percent"),
], ids=lambda x: x[:30])
def test_an_object_or_clause_before_and_is_not_joined(text: str, source: str) -> None:
    a = _atts(text)[-1]
    assert a.source is not None and a.source.span is not None and a.source.span.text == source


# 9. a cue inside a non-restrictive relative clause is its own attribution; the clause ends at
# the comma before the main clause's verb, and an outer content resumes after it
RELATIVE = [
    ("He attacked the donors, which he said were corrupt.", ["the donors", "were corrupt"]),
    ("The deal, which the mayor said was illegal, collapsed.", ["was illegal"]),
    ("Ana Ruiz said the report, which she said was false, had been leaked.",
     ["the report, which she said was false, had been leaked", "was false"]),
    ("Ana Ruiz criticised the plan, which experts say will cost billions.", ["the plan", "will cost billions"]),
    ("The council rejected the bid, which its lawyers said was unlawful, on Monday.",
     ["the bid", "was unlawful, on Monday"]),
    ("Tom Pryce praised the ruling, which he said would protect tenants.",
     ["the ruling", "would protect tenants"]),
]


@pytest.mark.parametrize(("text", "contents"), RELATIVE, ids=lambda x: x[:30])
def test_a_cue_in_a_relative_clause(text: str, contents: list[str]) -> None:
    assert [a.content.text for a in _atts(text)] == contents


def test_the_outer_content_resumes_after_the_relative_clause() -> None:
    outer = _atts("Ana Ruiz said the report, which she said was false, had been leaked.")[0]
    assert [f.text for f in outer.content_fragments] == ["the report", "had been leaked"]


def test_a_relative_clause_that_names_is_no_attribution() -> None:
    # "which he called “X”" names something; it reports no statement of its own
    atts = _atts("Ana Ruiz said the army backs the coup, which he called “a rescue”, in March.")
    assert [a.cue.text for a in atts] == ["said"]


# 10. a noun-phrase object ends before a participle, relative, concessive or subordinate clause
# that follows it; a clause ("that C", a speech verb's content) runs on
NP_OBJECTS = [
    ("The union endorsed Ana Ruiz for mayor on Thursday, another sign of its support.",
     "Ana Ruiz for mayor on Thursday"),
    ("Republicans had called the hearing because they felt misled.", "the hearing"),
    ("Senator Jo Sanders has been questioning trade deals, hurting his standing with workers.", "trade deals"),
    ("The mayor praised the volunteers after the flood.", "the volunteers"),
    ("The mayor demands accountability from the police, yet refuses to answer questions.",
     "accountability from the police"),
    ("The governor criticized the budget, saying it was too small.", "the budget"),
]


@pytest.mark.parametrize(("text", "content"), NP_OBJECTS, ids=lambda x: x[:30])
def test_a_noun_phrase_object_ends_before_the_next_clause(text: str, content: str) -> None:
    assert _atts(text)[0].content.text == content


@pytest.mark.parametrize(("text", "content"), [
    ("The sources pointed out that the visit comes within the framework after the talks.",
     "the visit comes within the framework after the talks"),
    ("Officials said the army controls the city, including the port.",
     "the army controls the city, including the port"),
    ("The ministry warned the dam had cracked after the storm.", "the dam had cracked after the storm"),
], ids=lambda x: x[:30])
def test_a_clause_content_runs_on(text: str, content: str) -> None:
    assert _atts(text)[0].content.text == content


# 11. a belief or perception under a modal is a possibility the writer raises, not a reported belief
@pytest.mark.parametrize("text", [
    "Some countries may see the war as a green light.",
    "Many voters would hope their neighbour was farther away.",
    "Critics might think the plan is too costly.",
    "Investigators could believe the fire was deliberate.",
    "Residents may feel the council ignored them.",
])
def test_a_modal_belief_is_no_attribution(text: str) -> None:
    assert _atts(text) == ()


def test_a_belief_without_a_modal_stays_a_hedge() -> None:
    (a,) = _atts("Investigators believe the fire was deliberate.")
    assert a.act == "hedge" and a.content.text == "the fire was deliberate"
