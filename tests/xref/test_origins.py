"""The functions of ``claimcheck.xref.origins`` on hand-built inputs: wire credits, names of
intermediaries and authors, what is no source, near-identical passages, and the origin (key,
label, reason) of each mention of a cluster.  The rules themselves are data
(``lexicons/origins.toml``); their examples run in ``tests/test_lexicons_examples.py``."""

from __future__ import annotations

import datetime as dt
import random
from itertools import combinations

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.model import ArticleText, ClaimRecord
from claimcheck.xref.origins import (
    OriginContext,
    build_rules,
    copy_roots,
    document_author,
    mark_unresolved,
    near_pairs,
    non_source_reason,
    publishers,
    shingles,
    strip_suffixes,
    trace,
    wire_credit,
)

LEX = load_lexicons([])
RULES = LEX.derive(build_rules)


def key(alias: str) -> str | None:
    return {"Mara Quist": "mara-quist", "Quist": "mara-quist", "Velmar": "velmar"}.get(alias)


CTX = OriginContext(key, None, RULES)


@pytest.mark.parametrize("head, tail, wire", [
    ("ORVAN CITY, Feb 8 (Reuters) - Troops crossed the border.", "", "Reuters"),
    ("Headline here\n\nWASHINGTON (AP) — The senate voted.", "", "Associated Press"),
    ("Strikes closed the metro on Monday, Agence France-Presse reported.", "", "Agence France-Presse"),
    ("", "The talks resume on Friday. — AP", "Associated Press"),
    ("", "No one was hurt. Copyright 2014 The Associated Press. All rights reserved.", "Associated Press"),
    ("", "(Reporting by Ann Lee; Editing by Tom Brown)", "Reuters"),
    ("The minister told Reuters on Monday that the border was closed.", "", None),
    ("He worked for Agence France-Presse (AFP) when he was taken.", "", None),
    ("", "The talks resume on Friday, AP said.", None),
    ("Reuters", "", None),
])
def test_wire_credit(head: str, tail: str, wire: str | None) -> None:
    got = wire_credit(head, tail, RULES)
    assert (got[0] if got else None) == wire


def test_a_credit_is_looked_for_only_where_its_entry_says() -> None:
    # a trailing credit at the head of an article is not one
    assert wire_credit("Ferries halted. — AP", "The ferries carry four thousand passengers.", RULES) is None


@pytest.mark.parametrize("a, b", [("Channel 9", "Channel 9 News"), ("the Brisk Herald", "Brisk Herald Online"),
                                  ("Borvia TV", "Borvia Television"), ("Kestrel", "Kestrel News Agency"),
                                  ("Radio Tessel", "Radio Tessel News")])
def test_intermediary_names_are_normalised(a: str, b: str) -> None:
    assert strip_suffixes(a, RULES) == strip_suffixes(b, RULES)


@pytest.mark.parametrize("a, b", [("Channel 9", "Channel 4"), ("Radio Tessel", "Tessel"), ("News", "Daily")])
def test_different_intermediaries_stay_apart(a: str, b: str) -> None:
    assert strip_suffixes(a, RULES) != strip_suffixes(b, RULES)


@pytest.mark.parametrize("name, author", [
    ("a report by the Harbour Gazette", "Harbour Gazette"),
    ("The Upland Post's report", "The Upland Post"),
    ("a blog post by journalist Jan Novak", "Jan Novak"),
    ("a Gazette report", "Gazette"),
    ("a report", None),
    ("the Harbour Gazette", None),
    ("Mara Quist", None),
])
def test_document_author(name: str, author: str | None) -> None:
    assert document_author(name, RULES) == author


@pytest.mark.parametrize("name, kind, is_source", [
    ("which", "named", False), ("It", "named", False), ("we", "named", False), ("who", "named", False),
    ("They", "anonymous", False), ("command posts", "named", False), ("beforehand", "named", False),
    ("131-page", "named", False), ("a blog post", "named", False), ("The report", "named", False),
    ("Mara Quist", "named", True), ("the Harbour Gazette", "named", True), ("officials", "anonymous", True),
    ("sources", "sources_said", True), ("AP", "named", True),
])
def test_non_source_reason(name: str, kind: str, is_source: bool) -> None:
    assert (non_source_reason(name, kind, RULES) is None) is is_source


