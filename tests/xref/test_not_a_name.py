"""Issue 10, a new user's finding: junk actors ("From", "Come", "War") — capitalised words at
the head of a sentence, a quotation or a headline taken as names.  A mention that is one such
word is no actor: a word of the ``not_a_name`` kinds of ``names.toml`` (function words, verbs
and nouns that open sentences and headlines), or a single word the articles themselves use in
lower case (:func:`claimcheck.xref.names.common_words`).  Invented text only.
"""

from __future__ import annotations

import json

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.xref.index import build_actor_index
from claimcheck.xref.names import common_words, is_name, name_rules

LEX = load_lexicons()
RULES = name_rules(LEX)


@pytest.mark.parametrize("text", [
    "From", "Come", "War",  # the new user's three
    "With", "Meanwhile", "Watch", "Breaking", "Terrorism", "War's", "FROM",
])
def test_a_head_word_alone_is_no_name(text):
    assert not is_name(text, RULES)


@pytest.mark.parametrize("text", [
    "Ana Maro", "Borduria", "War Child", "From Russia with Love Ltd", "Come Together Foundation", "ISIS",
])
def test_a_name_is_a_name(text):
    assert is_name(text, RULES)


def test_a_known_acronym_is_a_name_even_when_it_spells_a_function_word():
    assert not is_name("WHO", RULES)
    assert is_name("WHO", RULES, acronyms=frozenset({"WHO"}))


TEXTS = [
    "Year after year the dam held, and the year ended quietly.",
    "The story of the year was the flood; every story said so.",
    "Officials found the gauge broken; engineers found it too, and residents found water.",
    "Ana Maro said the Borduria dam would hold.",
    "Borduria denied it. Maro repeated that the dam was safe.",
    "In Harbour City the Mirror reported that the Mirror had seen the mirror in a story.",
]


@pytest.mark.parametrize("word, common", [
    ("Year", True), ("Story", True), ("Found", True),  # used in lower case in these texts
    ("Borduria", False), ("Maro", False),  # always capitalised
    ("Mirror", False),  # capitalised inside sentences more often than in lower case
])
def test_common_words_are_read_from_the_articles(word, common):
    assert (word.lower() in common_words({word}, TEXTS)) is common


def test_a_word_of_a_script_without_case_is_never_common():
    texts = ["شنت كافار غارات", "كافار قال", "ثم كافار", "كافار"]
    assert common_words({"كافار"}, texts) == frozenset()


def test_a_word_in_capitals_is_not_judged_by_case():
    common = common_words({"Story", "STORY"}, TEXTS)
    assert not is_name("Story", RULES, common=common)
    assert is_name("STORY", RULES, common=common)  # a headline word or an acronym: its case says nothing


def test_the_actor_index_has_no_actor_for_a_head_word():
    index = build_actor_index(["Ana Maro", "From"], ["Borduria", "Come", "War", "Year", "Story"], lexicons=LEX,
                              texts=TEXTS)
    names = {a.name for a in index.actors()}
    assert {"Ana Maro", "Borduria"} <= names
    assert not names & {"From", "Come", "War", "Year", "Story"}
    assert index.key("From") is None and index.literal_key("Come") is None
    assert index.key("Ana Maro") is not None


ARTICLE = """Come on! Borduria sends troops to Ruritania

From military training to air defence, Borduria will supply weapons to Ruritania, Ana Maro said on Monday.

War broke out in the valley last year, and Borduria attacked the dam, residents said.

“Come and see: Borduria has bombed the bridge,” Maro told reporters.

Year after year the army of Borduria trained the militias of Ruritania, officials said. The year ended.
Last year Borduria sent troops to Ruritania, and this year Borduria attacked the dam again, officials said.
Every year Borduria trained the army of Ruritania, residents said.
"""


def test_actors_lists_no_head_word_end_to_end(cc, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    proc = cc("ingest", "a.txt", "--db", "a.db", "-q", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    proc = cc("actors", "--db", "a.db", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    aliases = {al for a in json.loads(proc.stdout) for al in a["aliases"]}
    assert {"Borduria", "Ruritania"} <= aliases  # the parser reads "Come" and "Year" as claim actors here
    assert not aliases & {"From", "Come", "War", "Year"}
