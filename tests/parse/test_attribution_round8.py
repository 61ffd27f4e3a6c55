"""Attribution, round 8 (issue 12): a source's noun phrase with its modifiers, as PolNeAR marks
a source (the whole noun phrase), while the actor stays the name or head before the modifier:

- an inverted source with a relative clause ("…," said Ana Lee, who chairs X) or an apposition
  that holds one ("said Ana Lee, an economist who served as …") runs to the sentence's end;
- an inverted unnamed source keeps its place modifier ("said one source on the panel"), never
  a medium or a time ("said an official in a statement", "said a source on Tuesday");
- a name, its apposition and a relative clause before the verb ("Ana Lee, president of the
  union, which represents X, said") is the name with its apposition, not the apposition;
- a clause-opening subject with a relative clause ("The group that organized the rally said",
  "Research conducted by the institute found") is the whole phrase, not the clause's object;
- the subject a participle shares keeps its apposition ("Ana Lee, a former chair, poked at X,
  tweeting C").
"""

from __future__ import annotations

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.parse.attributions import extract_attributions
from claimcheck.parse.sentences import split_sentences

LEX = load_lexicons([])


def _atts(text: str):  # noqa: ANN202
    return extract_attributions(text, split_sentences(text, lexicons=LEX), LEX)


def _one(text: str, cue: str):  # noqa: ANN202
    found = [a for a in _atts(text) if a.cue.text.split()[-1] == cue]
    assert found, [(a.cue.text, a.source and a.source.span and a.source.span.text) for a in _atts(text)]
    return found[0]


# 1. an inverted source with a relative clause, to the end of the sentence
INVERTED_RELATIVE = [
    ('"We need the money," said Ann Lee, who has four children.', "Ann Lee, who has four children", "Ann Lee"),
    ('"This is no reform," said Karl Adler, an economist who served as director of the budget office.',
     "Karl Adler, an economist who served as director of the budget office", "Karl Adler"),
    ('"Now is the time," said Tom Reyes, who led the party from 1995 to 1997, during a crisis, and has '
     'backed the mayor since.',
     "Tom Reyes, who led the party from 1995 to 1997, during a crisis, and has backed the mayor since", "Tom Reyes"),
    ('"That is our weakness," said Lina Ortlieb, who heads the Centre for Research in Velmora.',
     "Lina Ortlieb, who heads the Centre for Research in Velmora", "Lina Ortlieb"),
    ('"It failed," said Ann Lee, who met Karl Adler.', "Ann Lee, who met Karl Adler", "Ann Lee"),
    ('"The port is closed," said Ivo Marsh, whose ship was held for a week.',
     "Ivo Marsh, whose ship was held for a week", "Ivo Marsh"),
]


@pytest.mark.parametrize(("text", "source", "actor"), INVERTED_RELATIVE, ids=lambda x: x[:30])
def test_an_inverted_source_keeps_its_relative_clause(text: str, source: str, actor: str) -> None:
    a = _one(text, "said")
    assert a.source.span.text == source
    assert a.source.actor == actor  # the name decides the actor, never a name inside the clause
    assert a.content.text.startswith('"')


INVERTED_RELATIVE_COUNTER = [
    # a participle or a second quotation after the relative clause is not the source's
    ('"It failed," said Ann Lee, who has four children, adding that she would vote.', "Ann Lee, who has four children"),
    ('"It failed," said Ann Lee, who has four children, "and we lost."', "Ann Lee, who has four children"),
    # a clause's verb after the comma ends the relative clause
    ("The levy, said Ann Lee, who has four children, will double.", "Ann Lee, who has four children"),
]


@pytest.mark.parametrize(("text", "source"), INVERTED_RELATIVE_COUNTER, ids=lambda x: x[:30])
def test_a_relative_clause_ends_before_a_participle_a_quote_or_a_verb(text: str, source: str) -> None:
    assert _one(text, "said").source.span.text == source


