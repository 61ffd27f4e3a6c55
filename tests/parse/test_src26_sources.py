"""New user's findings, stop 26 (src26), items 1 and 2: what a source's actor is; invented names.

1. A source named by its principal's possessive or adjective was stored under the possessive or the
   adjective: "Ruritania's president said" → actor "Ruritania's"; "the Freedonian defence ministry
   said" → actor "Freedonian".  The actor is the principal, as "the president of Ruritania" gave it
   already: "Ruritania"; "Freedonia" (the gazetteer's state, or the word the adjective extends when
   the article writes it); a name after the possessor is the source's own ("Ruritania's Karl
   Brandt").  An actor's name never keeps a possessive.
2. "The institute said" → named source "institute".  A bare definite common noun repeats a body
   named before it (also in a sentence that is no speech: "The Kessler Institute opened a lab"),
   else it is an unnamed source (``anonymous``), never a named one.
"""

from __future__ import annotations

import pytest

PRINCIPALS = [  # (body, source span, kind, actor)
    ("Ruritania's president said on Monday that the talks would resume.",
     "Ruritania's president", "named", "Ruritania"),  # the new user's case
    ("Ruritania’s president said on Monday that the talks would resume.",
     "Ruritania’s president", "named", "Ruritania"),
    ("Syldavia's government said the troops had left the border.", "Syldavia's government", "named", "Syldavia"),
    ("Freedonia's army said the troops had left the border.", "Freedonia's army", "named", "Freedonia"),
    ("Ruritania's defence ministry said the troops had left the border.",
     "Ruritania's defence ministry", "named", "Ruritania"),
    ("Borduria's Defence Ministry said the troops had left the border.",
     "Borduria's Defence Ministry", "named", "Borduria"),
    ("Ruritania's Karl Brandt said the troops had left the border.", "Ruritania's Karl Brandt", "named", "Karl Brandt"),
    # the adjective: the place when the article writes it
    ("Freedonia closed its border on Sunday. The Freedonian defence ministry said its troops had left.",
     "The Freedonian defence ministry", "named", "Freedonia"),  # the new user's case
    ("Syldavia held talks with Borduria. The Syldavian government said the talks had failed.",
     "The Syldavian government", "named", "Syldavia"),
    ("Ruritania held talks with Borduria. The Ruritanian president said the talks had failed.",
     "The Ruritanian president", "named", "Ruritania"),
    ("Velmora held talks with Borduria. The Velmoran foreign ministry said the talks had failed.",
     "The Velmoran foreign ministry", "named", "Velmora"),
]


@pytest.mark.parametrize("body,span,kind,actor", PRINCIPALS, ids=[p[1] for p in PRINCIPALS])
def test_a_source_of_a_principal_names_the_principal_never_a_possessive(extract, body, span, kind, actor) -> None:
    ex = extract(body)
    got = [(a.source.span.text, a.source.kind, a.source.actor) for a in ex.attributions
           if a.source is not None and a.source.span is not None]
    assert (span, kind, actor) in got, got
    assert not any(x and (x.endswith(("'s", "’s")) or x.endswith("ian")) for _, _, x in got), got


UNCHANGED = [  # (body, kind, actor): forms read as before
    ("The president of Ruritania said the talks would resume.", "named", "Ruritania"),
    ("Ruritanian President Karl Brandt said the talks would resume.", "named", "Karl Brandt"),
    ("Freedonian officials said the talks would resume.", "anonymous", None),
    ("Borduria's officials said the talks would resume.", "anonymous", None),
    ("The Egyptian government spokesman declined comment.", "anonymous", None),
    ("The People's Daily said the talks would resume.", "named", "People's Daily"),  # a possessive inside a name
    ("Britain's Daily Mail reported that the talks would resume.", "named", "Daily Mail"),
]


@pytest.mark.parametrize("body,kind,actor", UNCHANGED, ids=[u[0][:40] for u in UNCHANGED])
def test_other_forms_of_a_principal_are_read_as_before(extract, body, kind, actor) -> None:
    a = extract(body).attributions[0]
    assert a.source is not None and (a.source.kind, a.source.actor) == (kind, actor), a.source


BARE = [  # (body, the source, kind, actor)
    ("The institute said rainfall had fallen by a third.", "The institute", "anonymous", None),  # the case
    ("The ministry said the water supply was safe.", "The ministry", "anonymous", None),
    ("The council said the bridge would close in May.", "The council", "anonymous", None),
    ("Rainfall had fallen by a third, the agency said.", "the agency", "anonymous", None),
    ("The government said the water supply was safe.", "The government", "anonymous", None),
    ("The embassy declined to comment on the arrests.", "The embassy", "anonymous", None),
    # a body named before, in a sentence that is no speech
    ("The Kessler Institute opened a lab in May. The institute said rainfall had fallen by a third.",
     "The institute", "named", "Kessler Institute"),  # the case
    ("The Zenda City Council met on Monday. The council said the bridge would close in May.",
     "The council", "named", "Zenda City Council"),
    ("The Ruritanian Ministry of Defence sent troops to Kolno. The ministry said the troops had left.",
     "The ministry", "named", "Ministry of Defence"),
    ("Ruritania moved troops. The Ruritanian defence ministry sent them to Kolno. The ministry said they had left.",
     "The ministry", "named", "Ruritania"),
    ("The Lindmark Bank raised rates in May. Prices would fall by autumn, the bank said.",
     "the bank", "named", "Lindmark Bank"),
]


@pytest.mark.parametrize("body,span,kind,actor", BARE, ids=[b[0][:50] for b in BARE])
def test_a_bare_definite_noun_repeats_a_body_named_before_or_names_none(extract, body, span, kind, actor) -> None:
    ex = extract(body)
    got = [(a.source.span.text, a.source.kind, a.source.actor) for a in ex.attributions
           if a.source is not None and a.source.span is not None]
    assert (span, kind, actor) in got, got


HEADLINES = [  # (title, body, headline source kind, actor)
    ("Institute warns of drought", "The Kessler Institute opened a lab in May. The institute said rainfall had fallen.",
     "named", "Kessler Institute"),  # the case
    ("Institute warns of drought", "Rainfall had fallen by a third, the institute said.", "anonymous", None),
    ("Ministry denies shelling", "The ministry said on Monday that no shells had been fired.", "anonymous", None),
    ("Ministry denies shelling", "The Ruritanian Ministry of Defence on Monday denied shelling Vorna.",
     "named", "Ministry of Defence"),
    ("Kremlin says talks failed", "The Kremlin said on Monday that talks had failed.", "named", "Kremlin"),
]


@pytest.mark.parametrize("title,body,kind,actor", HEADLINES, ids=[f"{h[0]}|{h[1][:20]}" for h in HEADLINES])
def test_a_headlines_common_noun_is_the_body_the_article_names(extract, title, body, kind, actor) -> None:
    ex = extract(body, title=title)
    head = [a for a in ex.attributions if a.sentence == 0 and a.source is not None and a.source.span is not None]
    assert head and (head[0].source.kind, head[0].source.actor) == (kind, actor), head
