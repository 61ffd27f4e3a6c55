"""The working graph of actor resolution: nodes, the union-find that joins them, the units the
rules compare, and rule 0 (the gazetteer), which reads mentions into it.

Split from :mod:`claimcheck.xref.actors` (which re-exports every name here and holds the rules
1-4, the results and :class:`~claimcheck.xref.actors.ActorResolver`); see its docstring for the
rules.  Pure functions over strings; no database, no actor names.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimcheck.xref.gazetteer import Gazetteer
from claimcheck.xref.names import key_and_display

if TYPE_CHECKING:
    from claimcheck.xref.actors import ActorResolver, Mention

# --------------------------------------------------------------------------- working state


class _UF:
    """Union-find whose components carry tags; two gazetteer tags or both sides of a split
    decision in one component are a conflict, and a rule edge that would make one is refused."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.tags: dict[str, set[tuple]] = {}

    def add(self, x: str, tags: Iterable[tuple] = ()) -> None:
        if x not in self.parent:
            self.parent[x] = x
            self.tags[x] = set(tags)
        else:
            self.tags[self.find(x)].update(tags)

    def find(self, x: str) -> str:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def conflict(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        ta, tb = self.tags[ra], self.tags[rb]
        ga = {t for t in ta if t[0] == "g"}
        gb = {t for t in tb if t[0] == "g"}
        if ga and gb and ga != gb:
            return True
        return any(t[0] == "s" and ("s", t[1], 1 - t[2]) in tb for t in ta)

    def union(self, a: str, b: str, force: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not force and self.conflict(ra, rb):
            return False
        if len(self.tags[ra]) < len(self.tags[rb]) or (len(self.tags[ra]) == len(self.tags[rb]) and ra > rb):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.tags[ra] |= self.tags.pop(rb)
        return True


@dataclass(slots=True)
class _Unit:
    """A distinct transliteration key and the nodes that carry it."""

    key: str
    words: tuple[str, ...]
    nodes: list[str]
    form: str  # a display form, for proposals
    person_ok: bool  # may take part in partial-name merges


_Proposal = tuple[str, str, str, str, float, str]  # node a, node b, form a, form b, score, reason


@dataclass(slots=True)
class MentionGraph:
    """The working state of one :meth:`ActorResolver.resolve` call, which the rules change.

    A *node* is one gazetteer actor (``"g:" + name``) or one comparison key (``"n:" + key``);
    mentions with one key are one node from the start.  A *unit* is one transliteration key and
    the nodes that answer to it.  Rules join nodes in ``uf`` (refused when the join would put two
    gazetteer actors or both sides of a split decision in one actor) and append to ``proposals``."""

    gaz: Gazetteer
    node_of: list[str] = field(default_factory=list)  # node of each mention, in input order
    hints: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    display: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    texts: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    keys: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # keys a node answers to
    key_display: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # key -> display forms
    uf: _UF = field(default_factory=_UF)
    units: list[_Unit] = field(default_factory=list)  # sorted by transliteration key
    proposals: list[_Proposal] = field(default_factory=list)
    _hint_cache: dict[str, frozenset[str]] = field(default_factory=dict)
    _described_cache: dict[str, bool] = field(default_factory=dict)

    def hint_set(self, node: str) -> frozenset[str]:
        """The types a node is known or hinted to be ("unknown" left out)."""
        hs = self._hint_cache.get(node)
        if hs is None:
            if node.startswith("g:"):
                hs = frozenset({self.gaz.actors[node[2:]].type})
            else:
                hs = frozenset(h for h in self.hints[node] if h != "unknown")
            self._hint_cache[node] = hs
        return hs

    def described(self, node: str) -> bool:
        """Whether a node is a description, not a name: no gazetteer actor, and none of its texts
        holds a capital letter or a letter of a script without case ("the paper", "satellite
        firm")."""
        got = self._described_cache.get(node)
        if got is None:
            got = self._described_cache[node] = not node.startswith("g:") and not any(
                c.isupper() or (c.isalpha() and c.lower() == c.upper()) for t in self.texts[node] for c in t)
        return got

    def compatible(self, na: str, nb: str) -> bool:
        """Whether two nodes may be one actor: both persons, both not, or a shared type; and both
        names or both descriptions (:meth:`described`): a description's words are common words,
        never a spelling of a name ("the paper" / "Pepper" transliterate alike)."""
        if self.described(na) != self.described(nb):
            return False
        ha, hb = self.hint_set(na), self.hint_set(nb)
        if not ha or not hb:
            return True
        return ("person" in ha) == ("person" in hb) or bool(ha & hb)


# --------------------------------------------------------------------------- rule 0 and the graph


def gazetteer_node(text: str, is_subject: bool, key: str, gaz: Gazetteer) -> tuple[str, str | None]:
    """Rule 0, the gazetteer: the node a mention starts in, and the key it answers to.

    A mention the gazetteer knows (its exact dotless acronym, its comparison ``key`` as a name
    or alias, or as a metonym when ``is_subject``) is that actor's node ``"g:" + name``: known
    names are settled by data, not guessed by spelling, and a metonym ("Downing Street") names a
    state only as the subject of a verb.  Any other mention is the node of its key,
    ``"n:" + key``.  The key is returned for the decisions (rule 1) only when it matched as a
    name or alias (an acronym or metonym is no alias to decide on), else None."""
    known = gaz.lookup(text, is_subject, key)
    if known is None:
        return "n:" + key, key
    node = "g:" + known.name
    return node, (key if gaz.by_key.get(key) == known.name else None)


def _build_graph(ms: Sequence[Mention], r: ActorResolver) -> MentionGraph:
    """Read the mentions into nodes (rule 0), seed the union-find and build the units."""
    g = MentionGraph(r.gaz)
    seen: dict[str, tuple[str, str]] = {}  # text -> (key, display form)
    node_cache: dict[tuple[str, bool], str] = {}
    for m in ms:
        kd = seen.get(m.text)
        if kd is None:
            kd = seen[m.text] = key_and_display(m.text, r.rules, r.gaz)
        key, shown = kd
        node = node_cache.get((m.text, m.is_subject))
        if node is None:
            node, alias_key = gazetteer_node(m.text, m.is_subject, key, r.gaz)
            if r.literal and node.startswith("n:") and literal_text(m.text) in r.literal:
                node = "t:" + literal_text(m.text)  # split by a human from its other spelling
            if alias_key is not None:
                g.keys[node].add(alias_key)
            node_cache[(m.text, m.is_subject)] = node
        g.node_of.append(node)
        if m.type:
            g.hints[node][m.type] += 1
        g.texts[node].add(m.text)
        g.display[node][" ".join(m.text.split()) if node.startswith("t:") else shown] += 1
        g.key_display[key].add(shown)
    for node in sorted(g.texts):
        g.uf.add(node, [("g", node[2:])] if node.startswith("g:") else ())
        if node.startswith("g:"):
            g.keys[node].add(r._key(node[2:]))
            g.key_display[r._key(node[2:])].add(node[2:])
    g.units = _units(g, r)
    return g


def _units(g: MentionGraph, r: ActorResolver) -> list[_Unit]:
    """One unit per distinct transliteration key of the nodes' keys, sorted by key."""
    by_key: dict[str, _Unit] = {}
    for node in sorted(g.keys):
        for k in sorted(g.keys[node]):
            t = r._tkey(k)
            u = by_key.get(t)
            if u is None:
                u = by_key[t] = _Unit(t, tuple(t.split()), [], min(g.key_display[k]), True)
            if node not in u.nodes:
                u.nodes.append(node)
    units = [by_key[k] for k in sorted(by_key)]
    for u in units:
        u.nodes.sort()
        u.person_ok = all(
            (g.gaz.actors[n[2:]].type == "person") if n.startswith("g:") else bool(g.hint_set(n) <= {"person"})
            for n in u.nodes)
    return units


def literal_text(text: str) -> str:
    """A name as written, for a split between two spellings of one comparison key: case-folded,
    white space made one space ("Gen.X" and "Gen. X" differ; "gen.x" and "Gen.X" do not)."""
    return " ".join(text.casefold().split())
