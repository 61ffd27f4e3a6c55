"""The new user's actor findings, stop 24 (actors24): each class with the form found, rewritten in
invented names, and five neighbours or more.

- a person's or an outlet's "A of PLACE" absorbs the place ("Freedonia" an alias of "Rufus of
  Freedonia", "Syldavia" of "Morning Star of Syldavia"); an outlet's name with its place after the
  outlet word too ("Radio Syldavia");
- a demonym alone ("Freedonian", of "the Freedonian foreign ministry said") listed as an actor;
- a possessive listed as an alias ("Freedonia's");
- a capital that is an actor of its own and an alias of its state at once.
"""

from __future__ import annotations

import pytest

from claimcheck.lexicons import Entry, load_lexicons
from claimcheck.xref.actors import ActorResolver, Mention, alias_form
from claimcheck.xref.gazetteer import Gazetteer, build_gazetteer
from claimcheck.xref.index import build_actor_index
from claimcheck.xref.names import name_rules

LEX = load_lexicons()


def _one_actor(a: str, b: str) -> bool:
    res = ActorResolver(lexicons=LEX).resolve([Mention(a), Mention(b)])
    return res.mention_map[a] == res.mention_map[b]


# --- (1, 2) the place after "of", or after an outlet word, is no surname ---------------------------

PLACE_NOT_ABSORBED = [
    ("Freedonia", "Rufus of Freedonia"),  # found: a ruler's designation
    ("Syldavia", "Morning Star of Syldavia"),  # found: an outlet's name
    ("Freedonia", "President Rufus of Freedonia"),
    ("Borduria", "Queen Ana of Borduria"),
    ("Ruritania", "Bank of Ruritania"),
    ("Zembla", "Voice of Zembla"),
    ("Velmora", "Prince Olaf of Velmora"),
    ("Syldavia", "Radio Syldavia"),  # an outlet word before the place
    ("Syldavia", "Radio Free Syldavia"),
    ("Freedonia", "Daily Freedonia"),
    ("Zembla", "Channel Zembla"),
]


@pytest.mark.parametrize(("place", "name"), PLACE_NOT_ABSORBED)
def test_a_place_after_of_or_an_outlet_word_is_not_absorbed(place: str, name: str) -> None:
    assert not _one_actor(place, name)


NAME_PROPER_KEPT = [
    ("Rufus", "Rufus of Freedonia"),  # the name before "of" is the name
    ("Rufus", "President Rufus of Freedonia"),
    ("Morning Star", "Morning Star of Syldavia"),
    ("Morning Star", "the Morning Star of Syldavia"),
    ("Olaf", "Prince Olaf of Velmora"),
    ("Maro", "Ana Maro"),  # no joiner: the surname, as before
    ("Li", "Sun Li"),  # "Sun" is a surname, no outlet word
    ("Holm", "Anna Holm"),
]


@pytest.mark.parametrize(("short", "name"), NAME_PROPER_KEPT)
def test_the_name_before_of_and_plain_surnames_still_merge(short: str, name: str) -> None:
    assert _one_actor(short, name)


@pytest.mark.parametrize(("word", "name"), [
    ("Syldavian", "Morning Star of Syldavia"), ("Freedonian", "Rufus of Freedonia"),
    ("Bordurian", "Queen Ana of Borduria"), ("Zemblan", "Voice of Zembla"), ("Velmoran", "Prince Olaf of Velmora"),
])
def test_no_surname_proposal_for_the_place_after_of(word: str, name: str) -> None:
    res = ActorResolver(lexicons=LEX).resolve([Mention(word), Mention(name)])
    assert not [p for p in res.proposed if p.reason == "surname spelled differently"], res.proposed


# --- (3) a demonym alone is its place ------------------------------------------------------------

DEMONYMS = [
    # (subjects, literals, the demonym, its place)
    (["Freedonian"], ["Freedonia"], "Freedonian", "Freedonia"),  # found: "The Freedonian foreign ministry said"
    ([], ["Syldavian", "Syldavia"], "Syldavian", "Syldavia"),  # a claim's "Syldavian border"
    (["Syldavia"], ["Syldavians"], "Syldavians", "Syldavia"),  # a plural
    ([], ["Velmoran", "Velmora"], "Velmoran", "Velmora"),
    (["Bordurian", "Borduria"], [], "Bordurian", "Borduria"),
    ([], ["Ruritania", "Ruritanian"], "Ruritanian", "Ruritania"),
    (["Italian"], [], "Italian", "Italy"),  # the gazetteer knows it, the place need not be mentioned
]


