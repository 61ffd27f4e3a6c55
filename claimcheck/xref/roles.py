"""The roles of an English claim's actors, for clustering: who does the action, to whom.

"Freedonia sold tanks to Sylvania" and "Sylvania sold tanks to Freedonia" share every word and
actor; they are two propositions (:func:`claimcheck.xref.cluster.roles_swapped`).  The roles are
read around the claim's action word (an ``actions.toml`` match), with rules that are data in
``claims.toml``: a passive's agent marker (``role:passive_agent``: "by"), a form of "be" before
the action word (``role:passive_verb``: "was bombed"), a verb of receiving whose giver follows
"from" (``role:converse_source``), and a leading subordinate clause whose actors are not the main
clause's subject (``role:subordinate_lead``: "While X …, Y sold …").  Loose by design: where a
rule cannot tell, the roles are unknown and constrain nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.lexicons import Lexicons


@dataclass(frozen=True, slots=True)
class Roles:
    """How the roles of an English claim are read (:func:`roles_of`): the words that mark a
    passive's agent (``claims.toml``'s ``role:passive_agent``: "by") and the verbs whose agent
    follows "from" (``role:converse_source``: "received … from", "bought … from")."""

    markers: frozenset[str]
    converse: re.Pattern[str]
    lead: re.Pattern[str] = re.compile(r"(?!x)x")  # a leading subordinate clause ("While X …, "): no subject there
    passive: re.Pattern[str] = re.compile(r"(?!x)x")  # "was", "been" at the end of the text before an action word
    languages: frozenset[str] = frozenset()  # languages with a lexicon of their own (``lang/<code>.toml``): not read so


def roles(lexicons: Lexicons) -> Roles:
    """The :class:`Roles` of ``lexicons`` (English)."""
    return lexicons.derive(_build_roles)


def _build_roles(lexicons: Lexicons) -> Roles:
    from claimcheck.parse.claims.lang import passive_agent_words

    def alt(sets: str) -> re.Pattern[str]:
        pats = [e["pattern"] for e in lexicons["claims"] if e["sets"] == sets] or [r"(?!x)x"]
        return re.compile("|".join(f"(?:{p})" for p in pats), re.I)

    return Roles(passive_agent_words(lexicons, None), alt("role:converse_source"), alt("role:subordinate_lead"),
                 alt("role:passive_verb"), frozenset(lexicons.languages()))


def roles_of(text: str, actors: Sequence[str], action: int | None, roles: Roles) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(agents, patients) among ``actors`` of an English claim whose action word (an
    ``actions.toml`` match) starts at ``action``: with a converse verb, the actor right after its
    "from" is the agent and those before the verb the patients ("Sylvania received drones from
    | Freedonia"); with a passive (a form of "be" before the action word, or an agent marker
    after it) the actor right after the marker is the agent and the others the patients
    ("tanks were sold to Sylvania by | Freedonia"; an article may stand between, an alias in
    brackets may follow); else the actors before the action word are the agents and those after
    it the patients, a leading subordinate clause aside ("While X …, | Y sold tanks to Z").
    ((), patients) or ((), ()) when the agent is not known: no action word, a passive without an
    actor as its agent, an action word inside the leading clause."""
    if action is None:
        return (), ()
    low = text.lower()
    spans = sorted((k, m) for m in dict.fromkeys(actors) if m for k in [low.find(m.lower())] if k >= 0)

    def right_after(end: int) -> tuple[str, ...]:
        out: list[str] = []
        for k, m in spans:
            if k >= end and low[end:k].strip() in ("", "the", "(") and (not out or low[end:k].strip() == "("):
                out.append(m)
                end = k + len(m)  # "Islamic State (Isis)": the alias in brackets is the same agent
        return tuple(out)

    conv = roles.converse.search(text)
    if conv is not None:
        agents = right_after(conv.end())
        return (agents, tuple(m for k, m in spans if k < conv.start())) if agents else ((), ())
    by = [w for w in _WORD_AT.finditer(low, action) if w.group(0) in roles.markers]
    agents = right_after(by[0].end()) if by else ()
    if agents or roles.passive.search(low[max(0, action - 40):action]):
        return agents, tuple(m for _, m in spans if m not in agents)
    lead = roles.lead.match(text)
    start = lead.end() if lead else 0
    if action < start:
        return (), ()
    return (tuple(m for k, m in spans if start <= k < action), tuple(m for k, m in spans if k > action))


_WORD_AT = re.compile(r"[^\W\d_]+")
