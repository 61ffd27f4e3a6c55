"""The new user's junk actors of stop 23, each a class (the case and its neighbours; invented names).

1. A sentence opener is no actor: a participle or adverb capitalised at the head of a sentence
   ("Asked whether ..., Maro said"), an interjection, a weekday or month; before a name it is no
   word of it ("Apparently Velmora" is Velmora).  Words of ``names.toml``'s ``opener`` kinds, and
   an ``-ed``/``-ing``/``-ly`` word the articles write in lower case and never capitalise inside a
   sentence.
2. A common noun or description is no actor: a mention without a word of a name ("newspaper",
   "the newspaper", "hacker group", "1993").  A source's description is still resolved (one
   description in a headline and a body is one origin), never listed.
3. The article naming itself ("this newspaper", "our reporter") is its outlet: a source of type
   outlet resolved to the article's outlet (its own voice when the outlet is unknown), an
   intermediary dropped; never an actor.
"""

from __future__ import annotations

import json

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.xref.gazetteer import gazetteer, normalise
from claimcheck.xref.index import build_actor_index
from claimcheck.xref.names import common_words, is_name, name_rules

LEX = load_lexicons()
RULES = name_rules(LEX)
ACRONYMS = frozenset(gazetteer(LEX).by_acronym)


# --------------------------------------------------------------------------- 1. openers

@pytest.mark.parametrize("mention", [
    "Asked",  # the user's case: "Asked whether the troops had crossed, Maro said ..."
    "Speaking", "Pressed", "Responding", "Questioned", "According",
    "Apparently", "Fortunately", "Reportedly", "Earlier",
    "Wow", "Somebody", "OK",
    "Tuesday", "March", "Early Tuesday",
])
def test_an_opener_alone_is_no_name(mention):
    assert not is_name(mention, RULES, ACRONYMS)


@pytest.mark.parametrize("mention, name", [
    ("Apparently Velmora", "Velmora"),
    ("Asked Ana Maro", "Ana Maro"),
    ("Reportedly Ruritania", "Ruritania"),
    ("Suspended Jon Vask", "Jon Vask"),
    ("Dubbed Velmorazilla", "Velmorazilla"),
    ("Currently the Velmora Times", "Velmora Times"),
    ("Unlike al-Maro", "al-Maro"),  # a lower-case particle opens the name
])
def test_an_opener_before_a_name_is_no_word_of_it(mention, name):
    assert is_name(mention, RULES, ACRONYMS)
    assert normalise(mention, LEX) == normalise(name, LEX)


@pytest.mark.parametrize("mention", ["Ana Maro", "Velmora", "Ruritania Today (RT)", "Born Free", "Kelly", "Ahmed"])
def test_a_name_is_still_a_name(mention):
    assert is_name(mention, RULES, ACRONYMS)


# (word, sentences, common?): an -ed/-ing/-ly word is common when the sentences write it in lower
# case and never capitalise it inside a sentence
SUFFIX_CASES = [
    ("Trained", ["Trained in Velmora, the unit crossed.", "The soldiers were trained abroad."], True),
    ("Casually", ["Casually, Maro left.", "He said it casually."], True),
    ("Thwarting", ["Thwarting the plan, Vask said no.", "They were thwarting it."], True),
    ("Asked", ['"Asked about it, I said nothing," Vask said.', "He asked twice."], True),  # after a quote
    ("Seeded", ["Seeded players won.", "The seeded players lost."], True),
    # names: never written in lower case, or capitalised inside a sentence
    ("Beijing", ["Beijing said so.", "Officials in Beijing agreed."], False),
    ("Kelly", ["Kelly said so.", "She told Kelly."], False),
    ("Reading", ["Reading said so.", "He was reading.", "The club Reading lost."], False),
    ("Trained", ["Trained said so."], False),  # no lower-case use: no evidence
]


@pytest.mark.parametrize("word, texts, common", SUFFIX_CASES)
def test_an_opener_ending_needs_the_articles_evidence(word, texts, common):
    got = common_words({word}, texts, RULES.not_name, RULES.opener_suffixes)
    assert (word.lower() in got) == common


