"""Actor resolution: which mentions ("al-Rashidi", "Gen.Maro", "Downing Street") are one actor.

Pure functions over strings; no database.  All names live in data: the gazetteer
(:mod:`claimcheck.xref.gazetteer`, ``lexicons/gazetteer.toml``: states, outlets, international
bodies, metonyms, demonyms) and the name rules (:mod:`claimcheck.xref.names`,
``lexicons/names.toml``: titles, article particles, transliteration rewrites, thresholds).  Names
are compared by their *comparison key* and *transliteration key* (see :mod:`claimcheck.xref.names`).
This module holds no actor names.

Rules (in this order; deterministic, independent of input order)
-----------------------------------------------------------------
Each rule is one function below (rule 0 and the working graph in :mod:`claimcheck.xref.actor_graph`,
re-exported here; rule 5 in :mod:`claimcheck.xref.actors_acronyms`), run in turn by :meth:`ActorResolver.resolve`.

0. Gazetteer (:func:`gazetteer_node`): a mention whose key (or, for acronyms, its exact dotless
   text) is a gazetteer name or alias is that actor; a ``metonym = true`` alias only when the
   mention is a subject.
1. Human decisions (:func:`apply_decisions`) ``merge`` (forced) and ``split`` (cannot-link),
   referenced by normalised alias, so they survive re-running on new mentions.  Two gazetteer
   actors never merge by rule.
2. Equal normalised key (one node by construction), then equal transliteration key
   (:func:`merge_same_transliteration`): merge.
   A name in Arabic script meets its Latin spelling by consonant skeleton
   (:func:`merge_across_scripts`); a Cyrillic name is romanised into its transliteration key
   and needs no rule of its own.
3. Similarity (:func:`merge_similar_spellings`; rapidfuzz Indel ratio on transliteration keys)
   between candidates that share a blocking key (last word, first word, first four letters or
   consonant skeleton of the last word; groups larger than ``block_cap`` compared by sorted
   neighbourhood of ``window``).  Equal word count, every aligned word >= ``token_floor`` and
   ratio >= ``auto_merge``: merge.  Same surname but a given name below ``token_floor``:
   different people, nothing proposed (Raúl / Fidel Castro).  Ratio in [``propose``,
   ``auto_merge``), an initial involved ("J. Smith" / "John Smith"), two single words (too
   little evidence: "Reuter" / "Reuters"), or a single word close to another name's surname:
   *proposed* only, a single word only when its consonants are the surname's
   (:func:`~claimcheck.xref.actors_acronyms.consonants_agree`: "Qaeda" is no spelling of
   "Qaddafi", though their ratio reaches ``propose``).  Demonyms take no part ("Italian" is no spelling of "Italy"), nor two names
   with different acronyms ("BBC News" / "ABC News": :func:`~claimcheck.xref.names.acronyms`).
4. Partial names (:func:`merge_partial_names`): a shorter name whose words are an ordered
   subsequence of a longer name's, ending with its last word ("Maro", "Gen. Maro", "Ana Maro" in
   "Ana Lucia Maro") merges when the longer names it fits form exactly one actor; with two or
   more it is proposed for each (score 1/k).  Persons only (not when either side is typed as a
   non-person or is a non-person gazetteer actor, and not a longer form holding a state name,
   metonym or demonym: "Italian TV" is no full name for "TV").  Longer partials are resolved first.
   A longer name "A of B" fits on A's words, never on B ("Rufus" is "Rufus of Freedonia";
   "Freedonia" is not), and a name with an outlet word before its last word fits none ("Radio
   Syldavia": :func:`name_proper`; ``names.toml`` kinds ``place_joiner`` and ``outlet_word``).
5. Acronyms (:func:`~claimcheck.xref.actors_acronyms.propose_acronyms`): an acronym the gazetteer
   does not know ("RNA", "HoR") is proposed with each actor whose name's initials spell it
   ("Ruritanian National Army", "House of Representatives"), score 1/k; never merged.
6. Metonyms read literally (:func:`propose_metonyms`): a capital or seat of government of the
   gazetteer that is an actor of its own (not a subject: "flights to Ruritown", "Ruritown had
   agreed" in a claim) is proposed with the state it stands for, score 1; never merged.

Thresholds
----------
``auto_merge``, ``propose``, ``token_floor`` (rule 3), ``block_cap``, ``window`` (the blocking of
rule 3) and ``partial_cap`` (rule 4) are data (``names.toml``, kind ``threshold``); the table of
name pairs they were chosen on is in :mod:`claimcheck.xref.names`.

Cost
----
Every step is a dictionary lookup per distinct name, except the similarity step, which only
compares names inside a blocking group (all pairs up to ``block_cap``, else a sliding window),
and the partial-name step, which looks up (word, last word) pairs.  Never all pairs.

Mentions that are no name
-------------------------
Before the rules, the actor index (:func:`claimcheck.xref.index.build_actor_index`) leaves out a
mention that is one word of the ``not_a_name`` kinds of ``names.toml`` ("From", "Come", "War" at
the head of a sentence or a headline) or one word the articles use in lower case
(:func:`claimcheck.xref.names.common_words`); a known acronym ("US") is always a name.

Aliases
-------
An actor's aliases are the mention texts it owns (:func:`_own_aliases`): a text read both ways (a
metonym, "Strelsau" the state as a subject and the city in a claim) is the alias of its literal
reading only; a trailing possessive is cut (:func:`alias_form`: "Ruritania's" -> "Ruritania").

Limits
------
A name that is only a first name ("Ana") is left alone.  Type hints only keep persons apart
from non-persons.  Demonyms are not resolved as mentions here ("Italian officials" is an
anonymous source; :func:`claimcheck.xref.gazetteer.demonym_to_state` gives the affiliated state;
a demonym alone is its place in the actor index, :func:`claimcheck.xref.index.build_actor_index`).  "Al"
as a given name is taken for a particle (Al Gore -> "gore"); the partial-name rule merges it
back with "Gore".
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from claimcheck.errors import UsageError
from claimcheck.lexicons import Lexicons, or_default
from claimcheck.xref.actor_graph import _UF as _UF  # the working graph and rule 0, re-exported: actors' names stay here
from claimcheck.xref.actor_graph import MentionGraph, _build_graph, _Unit, literal_text
from claimcheck.xref.actor_graph import _Proposal as _Proposal
from claimcheck.xref.actor_graph import _units as _units
from claimcheck.xref.actor_graph import gazetteer_node as gazetteer_node
from claimcheck.xref.actors_acronyms import consonants_agree, propose_acronyms
from claimcheck.xref.gazetteer import Gazetteer, gazetteer
from claimcheck.xref.gazetteer import MIN_SKELETON
from claimcheck.xref.names import (NameRules, Thresholds, acronyms, compare_spellings, is_initial, is_subsequence, name_key, name_rules,
                                   skeleton, skeleton_words, translit_words, unvowelled)

# --------------------------------------------------------------------------- inputs and results


@dataclass(frozen=True, slots=True)
class Mention:
    """A proper-noun mention: its text, an optional type hint, whether it is the subject or
    source of a speech/action verb (metonyms apply only then), and the article it is in."""

    text: str
    type: str | None = None
    is_subject: bool = False
    article: str = ""


def is_metonym(mention: Mention | str, gaz: Gazetteer, is_subject: bool | None = None) -> bool:
    """Whether ``mention`` is a metonym used as one ("Paris sensed ..." -> True; "flights to
    Paris" -> False).  A plain string counts as a subject unless ``is_subject`` says otherwise."""
    if isinstance(mention, str):
        text, subject = mention, True if is_subject is None else is_subject
    else:
        text, subject = mention.text, mention.is_subject if is_subject is None else is_subject
    return subject and gaz.metonym_of(text) is not None


@dataclass(frozen=True, slots=True)
class ResolvedActor:
    """One actor of a :class:`Resolution`."""

    id: str
    name: str  # canonical: the gazetteer name, else the fullest most frequent form
    type: str
    aliases: tuple[str, ...]  # the distinct mention texts it owns, possessive cut, sorted (:func:`_own_aliases`)
    mentions: int
    known: bool  # from the gazetteer


@dataclass(frozen=True, slots=True)
class ProposedMerge:
    """Two actors the rules think may be one, left to a human decision; ``score`` in [0, 1]."""

    a: str  # actor ids, a < b
    b: str
    a_alias: str  # the two forms that were compared
    b_alias: str
    score: float
    reason: str


@dataclass(frozen=True, slots=True)
class Resolution:
    """The actors of a list of mentions, which actor each mention is, and the proposed merges."""

    actors: tuple[ResolvedActor, ...]  # sorted by id
    assignments: tuple[str, ...]  # actor id of each input mention, in input order
    mention_map: Mapping[str, str]  # mention text -> actor id (a metonym text: its literal reading)
    proposed: tuple[ProposedMerge, ...]

    def actor(self, actor_id: str) -> ResolvedActor:
        """The actor with id ``actor_id``; raises KeyError if there is none."""
        for a in self.actors:
            if a.id == actor_id:
                return a
        raise KeyError(actor_id)

    def actor_of(self, text: str) -> ResolvedActor:
        """The actor the mention text ``text`` resolved to; raises KeyError for an unseen text."""
        return self.actor(self.mention_map[text])


Decision = tuple[str, str, str]  # ("merge" | "split", alias, alias)

Rule = Callable[[MentionGraph, "ActorResolver"], None]

# --------------------------------------------------------------------------- rules 1-4


def apply_decisions(g: MentionGraph, r: ActorResolver) -> None:
    """Rule 1, human decisions: a ``split`` pair may never be one actor, a ``merge`` pair is one.

    A human has looked, so a decision outranks every rule: ``merge`` joins by force (even two
    gazetteer actors), ``split`` tags both sides so that no later rule can bridge them.  They
    refer to comparison keys of aliases, not to actor ids, so they still apply when new
    mentions change the actors; a gazetteer actor answers to all its names, aliases, acronyms
    and metonyms (a merge with "UAE" or "the Kremlin" is applied, whatever the two types: a
    person merged with a state is that state, as the researcher said)."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for node in sorted(g.keys):
        for k in g.keys[node]:
            by_key[k].append(node)
    for node in sorted(n for n in g.texts if n.startswith("g:")):
        ka = g.gaz.actors[node[2:]]
        for alias in (ka.name, *ka.aliases, *ka.acronyms, *ka.metonyms):  # "UAE", "the Kremlin" too
            k = r._key(alias)
            if node not in by_key[k]:
                by_key[k].append(node)
    for idx, (a, b) in enumerate(r.splits):
        for side, k in enumerate((a, b)):
            nodes = ([k] if k in g.texts else []) if k.startswith("t:") else by_key.get(k, ())
            for node in nodes:
                g.uf.add(node, [("s", idx, side)])
    for a, b in r.merges:
        for na in by_key.get(a, ()):
            for nb in by_key.get(b, ()):
                g.uf.union(na, nb, force=True)


def merge_same_transliteration(g: MentionGraph, r: ActorResolver) -> None:
    """Rule 2, one transliteration key: nodes whose keys transliterate alike are one actor.

    Equal comparison keys are one node already; equal transliteration keys ("Mahmoud" /
    "Mahmud", "Hassan" / "Hasan") differ only in how short vowels and doubled letters were
    written, which is no evidence of two people.  Type hints still keep a person apart from a
    non-person of the same spelling, and a description from a name ("the paper" / "Pepper")."""
    for u in g.units:
        for i, other in enumerate(u.nodes[1:], 1):
            # joined to the unit's first node of its own sort: a name to the first name, a
            # description to the first description (never one to the other)
            first = next((n for n in u.nodes[:i] if g.described(n) == g.described(other)), None)
            if first is not None and g.compatible(first, other):
                g.uf.union(first, other)


def _blocking_pairs(units: Sequence[_Unit], demonym_keys: frozenset[str], th: Thresholds) -> list[tuple[int, int]]:
    """Index pairs of units that share a blocking key (last word, its consonant skeleton, its
    first four letters, first word), all pairs per block up to ``block_cap``, else a window."""
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, u in enumerate(units):
        if not u.words or u.key in demonym_keys:
            continue  # a demonym is no spelling of its state ("Italian" / "Italia")
        blocks[("L", u.words[-1])].append(i)
        blocks[("S", skeleton(u.words[-1]))].append(i)
        blocks[("P", u.words[-1][:4])].append(i)
        if len(u.words) > 1:
            blocks[("F", u.words[0])].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2:
            continue
        members = sorted(members)  # units are sorted by key already
        if len(members) <= th.block_cap:
            pairs.update((a, b) for x, a in enumerate(members) for b in members[x + 1 :])
        else:
            for x, a in enumerate(members):
                pairs.update((a, b) for b in members[x + 1 : x + 1 + th.window])
    return sorted(pairs)


def merge_similar_spellings(g: MentionGraph, r: ActorResolver) -> None:
    """Rule 3, similar spelling: merge spelling variants of a full name, propose the unsure.

    Transliteration leaves consonant variants (Gaddafi / Qaddafi) that only a similarity score
    catches; :func:`compare_spellings` says merge, propose or ignore for each pair of units in a
    blocking group.  Never between two gazetteer actors, nor a name against a longer one with a
    place word ("Italian Rossi" is no spelling of "Rossi").  Merges are applied best score
    first, so a refused join (a split, two gazetteer actors) cannot depend on input order."""
    edges: list[tuple[float, str, str]] = []
    for i, j in _blocking_pairs(g.units, r.demonym_keys, r.th):
        ua, ub = g.units[i], g.units[j]
        na, nb = ua.nodes[0], ub.nodes[0]
        if na.startswith("g:") and nb.startswith("g:"):
            continue
        if len(ua.words) != len(ub.words) and any(w in r.place_words for w in ua.words + ub.words):
            continue  # "Italian Rossi" / "Rossi": a place word is no part of a name
        if acronyms(ua.form) != acronyms(ub.form):
            continue  # "BBC News" / "ABC News": an acronym is compared whole, never by spelling
        verdict = compare_spellings(ua.words, ub.words, ua.key, ub.key, r.th)
        if verdict is None or not g.compatible(na, nb):
            continue
        kind, score, reason = verdict
        longer = ua.words if len(ua.words) > len(ub.words) else ub.words
        if reason == "surname spelled differently" and longer[-1] not in name_proper(longer, r)[-1:]:
            continue  # "Syldavian" / "Morning Star of Syldavia": a place after "of" is no surname
        if reason == "surname spelled differently" and not consonants_agree(
                (ua.words if len(ua.words) == 1 else ub.words)[0], (ub.words if len(ua.words) == 1 else ua.words)[-1], r):
            continue  # "Qaeda" / "Muammar Qaddafi": letters shared, not one name's consonants
        if kind == "merge":
            edges.append((score, na, nb))
        else:
            g.proposals.append((na, nb, ua.form, ub.form, score, reason))
    for _score, na, nb in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        g.uf.union(na, nb)


def merge_partial_names(g: MentionGraph, r: ActorResolver) -> None:
    """Rule 4, partial names: "Maro" or "Ana Maro" is the one "Ana Lucia Maro" it fits.

    News text names a person in full once and then by surname; a shorter name whose words are an
    ordered subsequence of a longer one, ending with its last word, merges when the longer names
    it fits form exactly one actor.  Fitting two or more (two Castros), or with an initial
    involved, it is proposed for each (score 1/k): guessing would join different people.
    Persons only, and no longer form holding a place word; a surname shared by more than
    ``partial_cap`` actors is left alone.  Longer partials first, so "Ana Maro" joins before
    "Maro" is weighed."""
    units, th = g.units, r.th
    by_last: dict[str, list[int]] = defaultdict(list)
    by_pair: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, u in enumerate(units):
        if len(u.words) > 1 and u.person_ok and not any(w in r.place_words for w in u.words):
            head = name_proper(u.words, r)
            if len(head) < 1:
                continue
            by_last[head[-1]].append(i)
            for w in set(head[:-1]):
                by_pair[(w, head[-1])].append(i)
    for i in sorted(range(len(units)), key=lambda i: (-len(units[i].words), units[i].key)):
        p = units[i]
        if not p.words or not p.person_ok or p.key in r.demonym_keys:
            continue
        if len(p.words) == 1:
            cands = by_last.get(p.words[0], [])
        else:
            cands = [c for c in by_pair.get((p.words[0], p.words[-1]), ())
                     if len(units[c].words) > len(p.words) and is_subsequence(p.words, name_proper(units[c].words, r))]
        if not cands or len(cands) > th.partial_cap:
            continue
        pn = p.nodes[0]
        comps: dict[str, int] = {}
        for c in cands:
            if g.compatible(pn, units[c].nodes[0]):
                comps.setdefault(g.uf.find(units[c].nodes[0]), c)
        if not comps or g.uf.find(pn) in comps:
            continue  # nothing fits, or it already belongs to one of them (a decision, a rule)
        initials = any(is_initial(w) for w in p.words) or any(
            is_initial(w) for c in comps.values() for w in units[c].words if w not in p.words)
        if len(comps) == 1 and not initials:
            (c,) = comps.values()
            if g.uf.union(pn, units[c].nodes[0]):
                continue
        reason = ("initials" if initials else f"partial name fits {len(comps)} actors")
        for c in sorted(comps.values()):
            g.proposals.append((pn, units[c].nodes[0], p.form, units[c].form, round(1 / len(comps), 3), reason))


def name_proper(words: tuple[str, ...], r: ActorResolver) -> tuple[str, ...]:
    """The words of a longer name that a partial name may end on (rule 4): the words before a
    place joiner ("Rufus of Freedonia" -> "Rufus"; ``names.toml`` kind ``place_joiner``); none
    when an outlet word comes before the last word ("Radio Syldavia": the place is no surname,
    the outlet word none either; kind ``outlet_word``), nor a two-word name a place word opens
    ("South Sudan": kind ``place_head``; "New York Times" keeps its "Times").  ``words`` are transliteration-key words;
    the result may be empty (no partial name fits)."""
    for k, w in enumerate(words):
        if w in r.place_joiners:
            words = words[:k]
            break
    if any(w in r.outlet_words for w in words[:-1]) or len(words) == 2 and words[0] in r.place_heads:
        return ()
    return words


def merge_across_scripts(g: MentionGraph, r: ActorResolver) -> None:
    """Rule 2b, another script: a name in a script without short vowels (Arabic) is the Latin
    name with its consonant skeleton ("محمود عباس" / "Mahmoud Abbas": "mhmd bs").

    Names in a script that writes its vowels (Cyrillic) need no rule of their own: romanised,
    they take the Latin name's transliteration key (rule 2) or a near one (rule 3).  An Arabic
    spelling cannot: the skeleton is all the two share.  It merges when the Latin names with
    that skeleton (at least ``MIN_SKELETON`` consonants) form exactly one actor; with two or
    more it is proposed for each (score 1/k)."""
    latin: dict[str, list[_Unit]] = defaultdict(list)
    by_last: dict[str, list[tuple[str, _Unit]]] = defaultdict(list)  # last skeleton word -> (skeleton, unit)
    others: list[_Unit] = []
    for u in g.units:
        if unvowelled(u.form, r.rules):
            others.append(u)
            continue
        skel = skeleton_words(u.key, r.rules)
        latin[skel].append(u)
        if " " in skel:
            by_last[skel.rsplit(" ", 1)[1]].append((skel, u))
    for u in others:
        skel = skeleton_words(u.key, r.rules)
        if len(skel.replace(" ", "")) < MIN_SKELETON:
            continue
        if skel not in latin:
            _propose_near_skeleton(g, u, skel, by_last, r)
            continue
        na = u.nodes[0]
        roots: dict[str, _Unit] = {}
        for c in latin[skel]:
            if g.compatible(na, c.nodes[0]):
                roots.setdefault(g.uf.find(c.nodes[0]), c)
        if len(roots) == 1:
            g.uf.union(na, next(iter(roots.values())).nodes[0])
            continue
        for c in sorted(roots.values(), key=lambda c: c.key):
            g.proposals.append((na, c.nodes[0], u.form, c.form, round(1 / len(roots), 3), "spelling in another script"))


def _propose_near_skeleton(g: MentionGraph, u: _Unit, skel: str, by_last: Mapping[str, list[tuple[str, _Unit]]],
                           r: ActorResolver) -> None:
    """Rule 2b, unsure: a full name whose skeleton differs from a Latin one's only in the given
    names (ج written for a foreign g: "سيرجي" / "Sergei") is proposed, never merged: same
    surname skeleton, same number of words, whole-skeleton similarity >= ``propose``."""
    if " " not in skel:
        return
    n = skel.count(" ")
    for other, c in by_last.get(skel.rsplit(" ", 1)[1], ()):
        if other.count(" ") != n or not g.compatible(u.nodes[0], c.nodes[0]):
            continue
        score = Indel.normalized_similarity(skel, other)
        if score >= r.th.propose:
            g.proposals.append((u.nodes[0], c.nodes[0], u.form, c.form, round(score, 3), "similar spelling in another script"))


def propose_metonyms(g: MentionGraph, r: ActorResolver) -> None:
    """Rule 6, a metonym read literally: "Ruritown" in a claim ("flights to Ruritown", "Ruritown
    had agreed") is the place, an actor of its own, and is *proposed* (score 1, reason "metonym")
    with the actor the gazetteer says it stands for (a ``metonym = true`` alias of
    ``gazetteer.toml``: a capital or a seat of government) when that actor is in the store too.

    Never merged: as a subject or source the gazetteer already reads it as the state (rule 0),
    and elsewhere it may be the city; a human decides (``actors merge``).  Not proposed when a
    human split the two, nor when one side's type hints forbid it."""
    for node in sorted(n for n in g.texts if n.startswith("n:")):
        state = r.gaz.metonym_by_key.get(node[2:])
        target = None if state is None else "g:" + state
        if target is None or target not in g.texts or not g.compatible(node, target):
            continue
        form = min(g.display[node], key=lambda d: (-g.display[node][d], d))
        g.proposals.append((node, target, form, state, 1.0, "metonym"))


RULES: tuple[Rule, ...] = (apply_decisions, merge_same_transliteration, merge_across_scripts, merge_similar_spellings,
                           merge_partial_names, propose_acronyms, propose_metonyms)


# --------------------------------------------------------------------------- results


def _actor_id(key: str) -> str:
    return "actor-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _canonical(display: Counter[str], hints: Counter[str], key: Callable[[str], str]) -> tuple[str, str]:
    """Name and type of an actor the gazetteer does not know: the fullest form; then the most
    frequent; then the one whose word spellings are the most common in the cluster; then the
    longest.  The type is the most frequent hint ("unknown" when there is none)."""
    dkeys = {d: set(key(d).split()) for d in display}
    words: Counter[str] = Counter()
    for d, c in display.items():
        words.update(dict.fromkeys(dkeys[d], c))
    name = min(display, key=lambda d: (-len(dkeys[d]), -display[d], -sum(words[w] for w in dkeys[d]), -len(d), d))
    typed = [(c, h) for h, c in hints.items() if h != "unknown"]
    typ = min(typed, key=lambda x: (-x[0], x[1]))[1] if typed else "unknown"
    return name, typ


def _actors(g: MentionGraph, r: ActorResolver) -> tuple[list[ResolvedActor], dict[str, str]]:
    """The actors (one per component, sorted by id) and the actor id of each component root.

    An id hashes the canonical name's key, so it is stable across runs; two actors with one
    canonical key are told apart by the keys of their aliases."""
    comp_nodes: dict[str, list[str]] = defaultdict(list)
    for node in sorted(g.texts):
        comp_nodes[g.uf.find(node)].append(node)
    comp_count: Counter[str] = Counter(g.uf.find(n) for n in g.node_of)
    drafts = []
    for root, nodes in comp_nodes.items():
        known = sorted(n[2:] for n in nodes if n.startswith("g:"))
        display: Counter[str] = Counter()
        hints: Counter[str] = Counter()
        texts: set[str] = set()
        for n in nodes:
            display.update(g.display[n])
            hints.update(g.hints[n])
            texts |= g.texts[n]
        if known:
            name, typ = known[0], g.gaz.actors[known[0]].type
        else:
            name, typ = _canonical(display, hints, r._key)
        drafts.append((root, name, typ, r._key(name), texts, bool(known)))
    seen = Counter(d[3] for d in drafts)
    told = Counter(d[3] + "\x00" + "\x00".join(sorted(r._key(t) for t in d[4])) for d in drafts if seen[d[3]] > 1)
    ids: dict[str, str] = {}
    actors = []
    for root, name, typ, base, texts, known_ in drafts:
        key = base if seen[base] == 1 else base + "\x00" + "\x00".join(sorted(r._key(t) for t in texts))
        if told[key] > 1:  # one comparison key split by a human: told apart by the texts as written
            key += "\x01" + "\x00".join(sorted(literal_text(t) for t in texts))
        ids[root] = aid = _actor_id(key)
        aliases = tuple(sorted(texts, key=lambda s: (s.casefold(), s)))
        actors.append(ResolvedActor(aid, name, typ, aliases, comp_count[root], known_))
    actors.sort(key=lambda a: a.id)
    return actors, ids


def _mention_map(ms: Sequence[Mention], assignments: Sequence[str]) -> dict[str, str]:
    """Mention text -> actor id; a text read both ways (a metonym) maps to its literal reading."""
    mention_map: dict[str, str] = {}
    for m, aid in zip(ms, assignments):
        if not m.is_subject:
            mention_map[m.text] = aid
    for m, aid in zip(ms, assignments):
        mention_map.setdefault(m.text, aid)
    return mention_map


_POSSESSIVE = re.compile(r"(?<=\w)(?:['’]s|(?<=s)['’])$")


def alias_form(text: str) -> str:
    """A mention text as an actor's alias: as written, a trailing possessive cut ("Ruritania's" ->
    "Ruritania", "Ruritanian Forces'" -> "Ruritanian Forces"): the possessive is the sentence's
    grammar, not the name."""
    return _POSSESSIVE.sub("", text.strip()) or text


def _own_aliases(actors: Sequence[ResolvedActor], mention_map: Mapping[str, str]) -> list[ResolvedActor]:
    """``actors`` with the aliases each owns: a text is the alias of the one actor
    ``mention_map`` gives it (a metonym read both ways, "Strelsau" the state as a subject and the
    city elsewhere, is an alias of its literal reading only, the city, which is proposed for
    merging with the state: rule 6), in its :func:`alias_form`.  A gazetteer actor left without
    one is aliased by its name; any other keeps its texts (it has at least one by construction)."""
    owned = {a.id: {t for t in a.aliases if mention_map.get(t, a.id) == a.id} for a in actors}
    exact: dict[str, set[str]] = defaultdict(set)  # a form -> the actors owning it as written
    for aid, texts in owned.items():
        for t in texts:
            exact[t].add(aid)
    out = []
    for a in actors:
        # a possessive's form is no alias of this actor when another owns it as written ("Strelsau's"
        # the state, "Strelsau" the city)
        forms = {f for t in owned[a.id] if not exact.get(f := alias_form(t), {a.id}) - {a.id} or f == t}
        own = sorted(forms, key=lambda s: (s.casefold(), s))
        if not own:
            own = [a.name] if a.known else sorted({alias_form(t) for t in a.aliases}, key=lambda s: (s.casefold(), s))
        out.append(ResolvedActor(a.id, a.name, a.type, tuple(own), a.mentions, a.known))
    return out


def _best_proposals(g: MentionGraph, ids: Mapping[str, str]) -> tuple[ProposedMerge, ...]:
    """The best proposal per pair of distinct actors that may still be one, best score first."""
    best: dict[tuple[str, str], ProposedMerge] = {}
    for na, nb, fa, fb, score, reason in g.proposals:
        ra, rb = g.uf.find(na), g.uf.find(nb)
        if ra == rb or g.uf.conflict(ra, rb):
            continue
        ia, ib = ids[ra], ids[rb]
        if ia > ib:
            ia, ib, fa, fb = ib, ia, fb, fa
        pm = ProposedMerge(ia, ib, fa, fb, round(score, 3), reason)
        old = best.get((ia, ib))
        if old is None or (-pm.score, pm.reason, pm.a_alias, pm.b_alias) < (-old.score, old.reason, old.a_alias, old.b_alias):
            best[(ia, ib)] = pm
    return tuple(sorted(best.values(), key=lambda p: (-p.score, p.a, p.b)))




# --------------------------------------------------------------------------- the resolver


class ActorResolver:
    """Cluster mentions into actors (see the module docstring for the rules).

    ``decisions`` are ``("merge" | "split", alias, alias)``; a later decision on a pair wins.
    Raises :class:`UsageError` on a malformed decision or an empty alias."""

    def __init__(self, decisions: Iterable[Decision] = (), *, lexicons: Lexicons | None = None,
                 gaz: Gazetteer | None = None, rules: NameRules | None = None) -> None:
        self._keys: dict[str, str] = {}
        self._tkeys: dict[str, str] = {}
        lex = or_default(lexicons) if gaz is None or rules is None else lexicons  # a given gaz and rules need none
        self.gaz, self.rules = gaz or gazetteer(lex), rules or name_rules(lex)
        self.th = self.rules.thresholds
        pairs: dict[frozenset[str], tuple[str, str, str]] = {}
        for d in decisions:
            if len(d) != 3 or d[0] not in ("merge", "split"):
                raise UsageError(f"bad actor decision {d!r}: expected ('merge' or 'split', alias, alias)")
            kind, a, b = d
            ka, kb = self._key(a), self._key(b)
            if not ka or not kb:
                raise UsageError(f"bad actor decision {d!r}: an alias is empty")
            if ka != kb:
                pairs[frozenset((ka, kb))] = (kind, ka, kb)  # a later decision on a pair wins
            elif kind == "split" and literal_text(a) != literal_text(b):
                # two spellings with one comparison key ("Gen.X" / "X"): kept apart as written
                pairs[frozenset(("t:" + literal_text(a), "t:" + literal_text(b)))] = (
                    "split", "t:" + literal_text(a), "t:" + literal_text(b))
            elif kind == "split":
                raise UsageError(f"bad actor decision {d!r}: the two names are one spelling")
        self.merges = tuple(sorted((a, b) for k, a, b in pairs.values() if k == "merge"))
        # words that do not occur in a person's name: state names, metonyms, demonyms (as
        # transliteration keys); a "full name" holding one ("Italian TV") is not a person's
        self.place_words = frozenset(
            self._tkey(k) for table in (self.gaz.metonym_by_key, self.gaz.demonym_by_key) for k in table
        ) | frozenset(self._tkey(k) for k, n in self.gaz.by_key.items() if self.gaz.actors[n].type == "state")
        self.demonym_keys = frozenset(self._tkey(k) for k in self.gaz.demonym_by_key)
        # rule 4's words after which no surname comes, as transliteration-key words
        self.place_joiners = frozenset(self._tkey(w) for w in self.rules.place_joiners)
        self.outlet_words = frozenset(self._tkey(w) for w in self.rules.outlet_words)
        self.place_heads = frozenset(self._tkey(w) for w in self.rules.place_heads)
        self.splits = tuple(sorted((a, b) for k, a, b in pairs.values() if k == "split"))
        # the texts a split keeps apart although they share a comparison key: each its own node
        self.literal = frozenset(x[2:] for pair in self.splits for x in pair if x.startswith("t:"))

    def _key(self, text: str) -> str:
        memo = self._keys  # per resolver: the same text, the same key
        got = memo.get(text)
        if got is None:
            got = memo[text] = name_key(text, self.rules, self.gaz)
        return got

    def _tkey(self, key: str) -> str:
        memo = self._tkeys
        got = memo.get(key)
        if got is None:
            got = memo[key] = translit_words(key, self.rules)
        return got

    def resolve(self, mentions: Iterable[Mention], steps: Sequence[Rule] = RULES) -> Resolution:
        """Resolve ``mentions`` into actors: read them into nodes (rule 0, the gazetteer), run
        ``steps`` in order (all rules by default; a subset shows what the others add), then
        name the actors and keep the best proposal per pair of actors."""
        ms = list(mentions)
        g = _build_graph(ms, self)
        for rule in steps:
            rule(g, self)
        actors, ids = _actors(g, self)
        assignments = tuple(ids[g.uf.find(n)] for n in g.node_of)
        mention_map = _mention_map(ms, assignments)
        return Resolution(tuple(_own_aliases(actors, mention_map)), assignments, mention_map, _best_proposals(g, ids))
