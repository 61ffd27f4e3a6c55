"""Denials and non-answers answer their own side's proposition, never merely the nearest claim
(issue 9 item 3, stop 26, deny26; ``parse/claims/extract._antecedent``, ``parse/claims/answers``).

Found on the FNC-1 corpus re-read (stop 24): "The North Korean embassy in London declined to
comment" answered a blogger's "catapulted Scotland into the North Korean elite's thoughts"; an
archdiocese's "has not confirmed, however, if they will allow him …" answered "O'Neal will continue
dedicating his life to God"; "U.S. officials declined to comment for this report" answered a British
embassy's statement; "officials have downplayed the threat of …" answered "The congressman was
conveying what he knows"; a general's "could not confirm that Iraqi pilots had joined" answered a
colonel's quotation.  Each is the case (invented names) plus at least five neighbours; every
neighbour failed before this stop (the guards excepted, marked).

1. A bare answer answers only a claim its answerer's side (its name, its own words, an actor among
   them) is a party of, not a place of ("Tourists in | Freedonia", "outside the | Tomanian
   embassy"); none such: it answers nothing.
2. An answer with a content of its own answers only a claim stating that content.
3. A verdict after a denial ("“That is a lie,” the minister said") answers what that denial answers,
   where the allegation is reported below both.
4. A source that is a negative quantifier ("No one denied it") is nobody's claim; a negated denial
   ("did not deny that C") is a non-answer: neither a denial nor that source's support.
5. A sentence that is no claim by itself is read with the next sentence only, never a chain: no
   claim holds a passage of several propositions.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.model import Extraction


def _answers(ex: Extraction, act: str) -> list:
    return [c for c in ex.claims if c.attribution is not None and ex.attributions[c.attribution].act == act]


def _answered_texts(ex: Extraction) -> list[str]:
    """The texts of the claims that a denial or non-answer of ``ex`` answers (``denies``), and of
    the answers' own claims."""
    out = []
    for c in _answers(ex, "deny") + _answers(ex, "decline"):
        out.append(c.text)
        if c.denies is not None:
            out.append(ex.claims[c.denies].text)
    return out


# 1. bare answers: (body, words of the neighbouring claim no answer may be about, words of the claim
# answered or None)
BARE = [
    # the case (fnc1-2418, fnc1-2452): the answerer's country is the place of the nearest claim
    ("Freedonian leader Ana Vel could open a restaurant in Brill, experts said. "
     "\"Tourists in Freedonia are told to tip in wine,\" the blogger Karl Moss said. "
     "The Freedonian embassy in Brill declined to comment.", "Tourists in Freedonia", "open a restaurant"),
    ("The Scottish vote catapulted Kessel into the Ruritanian elite's thoughts, the blogger Karl Moss told "
     "the Herald. The Ruritanian embassy in Vell declined to comment.", "catapulted Kessel", None),
    ("Tourists in Syldavia must tip waiters in gold coins, a travel guide said. "
     "The Syldavian embassy declined to comment.", "gold coins", None),
    ("Protesters gathered outside the Tomanian embassy in Brill on Sunday, police said. "
     "The Tomanian embassy did not respond to a request for comment.", "Protesters gathered", None),
    # fnc1-1407: a principal that the claim does not name
    ("Father Olm will keep preaching the word of the Holy Mother, his friends said. The Archdiocese of "
     "Kessel has not confirmed, however, whether they will allow him to preach in Kessel.", "keep preaching", None),
    # fnc1-2123: another side's statement just before
    ("Ruritanian police arrested a Freedonian courier in Brill, officials said. A spokeswoman for the "
     "Bordurian embassy in Vell said the courier was well. Tomanian officials declined to comment for "
     "this report.", "courier was well", None),
    ("Sylvanian jets bombed a fuel depot near Dorn, residents said. Borduria declined to comment.", "fuel depot", None),
]


@pytest.mark.parametrize(("body", "neighbour", "answered"), BARE, ids=[b[1] for b in BARE])
def test_a_bare_answer_answers_only_its_own_side(extract: Callable[..., Extraction], body: str,
                                                 neighbour: str, answered: str | None) -> None:
    ex = extract(body)
    texts = _answered_texts(ex)
    assert not any(neighbour in t for t in texts), [(c.text, c.denies) for c in ex.claims]
    if answered is not None:
        assert any(answered in t for t in texts), [(c.text, c.denies) for c in ex.claims]


