"""A denial or non-answer with content of its own is about that content (new user, issue 9, stop 23,
deny23): it answers a claim of the article only when that claim names the answering party and holds
the content's words, never the nearest claim.

1. "Moscow denied any role in the deal" does not answer "the Bordurian buyers had paid in cash"
   (the denier is not named there; a role in the deal is not the payment).
2. "Asked whether the army would withdraw, he declined to comment" answers the question's
   proposition ("the army would withdraw"), not the officer's earlier "fuel supplies were low".
3. "would neither confirm nor deny that the men were soldiers" is about "the men were soldiers",
   not about "mercenaries had been captured near Klow".
Counter-cases: when the claim does state the content and names the party, the link stays.
"""

from __future__ import annotations

import pytest

from claimcheck.model import Extraction


def _answers_to(ex: Extraction, text: str) -> list[str]:
    """The texts of the claims that answer (``denies``) the claim whose text is ``text``."""
    return [c.text for c in ex.claims if c.denies is not None and _same(ex.claims[c.denies].text, text)]


def _same(a: str, b: str) -> bool:
    return a[:1].lower() + a[1:] == b[:1].lower() + b[1:]  # a claim's text starts with a capital


UNMATCHED = [  # (body, claim that must stay unanswered)
    ("Sapt told this newspaper that the Bordurian buyers had paid in cash. Moscow denied any role in the deal.",
     "the Bordurian buyers had paid in cash"),  # the new user's case
    ("Holm told reporters that the Freedonian bank had wired the money in May. Kolno denied any role in the sale.",
     "the Freedonian bank had wired the money in May"),
    ("A Ruritanian official said the convoy had crossed the river at night. Freedonia denied any involvement in the merger.",
     "the convoy had crossed the river at night"),
    ("Brandt said the Sylvanian traders had shipped the grain by rail. The Ruritanian embassy denied any part in the auction.",
     "the Sylvanian traders had shipped the grain by rail"),
    ("The newspaper reported that the Grand Fenwick buyers had paid in gold. Tomania denied any role in the contract.",
     "the Grand Fenwick buyers had paid in gold"),
    ("Adler said the Freedonian pilots had flown over the lake twice. Borduria denied any responsibility for the blackout.",
     "the Freedonian pilots had flown over the lake twice"),
]


@pytest.mark.parametrize("body,claim", UNMATCHED)
def test_an_own_part_denial_answers_no_unrelated_claim(extract, body: str, claim: str) -> None:
    ex = extract(body)
    assert any(_same(c.text, claim) for c in ex.claims), [c.text for c in ex.claims]
    assert _answers_to(ex, claim) == []


QUESTIONS = [  # a non-answer to a question put, after an unrelated claim of the same speaker
    ("A Freedonian officer told our reporter that fuel supplies were running low. "
     "Asked whether the army would withdraw, he declined to comment.", "fuel supplies were running low"),
    ("A Ruritanian colonel told reporters that the bridge had been repaired. "
     "Asked whether the troops would leave Velm, he declined to comment.", "the bridge had been repaired"),
    ("A Sylvanian diplomat said the talks had been postponed. "
     "Asked whether the embassy would close, she declined to comment.", "the talks had been postponed"),
    ("A Bordurian spokesman told the Herald that the harvest had failed. "
     "Asked whether the border would reopen, he declined to comment.", "the harvest had failed"),
    ("A Tomanian general said the airfield was being rebuilt. "
     "Asked whether the pilots had defected, he declined to comment.", "the airfield was being rebuilt"),
    ("A Freedonian minister told the paper that the budget had been cut. "
     "Asked whether the navy would sail, he declined to comment.", "the budget had been cut"),
]


@pytest.mark.parametrize("body,claim", QUESTIONS)
def test_a_non_answer_to_a_question_answers_no_unrelated_claim(extract, body: str, claim: str) -> None:
    ex = extract(body)
    assert any(_same(c.text, claim) for c in ex.claims), [c.text for c in ex.claims]
    assert _answers_to(ex, claim) == []


NEITHER = [  # a non-answer whose content is a proposition of its own
    ("The Syldavian army said Bordurian mercenaries had been captured near Klow. "
     "A Bordurian defence ministry spokesman would neither confirm nor deny that the men were soldiers.",
     "Bordurian mercenaries had been captured near Klow"),
    ("The Ruritanian army said Freedonian agents had been arrested in Velm. "
     "A Freedonian spokesman would neither confirm nor deny that the agents were officers.",
     "Freedonian agents had been arrested in Velm"),
    ("Sylvanian police said Tomanian smugglers had been stopped at the port. "
     "A Tomanian official would neither confirm nor deny that the boats were military.",
     "Tomanian smugglers had been stopped at the port"),
    ("The Kolno Herald said Ruritanian drones had been shot down over the lake. "
     "A Ruritanian spokeswoman would neither confirm nor deny that the pilots were civilians.",
     "Ruritanian drones had been shot down over the lake"),
    ("The Syldavian navy said Bordurian divers had been caught near the harbour. "
     "A Bordurian embassy spokesman would neither confirm nor deny that the divers were sailors.",
     "Bordurian divers had been caught near the harbour"),
]


@pytest.mark.parametrize("body,claim", NEITHER)
def test_neither_confirm_nor_deny_is_about_its_own_content(extract, body: str, claim: str) -> None:
    ex = extract(body)
    assert any(_same(c.text, claim) for c in ex.claims), [c.text for c in ex.claims]
    assert _answers_to(ex, claim) == []


MATCHED = [  # the claim states the content and names the party: the answer is linked
    ("Officials said Freedonian troops had shelled the port of Velm. Freedonia denied any role in the shelling.",
     "Freedonian troops had shelled the port of Velm"),
    ("Witnesses said Ruritanian gunboats had attacked two ferries. Ruritania denied any involvement in attacking the ferries.",
     "Ruritanian gunboats had attacked two ferries"),
    ("Ruritanian officials said the Freedonian army would withdraw from Velm. "
     "Asked whether the army would withdraw, a Freedonian spokesman declined to comment.",
     "the Freedonian army would withdraw from Velm"),
    ("The Syldavian army said the captured men were Bordurian soldiers. "
     "A Bordurian spokesman would neither confirm nor deny that the men were soldiers.",
     "the captured men were Bordurian soldiers"),
]


@pytest.mark.parametrize("body,claim", MATCHED)
def test_an_answer_matching_a_claim_is_linked(extract, body: str, claim: str) -> None:
    ex = extract(body)
    assert len(_answers_to(ex, claim)) == 1, [(c.text, c.denies) for c in ex.claims]
