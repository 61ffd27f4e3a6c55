"""A denial ahead of the allegation it answers (issue 9 item 3), beside the shared case
``check_respects_the_actor``: "Sylvania on Monday denied supplying drones to Ruritania. Bordurian
officials said last week that Sylvania had sent hundreds of drones to Ruritania."  News puts the
denial in the lede and the allegation below it; the denial's short gerund content ("supplying
drones to Ruritania") is no proposition of its own and answers the later claim that names the
denier and holds the content's words.  A denial whose words the later claim lacks (another
thing supplied) or whose denier it does not name (another party) answers nothing below it.

Also: a denial's gerund content that is a statement of its own is shown finite, as an
accusation's is ("denied supplying …" → "X supplied …", the proposition denied).
"""

from __future__ import annotations

import pytest

from claimcheck.model import Claim, Extraction

ANSWERS_LATER = [  # (body, the later claim's start, the denier)
    ("Sylvania on Monday denied supplying drones to Ruritania. Bordurian officials said last week that Sylvania "
     "had sent hundreds of drones to Ruritania.", "Sylvania had sent", "Sylvania"),
    ("Karland denied shipping shells to the rebels. Western diplomats said Karland had delivered "
     "artillery shells to the rebels in March.", "Karland had delivered", "Karland"),
    ("The Ostrovian government denied jamming satellite signals over the strait. Naval officers said the "
     "Ostrovian government had been jamming satellite signals for weeks.", "The Ostrovian government had been",
     "The Ostrovian government"),
    ("Marnia's army denied shelling the village of Tolk. Residents said Marnia's army shelled the village of "
     "Tolk overnight.", "Marnia's army shelled", "Marnia's army"),
    ("Zembla denied training militia fighters. Two analysts said Zembla trained militia fighters near the "
     "border last year.", "Zembla trained", "Zembla"),
    ("The ministry denied hiding casualty figures. Opposition lawmakers said the ministry was hiding casualty "
     "figures from parliament.", "The ministry was hiding", "The ministry"),
]

ANSWERS_NOTHING_BELOW = [  # the later claim lacks the content's words, or names another party
    "Sylvania denied supplying drones to Ruritania. Bordurian officials said Sylvania had sent tanks to Ruritania.",
    "Sylvania denied supplying drones to Ruritania. Bordurian officials said Karland had sent drones to Ruritania.",
    "Karland denied shipping artillery shells to the rebels. Diplomats said Karland had shipped rifles to the rebels.",
    "Zembla denied training militia fighters. Analysts said Ostrovia trained militia fighters near the border.",
    "The ministry denied hiding casualty figures. Lawmakers said the army was hiding casualty figures.",
]


def _denials(ex: Extraction) -> list[Claim]:
    return [c for c in ex.claims if c.attribution is not None and ex.attributions[c.attribution].act == "deny"]


@pytest.mark.parametrize(("body", "later", "denier"), ANSWERS_LATER)
def test_a_denial_in_the_lede_answers_the_later_allegation(extract, body: str, later: str, denier: str) -> None:
    ex = extract(body)
    targets = [c for c in ex.claims if c.text.startswith(later) and c.polarity == "positive"]
    assert len(targets) == 1, [c.text for c in ex.claims]
    denials = _denials(ex)
    assert denials, [c.text for c in ex.claims]
    # the denial is the allegation's proposition, negated: linked to the later claim, or (a long
    # enough content) a negative statement of its own whose agent is the denier, shown finite
    linked = [d for d in denials if d.polarity == "negative" and d.denies is not None and ex.claims[d.denies] is targets[0]]
    own = [d for d in denials if d.polarity == "negative" and d.denies is None and d.text.startswith(denier)
           and not d.text.split()[len(denier.split())].endswith("ing")]
    assert linked or own, [(d.text, d.polarity, d.denies) for d in denials]


@pytest.mark.parametrize("body", ANSWERS_NOTHING_BELOW)
def test_a_denial_answers_no_later_claim_of_other_words_or_another_party(extract, body: str) -> None:
    ex = extract(body)
    later = ex.claims[-1] if ex.claims else None
    assert later is not None and later.polarity == "positive"
    for d in _denials(ex):
        assert d.denies is None or ex.claims[d.denies] is not later, (d.text, later.text)


@pytest.mark.parametrize(("body", "finite"), [
    ("Sylvania denied supplying attack drones to the rebel militia in Ruritania.", "supplied"),
    ("The army denied carrying out air strikes on the market in Tolk last month.", "carried"),
    ("Karland denied shipping artillery shells to the northern rebels in March.", "shipped"),
    ("The company denied dumping toxic waste into the river near the plant.", "dumped"),
    ("Zembla denied stopping humanitarian convoys at the southern border crossing.", "stopped"),
    ("The militia denied burning farms in the eastern valley during the offensive.", "burned"),
])
def test_a_denials_gerund_statement_is_shown_finite(extract, body: str, finite: str) -> None:
    ex = extract(body)
    denials = _denials(ex)
    assert denials, [c.text for c in ex.claims]
    for d in denials:
        words = d.text.split()
        assert finite in words and not any(w.endswith("ing") and w.startswith(finite[:4]) for w in words), d.text