OWN_SIDE = [  # guards (passed before too): the answerer's side is a party of the claim before it
    ("Ruritanian jets bombed a school in Kessel, witnesses said. Ruritania declined to comment.", "bombed a school"),
    ("The Tomanian airline will stop flights to Velm in June, the Kolno Herald reported. "
     "The airline did not respond to a request for comment.", "stop flights"),
    ("Freedonian customs officers seized rare timber at Dorn, the port authority said. "
     "The customs service did not return a phone call.", "rare timber"),
    ("The Sylvanian mayor sold the harbour land to his brother, the auditors said. "
     "The mayor did not comment to the newspaper.", "harbour land"),
    ("Residents said troops had burned the market in Kessel. The army called the claims a lie.", "burned the market"),
    # the principal named by a possessive (the seeds' other articles: "Volkov's lawyer declined to comment")
    ("A source said the businessman Ivo Sten had funded the Marsh Front. Sten's lawyer declined to comment.", "funded"),
    # no source: the outlet's caveat on what its subject names, the claim before it
    ("Rebels said they had captured the airport at Dorn. The footage could not be independently verified.",
     "captured the airport"),
]


@pytest.mark.parametrize(("body", "answered"), OWN_SIDE, ids=[b[1] for b in OWN_SIDE])
def test_an_answer_about_its_own_side_still_answers_it(extract: Callable[..., Extraction], body: str,
                                                       answered: str) -> None:
    ex = extract(body)
    links = [ex.claims[c.denies].text for c in _answers(ex, "deny") + _answers(ex, "decline") if c.denies is not None]
    assert any(answered in t for t in links), [(c.text, c.denies) for c in ex.claims]


# an answer that refers back ("These rumors are false", "any such thing", a bare verdict right after
# the allegation) still answers the claim before it though its answerer's side is not named there
# (the corpus: NASA's "These rumors are false …", Homeland Security's "deny any such thing has
# happened", Shekau's "“A lie,” Mr. Shekau said" right after the government's claim)
REFERS_BACK = [
    ("Bloggers said a planetary alignment would let people float for three seconds. \"These rumors are false "
     "and the image is doctored,\" the agency said.", "planetary alignment"),
    ("Two lawmakers said fighters had crossed the Velm border. Border officials deny any such thing has happened.",
     "crossed the Velm border"),
    ("The Ruritanian government said the rebels had agreed to free every hostage. \"A lie,\" the rebel leader "
     "Ivo Sten said.", "free every hostage"),
    ("Villagers said the dam at Brill had cracked. \"That is completely false,\" the engineer Mia Holm said.",
     "dam at Brill"),
    ("A blogger said the Kessel zoo would close in May. The zoo's director said the reports were untrue.", "zoo would close"),
]


@pytest.mark.parametrize(("body", "answered"), REFERS_BACK, ids=[b[1] for b in REFERS_BACK])
def test_an_answer_that_refers_back_answers_the_claim_before_it(extract: Callable[..., Extraction], body: str,
                                                                answered: str) -> None:
    ex = extract(body)
    links = [ex.claims[c.denies].text for c in _answers(ex, "deny") if c.denies is not None]
    assert any(answered in t for t in links), [(c.text, c.denies) for c in ex.claims]


# 2. answers with a content of their own: (body, words of the neighbouring claim)
OWN_CONTENT = [
    # the case (fnc1-871)
    ("Congressman Ola Brun said Tomanian fighters were crossing the southern border. The congressman was "
     "conveying what he knows, his aide said. Ruritanian officials have downplayed the threat of fighters "
     "infiltrating the country through the border, as warnings about that possibility have circulated.",
     "conveying what he knows"),
    ("The minister was speaking from experience, her office said. Sylvanian officials have played down the "
     "risk of a famine in the north, as reports about it spread.", "speaking from experience"),
    ("The general knows the region well, his staff said. Bordurian officials rejected the idea of a second "
     "front along the river.", "knows the region"),
    ("Kessel's governor was only repeating what residents told him, an aide said. Tomanian officials "
     "downplayed fears of a cholera outbreak in the camps.", "repeating what residents"),
    # the case (fnc1-1606): a reported non-answer of the third person is about what follows its phrase
    ("\"We keep a close eye on the rebels and will keep striking their depots,\" Colonel Ivo Brun said. "
     "General Ana Holt, head of the Freedonian command, said she could not confirm that Ruritanian pilots "
     "had joined the rebels.", "close eye"),
    ("\"Our navy is watching the coast,\" Admiral Per Lind said. The Sylvanian defence minister said he could "
     "not confirm that Tomanian sailors had defected to the rebels.", "watching the coast"),
    ("\"We will keep patrolling the border,\" Captain Ola Dahl said. A Bordurian general said she was unable "
     "to confirm that Freedonian troops had crossed the river.", "patrolling the border"),
    ("\"The talks went well,\" the envoy Ivo Sand said. The foreign minister said they could not confirm "
     "that the Ruritanian delegation had left Brill.", "talks went well"),
    ("\"The bridge is safe,\" engineer Mia Holm said. A Kessel official said he could not confirm that the "
     "dam had cracked.", "bridge is safe"),
]


