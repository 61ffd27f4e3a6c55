"""Non-answers read as non-answers, media that could not verify as media, and one source listed
once (stop 26, admit26; the new user's findings, each a class with neighbours; invented names):

- a holding statement ('"We are investigating," a Sylvanian spokesman said') is a non-answer
  (``denials.toml`` ``holding-statement``), not a claim whose text is 'A Sylvanian spokesman said
  "We are investigating"';
- a non-answer headline ("Palace gives no details on drones") is the palace's non-answer, not a
  claim in the outlet's own voice;
- a news medium that could not verify a claim ("The newswire has not corroborated the report")
  is not a party's non-answer: ``report`` lists it with the stance ``unverified``, not as "no
  answer from newswire", and counts it as no non-answer;
- a source named twice in one article, once briefly ("Aide says …" above "A senior aide to
  Bordurian President Ivan Petrov said …"), is one source in a row's ``sources``.
Through ``extract --format json`` and ``ingest`` + ``report --format json``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

CASES = Path(__file__).resolve().parents[3] / "shared" / "cases" / "xref"


def extract(cc: Callable, tmp_path: Path, text: str) -> dict:
    f = tmp_path / "a.txt"
    f.write_text(text + "\n", encoding="utf-8")
    out = cc("extract", str(f), "--format", "json", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    return doc[0] if isinstance(doc, list) else doc


HOLDING = [  # (text, the quote)
    ('Border closed\n\nSylvania denied that its troops had crossed the border. "We are investigating," a '
     'Sylvanian spokesman said.', "We are investigating"),
    ('Drones seen\n\n"We are looking into the reports," a ministry spokeswoman said on Monday.', "looking into"),
    ('Drones seen\n\nA ministry spokeswoman said: "We are aware of the reports and are checking them."',
     "aware of the reports"),
    ('Convoy hit\n\n"We\'re investigating," the army spokesman told reporters.', "investigating"),
    ('Convoy hit\n\n"We are still investigating," said Colonel Ana Brandt.', "still investigating"),
    ('Convoy hit\n\n"We are checking," an embassy official said.', "checking"),
]


@pytest.mark.parametrize(("text", "quote"), HOLDING, ids=[h[1] for h in HOLDING])
def test_a_holding_statement_is_a_non_answer(cc: Callable, tmp_path: Path, text: str, quote: str) -> None:
    doc = extract(cc, tmp_path, text)
    held = [a for a in doc["attributions"] if quote.lower() in a["content"]["text"].lower()]
    assert held and all(a["cue"]["act"] == "decline" for a in held), doc["attributions"]
    assert not any(quote.lower() in c["text"].lower() for c in doc["claims"]), doc["claims"]


def test_a_third_person_investigation_is_no_non_answer(cc: Callable, tmp_path: Path) -> None:
    doc = extract(cc, tmp_path, "Crash on the ring road\n\nPolice said they are investigating the death of the "
                  "driver, who was 34.")
    assert not any(a["cue"]["act"] == "decline" for a in doc["attributions"]), doc["attributions"]


NO_DETAILS = ["Palace gives no details on drones", "Ministry gives no details on convoy",
              "Army offers no details of the raid", "Embassy provides no details on the arrests",
              "Government gave no details about the deal", "Kremlin gives few details on talks"]


@pytest.mark.parametrize("title", NO_DETAILS)
def test_a_non_answer_headline_is_no_own_voice_claim(cc: Callable, tmp_path: Path, title: str) -> None:
    doc = extract(cc, tmp_path, f"{title}\n\nBordurian officials said Sylvania flew drones over Vorna on Sunday.")
    assert any(a["cue"]["act"] == "decline" and a["cue"]["start"] < len(title) for a in doc["attributions"]), \
        doc["attributions"]
    assert not any(c["start"] < len(title) and c["attribution"] is None for c in doc["claims"]), doc["claims"]


def _rows(report: Callable, tmp_path: Path, body: str) -> list[dict]:
    meta = {"title": "Drones over Vorna", "outlet": "Site V", "published": "2025-04-04"}
    return report(tmp_path, {"a": (meta, f"Drones over Vorna\n\n{body}")})


UNVERIFIED = [  # (body, the medium's name)
    ("Bordurian officials said Sylvania flew drones over Vorna on Sunday. The newswire has not corroborated the "
     "report.", "newswire"),
    ("Bordurian officials said Sylvania flew drones over Vorna on Sunday. The news agency could not independently "
     "verify the claim.", "news agency"),
    ("Bordurian officials said Sylvania flew drones over Vorna on Sunday. The Velm Times was unable to verify the "
     "report.", "Velm Times"),
    ("Bordurian officials said Sylvania flew drones over Vorna on Sunday. The broadcaster was unable to "
     "independently confirm the report.", "broadcaster"),
    ("Bordurian officials said Sylvania flew drones over Vorna on Sunday. The newspaper has not independently "
     "verified the account.", "newspaper"),
]


@pytest.mark.parametrize(("body", "medium"), UNVERIFIED, ids=[u[1] for u in UNVERIFIED])
def test_a_medium_that_could_not_verify_is_no_non_answer(report: Callable, cluster_of: Callable, tmp_path: Path,
                                                        body: str, medium: str) -> None:
    c = cluster_of(_rows(report, tmp_path, body), "Vorna")
    assert c["non_answers"] == 0, c["sources"]
    assert not any(s["stance"] == "decline" for s in c["sources"]), c["sources"]
    assert any(medium.lower() in s["name"].lower() and s["stance"] == "unverified" for s in c["sources"]), c["sources"]
    assert not any("no comment or no response" in r for r in c["reasons"]), c["reasons"]


def test_a_party_unable_to_confirm_is_still_a_non_answer(report: Callable, cluster_of: Callable, tmp_path: Path) -> None:
    c = cluster_of(_rows(report, tmp_path, "Bordurian officials said Sylvania flew drones over Vorna on Sunday. "
                         "The Sylvanian ministry was unable to confirm the flights."), "Vorna")
    assert c["non_answers"] == 1 and any(s["stance"] == "decline" for s in c["sources"]), c["sources"]


BRIEFLY = [  # (articles' title and body, words of the cluster, the source's full name)
    ("Aide says Borduria not involved in dam attack",
     "A senior aide to Bordurian President Ivan Petrov said on Tuesday that Borduria was \"absolutely not "
     "involved\" in the attack on the dam.", ("involved",), "A senior aide to Bordurian President Ivan Petrov"),
    ("Official says Ruritania sent tanks",
     "A senior official in the Syldavian defence ministry said on Monday that Ruritania sent tanks to Borduria.",
     ("tanks",), "A senior official in the Syldavian defence ministry"),
    # the words name the body's claim ("union"); the test below asserts that the headline "Talks
    # collapsed" joins it (origin27), so the row no longer depends on cluster order
    ("Spokesman says talks collapsed",
     "A spokesman for the Velm city council said the talks with the union had collapsed on Friday.",
     ("talks", "union"), "A spokesman for the Velm city council"),
    ("Petrov says Borduria will send troops to Kessel",
     "President Ivan Petrov said on Monday that Borduria will send troops to Kessel next week.",
     ("troops",), "Ivan Petrov"),
    ("Diplomats say Tomania shipped rifles to Marn",
     "Two Western diplomats said Tomania had shipped rifles to the rebels in Marn.", ("rifles",),
     "Two Western diplomats"),
]


@pytest.mark.parametrize(("title", "body", "words", "full"), BRIEFLY, ids=[b[0] for b in BRIEFLY])
def test_a_source_named_twice_is_listed_once(report: Callable, cluster_of: Callable, tmp_path: Path, title: str,
                                              body: str, words: tuple[str, ...], full: str) -> None:
    meta = {"title": title, "outlet": "Site L", "published": "2023-03-07"}
    rows = report(tmp_path, {"a": (meta, f"{title}\n\n{body}")})
    c = cluster_of(rows, *words)
    names = [s["name"] for s in c["sources"]]
    assert len(names) == 1 and full.lower() in names[0].lower(), names
    # the headline joins the body claim it summarises: ONE cluster (origin27; "Talks collapsed" and
    # "The talks with the union had collapsed" were two)
    hits = [r["claim"] for r in rows if all(w.lower() in r["claim"].lower() for w in words)]
    assert len(hits) == 1 and c["mentions"] == 2, [(r["claim"], r["mentions"]) for r in rows]


def test_the_case_aide_is_not_the_principal(report: Callable, cluster_of: Callable, tmp_path: Path) -> None:
    folder = CASES / "aide_is_not_the_principal"
    if not folder.is_dir():
        pytest.skip("../shared/cases not here")
    arts = {p.stem: (json.loads(p.with_suffix(".meta.json").read_text(encoding="utf-8")),
                     p.read_text(encoding="utf-8")) for p in folder.glob("*.txt")}
    c = cluster_of(report(tmp_path, arts), "involved")
    assert [s["name"] for s in c["sources"]] == ["A senior aide to Bordurian President Ivan Petrov"], c["sources"]
    assert c["sources"][0]["kind"] == "anonymous"


ACCUSED = [  # (headline, body's allegation, words of the cluster)
    ("Borduria accused of shelling Vorna", "Borduria shelled the border town of Vorna on Sunday, Syldavian "
     "officials said.", ("Vorna",)),
    ("Tomania blamed for bombing Kessel", "Tomania bombed the market in Kessel on Friday, witnesses said.",
     ("Kessel",)),
    ("Sylvania accused of arming rebels", "Sylvania armed the rebels in Marn last year, two diplomats said.",
     ("Sylvania", "rebels")),
    ("Ruritania accused of jamming flights", "Ruritania jammed the flights over Velm last week, pilots said.",
     ("Ruritania", "flights")),
    ("Freedonia blamed for sinking ferry", "Freedonia sank the ferry near Brill on Monday, coastguard officials "
     "said.", ("Freedonia", "ferry")),
]


@pytest.mark.parametrize(("title", "body", "words"), ACCUSED, ids=[a[0] for a in ACCUSED])
def test_a_short_passive_accusation_headline_joins_the_allegation(report: Callable, tmp_path: Path, title: str,
                                                                  body: str, words: tuple[str, ...]) -> None:
    """"X accused of DOING Y" with a one-word X: the unnamed accuser's "X DID Y" (three content
    words), not a claim in the outlet's own voice on its own cluster (the new user's "Borduria
    accused of shelling Vorna", an ``unattributed`` row beside the allegation's)."""
    meta = {"title": title, "outlet": "Site H", "published": "2025-05-05"}
    rows = report(tmp_path, {"a": (meta, f"{title}\n\n{body}")})
    assert not any(r["claim"] == title for r in rows), [r["claim"] for r in rows]
    hits = [r for r in rows if all(w.lower() in r["claim"].lower() for w in words)]
    # the headline's "X DID Y" is the unnamed accuser's (joined to the body's allegation where the
    # clustering joins the two: "Vorna", "Kessel"; a headline without the body's place stays apart)
    assert hits and all(r["status"] != "unattributed" for r in hits), \
        [(r["claim"], r["status"], r["mentions"]) for r in rows]
    assert sum(r["mentions"] for r in hits) == 2, [(r["claim"], r["mentions"]) for r in rows]