# 2. an inverted unnamed source with a place modifier
INVERTED_PLACE = [
    ('"It is chaos," said one source on the panel.', "one source on the panel"),
    ('"The meeting went badly," said one source in the room.', "one source in the room"),
    ('"It failed," said an official at the Foreign Ministry.', "an official at the Foreign Ministry"),
    ('"We were not warned," said residents in the town.', "residents in the town"),
    ('"Nobody came," said a diplomat at the embassy.', "a diplomat at the embassy"),
]
INVERTED_PLACE_COUNTER = [
    ('"It failed," said an official in a statement.', "an official"),
    ('"It failed," said a source on Tuesday.', "a source"),
    ('"It failed," said an official at the briefing.', "an official"),
    ('"It failed," said Ann Lee in an interview.', "Ann Lee"),
    ('"It failed," said a diplomat at the time.', "a diplomat"),
]


@pytest.mark.parametrize(("text", "source"), INVERTED_PLACE + INVERTED_PLACE_COUNTER, ids=lambda x: x[:30])
def test_an_inverted_unnamed_source_keeps_its_place_not_its_medium(text: str, source: str) -> None:
    a = _one(text, "said")
    assert a.source.span.text == source
    assert a.source.actor is None or a.source.actor == "Ann Lee"  # "the Foreign Ministry" is no speaker


# 3. name, apposition, relative clause, verb
NAME_APPOSITION_RELATIVE = [
    ("Karl Adler, president of the Teachers Union, which represents teachers, said he hopes to win.",
     "Karl Adler, president of the Teachers Union", "Karl Adler"),
    ("In the city, Karl Adler, president of the union, which represents teachers, said he hopes to win.",
     "Karl Adler, president of the union", "Karl Adler"),
    ("Ann Lee, head of the Port Authority, which runs the harbour, said the cranes were idle.",
     "Ann Lee, head of the Port Authority", "Ann Lee"),
    ("Tom Reyes, the chairman of the Velmora Bank, which lent the money, told reporters the loan was safe.",
     "Tom Reyes, the chairman of the Velmora Bank", "Tom Reyes"),
    ("Lina Ortlieb, a lawyer for the Ortlieb Group, which owns the mine, said the permit was valid.",
     "Lina Ortlieb, a lawyer for the Ortlieb Group", "Lina Ortlieb"),
]


@pytest.mark.parametrize(("text", "source", "actor"), NAME_APPOSITION_RELATIVE, ids=lambda x: x[:30])
def test_a_name_keeps_its_apposition_before_a_relative_clause(text: str, source: str, actor: str) -> None:
    a = _atts(text)[0]
    assert a.source.span.text == source
    assert a.source.actor == actor


def test_an_organisation_with_a_relative_clause_is_the_organisation() -> None:
    a = _atts("The union, which represents teachers, said it hopes to win.")[0]
    assert a.source.span.text == "The union"


# 4. a clause-opening subject with a relative clause or a reduced relative
MODIFIED_SUBJECT = [
    ("The group that organized the rally said it would return.", "The group that organized the rally"),
    ("A study that appeared in the Medical Journal found that most cures fail.",
     "A study that appeared in the Medical Journal"),
    ("Research conducted by the Velmora Institute found that most cures fail.",
     "Research conducted by the Velmora Institute"),
    ("An exhaustive study being released on Tuesday by a group of researchers shows that firms hide profits.",
     "An exhaustive study being released on Tuesday by a group of researchers"),
    ("Officials who met Karl Adler said the bridge was safe.", "Officials who met Karl Adler"),
    ("Residents who fled the town said the shelling went on all night.", "Residents who fled the town"),
]


@pytest.mark.parametrize(("text", "source"), MODIFIED_SUBJECT, ids=lambda x: x[:30])
def test_a_subject_keeps_its_relative_clause(text: str, source: str) -> None:
    a = _atts(text)[0]
    assert a.source.span.text == source
    assert a.source.actor != "Karl Adler"  # the person met is not the speaker


MODIFIED_SUBJECT_COUNTER = [
    # "that" opening a content clause, not a relative clause
    ("He warned that officials said it would rain.", "He"),
    ("He told the group that the minister said it would rain.", "He"),
    # a via participle stays a via: the officials are the source
    ("Officials quoted by the agency said the port would reopen.", "Officials"),
    # a subject that does not open the clause is no subject of the verb
    ("The mayor met residents who fled the fighting and said the town was empty.", "The mayor"),
]