def test_mark_unresolved_lists_them_last_with_the_reason() -> None:
    rows = [{"name": "which", "kind": "named", "grade": "C", "reasons": ["fairly reliable"], "corroborated": 1},
            {"name": "Mara Quist", "kind": "named", "grade": "F", "reasons": ["x"], "corroborated": 0}]
    out = mark_unresolved(rows, LEX)
    assert [(r["name"], r["resolved"], r["grade"]) for r in out] == [("Mara Quist", True, "F"), ("which", False, "F")]
    assert out[1]["reasons"][0].startswith("no basis yet: 'which' is a pronoun")


# --------------------------------------------------------------------------- near-identical passages


def test_near_pairs_is_exact() -> None:
    """The prefix filter finds every pair at or above the threshold, and no other: the same
    pairs as comparing all pairs."""
    rnd = random.Random(7)
    vocab = [f"w{i}" for i in range(40)]
    sets = [frozenset(rnd.sample(vocab, rnd.randint(3, 12))) for _ in range(120)]
    sets += [frozenset(list(s)[:-1]) for s in sets[:30]]  # near copies
    for t in (0.5, 0.7, 0.9):
        brute = [(i, j) for i, j in combinations(range(len(sets)), 2)
                 if len(sets[i] & sets[j]) / len(sets[i] | sets[j]) >= t]
        assert near_pairs(sets, t) == brute


def test_short_sentences_are_no_passage() -> None:
    assert shingles("Officials said so on Monday.") == frozenset()
    assert len(shingles("The council said it would pay for bottled water for every household.")) == 10


def art(aid: int, day: int, outlet: str, sentences: list[str], head: str = "", tail: str = "") -> ArticleText:
    return ArticleText(aid, f"a{aid}", outlet, dt.date(2024, 1, day), head or " ".join(sentences)[:400],
                       tail or " ".join(sentences)[-400:], tuple(sentences))


SHARED = ["The front has controlled the hill villages north of the river since the spring offensive.",
          "Its leaders have denied receiving money from abroad and say they are funded by local farmers.",
          "Aid groups said thousands of families had fled the villages during the fighting this year."]


def test_copies_share_the_earliest_article() -> None:
    arts = [art(3, 5, "Late Post", ["Gorran paid the front, officials said.", *SHARED]),
            art(1, 2, "Early Star", ["Gorran funded the front for years, officials said.", *SHARED]),
            art(2, 3, "Other Times", ["Something else entirely happened in the hills this spring, a farmer said.",
                                       SHARED[0]])]
    assert copy_roots(arts) == {3: 1}  # one shared sentence is not a copy


def test_publishers_credit_and_copy() -> None:
    arts = [art(1, 2, "Early Star", ["Gorran funded the front, officials said.", *SHARED]),
            art(2, 3, "Late Post", ["Gorran paid the front, officials said.", *SHARED]),
            art(3, 3, "Wire Taker", ["Velmar attacked Ostra, officials said."],
                head="ORVAN CITY, Feb 8 (Reuters) - Velmar attacked Ostra, officials said.")]
    pub = publishers(arts, CTX)
    assert pub[1].key == pub[2].key == "outlet:early star" and pub[1].reason == ""
    assert pub[2].reason == "near-identical text (the same story as Early Star, 2024-01-02)"
    assert (pub[3].key, pub[3].label, pub[3].reason) == ("outlet:reuters", "Reuters (wire)", "same wire credit (Reuters)")


# --------------------------------------------------------------------------- one cluster


def claim(n: int, article: int, outlet: str, act: str | None = "assert", kind: str | None = "named",
          name: str | None = "Mara Quist", via: tuple[str, ...] = (), day: int = 1, text: str = "x",
          source_type: str | None = None) -> ClaimRecord:
    return ClaimRecord(claim_id=n, claim_uid=f"c{n:03d}", article_id=article, article_uid=f"a{article}",
                       outlet=outlet, published=dt.date(2024, 1, day), text=text, sentence_text=f"{text} {n}.",
                       actors=("Velmar",), action=None, polarity="positive", modality="asserted", refers_to=None,
                       act=act, source_id=n, source_kind=kind if act else None, source_name=name if act else None,
                       via=via, source_type=source_type)


