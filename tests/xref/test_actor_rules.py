"""Each resolver rule on its own: input mentions -> the actors and proposals that rule makes.

The resolver runs its rules in order (``actors.RULES``); ``resolve(mentions, steps=...)`` runs a
subset, so each table below shows what one rule decides by itself.  Mentions with one
comparison key and gazetteer names are one node before any rule (rule 0), so ``steps=()`` is
the baseline every rule adds to.  A small made-up gazetteer keeps the cases independent of the
shipped data; the name rules (titles, particles, transliteration, thresholds) are the shipped ones.
"""

from __future__ import annotations

import pytest

from claimcheck.lexicons import Entry, load_lexicons
from claimcheck.xref.actors import (
    RULES,
    ActorResolver,
    Mention,
    apply_decisions,
    gazetteer_node,
    merge_partial_names,
    merge_same_transliteration,
    merge_similar_spellings,
)
from claimcheck.xref.gazetteer import Gazetteer, build_gazetteer
from claimcheck.xref.names import compare_spellings, name_key, name_rules, translit_words

LEX = load_lexicons()


def _entry(i: int, **fields) -> Entry:
    return Entry("gazetteer.toml", i, tuple(fields.items()), (), ())


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return build_gazetteer([
        _entry(0, kind="actor", name="Ruritania", type="state", aliases=["Republic of Ruritania"],
               acronyms=["RR"], demonyms=["Ruritanian"], source="made up"),
        _entry(1, kind="alias", name="Strelsau Palace", actor="Ruritania", metonym=True, source="made up"),
        _entry(2, kind="actor", name="Zenda Times", type="outlet", aliases=["The Zenda Daily"], acronyms=["ZT"],
               source="made up"),
        _entry(3, kind="actor", name="Zenda Post", type="outlet", source="made up"),
    ], name_rules(LEX))


def _mentions(items) -> list[Mention]:
    return [m if isinstance(m, Mention) else Mention(m) for m in items]


def run(gaz, items, steps, decisions=()):
    """The partition of mention texts and the proposals (alias pair, reason) after ``steps``."""
    res = ActorResolver(decisions, gaz=gaz, lexicons=LEX).resolve(_mentions(items), steps)
    parts = {frozenset(a.aliases) for a in res.actors}
    proposed = {(frozenset((p.a_alias, p.b_alias)), p.reason) for p in res.proposed}
    return parts, proposed


def partition(*groups) -> set[frozenset[str]]:
    return {frozenset(g) for g in groups}


# --------------------------------------------------------------------------- rule 0: the gazetteer


@pytest.mark.parametrize("text, is_subject, node, answers_to_key", [
    ("RR", False, "g:Ruritania", False),  # an exact acronym
    ("rr", False, "n:rr", True),  # acronyms are case-sensitive
    ("the Republic of Ruritania", False, "g:Ruritania", True),  # an alias, by its key
    ("Strelsau Palace", True, "g:Ruritania", False),  # a metonym as the subject of a verb
    ("Strelsau Palace", False, "n:strelsau palace", True),  # ... the place itself otherwise
    ("The Zenda Daily's", False, "g:Zenda Times", True),
    ("Gen. Ana Maro", False, "n:ana maro", True),  # unknown: the node of its key
])
def test_gazetteer_node(gaz, text, is_subject, node, answers_to_key):
    key = name_key(text, name_rules(LEX), gaz)
    assert gazetteer_node(text, is_subject, key, gaz) == (node, key if answers_to_key else None)


@pytest.mark.parametrize("items, groups", [
    # one comparison key: one actor before any rule (titles, particles, possessives, case)
    (["Gen. Ana Maro", "Ana Maro", "ana maro's", "Ruritanian President Ana Maro"],  # the possessive is cut from the alias
     [["Gen. Ana Maro", "Ana Maro", "ana maro", "Ruritanian President Ana Maro"]]),
    (["al-Rashidi", "Rashidi", "el-Rashidi"], [["al-Rashidi", "Rashidi", "el-Rashidi"]]),
    # gazetteer names, aliases and acronyms are one known actor
    (["RR", "Ruritania", "the Republic of Ruritania", Mention("Strelsau Palace", is_subject=True)],
     [["RR", "Ruritania", "the Republic of Ruritania", "Strelsau Palace"]]),
    # spelling variants wait for the rules
    (["Mahmoud Rashidi", "Mahmud Rashidi"], [["Mahmoud Rashidi"], ["Mahmud Rashidi"]]),
    (["Ana Lucia Maro", "Maro"], [["Ana Lucia Maro"], ["Maro"]]),
])
def test_no_rule_gives_one_actor_per_key_or_gazetteer_actor(gaz, items, groups):
    assert run(gaz, items, ()) == (partition(*groups), set())


def test_metonym_text_maps_to_its_literal_reading(gaz):
    res = ActorResolver(gaz=gaz, lexicons=LEX).resolve([Mention("Strelsau Palace", is_subject=True), Mention("Strelsau Palace")], ())
    subject, literal = res.assignments
    assert res.actor(subject).name == "Ruritania" and res.actor(subject).known
    assert literal != subject and res.mention_map["Strelsau Palace"] == literal