@pytest.mark.parametrize(("body", "neighbour"), OWN_CONTENT, ids=[b[1] for b in OWN_CONTENT])
def test_an_answer_with_content_of_its_own_answers_no_neighbour(extract: Callable[..., Extraction], body: str,
                                                                neighbour: str) -> None:
    ex = extract(body)
    assert not any(neighbour in t for t in _answered_texts(ex)), [(c.text, c.denies) for c in ex.claims]


# 3. a verdict after a denial: (body, the allegation's words)
VERDICTS = [
    # the new user's case (stop 24 and 26)
    ("Freedonia on Monday denied sending drones to Ruritania. \"That is a lie,\" Foreign Minister Rufus Firefly "
     "told reporters in Fredville. Ruritanian officials said Freedonia had sent 40 drones to Ruritania in March.",
     "40 drones"),
    ("Borduria on Friday denied selling tanks to Vorna. \"This is pure nonsense,\" Defence Minister Ola Berg told "
     "reporters. Vornan officials said Borduria had sold 60 tanks to Vorna in May.", "60 tanks"),
    ("Sylvania on Tuesday denied training pilots for Tomania. \"It is a fabrication,\" Interior Minister Ana Dahl "
     "said. Tomanian officials said Sylvania had trained 30 pilots for Tomania last year.", "30 pilots"),
    ("Syldavia on Sunday denied sending warships to Kessel. \"It's a nonsense,\" Foreign Minister Mia Lund said. "
     "Kessel officials said Syldavia had sent two warships to Kessel on Saturday.", "two warships"),
    ("Tomania on Monday denied sending troops to Brill. \"That is a lie,\" Defence Minister Ivo Sten told "
     "reporters. Brill officials said Tomania had sent 300 troops to Brill in June.", "300 troops"),
    ("Ruritania on Monday denied sending jets to Dorn. \"This is pure fabrication,\" Foreign Minister Karl Vos "
     "said. Dorn officials said Ruritania had sent eight jets to Dorn in April.", "eight jets"),
]


@pytest.mark.parametrize(("body", "allegation"), VERDICTS, ids=[v[1] for v in VERDICTS])
def test_a_verdict_after_a_denial_answers_what_the_denial_answers(extract: Callable[..., Extraction], body: str,
                                                                  allegation: str) -> None:
    ex = extract(body)
    denials = _answers(ex, "deny")
    assert len(denials) == 2, [(c.text, c.attribution) for c in ex.claims]
    for d in denials:
        assert d.denies is not None and allegation in ex.claims[d.denies].text, (d.text, d.denies)
        assert ex.claims[d.denies].polarity == "positive"


# 4. nobody speaks; a negated denial is neither
NOBODY = [
    "Ruritanian officials said Freedonian troops entered Borduria on Monday. No one denied it.",
    "Sylvanian officials said Freedonian jets bombed a bridge in Kessel. Nobody has denied the report.",
    "Witnesses said Tomanian drones hit the port of Dorn. No Tomanian official has denied the strike.",
    "Residents said Bordurian soldiers burned the market in Vell. None of the ministries denied the report.",
    "Villagers said the dam at Brill had cracked. No one has confirmed the report.",
    "Pilots said Syldavian trucks jammed the radar in Kessel. No-one disputed the account.",
]


@pytest.mark.parametrize("body", NOBODY, ids=[b.split(". ")[-1] for b in NOBODY])
def test_a_negative_quantifier_is_nobodys_claim(extract: Callable[..., Extraction], body: str) -> None:
    ex = extract(body)
    acts = [ex.attributions[c.attribution].act for c in ex.claims if c.attribution is not None]
    assert acts == ["assert"], [(c.text, c.attribution) for c in ex.claims]
    assert all(c.polarity == "positive" for c in ex.claims)


