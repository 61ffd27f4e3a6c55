"""Negation and modality in scope for the stance classifier (issue 9 item 2).

A negation word is a contradiction only where it governs the claim's predicate.  Three kinds of
test: the shared case ``cases/parse/stance_negation_scope.jsonl`` with five neighbours of our
own per class, a table of how a sentence's cues are read (what a longer phrase hides), and our
own set of invented (claim, text, label) pairs in ``stance_negation_pairs.jsonl`` with a floor
on its accuracy (printed; run with ``-s`` to see it)."""

from __future__ import annotations

import collections
import json
from pathlib import Path

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.xref.stance import find_cues, judge

LEX = load_lexicons([])  # the shipped files only
PAIRS = Path(__file__).with_name("stance_negation_pairs.jsonl")
PAIRS_FLOOR = 0.95  # accuracy on our own set (136 pairs: 1.00 when written; raise, never lower)
PAIRS_MIN = 100

# ../shared/cases/parse/stance_negation_scope.jsonl, copied (the cases are ours)
CASE = [
    ("s1_cannot_rule_out", "Faulty wiring caused the warehouse fire.",
     "Investigators said they could not rule out faulty wiring as the cause of the warehouse fire.", "observe"),
    ("s2_did_not_deny", "The minister resigned.",
     "The ministry did not deny reports that the minister had resigned.", "observe"),
    ("s3_without_details", "The talks have collapsed.",
     "The ministry confirmed, without giving details, that the talks had collapsed.", "corroborate"),
    ("s4_cannot_exclude", "The factory will close.",
     "The company said it cannot exclude that the factory will close.", "observe"),
    ("s5_no_reason_to_doubt", "The factory will close.",
     "A company spokesman said there was no reason to doubt that the factory would close.", "corroborate"),
]

# five neighbours of our own per class of the case
NEIGHBOURS = {
    "could not rule out": [
        ("A gas leak caused the blast.", "Firefighters could not rule out a gas leak as the cause of the blast."),
        ("The ferry hit a reef.", "The coast guard has not ruled out that the ferry hit a reef."),
        ("The virus came from the market.", "Scientists can't rule out that the virus came from the market."),
        ("The coach will be sacked.", "The chairman would not rule out that the coach will be sacked."),
        ("The tunnel flooded because of a burst main.",
         "A burst main has not been ruled out as the reason the tunnel flooded."),
    ],
    "did not deny": [
        ("The club signed the goalkeeper.", "The club has not denied that it signed the goalkeeper."),
        ("The senator met the lobbyist.", "The senator never denied meeting the lobbyist."),
        ("The army shelled the village.", "The army did not dispute that its guns shelled the village."),
        ("The airline lost the bags.", "The airline hasn't denied losing the bags."),
        ("The bank paid a fine.", "The bank did not contest that it paid a fine."),
    ],
    "without giving details": [
        ("The coach was fired.", "The club fired the coach without giving a reason."),
        ("The company recalled the heaters.", "The company recalled the heaters without saying how many were sold."),
        ("The general resigned.", "The general resigned without explaining why."),
        ("Police arrested two men.", "Police arrested two men, without naming them."),
        ("The airline cancelled 40 flights.", "The airline confirmed, without further details, that it cancelled 40 flights."),
    ],
    "cannot exclude": [
        ("The dam was sabotaged.", "Investigators say sabotage of the dam cannot be excluded."),
        ("The vote will be postponed.", "The commission said a postponement of the vote was not excluded."),
        ("The theft was an inside job.", "Police could not exclude that the theft was an inside job."),
        ("The plane was shot down.", "Experts can't exclude that the plane was shot down."),
        ("The mine will close.", "The owners cannot exclude that the mine will close."),
    ],
    "no reason to doubt": [
        ("The bridge was sabotaged.", "There is little doubt that the bridge was sabotaged."),
        ("The painting is a genuine Vermeer.", "Experts have no doubt the painting is a genuine Vermeer."),
        ("The comet will pass close to Earth.",
         "Astronomers said there was no reason to doubt the comet will pass close to Earth."),
        ("The village was flooded.", "Without a doubt the village was flooded, residents said."),
        ("The coin is Roman.", "Curators had no reason to doubt the coin was Roman."),
    ],
}
CLASS_LABEL = {"could not rule out": "observe", "did not deny": "observe", "without giving details": "corroborate",
               "cannot exclude": "observe", "no reason to doubt": "corroborate"}