@pytest.mark.parametrize(("subjects", "literals", "demonym", "place"), DEMONYMS)
def test_a_demonym_alone_resolves_to_its_place(subjects, literals, demonym, place) -> None:
    ix = build_actor_index(subjects, literals, lexicons=LEX)
    names = {a.name for a in ix.actors()}
    aliases = {al for a in ix.actors() for al in a.aliases}
    assert demonym not in names and demonym not in aliases, names
    assert ix.name(ix.key(demonym)) == place
    assert ix.name(ix.literal_key(demonym)) == place


@pytest.mark.parametrize(("subjects", "literals", "alone"), [
    ([], ["Rashidi", "Rashid"], "Rashidi"),  # "i" is no demonym ending: a surname on a given name
    ([], ["Julian"], "Julian"),  # no place among the mentions: left as it is
    ([], ["Bran", "Bra"], "Bran"),  # a base under five letters
    (["Freedonian officials"], ["Freedonia"], "Freedonian officials"),  # a longer mention is no demonym alone
    ([], ["Marovian", "Ruritania"], "Marovian"),
])
def test_no_demonym_without_its_place_or_an_ending(subjects, literals, alone) -> None:
    ix = build_actor_index(subjects, literals, lexicons=LEX)
    assert ix.key(alone) is None or ix.name(ix.key(alone)) == alone or alone in ix.name(ix.key(alone))
    if len(literals) > 1:
        assert len({ix.literal_key(t) for t in literals}) == 2


def test_a_demonym_in_a_longer_mention_still_widens_blocking() -> None:
    ix = build_actor_index([], ["Bordurian forces", "Borduria"], lexicons=LEX)
    keys = ix.claim_keys("Bordurian forces")
    assert keys[0] != ix.literal_key("Borduria") and ix.literal_key("Borduria") in keys


# --- (4) a possessive is no alias ------------------------------------------------------------------

@pytest.mark.parametrize(("texts", "alias"), [
    (["Freedonia's", "Freedonia"], "Freedonia"),  # found: "Russia's" of "Russia's foreign ministry"
    (["Freedonia's"], "Freedonia"),
    (["Zembla’s"], "Zembla"),  # a curly apostrophe
    (["Ana Maro's", "Gen. Ana Maro"], "Ana Maro"),
    (["Ruritanian Forces'"], "Ruritanian Forces"),  # a plural's apostrophe
    (["Velmora Times's", "Velmora Times"], "Velmora Times"),
])
def test_a_possessive_is_cut_from_the_alias(texts: list[str], alias: str) -> None:
    res = ActorResolver(lexicons=LEX).resolve([Mention(t, is_subject=True) for t in texts])
    aliases = {al for a in res.actors for al in a.aliases}
    assert alias in aliases
    assert not [al for al in aliases if al.endswith(("'s", "’s", "'"))], aliases


@pytest.mark.parametrize(("text", "form"), [
    ("Russia's", "Russia"), ("Kiss", "Kiss"), ("Reuters", "Reuters"), ("Forces’", "Forces"),
    (" Ana Maro's ", "Ana Maro"), ("'s", "'s"), ("the\xa0New Arab", "the\xa0New Arab"),
])
def test_alias_form(text: str, form: str) -> None:
    assert alias_form(text) == form


# --- (5) a capital is an alias of one actor only -----------------------------------------------------

def _entry(i: int, **fields) -> Entry:
    return Entry("gazetteer.toml", i, tuple(fields.items()), (), ())


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return build_gazetteer([
        _entry(0, kind="actor", name="Ruritania", type="state", demonyms=["Ruritanian"], source="made up"),
        _entry(1, kind="alias", name="Strelsau", actor="Ruritania", metonym=True, source="made up"),
        _entry(2, kind="alias", name="Strelsau Palace", actor="Ruritania", metonym=True, source="made up"),
    ], name_rules(LEX))


def _resolve(gaz: Gazetteer, mentions: list[Mention]):
    return ActorResolver(gaz=gaz, lexicons=LEX).resolve(mentions)


