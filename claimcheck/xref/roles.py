"""The roles of an English claim's actors, for clustering: who does the action, to whom.

"Freedonia sold tanks to Sylvania" and "Sylvania sold tanks to Freedonia" share every word and
actor; they are two propositions (:func:`claimcheck.xref.cluster.roles_swapped`).  The roles are
read around the claim's action word (an ``actions.toml`` match), with rules that are data in
``claims.toml``: a passive's agent marker (``role:passive_agent``: "by"), a form of "be" before
the action word (``role:passive_verb``: "was bombed"), a verb of receiving whose giver follows
"from" (``role:converse_source``), and a leading subordinate clause whose actors are not the main
clause's subject (``role:subordinate_lead``: "While X …, Y sold …").  Loose by design: where a
rule cannot tell, the roles are unknown and constrain nothing.

Converse verbs (``role:converse_pair``: sell / buy, supply / receive, lend / borrow, export /
import) name one transfer from either end: in clustering a receiving verb whose giver is read
after its "from" stands for the giving verbs of its pair (:func:`converse_tokens`,
:func:`align_converse`), and the roles say who gave, so "B bought tanks from A" is "A sold tanks
to B" and "B sold tanks to A" is not.  A receiving verb whose giver is not read ("B bought tanks")
stays a word of its own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

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
    pairs: re.Pattern[str] = re.compile(r"(?!x)x")  # converse pairs: group g<i> a giving verb, t<i> a receiving one
    pair_ids: tuple[str, ...] = ()  # the pair of each index i
    breaks: re.Pattern[str] = re.compile(r"(?!x)x")  # a clause break between an action word and a later "by"
    determiners: frozenset[str] = frozenset({"the"})  # words that may stand between a marker and its agent
    by_language: Mapping[str, Roles] = field(default_factory=lambda: MappingProxyType({}))  # another language's roles (``lang/<code>.toml``)
    actions: re.Pattern[str] | None = None  # that language's action words (group a<i>: ``groups[i]``); None: English
    groups: tuple[str, ...] = ()  # the action class of each group of ``actions``
    open_modality: re.Pattern[str] | None = None  # ``role:open_modality``: a predicate planned or possible (xref.evidence)


def roles(lexicons: Lexicons) -> Roles:
    """The :class:`Roles` of ``lexicons`` (English)."""
    return lexicons.derive(_build_roles)


def _build_roles(lexicons: Lexicons) -> Roles:
    from claimcheck.parse.claims.lang import passive_agent_words

    def alt(sets: str) -> re.Pattern[str]:
        pats = [e["pattern"] for e in lexicons["claims"] if e["sets"] == sets] or [r"(?!x)x"]
        return re.compile("|".join(f"(?:{p})" for p in pats), re.I)

    pairs, ids = converse_pairs([e for e in lexicons["claims"] if e["sets"] == "role:converse_pair"])
    return Roles(passive_agent_words(lexicons, None), alt("role:converse_source"), alt("role:subordinate_lead"),
                 alt("role:passive_verb"), frozenset(lexicons.languages()), pairs, ids, alt("role:clause_break"),
                 by_language=MappingProxyType(_language_roles(lexicons)), open_modality=re.compile(f"{alt('role:open_modality').pattern}|{alt('modality:expected').pattern}", re.I))


def _language_roles(lexicons: Lexicons) -> dict[str, Roles]:
    """The :class:`Roles` of each language with claim rules of its own (``lang/<code>.toml``):
    its action words, its passive agent markers (``agent_marker``: "par", "por") and articles,
    and its ``role_passive`` ("a été", "fue") and ``role_converse`` ("a reçu … de", "compró … a")
    patterns; no converse pairs (their words are English)."""
    from claimcheck.lexicons.schemas import LANG_PREFIX
    from claimcheck.parse.claims.lang import claim_rules

    out = {}
    for code, r in claim_rules(lexicons).items():
        entries = lexicons[LANG_PREFIX + code]

        def alt(kind: str) -> re.Pattern[str]:
            pats = [e["pattern"] for e in entries if e["kind"] == kind and e.get("pattern")] or [r"(?!x)x"]
            return re.compile("|".join(f"(?:{p})" for p in pats), re.I)

        out[code] = Roles(r.agent_markers, alt("role_converse"), passive=alt("role_passive"),
                          breaks=alt("role_clause_break"), determiners=r.determiners | {"l"},
                          actions=r.actions, groups=r.names)
    return out


def converse_pairs(entries: Sequence) -> tuple[re.Pattern[str], tuple[str, ...]]:  # noqa: ANN001 - Entry
    """One pattern of the converse-pair ``entries`` (each a ``pattern`` with the named groups
    ``give`` and ``take``), their groups renamed ``g<i>`` / ``t<i>``, and the ``id`` of each.
    Raises :class:`LexiconError` naming an entry whose pattern lacks one of the two groups."""
    from claimcheck.errors import LexiconError

    parts, ids = [], []
    for i, e in enumerate(entries):
        pat = e["pattern"]
        if "(?P<give>" not in pat or "(?P<take>" not in pat:
            raise LexiconError(f"{e.label}: a converse pair needs the groups (?P<give>…) and (?P<take>…)")
        parts.append(pat.replace("(?P<give>", f"(?P<g{i}>").replace("(?P<take>", f"(?P<t{i}>"))
        ids.append(e["id"])
    if not parts:
        return re.compile(r"(?!x)x"), ()
    return re.compile("|".join(f"(?:{p})" for p in parts), re.I), tuple(ids)


def converse_tokens(text: str, roles: Roles, giver_read: bool,
                    action: re.Pattern[str] | None = None) -> tuple[str, tuple[str, ...]]:
    """``text`` with the verbs of converse pairs cut out, and the words they become: a giving verb
    ``%<pair>=<its stem>`` ("sold": ``%sale=sold``, "delivered": ``%supply=deliver``), a
    receiving verb whose giver was read after its "from" (``giver_read``, :func:`read_roles`)
    ``%<pair>=*``, which stands for any giving verb of its pair (:func:`align_converse`: "B
    received drones from A" is "A delivered drones to B" and "A sent drones to B"; "A is preparing
    to send drones" is still not "A delivered drones").  A receiving verb whose giver is not read
    ("B bought tanks") stays in the text, a word of its own, so it never meets "B sold tanks".  A
    verb inside a match of ``action`` (the action classes' words: "sent troops") is left to it."""
    from claimcheck.text.tokens import light_stem

    if roles.pairs.search(text) is None:
        return text, ()
    taken = [m.span() for m in action.finditer(text)] if action is not None else []
    found: list[str] = []

    def cut(m: re.Match[str]) -> str:
        name = m.lastgroup or ""
        if any(a < m.end() and m.start() < b for a, b in taken) or (name[0] == "t" and not giver_read):
            return m.group(0)
        pair = roles.pair_ids[int(name[1:])]
        found.append(f"%{pair}=*" if name[0] == "t" else
                     f"%{pair}=" + "-".join(light_stem(w) for w in m.group(0).lower().split()))
        return " "

    out = roles.pairs.sub(cut, text)
    return out, tuple(sorted(set(found)))


def align_converse(a: frozenset[str], b: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Two bags of words with each receiving verb's ``%<pair>=*`` (:func:`converse_tokens`) made
    the other bag's giving verb of that pair where it has one (the first in sorted order), so
    "received … from" and "delivered … to" are one word; bags without such a token unchanged."""
    def fill(x: frozenset[str], y: frozenset[str]) -> frozenset[str]:
        out = set(x)
        for w in x:
            if w.startswith("%") and w.endswith("=*"):
                head = w[:-1]
                give = sorted(v for v in y if v.startswith(head) and v != w)
                if give:
                    out.discard(w)
                    out.add(give[0])
        return frozenset(out)

    return fill(a, b), fill(b, a)


@dataclass(frozen=True, slots=True)
class Reading:
    """The roles of one claim (:func:`read_roles`)."""

    agents: tuple[str, ...]
    patients: tuple[str, ...]
    marked: bool = False  # read through a marker that fixes them: a passive's agent after "by", a converse verb's after "from"
    converse: bool = False  # read through a converse verb's "from"


def roles_of(text: str, actors: Sequence[str], action: int | None, roles: Roles) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(agents, patients) of :func:`read_roles`."""
    r = read_roles(text, actors, action, roles)
    return r.agents, r.patients


def read_roles(text: str, actors: Sequence[str], action: int | None, roles: Roles) -> Reading:
    """The :class:`Reading` (agents, patients) among ``actors`` of an English claim whose action word (an
    ``actions.toml`` match) starts at ``action``: with a converse verb, the actor right after its
    "from" is the agent and those before the verb the patients ("Sylvania received drones from
    | Freedonia"); with a passive (a form of "be" before the action word, or an agent marker
    after it) the actor right after the marker is the agent and the others the patients
    ("tanks were sold to Sylvania by | Freedonia"; an article may stand between, an alias in
    brackets may follow); else the actors before the action word are the agents and those after
    it the patients, a leading subordinate clause aside ("While X …, | Y sold tanks to Z").
    ((), patients) or ((), ()) when the agent is not known: no action word, a passive without an
    actor as its agent, an action word inside the leading clause.  ``marked`` when a marker
    fixed the roles (an agent read after "by" or a converse verb's "from"), ``converse`` for the latter."""
    if action is None:
        return Reading((), ())
    low = text.lower()
    spans = sorted((k, m) for m in dict.fromkeys(actors) if m for k in [low.find(m.lower())] if k >= 0)

    def right_after(end: int) -> tuple[str, ...]:
        out: list[str] = []
        for k, m in spans:
            gap = low[end:k].strip().rstrip("'’")
            if k >= end and (gap in ("", "(") or gap in roles.determiners) and (not out or gap == "("):
                out.append(m)
                end = k + len(m)  # "Islamic State (Isis)": the alias in brackets is the same agent
        return tuple(out)

    conv = roles.converse.search(text)
    if conv is not None:
        agents = right_after(conv.end())
        return Reading(agents, tuple(m for k, m in spans if k < conv.start()), True, True) if agents else Reading((), ())
    by = [w for w in _WORD_AT.finditer(low, action) if w.group(0) in roles.markers]
    agents = right_after(by[0].end()) if by else ()
    if agents or roles.passive.search(low[max(0, action - 40):action]):
        # the "by" fixes the roles when it is near its action word, no clause between ("tanks were
        # sold to X by Y"; not "took up arms after her son was shot dead by Y")
        near = bool(agents) and len(_WORD_AT.findall(low, action, by[0].start())) <= MARKED_REACH \
            and roles.breaks.search(low, action, by[0].start()) is None
        return Reading(agents, tuple(m for _, m in spans if m not in agents), near)
    lead = roles.lead.match(text)
    start = lead.end() if lead else 0
    if action < start:
        return Reading((), ())
    return Reading(tuple(m for k, m in spans if start <= k < action), tuple(m for k, m in spans if k > action))


_WORD_AT = re.compile(r"[^\W\d_]+")
MARKED_REACH = 6  # words from an action word to its passive's "by" (the action word among them) for a fixed reading
