"""New user's finding, stop 26 (src26), item 3: places and common nouns listed as a claim's actors;
invented names.

"Talks were held in Moscow on Tuesday" gave the claim actors "Talks" and "Moscow" (so ``actors``
listed "Talks", and ``report --actor`` of the state the capital stands for returned the claim).  A
place where something happened (after a ``locative`` preposition of ``places.toml``: in, near,
outside, north of …) is the claim's ``place``, not one of its actors, when the claim's words use it
only there; a one-word common noun that opens the sentence (an event noun an action class matches,
or a ``not_a_name`` word of ``names.toml``) is no actor either.  An agent, a source or a recipient
stays an actor ("Strelsau sent …", "… sent jets to Strelsau", "moved into Freedonia").
"""

from __future__ import annotations

import pytest

CASES = [  # (body, actors wanted, actors not wanted)
    ("Talks were held in Moscow on Tuesday between Ruritania and Freedonia.",
     {"Ruritania", "Freedonia"}, {"Talks", "Moscow"}),  # the new user's case
    ("Talks were held in Strelsau on Tuesday between Borduria and Syldavia.",
     {"Borduria", "Syldavia"}, {"Talks", "Strelsau"}),
    ("Clashes broke out near Dovra between Ruritanian and Bordurian troops on Sunday.",
     {"Ruritanian", "Bordurian"}, {"Clashes", "Dovra"}),
    ("Negotiations resumed in Zenda on Monday between Freedonia and Sylvania.",
     {"Freedonia", "Sylvania"}, {"Negotiations", "Zenda"}),
    ("Borduria and Syldavia signed a ceasefire outside Kolno on Monday.",
     {"Borduria", "Syldavia"}, {"Kolno"}),
    ("Ruritania and Freedonia held a summit in Velmora City on Friday.",
     {"Ruritania", "Freedonia"}, {"Velmora City"}),
    ("Troops from Borduria and Syldavia fought north of Kolno on Monday.",
     {"Borduria", "Syldavia"}, {"Troops", "Kolno"}),
    ("Artillery fire from Borduria hit Syldavian positions in Dovra overnight.",
     {"Borduria"}, {"Artillery", "Dovra"}),
]


@pytest.mark.parametrize("body,wanted,unwanted", CASES, ids=[c[0][:40] for c in CASES])
def test_where_it_happened_and_an_opening_common_noun_are_no_actors(extract, body, wanted, unwanted) -> None:
    claims = extract(body).claims
    assert claims, body
    actors = {a for c in claims for a in c.actors}
    assert wanted <= actors and not (unwanted & actors), actors


KEPT = [  # (body, the place that is an actor: agent, recipient, goal, or named elsewhere in the claim)
    ("Strelsau sent two battalions to the border with Borduria on Monday.", "Strelsau"),
    ("Borduria sent fighter jets to Strelsau on Monday, officials in the region said.", "Strelsau"),
    ("Ruritanian troops moved into Freedonia on Monday after the talks failed.", "Freedonia"),
    ("Borduria said Syldavia had shelled a market in Dovra, and Syldavia denied it.", "Syldavia"),
    ("Kolno hosted the talks, which Borduria and Syldavia held in Kolno on Monday.", "Kolno"),
]


@pytest.mark.parametrize("body,place", KEPT, ids=[k[0][:40] for k in KEPT])
def test_an_agent_or_recipient_place_stays_an_actor(extract, body, place) -> None:
    claims = extract(body).claims
    assert any(place in c.actors for c in claims), [(c.text, c.actors) for c in claims]


def test_the_place_is_still_the_claims_place(extract) -> None:
    c = extract("Talks were held in Strelsau on Tuesday between Borduria and Syldavia.").claims[0]
    assert c.place is not None and c.place.text == "Strelsau"
