"""Denials and non-answers about another proposition, or about none (issue 9 item 3, deny27).

Found reading every multi-article FNC-1 corpus cluster with a deny or decline member (the cases
below are half A of that read, rewritten with invented names, or classes named by READER26):

1. "There was also no immediate comment from X, who rarely discuss C": a non-answer's "no comment"
   negates nothing (it made C's cluster contradicted).
2. "X denied the reports, saying that Holm wasn't in the area": the reports are those about whom the
   elaboration names, not the nearest claim (a claim about suicide attacks was shown contradicted).
3. An answer never answers a statement whose cue comes after its own ("Freedonia denied the reports,
   | saying its jets were grounded"; "… has not confirmed the claim. “We ask …,” she said").
4. "But who is filling the other role? Sorkin didn't say.": a bare non-answer right after a question
   answers the question, not the speaker's claim before it.
5. A detail withheld ("did not specify the locations of the attacks", "gave no details of the man",
   "the group's demands, which weren't specified") answers no claim.
6. "has dismissed 849 marijuana cases": a court's act, no denial.
7. "“A website stated that C. This report is entirely false,” the judge said": a denial of C, not
   the judge's support of it (kc12597).
8. "CORSICANA (October 14, 2014) County officials Tuesday rejected …": the source is "County
   officials" (a dateline with a bracketed date, a bare weekday).
9. '“We were sceptical … and we never took the ceasefire seriously because they have never stopped
   attacking”': a first-person quotation denies a deed only when its first clause negates it.

Each class: the case plus at least five neighbours; 53 of the 65 tests failed on main before deny27
(the 5 guards, marked, and 7 neighbours passed already: two later statements, one detail withheld,
one dismissal, two first-person quotations, one more).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.model import Extraction


def _answer_claims(ex: Extraction) -> list:
    return [c for c in ex.claims if c.attribution is not None
            and ex.attributions[c.attribution].act in ("deny", "decline")]


def _links(ex: Extraction) -> list[str]:
    """The texts of the claims answered by a denial or non-answer of ``ex``."""
    return [ex.claims[c.denies].text for c in ex.claims if c.denies is not None]


def _dump(ex: Extraction) -> list:
    return [(c.text, c.polarity, c.denies, c.attribution) for c in ex.claims]


# 1. "no immediate comment" negates nothing: (body, words of the sentence claim that must not be negative)
NO_COMMENT = [
    ("A drone strike hit a hideout in Kessel, an official said. There was also no immediate comment from "
     "Freedonian officials, who rarely discuss their drone campaign in Ruritania.", "rarely discuss"),
    ("Rebels said they had taken the airport at Dorn. There was no immediate comment from the Syldavian army, "
     "which has shelled the airport for weeks.", "shelled the airport"),
    ("The Tomanian navy seized a tanker off Velm, the owners said. There was no further comment from the "
     "Tomanian navy, which seized two tankers in May.", "seized two tankers"),
    ("Freedonian jets bombed a bridge near Vell, residents said. There was no immediate response from Freedonia, "
     "whose jets bombed the same bridge in June.", "bombed the same bridge"),
    ("Bordurian troops shelled Kessel overnight, the mayor said. There was no immediate comment from the "
     "Bordurian army, which shelled the town in April.", "shelled the town"),
    ("There was no immediate reply from the Tomanian army, which bombed Velm in March, after Tomanian jets "
     "bombed Velm again, residents said.", "bombed Velm"),
]


@pytest.mark.parametrize(("body", "words"), NO_COMMENT, ids=[r[1] for r in NO_COMMENT])
def test_no_comment_negates_nothing(extract: Callable[..., Extraction], body: str, words: str) -> None:
    ex = extract(body)
    assert not any(words in c.text and c.polarity == "negative" for c in ex.claims), _dump(ex)


# 2. an elaborated answer answers the claim naming whom its elaboration names:
# (body, words of the claim answered, words of the nearest claim it must not answer)
ELABORATED = [
    # the case (fnc1-756)
    ("A blog said several volunteers have been captured, among them Ann Holm. According to the report, the "
     "fighters made three suicide attacks against outposts, killing some. Kessel sources denied the reports, "
     "saying that Holm wasn't in the area when it was attacked.", "among them Ann Holm", "suicide attacks"),
    ("Rebels said they had seized Ivo Sten, a Freedonian pilot. According to the rebels, they also shot down "
     "two helicopters near Dorn. The Freedonian army denied the reports, saying that Sten was at his base.",
     "seized Ivo Sten", "two helicopters"),
    ("A website said the singer Mia Lund had died in Velm. It said the police had closed the road to the "
     "hospital. Her agent dismissed the reports, saying Lund was on holiday.", "Mia Lund had died", "closed the road"),
    ("Bloggers said the Tomanian minister Karl Moss had resigned. They said the cabinet had met at night. "
     "The ministry denied the reports, saying Moss was at work on Monday.", "Karl Moss had resigned", "cabinet had met"),
    ("Local media said the dissident Ola Brun had been arrested in Kolno. The media said police had searched "
     "three houses. Her family rejected the claims, saying that Brun was abroad.", "Ola Brun had been arrested",
     "searched three houses"),
    ("A tabloid said the coach Ivo Kral would leave the club. The tabloid said the club had lost money. "
     "The club denied the reports, saying Kral had signed a new contract.", "Ivo Kral would leave", "lost money"),
]


@pytest.mark.parametrize(("body", "answered", "nearest"), ELABORATED, ids=[r[1] for r in ELABORATED])
def test_an_elaborated_answer_answers_whom_it_names(extract: Callable[..., Extraction], body: str,
                                                    answered: str, nearest: str) -> None:
    ex = extract(body)
    links = _links(ex)
    assert any(answered in t for t in links), _dump(ex)
    assert not any(nearest in t for t in links), _dump(ex)


# an elaboration naming nothing the article named keeps the nearest claim (both failed before: the
# answer took the elaboration's own claim, class 3)
ELABORATED_NEW = [
    ("Ruritania said Freedonian jets bombed Kessel. Freedonia denied the reports, saying its jets were "
     "grounded in Brill.", "bombed Kessel"),
    ("Residents said troops had burned the market in Vorna. The army denied the claims, saying its soldiers "
     "were in their barracks.", "burned the market"),
]


@pytest.mark.parametrize(("body", "answered"), ELABORATED_NEW, ids=[r[1] for r in ELABORATED_NEW])
def test_an_elaboration_naming_nothing_earlier_keeps_the_claim(extract: Callable[..., Extraction], body: str,
                                                               answered: str) -> None:
    ex = extract(body)
    assert any(answered in t for t in _links(ex)), _dump(ex)


# 3. a statement whose cue comes after the answer's is no antecedent: (body, words of the later statement)
CUE_AFTER = [
    ("Ruritania said Freedonian jets bombed Kessel. Freedonia denied the reports, saying its jets were "
     "grounded in Brill.", "grounded in Brill"),
    ("Ruritania said Freedonian jets bombed Kessel. Freedonia denied the claims, saying its pilots were on leave.",
     "pilots were on leave"),
    # fnc1-1069: the quotation after the non-answer, its speaker named before it
    ("Ana Vel, his sister, told the Herald that agents informed her he was killed in a failed rescue mission but "
     "Freedonia has not confirmed the claim. \"We ask that the family be allowed to mourn in peace,\" she said.",
     "mourn in peace"),
    ("Ivo Sten, the mayor, said the dam had cracked but the ministry has not confirmed the report. "
     "\"The water is rising in the lower town,\" he said.", "water is rising"),
    ("The Tomanian navy said it had sunk a smuggling boat. Syldavia rejected the claims, saying the boat "
     "carried fishermen.", "carried fishermen"),
    ("Witnesses said Bordurian tanks had entered Vell. Borduria dismissed the reports, saying its tanks "
     "were on exercise in Dorn.", "on exercise in Dorn"),
]


@pytest.mark.parametrize(("body", "later"), CUE_AFTER, ids=[r[1] for r in CUE_AFTER])
def test_a_later_statement_is_no_antecedent(extract: Callable[..., Extraction], body: str, later: str) -> None:
    ex = extract(body)
    assert not any(later in t for t in _links(ex)), _dump(ex)


# 4. a bare non-answer right after a question: (body, words of the speaker's claim it must not answer)
QUESTION = [
    # the case (fnc1-945)
    ("The director Ivo Sten said \"We needed the best actor in a certain age range and that's Ada Holm.\" "
     "But who is filling the other role? Sten didn't say.", "best actor"),
    ("Freedonia said it would send aid to Kessel. But when will it arrive? Freedonia would not say.", "send aid"),
    ("Ruritanian officials said Ruritania had bought six jets. Who sold them? Ruritania declined to comment.",
     "six jets"),
    ("The club said the club would build a new stadium. Where will it stand? The club did not say.", "new stadium"),
    ("The Syldavian army said Syldavian troops had left Dorn. Where did they go? The army declined to comment.",
     "left Dorn"),
    ("The Tomanian army said it had shelled Dorn. But how many shells were fired? The army did not say.",
     "shelled Dorn"),
    ("Bordurian officials said Borduria had bought new jets. From whom? Borduria would not say.", "new jets"),
    ("The mayor Mia Lund said Lund would close the old bridge. For how long? Lund did not say.", "old bridge"),
]


@pytest.mark.parametrize(("body", "claim"), QUESTION, ids=[r[1] for r in QUESTION])
def test_a_non_answer_to_a_question_answers_no_claim(extract: Callable[..., Extraction], body: str,
                                                     claim: str) -> None:
    ex = extract(body)
    assert not any(claim in c.text for c in _answer_claims(ex)), _dump(ex)


# guard (passed before): with no question before it, a bare non-answer of the claim's side answers it
def test_a_non_answer_without_a_question_still_answers(extract: Callable[..., Extraction]) -> None:
    ex = extract("Ruritanian jets bombed a school in Kessel, witnesses said. Ruritania declined to comment.")
    assert any("bombed a school" in c.text for c in _answer_claims(ex)), _dump(ex)


# 5. a detail withheld answers no claim: (body, words of the claim it must not answer)
DETAIL = [
    # the cases (READER26: fnc1-1187, fnc1-1233, fnc1-850, fnc1-2009), invented
    ("A Freedonian commander threatened that the captive would die in three days if Ruritania did not meet "
     "the group's demands, which weren't specified.", "would die in three days"),
    ("Lt. Ivo Sten said the Ruritanian rebels had fired yellow gas at the army. In a statement, the Ruritanian "
     "defence ministry confirmed that the rebels had used the gas. It did not specify the locations of the attacks.",
     "used the gas"),
    ("British sources confirmed that the agencies have identified the Tomanian fighter. While the sources gave "
     "no details of the man they have identified, a suspect is Karl Moss.", "identified the Tomanian fighter"),
    ("Syldavian media said the Syldavian government had called a press conference. The Syldavian government "
     "didn't specify a time or subject for the press conference.", "called a press conference"),
    ("The Bordurian army said it had shelled rebel positions near Vell. The army did not specify the rebel "
     "positions it shelled.", "shelled rebel positions"),
    ("Freedonia said Freedonian troops had seized a depot near Dorn. Freedonia gave no details of the depot its "
     "troops seized.", "seized a depot"),
    ("Freedonia said it would send aid to Kessel. Freedonia did not specify the aid it would send to Kessel.",
     "send aid"),
]


@pytest.mark.parametrize(("body", "claim"), DETAIL, ids=[r[1] for r in DETAIL])
def test_a_detail_withheld_answers_no_claim(extract: Callable[..., Extraction], body: str, claim: str) -> None:
    ex = extract(body)
    assert not any(claim in c.text for c in _answer_claims(ex)), _dump(ex)


# guard (passed before): a non-answer with a clause object is about that clause
def test_did_not_specify_whether_is_still_a_non_answer(extract: Callable[..., Extraction]) -> None:
    ex = extract("Officials said Freedonian troops had crossed into Kessel. The Freedonian army did not confirm "
                 "that Freedonian troops had crossed into Kessel.")
    assert any(c.polarity == "positive" and "crossed into Kessel" in c.text for c in _answer_claims(ex)), _dump(ex)


# 6. a legal or staff dismissal is no denial: (body, words that must be in no denial)
DISMISSED = [
    # the case (fnc1-1732, fnc1-1802)
    ("Since July, the Kessel district attorney’s office has dismissed 849 misdemeanor marijuana cases involving "
     "police arrests, or about 34 percent of the total 2,526 such cases in Kessel.", "849"),
    ("The Kessel district attorney's office has dismissed 849 marijuana cases since July, or about 34% of the "
     "2,526 total cases in Kessel.", "849"),
    ("The Kolno prosecutor's office has dismissed 120 cases that police had brought against protesters.",
     "120 cases"),
    ("The Dorn court has dismissed 300 traffic cases involving police cameras since May.", "300 traffic cases"),
    ("The Dorn court has dismissed 40 cases brought by the union since May.", "40 cases"),
    ("The court in Dorn has dismissed all 40 cases brought by the union.", "all 40 cases"),
]


@pytest.mark.parametrize(("body", "words"), DISMISSED, ids=[r[1] for r in DISMISSED])
def test_a_legal_dismissal_is_no_denial(extract: Callable[..., Extraction], body: str, words: str) -> None:
    ex = extract(body)
    assert not any(words in c.text and c.polarity == "negative" for c in ex.claims), _dump(ex)


# guard (passed before): "dismissed the charges as …" stays a denial
def test_dismissed_charges_as_motivated_is_a_denial(extract: Callable[..., Extraction]) -> None:
    ex = extract("Prosecutors said the Freedonian minister had taken bribes. The minister dismissed the charges "
                 "as politically motivated.")
    assert any(c.polarity == "negative" for c in _answer_claims(ex)), _dump(ex)


# 7. a quotation that reports C and calls it false: (body, words of C)
VERDICT = [
    # the case (fnc1-410, kc12597)
    ("\"A release today on at least one website, Daily Report, stated that “The small town of Brill, Ruritania "
     "has been quarantined after a family of five tested positive for the plague. This report is entirely false,” "
     "Dorn County Judge Ivo Sten said in a statement.", "has been quarantined"),
    ("\"Some blogs said the dam at Kessel had burst. That is a lie,\" the engineer Mia Holm said.", "dam at Kessel"),
    ("\"A website reported that the Freedonian president had died in Vell. This story is completely false,\" "
     "the palace said.", "president had died"),
    ("\"The post claimed that Syldavian troops had entered Dorn. It is a fabrication,\" the Syldavian defence "
     "minister Karl Moss said.", "troops had entered Dorn"),
    ("\"A newspaper wrote that the Kolno mayor had been arrested. This report is untrue,\" the mayor's office said.",
     "mayor had been arrested"),
    ("\"Bloggers said that the Tomanian zoo would close in May. These rumors are false,\" the zoo's director "
     "Ola Brun told reporters.", "zoo would close"),
]


@pytest.mark.parametrize(("body", "words"), VERDICT, ids=[r[1] for r in VERDICT])
def test_a_quotation_calling_what_it_reports_false_denies_it(extract: Callable[..., Extraction], body: str,
                                                             words: str) -> None:
    ex = extract(body)
    said = [c for c in ex.claims if words in c.text and c.attribution is not None]
    assert said and all(c.polarity == "negative" for c in said), _dump(ex)


# guard (passed before): a quotation whose last sentence calls nothing false stays the speaker's claim
def test_a_quotation_of_two_statements_stays_positive(extract: Callable[..., Extraction]) -> None:
    ex = extract("\"The army crossed the river at dawn. It was a hard fight,\" the Freedonian general said.")
    assert any("crossed the river" in c.text and c.polarity == "positive" for c in ex.claims), _dump(ex)


# 8. a dateline with a bracketed date and a bare weekday are no part of the source: (body, source)
DATELINE = [
    ("KESSEL (October 14, 2014) Dorn County officials Tuesday emphatically rejected as false a posting on the "
     "Daily Report website that said the town of Brill was quarantined.", "Dorn County officials"),
    ("VELL (March 3, 2015) Freedonian officials Monday denied that troops had crossed the border.",
     "Freedonian officials"),
    ("DORN (12 May 2016) The Syldavian army Friday rejected reports that it had shelled the market.",
     "The Syldavian army"),
    ("BRILL (June 1, 2014) Police Sunday denied that the mayor had been arrested.", "Police"),
    ("KOLNO (Jan. 9, 2013) The ministry Wednesday dismissed claims that the dam had cracked.", "The ministry"),
    ("Ruritanian officials Thursday denied that the jets had bombed Vell.", "Ruritanian officials"),
]


@pytest.mark.parametrize(("body", "source"), DATELINE, ids=[r[1] for r in DATELINE])
def test_a_dateline_and_a_weekday_are_no_part_of_the_source(extract: Callable[..., Extraction], body: str,
                                                            source: str) -> None:
    ex = extract(body)
    srcs = [a.source.span.text for a in ex.attributions if a.source is not None and a.source.span is not None]
    assert source in srcs, srcs


# 9. a first-person quotation denies a deed only when its first clause negates it: (body, words of the
# deed claim the quotation must not deny)
FIRST_CLAUSE = [
    # the case (fnc1-1195)
    ("Some 276 schoolgirls were seized from the town of Kessel in April. Ivo Sten, the head of the Kessel Elders "
     "Forum, said: “We were sceptical about the talks to release our girls and we never took the ceasefire "
     "seriously because since the announcement, they have never stopped attacking communities.”", "were seized"),
    ("Rebels shelled the market in Vorna on Sunday, residents said. The mayor Ana Vel said: \"We were afraid, "
     "and we never believed the truce because they have never stopped shelling us.\"", "shelled the market"),
    ("Bordurian troops attacked a checkpoint near Dorn, officials said. \"We stayed in the town and we did not "
     "leave because they kept attacking the roads,\" the farmer Ivo Kral said.", "attacked a checkpoint"),
    ("Freedonian jets bombed a bridge near Vell, witnesses said. \"We heard the noise but we could not see "
     "anything because the jets were bombing from high up,\" said Mia Lund, a teacher.", "bombed a bridge"),
    ("Syldavian rebels abducted two engineers near Brill, police said. \"We hoped for talks, but we never "
     "trusted them since they keep abducting people,\" said the engineers' employer Karl Moss.", "abducted two engineers"),
    ("Tomanian drones struck a convoy near Kolno, the army said. \"I was driving, and I did not stop when the "
     "drones struck the trucks ahead,\" the driver Ola Brun said.", "struck a convoy"),
    ("Ruritanian troops shelled Brill overnight, the mayor said. \"We were hiding in the cellar, and we never saw "
     "who was shelling the town,\" the baker Ana Holm said.", "shelled Brill"),
]


@pytest.mark.parametrize(("body", "deed"), FIRST_CLAUSE, ids=[r[1] for r in FIRST_CLAUSE])
def test_a_negation_outside_the_first_clause_denies_no_deed(extract: Callable[..., Extraction], body: str,
                                                            deed: str) -> None:
    ex = extract(body)
    assert not any(deed in c.text and c.polarity == "negative" for c in ex.claims), _dump(ex)


# guard (passed before, lost26): the first clause negates the deed
def test_a_first_clause_negating_the_deed_still_denies(extract: Callable[..., Extraction]) -> None:
    ex = extract("Residents said Bordurian artillery had shelled Vorna on Sunday. \"We did not fire a single "
                 "shell,\" said Bordurian general Max Vogel.")
    assert any("shelled Vorna" in c.text and c.polarity == "negative" for c in ex.claims), _dump(ex)
