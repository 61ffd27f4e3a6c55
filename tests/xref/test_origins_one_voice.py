"""One article, one voice (issue 9, origins, stop 23): a headline, dek or caption restating what
the body attributes is the body's source again, never a second origin; an unattributed headline
is the outlet's voice repeating its own source; "the minister" after "Foreign Minister Anna
Weller" is the same person, named more briefly.  An indefinite "a senior official" and another
outlet's source stay independent.

The case (a new user's, invented names): headline "Freedonia never trained Ruritanian troops,
minister says" and body "Foreign Minister Anna Weller said Freedonia had never trained …" were
``corroborated``, credibility 1, for one person's one statement."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.model import ClaimRecord
from claimcheck.xref.origins import OriginContext, build_rules, is_display, same_person, title_words, trace

LEX = load_lexicons([])
RULES = LEX.derive(build_rules)
CTX = OriginContext(lambda name: name.lower().split()[-1] if name and name[:1].isupper() else None, rules=RULES)


def _article(title: str, outlet: str, *body: str, day: int = 4) -> tuple[dict, str]:
    return {"title": title, "outlet": outlet, "published": f"2024-03-{day:02d}"}, "\n\n".join((title, *body))


ARTICLES = {
    # the case: an attributed headline and its body's named source
    "h1": _article("Freedonia never trained Ruritanian troops, minister says", "Sylvania Times",
                   "Foreign Minister Anna Weller said Freedonia had never trained Ruritanian troops.",
                   "The ministry gave no further details about the talks held in the capital last week."),
    # an unattributed headline: the outlet's voice
    "h2": _article("Granville sold tanks to the Osterlich army", "Bordurian Herald",
                   "Interior Minister Karl Adler said Granville had sold forty tanks to the Osterlich army in May.",
                   "The contract was signed in the spring, according to the parliament's records committee."),
    # "officials say" in the headline, two outlets with one named source each: two origins, not four
    "h3": _article("Marsovia shelled the Vandor bridge, officials say", "Zenda Post",
                   "Defence spokesman Ivo Brandt said Marsovia shelled the Vandor bridge on Sunday night.",
                   "Traffic across the river has been diverted to the northern crossing since then."),
    "h7": _article("Marsovia shelled the Vandor bridge, residents say", "Lutha Courier",
                   "Vandor mayor Jan Rook said Marsovia shelled the Vandor bridge on Sunday night.",
                   "Repairs are expected to take several months, the regional council said in a statement.", day=5),
    # a named headline source
    "h4": _article("Dr Mira Holm says Tomania funded the Osterlich militia", "Lutha Daily",
                   "Tomania funded the Osterlich militia for three years, Mira Holm, a researcher at the Lutha "
                   "institute, said.", "Her study covers the payments made between 2019 and 2022."),
    # the lede names the minister, a later sentence says "the minister"
    "h5": _article("Talks in Zenda end without agreement", "Eastport Ledger",
                   "Foreign Minister Otto Varn said Pottsylvania had never supplied drones to the Karnak rebels.",
                   "Pottsylvania had never supplied drones to the Karnak rebels, the minister added.",
                   "The talks ended without an agreement on the border crossings."),
    # counter: an indefinite, anonymous official beside the named minister is someone else
    "h6": _article("Harbour talks stall", "Westport Ledger",
                   "Trade Minister Lena Sorel said Vulgaria had blocked grain shipments to Elbonia.",
                   "A senior official, speaking on condition of anonymity, said Vulgaria had blocked grain "
                   "shipments to Elbonia.",
                   "The harbour has been closed to grain ships since the end of the summer."),
}

# (words of the cluster's claim, status, credibility, independent origins, articles, mentions)
EXPECTED = [
    (("Freedonia", "Ruritanian"), "single_source", 3, 1, 1, 2),
    (("Granville", "tanks"), "single_source", 3, 1, 1, 2),
    (("Marsovia", "Vandor"), "corroborated", 1, 2, 2, 4),
    (("Tomania", "militia"), "single_source", 3, 1, 1, 2),
    (("Pottsylvania", "drones"), "single_source", 3, 1, 1, 2),
    (("Vulgaria", "grain"), "corroborated", 1, 2, 1, 2),
]


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory, report: Callable[..., list[dict]]) -> list[dict]:
    return report(tmp_path_factory.mktemp("one_voice"), ARTICLES)


@pytest.mark.parametrize("words, status, credibility, n_origins, n_articles, n_mentions", EXPECTED,
                         ids=[w[0][0] for w in EXPECTED])
def test_a_headline_and_its_body_are_one_origin(rows: list[dict], cluster_of: Callable[..., dict],
                                                words: tuple[str, ...], status: str, credibility: int,
                                                n_origins: int, n_articles: int, n_mentions: int) -> None:
    r = cluster_of(rows, *words)
    got = (r["status"], r["credibility"], r["independent_origins"], r["articles"], r["mentions"])
    assert got == (status, credibility, n_origins, n_articles, n_mentions), r["reasons"]


def test_show_gives_the_headlines_fold_reason(rows: list[dict], cluster_of: Callable[..., dict],
                                              tmp_path_factory: pytest.TempPathFactory) -> None:
    import json
    import subprocess
    import sys

    r = cluster_of(rows, "Freedonia", "Ruritanian")
    db = next(Path(tmp_path_factory.getbasetemp()).glob("one_voice*/c.db"))
    proc = subprocess.run([sys.executable, "-m", "claimcheck", "show", r["cluster"], "--format", "json", "--db", str(db)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    detail = json.loads(proc.stdout)["mentions_detail"]
    assert len({m["origin"] for m in detail}) == 1
    headline = next(m for m in detail if m["sentence"]["text"].endswith("minister says"))
    assert headline["origin_label"] == "Anna Weller (named)"
    assert "headline" in headline["origin_reason"]


# ----------------------------------------------------------------------------- the rules, one by one


@pytest.mark.parametrize("sentence, display", [
    ("Freedonia did not train Ruritanian troops, minister says", True),
    ("Ruritania denies sending jets", True),
    ("Minister Anna Weller in Zenda on Monday (Photo: Freedonian Press)", True),
    ("‘We never trained them’: Freedonia rejects report", True),
    ("Foreign Minister Anna Weller said Freedonia had never trained Ruritanian troops.", False),
    ("\"We never trained them,\" the minister said.", False),
    ("“We never trained them,” the minister said!", False),
    ("Did Freedonia train the troops?", False),
    ("The Zenda Gazette's correspondent confirmed the same:", False),
    ("", False),
])
def test_display_text_is_a_line_that_does_not_end_as_a_sentence(sentence: str, display: bool) -> None:
    assert is_display(sentence, RULES) is display


@pytest.mark.parametrize("desc, named, sentence, only, same", [
    ("the minister", "Anna Weller", "Foreign Minister Anna Weller said the talks had failed.", False, True),
    ("the foreign minister", "Anna Weller", "Foreign Minister Anna Weller said the talks had failed.", False, True),
    ("the foreign minister", "Anna Weller", "Anna Weller told reporters the talks had failed.", True, True),
    # the title does not fit and she is not the only one named
    ("the defence minister", "Anna Weller", "Foreign Minister Anna Weller said the talks had failed.", False, False),
    ("the minister", "Anna Weller", "Anna Weller told reporters the talks had failed.", False, False),
    # indefinite, plural, bare: someone else
    ("a senior official", "Anna Weller", "Foreign Minister Anna Weller said the talks had failed.", True, False),
    ("officials", "Anna Weller", "Foreign Minister Anna Weller said the talks had failed.", True, False),
    ("minister", "Anna Weller", "Foreign Minister Anna Weller said the talks had failed.", True, False),
])
def test_a_definite_description_is_the_named_person_again(desc: str, named: str, sentence: str, only: bool,
                                                          same: bool) -> None:
    assert same_person(desc, named, sentence, only, RULES) is same


def test_title_words_are_read_before_the_name() -> None:
    assert title_words("Anna Weller", "Foreign Minister Anna Weller said so.") == {"foreign", "minister"}
    assert title_words("Anna Weller", "In Zenda, the minister Anna Weller said so.") == {"minister"}
    assert title_words("Anna Weller", "Nobody said so.") == frozenset()


def _claim(n: int, article: int, sentence: str, act: str | None = "assert", kind: str | None = "named",
           name: str | None = "Anna Weller", source_type: str | None = "person", outlet: str = "Site A",
           polarity: str = "positive") -> ClaimRecord:
    return ClaimRecord(claim_id=n, claim_uid=f"c{n:03d}", article_id=article, article_uid=f"a{article}",
                       outlet=outlet, published=dt.date(2024, 3, article), text="Freedonia trained troops",
                       sentence_text=sentence, actors=("Freedonia",), action="training", polarity=polarity,
                       modality="asserted", refers_to=None, act=act, source_id=n,
                       source_kind=kind if act else None, source_name=name if act else None,
                       source_type=source_type if act else None)


BODY = "Foreign Minister Anna Weller said Freedonia trained the troops."


@pytest.mark.parametrize("mentions, n_origins", [
    # an attributed headline and the body's named source
    ([("Freedonia trained troops, minister says", "anonymous", "minister"), (BODY, "named", "Anna Weller")], 1),
    # an unattributed headline
    ([("Freedonia trained troops", None, None), (BODY, "named", "Anna Weller")], 1),
    # a caption naming someone else than the body: still the outlet summarising its body
    ([("Freedonia trained troops, says the ministry (Photo: Zenda Press)", "named", "the Freedonian ministry"),
      (BODY, "named", "Anna Weller")], 1),
    # a headline and a dek, no body mention: one voice
    ([("Freedonia trained troops, minister says", "anonymous", "minister"),
      ("Officials say the training lasted a year", "anonymous", "Officials")], 1),
    # the headline picks the body source it names, of two
    ([("Freedonia trained troops, minister says", "anonymous", "minister"), (BODY, "named", "Anna Weller"),
      ("Analyst Karl Brun said Freedonia trained the troops.", "named", "Karl Brun")], 2),
    # the lede's named minister, then "the minister"
    ([(BODY, "named", "Anna Weller"), ("Freedonia trained them, the minister added.", "anonymous", "the minister")], 1),
    # the lede's "the foreign minister", then her quotation under her name
    ([("Freedonia trained the troops, the foreign minister said on Monday.", "anonymous", "the foreign minister"),
      ("\"We trained them,\" Anna Weller told reporters.", "named", "Anna Weller")], 1),
    # counter: an indefinite official in the body is someone else
    ([(BODY, "named", "Anna Weller"), ("A senior official said Freedonia trained them.", "anonymous",
                                       "A senior official")], 2),
    # counter: two body sources stay two
    ([(BODY, "named", "Anna Weller"), ("Analyst Karl Brun said Freedonia trained the troops.", "named", "Karl Brun")], 2),
])
def test_one_article_one_voice(mentions: list[tuple[str, str | None, str | None]], n_origins: int) -> None:
    cs = [_claim(n, 1, s, act="assert" if kind else None, kind=kind, name=name)
          for n, (s, kind, name) in enumerate(mentions, 1)]
    got = trace(cs, list(range(len(cs))), ["support"] * len(cs), CTX, 92.0)
    assert len({o.key for o in got}) == n_origins, [(o.key, o.reason) for o in got]
    # whatever the order of the members
    back = trace(cs[::-1], list(range(len(cs))), ["support"] * len(cs), CTX, 92.0)
    assert len({o.key for o in back}) == n_origins


def test_a_headline_never_folds_another_article_nor_another_side() -> None:
    cs = [_claim(1, 1, "Freedonia trained troops, minister says", kind="anonymous", name="minister"),
          _claim(2, 2, BODY, outlet="Site B"),
          _claim(3, 1, "The ministry denied Freedonia trained the troops.", act="deny", name="The ministry",
                 source_type="group")]
    got = trace(cs, [0, 1, 2], ["support", "support", "deny"], CTX, 92.0)
    assert len({o.key for o in got}) == 3, [(o.key, o.reason) for o in got]
