"""The new user's junk actors of stop 21, each a class with the case and its neighbours (invented names):

1. a compass word is no actor and no alias ("Middle East" held the aliases "East" and "east"; "West"
   was an actor): ``names.toml`` ``directions``, alone or after a determiner ("the West", "its east");
2. a common word is no short form of a longer name: a word's capitalised uses inside a longer
   name ("the White House", "the Humane Society") are no evidence that it names anything alone, so
   "House" and "Society" are judged by their lower-case uses (``names.common_words``);
3. a possessive fragment cut from a longer name is no actor ("Tobruk’s House" of "Tobruk’s House of
   representatives"): the chunker keeps the possessor only (``parse.claims.cues``);
4. a capital read literally ("Moscow had agreed", "flights to Moscow") is proposed, never merged,
   with the state it stands for (``gazetteer.toml`` metonyms; ``xref.actors`` rule 6).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from claimcheck.lexicons import Entry, load_lexicons
from claimcheck.parse.claims import proper_nouns
from claimcheck.xref.actors import ActorResolver, Mention, propose_metonyms
from claimcheck.xref.gazetteer import build_gazetteer
from claimcheck.xref.index import build_actor_index
from claimcheck.xref.names import common_words, is_name, name_rules

LEX = load_lexicons()
RULES = name_rules(LEX)
COMPASS = {"east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest"}

# --------------------------------------------------------------------------- 1. compass words


@pytest.mark.parametrize("text", [
    "East", "east",  # the user's case: aliases of "Middle East"
    "West", "the West", "its east", "North-East", "Northeast's", "SOUTH", "Southwest", "their north",
])
def test_a_compass_word_is_no_name(text: str) -> None:
    assert not is_name(text, RULES)


@pytest.mark.parametrize("text", ["Middle East", "North Korea", "East Timor", "West Ham", "South Sudan",
                                  "Westwood", "Easton", "the North Sea Fund"])
def test_a_name_holding_a_compass_word_is_a_name(text: str) -> None:
    assert is_name(text, RULES)


@pytest.mark.parametrize("text", ["the War", "Breaking News", "its From"])
def test_a_mention_made_only_of_words_that_are_no_name_is_none(text: str) -> None:
    assert not is_name(text, RULES)


@pytest.mark.parametrize("text", ["the US", "The WHO", "the Mirror", "The Guardian", "the Kavar Times"])
def test_a_determiner_before_a_name_or_acronym_keeps_it_a_name(text: str) -> None:
    assert is_name(text, RULES, acronyms=frozenset({"US", "WHO"}))


def test_the_actor_index_gives_compass_words_no_actor_and_no_alias() -> None:
    index = build_actor_index(["east", "the West"], ["Middle East", "East", "West", "Borduria", "South Borduria"],
                              lexicons=LEX, texts=["Borduria, to its east, sent troops."])
    aliases = {al for a in index.actors() for al in a.aliases}
    assert {"Middle East", "Borduria", "South Borduria"} <= aliases
    assert not {al.lower() for al in aliases} & (COMPASS | {"the west"})
    assert index.key("east") is None and index.literal_key("West") is None


# --------------------------------------------------------------------------- 2. common words inside longer names

TEXTS = [
    "The White House said the house on the hill was sold.",
    "A spokesman for the White House said the house was empty.",
    "Officials at the White House said every house in the street was searched.",
    "The Harbour Humane Society said the society had grown; the society meets in May.",
    "The Harbour Humane Society said the Society would help, and the society agreed.",
    "The Atlantic Ocean was calm, the ocean was cold, the ocean was grey and the ocean was wide.",
    "The Kavar City Council said the council would vote; the council met and the council agreed.",
    "Ana Cook said the plan was sound. Cook said the cook was hired. Cook added that it was fine.",
    "In Harbour City the Mirror reported that the Mirror had seen the mirror in a story.",
    "The Peshkar fighters said the Peshkar would hold; peshkar units and peshkar forces, said Peshkar leaders.",
]


@pytest.mark.parametrize("word, common", [
    ("House", True),  # the class: "White House" uses are no evidence for "House"
    ("Society", True), ("Ocean", True), ("Council", True), ("Street", False),  # "street": once in lower case
    ("Cook", False),  # a surname used alone more often than the common word: kept
    ("Mirror", False),  # a name alone ("the Mirror reported") more often than in lower case: kept
    ("Peshkar", False),  # "The Peshkar" (a determiner opens the sentence) is the name alone
])
def test_common_words_leave_out_capitals_inside_longer_names(word: str, common: bool) -> None:
    assert (word.lower() in common_words({word}, TEXTS, RULES.not_name)) is common


def test_a_common_word_is_no_short_form_of_a_longer_name() -> None:
    index = build_actor_index([], ["White House", "House", "Harbour Humane Society", "Society", "Atlantic Ocean",
                                   "Ocean", "Kavar City Council", "Council", "Ana Cook", "Cook"],
                              lexicons=LEX, texts=TEXTS)
    by_alias = {al: a for a in index.actors() for al in a.aliases}
    for word in ("House", "Society", "Ocean", "Council"):
        assert word not in by_alias, word
    assert by_alias["Cook"] is by_alias["Ana Cook"]  # a surname still joins its full name
    assert set(by_alias["White House"].aliases) == {"White House"}


# --------------------------------------------------------------------------- 3. possessive fragments


@pytest.mark.parametrize("text, chunk", [
    ("a government that roots out of Ruritown’s House of representatives(HoR) in the east", "Ruritown"),  # the case
    ("Freedonia's Ministry of defence said on Monday that the drill was over.", "Freedonia"),
    ("Sylvania’s Council of ministers met on Friday.", "Sylvania"),
    ("Borduria's Chamber of deputies voted against it.", "Borduria"),
    ("Carpania's Office of the prosecutor declined to comment.", "Carpania"),
    ("Syldavia's Court of appeal, in a ruling, said so.", "Syldavia"),
])
def test_a_possessive_cut_from_a_longer_name_keeps_the_possessor(text: str, chunk: str) -> None:
    chunks = [c for _, _, c in proper_nouns(text, LEX)]
    assert chunk in chunks and not any(re.search(r"['’]s ", c) for c in chunks), chunks


@pytest.mark.parametrize("text, chunk", [
    ("Ruritania's House of Representatives voted on Monday.", "Ruritania's House of Representatives"),
    ("Ruritania's National Army of eastern Borduria attacked.", "Ruritania's National Army"),  # a head of two words
    ("Freedonia's Army of eastern Sylvania attacked.", "Freedonia's Army"),  # a place after "of": no name going on
    ("Klopstokia's Harbour app was updated.", "Klopstokia's Harbour"),  # no "of" after the head
    ("Ana Maro's Office said nothing.", "Ana Maro's Office"),
])
def test_a_possessive_name_that_is_whole_stays(text: str, chunk: str) -> None:
    assert chunk in [c for _, _, c in proper_nouns(text, LEX)]


# --------------------------------------------------------------------------- 4. a capital read literally


def _entry(i: int, **fields) -> Entry:
    return Entry("gazetteer.toml", i, tuple(fields.items()), (), ())


@pytest.fixture(scope="module")
def gaz():
    return build_gazetteer([
        _entry(0, kind="actor", name="Ruritania", type="state", source="made up"),
        _entry(1, kind="alias", name="Ruritown", actor="Ruritania", metonym=True, source="made up"),
        _entry(2, kind="alias", name="Strelsau Palace", actor="Ruritania", metonym=True, source="made up"),
        _entry(3, kind="actor", name="Freedonia", type="state", source="made up"),
        _entry(4, kind="alias", name="Fredville", actor="Freedonia", metonym=True, source="made up"),
    ], RULES)


def _proposed(gaz, mentions, decisions=()):
    res = ActorResolver(decisions, gaz=gaz, lexicons=LEX).resolve(mentions)
    return res, {(frozenset((p.a_alias, p.b_alias)), p.reason, p.score) for p in res.proposed}


@pytest.mark.parametrize("literal, state", [
    ("Ruritown", "Ruritania"),  # the case: the capital in a claim, the state elsewhere
    ("Ruritown's", "Ruritania"),
    ("Strelsau Palace", "Ruritania"),  # a seat of government
    ("the Strelsau Palace", "Ruritania"),
    ("Fredville", "Freedonia"),
])
def test_a_capital_read_literally_is_proposed_with_its_state(gaz, literal: str, state: str) -> None:
    res, proposed = _proposed(gaz, [Mention(literal), Mention(state), Mention("Ana Maro")])
    assert len(res.actors) == 3  # proposed, not merged
    assert any(state in pair and r == "metonym" and score == 1.0 for pair, r, score in proposed), proposed


def test_no_proposal_without_the_state_nor_for_a_subject(gaz) -> None:
    _, proposed = _proposed(gaz, [Mention("Ruritown"), Mention("Freedonia")])
    assert not proposed  # Ruritania is no actor of this store: nothing to propose it with
    res, proposed = _proposed(gaz, [Mention("Ruritown", is_subject=True), Mention("Ruritania")])
    assert len(res.actors) == 1 and not proposed  # as a subject it is the state already (rule 0)


def test_a_split_decision_silences_the_proposal_and_a_merge_applies(gaz) -> None:
    _, proposed = _proposed(gaz, [Mention("Ruritown"), Mention("Ruritania")], [("split", "Ruritown", "Ruritania")])
    assert not proposed
    res, _ = _proposed(gaz, [Mention("Ruritown"), Mention("Ruritania")], [("merge", "Ruritown", "Ruritania")])
    assert [a.name for a in res.actors] == ["Ruritania"]


def test_the_rule_alone_proposes_each_metonym_once(gaz) -> None:
    res = ActorResolver(gaz=gaz, lexicons=LEX).resolve(
        [Mention("Ruritown"), Mention("Strelsau Palace"), Mention("Ruritania"), Mention("Fredville")],
        steps=(propose_metonyms,))
    assert sorted((p.a_alias, p.b_alias) if p.b_alias == "Ruritania" else (p.b_alias, p.a_alias)
                  for p in res.proposed) == [("Ruritown", "Ruritania"), ("Strelsau Palace", "Ruritania")]


ARTICLE = """Ruritania denies arms deal with Borduria