@pytest.mark.parametrize(("text", "source"), MODIFIED_SUBJECT_COUNTER, ids=lambda x: x[:30])
def test_a_content_clause_or_a_via_is_no_relative_clause(text: str, source: str) -> None:
    a = _atts(text)[0]
    assert a.source.span.text == source


# 5. the subject a participle shares keeps its apposition
PARTICIPLE_APPOSITION = [
    ('Karl Adler, a former party chairman and candidate, poked at the mayor, tweeting, "Notice that."',
     "Karl Adler, a former party chairman and candidate"),
    ("Attorney General Ann Lee (D), the mayor’s opponent in the election, called Friday for releasing the "
     "videos, saying that it helps.", "Attorney General Ann Lee (D), the mayor’s opponent in the election"),
    ("Tom Reyes, the harbour master, closed the port on Monday, saying the storm was too strong.",
     "Tom Reyes, the harbour master"),
    ("Lina Ortlieb, a lawyer for the miners, left the hearing early, arguing that the judge was biased.",
     "Lina Ortlieb, a lawyer for the miners"),
    ("Ivo Marsh, head of the dock union, walked out of the talks, warning that a strike would follow.",
     "Ivo Marsh, head of the dock union"),
]


@pytest.mark.parametrize(("text", "source"), PARTICIPLE_APPOSITION, ids=lambda x: x[:30])
def test_a_participle_shares_the_subject_with_its_apposition(text: str, source: str) -> None:
    a = [x for x in _atts(text) if x.cue.text.endswith("ing")][0]
    assert a.source.span.text == source
    assert a.source.descriptor is not None


def test_joined_subjects_are_no_apposition() -> None:
    a = [x for x in _atts("Karl Adler, the mayor, and Ann Lee met, saying they agreed.") if x.cue.text == "saying"]
    assert not a or a[0].source.span.text != "Karl Adler, the mayor"


# 6. a possessive before a noun cue is its source, resolved like the pronoun it stands for
POSSESSIVE_NOUN = [
    ("Karl Adler spoke on Monday. Contrary to his claim that people would learn nothing, the files were useful.",
     "his", "Karl Adler", "claim"),
    ("Ann Lee gave a speech. Her statement that the port was safe was false.", "Her", "Ann Lee", "statement"),
    ("Tom Reyes resigned in May. His prediction that the bridge would fail was ignored.", "His", "Tom Reyes",
     "prediction"),
    ("Lina Ortlieb testified. Her assertion that the bank had lied drew applause.", "Her", "Lina Ortlieb", "assertion"),
    ("Ivo Marsh wrote to the board. His argument that the mine was safe failed.", "His", "Ivo Marsh", "argument"),
]


@pytest.mark.parametrize(("text", "source", "actor", "cue"), POSSESSIVE_NOUN, ids=lambda x: x[:30])
def test_a_possessive_before_a_noun_cue_is_the_source(text: str, source: str, actor: str, cue: str) -> None:
    a = _one(text, cue)
    assert a.source.span.text == source
    assert a.source.actor == actor


def test_a_noun_cue_with_a_plain_determiner_has_no_source() -> None:
    (a,) = _atts("The claim that the dam was sabotaged spread quickly.")
    assert a.source is None or a.source.span is None


# 7. the subject of a falsity copula ("… was false") is what is judged, never a denier
FALSITY_COPULA = [
    "Her statement that the port was safe was false.",
    "Reports that the dam was sabotaged are baseless.",
    "The claim that troops crossed the border is untrue.",
    "Rumours that the mayor had resigned were false.",
    "The story that the ship sank is not true.",
    "Talk of a deal between the two parties was groundless.",
]


@pytest.mark.parametrize("text", FALSITY_COPULA, ids=lambda x: x[:30])
def test_the_subject_of_a_falsity_copula_is_no_denier(text: str) -> None:
    for a in _atts(text):
        assert a.act != "deny" or a.source is None or a.source.span is None, (a.cue.text, a.source)


def test_a_speaker_calling_reports_false_keeps_the_speech() -> None:
    (a,) = _atts("The ministry said the reports were false.")
    assert a.source.span.text == "The ministry"
    assert a.content.text == "the reports were false"


