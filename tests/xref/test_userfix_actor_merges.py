"""Proposed actor merges (the new user's finding, stop 20): the only proposal on the seeds was a
false one, a surname alone against another organisation's name sharing letters (the seeds' case:
a dictator's surname against a militant group's), while an acronym and its expansion in the same
store were not proposed.

* Rule 3's guard: a surname alone is proposed against a full name only when the two keep one
  consonant skeleton (:func:`~claimcheck.xref.actors_acronyms.consonants_agree`).
* Rule 5: an acronym is proposed with each actor whose name's initials spell it.

All names are invented (the seeds' actors live in data, never in code); the shipped name rules.
"""

from __future__ import annotations

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.xref.actors import RULES, ActorResolver, Mention
from claimcheck.xref.actors_acronyms import acronym_letters, expansions

LEX = load_lexicons()


def proposals(items: list[str | Mention]) -> set[tuple[frozenset[str], str]]:
    res = ActorResolver(lexicons=LEX).resolve([m if isinstance(m, Mention) else Mention(m) for m in items], RULES)
    return {(frozenset((p.a_alias, p.b_alias)), p.reason) for p in res.proposed}


def proposed_pairs(items: list[str | Mention]) -> set[frozenset[str]]:
    return {pair for pair, _ in proposals(items)}


# --------------------------------------------------------------------------- a surname alone


@pytest.mark.parametrize("single, full", [
    ("Qarrami", "Yusuf Qarrami"),      # control: the surname itself is a partial name, rule 4
    ("Kadrafi", "Yusuf Qadrafi"),       # k / q: one consonant class
    ("Haddouri", "Amal Hadouri"),       # a doubled letter
    ("Mansur", "Karim Mansour"),        # vowels written otherwise
    ("Kaddoumi", "Farouk Qaddumi"),     # k / q, a doubled letter and ou / u at once
])
def test_a_surname_spelled_otherwise_is_still_proposed_or_merged(single: str, full: str) -> None:
    res = ActorResolver(lexicons=LEX).resolve([Mention(single), Mention(full)], RULES)
    one_actor = len(res.actors) == 1
    assert one_actor or frozenset((single, full)) in proposed_pairs([single, full])


SHARING_LETTERS = [
    ("Qarda", "Yusuf Qardafi"),    # the case's shape: a short name sharing letters, other consonants
    ("Zaida", "Omar Zaidani"),
    ("Dalia", "Sara Daliani"),
    ("Sami", "Hadi Samiri"),
    ("Tarik", "Ines Tarikat"),
    ("Rami", "Ali Ramiz"),
]


@pytest.mark.parametrize("single, full", SHARING_LETTERS)
def test_a_short_name_sharing_letters_is_not_proposed(single: str, full: str) -> None:
    assert frozenset((single, full)) not in proposed_pairs([single, full])


@pytest.mark.parametrize("single, full", SHARING_LETTERS)
def test_the_similarity_alone_would_have_proposed_them(monkeypatch, single: str, full: str) -> None:
    """The table above is of pairs rapidfuzz's ratio alone proposes: the guard is what stops them."""
    import claimcheck.xref.actors as actors

    monkeypatch.setattr(actors, "consonants_agree", lambda a, b, r: True)
    assert (frozenset((single, full)), "surname spelled differently") in proposals([single, full])


# --------------------------------------------------------------------------- acronyms


@pytest.mark.parametrize("items, acronym, full", [
    (["RNA", "Ruritanian National Army", "Ines Tarik"], "RNA", "Ruritanian National Army"),  # the case's shape
    (["HoR", "House of Representatives"], "HoR", "House of Representatives"),  # a function word's letter
    (["VPF", "Velm People's Front"], "VPF", "Velm People's Front"),
    (["OSC", "the Orla Salvage Company"], "OSC", "the Orla Salvage Company"),
    (["R.N.C.", "Ruritanian National Congress"], "R.N.C.", "Ruritanian National Congress"),
    (["FMC's", "Free Market Coalition"], "FMC's", "Free Market Coalition"),
])
def test_an_acronym_is_proposed_with_its_expansion(items: list[str], acronym: str, full: str) -> None:
    assert (frozenset((acronym, full)), "acronym") in proposals(items)


def test_an_acronym_fitting_two_names_is_proposed_with_each_at_half() -> None:
    res = ActorResolver(lexicons=LEX).resolve(
        [Mention(x) for x in ("RNA", "Ruritanian National Army", "Royal Naval Academy")], RULES)
    got = sorted((p.score, p.reason) for p in res.proposed)
    assert got == [(0.5, "acronym"), (0.5, "acronym")]


@pytest.mark.parametrize("items", [
    ["RNA", "Ruritanian Army"],                  # initials of another name
    ["RNA", "the ruritanian national army"],     # no capitals: a description, not a name
    [Mention("RNA", "organisation"), Mention("Rosa Nell Adler", "person")],  # types that cannot be one
    ["Ruritania", "Republic Uniting Ruritania"],  # one capital: no acronym
])
def test_no_acronym_proposal_without_an_expansion(items: list[str | Mention]) -> None:
    assert not any(reason == "acronym" for _, reason in proposals(items))


@pytest.mark.parametrize("text, letters", [("RNA", "rna"), ("R.N.A.", "rna"), ("HoR", "hor"), ("RNA's", "rna"),
                                           ("RNA-", "rna"), ("Ruritania", None), ("A", None), ("RNA Army", None)])
def test_acronym_letters(text: str, letters: str | None) -> None:
    assert acronym_letters(text) == letters


@pytest.mark.parametrize("text, got", [
    ("House of Representatives", ("hor", "hr")), ("Ruritanian National Army", ("rna",)),
    ("the Orla Salvage Company", ("osc",)), ("Velm", ()), ("the army chief", ()),
])
def test_expansions(text: str, got: tuple[str, ...]) -> None:
    assert expansions(text) == got