# --------------------------------------------------------------------------- 2. common nouns

@pytest.mark.parametrize("mention", [
    "newspaper",  # the user's case
    "the newspaper", "this website", "Our reporter", "hacker group", "the ministry", "state television",
    "1993", "17-year-old",
])
def test_a_mention_without_a_name_word_is_no_name(mention):
    assert not is_name(mention, RULES, ACRONYMS)


@pytest.mark.parametrize("mention", ["mirror.example.co.uk", "velmora.example", "@velmora_news", "strombone1",
                                     "The Ministry", "eBay", "al-Maro", "حفتر", "the US"])
def test_a_lower_case_address_handle_or_caseless_name_is_a_name(mention):
    assert is_name(mention, RULES, ACRONYMS)


def test_the_actor_index_has_no_junk_actor():
    subjects = ["Asked", "newspaper", "the newspaper", "this website", "Ana Maro", "Velmora Times",
                "strombone1", "Speaking"]
    literals = ["Asked", "the ministry", "1993", "Apparently Velmora", "Velmora", "Tuesday"]
    ix = build_actor_index(subjects, literals, [], lexicons=LEX, texts=["Ana Maro said so in Velmora."])
    names = {a.name for a in ix.actors()}
    assert names == {"Ana Maro", "Velmora Times", "strombone1", "Velmora"}
    assert ix.key("Apparently Velmora") == ix.key("Velmora")
    assert ix.key("Asked") is None and ix.literal_key("the ministry") is None


def test_one_description_in_headline_and_body_is_one_key_but_no_actor():
    ix = build_actor_index(["satellite firm", "satellite imaging firm", "Ana Maro"], [], [], lexicons=LEX)
    assert ix.key("satellite firm") is not None and ix.key("satellite firm") == ix.key("satellite imaging firm")
    assert {a.name for a in ix.actors()} == {"Ana Maro"}
    assert ix.name(ix.key("satellite firm")) in ("satellite firm", "satellite imaging firm")
    assert all("satellite" not in p.a_alias + p.b_alias for p in ix.proposals)


STORY = ("Ruritania denies sending troops\n\n"
         "Asked whether Ruritania had sent troops to Freedonia, Foreign Minister Ana Maro said the claim was "
         "false. Asked about the convoy, the newspaper said it had seen photographs. \"Asked about it, I said "
         "nothing,\" Jon Vask told the Velmora Times. Speaking in Velmora on Tuesday, Vask said the army would "
         "respond. Apparently, officials said nothing. The newspaper said the ministry declined to comment.\n")