@pytest.mark.parametrize(("case_id", "claim", "text", "label"), CASE, ids=[c[0] for c in CASE])
def test_shared_case(case_id: str, claim: str, text: str, label: str) -> None:
    assert judge(claim, text, LEX).label == label, case_id


@pytest.mark.parametrize(("cls", "claim", "text"), [(k, c, t) for k, v in NEIGHBOURS.items() for c, t in v],
                         ids=lambda x: x[:30] if isinstance(x, str) else None)
def test_case_neighbours(cls: str, claim: str, text: str) -> None:
    res = judge(claim, text, LEX)
    assert res.label == CLASS_LABEL[cls], f"{cls}: {text!r} -> {res.label} ({res.reason})"


# what a sentence's cues are read as: (sentence, cue kinds present, cue kinds absent)
READINGS = [
    ("Investigators could not rule out arson.", {"hedge"}, {"negation"}),
    ("The ministry neither confirmed nor denied the report.", {"decline"}, {"negation", "denial", "confirm"}),
    ("A spokesman declined to confirm or deny the strike.", {"decline"}, {"denial", "confirm"}),
    ("The council is unable to confirm the report.", {"decline"}, {"confirm"}),
    ("The police have not corroborated the account.", {"decline"}, {"negation", "confirm"}),
    ("The government had no update on the talks.", {"decline"}, {"negation"}),
    ("The palace had no comments on the matter.", {"decline"}, {"negation"}),
    ("The palace did not have any information about the drones.", {"decline"}, {"negation"}),
    ("The ministry did not deny the report.", {"hedge"}, {"negation", "denial"}),
    ("There was no reason to doubt the figures.", {"confirm"}, {"negation", "hoax"}),
    ("The ministry confirmed, without giving details, that talks ended.", {"confirm", "neutral"}, {"negation"}),
    ("The minister did not say whether the talks ended.", {"decline"}, {"negation"}),
    ("The pope did not say that dogs go to heaven.", {"negation"}, {"decline"}),
    ("The ship did not sink.", {"negation"}, {"hedge", "decline"}),
    ("The ministry denied the report.", {"denial"}, {"hedge", "decline"}),
]


@pytest.mark.parametrize(("sentence", "present", "absent"), READINGS, ids=[r[0][:40] for r in READINGS])
def test_cue_readings(sentence: str, present: set[str], absent: set[str]) -> None:
    kinds = {h.kind for h in find_cues(sentence, lexicons=LEX)}
    assert present <= kinds, f"{sentence!r}: {kinds}"
    assert not (absent & kinds), f"{sentence!r}: {kinds}"


def _pairs() -> list[dict]:
    return [json.loads(line) for line in PAIRS.open(encoding="utf-8") if line.strip()]


def test_own_pairs_cover_the_phenomena() -> None:
    rows = _pairs()
    assert len(rows) >= PAIRS_MIN
    assert len({r["id"] for r in rows}) == len(rows)
    kinds = collections.Counter(r["phenomenon"] for r in rows)
    for k in ("not_ruled_out", "not_denied", "no_doubt", "non_answer", "without_details", "out_of_clause",
              "no_negation", "negated", "modal_negation"):
        assert kinds[k] >= 5, k
    assert {r["label"] for r in rows} == {"corroborate", "contradict", "observe"}


def test_own_pairs_accuracy_floor() -> None:
    rows = _pairs()
    misses = []
    per: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for r in rows:
        got = judge(r["claim"], r["text"], LEX).label
        per[r["phenomenon"]][1] += 1
        if got == r["label"]:
            per[r["phenomenon"]][0] += 1
        else:
            misses.append(f"{r['id']}: {r['label']} -> {got}: {r['text']}")
    acc = 1 - len(misses) / len(rows)
    print(f"\nstance negation pairs: accuracy {acc:.3f} ({len(rows) - len(misses)}/{len(rows)}); "
          + ", ".join(f"{k} {a}/{n}" for k, (a, n) in sorted(per.items())))
    assert acc >= PAIRS_FLOOR, "\n".join(misses)