Ruritania had refused to supply arms to Borduria, officials said on Monday. Later reports revealed
that Ruritown had agreed on condition that Borduria paid in advance, the agency said.

Flights to Ruritown resumed on Tuesday. Power is split between Kavar (East) and Ostrel (West), and
Borduria, to its east, brings in one of the biggest armies in the Middle East, analysts said. The
government roots out of Kavar’s House of representatives(HoR) in the east, residents said.
"""

GAZETTEER = """
[[entry]]
kind = "actor"
name = "Ruritania"
type = "state"
source = "made up"
examples = ["Ruritania"]

[[entry]]
kind = "alias"
name = "Ruritown"
actor = "Ruritania"
metonym = true
source = "made up: its capital"
examples = ["Ruritown"]
"""


def test_actors_end_to_end(cli, tmp_path: Path) -> None:
    """Through the CLI with a user's gazetteer: no compass alias, no possessive fragment, and the
    capital proposed with its state (a user's own capital -> country table is data too)."""
    lex = tmp_path / "lex"
    lex.mkdir()
    (lex / "gazetteer.toml").write_text(GAZETTEER, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    env = {"CLAIMCHECK_LEXICONS": str(lex)}
    code, _, err = cli("ingest", "a.txt", "--db", "a.db", "-q", env=env)
    assert code == 0, err
    code, out, err = cli("actors", "--db", "a.db", "--format", "json", env=env)
    assert code == 0, err
    actors = json.loads(out)
    aliases = {al for a in actors for al in a["aliases"]}
    assert not {al.lower() for al in aliases} & COMPASS, aliases
    assert not [al for al in aliases if re.search(r"['’]s House$", al)], aliases
    (ruritown,) = [a for a in actors if "Ruritown" in a["aliases"]]
    assert ruritown["name"] == "Ruritown"  # not merged
    assert [(p["with"], p["reason"]) for p in ruritown["proposed_merges"]] == [("Ruritania", "metonym")]


def test_seeds_hold_no_compass_alias_nor_possessive_fragment(cc, seeds_dir: Path, tmp_path: Path) -> None:
    proc = cc("ingest", str(seeds_dir), "--db", "s.db", "-q", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    proc = cc("actors", "--db", "s.db", "--format", "json", cwd=tmp_path)
    actors = json.loads(proc.stdout)
    aliases = {al for a in actors for al in a["aliases"]}
    assert not {al.lower() for al in aliases} & COMPASS
    # a possessive whose one-word head the text goes on from in lower case ("P’s House" of "… of representatives")
    assert not [al for al in aliases if re.fullmatch(r"\S+['’]s (House|Ministry|Council|Chamber|Office|Court)", al)]
    assert sum(p["reason"] == "metonym" for a in actors for p in a["proposed_merges"]) >= 1
