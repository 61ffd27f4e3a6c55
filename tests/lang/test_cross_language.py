"""Claims in different languages about one event join one cluster (issue 15, Done when).

The rule (:mod:`claimcheck.xref.cross_language`): the same action class (per-language action
patterns of ``lang/<code>.toml`` map to the ids of ``actions.toml``), one polarity of the
proposition, the same actors in the same roles, and no conflict on numbers, dates or places.
Each part is tested on hand-built features, then end to end on the invented corpus
``tests/lang/xlang/`` (the figures are in docs/quality.md: ``python tests/lang/xlang_score.py``).
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.model import ClaimRecord
from claimcheck.xref.cluster import Features, cluster_claims, matches, thresholds
from claimcheck.xref.cross_language import Cross, cross_features, cross_match

sys.path.insert(0, str(Path(__file__).parent))
import xlang_score  # noqa: E402

LEX = load_lexicons([])
TH = thresholds(LEX)
K, S, T = frozenset({"kavar"}), frozenset({"sarne"}), frozenset({"tolve"})


def feat(lang: str, mentions: tuple[frozenset[str], ...] = (K, S), agent: frozenset[str] = K, group: str = "air_strike",
         negative: bool = False, numbers: tuple[str, ...] = (), day: int | None = None,
         refers_to: str | None = None) -> Features:
    keys = tuple(sorted({k for m in mentions for k in m}))
    return Features(keys, mentions, frozenset({"w1", "w2", "w3", f"#{group}"}), 4, group, day, False,
                    Cross(lang, mentions, agent, negative, frozenset(numbers), refers_to))


WINDOWS = {"air_strike": 45, "meeting": 45}


# ------------------------------------------------------------------------------ the rule, part by part

def test_same_action_actors_roles_and_polarity_join() -> None:
    assert cross_match(feat("fr"), feat("en"), TH, WINDOWS) > 0
    assert matches(feat("fr"), feat("en"), TH, WINDOWS) > 0  # clustering asks the cross test


@pytest.mark.parametrize("other, why", [
    (dict(group="meeting"), "another action class"),
    (dict(negative=True), "the opposite polarity"),
    (dict(mentions=(K, T)), "another place"),
    (dict(mentions=(T,), agent=T), "another actor"),
    (dict(agent=S), "the roles swapped: Sarné strikes Kavar"),
    (dict(numbers=("12",)), "another number"),
    (dict(day=dt.date(2025, 1, 1).toordinal()), "another date, far beyond the window"),
    (dict(mentions=()), "no actor at all"),
])
def test_a_conflict_keeps_them_apart(other: dict, why: str) -> None:
    en = feat("en", numbers=("300",), day=dt.date(2026, 3, 10).toordinal())
    fr = feat("fr", **{"numbers": ("300",), "day": dt.date(2026, 3, 12).toordinal(), **other})
    assert cross_match(fr, en, TH, WINDOWS) == 0.0, why


def test_fewer_actors_join_more_and_numbers_stated_once_do_not_conflict() -> None:
    assert cross_match(feat("es", mentions=(K,)), feat("en", numbers=("300",)), TH, WINDOWS) > 0


def test_dates_of_a_lasting_relation_conflict_only_when_neither_contains_the_other() -> None:
    a = feat("fr", group="training", refers_to="2026-03")
    assert cross_match(a, feat("en", group="training", refers_to="2026-03-12"), TH, {}) > 0
    assert cross_match(a, feat("en", group="training", refers_to="2025-10"), TH, {}) == 0.0


def test_an_event_of_unknown_date_joins_no_dated_one_across_languages() -> None:
    assert cross_match(feat("fr"), feat("en", day=700000), TH, WINDOWS) == 0.0
    assert cross_match(feat("fr", day=700010), feat("en", day=700000), TH, WINDOWS) > 0


def test_claims_of_one_language_are_compared_by_their_words_as_before() -> None:
    f, r = feat("fr", agent=S), feat("fr")  # the cross test would refuse (the roles swapped) ...
    f = replace(f, bag=r.bag)
    assert matches(f, r, TH, WINDOWS) > 0  # ... the same-language test does not look at it


def record(i: int, text: str, lang: str | None, actors: tuple[str, ...], action: str | None = "air_strike",
           polarity: str = "positive", act: str | None = "assert", source: str | None = None) -> ClaimRecord:
    return ClaimRecord(claim_id=i, claim_uid=f"u{i}", article_id=i, article_uid=f"a{i}", outlet=None,
                       published=dt.date(2026, 3, 10), text=text, sentence_text=text, actors=actors, action=action,
                       polarity=polarity, modality="asserted", refers_to=None, act=act, source_name=source,
                       language=lang)


def keys(m: str) -> tuple[str, ...]:
    return (m.lower().replace("é", "e"),)


def test_one_language_leaves_the_features_untouched() -> None:
    claims = [record(1, "Kavar struck the port of Sarné", "en", ("Kavar", "Sarné")),
              record(2, "Kavar bombed the port of Sarné again", "en", ("Kavar", "Sarné"))]
    from claimcheck.xref.cluster import action_groups, action_words, deny_noise, features

    feats = [features(c, keys, action_groups(LEX), action_words(LEX), deny_noise(LEX)) for c in claims]
    assert cross_features(claims, feats, keys, LEX) == feats
    undetermined = [replace(claims[0], language="und"), claims[1]]
    assert cross_features(undetermined, feats, keys, LEX) == feats  # "und" is no language


def test_a_denial_joins_the_allegation_in_another_language_and_contradicts_it() -> None:
    claims = [record(1, "Kavar had carried out air strikes near the port of Sarné", "en", ("Kavar", "Sarné")),
              record(2, "avoir mené des frappes aériennes près du port de Sarné", "fr", ("Kavar", "Sarné"),
                     polarity="negative", act="deny", source="Kavar"),
              record(3, "Sarné a mené des frappes aériennes contre le Kavar", "fr", ("Sarné", "Kavar"))]
    groups = cluster_claims(claims, keys, LEX)
    assert sorted(map(sorted, groups)) == [[0, 1], [2]]  # the roles swapped stay apart


def test_an_arabic_name_meets_its_latin_spelling_by_its_skeleton() -> None:
    claims = [record(1, "Kavar had carried out air strikes near the port of Sarné", "en", ("Kavar", "Sarné")),
              record(2, "كافار شنت غارات جوية قرب ميناء سارني", "ar", ())]
    assert sorted(map(sorted, cluster_claims(claims, keys, LEX))) == [[0, 1]]
    # "Tolvé", not Kavar, struck: a name of the corpus (another claim names Tolvé), so it is seen
    other = [claims[0], record(2, "تولفي شنت غارات جوية قرب ميناء سارني", "ar", ()),
             record(3, "Tolvé et le Kavar ont tenu des pourparlers dimanche", "fr", ("Tolvé", "Kavar"), action="meeting")]
    assert sorted(map(sorted, cluster_claims(other, keys, LEX))) == [[0], [1], [2]]


# ------------------------------------------------------------------------------ end to end, the corpus

@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> xlang_score.Score:
    return xlang_score.score(tmp_path_factory.mktemp("xlang"))


def test_corpus_has_five_events_in_english_french_and_spanish() -> None:
    events = {p.parent.name: set() for p in xlang_score.articles()}
    for p in xlang_score.articles():
        events[p.parent.name].add(p.stem)
    full = [e for e, langs in events.items() if {"en", "fr", "es"} <= langs]
    assert len(full) >= 5
    assert {"de", "ru", "ar"} <= set().union(*events.values())


def test_pairs_that_should_join_do(scored: xlang_score.Score) -> None:
    # floors at the figures of docs/quality.md (raise them when quality rises, never lower them)
    assert scored.recall() >= 0.82
    assert scored.recall(("en-fr",)) >= 0.70 and scored.recall(("en-es",)) >= 0.95
    assert scored.recall(("en-ar", "ar-fr", "ar-es")) >= 0.9


def test_pairs_that_should_not_join_do_not(scored: xlang_score.Score) -> None:
    assert sum(scored.false.values()) <= 2
    for prop_a, prop_b, (_, text_a), (_, text_b) in scored.false_joins:
        # the one kind left: a headline without a number joins a claim of another number
        assert not (any(ch.isdigit() for ch in text_a) and any(ch.isdigit() for ch in text_b)), (text_a, text_b)
        assert {prop_a[:2], prop_b[:2]} != {"e3", "e8"}  # dates seven months apart never join
        assert "e6" not in (prop_a[:2], prop_b[:2])  # nor the roles swapped


def test_held_out_corpus_figures(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The corpus written after the rules were frozen (docs/quality.md: measured once, 21/46
    pairs that should join do, 4 false joins, all of one kind: the same-language word test)."""
    s = xlang_score.score(tmp_path_factory.mktemp("held"), corpora=(xlang_score.HELD_OUT,))
    assert s.recall() >= 0.45
    # 4 false pairs at the first measure, 12 at stop 19 (all the swapped sale, joined through a
    # representative whose roles were unknown); 0 since French/Spanish roles are read from their own
    # data and a member of known roles vetoes the swap (stop 20, docs/quality.md)
    assert sum(s.false.values()) == 0
    assert all({a[:3], b[:3]} == {"e10", "e12"} for a, b, *_ in s.false_joins)  # the swapped sale only
