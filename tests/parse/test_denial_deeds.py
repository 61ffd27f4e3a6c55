"""What an answer is about when its own words name it (issue 9 item 3, stop 24, deny24;
``claimcheck/parse/claims/answers.py``).  Invented names throughout.

1. A denial of one's own part in a *definite deed* ("denied any involvement in the theft") answers
   the earlier claim that reports that deed, though that claim does not name the denier (the case
   ``pro_group_is_not_the_country`` of ../shared/cases: the group and the state are two actors and
   the state's denial is of that attack).  A noun that names no deed the article reports ("any role
   in the deal / the contract / the auction") answers nothing (the new user's deny23 case, kept in
   tests/parse/test_denial_own_content.py).
2. A non-answer reported in a clause ("said the club had no update on the matter") is about what
   follows the non-answer's phrase: "the matter", "the investigators' findings", "their use" refer
   back to the claim before it; the refusal's own words are never the proposition.
3. "Asked whether C, he declined to comment": the non-answer is about C, read from the sentence's
   start (the attribution parser gives the question no attribution since src23).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.model import Extraction


def _deny(ex: Extraction) -> list:
    return [c for c in ex.claims if c.attribution is not None and ex.attributions[c.attribution].act == "deny"]


def _decline(ex: Extraction) -> list:
    return [c for c in ex.claims if c.attribution is not None and ex.attributions[c.attribution].act == "decline"]


DEEDS = [  # (body, words of the deed's claim, denier)
    ("Hackers stole the voters' data from the election office in Vell, investigators said. "
     "Freedonia denied any involvement in the theft.", "voters' data", "Freedonia"),
    ("Unknown gunmen attacked the aid convoy near Kessel on Friday, witnesses said. "
     "The Marsh Front denied involvement in the attack.", "aid convoy", "Marsh Front"),
    ("A bomb destroyed the railway bridge at Ostra on Monday, the police said. "
     "Ruritania rejected any responsibility for the blast.", "railway bridge", "Ruritania"),
    ("Masked men raided the customs office at Dorn overnight, the mayor said. "
     "Sylvania denied any part in the raid.", "customs office", "Sylvania"),
    ("Gunmen abducted two engineers near the Velm dam, local officials said. "
     "The Tomanian embassy denied any role in the kidnapping.", "two engineers", "Tomanian"),
    ("Rioters set the grain depot at Klow on fire, the governor said. "
     "Borduria denied any involvement in the fire.", "grain depot", "Borduria"),
    ("Someone leaked the cabinet minutes to a Kolno newspaper, the prime minister's office said. "
     "The Freedonian embassy denied any role in the leak.", "cabinet minutes", "Freedonian"),
]


@pytest.mark.parametrize(("body", "words", "denier"), DEEDS, ids=[d[2] for d in DEEDS])
def test_an_own_part_denial_of_a_definite_deed_answers_the_deed(extract: Callable[..., Extraction], body: str,
                                                                words: str, denier: str) -> None:
    ex = extract(body)
    denials = _deny(ex)
    assert len(denials) == 1, [(c.text, c.denies) for c in ex.claims]
    d = denials[0]
    assert d.denies is not None and words in ex.claims[d.denies].text, (d.text, d.denies)
    assert d.polarity == "negative" and any(denier in x for x in d.actors), (d.actors,)


NOT_DEEDS = [  # the same shapes, the noun naming something the claim does not report: no link
    ("Hackers stole the voters' data from the election office in Vell, investigators said. "
     "Freedonia denied any involvement in the merger.", "voters' data"),
    ("Unknown gunmen attacked the aid convoy near Kessel on Friday, witnesses said. "
     "The Marsh Front denied any role in the election.", "aid convoy"),
    ("A bomb destroyed the railway bridge at Ostra on Monday, the police said. "
     "Ruritania rejected any responsibility for the blackout.", "railway bridge"),
    ("The Bordurian buyers had paid the dealers in cash, the newspaper reported. "
     "Sylvania denied any role in the deal.", "paid the dealers"),
    ("Rioters set the grain depot at Klow on fire, the governor said. "
     "Borduria denied any involvement in the auction.", "grain depot"),
]


@pytest.mark.parametrize(("body", "words"), NOT_DEEDS, ids=[n[1] for n in NOT_DEEDS])
def test_an_own_part_denial_of_another_deed_answers_nothing(extract: Callable[..., Extraction], body: str,
                                                            words: str) -> None:
    ex = extract(body)
    assert any(words in c.text for c in ex.claims), [c.text for c in ex.claims]
    assert not any(c.denies is not None and words in ex.claims[c.denies].text for c in ex.claims), \
        [(c.text, c.denies) for c in ex.claims]


NON_ANSWER_CLAUSES = [  # (body, words of the claim the non-answer is noted on)
    ("Kestrel FC paid the striker's agent through a shell company in Velmora, the Harbour Times reported. "
     "Club secretary Mona Reyes said the club had no update on the matter.", "shell company"),
    ("The fire that destroyed the grain terminal at Velm was started deliberately, police investigators said. "
     "The port authority declined to comment on the investigators' findings.", "grain terminal"),
    ("Freedonian drones flew over the Kolno power plant on Sunday, the Ruritanian army said. "
     "A Freedonian spokesman said the ministry had no information about their use.", "power plant"),
    ("The Sylvanian navy seized two Tomanian trawlers off Dorn, the coast guard said. "
     "A Sylvanian navy spokeswoman said she had no comment on the issue.", "two Tomanian trawlers"),
    ("The Bordurian mayor took cash from the builders of the Orla towers, auditors said in a report. "
     "The mayor's office declined to comment on the auditors' report.", "Orla towers"),
]


QUESTIONS = [  # the question put, then a non-answer: noted on the claim stating the question's proposition
    ("Ruritanian officials said the Freedonian army would withdraw from Velm. "
     "Asked whether the army would withdraw, a Freedonian spokesman declined to comment.", "would withdraw"),
    ("The Kolno Herald said the Sylvanian embassy would close in May. "
     "Asked if the embassy would close, a Sylvanian diplomat declined to comment.", "embassy would close"),
    ("Bordurian officials said the border with Tomania would reopen on Monday. "
     "Pressed on whether the border would reopen, a Tomanian spokeswoman declined to comment.", "border with Tomania"),
    ("Witnesses said Freedonian pilots had defected to Ruritania. "
     "Asked whether the pilots had defected, a Freedonian general declined to comment.", "pilots had defected"),
    ("A Syldavian minister said the Syldavian navy would sail to Dorn. "
     "Questioned about whether the navy would sail, a navy spokesman declined to comment.", "navy would sail"),
]


REQUESTS = [  # a non-answer whose object is the request, the medium or the time: it answers the claim before it
    ("The Tomanian airline will stop flights to Velm in June, the Kolno Herald reported. "
     "The airline did not respond to a request for comment.", "stop flights to Velm"),
    ("Freedonian customs officers seized a ton of rare timber at Dorn, the port authority said. "
     "The customs service did not return a phone call.", "rare timber"),
    ("The Ruritanian rail company will close the Velm line in May, the union said. "
     "The company had no comment when contacted by the Kolno Herald.", "Velm line"),
    ("The Sylvanian mayor sold the harbour land to his brother, the auditors said. "
     "The mayor did not comment to the newspaper.", "harbour land"),
    ("Bordurian hackers broke into the Velm water works, investigators said. "
     "Borduria did not respond to repeated requests for comment.", "Velm water works"),
]


DEED_NON_ANSWERS = [  # "would neither confirm nor deny the strike": the deed's claim, whoever it names
    ("Warplanes dropped bombs on the town of Dorn on Friday, residents said. "
     "The Freedonian army would neither confirm nor deny the strike.", "bombs on the town of Dorn"),
    ("Masked men raided the customs office at Velm overnight, the mayor said. "
     "The Ruritanian police declined to comment on the raid.", "customs office at Velm"),
    ("Thieves stole three paintings from the Kolno museum, the curator said. "
     "The Sylvanian embassy would not comment on the theft.", "three paintings"),
    ("A car bomb exploded outside the Tomanian consulate in Dorn, witnesses said. "
     "The Bordurian interior ministry had no comment on the blast.", "Tomanian consulate"),
    ("Gunmen kidnapped two engineers near the Velm dam, officials said. "
     "The Syldavian government declined to comment on the kidnapping.", "two engineers"),
]


SPLIT_AND_VAGUE = [  # "did not confirm | or deny the strike"; "the information", "rumor or speculation" refer back
    ("Warplanes struck the fuel depot at Dorn on Friday, residents said. "
     "The Freedonian army did not confirm or deny the strike.", "fuel depot at Dorn"),
    ("Two Ruritanian soldiers went missing near Velm on Sunday, the local council said. "
     "The defence ministry could not immediately confirm the information.", "went missing"),
    ("The Sylvanian phone maker will cut 2,000 jobs at its Kolno plant, the union said. "
     "A spokeswoman said the company declined to comment on rumor or speculation.", "2,000 jobs"),
    ("The Tomanian navy sank a Bordurian patrol boat off Dorn, the coast guard said. "
     "The Tomanian navy would not confirm or deny the sinking.", "patrol boat"),
    ("The Freedonian bank froze the accounts of three Kolno traders, the traders said. "
     "A spokesman could not confirm the details.", "three Kolno traders"),
]


# every table of non-answers asserts the same: one non-answer, noted on the claim holding the words,
# whose text is never the refusal's own words (the review of stop 26: one parametrised test)
NON_ANSWERS = [("clause", *r) for r in NON_ANSWER_CLAUSES] + [("question", *r) for r in QUESTIONS] \
    + [("request", *r) for r in REQUESTS] + [("deed", *r) for r in DEED_NON_ANSWERS] \
    + [("split", *r) for r in SPLIT_AND_VAGUE]


@pytest.mark.parametrize(("kind", "body", "words"), NON_ANSWERS, ids=[f"{k}-{w}" for k, _, w in NON_ANSWERS])
def test_a_non_answer_is_noted_on_the_claim_it_answers(extract: Callable[..., Extraction], kind: str, body: str,
                                                       words: str) -> None:
    """clause: "said the club had no update on the matter" is about what "the matter" refers to;
    question: "Asked whether C, he declined to comment" is about C; request: "did not respond to a
    request for comment" answers the claim before it; deed: "would neither confirm nor deny the
    strike" answers the deed's claim, whoever it names; split: "did not confirm | or deny the
    strike", "the information", "rumor or speculation" refer back."""
    ex = extract(body)
    declines = _decline(ex)
    assert len(declines) == 1, [(c.text, c.attribution) for c in ex.claims]
    d = declines[0]
    assert d.denies is not None and words in ex.claims[d.denies].text, (d.text, d.denies)
    # the refusal's words are never the proposition
    assert not any(w in d.text.lower() for w in ("no update", "no comment", "no information", "declined"))