def origins(cs: list[ClaimRecord], ctx: OriginContext = CTX) -> list[tuple[str, str, str]]:
    return [(o.key, o.label, o.reason) for o in trace(cs, list(range(len(cs))), ["support"] * len(cs), ctx, 92.0)]


def test_same_speaker_is_one_origin_whatever_the_spelling() -> None:
    got = origins([claim(1, 1, "Site A"), claim(2, 2, "Site B", name="Quist", day=2)])
    assert got == [("named:mara-quist", "Mara Quist (named)", ""), ("named:mara-quist", "Mara Quist (named)", "same speaker")]


def test_unnamed_source_through_one_intermediary_is_one_origin() -> None:
    got = origins([claim(1, 1, "Site A", kind="anonymous", name="a Western official", via=("Channel 9",)),
                   claim(2, 2, "Site B", kind="anonymous", name="A Western official", via=("Channel 9 News",), day=2)])
    assert got[0][0] == got[1][0] == "anonymous:channel 9:western official"
    assert got[1][2] == "same unnamed source via Channel 9 News"


def test_a_report_is_its_authors_origin_whoever_relays_it() -> None:
    got = origins([claim(1, 1, "Site A", name="The Harbour Gazette", source_type="outlet"),
                   claim(2, 2, "Site B", name="a report by the Harbour Gazette", source_type="document", day=2),
                   claim(3, 3, "Harbour Gazette", act=None, day=3)])
    assert {k for k, _, _ in got} == {"named:harbour gazette"}
    assert got[1][2] == "the same report by Harbour Gazette, relayed"
    assert got[2][2] == "the outlet's own report, relayed elsewhere"


def test_a_mention_credited_to_its_own_wire_rests_on_the_wires_source() -> None:
    ctx = OriginContext(key, None, RULES, publishers([art(1, 1, "River Post", ["x"],
                                                          head="Troops moved, officials said, AFP reported.")], CTX))
    got = origins([claim(1, 1, "River Post", kind="anonymous", name="local officials"),
                   claim(2, 1, "River Post", name="AFP", source_type="outlet")], ctx)
    assert got[0][0] == got[1][0] == "anonymous:agence france presse:local officials"
    assert got[1][2] == "the article restating its own source"


def test_without_rules_the_keys_are_the_plain_ones() -> None:
    """Without the lexicon's rules (``OriginContext(actor_key)``) the keys are those of
    :func:`origin_of`: actor keys or normalised names, no wire, no suffixes dropped."""
    plain = OriginContext(key)
    got = origins([claim(1, 1, "Site A", kind="anonymous", name="a Western official", via=("Channel 9",)),
                   claim(2, 2, "Site B", kind="anonymous", name="a Western official", via=("Channel 9 News",), day=2)],
                  plain)
    assert [k for k, _, _ in got] == ["anonymous:channel 9:a western official",
                                      "anonymous:channel 9 news:a western official"]


# --------------------------------------------------------------------------- issue 10 items 1 and 5


def _renumbered(cs: list[ClaimRecord], seed: int) -> list[ClaimRecord]:
    """The same mentions under other claim ids and uids (a new extractor version renumbers them)."""
    import dataclasses

    rng = random.Random(seed)
    ids = list(range(100, 100 + len(cs)))
    rng.shuffle(ids)
    return [dataclasses.replace(c, claim_id=i, claim_uid=f"z{rng.random():.12f}") for c, i in zip(cs, ids)]


@pytest.mark.parametrize("case", ["wire_copy_same_speaker", "own_voice_and_speaker", "two_speakers_one_day",
                                  "vague_and_speaker", "evidence_twice", "three_articles_one_day"])