@pytest.mark.parametrize("mentions, city", [
    # found: "Moscow denied" (the state) and "flights to Moscow" (the city) in one store
    ([Mention("Strelsau", is_subject=True), Mention("Strelsau"), Mention("Ruritania")], "Strelsau"),
    ([Mention("Strelsau", is_subject=True), Mention("Strelsau")], "Strelsau"),
    ([Mention("Strelsau Palace", is_subject=True), Mention("Strelsau Palace"), Mention("Ruritania")], "Strelsau Palace"),
    ([Mention("Strelsau"), Mention("Strelsau", is_subject=True), Mention("Ruritania", is_subject=True)], "Strelsau"),
    ([Mention("Strelsau", is_subject=True), Mention("Strelsau"), Mention("Strelsau Palace", is_subject=True)],
     "Strelsau"),
])
def test_a_capital_read_both_ways_is_an_alias_of_the_city_only(gaz, mentions, city) -> None:
    res = _resolve(gaz, mentions)
    owners = [a for a in res.actors if city in a.aliases]
    assert len(owners) == 1 and not owners[0].known, res.actors
    state = next(a for a in res.actors if a.known)
    assert city not in state.aliases and state.aliases  # the state keeps an alias (its name at least)
    assert any(p.reason == "metonym" for p in res.proposed)


@pytest.mark.parametrize("mentions", [
    [Mention("Strelsau", is_subject=True)],  # only ever the state: its alias
    [Mention("Strelsau", is_subject=True), Mention("Ruritania")],
    [Mention("Strelsau Palace", is_subject=True), Mention("Strelsau", is_subject=True)],
    [Mention("Strelsau", is_subject=True), Mention("Ruritania's")],
    [Mention("Strelsau Palace", is_subject=True)],
])
def test_a_capital_only_read_as_the_state_is_its_alias(gaz, mentions) -> None:
    res = _resolve(gaz, mentions)
    (state,) = res.actors
    assert state.known and {m.text for m in mentions if m.is_subject} <= set(state.aliases)
    assert not res.proposed


# --- (1b) "ROLE of PLACE" is the place's people: it meets the place, as a demonym does ----------------

@pytest.mark.parametrize(("mention", "place"), [
    ("Ministers of Ostra", "Ostra"),  # found: the wire case, once "Ostra" no longer joined the longer name
    ("the President of Freedonia", "Freedonia"),
    ("Foreign Minister of Ostra", "Ostra"),
    ("King of Borduria", "Borduria"),
    ("Officials of Zembla", "Zembla"),
    ("Spokesman of the Velmora Council", "Velmora Council"),
])
def test_role_of_place_widens_to_the_place(mention: str, place: str) -> None:
    ix = build_actor_index([], [mention, place], lexicons=LEX)
    keys = ix.claim_keys(mention)
    assert keys[0] != ix.literal_key(place) and ix.literal_key(place) in keys
    assert {a.name for a in ix.actors()} >= {place}


@pytest.mark.parametrize("mention", ["Rufus of Freedonia", "Ministry of Defence", "Bank of Ostra",
                                     "Morning Star of Syldavia", "Government of Ostra"])
def test_a_name_or_a_body_of_place_does_not_widen(mention: str) -> None:
    place = mention.split(" of ")[-1]
    ix = build_actor_index([], [mention, place], lexicons=LEX)
    assert ix.literal_key(place) not in ix.claim_keys(mention)


@pytest.mark.parametrize(("place", "name"), [
    ("Africa", "South Africa"),  # found on dev: "African" read as its place then joined "South Africa"
    ("Sudan", "South Sudan"),
    ("Ruritania", "North Ruritania"),
    ("Zembla", "New Zembla"),
    ("Velmora", "Upper Velmora"),
    ("Borduria", "Southern Borduria"),
])
def test_a_place_word_opening_a_two_word_name_makes_it_a_place(place: str, name: str) -> None:
    assert not _one_actor(place, name)


@pytest.mark.parametrize("mentions", [
    # found on dev: "Beijing's" (a source: the state) cut to "Beijing", the city's own alias
    [Mention("Strelsau's", is_subject=True), Mention("Strelsau")],
    [Mention("Strelsau’s", is_subject=True), Mention("Strelsau"), Mention("Ruritania")],
    [Mention("Strelsau Palace's", is_subject=True), Mention("Strelsau Palace")],
    [Mention("Strelsau's", is_subject=True), Mention("Strelsau", is_subject=True), Mention("Strelsau")],
    [Mention("Strelsau's", is_subject=True), Mention("Strelsau"), Mention("Ruritania's")],
])
def test_a_possessive_cut_never_lists_a_text_twice(gaz, mentions) -> None:
    res = _resolve(gaz, mentions)
    held: dict[str, int] = {}
    for a in res.actors:
        for al in a.aliases:
            held[al] = held.get(al, 0) + 1
    assert all(n == 1 for n in held.values()), [(a.name, a.aliases) for a in res.actors]
