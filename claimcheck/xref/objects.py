"""The kind of a claim's object: jets, howitzers, drones, troops, money (``lexicons/objects.toml``).

"Ruritania delivered jets to Freedonia" and "Ruritania delivered howitzers to Freedonia" have one
agent, one predicate and one patient, and are two propositions: what was delivered differs in
kind.  :func:`object_kinds` reads the kinds a claim names; :func:`kinds_differ` says whether two
claims' kinds part them: both state a specific kind and they share none.  A claim that states no
kind ("Ruritania armed Freedonia") parts from nothing; a generic kind ("weapons", "arms") meets a
specific one in a denial ("denied supplying weapons" answers "supplied attack drones"), not
between two assertions (:data:`GENERIC_MEETS`, :data:`GENERIC_MEETS_DENIAL`; measured on the dev
and corpus bodies, see ``docs/decisions.md``, "Object kinds").  Clustering (:func:`claimcheck.xref.cluster.matches`) and
``check`` (:mod:`claimcheck.xref.check`) both read them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.lexicons import Lexicons

GENERIC_MEETS = False  # two assertions: "the weapons shown in the video" does not meet "tanks" (docs/decisions.md)
GENERIC_MEETS_DENIAL = True  # a denial: "denied supplying weapons" answers "supplied attack drones"


@dataclass(frozen=True, slots=True)
class ObjectRules:
    """``objects.toml`` compiled: one alternation (group ``o<i>`` for entry ``i``), each entry's
    id, and the ids that are generic and agent-like."""

    pattern: re.Pattern[str]
    ids: tuple[str, ...]
    generic: frozenset[str]
    agent_like: frozenset[str]
    target: frozenset[str] = frozenset()  # kinds of what an event is done to (a school, a bridge): target_kinds


def object_rules(lexicons: Lexicons) -> ObjectRules:
    """``objects.toml`` of ``lexicons``, compiled once per lexicons object."""
    return lexicons.derive(_build)


def _build(lexicons: Lexicons) -> ObjectRules:
    entries = lexicons["objects"]
    alt = "|".join(f"(?P<o{i}>{e['pattern']})" for i, e in enumerate(entries))
    return ObjectRules(re.compile(alt, re.I), tuple(e["id"] for e in entries),
                       frozenset(e["id"] for e in entries if e.get("generic")),
                       frozenset(e["id"] for e in entries if e.get("agent_like")),
                       frozenset(e["id"] for e in entries if e.get("target")))


GENERIC_MARK = "*"  # before a generic kind's id in what object_kinds returns ("*weapons")


def object_kinds(text: str, lexicons: Lexicons, actors: Sequence[str] = (), subject_end: int | None = None
                 ) -> frozenset[str]:
    """The kinds of object ``text`` names (ids of ``objects.toml``, a generic one marked with
    :data:`GENERIC_MARK`: ``{"drones", "*weapons"}``), read outside its actor
    mentions ``actors`` ("the Ruritanian Armed Forces" is an actor, not troops sent).  An
    agent-like kind (troops) counts only from ``subject_end`` on (the offset of the claim's first
    verb: "Ruritanian troops | delivered howitzers" names howitzers only); None: its subject is not
    known, and agent-like kinds are not read.  Empty when it names none."""
    rules = object_rules(lexicons)
    if rules.pattern.search(text) is None:
        return frozenset()
    for a in sorted((a for a in actors if a), key=len, reverse=True):
        text = re.sub(rf"(?<![\w-]){re.escape(a)}(?![\w-])", lambda m: " " * len(m.group(0)), text)
    out = set()
    for m in rules.pattern.finditer(text):
        kind = rules.ids[int((m.lastgroup or "o0")[1:])]
        if kind in rules.agent_like and (subject_end is None or m.start() < subject_end) or kind in rules.target:
            continue
        out.add(GENERIC_MARK + kind if kind in rules.generic else kind)
    return frozenset(out)


def target_kinds(text: str, lexicons: Lexicons, actors: Sequence[str] = ()) -> frozenset[str]:
    """The kinds of target ``text`` names (ids of ``objects.toml`` entries with ``target = true``:
    ``{"school"}`` for "Ruritanian jets bombed a school in Kessel"), read anywhere outside its actor
    mentions ``actors`` (a passive puts the target first: "A bridge in Kessel was bombed").  What an
    event (an air strike, an attack) is done to; :func:`object_kinds` leaves them out (issue 9, stop 26)."""
    rules = object_rules(lexicons)
    if not rules.target or rules.pattern.search(text) is None:
        return frozenset()
    for a in sorted((a for a in actors if a), key=len, reverse=True):
        text = re.sub(rf"(?<![\w-]){re.escape(a)}(?![\w-])", lambda m: " " * len(m.group(0)), text)
    return frozenset(k for m in rules.pattern.finditer(text)
                     if (k := rules.ids[int((m.lastgroup or "o0")[1:])]) in rules.target)


def claim_kinds(text: str, actors: Sequence[str], lexicons: Lexicons) -> frozenset[str]:
    """:func:`object_kinds` of a claim or a typed query, its subject read as clustering reads it
    (:func:`claimcheck.xref.cluster.subject_text`: the words before its first verb)."""
    if object_rules(lexicons).pattern.search(text) is None:
        return frozenset()
    from claimcheck.parse.claims import rules
    from claimcheck.xref.cluster import subject_text

    subject = subject_text(text, rules(lexicons).predicate)
    return object_kinds(text, lexicons, actors, len(subject) if subject else None)


def kinds_part(action: str | None, lexicons: Lexicons) -> bool:
    """Do object kinds part two claims of the ``actions.toml`` class ``action`` (None: no class)?
    Not for a class with ``objects_part = false`` (events: air strikes, attacks, meetings, whose
    instrument is worded freely, "the missiles hit …" / "a drone targeted …")."""
    return action is None or lexicons.derive(_parting).get(action, True)


def _parting(lexicons: Lexicons) -> dict[str, bool]:
    return {e["id"]: e.get("objects_part", True) for e in lexicons["actions"]}


def kinds_differ(a: frozenset[str], b: frozenset[str], generic_meets: bool = GENERIC_MEETS) -> bool:
    """Do two claims' object kinds (:func:`object_kinds`) make them two propositions: each names
    a specific kind and they share none ("jets" / "howitzers"); or one names only a generic kind
    ("weapons") and the other only specific ones (none shared), unless ``generic_meets`` (for two assertions
    :data:`GENERIC_MEETS`, for a denial and what it may deny :data:`GENERIC_MEETS_DENIAL`).  A generic
    kind beside a specific one in a claim ("weapons including drones") adds nothing; a claim
    naming no kind differs from none."""
    if not a or not b or a & b:
        return False  # no kind stated, or one shared (the generic "weapons" of both included)
    sa = frozenset(k for k in a if k[:1] != GENERIC_MARK)
    sb = frozenset(k for k in b if k[:1] != GENERIC_MARK)
    if sa and sb:
        return not sa & sb
    if not sa and not sb:
        return False  # both generic only
    return not generic_meets


def generic_only(kinds: frozenset[str]) -> bool:
    """Does a claim name goods only by a generic word ("weapons", "arms"): ``{"*weapons"}``?"""
    return bool(kinds) and all(k[:1] == GENERIC_MARK for k in kinds)