def test_fold_reasons_follow_the_content_not_the_claim_ids(case: str) -> None:
    """Which mention of an origin comes first (no reason) and which is folded (with its reason)
    is decided by the mentions' content, whatever ids the extractor version gives them."""
    cases = {
        "wire_copy_same_speaker": [claim(1, 1, "Site A", text="dam"), claim(2, 1, "Site A", act=None, text="dam"),
                                   claim(3, 2, "Site B", text="dam"), claim(4, 2, "Site B", act=None, text="dam")],
        "own_voice_and_speaker": [claim(1, 1, "Site A", act=None, text="b"), claim(2, 1, "Site A", text="a")],
        "two_speakers_one_day": [claim(1, 1, "Site A", name="Quist"), claim(2, 2, "Site B")],
        "vague_and_speaker": [claim(1, 1, "Site A", kind="sources_said", name="reports"), claim(2, 1, "Site A")],
        "evidence_twice": [claim(1, 1, "Site A", name="Footage"), claim(2, 1, "Site A", kind="anonymous",
                                                                       name="the footage")],
        "three_articles_one_day": [claim(n, n, f"Site {n}", name="Quist" if n % 2 else "Mara Quist") for n in (1, 2, 3)],
    }
    cs = cases[case]
    want = sorted((c.sentence_text, o) for c, o in zip(cs, origins(cs)))
    for seed in range(6):
        other = _renumbered(cs, seed)
        assert sorted((c.sentence_text, o) for c, o in zip(other, origins(other))) == want, seed
    # within an article, the source's mention is the first of its origin; the own voice is folded
    if case == "own_voice_and_speaker":
        assert [r for _, (_, _, r) in sorted((c.act is None, o) for c, o in zip(cs, origins(cs)))] == [
            "", "the article restating its own source"]


@pytest.mark.parametrize("mentions, n_origins", [
    # the same evidence named twice, in two kinds
    ([("named", "Footage", None), ("anonymous", "The footage, filmed from a hill", None)], 1),
    # two kinds of evidence are two
    ([("named", "Footage", None), ("anonymous", "the photos", None)], 2),
    # the same description, named and unnamed
    ([("named", "Officials", None), ("anonymous", "officials", None)], 1),
    # "reports said" beside an identified source of the same article
    ([("sources_said", "reports", None), ("named", "Mara Quist", None)], 1),
    # an unresolved pronoun, the writer, a platform beside an identified source
    ([("anonymous", "He", None), ("named", "Mara Quist", None)], 1),
    ([("anonymous", "I", None), ("named", "Mara Quist", None)], 1),
    ([("named", "Twitter", "social_media"), ("named", "Mara Quist", None)], 1),
    # two identified sources of one article stay two; so do reports through a named intermediary
    ([("named", "Mara Quist", None), ("anonymous", "harbour officials", None)], 2),
    ([("sources_said", "sources", "Channel 9"), ("named", "Mara Quist", None)], 2),
])
def test_one_article_never_makes_two_origins_of_itself(mentions: list[tuple[str, str, str | None]],
                                                        n_origins: int) -> None:
    cs = [claim(n, 1, "Site A", kind=kind, name=name, via=(via,) if via and kind == "sources_said" else (),
                source_type=via if via and kind != "sources_said" else None)
          for n, (kind, name, via) in enumerate(mentions, 1)]
    got = origins(cs)
    assert len({k for k, _, _ in got}) == n_origins, got
    assert sum(not r for _, _, r in got) == n_origins  # one first mention per origin, the rest with a reason


def test_an_unidentified_source_is_its_articles_not_one_across_articles() -> None:
    """"He said" in two articles is not one origin ("named:he"): each is its article's."""
    got = origins([claim(1, 1, "Site A", kind="anonymous", name="He"),
                   claim(2, 2, "Site B", kind="anonymous", name="he", day=2)])
    assert got[0][0] != got[1][0]


def test_a_common_word_as_a_named_source_has_no_identity_of_its_own() -> None:
    """"Sickening" capitalised at the head of a sentence and read as a speaker: when the
    articles write it in lower case (``common_noun``), it makes no origin beside the article's
    source; without that knowledge it does (and a real name stays a source either way)."""
    common = {"Sickening", "Inspiration"}.__contains__
    ctx = OriginContext(key, None, RULES, common_noun=common)
    for word in ("Sickening", "Inspiration"):
        cs = [claim(1, 1, "Site A", name=word), claim(2, 1, "Site A")]
        assert len({k for k, _, _ in origins(cs, ctx)}) == 1
        assert len({k for k, _, _ in origins(cs)}) == 2
    cs = [claim(1, 1, "Site A", name="Velmar"), claim(2, 1, "Site A")]
    assert len({k for k, _, _ in origins(cs, ctx)}) == 2