def test_the_user_s_case_through_the_cli(cc, tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    db = str(tmp_path / "x.db")
    assert cc("ingest", "a.txt", "--db", db, "-q", cwd=tmp_path).returncode == 0
    got = json.loads(cc("actors", "--db", db, "--format", "json", cwd=tmp_path).stdout)
    aliases = {al for a in got for al in a["aliases"]}
    for junk in ("Asked", "newspaper", "the newspaper", "Speaking", "Apparently", "Tuesday", "ministry"):
        assert junk not in aliases, (junk, aliases)
    assert {"Ana Maro", "Jon Vask"} <= {a["name"] for a in got}


# --------------------------------------------------------------------------- 3. the article naming itself

SELF = ("Ruritania troops seen in Velmora\n\n"
        "Our reporter said the convoy crossed the border at dawn. This newspaper reported last week that the "
        "troops were massing. Officials told this newspaper that the bridge was closed. An official told our "
        "correspondent in Velmora that the army had arrived. This website has learned that the ministry "
        "ordered the move. Ana Maro told this paper that she would resign. Jon Vask told the Freedonia Post "
        "that the talks had failed.\n")


def _atts(cli, tmp_path, *opts):
    (tmp_path / "s.txt").write_text(SELF, encoding="utf-8")
    code, out, err = cli("extract", "s.txt", "--format", "json", *opts)
    assert code == 0, err
    return {a["cue"]["text"] + ":" + a["content"]["text"][:12]: a for a in json.loads(out)[0]["attributions"]}


SELF_SOURCES = ["said:the convoy c", "reported:the troops w", "has learned:the ministry"]
SELF_VIAS = ["told:the bridge w", "told:in Velmora t", "told:she would re"]


def test_the_article_naming_itself_is_its_outlet(cli, tmp_path):
    atts = _atts(cli, tmp_path, "--outlet", "Velmora Herald (VH)")
    for k in SELF_SOURCES:
        src = atts[k]["source"]
        assert (src["kind"], src["type"], src["actor"]) == ("named", "outlet", "Velmora Herald (VH)"), (k, src)
        assert SELF[src["start"]:src["end"]] == src["text"]  # the span is kept
    for k in SELF_VIAS:
        assert atts[k]["via"] == [], k  # the source spoke to the outlet itself
    # controls: another outlet stays an intermediary; a named person stays the source
    assert [v["text"] for v in atts["told:the talks ha"]["via"]] == ["the Freedonia Post"]
    assert atts["told:she would re"]["source"]["actor"] == "Ana Maro"


def test_without_an_outlet_it_is_the_article_s_own_voice(cli, tmp_path):
    atts = _atts(cli, tmp_path)
    for k in SELF_SOURCES:
        assert atts[k]["source"] is None, k
    for k in SELF_VIAS:
        assert atts[k]["via"] == [], k


def test_two_articles_naming_themselves_are_two_origins(cli, tmp_path):
    texts = {"Velmora Herald": "Troops ordered on Monday\n\nThis newspaper has learned that the ministry ordered "
                               "troops to Velmora. The order came after a long cabinet meeting in the capital.",
             "Freedonia Post": "Ministry sends soldiers\n\nThis newspaper has learned that the ministry had ordered "
                               "troops to Velmora last week. Residents reported heavy traffic on the coast road."}
    for i, (outlet, text) in enumerate(texts.items()):
        (tmp_path / f"{i}.jsonl").write_text(json.dumps({"id": f"r{i}", "text": text, "outlet": outlet}) + "\n",
                                             encoding="utf-8")
    assert cli("ingest", "0.jsonl", "1.jsonl", "--db", "x.db", "-q")[0] == 0
    rows = json.loads(cli("report", "--db", "x.db", "--format", "json")[1])
    [row] = [r for r in rows if "ordered troops" in r["claim"]]
    # before: one origin "newspaper" for both outlets' own reporting
    assert row["independent_origins"] == 2 and row["status"] == "corroborated", row
    assert {s["name"] for s in row["sources"]} == set(texts)
    got = json.loads(cli("actors", "--db", "x.db", "--format", "json")[1])
    assert not any("newspaper" in al for a in got for al in a["aliases"])


# a description is never a spelling of a name (the resolver's rules 2-4): "the paper" and "Pepper"
# transliterate alike, "the website" is the last word of "Velmora website"
DESCRIPTION_NAME = [
    ("the paper", "Pepper"),  # seen on unseen FNC-1 bodies: "the paper" was an alias of Pepper
    ("the website", "Velmora website"),
    ("constabulary", "Royal Velmora Constabulary"),
    ("the site", "official Velmora site"),
    ("the agency", "Velmora News Agency"),
    ("hasan", "Hassan"),  # one transliteration key, but one side is written as no name
]


@pytest.mark.parametrize("description, name", DESCRIPTION_NAME)
def test_a_description_is_no_spelling_of_a_name(description, name):
    ix = build_actor_index([description, name, "Ana Maro"], [], [], lexicons=LEX)
    assert ix.key(description) != ix.key(name)
    aliases = {al for a in ix.actors() for al in a.aliases}
    assert name in aliases and description not in aliases


@pytest.mark.parametrize("a, b", [("Hassan Maro", "Hasan Maro"), ("satellite firm", "satellite imaging firm"),
                                  ("Maro", "Ana Maro")])
def test_names_and_descriptions_still_join_their_own_kind(a, b):
    ix = build_actor_index([a, b], [], [], lexicons=LEX)
    assert ix.key(a) == ix.key(b)