# 8. a cue followed by nothing but a source noun phrase is an inverted tag, whatever comes before
TAG_AT_END = [
    ("The refusal did not go over well with the council, and the meeting deteriorated from there, said one "
     "source in the room.", "one source in the room"),
    ("The plan would expand the deduction, but for some, the losses would outstrip the gains, said Ann Lee.",
     "Ann Lee"),
    ("The port is closed, and the ships are waiting, said a harbour official.", "a harbour official"),
    ("Prices rose, then fell, and rose again, said Karl Adler, the central bank governor.",
     "Karl Adler, the central bank governor"),
    ("The vote was held, but turnout was low, said two observers.", "two observers"),
]


@pytest.mark.parametrize(("text", "source"), TAG_AT_END, ids=lambda x: x[:30])
def test_a_tag_at_the_end_is_the_source(text: str, source: str) -> None:
    (a,) = _atts(text)
    assert a.source.span.text == source
    assert text.startswith(a.content.text)


TAG_AT_END_COUNTER = [
    # a clause after the cue is the content, never a source
    ("But Ann Lee, senior associate at the institute, said parents still want neighbourhood schools.",
     "Ann Lee, senior associate at the institute", "parents still want neighbourhood schools"),
    ("Karl Adler, 59, said the event brought back memories.", "Karl Adler, 59", "the event brought back memories"),
    ("Tom Reyes, the mayor, said the vote was fair.", "Tom Reyes, the mayor", "the vote was fair"),
    ("Lina Ortlieb, a teacher, said Ivo Marsh's statement didn't clarify the matter.", "Lina Ortlieb, a teacher",
     "Ivo Marsh's statement didn't clarify the matter"),
]


@pytest.mark.parametrize(("text", "source", "content"), TAG_AT_END_COUNTER, ids=lambda x: x[:30])
def test_a_clause_after_the_cue_is_no_tag(text: str, source: str, content: str) -> None:
    a = _atts(text)[0]
    assert a.source.span.text == source
    assert a.content.text == content


# 9. an age between commas after a name belongs to the apposition, never the actor
AGE_APPOSITION = [
    ("Ann Lee, 59, of Ashton, Md., said the event brought back memories.", "Ann Lee, 59, of Ashton, Md."),
    ("Karl Adler, 59, said the vote was fair.", "Karl Adler, 59"),
    ("Tom Reyes, 71, a retired miner, said the shaft had flooded.", "Tom Reyes, 71, a retired miner"),
    ("Lina Ortlieb, 34, told reporters the shelter was full.", "Lina Ortlieb, 34"),
    ("Ivo Marsh, 45, of Velmora, said the road was closed.", "Ivo Marsh, 45, of Velmora"),
]


@pytest.mark.parametrize(("text", "source"), AGE_APPOSITION, ids=lambda x: x[:30])
def test_an_age_is_part_of_the_apposition(text: str, source: str) -> None:
    a = _atts(text)[0]
    assert a.source.span.text == source
    assert a.source.actor == source.split(",")[0]


# 10. an inverted colon head "Said NAME: “…”" at the start of any sentence, not only a paragraph's
SAID_HEAD = [
    ("Experts say her plans are complex. Said Ellis: “I don’t get the sense she cares.”", "Ellis",
     "“I don’t get the sense she cares.”"),
    ("He left early. Said the minister: “We are ready.”", "the minister", "“We are ready.”"),
    ('The hall emptied. Said Ann Lee, the mayor: "It is over."', "Ann Lee, the mayor", '"It is over."'),
    ("The vote was close. Added Karl Adler: “We will appeal.”", "Karl Adler", "“We will appeal.”"),
    ("Nobody spoke. Asked one resident: “Who will pay for this?”", "one resident", "“Who will pay for this?”"),
    ("Said Tom Reyes: “The mine is safe.”", "Tom Reyes", "“The mine is safe.”"),
]


