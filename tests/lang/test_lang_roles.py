"""Roles of French and Spanish claims in clustering (issue 9, stop 20): the word test of one
language joined "A vend des chars à B" and "B vend des chars à A" (xref/roles.py read English
only), and the swapped sale of the held-out cross-language corpus joined through a claim whose
roles were unknown.  Now each language's roles come from its own data (``lang/<code>.toml``: its
action words, ``agent_marker``, ``role_passive``, ``role_converse``), and a member whose roles are
known vetoes a claim that swaps them.  Invented sentences and names (not the held-out corpus's).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.model import ClaimRecord
from claimcheck.xref.cluster import cluster_claims

LEX = load_lexicons()


def keys(m: str) -> Sequence[str]:
    return (m.lower().replace("é", "e").removeprefix("le ").removeprefix("la "),)


def rec(i: int, text: str, actors: Sequence[str], action: str, lang: str) -> ClaimRecord:
    return ClaimRecord(claim_id=i, claim_uid=f"c{i:04d}", article_id=i, article_uid=f"a{i:04d}", outlet=f"o{i}",
                       published=dt.date(2026, 3, 10), text=text, sentence_text=text, actors=tuple(actors),
                       action=action, polarity="positive", modality="asserted", refers_to=None, act="assert",
                       language=lang)


def together(*claims: ClaimRecord) -> bool:
    return len(cluster_claims(list(claims), keys, LEX)) == 1


SWAPPED = [  # one language, the same words, agent and patient exchanged: two propositions
    ("fr", ("Tarvos a vendu quarante chars de combat à Belmar", ["Tarvos", "Belmar"], "arming"),
     ("Belmar a vendu quarante chars de combat à Tarvos", ["Belmar", "Tarvos"], "arming")),
    ("es", ("Tarvos vendió cuarenta tanques a Belmar", ["Tarvos", "Belmar"], "arming"),
     ("Belmar vendió cuarenta tanques a Tarvos", ["Belmar", "Tarvos"], "arming")),
    ("fr", ("Tarvos a bombardé le port de Belmar", ["Tarvos", "Belmar"], "air_strike"),
     ("Belmar a bombardé le port de Tarvos", ["Belmar", "Tarvos"], "air_strike")),
    ("es", ("Tarvos financió al partido de Belmar", ["Tarvos", "Belmar"], "funding"),
     ("Belmar financió al partido de Tarvos", ["Belmar", "Tarvos"], "funding")),
    # a passive against an active of the other roles
    ("fr", ("Le port de Belmar a été bombardé par Tarvos", ["Belmar", "Tarvos"], "air_strike"),
     ("Belmar a bombardé le port de Tarvos", ["Belmar", "Tarvos"], "air_strike")),
    ("es", ("El puerto de Belmar fue bombardeado por Tarvos", ["Belmar", "Tarvos"], "air_strike"),
     ("Belmar bombardeó el puerto de Tarvos", ["Belmar", "Tarvos"], "air_strike")),
    # a receiving verb: its subject is the patient, the actor after "à" / "a" the agent
    ("fr", ("Tarvos a acheté des drones à Belmar", ["Tarvos", "Belmar"], "arming"),
     ("Tarvos a vendu des drones à Belmar", ["Tarvos", "Belmar"], "arming")),
    ("es", ("Tarvos compró drones a Belmar", ["Tarvos", "Belmar"], "arming"),
     ("Tarvos vendió drones a Belmar", ["Tarvos", "Belmar"], "arming")),
]

SAME = [  # the same roles in other words: one proposition
    ("fr", ("Tarvos a bombardé le port de Belmar", ["Tarvos", "Belmar"], "air_strike"),
     ("Le port de Belmar a été bombardé par Tarvos", ["Belmar", "Tarvos"], "air_strike")),
    ("es", ("Tarvos bombardeó el puerto de Belmar", ["Tarvos", "Belmar"], "air_strike"),
     ("El puerto de Belmar fue bombardeado por Tarvos", ["Belmar", "Tarvos"], "air_strike")),
    ("fr", ("Tarvos a vendu quarante chars de combat à Belmar", ["Tarvos", "Belmar"], "arming"),
     ("Tarvos a vendu quarante chars de combat à Belmar l'an dernier", ["Tarvos", "Belmar"], "arming")),
    ("es", ("Tarvos financió al partido de Belmar", ["Tarvos", "Belmar"], "funding"),
     ("El partido de Belmar fue financiado por Tarvos", ["Belmar", "Tarvos"], "funding")),
    ("fr", ("Le parti de Belmar a reçu de l'argent de Tarvos", ["Belmar", "Tarvos"], "funding"),
     ("Le parti de Belmar a reçu de l'argent de Tarvos en mars", ["Belmar", "Tarvos"], "funding")),
]


@pytest.mark.parametrize(("lang", "a", "b"), SWAPPED)
def test_swapped_roles_in_french_and_spanish_are_two_propositions(lang: str, a: tuple, b: tuple) -> None:
    assert not together(rec(1, *a, lang), rec(2, *b, lang))
    assert not together(rec(2, *b, lang), rec(1, *a, lang))


@pytest.mark.parametrize(("lang", "a", "b"), SAME)
def test_the_same_roles_in_french_and_spanish_are_one_proposition(lang: str, a: tuple, b: tuple) -> None:
    assert together(rec(1, *a, lang), rec(2, *b, lang))


def test_a_member_of_known_roles_vetoes_the_swap_its_representative_cannot_see() -> None:
    # the representative names its actors without roles (a list, no action word between them);
    # the first member fixes them, the swapped claim may not join
    rep = rec(1, "Tarvos et Belmar : quarante chars de combat vendus, selon des diplomates du nord",
              ["Tarvos", "Belmar"], "arming", "fr")
    member = rec(2, "Tarvos a vendu quarante chars de combat à Belmar", ["Tarvos", "Belmar"], "arming", "fr")
    swapped = rec(3, "Belmar a vendu quarante chars de combat à Tarvos", ["Belmar", "Tarvos"], "arming", "fr")
    assert together(rep, member) and together(rep, swapped)  # each alone joins the representative
    groups = [set(g) for g in cluster_claims([rep, member, swapped], keys, LEX)]
    assert not any({1, 2} <= g for g in groups)  # never both: the first to join vetoes the other
    assert {0, 1} in groups or {0, 2} in groups
    # the same with the claims in another order
    groups = [set(g) for g in cluster_claims([swapped, rep, member], keys, LEX)]
    assert not any({0, 2} <= g for g in groups)  # indices of this order: swapped 0, member 2