# --------------------------------------------------------------------------- rule 1: decisions

DECISION_CASES = [
    # merge joins what no rule would
    (["Ana Maro", "Bo Lind"], [("merge", "Ana Maro", "Bo Lind")], [["Ana Maro", "Bo Lind"]]),
    # ... even two gazetteer actors
    (["Zenda Times", "Zenda Post"], [("merge", "Zenda Post", "Zenda Times")], [["Zenda Times", "Zenda Post"]]),
    # a decision names aliases by key: any alias of a gazetteer actor stands for it
    (["ZT", "Bo Lind"], [("merge", "the Zenda Daily", "BO LIND")], [["ZT", "Bo Lind"]]),
    # a decision on names nobody mentions changes nothing
    (["Ana Maro", "Bo Lind"], [("merge", "Eva Maro", "Bo Lind")], [["Ana Maro"], ["Bo Lind"]]),
]


@pytest.mark.parametrize("items, decisions, groups", DECISION_CASES)
def test_apply_decisions_merges(gaz, items, decisions, groups):
    assert run(gaz, items, (apply_decisions,), decisions) == (partition(*groups), set())
    assert run(gaz, items, (), decisions)[0] == {frozenset([t]) for t in items}  # the rule did it


@pytest.mark.parametrize("items, decision, later_rule", [
    (["Mahmoud Rashidi", "Mahmud Rashidi"], ("split", "Mahmud Rashidi", "Mahmoud Rashidi"), merge_same_transliteration),
    (["Nadia Karamanlis", "Nadia Karamanlys"], ("split", "Nadia Karamanlys", "Nadia Karamanlis"), merge_similar_spellings),
    (["Ana Lucia Maro", "Maro"], ("split", "Maro", "Ana Lucia Maro"), merge_partial_names),
])
def test_a_split_decision_holds_against_every_later_rule(gaz, items, decision, later_rule):
    assert run(gaz, items, (later_rule,))[0] == partition(items)  # the rule alone merges them
    assert run(gaz, items, (apply_decisions, later_rule), [decision]) == (partition(*([t] for t in items)), set())


# --------------------------------------------------------------------------- rule 2: one transliteration key


@pytest.mark.parametrize("items, groups", [
    (["Mahmoud Rashidi", "Mahmud Rashidi", "Mahmood Rashidy"], [["Mahmoud Rashidi", "Mahmud Rashidi", "Mahmood Rashidy"]]),
    (["Hassan Bey", "Hasan Bey"], [["Hassan Bey", "Hasan Bey"]]),
    (["Rasheedi", "Rashidi"], [["Rasheedi", "Rashidi"]]),
    # velars are not unified: two names
    (["Gamal Rashidi", "Kamal Rashidi"], [["Gamal Rashidi"], ["Kamal Rashidi"]]),
    # a person and a non-person of one spelling stay apart
    ([Mention("Hassan Bey", "person"), Mention("Hasan Bey", "outlet")], [["Hassan Bey"], ["Hasan Bey"]]),
    # ... hints that agree, or no hints, do not
    ([Mention("Hassan Bey", "outlet"), Mention("Hasan Bey")], [["Hassan Bey", "Hasan Bey"]]),
])
def test_merge_same_transliteration(gaz, items, groups):
    assert run(gaz, items, (merge_same_transliteration,)) == (partition(*groups), set())


# --------------------------------------------------------------------------- rule 3: similar spelling


@pytest.mark.parametrize("items, groups, proposed", [
    # a full name one letter apart: a spelling variant
    (["Nadia Karamanlis", "Nadia Karamanlys"], [["Nadia Karamanlis", "Nadia Karamanlys"]], set()),
    # close but below auto_merge: proposed only
    (["Bo Lind", "Bo Lund"], [["Bo Lind"], ["Bo Lund"]], {("Bo Lind", "Bo Lund", "similar spelling")}),
    # one word against one word is too little evidence to merge
    (["Novakov", "Novakow"], [["Novakov"], ["Novakow"]], {("Novakov", "Novakow", "similar spelling")}),
    # an initial: proposed
    (["J. Smith", "John Smith"], [["J. Smith"], ["John Smith"]], {("J. Smith", "John Smith", "initials")}),
    # one surname, given names apart: different people, nothing proposed
    (["John Smith", "Joan Smith"], [["John Smith"], ["Joan Smith"]], set()),
    # a demonym is no spelling of its state
    (["Ruritania", "Ruritanian"], [["Ruritania"], ["Ruritanian"]], set()),
    # two gazetteer actors are never compared
    (["Zenda Post", "Zenda Times"], [["Zenda Post"], ["Zenda Times"]], set()),
    # a partial name is rule 4's business
    (["Ana Lucia Maro", "Ana Maro"], [["Ana Lucia Maro"], ["Ana Maro"]], set()),
])
def test_merge_similar_spellings(gaz, items, groups, proposed):
    parts, props = run(gaz, items, (merge_similar_spellings,))
    assert parts == partition(*groups)
    assert props == {(frozenset((a, b)), reason) for a, b, reason in proposed}