NOT_DENIED = [  # (body, the allegation's words, the source that did not deny)
    ("Tomanian officials said Freedonia had shipped rifles to the rebels. Freedonia's foreign ministry did not "
     "deny that rifles were shipped to the rebels.", "shipped rifles", "foreign ministry"),
    ("Witnesses said Ruritanian jets bombed the bridge at Kessel. The Ruritanian army did not deny the report.",
     "bombed the bridge", "army"),
    ("Residents said Bordurian soldiers burned the market in Vell. The Bordurian defence ministry never denied "
     "the account.", "burned the market", "defence ministry"),
    ("Auditors said the Sylvanian mayor sold the harbour land to his brother. The mayor did not dispute the "
     "auditors' findings.", "harbour land", "mayor"),
    ("Pilots said Syldavian trucks jammed the radar in Kessel. Syldavia has not denied the report.",
     "jammed the radar", "Syldavia"),
]


@pytest.mark.parametrize(("body", "allegation", "source"), NOT_DENIED, ids=[n[2] for n in NOT_DENIED])
def test_a_negated_denial_is_neither_denial_nor_support(extract: Callable[..., Extraction], body: str,
                                                       allegation: str, source: str) -> None:
    ex = extract(body)
    theirs = [c for c in ex.claims if c.attribution is not None
              and source in (ex.attributions[c.attribution].source.span.text or "")]
    assert theirs, [(c.text, c.attribution) for c in ex.claims]
    for c in theirs:  # a non-answer, noted on the allegation: no denial, no support
        assert ex.attributions[c.attribution].act == "decline", ex.attributions[c.attribution]
        assert c.denies is None or allegation in ex.claims[c.denies].text


# 5. no chain of sentences: (a quotation whose sentences are no claims by themselves, one by one)
PASSAGES = [
    # the case (fnc1-2261): five sentences of an interview, the fourth negated
    "Hunter: \"If they catch five or ten of them, you know that there are going to be dozens more. "
    "That's how you know. That's where we are at risk here. Once again, they don't have a navy. "
    "That's how these guys are going to harm Americans.\"",
    "Ola Brun: \"If they stop two of them, you know there are more. That's the point. That's where it is. "
    "They don't have a plan. That's what worries us.\"",
    "Ana Dahl: \"If it rains, it floods. That's the problem. That's where it starts. It doesn't stop. "
    "That's why we left.\"",
    "Ivo Sten: \"When they come, they come at night. That's how it works. That's where they hide. They "
    "don't use roads. That's why nobody sees them.\"",
    "Mia Lund: \"If they pay, they stay. That's the deal. That's where it ends. They don't leave. "
    "That's what the mayor wants.\"",
    "Karl Vos: \"If one goes, all go. That's the rule. That's where we stand. We don't bargain. "
    "That's what they know.\"",
]


@pytest.mark.parametrize("body", PASSAGES, ids=[p.split(":")[0] for p in PASSAGES])
def test_no_claim_runs_over_more_than_two_sentences(extract: Callable[..., Extraction], body: str) -> None:
    ex = extract(body)
    for c in ex.claims:
        assert c.text.count(". ") <= 1, c.text


POSSESSIVE_SOURCES = [  # (body, the actor of the source): a possessor names its principal, never "X's"
    ("Freedonia's foreign ministry did not deny that rifles were shipped to the rebels.", "Freedonia"),
    ("Ruritania's president said the border would reopen on Monday.", "Ruritania"),
    ("Borduria's army confirmed that two soldiers were killed near Vorna.", "Borduria"),
    ("Sylvania's embassy in Brill declined to comment on the arrests.", "Sylvania"),
    ("Tomania's defence ministry denied that its jets had bombed the bridge.", "Tomania"),
    ("Syldavia’s interior ministry said the curfew would be lifted.", "Syldavia"),
]


@pytest.mark.parametrize(("body", "actor"), POSSESSIVE_SOURCES, ids=[p[1] for p in POSSESSIVE_SOURCES])
def test_a_possessor_source_is_named_without_its_ending(extract: Callable[..., Extraction], body: str,
                                                        actor: str) -> None:
    ex = extract(body)
    actors = [a.source.actor for a in ex.attributions if a.source is not None]
    assert actor in actors and not any(x and x.endswith(("'s", "’s")) for x in actors), actors
