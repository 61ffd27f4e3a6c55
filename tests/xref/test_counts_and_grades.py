"""A report row's counts and grade agree with its own evidence (stop 26, admit26; the new user's
findings):

- ``denials`` and ``non_answers`` count origins, as ``independent_origins`` does: the same wire
  denial copied in three outlets is one denial, not three ("3 denials" on a row of one origin);
- a contradicted claim is graded by the balance of independent origins
  (``xref.grade.status_from_origins``): more for it than against it → 4 (doubtful), else 5
  (improbable); never 1 or 2, which need independent confirmation with nothing against it
  (three origins for and one against were graded 5, the grade of one for and three against).
Invented names.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest

from claimcheck.xref.grade import status_from_origins


def art(title: str, body: str, outlet: str, published: str = "2025-03-03") -> tuple[dict, str]:
    return {"title": title, "outlet": outlet, "published": published}, f"{title}\n\n{body}"


def copies(title: str, body: str, n: int = 3) -> dict[str, tuple[dict, str]]:
    return {f"c{k}": art(title, body, f"Outlet {k}") for k in range(n)}


WIRE_DENIAL = ("KESSEL (AP) — Bordurian officials said on Monday that Sylvania had sent combat drones to Borduria's "
               "rebels. Sylvania denied sending combat drones to the rebels.")

COUNTS = [  # (id, articles, words of the cluster, denials, non-answers)
    ("the new user's case: one wire denial in three outlets",
     copies("Sylvania accused over drones", WIRE_DENIAL), ("combat drones",), 1, 0),
    ("one wire denial in five outlets",
     copies("Sylvania accused over drones", WIRE_DENIAL, 5), ("combat drones",), 1, 0),
    ("two deniers in one article",
     {"a": art("Drones for the rebels", "Bordurian officials said Sylvania had sent combat drones to the rebels. "
               "Sylvania denied sending combat drones to the rebels. Tomania also denied that Sylvania had sent "
               "combat drones to the rebels.", "Site A")}, ("combat drones",), 2, 0),
    ("one denier twice in one article",
     {"a": art("Drones for the rebels", "Bordurian officials said Sylvania had sent combat drones to the rebels. "
               "Sylvania denied sending combat drones to the rebels. On Tuesday Sylvania again denied sending combat "
               "drones to the rebels.", "Site A")}, ("combat drones",), 1, 0),
    ("one wire non-answer in three outlets",
     copies("Drones for the rebels", "VELM (Reuters) — Bordurian officials said on Monday that Sylvania had sent "
            "combat drones to the rebels. The Sylvanian government declined to comment."), ("combat drones",), 0, 1),
    ("one wire denial in three outlets, another denier in a fourth",
     {**copies("Sylvania accused over drones", WIRE_DENIAL),
      "d": art("Tomania weighs in", "Bordurian officials said on Monday that Sylvania had sent combat drones to the "
               "rebels. Tomania denied that Sylvania had sent combat drones to the rebels.", "Site T")},
     ("combat drones",), 2, 0),
]


@pytest.mark.parametrize(("articles", "words", "denials", "non_answers"), [c[1:] for c in COUNTS],
                         ids=[c[0] for c in COUNTS])
def test_denials_and_non_answers_count_origins(report: Callable, cluster_of: Callable, tmp_path: Path,
                                              articles: dict, words: tuple[str, ...], denials: int,
                                              non_answers: int) -> None:
    c = cluster_of(report(tmp_path, articles), *words)
    assert (c["denials"], c["non_answers"]) == (denials, non_answers), (c["sources"], c["reasons"])


# ---------------------------------------------------------------- credibility of a contradicted claim

GRADES = [  # (independent origins for, against, credibility)
    (3, 1, 4), (2, 1, 4), (4, 1, 4), (4, 3, 4), (1, 1, 5), (2, 2, 5), (1, 2, 5), (1, 3, 5),
]


@pytest.mark.parametrize(("n_for", "n_against", "grade"), GRADES)
def test_a_contradicted_claim_is_graded_by_the_balance_of_independent_origins(n_for: int, n_against: int,
                                                                              grade: int) -> None:
    sup = [f"anonymous:for-{k}" for k in range(n_for)]
    den = [f"named:against-{k}" for k in range(n_against)]
    j = status_from_origins(sup, den)
    assert (j.status, j.credibility) == ("contradicted", grade), j.reasons


def test_parties_do_not_weigh_in_the_balance() -> None:
    """Three for, one of them the party itself, against one independent denial: two independent
    origins for against one → 4; the party's own assertion alone does not tip it."""
    party = {"named:party"}
    j = status_from_origins(["named:party", "anonymous:a", "anonymous:b"], ["named:x"],
                            interested=lambda o: o in party)
    assert j.credibility == 4
    j = status_from_origins(["named:party", "anonymous:a"], ["named:x"], interested=lambda o: o in party)
    assert j.credibility == 5


def test_a_contradicted_claim_never_gets_a_top_grade() -> None:
    origins = [f"anonymous:s{k}" for k in range(5)] + [f"named:n{k}" for k in range(3)]
    for n_for in range(1, 5):
        for n_against in range(1, 4):
            for parties in itertools.product((False, True), repeat=2):
                sup, den = origins[:n_for], origins[5:5 + n_against]
                inter = {o for o, p in zip((sup[0], den[0]), parties) if p}
                j = status_from_origins(sup, den, interested=lambda o: o in inter)
                assert j.status == "contradicted" and j.credibility >= 3, (sup, den, inter, j)


def test_three_origins_for_and_one_against_end_to_end(report: Callable, cluster_of: Callable, tmp_path: Path) -> None:
    """The new user's case: three independent origins assert, one independent origin (not the
    accused) says otherwise: contradicted, graded 4, not 5."""
    articles = {
        "a": art("Shelling of Vorna", "Syldavian officials said Borduria shelled the town of Vorna on Sunday.", "Site A"),
        "b": art("Vorna shelled", "Witnesses told Site B that Borduria shelled the town of Vorna on Sunday.", "Site B"),
        "c": art("Vorna under fire", "Ruritanian monitors said Borduria shelled the town of Vorna on Sunday.", "Site C"),
        "d": art("Monitors doubt shelling", "Tomanian observers denied that Borduria shelled the town of Vorna on "
                 "Sunday.", "Site D"),
    }
    c = cluster_of(report(tmp_path, articles), "Vorna")
    assert c["status"] == "contradicted", c["reasons"]
    assert c["independent_origins"] == 3 and c["credibility"] == 4, (c["independent_origins"], c["reasons"])