def test_similar_spellings_merge_best_score_first_whatever_the_input_order(gaz):
    # a split keeps two variants apart; a third reaches auto_merge with both (0.91 and 0.97): it
    # joins the closer one, though the other comes first in key order
    split_off, near, third = "Nadia Karamanlis", "Nadia Karamanlys", "Nadia Karamanlysa"
    decision = [("split", near, split_off)]
    steps = (apply_decisions, merge_similar_spellings)
    for items in ([near, split_off, third], [third, split_off, near], [split_off, third, near]):
        assert run(gaz, items, steps, decision)[0] == partition([near, third], [split_off])


# --------------------------------------------------------------------------- rule 4: partial names


@pytest.mark.parametrize("items, groups, proposed", [
    # fits one actor: merged, whatever the title
    (["Ana Lucia Maro", "Ana Maro", "Maro", "Gen. Maro"], [["Ana Lucia Maro", "Ana Maro", "Maro", "Gen. Maro"]], set()),
    # fits two: proposed for each (score 1/2); longer partials first, so "Ana Maro" has joined
    (["Ana Lucia Maro", "Ana Maro", "Eva Maro", "Maro"], [["Ana Lucia Maro", "Ana Maro"], ["Eva Maro"], ["Maro"]],
     {("Maro", "Ana Lucia Maro", "partial name fits 2 actors"), ("Maro", "Eva Maro", "partial name fits 2 actors")}),
    # an initial in the longer name: proposed, not merged
    (["Ana J. Maro", "Ana Maro"], [["Ana J. Maro"], ["Ana Maro"]], {("Ana Maro", "Ana J. Maro", "initials")}),
    # persons only
    ([Mention("Ana Maro", "outlet"), "Maro"], [["Ana Maro"], ["Maro"]], set()),
    # a longer form with a place word is no full name
    (["Ruritanian TV", "TV"], [["Ruritanian TV"], ["TV"]], set()),
    # words out of order, or not ending with the last word, do not fit
    (["Ana Lucia Maro", "Lucia Ana", "Ana Lucia"], [["Ana Lucia Maro"], ["Lucia Ana"], ["Ana Lucia"]], set()),
])
def test_merge_partial_names(gaz, items, groups, proposed):
    parts, props = run(gaz, items, (merge_partial_names,))
    assert parts == partition(*groups)
    assert props == {(frozenset((a, b)), reason) for a, b, reason in proposed}


def test_partial_name_score_is_one_over_the_actors_it_fits(gaz):
    res = ActorResolver(gaz=gaz, lexicons=LEX).resolve(_mentions(["Ana Maro", "Eva Maro", "Ivo Maro", "Maro"]), (merge_partial_names,))
    assert len(res.proposed) == 3 and {p.score for p in res.proposed} == {round(1 / 3, 3)}


# --------------------------------------------------------------------------- spelling verdicts


def _tkey(text: str) -> str:
    rules = name_rules(LEX)
    return translit_words(name_key(text, rules, None), rules)


@pytest.mark.parametrize("a, b, kind, reason", [
    ("Nadia Karamanlis", "Nadia Karamanlys", "merge", "spelling variant"),
    ("Bo Lind", "Bo Lund", "propose", "similar spelling"),
    ("Novakov", "Novakow", "propose", "similar spelling"),
    ("J. Smith", "John Smith", "propose", "initials"),
    ("Kadhafi", "Muammar Qaddafi", "propose", "surname spelled differently"),
    ("John Smith", "Joan Smith", None, None),
    ("Maro", "Ana Maro", None, None),  # a partial name
    ("Ana Maro", "Bo Lind", None, None),
])
def test_compare_spellings(a, b, kind, reason):
    th = name_rules(LEX).thresholds
    ka, kb = _tkey(a), _tkey(b)
    verdict = compare_spellings(tuple(ka.split()), tuple(kb.split()), ka, kb, th)
    if kind is None:
        assert verdict is None
        return
    got_kind, score, got_reason = verdict
    assert (got_kind, got_reason) == (kind, reason)
    if kind == "merge":
        assert score >= th.auto_merge
    elif reason != "initials":
        assert th.propose <= score < th.auto_merge


# --------------------------------------------------------------------------- the driver


def test_default_steps_are_all_rules(gaz):
    items = ["Ana Lucia Maro", "Ana Maro", "Maro", "Mahmoud Rashidi", "Mahmud Rashidi", "Nadia Karamanlis",
             "Nadia Karamanlys", "Bo Lind", "Bo Lund", "RR", "Ruritania"]
    resolver = ActorResolver([("split", "Bo Lind", "Ana Maro")], gaz=gaz, lexicons=LEX)
    assert resolver.resolve(_mentions(items)) == resolver.resolve(_mentions(items), RULES)
