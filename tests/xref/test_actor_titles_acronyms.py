"""Issue 10, a new user's findings on the resolver, each a class with invented neighbours:

- a rank or role before a name ("Rear Adm. John Kirby", "Pentagon press secretary John Kirby")
  is stripped for matching, so the bare name is the same person (ranks are data: names.toml
  ``ranks-and-roles``);
- a short acronym is compared whole, never by spelling: "BBC News" is not "ABC News" or
  "CBC News" (they differ in one letter, which is the whole name);
- a researcher's merge with a state named by its acronym or metonym ("UAE", "the Kremlin") is
  applied, not only recorded.
"""

from __future__ import annotations

import json

import pytest

from claimcheck.lexicons import Entry, load_lexicons
from claimcheck.xref.actors import ActorResolver, Mention, apply_decisions, merge_similar_spellings
from claimcheck.xref.gazetteer import Gazetteer, build_gazetteer, normalise
from claimcheck.xref.names import acronyms, name_rules

LEX = load_lexicons()


def _entry(i: int, **fields) -> Entry:
    return Entry("gazetteer.toml", i, tuple(fields.items()), (), ())


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return build_gazetteer([
        _entry(0, kind="actor", name="Ruritania", type="state", aliases=["Republic of Ruritania"],
               acronyms=["RR"], demonyms=["Ruritanian"], source="made up"),
        _entry(1, kind="alias", name="Strelsau Palace", actor="Ruritania", metonym=True, source="made up"),
        _entry(2, kind="actor", name="ZBC", type="outlet", aliases=["ZBC News", "Zenda Broadcasting Corporation"],
               source="made up"),
    ], name_rules(LEX))


def groups(gaz, texts, decisions=(), steps=None, subject=True) -> set[frozenset[str]]:
    r = ActorResolver(decisions, gaz=gaz, lexicons=LEX)
    ms = [Mention(t, is_subject=subject) for t in texts]
    res = r.resolve(ms) if steps is None else r.resolve(ms, steps)
    return {frozenset(a.aliases) for a in res.actors}


# --------------------------------------------------------------------------- ranks and roles


@pytest.mark.parametrize("titled, bare", [
    ("Rear Adm. John Kirby", "John Kirby"),  # the new user's case
    ("Vice Admiral Ana Maro", "Ana Maro"),
    ("Pentagon press secretary John Kirby", "John Kirby"),  # a body's name before the role
    ("White House spokesman Bo Lind", "Bo Lind"),
    ("Harbour Police Commissioner Eva Stahl", "Eva Stahl"),
    ("Foreign Ministry spokesman Zhao Lee", "Zhao Lee"),
])
def test_a_rank_or_role_before_a_name_is_stripped(gaz, titled, bare):
    assert normalise(titled, LEX) == normalise(bare, LEX)
    assert groups(gaz, [titled, bare]) == {frozenset([titled, bare])}


@pytest.mark.parametrize("text, key", [
    ("Director of National Intelligence", "director of national intelligence"),  # a title before "of": a body
    ("Pentagon press secretary", "pentagon press secretary"),  # no name after the role: kept whole
    ("the navy's rear admiral", "navy rear admiral"),  # a lower-case descriptor is no body's name
    ("Private Eye", "private eye"),  # an outlet, not a rank
    ("PENTAGON PRESS SECRETARY JOHN KIRBY", "pentagon press secretary john kirby"),  # all capitals: no evidence
])
def test_what_is_not_a_title_before_a_name(text, key):
    assert normalise(text, LEX) == key


def test_one_name_under_several_roles_is_one_actor(gaz):
    texts = ["Rear Adm. John Kirby", "John Kirby", "Kirby", "Pentagon press secretary John Kirby",
             "White House spokesman John Kirby"]
    assert groups(gaz, texts) == {frozenset(texts)}


# --------------------------------------------------------------------------- acronyms


@pytest.mark.parametrize("form, got", [
    ("BBC News", {"bbc"}), ("U.S. Army", {"us"}), ("CNN", {"cnn"}), ("Ana Maro", set()),
    ("JOHN KIRBY", set()), ("NATO", {"nato"}),
])
def test_acronyms_of_a_name(form, got):
    assert acronyms(form) == frozenset(got)


@pytest.mark.parametrize("texts", [
    ["ZBC News", "ABC News"],  # the class of "BBC News" / "ABC News": a gazetteer outlet
    ["ZBC News", "CBC News"],
    ["ZBC", "ABC"],
    ["GNA", "GNC"],  # two bodies, one letter apart
    ["KTV Channel", "KTB Channel"],
    ["ZBC News", "NBC News", "ABC News", "CBC News"],
])
def test_acronyms_one_letter_apart_are_different_actors(gaz, texts):
    assert groups(gaz, texts) == {frozenset([t]) for t in texts}
    r = ActorResolver(gaz=gaz, lexicons=LEX).resolve([Mention(t, is_subject=True) for t in texts])
    assert not r.proposed  # not even proposed: the acronym is the whole name


def test_a_spelling_variant_without_an_acronym_still_merges(gaz):
    assert groups(gaz, ["Nadia Karamanlis", "Nadia Karamanlys"], steps=(merge_similar_spellings,)) == \
        {frozenset(["Nadia Karamanlis", "Nadia Karamanlys"])}


def test_the_shipped_gazetteer_keeps_bbc_apart_from_abc_and_cbc():
    res = ActorResolver(lexicons=LEX).resolve([Mention(t, is_subject=True) for t in ["BBC", "BBC News", "ABC News", "CBC News"]])
    bbc = res.actor_of("BBC")
    assert set(bbc.aliases) == {"BBC", "BBC News"}


# --------------------------------------------------------------------------- a merge with a state


@pytest.mark.parametrize("person, state_name", [
    ("Ana Maro", "RR"),  # an acronym
    ("Ana Maro", "Strelsau Palace"),  # a metonym (the mention as a subject is the state)
    ("Ana Maro", "Ruritania"),
    ("Ana Maro", "the Republic of Ruritania"),  # an alias
    ("Bo Lind", "RR"),
])
def test_a_merge_with_a_state_is_applied_however_the_state_is_named(gaz, person, state_name):
    texts = [person, "RR", "Ruritania", "Strelsau Palace"]
    got = groups(gaz, texts, decisions=[("merge", person, state_name)], steps=(apply_decisions,))
    assert frozenset(texts) in got
    res = ActorResolver([("merge", person, state_name)], gaz=gaz, lexicons=LEX).resolve(
        [Mention(t, is_subject=True) for t in texts])
    merged = res.actor_of(person)
    assert merged.name == "Ruritania" and merged.type == "state"


def test_a_merge_with_a_state_by_acronym_applies_through_the_cli(cc, tmp_path):
    """The new user's case (a person merged with a state by its acronym was recorded but not
    applied), with an invented article and a shipped state."""
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.txt").write_text(
        "Harbour talks stall\n\nAna Maro said the UK would send engineers to the harbour next week.\n\n"
        "The United Kingdom denied that it had sent troops, a ministry spokesman said.\n", encoding="utf-8")

    def run(*args):
        proc = cc(*args, "--db", "a.db", cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    def actor_of(alias):
        for a in json.loads(run("actors", "--format", "json")):
            if alias in a["aliases"]:
                return a
        raise AssertionError(alias)

    run("ingest", str(articles), "-q")
    assert actor_of("Ana Maro")["id"] != actor_of("UK")["id"]
    run("actors", "merge", "Ana Maro", "UK")
    merged = actor_of("Ana Maro")
    assert merged["id"] == actor_of("UK")["id"] and merged["type"] == "state"