@pytest.mark.parametrize(("text", "source", "content"), SAID_HEAD, ids=lambda x: x[:30])
def test_an_inverted_colon_head_anywhere(text: str, source: str, content: str) -> None:
    a = [x for x in _atts(text) if x.cue.text in ("Said", "Added", "Asked")]
    assert a, [(x.cue.text, x.source) for x in _atts(text)]
    assert a[0].source.span.text == source
    assert a[0].content.text == content


@pytest.mark.parametrize("text", ["The plan was new. Said differently: the plan failed.",
                                  "Prices rose. Said plainly: nobody won."], ids=lambda x: x[:30])
def test_an_adverb_after_said_is_no_source(text: str) -> None:
    assert not [x for x in _atts(text) if x.cue.text == "Said"]


# 11. a personal pronoun is a noun phrase of its own: the words before it are no part of the source
PRONOUN_SOURCE = [
    ('Even now at 86 she still says things such as, "We are not equal."', "she"),
    ("Lest you assume that my parents were poor, they were not.", "you"),
    ("In 2019 he said the mine would close.", "he"),
    ("Twice they warned that the dam would fail.", "they"),
    ("At the hearing on Monday she insisted that the contract was valid.", "she"),
]


@pytest.mark.parametrize(("text", "source"), PRONOUN_SOURCE, ids=lambda x: x[:30])
def test_a_pronoun_is_the_whole_source(text: str, source: str) -> None:
    a = _atts(text)[0]
    assert a.source.span.text == source


def test_joined_subjects_with_a_pronoun_stay_joined() -> None:
    a = _atts("Ann Lee and I said it was over.")[0]
    assert a.source.span.text == "Ann Lee and I"


# 12. a poll's population is the source: quantifier, "of", a participle adjective, a plural
POLL_POPULATION = [
    ("Only 52 percent of registered voters agreed that the plan works.", "Only 52 percent of registered voters"),
    ("Half of the doctors said the drug was unsafe.", "Half of the doctors"),
    ("Most undecided voters said the debate mattered.", "Most undecided voters"),
    ("Forty percent of surveyed residents said the buses were late.", "Forty percent of surveyed residents"),
    ("Two thirds of uninsured workers said they skipped care.", "Two thirds of uninsured workers"),
]


@pytest.mark.parametrize(("text", "source"), POLL_POPULATION, ids=lambda x: x[:30])
def test_a_poll_population_is_an_unnamed_source(text: str, source: str) -> None:
    a = _atts(text)[0]
    assert a.source.span.text == source
    assert a.source.kind == "anonymous"
    assert a.source.actor is None


@pytest.mark.parametrize("text", ["Thirty percent of voters said the buses were late.",
                                  "Twenty-five doctors said the drug was unsafe.",
                                  "Hundreds of residents said the water was brown.",
                                  "Fifteen engineers warned that the dam was weak.",
                                  "Dozens of nurses said the ward was closed."], ids=lambda x: x[:30])
def test_a_number_word_is_no_actor(text: str) -> None:
    a = _atts(text)[0]
    assert a.source.actor is None
    assert a.source.kind == "anonymous"


# 13. a noun-phrase object ends before a new clause with a pronoun subject
OBJECT_BEFORE_CLAUSE = [
    ("He has railed against the provisions that pock the tax code, he’s sought to protect breaks for builders.",
     "has railed against", "the provisions that pock the tax code"),
    ("Republicans want lower rates (they want growth and jobs).", "want", "lower rates"),
    ("The union criticized the new rota, they say it breaks the contract.", "criticized", "the new rota"),
    ("The mayor praised the firefighters, she plans to visit them on Monday.", "praised", "the firefighters"),
    ("Critics attacked the budget, we learned on Friday.", "attacked", "the budget"),
]


@pytest.mark.parametrize(("text", "cue", "content"), OBJECT_BEFORE_CLAUSE, ids=lambda x: x[:30])
def test_an_object_ends_before_a_pronoun_clause(text: str, cue: str, content: str) -> None:
    a = [x for x in _atts(text) if x.cue.text == cue][0]
    assert a.content.text == content


def test_a_clause_content_runs_on_past_a_pronoun() -> None:
    (a,) = [x for x in _atts("The minister said the port was closed, she added nothing.") if x.cue.text == "said"]
    assert a.content.text.startswith("the port was closed")
